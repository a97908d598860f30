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
 * A Jekyll project as {@code jekyll new} writes one: its pages in {@code .markdown} files, its
 * posts in {@code _posts/} at the addresses Jekyll gives them and listed on the home page, its
 * Atom feed (jekyll-feed), and its 404 page in HTML, which is named.
 */
class JekyllBlogTest {
  @TempDir Path tmp;

  /** The files of {@code jekyll new} (Jekyll 4.3, the minima theme), its {@code url} set. */
  static final String STARTER =
      """
      -- content/_config.yml --
      title: Your awesome title
      email: your-email@example.com
      description: >- # this means to ignore newlines until "baseurl:"
        Write an awesome description for your new site here. You can edit this
        line in _config.yml.
      baseurl: "" # the subpath of your site, e.g. /blog
      url: "https://example.com" # the base hostname & protocol for your site
      twitter_username: jekyllrb
      github_username:  jekyll

      # Build settings
      theme: minima
      plugins:
        - jekyll-feed
      -- content/index.markdown --
      ---
      # Feel free to add content and custom Front Matter to this file.
      # To modify the layout, see https://jekyllrb.com/docs/themes/#overriding-theme-defaults

      layout: home
      ---
      -- content/about.markdown --
      ---
      layout: page
      title: About
      permalink: /about/
      ---

      This is the base Jekyll theme. Read [the welcome]({% post_url 2024-05-06-welcome-to-jekyll %}).

      You can find the source code for Minima at GitHub:
      [jekyll][jekyll-organization] /
      [minima](https://github.com/jekyll/minima)

      [jekyll-organization]: https://github.com/jekyll
      -- content/_posts/2024-05-06-welcome-to-jekyll.markdown --
      ---
      layout: post
      title:  "Welcome to Jekyll!"
      date:   2024-05-06 10:00:00 +0200
      categories: jekyll update
      ---
      You'll find this post in your `_posts` directory. Go ahead and edit it and rebuild the site to see your changes.

      Jekyll also offers powerful support for code snippets:

      {% highlight ruby %}
      def print_hi(name)
        puts "Hi, #{name}"
      end
      {% endhighlight %}

      Check out the [Jekyll docs][jekyll-docs] for more info.

      [jekyll-docs]: https://jekyllrb.com/docs/home
      -- content/404.html --
      ---
      permalink: /404.html
      layout: default
      ---

      <div class="container">
        <h1>404</h1>
        <p><strong>Page not found :(</strong></p>
      </div>
      -- content/Gemfile --
      source "https://rubygems.org"
      gem "jekyll", "~> 4.3.3"
      -- content/assets/main.scss --
      ---
      ---

      @import "minima";
      -- content/assets/plain.css --
      body { margin: 0 }
      """;

  @Test
  void theStarterBuildsAsJekyllPublishesIt() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, STARTER);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // .markdown files are pages; the post at Jekyll's address (its categories, its day, its name)
    String post = "jekyll/update/2024/05/06/welcome-to-jekyll/";
    for (String page : List.of("index.html", "about/index.html", post + "index.html")) {
      assertTrue(Files.exists(site.site().resolve(page)), page);
    }
    assertFalse(Files.exists(site.site().resolve("about.markdown")), "a page, not a file");
    assertTrue(site.read("jekyll/update/2024/05/06/welcome-to-jekyll.html").contains("url=welcome-to-jekyll/"), "its .html address redirects");
    // the home lists the posts, newest first, with their day and start (its apostrophe curled, as kramdown writes it)
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Your awesome title", home.selectFirst("main h1").text());
    assertEquals(List.of("Welcome to Jekyll!"), home.select(".blog-post-title a").eachText());
    assertEquals(post, home.selectFirst(".blog-post-title a").attr("href"));
    assertEquals("2024-05-06", home.selectFirst(".blog-post time").attr("datetime"));
    assertTrue(home.selectFirst(".blog-post-excerpt").text().startsWith("You\u2019ll find this post in your _posts directory."), home.selectFirst(".blog-post-excerpt").text());
    // posts are out of the menu (as Jekyll's themes show them), the pages in it
    assertEquals(List.of("About"), home.select("nav.sidebar a").eachText().stream().filter(t -> !t.equals("Your awesome title")).toList());
    Document welcome = Jsoup.parse(site.read(post + "index.html"));
    assertEquals("Welcome to Jekyll!", welcome.selectFirst("main h1").text());
    assertEquals("2024-05-06", welcome.selectFirst(".byline time").attr("datetime"));
    assertEquals(List.of("jekyll", "update"), welcome.select(".tags a.tag").eachText(), "its categories are its tags");
    assertTrue(welcome.selectFirst("pre code.language-ruby").text().contains("def print_hi(name)"));
    // post_url links to the post
    assertTrue(site.read("about/index.html").contains("<a href=\"../" + post + "\">the welcome</a>"), site.read("about/index.html"));
    // jekyll-feed's Atom feed, named in every page's head
    String feed = site.read("feed.xml");
    assertTrue(feed.contains("<link href=\"https://example.com/" + post + "\"/>"), feed);
    assertTrue(feed.contains("<link rel=\"self\" href=\"https://example.com/feed.xml\"/>"), feed);
    assertTrue(site.read("about/index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../feed.xml\">"), site.read("about/index.html"));
    assertFalse(Files.exists(site.site().resolve("rss.xml")), "jekyll-feed writes Atom alone");
    // the 404 page in HTML (Liquid, a layout) is named, the site's own 404 page stays
    assertFalse(site.read("404.html").contains("Page not found :("), "not the file as written");
    assertEquals(
        List.of("content/404.html: warning[config.jekyll]: a page written in HTML with front matter (for Jekyll's Liquid and layouts) is not read here, and not published",
            "content/assets/main.scss: warning[config.jekyll]: a file with front matter (for Jekyll's Liquid or Sass) is not read here, and not published"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertFalse(Files.exists(site.site().resolve("assets/main.scss")));
    assertTrue(Files.exists(site.site().resolve("assets/plain.css")), "a file without front matter is published as it is");
  }

  @Test
  void withoutAUrlTheFeedIsNamedAndWithoutThePluginThereIsNone() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, STARTER.replace("url: \"https://example.com\"", "url: \"\""));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(Files.exists(site.site().resolve("feed.xml")));
    assertTrue(r.err().contains("content/_posts/: warning[config.jekyll]: the blog's feed (`feed.xml`) is not written: the config gives the site no `url`"), r.err());

    SiteFixture plain = SiteFixture.of(tmp.resolve("plain"), STARTER.replace("plugins:\n  - jekyll-feed\n", ""));
    SiteFixture.Run p = plain.run("build");
    assertEquals(0, p.exit(), p.err());
    assertFalse(Files.exists(plain.site().resolve("feed.xml")));
    assertFalse(plain.read("index.html").contains("application/atom+xml"));
    assertFalse(p.err().contains("feed"), p.err());
  }

  @Test
  void postsFollowTheConfigsPermalinkAndTheirOwn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/_config.yml --
            title: News
            permalink: /blog/:year/:month/:title/
            defaults:
              - scope: {path: _posts/notes}
                values: {permalink: "/notes/:year/:title:output_ext"}
            -- content/_posts/2024-03-01-own.md --
            ---
            title: Own
            permalink: /own/:year/:slug/
            ---
            -- content/_posts/2024-03-02-bad.md --
            ---
            title: Bad
            permalink: /own/:nope/
            ---
            -- content/index.md --
            # News

            See [the release]({% post_url 2023-12-01-release %}), [the note]({% post_url notes/2024-02-29-note %}) and [the old one](/2023/11/05/old.html).
            -- content/_posts/2023-12-01-release.md --
            ---
            title: Release 2.0
            category: Releases
            ---
            Out now.
            -- content/_posts/notes/2024-02-29-note.md --
            Leap day.
            -- content/_posts/2023-11-05-old.md --
            ---
            title: Old
            permalink: /2023/11/05/old.html
            ---
            -- content/_posts/draft-ideas.md --
            # Not a post: no day in its name
            -- content/_drafts/2024-01-01-later.md --
            # A draft
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(site.site().resolve("blog/2023/12/release/index.html")), "the config's pattern");
    assertFalse(Files.exists(site.site().resolve("blog/2023/12/release.html")), "a pattern ending in / leaves no .html address");
    assertTrue(Files.exists(site.site().resolve("notes/2024/note/index.html")), "a post in a folder of _posts/, by its scope's default permalink pattern");
    assertTrue(site.read("notes/2024/note.html").contains("url=note/"), "whose .html address (:output_ext) redirects");
    assertTrue(Files.exists(site.site().resolve("own/2024/own/index.html")), "a post's own permalink pattern");
    assertTrue(Files.exists(site.site().resolve("blog/2024/03/bad/index.html")), "one of an unknown placeholder: the config's pattern");
    assertTrue(Files.exists(site.site().resolve("2023/11/05/old/index.html")), "its own permalink");
    assertTrue(site.read("2023/11/05/old.html").contains("url=old/"), "whose .html address redirects");
    assertFalse(Files.exists(site.site().resolve("_drafts")) || Files.exists(site.site().resolve("blog/2024/01/later")), "drafts are not published");
    // a post without a title is titled by its name after its day, as Jekyll titles it
    assertEquals("Note", Jsoup.parse(site.read("notes/2024/note/index.html")).selectFirst("main h1").text());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals(List.of("Bad", "Own", "Note", "Release 2.0", "Old"), home.select(".blog-post-title a").eachText(), "newest first");
    assertEquals(
        List.of("blog/2023/12/release/", "notes/2024/note/", "2023/11/05/old/"),
        home.select(".doc-body p a").eachAttr("href"),
        "post_url and a post's .html address are links to the posts");
    assertEquals(
        List.of(
            "content/_posts/2024-03-02-bad.md:3:12: warning[frontmatter.url]: `permalink` is followed where it names a folder of this site (`/a/b/`), not `/own/:nope/`: the post is published at the address of the config's `permalink`",
            "content/_posts/draft-ideas.md: warning[config.jekyll]: a file of `_posts/` not named by its day is no post: it is not published"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  /** Every placeholder of a post's permalink, the older {@code gems} naming jekyll-feed, and its {@code feed.path}. */
  @Test
  void placeholdersAndTheFeedsPath() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp.resolve("project"),
            """
            -- content/_config.yml --
            title: News
            url: https://news.example.org
            permalink: /:categories/:short_year/:i_month/:i_day/:y_day/:slug/:title:output_ext
            gems: [jekyll-feed]
            feed:
              path: feeds/atom.xml
            -- content/_posts/2024-02-09-Big-News.md --
            ---
            title: Big news
            category: Tech
            ---
            Hi.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String post = "tech/24/2/9/040/big-news/Big-News/";
    assertTrue(Files.exists(site.site().resolve(post + "index.html")), "categories, short year, month and day without zeros, day of the year, slug, title");
    assertTrue(site.read("tech/24/2/9/040/big-news/Big-News.html").contains("url=Big-News/"), ":output_ext: the .html address redirects");
    assertTrue(site.read("feeds/atom.xml").contains("<link href=\"https://news.example.org/" + post + "\"/>"), "feed.path");
    assertFalse(Files.exists(site.site().resolve("feed.xml")));
    for (String style : List.of("ordinal", "none")) {
      SiteFixture other = SiteFixture.of(tmp.resolve(style), "-- content/_config.yml --\ntitle: N\npermalink: " + style + "\n-- content/_posts/2024-02-09-x.md --\n# X\n");
      assertEquals(0, other.run("build").exit());
      assertTrue(Files.exists(other.site().resolve(style.equals("ordinal") ? "2024/040/x/index.html" : "x/index.html")), style);
    }
  }

  /** Permalinks, paginate paths, slugs and categories that would lead out of the site are not followed: nothing is written outside it. */
  @Test
  void addressesThatLeadOutOfTheSiteAreNotFollowed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp.resolve("project"),
            """
            -- content/_config.yml --
            title: H
            permalink: /../../:title/
            paginate: 1
            paginate_path: /../p:num/
            collections:
              docs:
                output: true
                permalink: /../:path/
            -- content/_posts/2024-01-01-a.md --
            ---
            title: A
            categories: ["../../etc", "a b"]
            slug: ../../x
            ---
            -- content/_posts/2024-01-02-b.md --
            # B
            -- content/_docs/d.md --
            # D
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    try (var beside = Files.list(tmp.resolve("project"))) {
      assertEquals(List.of("content", "site"), beside.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
    }
    assertTrue(Files.exists(site.site().resolve("a-b/2024/01/01/a/index.html")), "its name, and its one category that is a name");
    assertTrue(Files.exists(site.site().resolve("2024/01/02/b/index.html")));
    assertTrue(Files.exists(site.site().resolve("page2/index.html")));
    assertTrue(Files.exists(site.site().resolve("docs/d/index.html")));
    assertEquals(3, r.err().lines().filter(l -> l.contains("warning[config.jekyll]") && l.contains("is not followed")).count(), r.err());
  }

  @Test
  void aPatternWithCategoriesAndAnUnknownPlaceholder() throws Exception {
    String config = "-- content/_config.yml --\ntitle: News\npermalink: %s\n";
    String posts =
        """
        -- content/_posts/2024-03-09-Hello-World.md --
        ---
        title: Hello
        categories: [Tech, News]
        ---
        Hi.
        """;
    SiteFixture pretty = SiteFixture.of(tmp.resolve("pretty"), config.formatted("pretty") + posts);
    assertEquals(0, pretty.run("build").exit());
    assertTrue(Files.exists(pretty.site().resolve("tech/news/2024/03/09/Hello-World/index.html")), "pretty: categories in lower case, the name as written");
    assertFalse(Files.exists(pretty.site().resolve("tech/news/2024/03/09/Hello-World.html")));
    assertTrue(pretty.read("index.html").contains("href=\"tech/news/2024/03/09/Hello-World/\""), "a generated home lists the posts");

    SiteFixture odd = SiteFixture.of(tmp.resolve("odd"), config.formatted("/:year/:hour/:title.html") + posts);
    SiteFixture.Run r = odd.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/_config.yml:2:12: warning[config.jekyll]: `permalink: /:year/:hour/:title.html` is not followed"), r.err());
    assertTrue(Files.exists(odd.site().resolve("tech/news/2024/03/09/Hello-World/index.html")), "Jekyll's default pattern");
    assertTrue(Files.exists(odd.site().resolve("tech/news/2024/03/09/Hello-World.html")));
  }

  /** Jekyll publishes no post dated after the build (its front matter's date, else its file name's), unless the config says {@code future: true}. */
  @Test
  void aPostDatedAfterTheBuildIsNotPublished() throws Exception {
    String posts =
        """
        -- content/_posts/2026-11-19-past.md --
        ---
        title: Past
        ---
        -- content/_posts/2026-11-21-next.md --
        ---
        title: Next
        ---
        -- content/_posts/2026-11-20-noon.md --
        ---
        title: Noon
        date: 2026-11-20 12:30:00
        ---
        -- content/_posts/2026-11-19-moved.md --
        ---
        title: Moved
        date: 2026-11-20 14:00:00 +0100
        ---
        """;
    for (boolean future : List.of(false, true)) {
      SiteFixture site = SiteFixture.of(tmp.resolve("future-" + future), "-- content/_config.yml --\ntitle: Blogg\n" + (future ? "future: true\nshow_drafts: true\n" : "timezone: Asia/Tokyo\nshow_drafts: false\n") + posts);
      Path out = site.root().resolve("out");
      handbook.build.BuildResult r = site.buildAt(out, Map.of());
      assertTrue(r.ok(), r.diagnostics().toString());
      assertEquals(
          future ? List.of("content/_config.yml:3:14: warning[config.jekyll]: `show_drafts` is not followed: drafts (`_drafts/`) are not published") : List.of(),
          r.diagnostics().stream().map(handbook.diag.Diagnostic::headline).toList());
      List<String> pages;
      // (the site folder is a link to the build's folder)
      Path real = out.toRealPath();
      try (var files = Files.walk(real)) {
        pages = files.map(f -> real.relativize(f).toString()).filter(f -> f.matches(".*(past|next|moved|noon).*") && f.endsWith("/index.html")).sorted().toList();
      }
      // (noon without an offset is in the config's time zone: Tokyo's 12:30 is 03:30 UTC)
      assertEquals(future ? 4 : 2, pages.size(), pages.toString());
      assertTrue(future || pages.get(0).contains("past") && pages.get(1).contains("noon"), pages.toString());
      assertEquals(future, Files.readString(out.resolve("index.html")).contains("Next"), "listed on the home page where published");
    }
  }
}
