package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MkDocs Material's blog plugin: the posts of {@code docs/blog/posts/} at the addresses Material
 * gives them ({@code blog/2024/01/31/the-titles-slug/}), listed newest first after the text of
 * {@code docs/blog/index.md}, each with its day and its authors of {@code .authors.yml}.
 */
class MaterialBlogTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/mkdocs.yml --
      site_name: Widgets
      theme:
        name: material
      plugins:
        - search
        - blog
      nav:
        - index.md
        - Blog:
          - blog/index.md
      -- content/docs/index.md --
      # Widgets

      Read [the launch](blog/posts/2024/launch.md).
      -- content/docs/blog/index.md --
      # Blog

      News from the team.
      -- content/docs/blog/.authors.yml --
      authors:
        kari:
          name: Kari Nordmann
          description: Developer
          avatar: https://example.org/kari.png
      -- content/docs/blog/posts/2024/launch.md --
      ---
      date: 2024-01-31
      authors: [kari]
      categories: [Releases]
      ---

      # Launch of Widgets 2.0!

      We launched.

      <!-- more -->

      The details.
      -- content/docs/blog/posts/spring.md --
      ---
      date:
        created: 2024-03-01
        updated: 2024-03-02
      slug: spring
      ---

      # Spring update

      Spring came.
      -- content/docs/blog/posts/pinned.md --
      ---
      date: 2023-05-01
      pin: true
      ---

      # Read this first

      Welcome.
      -- content/docs/blog/posts/draft.md --
      ---
      date: 2024-04-01
      draft: true
      ---

      # Not yet
      """;

  /** With {@code draft_if_future_date}, a post dated after the build is a draft: not published, as Material builds. */
  @Test
  void aPostDatedAfterTheBuildIsADraftWhereTheBlogSaysSo() throws Exception {
    for (boolean drafts : List.of(false, true)) {
      SiteFixture site =
          SiteFixture.of(
              tmp.resolve("drafts-" + drafts),
              PROJECT.replace("  - blog\n", drafts ? "  - blog:\n      draft_if_future_date: true\n      draft: true\n" : "  - blog\n")
                  .replace("date: 2024-01-31", "date: 2026-11-21").replace("Read [the launch](blog/posts/2024/launch.md).", "").replace("created: 2024-03-01", "created: 2026-11-20T13:00:00+02:00"));
      Path out = site.root().resolve("out");
      handbook.build.BuildResult r = site.buildAt(out, Map.of());
      String blog = Files.readString(out.resolve("blog/index.html"));
      assertEquals(!drafts, blog.contains("Launch of Widgets"), blog);
      assertTrue(blog.contains("Spring update") && blog.contains("Read this first"), "a post created earlier in the day is published: " + blog);
      assertTrue(r.ok(), r.diagnostics().toString());
      assertEquals(
          drafts ? List.of("content/mkdocs.yml:8:14: warning[config.mkdocs]: the blog's `draft: true` is not followed: drafts are not published") : List.of(),
          r.diagnostics().stream().filter(d -> !d.isError()).map(handbook.diag.Diagnostic::headline).toList());
    }
  }

  @Test
  void anAuthorNotInTheAuthorsFileNamesThatFile() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT.replace("authors: [kari]", "authors: [kari, per]"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/docs/blog/posts/2024/launch.md:3:10: warning[frontmatter.value]: the author `per` is not in `docs/blog/.authors.yml`: shown by the key"),
        r.err().lines().filter(l -> l.contains(": warning[")).toList());
  }

  @Test
  void postsAreAtMaterialsAddressesListedAfterTheBlogsPage() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains(": warning[") || l.contains(": error[")).toList(), "the blog plugin is run here");
    Document blog = Jsoup.parse(site.read("blog/index.html"));
    assertEquals("News from the team.", blog.selectFirst(".doc-body p").text(), "the page's own text first");
    // pinned first, then newest first; a draft is not published
    assertEquals(List.of("Read this first", "Spring update", "Launch of Widgets 2.0!"), blog.select(".blog-post-title a").eachText());
    assertEquals(List.of("2023/05/01/read-this-first/", "2024/03/01/spring/", "2024/01/31/launch-of-widgets-20/"), blog.select(".blog-post-title a").eachAttr("href"));
    assertFalse(Files.exists(site.site().resolve("blog/2024/04/01/not-yet/index.html")), "a draft");
    // the start up to <!-- more -->, without the post's own heading; the author of .authors.yml
    assertEquals(List.of("Welcome.", "Spring came.", "We launched."), blog.select(".blog-post-excerpt").eachText());
    assertEquals("31 January 2024 · Kari Nordmann · 1 min read", blog.select(".byline").get(2).text());
    assertFalse(Files.exists(site.site().resolve("blog/.authors.yml")), "read, not published");
    // the post: its byline under its own heading; its category a tag; linked from the home by its file
    Document post = Jsoup.parse(site.read("blog/2024/01/31/launch-of-widgets-20/index.html"));
    assertEquals("h1", post.selectFirst(".doc-body .byline").previousElementSibling().tagName());
    assertTrue(post.select(".tags a").eachText().contains("Releases"), post.select(".tags").toString());
    assertEquals("blog/2024/01/31/launch-of-widgets-20/", Jsoup.parse(site.read("index.html")).selectFirst(".doc-body p a").attr("href"));
    // Material's archive of each year and page of each category send to the blog's and the tag's pages
    for (String year : List.of("2023", "2024")) {
      assertTrue(site.read("blog/archive/" + year + "/index.html").contains("url=../../\""), year);
    }
    assertTrue(site.read("blog/category/releases/index.html").contains("url=../../../tags/releases/\""), site.read("blog/category/releases/index.html"));
    assertFalse(Files.exists(site.site().resolve("blog/archive/index.html")), "Material has no archive of all years");
  }

  @Test
  void itsOptionsAndAnotherThemesBlogPlugin() throws Exception {
    SiteFixture slugs =
        SiteFixture.of(
            tmp.resolve("slugs"),
            PROJECT.replace("  - blog\n", "  - blog:\n      post_url_format: \"{slug}\"\n      post_url_date_format: \"yyyy w\"\n"));
    SiteFixture.Run r = slugs.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(slugs.site().resolve("blog/launch-of-widgets-20/index.html")), "the slug alone");
    assertTrue(r.err().contains("content/mkdocs.yml:8:29: warning[config.mkdocs]: the blog's `post_url_date_format` `yyyy w` is not followed"), r.err());
    SiteFixture off = SiteFixture.of(tmp.resolve("off"), PROJECT.replace("  - blog\n", "  - blog:\n      enabled: false\n").replace("Read [the launch](blog/posts/2024/launch.md).", ""));
    SiteFixture.Run o = off.run("build");
    assertEquals(0, o.exit(), o.err());
    assertTrue(Files.exists(off.site().resolve("blog/posts/2024/launch/index.html")), "no blog: its posts are pages at their paths");
    // another theme's plugin of that name is not Material's: named
    SiteFixture mkdocs = SiteFixture.of(tmp.resolve("mkdocs"), PROJECT.replace("  name: material\n", "  name: mkdocs\n"));
    SiteFixture.Run m = mkdocs.run("build");
    assertTrue(m.err().contains("warning[config.mkdocs]: the MkDocs plugin `blog` is not run here"), m.err());
  }
}
