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
 * A content folder that is a VuePress project ({@code docs/.vuepress/config.js}), VitePress'
 * forerunner: its config (VuePress 1's and 2's) names the site and gives its menus, its pages
 * (a folder's {@code README.md} its page) and {@code docs/.vuepress/public/} are at the site's
 * root, its home's front matter is shown, and what is not built here is named.
 */
class VuePressProjectTest {
  @TempDir Path tmp;

  static final String VUEPRESS_1 =
      """
      -- content/package.json --
      {"name": "widgets", "scripts": {"docs:build": "vuepress build docs"}}
      -- content/docs/.vuepress/config.js --
      module.exports = {
        title: 'Widgets',
        description: 'Widgets for everyone',
        locales: { '/': { lang: 'nb-NO' }, '/en/': { lang: 'en-US' } },
        head: [['link', { rel: 'icon', href: '/favicon.png' }]],
        plugins: ['@vuepress/back-to-top'],
        themeConfig: {
          logo: '/logo.png',
          repo: 'acme/widgets',
          docsDir: 'docs',
          editLinks: true,
          nav: [
            { text: 'Guide', link: '/guide/' },
            { text: 'More', items: [{ text: 'Changelog', link: 'https://example.org/changes' }] }
          ],
          sidebar: {
            '/guide/': [
              '',
              'getting-started',
              ['config', 'Setting it up'],
              { title: 'Advanced', collapsable: false, children: ['/guide/advanced/plugins'] }
            ],
            '/': ['', 'about']
          },
          algolia: { apiKey: 'x' }
        }
      }
      -- content/docs/.vuepress/enhanceApp.js --
      export default ({ Vue }) => {}
      -- content/docs/.vuepress/theme/Layout.vue --
      <template><div/></template>
      -- content/docs/.vuepress/dist/index.html --
      <html></html>
      -- content/docs/.vuepress/public/logo.png --
      png
      -- content/docs/.vuepress/public/favicon.png --
      png
      -- content/docs/.vuepress/public/files/a.txt --
      a
      -- content/docs/README.md --
      ---
      home: true
      heroImage: /logo.png
      heroText: Widgets for all
      tagline: Small, fast widgets
      actionText: Get Started →
      actionLink: /guide/
      features:
      - title: Simple
        details: Minimal setup.
      - title: Fast
        details: Very fast.
      footer: MIT Licensed | Copyright © 2026 Acme
      ---

      More [about us](./about.md).
      -- content/docs/about.md --
      # About

      See [the guide](/guide/), [setup](/guide/getting-started.html#install) and [a file](/files/a.txt).
      -- content/docs/guide/README.md --
      # Guide

      Start [here](./getting-started.md).

      <<< @/docs/guide/example.js
      -- content/docs/guide/example.js --
      let widget = 1
      -- content/docs/guide/getting-started.md --
      ---
      prev: ../about
      next: false
      ---
      # Getting started

      ## Install

      ### From npm
      -- content/docs/guide/config.md --
      ---
      title: Config
      x: 5
      sidebarDepth: 2
      ---
      # Config

      Value {{ $page.frontmatter.x }} of {{ $page.title }}.

      ## Options

      ### Deep
      -- content/docs/guide/advanced/plugins.md --
      # Plugins
      -- content/README.md --
      # The repository
      """;

  @Test
  void eachLocaleIsASiteOfItsOwnWithItsThemesSettings() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vuepress/config.js --
            import { defaultTheme } from '@vuepress/theme-default'
            export default defineUserConfig({
              locales: {
                '/': { lang: 'en-US', title: 'Widgets' },
                '/zh/': { lang: 'zh-CN', title: '小部件' },
              },
              theme: defaultTheme({
                locales: {
                  '/': { selectLanguageName: 'English', navbar: [{ text: 'Guide', link: '/guide/' }] },
                  '/zh/': { selectLanguageName: '简体中文', navbar: [{ text: '指南', link: '/zh/guide/' }], sidebar: { '/zh/guide/': [{ text: '指南组', children: ['/zh/guide/start.md', '/zh/guide/config.md'] }] } },
                },
              }),
            })
            -- content/docs/README.md --
            # Widgets
            -- content/docs/guide/README.md --
            # Guide
            -- content/docs/guide/start.md --
            # Start

            ## Install
            -- content/docs/guide/config.md --
            # Config
            -- content/docs/zh/README.md --
            # 小部件
            -- content/docs/zh/guide/start.md --
            # 开始

            见[English](/guide/start.md#install)、[配置](/zh/guide/config.md)。
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // the root locale's settings are the default language's
    Document start = Jsoup.parse(site.read("guide/start/index.html"));
    assertTrue(start.title().endsWith("Widgets"), start.title());
    assertEquals(List.of("English", "简体中文"), start.select("details.language-switcher a").eachText());
    assertTrue(start.select("header a").eachText().contains("Guide"), start.select("header a").eachText().toString());
    // each other locale in its folder: its title, navbar, sidebar and pages, the default language's where it has none
    Document zh = Jsoup.parse(site.read("zh/guide/start/index.html"));
    assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
    assertTrue(zh.title().endsWith("小部件"), zh.title());
    assertTrue(zh.select("header a").eachText().contains("指南"), zh.select("header a").eachText().toString());
    assertTrue(zh.selectFirst("nav.sidebar").text().contains("指南组 开始 Config"), zh.selectFirst("nav.sidebar").text());
    assertEquals(List.of("../../../guide/start/#install", "../config/"), zh.select(".doc-body p a").eachAttr("href"));
    assertEquals("en-US", Jsoup.parse(site.read("zh/guide/config/index.html")).selectFirst("html").attr("lang"));
    assertTrue(r.err().contains("warning[config.vuepress]: the site's own words are in English on the pages of `zh`"), r.err());
  }

  @Test
  void aVuePressOneProjectsLocalesAreItsLanguagesToo() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vuepress/config.js --
            module.exports = {
              locales: { '/': { lang: 'en-US', title: 'Widgets' }, '/zh/': { lang: 'zh-CN', title: '小部件' } },
              themeConfig: {
                locales: {
                  '/': { label: 'English', nav: [{ text: 'Guide', link: '/guide/' }] },
                  '/zh/': { label: '简体中文', selectText: '选择语言', nav: [{ text: '指南', link: '/zh/' }] },
                },
              },
            }
            -- content/docs/README.md --
            # Widgets

            [In Chinese](./zh/README.md)
            -- content/docs/guide/README.md --
            # Guide
            -- content/docs/zh/README.md --
            # 小部件

            [English](/guide/), [the English guide](../guide/README.md)
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    Document zh = Jsoup.parse(site.read("zh/index.html"));
    assertEquals(List.of("English", "简体中文"), zh.select("details.language-switcher a").eachText());
    assertTrue(zh.select("header a").eachText().contains("指南"), zh.select("header a").eachText().toString());
    // links between the languages lead where VuePress leads them
    assertEquals(List.of("../guide/", "../guide/"), zh.select(".doc-body p a").eachAttr("href"));
    assertEquals(List.of("zh/"), Jsoup.parse(site.read("index.html")).select(".doc-body p a").eachAttr("href"));
    // its theme's words of a language are named as the theme's other words are: not at all
    assertFalse(r.err().contains("`themeConfig.label`") || r.err().contains("selectText"), r.err());
  }

  @Test
  void aVuePressOneProjectIsBuiltAsVuePressBuildsIt() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, VUEPRESS_1);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String config = "content/docs/.vuepress/config.js";
    assertEquals(
        List.of(
            config + ":6:12: warning[config.vuepress]: `plugins` of the VuePress config is not read here",
            config + ":25:14: warning[config.vuepress]: `themeConfig.algolia` is not read here: the site is built without it",
            "content/docs/.vuepress/enhanceApp.js: warning[config.vuepress]: the project's own theme, client code and styles (`.vuepress/enhanceApp.js`) are not used: their components and styles are not run here"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    Path out = site.site();
    for (String f : List.of("index.html", "guide/index.html", "guide/getting-started/index.html", "guide/config/index.html", "guide/advanced/plugins/index.html", "about/index.html", "logo.png", "favicon.png", "files/a.txt")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    // its config, theme, build and public folder are not published as such, nor the repository's README
    for (String f : List.of(".vuepress", "docs", "public", "README", "README.md", "enhanceApp.js", "Layout.vue")) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    // VuePress' own address of a page (x.html) sends readers to it
    assertTrue(site.read("guide/getting-started.html").contains("url=getting-started/"), site.read("guide/getting-started.html"));

    Document start = Jsoup.parse(site.read("guide/getting-started/index.html"));
    assertEquals("nb-NO", start.selectFirst("html").attr("lang"));
    assertEquals("Widgets", start.selectFirst(".site-name").text());
    assertEquals("../../logo.png", start.selectFirst(".site-logo").attr("src"));
    assertEquals("../../favicon.png", start.selectFirst("link[rel=icon]").attr("href"));
    // the nav (a drop-down's items in turn) in the header, the repository in the footer
    assertEquals(List.of("Guide", "Changelog"), start.select(".header-links a").eachText());
    assertEquals("../", start.selectFirst(".header-links a").attr("href"));
    assertEquals(List.of("GitHub"), start.select(".footer-links a").eachText());
    assertEquals("https://github.com/acme/widgets", start.selectFirst(".footer-links a").attr("href"));
    assertEquals("https://github.com/acme/widgets/edit/master/docs/guide/getting-started.md", start.selectFirst(".edit-page a").attr("href"));
    // the sidebar: its part's pages in its order, a page's own title, a group's folder
    assertEquals(List.of("Guide", "Getting started", "Setting it up", "Advanced", "About"), start.select("nav.sidebar a").eachText());
    // the pager: its prev a link (VuePress' prev: ../about), named by the page's title; no next
    assertEquals(List.of("../../about/"), start.select(".pager a").eachAttr("href"));
    assertEquals("About", start.selectFirst(".pager a .pager-title").text());
    // the table of contents: the H2s (sidebarDepth 1, VuePress' default)
    assertEquals(List.of("Install"), start.select(".toc-inline a").eachText());

    Document about = Jsoup.parse(site.read("about/index.html"));
    assertEquals(List.of("../guide/", "../guide/getting-started/#install", "../files/a.txt"), about.select(".doc-body p a").eachAttr("href"));
    Document guide = Jsoup.parse(site.read("guide/index.html"));
    assertEquals("let widget = 1", guide.selectFirst(".doc-body pre code").text());
    Document configPage = Jsoup.parse(site.read("guide/config/index.html"));
    assertEquals("Value 5 of Config.", configPage.select(".doc-body p").last().text());
    // a page's own sidebarDepth: its H3s too
    assertEquals(List.of("Options", "Deep"), configPage.select(".toc-inline a").eachText());

    // the home: its hero, action, features and footer, titled by its heroText
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Widgets for all", home.selectFirst("h1").text());
    assertEquals("logo.png", home.selectFirst(".doc-body img").attr("src"));
    assertEquals(
        List.of("Small, fast widgets", "Get Started →", "Simple: Minimal setup.", "Fast: Very fast.", "MIT Licensed | Copyright © 2026 Acme", "More about us."),
        home.select(".doc-body > p, .doc-body li").eachText().stream().filter(t -> !t.isEmpty()).toList());
    assertEquals("guide/", home.selectFirst(".doc-body a.md-button--primary").attr("href"));
  }

  @Test
  void aVuePressTwoProjectIsBuiltAsVuePressBuildsIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vuepress/config.ts --
            import { defaultTheme } from '@vuepress/theme-default'
            import { defineUserConfig } from 'vuepress'
            import { viteBundler } from '@vuepress/bundler-vite'

            export default defineUserConfig({
              lang: 'en-US',
              title: 'Gadgets',
              bundler: viteBundler(),
              theme: defaultTheme({
                logo: '/images/logo.svg',
                repo: 'https://gitlab.com/acme/gadgets',
                docsDir: 'docs',
                lastUpdated: false,
                navbar: [
                  { text: 'Guide', link: '/guide/getting-started.md' },
                  '/guide/',
                  { text: 'More', children: [{ text: 'Changelog', link: 'https://example.org/changes' }] },
                ],
                sidebar: {
                  '/guide/': [
                    { text: 'Reference', prefix: 'reference/', children: ['cli.md', 'api.md'] },
                    '/guide/README.md',
                    '/guide/getting-started.md',
                  ],
                },
                sidebarDepth: 2,
              }),
            })
            -- content/docs/.vuepress/public/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/docs/README.md --
            ---
            home: true
            actions:
              - text: Get Started
                link: /guide/getting-started.html
                type: primary
              - text: Introduction
                link: /guide/
                type: secondary
            ---
            -- content/docs/guide/README.md --
            # Introduction
            -- content/docs/guide/getting-started.md --
            # Getting started

            ## Install

            ### From npm
            -- content/docs/guide/reference/cli.md --
            # CLI
            -- content/docs/guide/reference/api.md --
            # API
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Document start = Jsoup.parse(site.read("guide/getting-started/index.html"));
    assertEquals("en-US", start.selectFirst("html").attr("lang"));
    assertEquals("../../images/logo.svg", start.selectFirst(".site-logo").attr("src"));
    // (a navbar item written as a page's path is named by the page's title)
    assertEquals(List.of("Guide", "Introduction", "Changelog"), start.select(".header-links a").eachText());
    assertEquals(List.of("./", "../", "https://example.org/changes"), start.select(".header-links a").eachAttr("href"));
    assertEquals(List.of("GitLab"), start.select(".footer-links a").eachText());
    // VuePress 2 shows edit links by default, on GitLab at its own address
    assertEquals("https://gitlab.com/acme/gadgets/-/edit/main/docs/guide/getting-started.md", start.selectFirst(".edit-page a").attr("href"));
    // the sidebar: the group of its own folder first, then the pages; sidebarDepth 2 lists the H3s too
    assertEquals(List.of("Introduction", "Reference", "Getting started"), start.select("nav.sidebar a").eachText());
    assertEquals(List.of("Introduction", "Reference", "CLI", "API", "Getting started"), Jsoup.parse(site.read("guide/reference/cli/index.html")).select("nav.sidebar a").eachText());
    assertEquals(List.of("Install", "From npm"), start.select(".toc-inline a").eachText());
    // the home: titled by the site, its actions as buttons
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Gadgets", home.selectFirst("h1").text());
    assertEquals(List.of("guide/getting-started/", "guide/"), home.select(".doc-body a.md-button").eachAttr("href"));
    assertEquals(1, home.select(".doc-body a.md-button--primary").size());
  }

  @Test
  void valuesMadeByCodeAndThemesByNameAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp.resolve("one"),
            """
            -- content/docs/.vuepress/config.js --
            module.exports = {
              title: require('../../package.json').name,
              theme: 'reco',
              themeConfig: { repo: process.env.REPO, nav: [{ text: 'Guide', link: '/guide/' }] }
            }
            -- content/docs/README.md --
            # Home
            -- content/docs/guide/README.md --
            # Guide
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String config = "content/docs/.vuepress/config.js";
    for (String expected :
        List.of(
            config + ":2:10: warning[config.vuepress]: `title` is made by code (`require('../../package.json').name`), not written as a string: it is not read",
            config + ":3:10: warning[config.vuepress]: the theme `reco` is not run here: its options are read as those of VuePress' default theme",
            config + ":4:24: warning[config.vuepress]: `themeConfig.repo` is made by code (`process.env.REPO`), not written as a string: it is not read")) {
      assertTrue(r.err().contains(expected), expected + "\n" + r.err());
    }
    // the nav is still read as the default theme's
    assertEquals(List.of("Guide"), Jsoup.parse(site.read("index.html")).select(".header-links a").eachText());
    // a theme given by a variable beside themeConfig; the default theme by its name is no other theme
    SiteFixture variable =
        SiteFixture.of(tmp.resolve("two"), "-- content/docs/.vuepress/config.js --\nmodule.exports = { title: 'V', theme: myTheme, themeConfig: {} }\n-- content/docs/README.md --\n# Home\n");
    SiteFixture.Run v = variable.run("build");
    assertEquals(0, v.exit(), v.err());
    assertTrue(v.err().contains(config + ":1:39: warning[config.vuepress]: the theme `myTheme` is not run here"), v.err());
    SiteFixture named =
        SiteFixture.of(tmp.resolve("three"), "-- content/docs/.vuepress/config.js --\nmodule.exports = { title: 'D', theme: '@vuepress/default', themeConfig: {} }\n-- content/docs/README.md --\n# Home\n");
    SiteFixture.Run d = named.run("build");
    assertEquals(0, d.exit(), d.err());
    assertFalse(d.err().contains("warning"), d.err());
  }

  @Test
  void aVuePressProjectAtTheRootHasItsPagesThere() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/.vuepress/config.js --
            module.exports = { title: 'Tools', themeConfig: { sidebar: ['/', '/setup'] } }
            -- content/.vuepress/public/logo.png --
            png
            -- content/README.md --
            # Tools

            See [setup](setup.md) and ![logo](/logo.png).
            -- content/setup.md --
            # Setup
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Tools", home.selectFirst(".site-name").text());
    assertEquals(List.of("setup/"), home.select(".doc-body p a").eachAttr("href"));
    assertEquals("logo.png", home.selectFirst(".doc-body img").attr("src"));
    assertTrue(Files.exists(site.site().resolve("setup/index.html")));
    assertTrue(Files.exists(site.site().resolve("logo.png")));
  }

  @Test
  void aVuePressProjectInTheFolderItsPackageBuildsHasItsPagesThere() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/package.json --
            {"name": "site", "scripts": {"dev": "vuepress dev src", "build": "vuepress build src"}}
            -- content/src/.vuepress/config.js --
            module.exports = { title: 'Boilerplate', themeConfig: { nav: [{ text: 'Guide', link: '/guide/' }] } }
            -- content/src/.vuepress/styles/palette.styl --
            $accentColor = #3eaf7c
            -- content/src/.vuepress/public/icon.png --
            png
            -- content/src/index.md --
            ---
            home: true
            heroImage: /icon.png
            actionText: Quick Start →
            actionLink: /guide/
            ---
            -- content/src/guide/README.md --
            # Guide
            -- content/README.md --
            # The repository
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/src/.vuepress/styles/palette.styl: warning[config.vuepress]: the project's own theme, client code and styles (`.vuepress/styles/`) are not used: their components and styles are not run here"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    Document home = Jsoup.parse(site.read("index.html"));
    assertEquals("Boilerplate", home.selectFirst(".site-name").text());
    assertEquals("icon.png", home.selectFirst(".doc-body img").attr("src"));
    assertEquals(List.of("guide/"), home.select(".doc-body a.md-button").eachAttr("href"));
    assertEquals(List.of("guide/"), home.select(".header-links a").eachAttr("href"));
    assertTrue(Files.exists(site.site().resolve("icon.png")));
    assertFalse(Files.exists(site.site().resolve("src")), "the pages are at the root");
  }

  @Test
  void aBrokenLinkFailsTheBuildAndSaysVuePressWouldNot() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vuepress/config.js --
            module.exports = { title: 'Tools' }
            -- content/docs/README.md --
            # Tools

            See [setup](./setup.md).
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/docs/README.md:3:13: error[link.unresolved]"), r.err());
    assertTrue(r.err().contains("content: warning[config.vuepress]: VuePress builds this project without checking its links: here it is an error"), r.err());
  }

  @Test
  void aConfigInYamlIsNamedAndAVuePressFolderElsewhereIsNotPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vuepress/config.yml --
            title: Widgets
            -- content/docs/.vuepress/public/hero.png --
            png
            -- content/docs/README.md --
            # Widgets
            -- content/docs/guide/README.md --
            # Guide
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/docs/.vuepress/config.yml: warning[config.value]: `config.yml` is a VuePress project's config, which is not read here: its pages are built as Handbook's own, without its title, menus and home page"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
    assertFalse(Files.exists(site.site().resolve("docs/.vuepress")), "nothing of it is published");
    assertFalse(Files.exists(site.site().resolve("hero.png")), "its public files are not at the root either");
    assertTrue(Files.exists(site.site().resolve("docs/guide/index.html")));
  }

  @Test
  void aSidebarOfHeadingsAndAnotherThemeAreNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/docs/.vuepress/config.js --
            import { hopeTheme } from 'vuepress-theme-hope'
            export default {
              title: 'Hope',
              theme: hopeTheme({ sidebar: 'heading', repo: 'https://example.org/x/y' }),
            }
            -- content/docs/README.md --
            # Hope
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String config = "content/docs/.vuepress/config.js";
    assertEquals(
        List.of(
            // (VuePress 2's themes show each page's last change by default)
            config + ": warning[git.history]: `lastUpdated` is set, but the content is not in a git repository: pages show only the days their front matter gives",
            config + ":4:10: warning[config.vuepress]: the theme `hopeTheme` is not run here: its options are read as those of VuePress' default theme",
            config + ":4:31: warning[docs.nav]: the sidebar of a page's own headings (`'heading'`) is not shown: the menu follows the folders, a page's headings are in its table of contents",
            config + ":4:48: warning[config.vuepress]: the edit links of a repository on `example.org` are not made here: pages get no edit links"),
        r.err().lines().filter(l -> l.contains("warning[")).toList());
  }
}
