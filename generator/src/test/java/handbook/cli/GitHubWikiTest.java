package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content folder that is a GitHub wiki's clone ({@code git clone .../x.wiki.git}): its pages
 * are published at their names whatever their folders, titled by them, {@code Home.md} the home;
 * its {@code [[...]]} links and its links by page name lead to the pages; its sidebar orders the
 * menu and its footer is the footer's line.
 */
class GitHubWikiTest {
  @TempDir Path tmp;

  static final String WIKI =
      """
      -- content/Home.md --
      Welcome to the **tool** wiki.

      See [[Getting Started]], [[the FAQ|FAQ]], [[Installation Guide#On Linux]] and [install](Installation-Guide).
      -- content/Getting-Started.md --
      # Getting started

      Back [[Home]]; read [[installation guide]] or [the FAQ](FAQ.md).
      -- content/FAQ.md --
      Questions, and [[https://example.com]] and [[Docs|https://example.org/docs]].
      -- content/guides/Installation-Guide.md --
      ## On Linux

      ![logo](images/logo.svg) [[images/logo.svg|alt=The logo]] [home](/Home)

      `[[Not a link]]`
      -- content/images/logo.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/_Sidebar.md --
      * [[Home]]
      * [[Installation Guide]]
      * [Questions](FAQ)
      * [[Start|Getting-Started]]
      -- content/_Footer.md --
      © 2026 The Tool Team
      """;

  @Test
  void itsPagesArePublishedAtTheirNamesAndItsLinksLeadToThem() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, WIKI);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains("warning[") || l.contains("error[")).toList());
    for (String published : List.of("index.html", "Getting-Started/index.html", "FAQ/index.html", "Installation-Guide/index.html", "images/logo.svg")) {
      assertTrue(Files.exists(site.site().resolve(published)), published);
    }
    for (String not : List.of("guides", "_Sidebar.md", "_Footer.md", "Home.md", "Home")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    String home = site.read("index.html");
    assertTrue(
        home.contains(
            "See <a href=\"Getting-Started/\">Getting Started</a>, <a href=\"FAQ/\">the FAQ</a>, <a href=\"Installation-Guide/#on-linux\">Installation Guide#On Linux</a> and <a href=\"Installation-Guide/\">install</a>."),
        home);
    // titled by their names, as GitHub shows them: the site by the wiki's folder
    assertTrue(home.contains("<title>Wiki</title>") && home.contains("<h1>Home</h1>"), home);
    String guide = site.read("Installation-Guide/index.html");
    assertTrue(guide.contains("<title>Installation Guide · Wiki</title>"), guide);
    // read from the wiki's root, where every page is: an image, the home by its name
    assertTrue(guide.contains("<img src=\"../images/logo.svg\" alt=\"logo\" /> <img src=\"../images/logo.svg\" alt=\"The logo\" /> <a href=\"../\">home</a>"), guide);
    assertTrue(guide.contains("<code>[[Not a link]]</code>"), "code is code: " + guide);
    String started = site.read("Getting-Started/index.html");
    assertTrue(started.contains("Back <a href=\"../\">Home</a>; read <a href=\"../Installation-Guide/\">installation guide</a> or <a href=\"../FAQ/\">the FAQ</a>."), "any case: " + started);
    assertTrue(site.read("FAQ/index.html").contains("<a href=\"https://example.com\">https://example.com</a> and <a href=\"https://example.org/docs\">Docs</a>"), site.read("FAQ/index.html"));
    // the sidebar's order and texts (of its wiki links and Markdown links); the footer's line
    assertEquals(List.of("Installation Guide", "Questions", "Start"), org.jsoup.Jsoup.parse(started).select("nav.sidebar li > a").eachText());
    assertTrue(started.contains("<p class=\"copyright\">© 2026 The Tool Team</p>"), started);
  }

  @Test
  void aLinkToNoPageFailsAtItsStartWithTheNameNearest() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/Home.md --
            See [[Getting Startd]] and [[Setup#nowhere]].
            -- content/Getting-Started.md --
            Start.
            -- content/Setup.md --
            ## Steps
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/Home.md:1:5: error[link.unresolved]: no page of the wiki is named `Getting-Startd`"), r.err());
    assertTrue(r.err().contains("hint: did you mean `Getting-Started`?"), r.err());
    assertTrue(r.err().contains("content/Home.md:1:28: error[link.anchor]: no heading `#nowhere` on `Setup.md`"), r.err());
    assertTrue(r.err().contains("warning[config.wiki]: GitHub shows this wiki with its broken links"), r.err());
  }

  @Test
  void whatTheWikiHoldsThatIsNotShownIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/Home.md --
            [[logo.png|alt=Logo,frame]]
            -- content/logo.png --
            png
            -- content/Other.md --
            Other.
            -- content/_Sidebar.md --
            **Start here**
            * [[Home]]
            * [[Nowhere]]
            -- content/_Footer.md --
            Made by [us](https://example.com).
            -- content/_Header.md --
            A banner.
            -- content/_drafts/Idea.md --
            An idea.
            -- content/Old-Page.mediawiki --
            == Old ==
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    List<String> warnings = r.err().lines().filter(l -> l.contains("warning[")).toList();
    assertEquals(
        List.of(
            "content/Home.md:1:1: warning[markdown.marker]: `frame` is an image option of a GitHub wiki's link, which is not followed here: the image is drawn without it",
            "content/Old-Page.mediawiki: warning[config.wiki]: a page of the wiki in another markup than Markdown is not read here: it is published as a file",
            "content/_Footer.md: warning[config.wiki]: the wiki's footer is the site's footer line: its links are shown as their text",
            "content/_Header.md: warning[config.wiki]: the wiki's header is not shown here: each page has the site's own",
            "content/_Sidebar.md: warning[config.wiki]: the sidebar's text other than its links (`Start here`) is not shown: the menu lists the pages it links in its order, then the others",
            "content/_Sidebar.md:3:3: warning[config.wiki]: the sidebar links `Nowhere`, no page of the wiki: it is not in the menu",
            "content/_drafts/Idea.md: warning[config.wiki]: a file named with a leading `_` (or in such a folder) is no page of the wiki: it is not published"),
        warnings.stream().sorted().toList());
    assertTrue(site.read("index.html").contains("<img src=\"logo.png\" alt=\"Logo\" />"), site.read("index.html"));
    assertTrue(site.read("index.html").contains("<p class=\"copyright\">Made by us.</p>"), site.read("index.html"));
    assertFalse(Files.exists(site.site().resolve("_drafts")));
  }

  @Test
  void aHandbookProjectWithoutAWikiHomeIsNoWiki() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/index.md --
            # Docs

            [[Page]] is shown as written.
            -- content/docs/Page.md --
            # Page
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("docs/index.html").contains("[[Page]] is shown as written."), site.read("docs/index.html"));
    assertTrue(r.err().contains("`[[Page]]` is a wiki link (GitHub wikis, Obsidian, Python-Markdown's wikilinks)"), r.err());
  }
}
