package handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
 * A content folder that is a VitePress project ({@code docs/.vitepress/config.mts}): its config
 * names the site and gives its menu, its pages and {@code docs/public/} are at the site's root,
 * its site-root links are checked, and what is not built here is named.
 */
class VitePressProjectTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/package.json --
      {"name": "widgets", "scripts": {"docs:build": "vitepress build docs"}}
      -- content/docs/.vitepress/config.mts --
      import { defineConfig } from 'vitepress'

      // https://vitepress.dev/reference/site-config
      export default defineConfig({
        title: "Widgets",
        description: 'Widgets for everyone',
        lang: 'nb-NO',
        cleanUrls: true,
        head: [['link', { rel: 'icon', href: '/favicon.ico' }]],
        sitemap: { hostname: 'https://widgets.example.org' },
        themeConfig: {
          logo: '/logo.svg',
          nav: [
            { text: 'Guide', link: '/guide/getting-started' },
            { text: 'More', items: [{ text: 'Changelog', link: 'https://example.org/changes' }] }
          ],
          sidebar: [
            {
              text: 'Guide',
              items: [
                { text: 'Getting started', link: '/guide/getting-started' },
                { text: 'Setting it up', link: '/guide/config' }
              ]
            }
          ],
          socialLinks: [{ icon: 'github', link: 'https://github.com/x/widgets' }],
          editLink: { pattern: 'https://github.com/x/widgets/edit/main/docs/:path' },
          footer: { message: 'Released under the <a href="/license">MIT</a> License.', copyright: 'Copyright © 2026 Widgets' },
          outline: [2, 3],
          docFooter: { prev: 'Forrige', next: 'Neste' }
        }
      })
      -- content/docs/.vitepress/theme/custom.css --
      :root {}
      -- content/docs/.vitepress/cache/deps/x.js --
      x
      -- content/docs/index.md --
      # Widgets

      Start with [the guide](/guide/getting-started).
      -- content/docs/guide/getting-started.md --
      # Getting started

      ![Logo](/logo.svg) See [the set-up](/guide/config#options), [again](./config.md) and [the file](/files/a.txt).

      ## Install

      Also [one](/guide/config.html), [two](config.html#options) and [three](./config).

      ### From npm
      -- content/docs/guide/config.md --
      ---
      title: Configuration
      outline: deep
      ---
      # Configuration

      ## Options

      #### Deeper
      -- content/docs/public/logo.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/docs/public/favicon.ico --
      ico
      -- content/docs/public/files/a.txt --
      a
      -- content/README.md --
      # The repository
      """;

  @Test
  void itsConfigNamesTheSiteAndItsPagesAndPublicFilesAreAtTheRoot() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Path out = site.site();
    for (String f : List.of("index.html", "guide/getting-started/index.html", "guide/config/index.html", "logo.svg", "favicon.ico", "files/a.txt")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    // its config, theme, cache, public/ folder and the repository's README are not published as such;
    // with cleanUrls, no page had an address of its own in .html
    for (String f : List.of(".vitepress", "public", "README", "README.md", "custom.css", "guide/config.html")) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    Document start = Jsoup.parse(site.read("guide/getting-started/index.html"));
    assertEquals("nb-NO", start.selectFirst("html").attr("lang"));
    assertEquals("Widgets", start.selectFirst(".site-name").text());
    assertEquals("../../logo.svg", start.selectFirst(".doc-body img").attr("src"));
    assertEquals(List.of("../config/#options", "../config/", "../../files/a.txt", "../config/", "../config/#options", "../config/"), start.select(".doc-body p a").eachAttr("href"));
    // the outline's levels: H2 and H3
    assertEquals(List.of("Install", "From npm"), start.select(".toc-inline a").eachText());
    // the nav in the header (a drop-down's items in turn), the social links and the footer's words
    assertEquals(List.of("Guide", "Changelog"), start.select(".header-links a").eachText());
    assertEquals("./", start.selectFirst(".header-links a").attr("href"));
    assertEquals(List.of("GitHub"), start.select(".footer-links a").eachText());
    assertTrue(start.selectFirst(".site-footer p").text().startsWith("Released under the MIT License. Copyright © 2026 Widgets"), start.selectFirst(".site-footer p").text());
    assertEquals("https://github.com/x/widgets/edit/main/docs/guide/getting-started.md", start.selectFirst(".edit-page a").attr("href"));
    assertEquals("../../logo.svg", start.selectFirst(".site-logo").attr("src"));
    assertEquals("../../favicon.ico", start.selectFirst("link[rel=icon]").attr("href"));
    // the sidebar: its group titles the folder, its items' order and words
    assertEquals(List.of("Guide", "Getting started", "Setting it up"), start.select("nav.sidebar a").eachText());
    // a page's own outline: deep
    assertEquals(List.of("Options", "Deeper"), Jsoup.parse(site.read("guide/config/index.html")).select(".toc-inline a").eachText());
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("https://widgets.example.org/guide/config/"), sitemap);
  }

  @Test
  void whatIsNotBuiltHereIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.js --
            export default {
              title: 'Widgets',
              srcDir: '/src',
              locales: { root: { label: 'Norsk', lang: 'nb' }, fr: { label: 'Français' } },
              head: [['script', { src: 'https://analytics.example.org/a.js' }]],
              ignoreDeadLinks: true,
              themeConfig: {
                carbonAds: { code: 'x' },
                sidebar: {
                  '/guide/': [
                    { text: 'Introduction', items: [{ text: 'What', link: '/guide/what' }] },
                    { text: 'Writing', items: [{ text: 'Markdown', link: 'markdown', }, { text: 'Gone', link: 'gone' }], base: '/guide/' }
                  ]
                }
              },
              markdown: { math: true, lineNumbers: true, config: (md) => { md.use(plugin) } }
            }
            -- content/docs/.vitepress/theme/index.ts --
            import DefaultTheme from 'vitepress/theme'
            export default DefaultTheme
            -- content/docs/index.md --
            # Widgets
            -- content/docs/guide/index.md --
            # The guide
            -- content/docs/guide/markdown.md --
            # Markdown
            -- content/docs/guide/what.md --
            # What
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String config = "content/docs/.vitepress/config.js";
    for (String expected :
        List.of(
            "content/docs/.vitepress/theme/index.ts: warning[config.vitepress]: the project's own theme (`.vitepress/theme/`) is not used",
            config + ":3:11: warning[config.vitepress]: `srcDir` is not followed (not a folder inside the project's): the pages are read from the folder of `.vitepress/`",
            config + ":5:10: warning[config.vitepress]: the `head` tags other than the icon are not added to the pages",
            config + ":6:20: warning[config.vitepress]: `ignoreDeadLinks`: VitePress builds this project with broken links; here they fail the build",
            config + ":8:16: warning[config.vitepress]: `themeConfig.carbonAds` is not read here",
            config + ":12:77: warning[docs.nav]: the sidebar's link names no page in `docs/`: `guide/gone.md`",
            config + ":16:40: warning[config.vitepress]: the Markdown option `lineNumbers` is not read here: a code block is numbered where it asks",
            config + ":16:54: warning[config.vitepress]: the Markdown option `config` is not read here")) {
      assertTrue(r.err().contains(expected), expected + "\n" + r.err());
    }
    assertFalse(r.err().contains("`math`"), r.err());
    // the root locale's language is the site's
    assertEquals("nb", Jsoup.parse(site.read("index.html")).selectFirst("html").attr("lang"));
    // a part's sidebar is its folder's section, titled by its page; its groups titled over their pages
    Document what = Jsoup.parse(site.read("guide/what/index.html"));
    // VitePress' own address of a page (without cleanUrls) sends readers to it
    assertTrue(site.read("guide/what.html").contains("url=what/"), site.read("guide/what.html"));
    assertFalse(Files.exists(site.site().resolve("guide.html")), "a folder's page is at its folder's address in VitePress too");
    assertEquals(List.of("The guide", "What", "Markdown"), what.select("nav.sidebar li.nav-section a").eachText());
    assertEquals(List.of("Introduction", "Writing"), what.select("nav.sidebar li.nav-section li.nav-group > span").eachText());
    assertEquals("Markdown", what.selectFirst("nav.sidebar li.nav-group:has(> span:contains(Writing)) a").text());
    assertFalse(r.err().contains("groups of one folder"), r.err());
  }

  @Test
  void aGroupWithALinkIsItsPageWithItsItemsUnderIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default {
              title: 'W',
              themeConfig: {
                sidebar: [
                  { text: 'Overview', link: '/overview', items: [ { text: 'Details', link: '/details' } ] },
                  { text: 'Guide', link: '/guide/', items: [ { text: 'Setup', link: '/guide/setup' } ] }
                ]
              }
            }
            -- content/docs/index.md --
            # Home
            -- content/docs/overview.md --
            # Overview page
            -- content/docs/details.md --
            # Details
            -- content/docs/guide/index.md --
            # The guide
            -- content/docs/guide/setup.md --
            # Setup
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("docs.nav"), r.err());
    // a group's link is its page, named by the group, its items under it (a folder's page: the folder's section)
    Document details = Jsoup.parse(site.read("details/index.html"));
    assertEquals(List.of("Overview", "Details", "Guide"), details.select("nav.sidebar a").eachText());
    assertEquals("../overview/", details.selectFirst("nav.sidebar li.nav-section.open > a").attr("href"));
    assertEquals(0, details.select("nav.sidebar li.nav-group").size());
    assertEquals(List.of("Overview", "Guide", "Setup"), Jsoup.parse(site.read("guide/setup/index.html")).select("nav.sidebar a").eachText());
  }

  @Test
  void itsIncludesHomeAndPageValuesAreRead() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({ title: 'Widgets' })
            -- content/docs/index.md --
            ---
            layout: home
            hero:
              name: Widgets
              text: Docs for widgets
              image:
                src: /logo.svg
                alt: The logo
              actions:
                - theme: brand
                  text: Get started
                  link: /guide/
                - theme: alt
                  text: Nowhere
                  link: /nothing
            features:
              - icon: ⚡
                title: Fast
                details: Very fast.
                link: /guide/
                linkText: Read
            ---

            The text.
            -- content/docs/guide/index.md --
            ---
            title: The guide
            owner: Drift
            sidebar: false
            outline: false
            ---
            Owned by {{ $frontmatter.owner }}; {{ $frontmatter.nothing }}.

            ## A part

            <!--@include: ./parts/basics.md{2,3}-->

            <!--@include: @/guide/parts/basics.md#region-->

            <<< @/snippets/x.js#part{1 ts} [part]

            <<< ./missing.js
            -- content/docs/guide/levels.md --
            ---
            outline: [3, 4]
            ---
            # Levels

            ## Two

            ### Three

            #### Four
            -- content/docs/guide/aside.md --
            ---
            aside: false
            ---
            # Aside

            ## Two
            -- content/docs/public/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/docs/guide/parts/basics.md --
            Line one.
            Line two.
            Line three.
            <!-- #region region -->
            In the region.
            <!-- #endregion region -->
            -- content/docs/snippets/x.js --
            const x = 1
            // #region part
            const y = 2
            // #endregion part
            -- content/site.yaml --
            links: {on_broken: warning}
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Widgets", home.selectFirst(".doc h1").text());
    assertEquals("Docs for widgets", home.selectFirst(".doc-body p strong").text());
    assertEquals(List.of("Get started", "Nowhere"), home.select(".doc-body a.md-button").eachText());
    assertEquals("guide/", home.selectFirst("a.md-button--primary").attr("href"));
    assertEquals("⚡ Fast: Very fast. Read", home.selectFirst(".doc-body li").text());
    assertEquals("The text.", home.select(".doc-body > p").last().text());
    // a broken action's link is named on its line of the front matter
    assertTrue(r.err().contains("content/docs/index.md:15:"), r.err());
    assertEquals("The logo", home.selectFirst(".doc-body img[src=logo.svg]").attr("alt"));
    Document guide = Jsoup.parse(site.read("guide/index.html"));
    assertEquals("Owned by Drift; {{ $frontmatter.nothing }}.", guide.selectFirst(".doc-body p").text());
    assertTrue(r.err().contains("content/docs/guide/index.md:7:36: warning[markdown.marker]: `{{ $frontmatter.nothing }}` is a template expression"), r.err());
    List<String> paragraphs = guide.select(".doc-body > p").eachText();
    assertTrue(paragraphs.contains("Line two. Line three."), paragraphs.toString());
    assertTrue(paragraphs.contains("In the region."), paragraphs.toString());
    assertEquals("const y = 2", guide.selectFirst("pre code.language-ts").text());
    assertTrue(r.err().contains("content/docs/guide/index.md:17:1: warning[markdown.include]: no file `./missing.js` to show"), r.err());
    // sidebar: false and outline: false; a page's levels; aside: false
    assertTrue(guide.select("nav.sidebar").isEmpty());
    assertTrue(guide.select(".toc-inline").isEmpty());
    assertEquals(List.of("Three", "Four"), Jsoup.parse(site.read("guide/levels/index.html")).select(".toc-inline a").eachText());
    assertTrue(Jsoup.parse(site.read("guide/aside/index.html")).select(".toc-inline").isEmpty());
  }

  @Test
  void aPagesFrontMatterSetsItsPagerAndEditLinkAndLayout() throws Exception {
    String project =
        PROJECT
            .replace("# Getting started\n", "---\nprev:\n  text: 'Back home'\n  link: /\nnext: 'Onwards'\n---\n# Getting started\n")
            .replace("title: Configuration\n", "title: Configuration\nprev: false\neditLink: false\nlastUpdated: false\nlast_modified_at: 2026-01-02\n")
            .replace("cleanUrls: true,\n", "cleanUrls: true,\n  lastUpdated: true,\n")
            + """
            -- content/docs/about.md --
            ---
            layout: page
            ---
            # About

            ## Us
            -- content/docs/dated.md --
            ---
            last_modified_at: 2026-01-02
            ---
            # Dated
            """;
    SiteFixture site = SiteFixture.of(tmp, project);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document start = Jsoup.parse(site.read("guide/getting-started/index.html"));
    assertEquals("Back home", start.selectFirst(".pager a[rel=prev] .pager-title").text(), "the pager's own text");
    assertEquals("Onwards", start.selectFirst(".pager a[rel=next] .pager-title").text());
    assertEquals("../config/", start.selectFirst(".pager a[rel=next]").attr("href"));
    assertNotNull(start.selectFirst("a[rel=edit]"));
    assertEquals("../../", start.selectFirst(".pager a[rel=prev]").attr("href"), "the page its link names");
    assertTrue(r.err().lines().noneMatch(l -> l.contains("getting-started.md") && l.contains("warning[")), r.err());
    Document config = Jsoup.parse(site.read("guide/config/index.html"));
    assertTrue(config.select(".pager a[rel=prev]").isEmpty(), "prev: false");
    assertTrue(config.select("a[rel=edit]").isEmpty(), "editLink: false");
    assertTrue(config.select(".page-updated").isEmpty(), "lastUpdated: false");
    assertEquals("2026-01-02", Jsoup.parse(site.read("dated/index.html")).selectFirst(".page-updated time").attr("datetime"), "the config's lastUpdated: true");
    Document about = Jsoup.parse(site.read("about/index.html"));
    assertTrue(about.select("nav.sidebar").isEmpty() && about.select(".toc-inline").isEmpty(), "layout: page has no sidebar or outline");
    assertNotNull(start.selectFirst("nav.sidebar"));
  }

  @Test
  void aProjectWithItsPagesAtTheRootIsReadAsIfInDocs() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/.vitepress/config.mts --
            export default defineConfig({
              title: 'Root',
              themeConfig: {
                editLink: { pattern: 'https://github.com/x/y/edit/main/:path' },
                sidebar: [{ text: 'Guide', items: [{ text: 'Setup', link: '/guide/setup' }] }]
              }
            })
            -- content/index.md --
            # Root

            See [setup](/guide/setup) and ![logo](/logo.svg).
            -- content/guide/setup.md --
            # Setup

            [broken](./nothing)
            -- content/public/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/site.yaml --
            links: {on_broken: warning}
            """);
    SiteFixture.Run r = site.run("build");
    // (site.yaml, Handbook's own, is read at the root: the broken link is a warning)
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/guide/setup.md:3:10: warning[link.unresolved]: no page or file `./nothing`"), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Root", home.selectFirst(".site-name").text());
    assertEquals(List.of("guide/setup/"), home.select(".doc-body p a").eachAttr("href"));
    assertEquals("logo.svg", home.selectFirst(".doc-body img").attr("src"));
    Document setup = Jsoup.parse(site.read("guide/setup/index.html"));
    assertEquals("https://github.com/x/y/edit/main/guide/setup.md", setup.selectFirst(".edit-page a").attr("href"));
    assertEquals(List.of("Guide", "Setup"), setup.select("nav.sidebar a").eachText());
    assertFalse(Files.exists(site.site().resolve(".vitepress")));
    assertNotNull(site.read("logo.svg"));
  }

  @Test
  void itsPagesAreReadFromItsSrcDir() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({
              title: 'Sources',
              srcDir: './src',
              themeConfig: {
                logo: '/logo.svg',
                editLink: { pattern: 'https://github.com/x/y/edit/main/docs/src/:path' },
                sidebar: [{ text: 'Guide', items: [{ text: 'Setup', link: '/guide/setup' }] }]
              }
            })
            -- content/docs/README.md --
            # Not a page: VitePress reads the pages of src/
            -- content/docs/src/index.md --
            # Sources

            See [setup](/guide/setup) and ![logo](/logo.svg).
            -- content/docs/src/guide/setup.md --
            # Setup

            Back [home](../index.md).
            -- content/docs/src/public/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("srcDir"), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Sources", home.selectFirst(".site-name").text());
    assertEquals(List.of("guide/setup/"), home.select(".doc-body p a").eachAttr("href"));
    assertEquals("logo.svg", home.selectFirst(".doc-body img").attr("src"));
    Document setup = Jsoup.parse(site.read("guide/setup/index.html"));
    assertEquals("https://github.com/x/y/edit/main/docs/src/guide/setup.md", setup.selectFirst(".edit-page a").attr("href"));
    assertEquals(List.of("Guide", "Setup"), setup.select("nav.sidebar a").eachText());
    assertNotNull(site.read("logo.svg"));
    assertFalse(Files.exists(site.site().resolve("README/index.html")), "docs/ beside src/ holds no pages");
    assertFalse(Files.exists(site.site().resolve("src")));
    assertFalse(Files.exists(site.site().resolve(".vitepress")));
  }

  @Test
  void aProjectAtTheRootReadsItsPagesFromItsSrcDir() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/.vitepress/config.js --
            export default {
              title: 'Pages',
              srcDir: 'pages',
              themeConfig: { sidebar: [{ text: 'Guide', items: [{ text: 'Setup', link: '/guide/setup' }] }] }
            }
            -- content/pages/index.md --
            # Pages

            See [setup](./guide/setup.md).
            -- content/pages/guide/setup.md --
            # Setup

            [broken](./nothing)
            -- content/site.yaml --
            links: {on_broken: warning}
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // named where it is; site.yaml, Handbook's own, still read at the root
    assertTrue(r.err().contains("content/pages/guide/setup.md:3:10: warning[link.unresolved]: no page or file `./nothing`"), r.err());
    assertEquals("Pages", Jsoup.parse(site.read("index.html")).selectFirst(".site-name").text());
    assertEquals(List.of("Guide", "Setup"), Jsoup.parse(site.read("guide/setup/index.html")).select("nav.sidebar a").eachText());
    assertFalse(Files.exists(site.site().resolve("pages")));
  }

  @Test
  void valuesMadeByCodeAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            import pkg from '../../package.json'
            const description = 'From a variable'
            export default defineConfig({
              title: pkg.name,
              description,
              lang: `nb-${region}`,
              themeConfig: { logo: logoPath }
            })
            -- content/docs/index.md --
            # Home
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String config = "content/docs/.vitepress/config.mts";
    for (String expected :
        List.of(
            config + ":4:10: warning[config.vitepress]: `title` is made by code (`pkg.name`), not written as a string: it is not read",
            config + ":5:3: warning[config.vitepress]: `description` is made by code (`description`), not written as a string: it is not read",
            config + ":6:9: warning[config.vitepress]: `lang` is made by code",
            config + ":7:24: warning[config.vitepress]: `themeConfig.logo` is made by code (`logoPath`), not written as a string: it is not read")) {
      assertTrue(r.err().contains(expected), expected + "\n" + r.err());
    }
  }

  @Test
  void thePagesSayTheLanguageTheyAreWrittenIn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({ title: '小部件', lang: 'zh-cn', locales: { root: { label: '中文' }, en: { label: 'English', lang: 'en-US' } } })
            -- content/docs/index.md --
            # 小部件

            欢迎。
            -- content/docs/en/index.md --
            # Widgets
            -- content/docs/en/fr.md --
            ---
            lang: fr-ca
            ---
            # Bidules
            -- content/docs/en/bad.md --
            ---
            lang: 12
            ---
            # Bad
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("warning[config.vitepress]: `lang` `zh-cn` is not one of this site's (nb, en): its own words are in English"), r.err());
    // a page of a file is in Chinese (browsers pick the glyphs by it); a page made here is in the site's words, English
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("zh-CN", home.selectFirst("html").attr("lang"));
    // a locale's pages in its language
    assertEquals("en-US", Jsoup.parse(site.read("en/index.html")).selectFirst("html").attr("lang"));
    // a page's own lang in its front matter (Jekyll's page.lang), a value that is no tag named
    assertEquals("fr-CA", Jsoup.parse(site.read("en/fr/index.html")).selectFirst("html").attr("lang"));
    assertEquals("en-US", Jsoup.parse(site.read("en/bad/index.html")).selectFirst("html").attr("lang"));
    assertTrue(r.err().contains("content/docs/en/bad.md:2:7: warning[frontmatter.value]: `lang` is the language the page is written in, as a tag (`de`, `pt-BR`), found "), r.err());
    assertFalse(r.err().contains("no site of its own"), r.err());
    assertEquals("en", Jsoup.parse(site.read("404.html")).selectFirst("html").attr("lang"));
    assertEquals("en", Jsoup.parse(site.read("search.html")).selectFirst("html").attr("lang"));
    // a site.yaml's language is the pages' too
    site.write("-- content/site.yaml --\nlanguage: nb\n");
    assertEquals(0, site.run("build").exit());
    assertEquals("nb", Jsoup.parse(site.read("index.html")).selectFirst("html").attr("lang"));
    assertEquals("en-US", Jsoup.parse(site.read("en/index.html")).selectFirst("html").attr("lang"));
  }

  @Test
  void eachLocaleIsASiteOfItsOwnWithItsSidebarAndTheDefaultLanguagesPagesWhereItHasNone() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({
              title: 'Widgets',
              locales: {
                root: { label: 'English', lang: 'en' },
                fr: {
                  label: 'Français', lang: 'fr', title: 'Bidules',
                  themeConfig: {
                    nav: [{ text: 'Le guide', link: '/fr/guide/' }],
                    sidebar: { '/fr/guide/': [{ text: 'Guide FR', items: [{ text: 'Démarrer', link: '/fr/guide/start' }, { text: 'Réglages', link: '/fr/guide/config' }] }] },
                  },
                },
                he: { label: 'עברית', lang: 'he', dir: 'rtl' },
                '../up': { label: 'Up' },
              },
              themeConfig: {
                nav: [{ text: 'Guide', link: '/guide/' }],
                sidebar: { '/guide/': [{ text: 'Guide', items: [{ text: 'Start', link: '/guide/start' }, { text: 'Config', link: '/guide/config' }] }] },
              },
            })
            -- content/docs/index.md --
            # Widgets

            The [guide](/guide/start), [en français](/fr/guide/start#installer).
            -- content/docs/guide/index.md --
            # Guide
            -- content/docs/guide/start.md --
            # Start

            ## Install

            Then the [config](/guide/config#options).
            -- content/docs/guide/config.md --
            # Config

            ## Options
            -- content/docs/fr/index.md --
            # Bidules
            -- content/docs/he/index.md --
            # שלום
            -- content/docs/fr/guide/start.md --
            # Démarrer

            ## Installer

            Puis les [réglages](/fr/guide/config#options), [en anglais](/guide/start#install), [ici](./config).
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // the default language at the root, without the others' pages
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("en", home.selectFirst("html").attr("lang"));
    assertEquals(List.of("guide/start/", "fr/guide/start/#installer"), home.select(".doc-body p a").eachAttr("href"));
    assertFalse(Files.exists(site.site().resolve("fr/fr")));
    // each other one in its folder: its title, its header's and sidebar's links, its pages and the default one's where it has none
    Document start = Jsoup.parse(site.read("fr/guide/start/index.html"));
    assertEquals("fr", start.selectFirst("html").attr("lang"));
    assertTrue(start.title().endsWith("Bidules"), start.title());
    assertTrue(start.selectFirst("nav.sidebar").text().contains("Guide FR Démarrer Réglages"), start.selectFirst("nav.sidebar").text());
    assertTrue(start.select("header a").eachText().contains("Le guide"), start.select("header a").eachText().toString());
    // its links with its folder are its pages', those without it the default language's (their anchors not checked), a relative one its own
    assertEquals(List.of("../config/#options", "../../../guide/start/#install", "../config/"), start.select(".doc-body p a").eachAttr("href"));
    Document config = Jsoup.parse(site.read("fr/guide/config/index.html"));
    assertEquals("Options #", config.selectFirst("main h2").text());
    assertEquals("en", config.selectFirst("html").attr("lang"));
    assertEquals("This page is not translated yet: it is shown in English.", config.selectFirst("main p.untranslated").text());
    assertNull(start.selectFirst("p.untranslated"));
    assertEquals("rtl", Jsoup.parse(site.read("he/index.html")).selectFirst("html").attr("dir"));
    assertEquals(List.of("../../../guide/start/", "../../../fr/guide/start/", "../../../he/guide/start/"), start.select("details.language-switcher a").eachAttr("href"));
    String file = "content/docs/.vitepress/config.mts";
    assertTrue(r.err().contains(file + ":13:14: warning[config.vitepress]: the locale `../up` is not built: its key is no folder's name"), r.err());
    assertTrue(r.err().contains(file + ":3:12: warning[config.vitepress]: the site's own words are in English on the pages of `fr`, `he`"), r.err());
    assertFalse(r.err().contains("fr:"), r.err());
  }

  @Test
  void relativeLinksBetweenLanguagesLeadWhereVitePressLeads() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({
              locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' }, de: { label: 'Deutsch', lang: 'de' } },
            })
            -- content/docs/index.md --
            # Widgets

            See the [start](./guide/start.md), [en français](./fr/guide/start.md#installer), [the French home](fr/index.md) and [its folder](./fr/).
            -- content/docs/guide/start.md --
            # Start

            ## Install

            [In French](../fr/guide/start.md), [config](./config.md#options).
            -- content/docs/guide/config.md --
            # Config

            ## Options
            -- content/docs/fr/index.md --
            # Bidules
            -- content/docs/fr/guide/start.md --
            # Démarrer

            ## Installer

            [English config](../../guide/config.md#options), [English start](../../guide/start), [its own home](../index.md), [German](../../de/guide/start.md), [here](./config.md).
            -- content/docs/de/index.md --
            # Dinge
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // from the default language into another language's folder: that language's page
    assertEquals(List.of("guide/start/", "fr/guide/start/#installer", "fr/", "fr/"), Jsoup.parse(site.read("index.html")).select(".doc-body p a").eachAttr("href"));
    assertEquals(List.of("../../fr/guide/start/", "../config/#options"), Jsoup.parse(site.read("guide/start/index.html")).select(".doc-body p a").eachAttr("href"));
    // from a language's own page: the default language's files are its pages (their anchors not checked), another language's its
    assertEquals(
        List.of("../../../guide/config/#options", "../../../guide/start/", "../../", "../../../de/guide/start/", "../config/"),
        Jsoup.parse(site.read("fr/guide/start/index.html")).select(".doc-body p a").eachAttr("href"));
    // (a page the language shows from the default one: its links are its language's)
    assertEquals(List.of("../../../fr/guide/start/", "../config/#options"), Jsoup.parse(site.read("de/guide/start/index.html")).select(".doc-body p a").eachAttr("href"));
  }

  @Test
  void aLinkToAnotherLanguagesFileThatIsNoPageIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({ locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' }, de: { label: 'Deutsch', lang: 'de' } } })
            -- content/docs/index.md --
            # Widgets

            See [nothing](./fr/none.md).
            -- content/docs/fr/index.md --
            # Bidules

            Voir [rien](../de/none.md).
            -- content/docs/de/index.md --
            # Dinge
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/index.md:3:15: error[link.unresolved]: no page `./fr/none.md` (content/docs/fr/none.md)"), r.err());
    // (from a language's page: named where it is in the project)
    site.write(
        """
        -- content/docs/index.md --
        # Widgets
        """);
    r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/fr/index.md:3:13: error[link.unresolved]: no page `../de/none.md` (content/docs/de/none.md)"), r.err());
  }

  @Test
  void aProjectAtTheContentFoldersRootIsBuiltInItsLanguagesWithTheRootLocalesSettings() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/.vitepress/config.mts --
            export default defineConfig({
              locales: {
                root: { label: 'English', lang: 'en', title: 'Widgets', themeConfig: { nav: [{ text: 'Guide', link: '/guide/' }] } },
                fr: { label: 'Français', lang: 'fr', title: 'Bidules' },
              },
            })
            -- content/index.md --
            # Widgets

            See the [guide](/guide/) in [French](/fr/).
            -- content/guide/index.md --
            # Guide
            -- content/fr/index.md --
            # Bidules

            Voir le [guide](/fr/guide/).
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // the root locale's title and themeConfig are the default language's alone
    Document home = Jsoup.parse(site.read("index.html"));
    assertTrue(home.title().startsWith("Widgets"), home.title());
    assertTrue(home.select("header a").eachText().contains("Guide"), home.select("header a").eachText().toString());
    assertEquals(List.of("guide/", "fr/"), home.select(".doc-body p a").eachAttr("href"));
    Document fr = Jsoup.parse(site.read("fr/index.html"));
    assertTrue(fr.title().startsWith("Bidules"), fr.title());
    assertFalse(fr.select("header a").eachText().contains("Guide"), fr.select("header a").eachText().toString());
    assertEquals(List.of("guide/"), fr.select(".doc-body p a").eachAttr("href"));
    assertEquals("Guide", Jsoup.parse(site.read("fr/guide/index.html")).selectFirst("h1").ownText().strip());
    assertFalse(Files.exists(site.site().resolve("fr/fr")));
  }

  @Test
  void itsRewritesPublishPagesWhereTheySay() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({
              title: 'Mono',
              srcExclude: ['packages/pkg-b/**'],
              rewrites: {
                'packages/:pkg/src/:page*': ':pkg/:page*',
                'old/intro.md': 'intro.md',
                'a.md': 'b.md',
                'langs/:lang?/hello.md': ':lang/hello.md'
              },
              themeConfig: {
                sidebar: [{ text: 'Packages', items: [{ text: 'A', link: '/pkg-a/' }, { text: 'A guide', link: '/pkg-a/guide' }] }],
                editLink: { pattern: 'https://github.com/x/mono/edit/main/docs/:path' }
              }
            })
            -- content/docs/index.md --
            # Mono

            [A](./pkg-a/index.md), [the intro](/intro) and [the guide](pkg-a/guide.md).
            -- content/docs/packages/pkg-a/src/index.md --
            # Package A

            [The guide](./guide.md) ![Logo](./logo.svg)
            -- content/docs/packages/pkg-a/src/guide.md --
            # A guide

            [Home](../index.md)
            -- content/docs/packages/pkg-a/src/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/docs/packages/pkg-b/src/index.md --
            # Left out by its file's path
            -- content/docs/old/intro.md --
            # Intro
            -- content/docs/a.md --
            # A
            -- content/docs/b.md --
            # B
            -- content/docs/langs/en/hello.md --
            # Hello
            -- content/docs/langs/hello.md --
            # Hello without a language
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().contains(
            "content/docs/a.md: warning[config.vitepress]: `a.md` is not published at `b.md`, where the config's `rewrites` put it: that is the path of a file of its own; it is published at its own path"),
        r.err());
    // (a destination that needs a parameter the path gives no value: named, where VitePress fails)
    assertTrue(
        r.err().contains(
            "content/docs/langs/hello.md: warning[config.vitepress]: `langs/hello.md` matches the config's rewrite `langs/:lang?/hello.md` → `:lang/hello.md` without a value for `:lang`, which its destination needs: it is published at its own path (VitePress fails the build here)"),
        r.err());
    assertFalse(r.err().contains("`rewrites` of the VitePress config is not read"), r.err());
    for (String f : List.of("pkg-a/index.html", "pkg-a/guide/index.html", "intro/index.html", "a/index.html", "b/index.html", "packages/pkg-a/src/logo.svg", "en/hello/index.html", "langs/hello/index.html")) {
      assertTrue(Files.exists(site.site().resolve(f)), f);
    }
    for (String f : List.of("packages/pkg-a/src/index.html", "packages/pkg-a/src/guide/index.html", "old/intro/index.html", "pkg-b", "packages/pkg-b")) {
      assertFalse(Files.exists(site.site().resolve(f)), f);
    }
    // links between pages are written from where they are published; a file beside the page's file is found there
    assertEquals(List.of("pkg-a/", "intro/", "pkg-a/guide/"), Jsoup.parse(site.read("index.html")).select(".doc-body p a").eachAttr("href"));
    Document a = Jsoup.parse(site.read("pkg-a/index.html"));
    assertEquals(List.of("guide/"), a.select(".doc-body p a").eachAttr("href"));
    assertEquals("../packages/pkg-a/src/logo.svg", a.selectFirst(".doc-body img").attr("src"));
    assertEquals("https://github.com/x/mono/edit/main/docs/packages/pkg-a/src/index.md", a.selectFirst(".edit-page a").attr("href"));
    Document guide = Jsoup.parse(site.read("pkg-a/guide/index.html"));
    assertEquals(List.of("../../"), guide.select(".doc-body p a").eachAttr("href"));
    assertTrue(guide.select("nav.sidebar a").eachText().contains("A guide"), guide.select("nav.sidebar").text());
    // a broken link is named in the page's file
    site.write("-- content/docs/packages/pkg-a/src/guide.md --\n# A guide\n\n[Gone](./gone.md)\n");
    SiteFixture.Run broken = site.run("build");
    assertEquals(1, broken.exit(), broken.err());
    assertTrue(broken.err().contains("content/docs/packages/pkg-a/src/guide.md:3:8: error[link.unresolved]: no page `./gone.md` (content/docs/pkg-a/gone.md)"), broken.err());
  }

  @Test
  void serveFollowsTheRewrites() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/.vitepress/config.js --
            export default { title: 'Served', rewrites: { 'packages/:pkg/src/:page*': ':pkg/:page*' } }
            -- content/index.md --
            # Home

            [A](./a/index.md)
            -- content/packages/a/src/index.md --
            # A
            """);
    handbook.build.Build build = new handbook.build.Build(handbook.build.Build::standardKinds, handbook.build.Progress.NONE);
    handbook.build.WarmState warm = new handbook.build.WarmState();
    Path served = tmp.resolve("served");
    java.time.Instant day = java.time.Instant.parse("2026-11-20T12:00:00Z");
    handbook.build.BuildOptions options = new handbook.build.BuildOptions(site.content(), served, SiteFixture.TEMPLATES, true, day);
    assertTrue(build.run(options, warm).ok());
    assertTrue(Files.exists(served.resolve("a/index.html")));
    // a page added where a rule moves it, then the rules changed
    Path added = site.content().resolve("packages/a/src/more.md");
    Files.writeString(added, "# More\n\n[A](./index.md)\n");
    warm.changed(List.of(added));
    assertTrue(build.run(options, warm).ok());
    assertTrue(Files.exists(served.resolve("a/more/index.html")));
    Path config = site.content().resolve(".vitepress/config.js");
    Files.writeString(config, "export default { title: 'Served', rewrites: { 'packages/:pkg/src/:page*': 'lib/:pkg/:page*' } }\n");
    Path home = site.content().resolve("index.md");
    Files.writeString(home, "# Home\n\n[A](./lib/a/index.md)\n");
    warm.changed(List.of(config, home));
    assertTrue(build.run(options, warm).ok());
    handbook.build.BuildResult clean = build.run(new handbook.build.BuildOptions(site.content(), tmp.resolve("clean"), SiteFixture.TEMPLATES, true, day));
    assertTrue(clean.ok());
    java.util.Map<String, byte[]> expected = SiteFixture.siteFiles(tmp.resolve("clean"));
    java.util.Map<String, byte[]> actual = SiteFixture.siteFiles(served);
    SiteFixture.assertSameFiles(expected, actual, "serve after the rewrites changed");
    assertTrue(actual.containsKey("lib/a/more/index.html"));
    assertFalse(actual.containsKey("a/more/index.html"));
  }

  @Test
  void thePagesItsSrcExcludeNamesAreLeftOut() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vitepress/config.mts --
            export default defineConfig({
              title: 'Excluded',
              srcExclude: ['**/README.md', './drafts/**', '{old,older}.md', { x: 1 }]
            })
            -- content/docs/index.md --
            # Home
            -- content/docs/README.md --
            # For GitHub
            -- content/docs/guide/README.md --
            # For GitHub too
            -- content/docs/guide/setup.md --
            # Setup
            -- content/docs/drafts/next.md --
            # Next
            -- content/docs/old.md --
            # Old
            -- content/docs/oldest.md --
            # Oldest
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/.vitepress/config.mts:3:65: warning[config.vitepress]: a pattern of `srcExclude` that is not written as a string is not read"), r.err());
    assertFalse(r.err().contains("`srcExclude` of the VitePress config is not read"), r.err());
    assertNotNull(site.read("guide/setup/index.html"));
    assertNotNull(site.read("oldest/index.html"));
    for (String gone : List.of("README/index.html", "guide/README/index.html", "drafts/next/index.html", "old/index.html")) {
      assertFalse(Files.exists(site.site().resolve(gone)), gone);
    }
    // a link to a page left out says why
    Files.writeString(site.content().resolve("docs/index.md"), "# Home\n\n[next](./drafts/next.md)\n");
    SiteFixture.Run broken = site.run("build");
    assertEquals(1, broken.exit(), broken.err());
    assertTrue(broken.err().contains("srcExclude"), broken.err());
  }
}
