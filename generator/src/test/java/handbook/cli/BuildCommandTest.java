package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
  @TempDir Path tmp;

  static final String SMALL =
      """
      -- content/site.yaml --
      title: Testhåndbok
      language: nb
      -- content/docs/index.md --
      ---
      title: Dokumentasjon
      ---
      Start med [drift](drift/backup.md#gjenoppretting).
      -- content/docs/drift/backup.md --
      ---
      title: Backup
      weight: 10
      aliases: [/gammel/backup]
      ---
      ## Sikkerhetskopi

      Kjør `pg_dump`.

      ## Gjenoppretting

      Se [oversikten](../index.md) og [løsningen](#løsning-på-feil).

      ## Løsning på feil
      -- content/docs/drift/overvaking.md --
      ---
      title: Overvåking
      weight: 20
      ---
      Tilbake til [backup](backup.md).
      """;

  @Test
  void buildWritesPagesAndPrintsOneSummaryLine() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SMALL);
    SiteFixture.Run r = site.run("build");
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertEquals("built 8 pages, 0 warnings, 0 errors in N s; search index 2 KB\n", SiteFixture.untimed(r.out()));
    String backup = site.read("docs/drift/backup/index.html");
    assertTrue(backup.contains("<h2 id=\"gjenoppretting\">Gjenoppretting"), backup);
    assertTrue(backup.contains("<a href=\"../../\">oversikten</a>"), backup);
    assertTrue(backup.contains("<a href=\"#løsning-på-feil\">løsningen</a>"), backup);
    assertTrue(site.read("docs/index.html").contains("<a href=\"drift/backup/#gjenoppretting\">drift</a>"));
    assertTrue(site.read("gammel/backup/index.html").contains("url=../../docs/drift/backup/"));
    assertTrue(Files.exists(site.site().resolve("404.html")));
    assertTrue(site.read("sitemap.xml").contains("<loc>/docs/drift/backup/</loc>"));
    assertTrue(site.read("robots.txt").startsWith("User-agent: *"));
    var mode = Files.getPosixFilePermissions(site.site());
    assertTrue(mode.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "a web server can read the site: " + mode);
    assertTrue(mode.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE), "and enter it: " + mode);
  }

  @Test
  void brokenLinksAreAllReportedWithLineCaretAndHint() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            SMALL
                + """
                -- content/docs/drift/feil.md --
                ---
                title: Feil
                ---
                Les [backup](bakup.md) først.

                Og [gjenoppretting](backup.md#gjenopretting).
                """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/docs/drift/feil.md:4:14: error[link.unresolved]: no page `bakup.md` (content/docs/drift/bakup.md)
         4 | Les [backup](bakup.md) først.
           |              ^
           = hint: did you mean `backup.md`?
        content/docs/drift/feil.md:6:21: error[link.anchor]: no heading `#gjenopretting` on `docs/drift/backup.md`
         6 | Og [gjenoppretting](backup.md#gjenopretting).
           |                     ^
           = hint: did you mean `backup.md#gjenoppretting`?
        failed: 2 errors, 0 warnings in N s; %s left as it was
        """
            .formatted(site.site()),
        SiteFixture.untimed(r.err()));
    assertEquals("", r.out());
    assertFalse(Files.exists(site.site()));
  }

  @Test
  void failedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SMALL);
    assertEquals(0, site.run("build").exit());
    Map<String, byte[]> before = SiteFixture.snapshot(site.site());
    site.write(
        """
        -- content/docs/drift/overvaking.md --
        ---
        title: Overvåking
        ---
        Lenke til [noe som ikke finnes](mangler.md).
        """);
    assertEquals(1, site.run("build").exit());
    Map<String, byte[]> after = SiteFixture.snapshot(site.site());
    assertEquals(before.keySet(), after.keySet());
    for (String k : before.keySet()) {
      assertArrayEquals(before.get(k), after.get(k), k);
    }
    String live = Files.readSymbolicLink(site.site()).toString();
    try (var s = Files.list(tmp)) {
      assertEquals(
          java.util.List.of(live, ".site.lock", "content", "site"),
          s.map(p -> p.getFileName().toString()).sorted().toList(),
          "no staging folder is left behind, only the site's own build folder");
    }
  }

  @Test
  void buildingTwiceGivesByteIdenticalOutput() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SMALL);
    assertEquals(0, site.run("build").exit());
    Map<String, byte[]> first = SiteFixture.snapshot(site.site());
    assertEquals(0, site.run("build").exit());
    Map<String, byte[]> second = SiteFixture.snapshot(site.site());
    assertEquals(first.keySet(), second.keySet());
    for (String k : first.keySet()) {
      assertArrayEquals(first.get(k), second.get(k), k);
    }
  }

  @Test
  void hugosTomlFrontMatterIsReadAsItsYamlWouldBe() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/b.md --
            +++
            title = "Bravo"
            summary = "Om bravo."
            weight = 1
            tags = ["drift"]
            aliases = ["gammel/b/"]
            +++
            Tekst.
            -- content/docs/a.md --
            ---
            title: Alfa
            weight: 2
            ---
            Tekst.
            -- content/docs/c.md --
            +++
            title = "Utkast"
            draft = true
            +++
            Tekst.
            """);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    String b = site.read("docs/b/index.html");
    assertTrue(b.contains("<h1>Bravo</h1>") && b.contains("href=\"../../tags/drift/\""), b);
    assertTrue(b.contains("<p class=\"lead\">Om bravo.</p>"), "Hugo's summary describes the page: " + b);
    String sidebar = site.read("docs/a/index.html");
    assertTrue(sidebar.indexOf(">Bravo</a>") < sidebar.indexOf(">Alfa<"), "ordered by weight: " + sidebar);
    assertTrue(java.nio.file.Files.exists(site.site().resolve("gammel/b/index.html")), "the alias redirects");
    assertTrue(!java.nio.file.Files.exists(site.site().resolve("docs/c")), "a draft is left out");
  }

  @Test
  void frontMatterHidesPartsOfAPageAsMkDocsMaterialAndDocusaurusDo() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/a.md --
            ---
            title: A
            tags: [drift]
            hide: [navigation, toc, footer, path, tags]
            ---
            ## Del
            Tekst.
            ## Mer
            Tekst.
            -- content/docs/b.md --
            ---
            title: B
            hide_table_of_contents: true
            ---
            ## Del
            Tekst.
            ## Mer
            -- content/docs/c.md --
            ---
            title: C
            hide: [toc, sidebar]
            hide_table_of_contents: "ja"
            ---
            ## Del
            ## Mer
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String a = site.read("docs/a/index.html");
    assertTrue(!a.contains("class=\"sidebar\"") && !a.contains("toc-inline") && !a.contains("class=\"pager\"") && !a.contains("class=\"breadcrumbs\"") && !a.contains("class=\"tags\""), a);
    assertTrue(a.contains("<div class=\"layout\">"), "the layout without the sidebar's column: " + a);
    String b = site.read("docs/b/index.html");
    assertTrue(!b.contains("toc-inline") && b.contains("class=\"sidebar\"") && b.contains("class=\"pager\""), b);
    String c = site.read("docs/c/index.html");
    assertTrue(!c.contains("toc-inline") && c.contains("class=\"sidebar\""), "hide takes what it knows: " + c);
    assertEquals(
        List.of(
            "content/docs/c.md:3:13: warning[frontmatter.value]: `sidebar` in `hide` is no part of the page: it is not hidden",
            "content/docs/c.md:4:25: warning[frontmatter.value]: `hide_table_of_contents` is true or false, found a string: the table of contents is shown"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void otherToolsKeysThatLeaveAPageOutAreHeeded() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/a.md --
            # Alfa
            Tekst om alfa.
            -- content/docs/b.md --
            ---
            title: Bravo
            unlisted: true
            ---
            Tekst om bravo.
            -- content/docs/c.md --
            ---
            title: Charlie
            search:
              exclude: true
            ---
            Tekst om charlie.
            -- content/docs/d.md --
            ---
            title: Delta
            published: false
            ---
            Tekst.
            -- content/docs/e/index.md --
            ---
            title: Echo
            unlisted: true
            published: 2021-03-01
            ---
            -- content/docs/e/f.md --
            # Foxtrot
            -- content/docs/g/index.md --
            # Golf
            -- content/docs/g/README.md --
            ---
            unlisted: true
            ---
            # Hotel, an ordinary page beside the folder's
            -- content/docs/i.md --
            ---
            title: India
            search:
              boost: 2
            ---
            Tekst om india.
            -- content/docs/j.md --
            ---
            title: Juliett
            search:
              boost: high
            ---
            Tekst om juliett.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(!site.read("docs/g/index.html").contains(">Hotel"), "unlisted, and not named as a section's page");
    assertTrue(!java.nio.file.Files.exists(site.site().resolve("docs/d")), "Jekyll's published: false is a draft");
    assertTrue(site.read("docs/b/index.html").contains("<h1>Bravo</h1>"), "an unlisted page is built");
    String a = site.read("docs/a/index.html");
    assertTrue(!a.contains(">Bravo<") && a.contains(">Charlie<"), "an unlisted page is out of the menu and the pager; an excluded one is in: " + a);
    String index = site.read("search-index.json");
    assertTrue(index.contains("alfa") && !index.contains("bravo") && !index.contains("charlie"), index);
    assertTrue(site.read("docs/e/index.html").contains(">Foxtrot<"), "a section's page stays listed");
    assertEquals(
        List.of(
            "content/docs/e/index.md:3:11: warning[frontmatter.value]: a section's page is not unlisted: its pages would have no place in the menu",
            "content/docs/j.md:4:10: warning[frontmatter.value]: `search.boost` is a number above 0 (MkDocs Material's), found a string: the page is ranked in the search as the others are"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    // MkDocs Material's boost ranks the page's sections higher (r), the others as they are
    assertTrue(index.matches("(?s).*\\{[^{}]*\"t\":\"India\"[^{}]*\"r\":2\\.0[^{}]*}.*"), index);
    assertTrue(!index.matches("(?s).*\\{[^{}]*\"t\":\"Juliett\"[^{}]*\"r\":[^{}]*}.*"), index);
  }

  @Test
  void docusaurusCategoryFilesNameAndPlaceTheirFolders() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/aaa/a.md --
            # A
            -- content/docs/aaa/_category_.yml --
            label: Siste
            position: 3.5
            link:
              type: generated-index
              description: Alt det siste.
            -- content/docs/bbb/index.md --
            ---
            title: Bravo-forsiden
            ---
            Tekst.
            -- content/docs/bbb/_category_.json --
            {"label": "Bravo", "position": 1, "collapsed": false, "colour": "red"}
            -- content/docs/ccc/c.md --
            # C
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String docs = site.read("docs/index.html");
    // placed pages first, by place; then the others by title
    assertTrue(docs.indexOf(">Bravo</a>") < docs.indexOf(">Siste</a>") && docs.indexOf(">Siste</a>") < docs.indexOf(">Ccc</a>"), "named and placed: " + docs);
    assertTrue(site.read("docs/aaa/index.html").contains("<p class=\"lead\">Alt det siste.</p>"), "the generated page's description");
    assertTrue(site.read("docs/bbb/index.html").contains("<h1>Bravo-forsiden</h1>"), "the folder page keeps its title; the menu names it by the label");
    assertTrue(!java.nio.file.Files.exists(site.site().resolve("docs/bbb/_category_.json")), "not published");
    assertEquals(
        List.of(
            "content/docs/aaa/_category_.yml:2:11: warning[docs.category]: `position: 3.5`: folders are ordered by whole numbers here, so it is taken as 3",
            "content/docs/bbb/_category_.json:1:55: warning[docs.category]: `colour` of a `_category_` file is not read here"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    site.write("-- content/docs/bbb/_category_.json --\n{\"label\": \"Bravo\",\n \"position\": }\n");
    SiteFixture.Run bad = site.run("check");
    assertEquals(1, bad.exit());
    assertTrue(bad.err().lines().anyMatch(l -> l.startsWith("content/docs/bbb/_category_.json:2:14: error[json.syntax]: invalid JSON")), bad.err());
  }

  @Test
  void otherToolsKeysThatPlaceOrNameAPageAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/intro.md --
            ---
            id: intro
            title: Intro
            ---
            -- content/docs/b.md --
            ---
            id: getting-started
            title: B
            parent: Intro
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "content/docs/b.md:2:5: warning[frontmatter.url]: `id` (Docusaurus) names the page's URL, which is not done here: the page is published at the URL of its path",
            "content/docs/b.md:4:9: warning[frontmatter.parent]: `parent` (just-the-docs) places a page under another in the menu, which is not done here: the menu follows the folders"),
        r.err().lines().filter(l -> l.contains("warning[")).toList(),
        "an id that is the file's name moves nothing");
  }

  @Test
  void docusaurusPaginationNullLeavesAPagerLinkOut() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/a.md --
            ---
            title: A
            weight: 1
            ---
            -- content/docs/b.md --
            ---
            title: B
            weight: 2
            pagination_next: null
            pagination_prev: intro
            ---
            -- content/docs/c.md --
            ---
            title: C
            weight: 3
            pagination_prev: a
            ---
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    org.jsoup.nodes.Element prev = org.jsoup.Jsoup.parse(site.read("docs/c/index.html")).selectFirst("a[rel=prev]");
    assertEquals("../a/", prev.attr("href"), "a doc id (its path from docs/) names the page, in any project");
    String b = site.read("docs/b/index.html");
    assertTrue(b.contains("rel=\"prev\"") && !b.contains("rel=\"next\""), b);
    assertTrue(site.read("docs/a/index.html").contains("rel=\"next\""), "the others keep theirs");
    assertEquals(
        List.of("content/docs/b.md:5:18: warning[frontmatter.value]: `pagination_prev` names the doc id `intro`, and no page in `docs/` has it: the pager links the page next to it in the menu"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void awesomePagesFilesNameAndOrderTheirFolders() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/guide/alpha.md --
            # Alpha
            -- content/docs/guide/beta.md --
            # Beta
            -- content/docs/guide/gamma.md --
            ---
            title: Gamma
            weight: 50
            ---
            -- content/docs/guide/delta.md --
            ---
            title: Delta
            weight: 9
            ---
            -- content/docs/guide/sub/s.md --
            # S
            -- content/docs/guide/.pages --
            title: Veiledning
            nav:
              - gamma.md
              - Undermappe: sub
              - ...
              - Alfa sist: alpha.md
              - https://example.org
            collapse: true
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String beta = site.read("docs/guide/beta/index.html");
    List<String> order = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<li[^>]*><a href=\"[^\"]*\"[^>]*>([^<]*)</a>").matcher(beta.substring(beta.indexOf(">Veiledning</a>")));
    while (m.find()) {
      order.add(m.group(1));
    }
    // the nav's order over a listed page's weight (Gamma's 50), the others (...) by title; the weight of a page the nav does not name places it
    assertEquals(List.of("Gamma", "Undermappe", "Beta", "Alfa sist", "Delta"), order.subList(0, 5), beta);
    assertTrue(!java.nio.file.Files.exists(site.site().resolve("docs/guide/.pages")), "not published");
    assertEquals(
        List.of(
            "content/docs/guide/.pages:7:5: warning[docs.category]: `https://example.org` in the nav of a `.pages` file is a link elsewhere: the menu lists the site's pages alone",
            "content/docs/guide/.pages:8:1: warning[docs.category]: `collapse` of a `.pages` file (awesome-pages) is not read here"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }

  @Test
  void theSitesLogoIconAndCopyrightAreItsOwn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Merket
            logo: /img/logo.svg
            favicon: img/icon.png
            copyright: © 2026 Mindframe <AS>
            -- content/img/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>
            -- content/img/icon.png --
            png
            -- content/docs/a/b.md --
            # B
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String b = site.read("docs/a/b/index.html");
    assertTrue(b.contains("<img class=\"site-logo site-logo-own\" src=\"../../../img/logo.svg\" alt=\"\" height=\"28\">"), b);
    assertTrue(b.contains("<link rel=\"icon\" href=\"../../../img/icon.png\">"), b);
    assertTrue(b.contains("<p class=\"copyright\">© 2026 Mindframe &lt;AS&gt;</p>"), "escaped text");
    String plain = SiteFixture.of(tmp.resolve("plain"), "-- content/docs/a.md --\n# A\n").run("build").err();
    assertTrue(plain.isEmpty() || !plain.contains("error"), plain);
    assertFalse(Files.readString(tmp.resolve("plain/site/docs/a/index.html")).contains("copyright"), "no line without one");

    Files.writeString(site.content().resolve("site.yaml"), "title: Merket\nlogo: img/mangler.svg\nfavicon: docs/a/b.md\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml:2:7: error[config.value]: `logo` names no image file of the content folder: `img/mangler.svg`"), r.err());
    assertTrue(r.err().contains("content/site.yaml:3:10: error[config.value]: `favicon` names no image file of the content folder: `docs/a/b.md`"), r.err());
  }

  @Test
  void theSitesOwnStylesheetsFollowTheThemesOnEveryPage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Stil
            extra_css: [css/egen.css, /css/mer.css]
            -- content/css/egen.css --
            .egen { color: teal; }
            -- content/css/mer.css --
            .mer { color: navy; }
            -- content/docs/a/b.md --
            # B
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String b = site.read("docs/a/b/index.html");
    int theme = b.indexOf("assets/handbook.");
    int own = b.indexOf("<link rel=\"stylesheet\" href=\"../../../css/egen.css\">\n<link rel=\"stylesheet\" href=\"../../../css/mer.css\">");
    assertTrue(theme > 0 && own > theme, b);
    assertTrue(site.read("404.html").contains("<link rel=\"stylesheet\" href=\"/css/egen.css\">"), "the 404 page's links are from the root");
    assertEquals(".egen { color: teal; }\n", Files.readString(site.site().resolve("css/egen.css")));

    Files.writeString(site.content().resolve("site.yaml"), "title: Stil\nextra_css:\n  - css/mangler.css\n  - docs/a/b.md\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml:3:5: error[config.value]: `extra_css` names no CSS file of the content folder: `css/mangler.css`"), r.err());
    assertTrue(r.err().contains("content/site.yaml:4:5: error[config.value]: `extra_css` names no CSS file of the content folder: `docs/a/b.md`"), r.err());
  }

  @Test
  void theSitesColourIsAStylesheetBeforeItsOwnAndTheBrowsersBar() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Farge
            color: "#155A96"
            extra_css: [css/egen.css]
            -- content/css/egen.css --
            .egen { color: teal; }
            -- content/docs/a/b.md --
            # B
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String b = site.read("docs/a/b/index.html");
    assertTrue(b.contains("<link rel=\"stylesheet\" href=\"../../../assets/accent-155a96.css\">\n<link rel=\"stylesheet\" href=\"../../../css/egen.css\">"), b);
    assertTrue(b.contains("<meta name=\"theme-color\" content=\"#155a96\" media=\"(prefers-color-scheme: light)\">"), b);
    assertTrue(site.read("assets/accent-155a96.css").contains("    --header-bg: #155a96;\n"));
    assertTrue(site.read("404.html").contains("<link rel=\"stylesheet\" href=\"/assets/accent-155a96.css\">"), "the 404 page's links are from the root");

    Files.writeString(site.content().resolve("site.yaml"), "title: Farge\ncolor: teal\n");
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml:2:8: error[config.value]: `color` must be a colour written in hex, not `teal`"), r.err());
  }

  @Test
  void filesAtTheSitesOwnAddressesAreNamedAndItsRobotsTxtIsTheSites() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/robots.txt --
            User-agent: *
            Disallow: /utkast/
            -- content/search-index.json --
            {}
            -- content/404.html --
            <p>Old</p>
            -- content/docs/a.md --
            # A
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("User-agent: *\nDisallow: /utkast/\n", site.read("robots.txt"));
    assertTrue(site.read("search-index.json").contains("docs/a/"), "the site's search index");
    assertFalse(site.read("404.html").contains("<p>Old</p>"), "the site's page");
    assertEquals(
        List.of(
            "content/404.html: warning[source.taken]: `404.html` is not published: the site writes its own `404.html`",
            "content/search-index.json: warning[source.taken]: `search-index.json` is not published: the site writes its own `search-index.json`"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    // without one, the site's own
    Files.delete(site.content().resolve("robots.txt"));
    assertEquals(0, site.run("build").exit());
    assertTrue(site.read("robots.txt").startsWith("User-agent: *\nAllow: /"), site.read("robots.txt"));
  }

  @Test
  void markdownFilesNoKindReadsAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/README.md --
            # About this folder
            -- content/blog/post.md --
            # A post
            -- content/includes/note.md --
            A shared note.
            -- content/docs/a.md --
            # A

            --8<-- "includes/note.md"
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/README.md: warning[source.markdown]: a Markdown file outside the folders of pages is published as it is, not as a page (1 more: `blog/post.md`)"),
        r.err().lines().filter(l -> l.contains("warning[")).toList(),
        "not the included file, which is a part of its page");
    assertTrue(Files.exists(site.site().resolve("blog/post.md")), "published as it is");
  }

  @Test
  void anImageOnAnotherHostIsALinkToItAndNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/a.md --
            # A
            ![Build](https://ci.example.org/badge.svg) and <img src="//cdn.example.org/x.png" alt="x">,
            ![Local](bilde.png), [a link](https://example.org/) is fine.

            [![CI][badge]][ci] <a href="https://ci.example.org"><img src="https://ci.example.org/b.svg" alt="B & C"></a> [![](https://ci.example.org/c.svg)](https://ci.example.org)

            [badge]: https://img.shields.io/badge/ci-ok-green
            [ci]: https://ci.example.org/
            -- content/docs/bilde.png --
            png
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    List<String> warnings = r.err().lines().filter(l -> l.contains("warning[")).toList();
    assertEquals(
        List.of(
            "content/docs/a.md:2:10: warning[link.remote-image]: image `https://ci.example.org/badge.svg` is on another host: it is not loaded (the site loads nothing from other hosts), an image is a link to it (4 more images on other hosts, on lines 2, 5, 5, 7)"),
        warnings);
    // nothing is fetched from another host: each image is a link to it (in a link, its text alone)
    String a = site.read("docs/a/index.html");
    assertFalse(a.contains("<img src=\"https:") || a.contains("<img src=\"//"), a);
    assertTrue(a.contains("<a href=\"https://ci.example.org/badge.svg\">Build</a> and <a href=\"//cdn.example.org/x.png\">x</a>,"), a);
    assertTrue(a.contains("<img src=\"../bilde.png\" alt=\"Local\" />"), a);
    assertTrue(a.contains("<a href=\"https://ci.example.org/\">CI</a> <a href=\"https://ci.example.org\">B &amp; C</a> <a href=\"https://ci.example.org\">https://ci.example.org/c.svg</a>"), a);
  }

  @Test
  void aReferenceImageInAReferenceLinkIsAnImageInALink() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/a.md --
            # A
            Se [![Bygg][merke]][ci] og [![Merke]][ci], men [![b][merke]][ukjent].

            [merke]: merke.svg
            [Merke]: merke.svg
            [ci]: b.md
            -- content/docs/merke.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/docs/b.md --
            # CI
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("docs/a/index.html").contains(
        "<p>Se <a href=\"../b/\"><img src=\"../merke.svg\" alt=\"Bygg\" /></a> og <a href=\"../b/\"><img src=\"../merke.svg\" alt=\"Merke\" /></a>, men [<img src=\"../merke.svg\" alt=\"b\" />][ukjent].</p>"),
        site.read("docs/a/index.html"));
  }

  @Test
  void aTomlFrontMatterErrorPointsAtTheFileLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/a.md --
            +++
            title = "A"
            weight = = 3
            +++
            Tekst.
            -- content/docs/b.md --
            +++
            title = "B"
            Tekst.
            """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    List<String> errors = r.err().lines().filter(l -> l.contains("error[")).toList();
    assertTrue(errors.get(0).startsWith("content/docs/a.md:3:") && errors.get(0).contains("error[frontmatter.toml]: invalid TOML"), errors.toString());
    assertTrue(r.err().contains(" 3 | weight = = 3"), "the line is shown: " + r.err());
    assertEquals("content/docs/b.md:1:1: error[frontmatter.unclosed]: front matter is opened with `+++` but never closed", errors.get(1));
  }

  @Test
  void frontMatterErrorPointsAtTheFileLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/a.md --
            ---
            title: A
            tags: [en, to
            weight: 3
            ---
            Tekst.
            """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    String first = r.err().lines().filter(l -> l.contains("error[")).findFirst().orElseThrow();
    assertTrue(first.startsWith("content/docs/a.md:4:"), first);
    assertTrue(first.contains("error[frontmatter.yaml]"), first);
  }

  @Test
  void unknownSiteKeyIsAnErrorWithSuggestion() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            langauge: en
            -- content/docs/index.md --
            Hei.
            """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/site.yaml:2:1: error[config.unknown-key]: unknown key `langauge` in site.yaml
         2 | langauge: en
           | ^
           = hint: did you mean `language`?
        failed: 1 error, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }

  @Test
  void checkWritesNothing() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SMALL);
    SiteFixture.Run r = site.run("check");
    assertEquals(0, r.exit(), r.err());
    assertEquals("checked 8 pages, 0 warnings, 0 errors in N s\n", SiteFixture.untimed(r.out()));
    assertFalse(Files.exists(site.site()));
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SMALL);
    SiteFixture.Run r = site.run("build", "--no-such-option");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Unknown option: '--no-such-option'"), r.err());

    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.run(
            new String[] {"build", "--content", tmp.resolve("nope").toString()},
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(err));
    assertEquals(2, code);
    assertEquals("error[usage]: content folder `" + tmp.resolve("nope") + "` does not exist\n", err.toString());
  }

  @Test
  void outRefusesFoldersThatAreNotHandbookOutput() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SMALL);
    Path precious = tmp.resolve("precious");
    Files.createDirectories(precious);
    Files.writeString(precious.resolve("thesis.txt"), "do not delete");
    String inside = site.content().resolve("site").toString();
    for (String out : new String[] {precious.toString(), site.content().toString(), "/", System.getProperty("user.home"), inside}) {
      java.io.StringWriter err = new java.io.StringWriter();
      int code =
          Main.run(
              new String[] {"build", "--content", site.content().toString(), "--templates", SiteFixture.TEMPLATES.toString(), "--out", out},
              new java.io.PrintWriter(new java.io.StringWriter()),
              new java.io.PrintWriter(err));
      assertEquals(2, code, out);
      assertTrue(err.toString().startsWith("error[usage]: refusing to write the site to `" + out + "`: it is "), err.toString());
      assertEquals(out.equals(inside), err.toString().contains("it is inside the content folder"), err.toString());
    }
    assertEquals("do not delete", Files.readString(precious.resolve("thesis.txt")));
  }

  @Test
  void quietPrintsNothingOnSuccess() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SMALL);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void versionAndHelp() {
    java.io.StringWriter out = new java.io.StringWriter();
    assertEquals(0, Main.run(new String[] {"--version"}, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter())));
    assertTrue(out.toString().startsWith("handbook "), out.toString());
    java.io.StringWriter help = new java.io.StringWriter();
    assertEquals(0, Main.run(new String[] {"--help"}, new java.io.PrintWriter(help), new java.io.PrintWriter(new java.io.StringWriter())));
    assertTrue(help.toString().contains("build"), help.toString());
    assertTrue(help.toString().contains("serve"), help.toString());
  }
}
