package handbook.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's order and names, with front matter written for Hugo and Jekyll. */
class NavigationOrderTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      language: en
      -- content/docs/examples/_index.md --
      ---
      title: Examples
      ---
      -- content/docs/examples/a.md --
      # Example 649
      -- content/docs/examples/b.md --
      # Example 65
      -- content/docs/examples/c.md --
      # Example 7
      -- content/docs/examples/hugo.md --
      ---
      title: An example written for Hugo, with a long title
      linkTitle: Hugo example
      weight: 1
      ---
      Text.
      -- content/docs/examples/jekyll.md --
      ---
      title: Jekyll example
      redirect_from:
        - /old/jekyll.html
        - /older/jekyll/
      ---
      Text.
      """;

  private static List<String> sidebar(String html) {
    return org.jsoup.Jsoup.parse(html).select("nav.sidebar li > a").eachText();
  }

  @Test
  void sidebarCountsNumbersByValueAndHonoursWeightAndLinkTitle() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String page = site.read("docs/examples/b/index.html");
    assertEquals(List.of("Examples", "Hugo example", "Example 7", "Example 65", "Example 649", "Jekyll example"), sidebar(page));
    String hugo = site.read("docs/examples/hugo/index.html");
    assertTrue(hugo.contains("<h1>An example written for Hugo, with a long title</h1>"), "the page itself keeps its full title");
    assertTrue(site.read("docs/examples/index.html").contains(">Hugo example</a>"), "the folder page's list uses the link title");
  }

  @Test
  void docusaurusAndJekyllOrderAndLabelsAreHonouredAndTheirUrlsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/docs/guide/index.md --
            # Guide
            -- content/docs/guide/install.md --
            ---
            title: Installing the tool on every platform
            sidebar_label: Install
            sidebar_position: 2
            ---
            Text.
            -- content/docs/guide/intro.md --
            ---
            title: Intro
            sidebar_position: 1
            slug: /intro
            ---
            Text.
            -- content/docs/guide/later.md --
            ---
            title: Alpha later
            nav_order: 3.5
            ---
            Text.
            -- content/docs/guide/last.md --
            ---
            title: Aardvark
            nav_order: 10
            permalink: /docs/last.html
            ---
            Text.
            -- content/docs/guide/loose.md --
            ---
            title: A loose page
            nav_order: soon
            ---
            Text.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("Guide", "Intro", "Install", "Alpha later", "Aardvark", "A loose page"), sidebar(site.read("docs/guide/intro/index.html")));
    assertTrue(site.read("docs/guide/install/index.html").contains("<h1>Installing the tool on every platform</h1>"));
    String err = r.err();
    assertTrue(err.contains("content/docs/guide/intro.md:4:7: warning[frontmatter.url]: `slug` (Docusaurus and Hugo) sets a page's URL, which is not done here"), err);
    assertTrue(err.contains("content/docs/guide/last.md:4:12: warning[frontmatter.url]: `permalink` (Jekyll)"), err);
    assertTrue(err.contains("content/docs/guide/later.md:3:12: warning[frontmatter.value]: `nav_order: 3.5`: pages are ordered by whole numbers here, so it is taken as 3"), err);
    assertTrue(err.contains("content/docs/guide/loose.md:3:12: warning[frontmatter.value]: `nav_order` is not a whole number, found a string"), err);
  }

  @Test
  void redirectFromMakesAliases() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    assertEquals(0, site.run("build").exit());
    assertTrue(site.read("old/jekyll.html").contains("url=../docs/examples/jekyll/"), site.read("old/jekyll.html"));
    assertTrue(site.read("older/jekyll/index.html").contains("url=../../docs/examples/jekyll/"));
  }

  @Test
  void aURLWantedTwiceNamesWhatWantsIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            SITE
                + """
                -- content/docs/copy/jekyll.md --
                ---
                title: Copy
                redirect_from: [/older/jekyll/]
                aliases: [/docs/examples/hugo/, /search.html]
                ---
                Text.
                -- content/docs/other.md --
                # Other
                -- content/docs/other/page.md --
                # Page
                -- content/docs/twice.md --
                # Twice
                -- content/docs/twice/index.md --
                # Twice again
                """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    String alias = "   = hint: an alias (front matter `aliases` or `redirect_from`) is an old URL of its page: give each old URL to one page only, and none that a page has now";
    assertEquals(
        List.of(
            "content/docs/copy/jekyll.md: error[page.duplicate-url]: the alias `/docs/examples/hugo/` of `content/docs/copy/jekyll.md` and `content/docs/examples/hugo.md` both want the URL `/docs/examples/hugo/`",
            alias,
            "content/docs/copy/jekyll.md: error[page.duplicate-url]: the alias `/search.html` of `content/docs/copy/jekyll.md` and the search page both want the URL `/search.html`",
            alias,
            "content/docs/examples/jekyll.md: error[page.duplicate-url]: the alias `/older/jekyll/` of `content/docs/examples/jekyll.md` and the alias `/older/jekyll/` of `content/docs/copy/jekyll.md` both want the URL `/older/jekyll/`",
            alias,
            "content/docs/other.md: error[page.duplicate-url]: the generated page of folder `content/docs/other/` and `content/docs/other.md` both want the URL `/docs/other/`",
            "   = hint: a folder's page is its `index.md` (or `_index.md`): move the file into the folder under that name",
            "content/docs/twice/index.md: error[page.duplicate-url]: `content/docs/twice/index.md` and `content/docs/twice.md` both want the URL `/docs/twice/`",
            "   = hint: a URL belongs to one page: rename or move one of the files"),
        r.err().lines().filter(l -> !l.startsWith("failed:")).toList());
  }

  @Test
  void aLongListShowsThreePagesEachSideOfThePageAndOneLinkToAll() throws Exception {
    StringBuilder site = new StringBuilder("-- content/site.yaml --\ntitle: T\nlanguage: en\n-- content/docs/long/index.md --\n# Long\n");
    for (int i = 1; i <= 20; i++) {
      site.append(String.format("-- content/docs/long/p%02d.md --\n# Page %d\n", i, i));
    }
    SiteFixture f = SiteFixture.of(tmp, site.toString());
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    List<String> middle = org.jsoup.Jsoup.parse(f.read("docs/long/p10/index.html")).select("nav.sidebar ul ul > li > a").eachText();
    assertEquals(List.of("Page 7", "Page 8", "Page 9", "Page 10", "Page 11", "Page 12", "Page 13", "All 20 pages"), middle);
    List<String> first = org.jsoup.Jsoup.parse(f.read("docs/long/p01/index.html")).select("nav.sidebar ul ul > li > a").eachText();
    assertEquals(List.of("Page 1", "Page 2", "Page 3", "Page 4", "All 20 pages"), first);
  }
}
