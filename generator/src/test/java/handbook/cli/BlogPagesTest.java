package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * A blog's posts in pages, as Docusaurus ({@code postsPerPage}, 10), MkDocs Material's blog
 * ({@code pagination_per_page}, 10) and jekyll-paginate ({@code paginate}) make them: the first
 * page at the blog's address, the others at {@code page/2/} (Jekyll's {@code page2/}), each
 * linking its newer and older pages.
 */
class BlogPagesTest {
  @TempDir Path tmp;

  /** {@code count} posts of Docusaurus' blog, one a day from 2024-01-01. */
  private static String docusaurus(int count, String options) {
    StringBuilder b =
        new StringBuilder("-- content/docusaurus.config.js --\nexport default {title: 'W', presets: [['classic', {docs: {}, blog: {" + options + "}}]]};\n-- content/docs/intro.md --\n# Intro\n");
    for (int i = 1; i <= count; i++) {
      b.append("-- content/blog/2024-01-%02d-post-%d.md --\n---\ntitle: Post %d\n---\nText %d.\n".formatted(i, i, i, i));
    }
    return b.toString();
  }

  @Test
  void aDocusaurusBlogListsTenPostsAPage() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, docusaurus(23, ""));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document first = Jsoup.parse(site.read("blog/index.html"));
    assertEquals(10, first.select(".blog-post").size());
    assertEquals("Post 23", first.selectFirst(".blog-post-title a").text(), "newest first");
    assertNull(first.selectFirst(".blog-pager a[rel=prev]"), "no newer page");
    assertEquals("page/2/", first.selectFirst(".blog-pager a[rel=next]").attr("href"));
    Document second = Jsoup.parse(site.read("blog/page/2/index.html"));
    assertEquals(List.of("Post 13", "Post 12", "Post 11", "Post 10", "Post 9", "Post 8", "Post 7", "Post 6", "Post 5", "Post 4"), second.select(".blog-post-title a").eachText());
    assertEquals("../../2024/01/13/post-13/", second.selectFirst(".blog-post-title a").attr("href"));
    assertEquals("../../", second.selectFirst(".blog-pager a[rel=prev]").attr("href"));
    assertEquals("../3/", second.selectFirst(".blog-pager a[rel=next]").attr("href"));
    assertEquals("Blog – page 2", second.selectFirst("main h1").text());
    Document third = Jsoup.parse(site.read("blog/page/3/index.html"));
    assertEquals(List.of("Post 3", "Post 2", "Post 1"), third.select(".blog-post-title a").eachText());
    assertNull(third.selectFirst(".blog-pager a[rel=next]"), "no older page");
    assertFalse(Files.exists(site.site().resolve("blog/page/4")));
    // the pages of older posts are out of the menu
    assertFalse(first.select("nav.sidebar a").eachText().stream().anyMatch(t -> t.contains("page 2")), first.select("nav.sidebar").text());
  }

  @Test
  void postsPerPageIsFollowedAndAllIsOnePage() throws Exception {
    SiteFixture three = SiteFixture.of(tmp.resolve("three"), docusaurus(7, "postsPerPage: 3"));
    assertEquals(0, three.run("build").exit());
    assertEquals(3, Jsoup.parse(three.read("blog/page/2/index.html")).select(".blog-post").size(), "7 posts: 3, 3 and 1");
    assertEquals(1, Jsoup.parse(three.read("blog/page/3/index.html")).select(".blog-post").size());

    SiteFixture all = SiteFixture.of(tmp.resolve("all"), docusaurus(12, "postsPerPage: 'ALL'"));
    assertEquals(0, all.run("build").exit());
    Document blog = Jsoup.parse(all.read("blog/index.html"));
    assertEquals(12, blog.select(".blog-post").size());
    assertNull(blog.selectFirst(".blog-pager"), "one page: no links to others");
    assertFalse(Files.exists(all.site().resolve("blog/page")));
  }

  @Test
  void materialsAndJekyllsPagesAreAtTheirAddresses() throws Exception {
    StringBuilder material =
        new StringBuilder(
            "-- content/mkdocs.yml --\nsite_name: W\ntheme: {name: material}\nplugins:\n  - blog:\n      pagination_per_page: 2\n-- content/docs/index.md --\n# W\n-- content/docs/blog/index.md --\n# Blog\n\nOur news.\n");
    for (int i = 1; i <= 5; i++) {
      material.append("-- content/docs/blog/posts/p%d.md --\n---\ndate: 2024-02-%02d\n---\n# Post %d\n".formatted(i, i, i));
    }
    SiteFixture m = SiteFixture.of(tmp.resolve("material"), material.toString());
    SiteFixture.Run r = m.run("build");
    assertEquals(0, r.exit(), r.err());
    Document first = Jsoup.parse(m.read("blog/index.html"));
    assertTrue(first.text().contains("Our news."), "the blog's own page is its first");
    assertEquals(List.of("Post 5", "Post 4"), first.select(".blog-post-title a").eachText());
    assertEquals(List.of("Post 1"), Jsoup.parse(m.read("blog/page/3/index.html")).select(".blog-post-title a").eachText());
    assertEquals("Blog – page 3", Jsoup.parse(m.read("blog/page/3/index.html")).selectFirst("main h1").text());

    // Material's own page addresses, and one page
    SiteFixture format = SiteFixture.of(tmp.resolve("format"), material.toString().replace("pagination_per_page: 2", "pagination_per_page: 2\n      pagination_url_format: \"older/{page}\""));
    assertEquals(0, format.run("build").exit());
    assertEquals(List.of("Post 1"), Jsoup.parse(format.read("blog/older/3/index.html")).select(".blog-post-title a").eachText());
    SiteFixture off = SiteFixture.of(tmp.resolve("off"), material.toString().replace("pagination_per_page: 2", "pagination: false"));
    assertEquals(0, off.run("build").exit());
    assertEquals(5, Jsoup.parse(off.read("blog/index.html")).select(".blog-post").size());
    assertFalse(Files.exists(off.site().resolve("blog/page")));

    StringBuilder jekyll = new StringBuilder("-- content/_config.yml --\ntitle: J\npaginate: 2\n-- content/index.md --\n# J\n");
    for (int i = 1; i <= 3; i++) {
      jekyll.append("-- content/_posts/2024-03-%02d-p%d.md --\n# Post %d\n".formatted(i, i, i));
    }
    SiteFixture j = SiteFixture.of(tmp.resolve("jekyll"), jekyll.toString());
    SiteFixture.Run jr = j.run("build");
    assertEquals(0, jr.exit(), jr.err());
    Document home = Jsoup.parse(j.read("index.html"));
    assertEquals(List.of("Post 3", "Post 2"), home.select(".blog-post-title a").eachText());
    assertEquals("page2/", home.selectFirst(".blog-pager a[rel=next]").attr("href"), "jekyll-paginate's /page:num/");
    Document page2 = Jsoup.parse(j.read("page2/index.html"));
    assertEquals(List.of("Post 1"), page2.select(".blog-post-title a").eachText());
    assertEquals("../2024/03/01/p1/", page2.selectFirst(".blog-post-title a").attr("href"));
    assertEquals("../", page2.selectFirst(".blog-pager a[rel=prev]").attr("href"));
    SiteFixture path = SiteFixture.of(tmp.resolve("path"), jekyll.toString().replace("paginate: 2\n", "paginate: 2\npaginate_path: /blog/p:num/\n"));
    assertEquals(0, path.run("build").exit());
    assertEquals(List.of("Post 1"), Jsoup.parse(path.read("blog/p2/index.html")).select(".blog-post-title a").eachText(), "paginate_path");
  }
}
