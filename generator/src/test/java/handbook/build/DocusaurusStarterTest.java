package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docusaurus' own starter project (the classic template of {@code create-docusaurus}), built as it
 * is: its config, sidebars and category files give the site's name, icon, logo, edit links and
 * menu as Docusaurus does, and what is not built here is named.
 */
class DocusaurusStarterTest {
  static final Path STARTER = Path.of("src/test/resources/corpus/docusaurus-classic");

  @TempDir Path tmp;

  @Test
  void theStarterBuildsAsDocusaurusShowsIt() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "");
    IncrementalBuildTest.copy(STARTER, site.content());
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            // (its button's onClick was shown as text without a word)
            "content/blog/2021-08-01-mdx-blog-post.mdx:24:1: warning[markdown.marker]: `<button onClick={() => alert('button clicked!...` is a tag with an attribute given as JavaScript (MDX), which is not run here: it is shown as written",
            "content/docs/tutorial-basics/markdown-features.mdx:150:1: warning[markdown.marker]: `export const Highlight = ({children, color}) ...` is an MDX export (Docusaurus, Astro), which is not run here: it is shown as written (4 more markers of other tools, on lines 151, 162, 166, 168)",
            "content/docusaurus.config.js:149:20: warning[config.docusaurus]: the footer's `copyright` is made by code (not a string): it is not shown",
            "content/src/pages/: warning[config.docusaurus]: the pages of `src/pages/` (React) are not built here: the home lists the site's sections"),
        r.err().lines().filter(l -> l.contains(": warning[")).toList());
    for (String not : List.of("blog/authors.yml", "blog/tags.yml", "blog/2019-05-28-first-blog-post.md", "src", "package.json", "docusaurus.config.js", "sidebars.js", "README.md", "static")) {
      assertFalse(Files.exists(site.site().resolve(not)), not);
    }
    Document page = Jsoup.parse(site.read("docs/tutorial-basics/markdown-features/index.html"));
    assertEquals("Markdown Features · My Site", page.title());
    // the menu: intro (sidebar_position 1), the categories by their position and label, their pages by sidebar_position
    assertEquals(
        List.of("Tutorial Intro", "Tutorial - Basics", "Create a Page", "Create a Document", "Create a Blog Post", "Markdown Features", "Deploy your site", "Congratulations!", "Tutorial - Extras"),
        page.select("nav.sidebar a").eachText());
    // the docs' editUrl with the file's path, as Docusaurus links it
    assertEquals(
        "https://github.com/facebook/docusaurus/tree/main/packages/create-docusaurus/templates/shared/docs/tutorial-basics/markdown-features.mdx",
        page.selectFirst("a[rel=edit]").attr("href"));
    assertEquals("../../../img/logo.svg", page.selectFirst("img.site-logo").attr("src"), "the navbar's logo");
    // its magic comments mark the front matter example's lines, and are not shown
    assertFalse(page.select("pre code").text().contains("highlight-start"));
    assertEquals(6, page.select("pre[data-title=my-doc.md] .code-gutter .hl").size());
    assertEquals("../../../img/favicon.ico", page.selectFirst("link[rel=icon]").attr("href"));
    // the primary colour of its stylesheet (customCss), the site's
    assertEquals("../../../assets/accent-2e8555.css", page.select("link[rel=stylesheet]").last().attr("href"));
    assertTrue(Files.exists(site.site().resolve("img/docusaurus.png")), "static/ at the root");
    // a category's generated page, described by its _category_ file; an image beside the docs
    assertTrue(site.read("docs/tutorial-basics/index.html").contains("5 minutes to learn the most important Docusaurus concepts."));
    Document versions = Jsoup.parse(site.read("docs/tutorial-extras/manage-docs-versions/index.html"));
    assertEquals("../img/docsVersionDropdown.png", versions.selectFirst("article img").attr("src"));
    assertTrue(Files.exists(site.site().resolve("docs/tutorial-extras/img/docsVersionDropdown.png")));
    // its blog: the posts newest first at their slugs, each with its day and its authors of authors.yml
    Document blog = Jsoup.parse(site.read("blog/index.html"));
    assertEquals(List.of("Welcome", "MDX Blog Post", "Long Blog Post", "First Blog Post"), blog.select(".blog-post-title a").eachText());
    assertEquals(List.of("welcome/", "mdx-blog-post/", "long-blog-post/", "first-blog-post/"), blog.select(".blog-post-title a").eachAttr("href"));
    assertEquals("26 August 2021 · Sébastien Lorber, Yangshun Tay · 1 min read", blog.selectFirst(".byline").text());
    assertEquals("29 May 2019 · Yangshun Tay · 3 min read", blog.select(".byline").get(2).text(), "its reading time (showReadingTime), 200 words a minute");
    assertEquals("https://sebastienlorber.com", blog.selectFirst(".byline a").attr("href"));
    Document welcome = Jsoup.parse(site.read("blog/welcome/index.html"));
    assertEquals("Welcome · My Site", welcome.title());
    assertEquals("2021-08-26", welcome.selectFirst(".byline time").attr("datetime"));
    // the folder's image beside the post, and the navbar's and the footer's links to the blog
    assertEquals("../2021-08-26-welcome/docusaurus-plushie-banner.jpeg", welcome.selectFirst("article img").attr("src"));
    assertTrue(Files.exists(site.site().resolve("blog/2021-08-26-welcome/docusaurus-plushie-banner.jpeg")));
    assertEquals(List.of("Tutorial", "Blog", "GitHub"), welcome.select("nav.header-links a").eachText());
    assertEquals("../", welcome.select("nav.header-links a").get(1).attr("href"));
    assertEquals(List.of("Documentation", "Blog"), welcome.select("nav.tabs a").eachText());
    // its feeds beside the blog's page, newest first, at the config's url
    org.w3c.dom.Document atom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.site().resolve("blog/atom.xml").toFile());
    assertEquals(4, atom.getElementsByTagName("entry").getLength());
    assertEquals("https://your-docusaurus-site.example.com/blog/welcome/", atom.getElementsByTagName("entry").item(0).getChildNodes().item(3).getTextContent());
    org.w3c.dom.Document rss = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(site.site().resolve("blog/rss.xml").toFile());
    assertEquals("Thu, 26 Aug 2021 00:00:00 GMT", rss.getElementsByTagName("pubDate").item(0).getTextContent());
    // every page's head names them, for readers to find
    assertEquals(List.of("../../../blog/rss.xml", "../../../blog/atom.xml"), page.select("link[rel=alternate]").eachAttr("href"));
    assertEquals(List.of("application/rss+xml", "application/atom+xml"), page.select("link[rel=alternate]").eachAttr("type"));
  }
}
