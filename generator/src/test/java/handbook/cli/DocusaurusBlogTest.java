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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Docusaurus project's blog ({@code blog/}): its posts at the addresses Docusaurus gives them,
 * newest first on the blog's page and in its menu, each with its day and authors; links to them
 * checked as any; {@code blog: false} builds none.
 */
class DocusaurusBlogTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/docusaurus.config.js --
      export default {
        title: 'Widgets',
        url: 'https://widgets.example.org',
        i18n: {defaultLocale: 'nb'},
        presets: [['classic', {docs: {}, blog: {blogTitle: 'Nytt fra oss', showReadingTime: true}}]],
      };
      -- content/docs/intro.md --
      # Intro

      Les [velkomsten](../blog/2024-03-05-velkommen.md), [slippet](/blog/slipp-2) og [notatet](/blog/notat#detaljer).
      -- content/blog/authors.yml --
      kari:
        name: Kari Nordmann
        title: Utvikler
        url: https://kari.example.org
        image_url: https://kari.example.org/kari.png
      ola:
        name: Ola
        url: "javascript:alert(1)"
      -- content/blog/2024-03-05-velkommen.md --
      ---
      title: Velkommen
      authors: [kari, ola]
      tags: [nyheter]
      ---
      Den første posten.

      <!-- truncate -->

      Resten.
      -- content/blog/2024-06-01-slipp/index.md --
      ---
      title: Slipp 2
      slug: slipp-2
      authors:
        - name: Gjest
          url: https://gjest.example.org
      ---
      ![Bilde](./bilde.png)
      -- content/blog/2024-06-01-slipp/bilde.png --
      png
      -- content/blog/notat.md --
      ---
      title: Et notat
      date: 2024-04-10T09:30:00Z
      author: Per
      author_url: https://per.example.org
      description: Om notater.
      ---
      ## Detaljer
      -- content/blog/udatert.md --
      ---
      title: Uten dag
      authors: ukjent
      ---
      Tekst.
      -- content/blog/_utkast.md --
      # Ikke en post
      """;

  @Test
  void postsAreAtTheirAddressesNewestFirstWithTheirDaysAndAuthors() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/blog/udatert.md:3:10: warning[frontmatter.value]: the author `ukjent` is not in `blog/authors.yml`: shown by the key"),
        r.err().lines().filter(l -> l.contains(": warning[") || l.contains(": error[")).toList());
    for (String page : List.of("blog/2024/03/05/velkommen/", "blog/slipp-2/", "blog/notat/", "blog/udatert/")) {
      assertTrue(Files.exists(site.site().resolve(page + "index.html")), page);
    }
    assertFalse(Files.exists(site.site().resolve("blog/utkast/index.html")), "a file named with _ is no post");
    assertFalse(Files.exists(site.site().resolve("blog/authors.yml")), "the authors are read, not published");
    Document blog = Jsoup.parse(site.read("blog/index.html"));
    assertEquals("Nytt fra oss · Widgets", blog.title(), "the blog's title");
    // newest first (the notat's day from its front matter), the one without a day last
    assertEquals(List.of("Slipp 2", "Et notat", "Velkommen", "Uten dag"), blog.select(".blog-post-title a").eachText());
    assertEquals(List.of("slipp-2/", "notat/", "2024/03/05/velkommen/", "udatert/"), blog.select(".blog-post-title a").eachAttr("href"));
    assertEquals(
        List.of("1. juni 2024 · Gjest · 1 min lesetid", "10. april 2024 · Per · 1 min lesetid", "5. mars 2024 · Kari Nordmann, Ola · 1 min lesetid", "ukjent · 1 min lesetid"),
        blog.select(".byline").eachText());
    // an author's address that is no http(s) one is not a link
    assertEquals(List.of("https://gjest.example.org", "https://per.example.org", "https://kari.example.org"), blog.select(".byline a").eachAttr("href"));
    assertEquals(List.of("Om notater.", "Den første posten."), blog.select(".blog-post-excerpt").eachText().subList(1, 3));
    // the post: its day and authors under its title, its tags, its image beside it, the menu newest first
    Document post = Jsoup.parse(site.read("blog/slipp-2/index.html"));
    assertEquals("2024-06-01", post.selectFirst(".byline time").attr("datetime"));
    assertEquals("../2024-06-01-slipp/bilde.png", post.selectFirst("article img").attr("src"));
    assertEquals(List.of("Slipp 2", "Et notat", "Velkommen", "Uten dag"), post.select("nav.sidebar a").eachText());
    assertEquals("Et notat", post.selectFirst("a[rel=next] .pager-title").text(), "the next post is the older one");
    assertTrue(site.read("blog/2024/03/05/velkommen/index.html").contains("nyheter"));
    // links to posts, by file and by address
    Document intro = Jsoup.parse(site.read("docs/intro/index.html"));
    assertEquals(List.of("../../blog/2024/03/05/velkommen/", "../../blog/slipp-2/", "../../blog/notat/#detaljer"), intro.select("article .doc-body p a").eachAttr("href"));
    assertEquals(List.of("Dokumentasjon", "Nytt fra oss"), intro.select("nav.tabs a").eachText(), "the docs, then the blog");
    // the feeds: the posts with a day, newest first, by their addresses at the config's url
    String atom = site.read("blog/atom.xml");
    assertTrue(atom.contains("<title>Nytt fra oss</title>"), atom);
    List<String> ids = java.util.regex.Pattern.compile("<id>([^<]*)</id>").matcher(atom).results().map(m -> m.group(1)).toList();
    assertEquals(
        List.of("https://widgets.example.org/blog/", "https://widgets.example.org/blog/slipp-2/", "https://widgets.example.org/blog/notat/", "https://widgets.example.org/blog/2024/03/05/velkommen/"), ids);
    assertTrue(atom.contains("<author><name>Kari Nordmann</name><uri>https://kari.example.org</uri></author>"), atom);
  }

  @Test
  void theFeedsNeedTheSitesUrlAndHoldNoCharacterXmlRefuses() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT.replace("  url: 'https://widgets.example.org',\n", "").replace("title: Velkommen", "title: \"Velkommen \\a <&>\""));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/blog/: warning[config.docusaurus]: the blog's feeds (`atom.xml`, `rss.xml`) are not written: the config gives the site no `url`"), r.err());
    assertFalse(Files.exists(site.site().resolve("blog/atom.xml")));
    SiteFixture withUrl = SiteFixture.of(tmp.resolve("url"), PROJECT.replace("title: Velkommen", "title: \"Velkommen \\a <&>\""));
    assertEquals(0, withUrl.run("build").exit());
    for (String feed : List.of("blog/atom.xml", "blog/rss.xml")) {
      org.w3c.dom.Document d = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(withUrl.site().resolve(feed).toFile());
      assertTrue(d.getDocumentElement().getTextContent().contains("Velkommen  <&>"), feed);
    }
  }

  /** {@code feedOptions.type}: one feed, none ({@code null}), or a JSON feed, which is named. */
  @Test
  void theFeedsAreThoseFeedOptionsAskFor() throws Exception {
    String blog = "blog: {blogTitle: 'Nytt fra oss', showReadingTime: true}";
    SiteFixture rss = SiteFixture.of(tmp.resolve("rss"), PROJECT.replace(blog, "blog: {feedOptions: {type: 'rss'}}"));
    SiteFixture.Run r = rss.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(rss.site().resolve("blog/rss.xml")));
    assertFalse(Files.exists(rss.site().resolve("blog/atom.xml")));
    assertTrue(rss.read("docs/intro/index.html").contains("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"../../blog/rss.xml\">"));
    assertFalse(rss.read("docs/intro/index.html").contains("atom.xml"), "no link to a feed not written");

    SiteFixture none = SiteFixture.of(tmp.resolve("none"), PROJECT.replace(blog, "blog: {feedOptions: {type: null}}").replace("  url: 'https://widgets.example.org',\n", ""));
    SiteFixture.Run n = none.run("build");
    assertEquals(0, n.exit(), n.err());
    assertFalse(Files.exists(none.site().resolve("blog/rss.xml")) || Files.exists(none.site().resolve("blog/atom.xml")));
    assertFalse(n.err().contains("feed"), "no feeds asked, none missed: " + n.err());

    SiteFixture json = SiteFixture.of(tmp.resolve("json"), PROJECT.replace(blog, "blog: {feedOptions: {type: ['atom', 'json']}}"));
    SiteFixture.Run j = json.run("build");
    assertEquals(0, j.exit(), j.err());
    assertTrue(Files.exists(json.site().resolve("blog/atom.xml")));
    assertFalse(Files.exists(json.site().resolve("blog/rss.xml")));
    assertTrue(j.err().contains("warning[config.docusaurus]: the blog's JSON feed (`feed.json`) is not written here\n"), j.err());
  }

  /** Each version has the blog in its folder: its feeds name the posts there. */
  @Test
  void aVersionsFeedsNameItsOwnFolder() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docusaurus.config.js --
            export default {title: 'W', url: 'https://w.example.org', presets: [['classic', {docs: {}, blog: {}}]]};
            -- content/versions.json --
            ["1.0"]
            -- content/docs/intro.md --
            # Intro
            -- content/versioned_docs/version-1.0/intro.md --
            # Intro
            -- content/blog/2024-01-02-news.md --
            ---
            title: News
            ---
            Hi.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String version : List.of("1.0", "next")) {
      String atom = site.read(version + "/blog/atom.xml");
      assertTrue(atom.contains("<link href=\"https://w.example.org/" + version + "/blog/2024/01/02/news/\"/>"), atom);
      assertTrue(atom.contains("<link rel=\"self\" href=\"https://w.example.org/" + version + "/blog/atom.xml\"/>"), atom);
      assertTrue(site.read(version + "/blog/rss.xml").contains("<link>https://w.example.org/" + version + "/blog/</link>"), version);
    }
  }

  /** Docusaurus' archive and tag pages of the blog: links to them go to the pages that list the same. */
  @Test
  void theBlogsArchiveAndTagAddressesSendToTheirPages() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT + "-- content/docs/more.md --\n# More\n\n[Arkiv](/blog/archive), [merker](/blog/tags) og [nyheter](/blog/tags/nyheter).\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("docs/more/index.html").contains("<a href=\"../../blog/archive/\">Arkiv</a>, <a href=\"../../blog/tags/\">merker</a> og <a href=\"../../blog/tags/nyheter/\">nyheter</a>"), site.read("docs/more/index.html"));
    assertTrue(site.read("blog/archive/index.html").contains("<meta http-equiv=\"refresh\" content=\"0; url=../\">"), site.read("blog/archive/index.html"));
    assertTrue(site.read("blog/tags/index.html").contains("url=../../tags/\""), site.read("blog/tags/index.html"));
    assertTrue(site.read("blog/tags/nyheter/index.html").contains("url=../../../tags/nyheter/\""), site.read("blog/tags/nyheter/index.html"));
    assertFalse(Files.exists(site.site().resolve("blog/tags/other")));
  }

  @Test
  void aLinkToAPostThatIsNotThereIsBroken() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT + "-- content/docs/more.md --\n# More\n\n[Gone](/blog/gone)\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/more.md:3:8: error[link.unresolved]: no page or file `/blog/gone`"), r.err());
  }

  @Test
  void theBlogIsPublishedAtItsRoute() throws Exception {
    SiteFixture moved = SiteFixture.of(tmp.resolve("moved"), PROJECT.replace("blogTitle: 'Nytt fra oss'", "routeBasePath: '/aktuelt/'").replace("(/blog/", "(/aktuelt/"));
    SiteFixture.Run m = moved.run("build");
    assertEquals(0, m.exit(), m.err());
    assertFalse(Files.exists(moved.site().resolve("blog")), "nothing at blog/");
    for (String page : List.of("aktuelt/index.html", "aktuelt/2024/03/05/velkommen/index.html", "aktuelt/slipp-2/index.html", "aktuelt/2024-06-01-slipp/bilde.png", "aktuelt/atom.xml", "aktuelt/tags/nyheter/index.html")) {
      assertTrue(Files.exists(moved.site().resolve(page)), page);
    }
    assertEquals("../2024-06-01-slipp/bilde.png", Jsoup.parse(moved.read("aktuelt/slipp-2/index.html")).selectFirst("article img").attr("src"), "a post's image beside it");
    Document intro = Jsoup.parse(moved.read("docs/intro/index.html"));
    assertEquals(List.of("../../aktuelt/2024/03/05/velkommen/", "../../aktuelt/slipp-2/", "../../aktuelt/notat/#detaljer"), intro.select("main p a").eachAttr("href"));
    assertEquals(List.of("Dokumentasjon", "Blogg"), Jsoup.parse(moved.read("index.html")).select(".tabs a").eachText(), "the blog's tab after the docs'");
    assertTrue(moved.read("aktuelt/atom.xml").contains("<id>https://widgets.example.org/aktuelt/slipp-2/</id>"), moved.read("aktuelt/atom.xml"));
    SiteFixture stale = SiteFixture.of(tmp.resolve("stale"), PROJECT.replace("blogTitle: 'Nytt fra oss'", "routeBasePath: 'aktuelt'"));
    SiteFixture.Run st = stale.run("build");
    assertEquals(1, st.exit(), st.err());
    assertTrue(st.err().contains("error[link.unresolved]: no page or file `/blog/slipp-2`"), "the old address is none: " + st.err());
    // the posts in another folder, published at the blog's route
    SiteFixture folder = SiteFixture.of(tmp.resolve("folder"), PROJECT.replace("blogTitle: 'Nytt fra oss'", "path: './nytt'").replace("-- content/blog/", "-- content/nytt/").replace("../blog/2024", "../nytt/2024"));
    SiteFixture.Run fr = folder.run("build");
    assertEquals(0, fr.exit(), fr.err());
    assertEquals(
        List.of("content/nytt/udatert.md:3:10: warning[frontmatter.value]: the author `ukjent` is not in `nytt/authors.yml`: shown by the key"),
        fr.err().lines().filter(l -> l.contains(": warning[") || l.contains(": error[")).toList());
    assertFalse(Files.exists(folder.site().resolve("nytt")), "nothing at nytt/");
    assertTrue(Files.exists(folder.site().resolve("blog/2024-06-01-slipp/bilde.png")) && !Files.exists(folder.site().resolve("blog/authors.yml")));
    assertEquals("1. juni 2024 · Gjest · 1 min lesetid", Jsoup.parse(folder.read("blog/slipp-2/index.html")).selectFirst(".byline").text());
    assertTrue(folder.read("blog/index.html").contains("Kari Nordmann"), "the authors of the posts' folder");
    SiteFixture empty = SiteFixture.of(tmp.resolve("empty"), PROJECT.replace("blogTitle: 'Nytt fra oss'", "path: 'nytt'"));
    assertTrue(empty.run("build").err().contains("content/docusaurus.config.js:5:49: warning[config.docusaurus]: the blog's `path` `nytt` holds no posts: the blog is empty"));
    // a route no file system takes as a folder's name
    SiteFixture tooLong = SiteFixture.of(tmp.resolve("long"), PROJECT.replace("blogTitle: 'Nytt fra oss'", "routeBasePath: '" + "a".repeat(201) + "'"));
    SiteFixture.Run l = tooLong.run("build");
    assertEquals(0, l.exit(), l.err());
    assertTrue(l.err().contains("warning[config.docusaurus]: the blog's `routeBasePath` `" + "a".repeat(201) + "` is no folder of the site: the blog is published under `blog/`"), l.err());
    assertTrue(Files.exists(tooLong.site().resolve("blog/index.html")));
    // the docs and the blog at one route: the pages that want one address are named by their folders
    SiteFixture clash = SiteFixture.of(tmp.resolve("clash"), PROJECT.replace("{docs: {}, blog: {blogTitle: 'Nytt fra oss'", "{docs: {routeBasePath: 'blog'}, blog: {blogTitle: 'Nytt fra oss'"));
    SiteFixture.Run c = clash.run("build");
    assertEquals(1, c.exit(), c.err());
    assertTrue(c.err().contains("error[page.duplicate-url]: the blog's page and the generated page of folder `content/docs/` both want the URL `/blog/`"), c.err());
    // a blog-only site: the blog is the home, no docs' section
    SiteFixture only =
        SiteFixture.of(
            tmp.resolve("only"),
            "-- content/docusaurus.config.js --\nexport default {\n  title: 'W',\n  url: 'https://w.example.org',\n  presets: [['classic', {docs: false, blog: {routeBasePath: '/'}}]],\n};\n"
                + "-- content/blog/2024-03-05-a.md --\n# A\n\nSe [B](/2024/04/01/b).\n-- content/blog/2024-04-01-b.md --\n# B\n");
    SiteFixture.Run o = only.run("build");
    assertEquals(0, o.exit(), o.err());
    assertEquals(List.of("B", "A"), Jsoup.parse(only.read("index.html")).select(".blog-post-title a").eachText());
    assertTrue(Files.exists(only.site().resolve("2024/03/05/a/index.html")) && Files.exists(only.site().resolve("atom.xml")));
    assertFalse(Files.exists(only.site().resolve("docs")), "no docs, no docs' section");
    Files.createDirectories(only.content().resolve("docs"));
    Files.writeString(only.content().resolve("docs/x.md"), "# X\n");
    Files.writeString(only.content().resolve("docs/x.png"), "png");
    SiteFixture.Run withDocs = only.run("build");
    assertEquals(0, withDocs.exit(), withDocs.err());
    assertFalse(withDocs.err().contains("warning["), withDocs.err());
    assertFalse(Files.exists(only.site().resolve("docs")), "docs: false publishes no docs/, as Docusaurus: " + withDocs.err());
    SiteFixture commented =
        SiteFixture.of(
            tmp.resolve("commented"),
            "-- content/docusaurus.config.js --\nexport default {\n  title: 'W',\n  // docs: false, for a blog-only site\n  /* docs: false */\n  presets: [['classic', {}]],\n};\n-- content/docs/x.md --\n# X\n");
    assertEquals(0, commented.run("build").exit());
    assertTrue(Files.exists(commented.site().resolve("docs/x/index.html")), "docs: false in a comment is no setting");
    assertEquals(List.of("B", "A"), Jsoup.parse(only.read("index.html")).select(".blog-post-title a").eachText());
  }

  @Test
  void blogFalseBuildsNoBlogAndOtherRoutesAreNamed() throws Exception {
    SiteFixture off = SiteFixture.of(tmp.resolve("off"), PROJECT.replace("blog: {blogTitle: 'Nytt fra oss', showReadingTime: true}", "blog: false").replace("Les [velkomsten]", "Les"));
    SiteFixture.Run r = off.run("build");
    assertEquals(1, r.exit(), "the links to posts are broken: " + r.err());
    assertFalse(r.err().contains("authors.yml"), r.err());
    assertTrue(r.err().contains("error[link.unresolved]: no page or file `/blog/slipp-2`"), r.err());
    SiteFixture elsewhere = SiteFixture.of(tmp.resolve("elsewhere"), PROJECT.replace("blogTitle: 'Nytt fra oss'", "routeBasePath: '../ut', path: '../news'"));
    SiteFixture.Run e = elsewhere.run("build");
    assertEquals(0, e.exit(), e.err());
    assertEquals(
        List.of(
            "content/docusaurus.config.js:5:58: warning[config.docusaurus]: the blog's `routeBasePath` `../ut` is no folder of the site: the blog is published under `blog/`",
            "content/docusaurus.config.js:5:73: warning[config.docusaurus]: the blog's `path` `../news` is no folder of the project the posts can be read from: they are read from `blog/`"),
        e.err().lines().filter(l -> l.contains("config.docusaurus")).toList());
    assertEquals("Blogg · Widgets", Jsoup.parse(elsewhere.read("blog/index.html")).title(), "the site's word for a blog");
    SiteFixture quick = SiteFixture.of(tmp.resolve("quick"), PROJECT.replace("showReadingTime: true", "showReadingTime: false"));
    assertEquals(0, quick.run("build").exit());
    assertEquals("1. juni 2024 · Gjest", Jsoup.parse(quick.read("blog/index.html")).selectFirst(".byline").text(), "no reading time");
  }
}
