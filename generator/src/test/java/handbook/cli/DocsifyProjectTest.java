package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content folder that is a Docsify site (an {@code index.html} that sets {@code window.$docsify},
 * in {@code docs/} or at the root): its pages at their paths, its {@code _sidebar.md} the menu, its
 * links and helpers read as Docsify reads them.
 */
class DocsifyProjectTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/docs/index.html --
      <!DOCTYPE html>
      <html>
      <body>
        <div id="app"></div>
        <script>
          window.$docsify = {
            name: '<span>Ops Docs</span>',
            repo: 'example/ops',
            loadSidebar: true,
            subMaxLevel: 2,
            logo: '_media/logo.png',
          }
        </script>
        <script src="//cdn.jsdelivr.net/npm/docsify@4"></script>
      </body>
      </html>
      -- content/docs/README.md --
      # Ops Docs

      See [quick start](quickstart.md) and the [guide](guide/setup).

      !> This is **important**
      and goes on.

      ?> A note.

      ![Logo](_media/logo.png)
      -- content/docs/quickstart.md --
      # Quick start

      Read [setup](/guide/setup), [the other](#/guide/more) and [its part](guide/more.md?id=part).

      [part](_media/part.md ':include')

      [code](_media/main.rs ':include :type=code')

      A [new tab](https://example.com ':target=_blank') link.
      -- content/docs/guide/setup.md --
      # Setup

      Back to [quick start](quickstart.md), as Docsify reads it from the pages' folder, or [more](more.md).
      -- content/docs/guide/more.md --
      # More

      ## Part
      -- content/docs/_sidebar.md --
      - [Home](/)
      - [Quick start](quickstart.md)
      - Guide
        - [Setup](guide/setup.md)
        - [More](#/guide/more)
      -- content/docs/_media/part.md --
      Some *embedded* words.
      -- content/docs/_media/main.rs --
      fn main() {}
      -- content/docs/_media/logo.png --
      png
      -- content/docs/.nojekyll --
      """;

  @Test
  void itsPagesAreAtTheirPathsAndItsSidebarIsTheMenu() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Path out = site.site();
    for (String f : List.of("index.html", "quickstart/index.html", "guide/setup/index.html", "guide/more/index.html", "_media/logo.png")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    // the sidebar is the menu, not a page; the config's page is not published over the home
    for (String f : List.of("_sidebar", "_sidebar.md", "docs", "README")) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Ops Docs", home.selectFirst(".site-name").text());
    assertTrue(home.selectFirst(".site-logo").attr("src").endsWith("logo.png"), home.selectFirst(".site-logo").outerHtml());
    assertEquals("https://github.com/example/ops", home.selectFirst("header .header-links a").attr("href"));
    assertEquals(List.of("quickstart/", "guide/setup/"), home.select(".doc-body > p > a").eachAttr("href"));
    assertEquals("_media/logo.png", home.selectFirst(".doc-body img").attr("src"));
    // its helpers: a paragraph that starts with !> is important, with ?> a note
    List<Element> callouts = home.select(".doc-body .admonition");
    assertEquals(2, callouts.size(), home.selectFirst(".doc-body").outerHtml());
    assertEquals("This is important and goes on.", callouts.get(0).select("p").last().text());
    assertEquals("A note.", callouts.get(1).select("p").last().text());
    // links: an address without .md, a site-root one, a route (#/), a heading (?id=), one read from the pages' folder
    Document quick = Jsoup.parse(site.read("quickstart/index.html"));
    assertEquals(List.of("../guide/setup/", "../guide/more/", "../guide/more/#part", "https://example.com"), quick.select(".doc-body a:not(.heading-anchor)").eachAttr("href"));
    // its embeds: a Markdown file put in, a file's code as a code block; a link's configuration left out
    assertEquals("Some embedded words.", quick.select(".doc-body p").get(1).text());
    assertEquals("fn main() {}", quick.selectFirst(".doc-body pre code.language-rs").text().strip());
    assertEquals("", quick.selectFirst(".doc-body a[href=https://example.com]").attr("title"));
    assertFalse(Files.exists(out.resolve("_media/part")), "an embedded page is no page");
    Document setup = Jsoup.parse(site.read("guide/setup/index.html"));
    assertEquals(List.of("../../quickstart/", "../more/"), setup.select(".doc-body a:not(.heading-anchor)").eachAttr("href"));
    assertEquals(List.of("Quick start", "Guide", "Setup", "More"), setup.select("nav.sidebar a").eachText());
  }

  @Test
  void aSiteAtTheRootAndWhatIsNotBuiltHereIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/index.html --
            <script>
              window.$docsify = {
                name: 'Root',
                loadSidebar: 'menu.md',
                loadNavbar: 'nav.md',
                coverpage: true,
                alias: {'/.*/_sidebar.md': '/_sidebar.md'},
                colour: 'red',
              }
            </script>
            <script src="https://unpkg.com/docsify/lib/docsify.min.js"></script>
            -- content/README.md --
            # Root

            [Gone](gone.md)
            -- content/menu.md --
            * [Root](/)
            * [Missing](missing.md)
            <!-- * [Commented out](old.md)
            * [Also](older.md) -->
            -- content/sub/menu.md --
            * [Sub](sub/)
            -- content/nav.md --
            * [Home](/)
            * Translations
              * [Guide](#/guide)
            -- content/guide.md --
            # Guide
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    // (its navbar is read; entries commented out are none)
    assertFalse(r.err().contains("loadNavbar"), r.err());
    assertFalse(r.err().contains("old.md"), r.err());
    for (String expected :
        List.of(
            "content/index.html:6:16: warning[config.docsify]: `coverpage` of Docsify's config is not followed here",
            "content/index.html:7:12: warning[config.docsify]: `alias` of Docsify's config is not followed here",
            "content/index.html:8:13: warning[config.docsify]: `colour` of Docsify's config is not read here",
            "content/menu.md:2:1: warning[docs.nav]: the sidebar names no page: `missing.md`",
            "content/sub/menu.md: warning[config.docsify]: a folder's own sidebar is not read: the menu is the one of the pages' folder",
            "content/README.md:3:8: error[link.unresolved]",
            "warning[config.docsify]: Docsify shows this site without checking its links: here it is an error")) {
      assertTrue(r.err().contains(expected), expected + "\n" + r.err());
    }
    site.write("-- content/README.md --\n# Root\n");
    SiteFixture.Run fixed = site.run("build");
    assertEquals(0, fixed.exit(), fixed.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Root", home.selectFirst(".doc-body h1").ownText().strip());
    // its navbar's links (a group's too) in the header
    assertEquals(List.of("Home", "Guide"), home.select("header .header-links a").eachText());
    assertEquals(List.of("./", "guide/"), home.select("header .header-links a").eachAttr("href"));
    for (String f : List.of("menu", "menu.md", "nav", "sub/menu")) {
      assertFalse(Files.exists(site.site().resolve(f)), f);
    }
  }

  @Test
  void aLinkIsReadFromThePagesFolderFirstAsDocsifyReadsItUnlessItsRelativePathIsOn() throws Exception {
    String site =
        """
        -- content/index.html --
        <script>window.$docsify = { name: 'Two', loadSidebar: false%s }</script>
        <script src="//cdn.jsdelivr.net/npm/docsify@4"></script>
        -- content/README.md --
        # Home
        -- content/guide.md --
        # Guide
        -- content/img.png --
        root png
        -- content/zh-cn/README.md --
        # 首页

        [a](guide.md) [b](guide) [c](./guide.md) [d](zh-cn/guide.md) [e](guide.md#steps)

        ![picture](img.png)
        -- content/zh-cn/guide.md --
        # 指南

        ## Steps
        -- content/zh-cn/img.png --
        zh png
        """;
    // Docsify's default: the root's guide (also where the page's own folder has one); an image,
    // and a link written with ./, from the page's folder
    SiteFixture fromRoot = SiteFixture.of(tmp.resolve("root"), site.formatted(""));
    SiteFixture.Run r = fromRoot.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/zh-cn/README.md:3:66: error[link.anchor]: no heading `#steps` on `docs/guide.md`"), r.err());
    fromRoot.write("-- content/guide.md --\n# Guide\n\n## Steps\n");
    r = fromRoot.run("build");
    assertEquals(0, r.exit(), r.err());
    Document zh = Jsoup.parse(fromRoot.read("zh-cn/index.html"));
    assertEquals(List.of("../guide/", "../guide/", "guide/", "guide/", "../guide/#steps"), zh.select(".doc-body a:not(.heading-anchor)").eachAttr("href"));
    assertEquals("img.png", zh.selectFirst(".doc-body img").attr("src"));
    // relativePath: true reads them from the page's folder (a link to no file there from the root's)
    SiteFixture relative = SiteFixture.of(tmp.resolve("relative"), site.formatted(", relativePath: true"));
    r = relative.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("relativePath"), r.err());
    zh = Jsoup.parse(relative.read("zh-cn/index.html"));
    assertEquals(List.of("guide/", "guide/", "guide/", "guide/", "guide/#steps"), zh.select(".doc-body a:not(.heading-anchor)").eachAttr("href"));
  }
}
