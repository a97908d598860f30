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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header's and the footer's links: site.yaml's {@code header_links} and
 * {@code footer_links}, and those other tools' configs give (MkDocs' repository and Material's
 * social links, Docusaurus' navbar and footer, just-the-docs' {@code aux_links}, Hugo's main menu
 * and Docsy's footer links), each from every page, a link to a page checked as any link is.
 */
class SiteLinksTest {
  @TempDir Path tmp;

  /** Each header link of a page: its text, its href, and whether it is marked as the page's. */
  static List<String> links(SiteFixture site, String page) throws Exception {
    Document d = Jsoup.parse(site.read(page));
    return d.select("nav.header-links a").stream().map(a -> a.text() + " " + a.attr("href") + (a.hasAttr("aria-current") ? " (current)" : "")).toList();
  }

  /** The footer's links of a page by column: a column's title (or "-") and its links' texts and hrefs. */
  static List<String> footer(SiteFixture site, String page) throws Exception {
    Document d = Jsoup.parse(site.read(page));
    return d.select("nav.footer-links .footer-group").stream()
        .map(g -> (g.selectFirst(".footer-group-title") == null ? "-" : g.selectFirst(".footer-group-title").text()) + ": "
            + String.join(", ", g.select("a").stream().map(a -> a.text() + " " + a.attr("href")).toList()))
        .toList();
  }

  private static List<String> warnings(SiteFixture.Run r) {
    return r.err().lines().filter(l -> l.contains(": warning[") || l.contains(": error[")).toList();
  }

  @Test
  void siteYamlsLinksAreOnEveryPageFromItsOwnFolder() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Links
            language: en
            header_links:
              - {title: GitHub, url: "https://github.com/org/handbook"}
              - {title: Guide, url: docs/guide/setup.md}
              - {title: Backup, url: "docs/ops/backup.md#restore"}
              - {title: Mail, url: "mailto:team@example.org"}
              - {title: Home, url: index.md}
            -- content/index.md --
            # Home
            -- content/docs/guide/setup.md --
            # Setup
            -- content/docs/ops/backup.md --
            # Backup

            ## Restore
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), warnings(r));
    assertEquals(
        List.of(
            "GitHub https://github.com/org/handbook", "Guide docs/guide/setup/", "Backup docs/ops/backup/#restore", "Mail mailto:team@example.org", "Home ./ (current)"),
        links(site, "index.html"));
    assertEquals(
        List.of(
            "GitHub https://github.com/org/handbook",
            "Guide ./ (current)",
            "Backup ../../ops/backup/#restore",
            "Mail mailto:team@example.org",
            "Home ../../../"),
        links(site, "docs/guide/setup/index.html"));
    // the search page and the 404 page too (the latter from the site's root)
    assertEquals(5, links(site, "search.html").size());
    assertTrue(links(site, "404.html").contains("Guide /docs/guide/setup/"), links(site, "404.html").toString());
  }

  @Test
  void aLinkThatNamesNothingIsABrokenLinkAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Links
            header_links:
              - {title: Gone, url: docs/gone.md}
              - {title: Bad, url: "javascript:alert(1)"}
              - {title: Anchor, url: "docs/a.md#nowhere"}
            -- content/docs/a.md --
            # A
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    List<String> found = warnings(r);
    assertEquals(3, found.size(), r.err());
    assertTrue(found.get(0).startsWith("content/site.yaml:3:24: error[link.unresolved]: no page `docs/gone.md`"), found.get(0));
    assertTrue(found.get(1).startsWith("content/site.yaml:4:23: error[link.unsafe]"), found.get(1));
    assertTrue(found.get(2).startsWith("content/site.yaml:5:26: error[link.anchor]"), found.get(2));
  }

  @Test
  void badShapesAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Links
            header_links:
              - GitHub
              - {title: GitHub}
              - {title: GitHub, url: "https://github.com", target: _blank}
            -- content/index.md --
            # Home
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    List<String> found = warnings(r);
    assertEquals(3, found.size(), r.err());
    assertTrue(found.get(0).startsWith("content/site.yaml:3:5: error[config.type]: `header_links` items must be maps of `title` and `url`"), found.get(0));
    assertTrue(found.get(1).startsWith("content/site.yaml:4:5: error[config.missing-key]: missing key `url` in a link"), found.get(1));
    assertTrue(found.get(2).contains("error[config.unknown-key]") && found.get(2).contains("`target`"), found.get(2));
    SiteFixture other = SiteFixture.of(tmp.resolve("other"), "-- content/site.yaml --\ntitle: x\nheader_links: https://github.com\n");
    SiteFixture.Run o = other.run("check");
    assertEquals(1, o.exit(), o.err());
    assertTrue(o.err().contains("content/site.yaml:2:15: error[config.type]: `header_links` must be a list of links"), o.err());
  }

  @Test
  void mkdocsRepositoryLinkIsInTheHeader() throws Exception {
    String pages = "-- content/docs/index.md --\n# Home\n-- content/docs/guide.md --\n# Guide\n";
    SiteFixture site = SiteFixture.of(tmp, "-- content/mkdocs.yml --\nsite_name: Widgets\nrepo_url: https://github.com/example/widgets\n" + pages);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("GitHub https://github.com/example/widgets"), links(site, "guide/index.html"));
    // repo_name names it; another host is named by its first word, as MkDocs does
    SiteFixture named = SiteFixture.of(tmp.resolve("named"), "-- content/mkdocs.yml --\nsite_name: W\nrepo_url: https://github.com/example/widgets\nrepo_name: example/widgets\n" + pages);
    assertEquals(0, named.run("build").exit());
    assertEquals(List.of("example/widgets https://github.com/example/widgets"), links(named, "index.html"));
    SiteFixture gitea = SiteFixture.of(tmp.resolve("gitea"), "-- content/mkdocs.yml --\nsite_name: W\nrepo_url: https://codeberg.org/example/widgets\nedit_uri: _edit/main/docs/\n" + pages);
    SiteFixture.Run g = gitea.run("build");
    assertEquals(0, g.exit(), g.err());
    assertEquals(List.of("Codeberg https://codeberg.org/example/widgets"), links(gitea, "index.html"));
    // a site.yaml beside it gives its own
    SiteFixture own = SiteFixture.of(tmp.resolve("own"), "-- content/mkdocs.yml --\nsite_name: W\nrepo_url: https://github.com/example/widgets\n-- content/site.yaml --\nheader_links: [{title: Status, url: \"https://status.example.org\"}]\n" + pages);
    assertEquals(0, own.run("build").exit());
    assertEquals(List.of("Status https://status.example.org"), links(own, "index.html"));
  }

  @Test
  void docusaurusNavbarItemsAreTheHeadersLinks() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docusaurus.config.js --
            export default {
              title: 'Widgets',
              themeConfig: {
                navbar: {
                  items: [
                    {type: 'docSidebar', sidebarId: 'main', position: 'left', label: 'Docs'},
                    {type: 'doc', docId: 'guide/setup', position: 'left'},
                    {to: '/docs/reference', label: 'Reference'},
                    {to: '/blog', label: 'Blog', position: 'left'},
                    {type: 'dropdown', label: 'More', items: [{label: 'Status', href: 'https://status.example.org'}, {to: 'docs/intro', label: 'Start'}]},
                    {type: 'docsVersionDropdown'},
                    {type: 'search', position: 'right'},
                    {type: 'html', value: '<b>hi</b>'},
                    {href: 'https://github.com/example/widgets', label: 'GitHub', position: 'right'},
                  ],
                },
              },
            };
            -- content/docs/intro.md --
            ---
            sidebar_position: 1
            ---
            # Introduction
            -- content/docs/guide/setup.md --
            # Setting up
            -- content/docs/reference.md --
            # Reference
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "content/docusaurus.config.js:9:9: warning[config.docusaurus]: the header link `Blog` is left out: no page or file `/blog` here",
            "content/docusaurus.config.js:13:9: warning[config.docusaurus]: the navbar item of type `html` is not shown"),
        warnings(r));
    assertEquals(
        List.of(
            "Docs ../../intro/",
            "Setting up ./ (current)",
            "Reference ../../reference/",
            "Status https://status.example.org",
            "Start ../../intro/",
            "GitHub https://github.com/example/widgets"),
        links(site, "docs/guide/setup/index.html"));
  }

  @Test
  void theDocusaurusStartersNavbar() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "");
    IncrementalBuildTest.copy(DocusaurusStarterTest.STARTER, site.content());
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("Tutorial docs/intro/", "Blog blog/", "GitHub https://github.com/facebook/docusaurus"), links(site, "index.html"));
    assertEquals(List.of("Tutorial ./ (current)", "Blog ../../blog/", "GitHub https://github.com/facebook/docusaurus"), links(site, "docs/intro/index.html"));
  }

  @Test
  void justTheDocsAuxLinksAndHugosMainMenu() throws Exception {
    SiteFixture jekyll =
        SiteFixture.of(
            tmp.resolve("jekyll"),
            """
            -- content/_config.yml --
            title: Widgets
            aux_links:
              "Widgets on GitHub":
                - "https://github.com/example/widgets"
              "Setup": "/docs/setup/"
            nav_external_links:
              - title: Status
                url: https://status.example.org
            -- content/index.md --
            # Home
            -- content/docs/setup.md --
            # Setup
            """);
    SiteFixture.Run j = jekyll.run("build");
    assertEquals(0, j.exit(), j.err());
    assertEquals(List.of("Widgets on GitHub https://github.com/example/widgets", "Setup ./ (current)", "Status https://status.example.org"), links(jekyll, "docs/setup/index.html"));
    SiteFixture hugo =
        SiteFixture.of(
            tmp.resolve("hugo"),
            """
            -- content/hugo.toml --
            title = "Widgets"
            [[menu.main]]
            name = "GitHub"
            url = "https://github.com/example/widgets"
            weight = 30
            [[menu.main]]
            name = "Docs"
            pageRef = "/docs"
            weight = 10
            [[menu.main]]
            name = "About"
            url = "/about/"
            [[menu.main]]
            name = "API"
            url = "/docs/api/"
            parent = "Docs"
            [[menu.main]]
            name = "Nowhere"
            -- content/content/_index.md --
            # Home
            -- content/content/about.md --
            # About
            -- content/content/docs/_index.md --
            # Docs
            """);
    SiteFixture.Run h = hugo.run("build");
    assertEquals(0, h.exit(), h.err());
    assertEquals(
        List.of(
            "content/hugo.toml:14:8: warning[config.hugo]: the menu entry `API` is under another (`parent`): the header shows the main menu's first level alone",
            "content/hugo.toml:18:8: warning[config.hugo]: a main menu entry without a `name` and a `url` or `pageRef` is not shown"),
        warnings(h));
    assertEquals(List.of("Docs docs/", "GitHub https://github.com/example/widgets", "About about/"), links(hugo, "index.html"));
  }

  @Test
  void aLinksTitleFromItsPageFollowsThePage() throws Exception {
    // a navbar doc without a label shows its page's title: a title changed is shown on every page, as a clean build shows it
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docusaurus.config.js --
            export default {
              title: 'Widgets',
              themeConfig: {navbar: {items: [{type: 'doc', docId: 'setup'}]}},
            };
            -- content/docs/setup.md --
            # Setting up
            -- content/docs/other.md --
            # Other
            """);
    Path cache = tmp.resolve("cache");
    assertEquals(0, site.run("build", "--cache", cache.toString()).exit());
    assertEquals(List.of("Setting up ../setup/"), links(site, "docs/other/index.html"));
    site.write("-- content/docs/setup.md --\n# Getting started\n");
    SiteFixture.Run r = site.run("build", "--cache", cache.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("Getting started ../setup/"), links(site, "docs/other/index.html"));
    var incremental = SiteFixture.snapshot(site.site());
    assertEquals(0, site.run("build").exit());
    SiteFixture.assertSameFiles(SiteFixture.snapshot(site.site()), incremental, "build --cache after a title change");
    Element nav = Jsoup.parse(site.read("docs/other/index.html")).selectFirst("nav.header-links");
    assertFalse(nav == null);
  }

  @Test
  void siteYamlsFooterLinksInTheirColumns() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Links
            footer_links:
              - title: Docs
                links:
                  - {title: Setup, url: docs/setup.md}
                  - {title: Sheet, url: docs/cheat-sheet.pdf}
              - title: Community
                links:
                  - {title: Chat, url: "https://chat.example.org"}
              - {title: Status, url: "https://status.example.org"}
            -- content/index.md --
            # Home
            -- content/docs/setup.md --
            # Setup
            -- content/docs/cheat-sheet.pdf --
            %PDF-1.4
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("Docs: Setup ./, Sheet ../cheat-sheet.pdf", "Community: Chat https://chat.example.org", "-: Status https://status.example.org"), footer(site, "docs/setup/index.html"));
    assertEquals("page", Jsoup.parse(site.read("docs/setup/index.html")).selectFirst("nav.footer-links a").attr("aria-current"));
    // a column's link that names nothing is a broken link; a column without a title is named
    site.write("-- content/site.yaml --\ntitle: Links\nfooter_links:\n  - links: [{title: Chat, url: \"https://chat.example.org\"}]\n");
    SiteFixture.Run untitled = site.run("build");
    assertEquals(1, untitled.exit(), untitled.err());
    assertEquals(List.of("content/site.yaml:3:5: error[config.missing-key]: missing key `title` in a column of `footer_links`"), warnings(untitled));
    site.write(
        """
        -- content/site.yaml --
        title: Links
        footer_links:
          - title: Docs
            links: [{title: Gone, url: docs/gone.md}]
        """);
    SiteFixture.Run bad = site.run("build");
    assertEquals(1, bad.exit(), bad.err());
    List<String> found = warnings(bad);
    assertEquals(1, found.size(), bad.err());
    assertTrue(found.get(0).startsWith("content/site.yaml:4:32: error[link.unresolved]: no page `docs/gone.md`"), found.get(0));
  }

  @Test
  void otherToolsFooters() throws Exception {
    SiteFixture starter = SiteFixture.of(tmp.resolve("docusaurus"), "");
    IncrementalBuildTest.copy(DocusaurusStarterTest.STARTER, starter.content());
    SiteFixture.Run d = starter.run("build");
    assertEquals(0, d.exit(), d.err());
    assertEquals(
        List.of(
            "Docs: Tutorial docs/intro/",
            "Community: Stack Overflow https://stackoverflow.com/questions/tagged/docusaurus, Discord https://discordapp.com/invite/docusaurus, X https://x.com/docusaurus",
            "More: Blog blog/, GitHub https://github.com/facebook/docusaurus"),
        footer(starter, "index.html"));
    SiteFixture mkdocs =
        SiteFixture.of(
            tmp.resolve("mkdocs"),
            """
            -- content/mkdocs.yml --
            site_name: Widgets
            theme: {name: material}
            extra:
              social:
                - icon: fontawesome/brands/github
                  link: https://github.com/example/widgets
                - icon: fontawesome/brands/mastodon
                  link: https://fosstodon.org/@widgets
                  name: Widgets on Mastodon
            -- content/docs/index.md --
            # Home
            """);
    SiteFixture.Run m = mkdocs.run("build");
    assertEquals(0, m.exit(), m.err());
    assertEquals(List.of("-: github.com https://github.com/example/widgets, Widgets on Mastodon https://fosstodon.org/@widgets"), footer(mkdocs, "index.html"));
    SiteFixture hugo =
        SiteFixture.of(
            tmp.resolve("hugo"),
            """
            -- content/hugo.yaml --
            title: Widgets
            params:
              links:
                developer:
                  - {name: GitHub, url: "https://github.com/example/widgets", icon: fab fa-github}
                user:
                  - {name: Forum, url: "https://forum.example.org", icon: fa fa-envelope}
            -- content/content/_index.md --
            # Home
            """);
    SiteFixture.Run h = hugo.run("build");
    assertEquals(0, h.exit(), h.err());
    assertEquals(List.of("-: Forum https://forum.example.org, GitHub https://github.com/example/widgets"), footer(hugo, "index.html"));
  }
}
