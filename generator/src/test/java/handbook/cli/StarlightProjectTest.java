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
 * A content folder that is an Astro Starlight project ({@code astro.config.mjs} with
 * {@code starlight({...})}): its pages ({@code src/content/docs/}) and {@code public/} are at the
 * site's root, its config names the site and gives its menu, its components are read as the
 * Markdown they stand for, and what is not built here is named.
 */
class StarlightProjectTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/package.json --
      {"name": "widgets", "type": "module", "scripts": {"build": "astro build"}}
      -- content/astro.config.mjs --
      // @ts-check
      import { defineConfig } from 'astro/config';
      import starlight from '@astrojs/starlight';

      export default defineConfig({
        site: 'https://widgets.example.org',
        base: '/docs',
        redirects: { '/start': '/guides/example/' },
        integrations: [
          starlight({
            title: 'Widgets',
            description: 'Widgets for everyone',
            logo: { src: './src/assets/logo.svg' },
            social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/x/widgets' }],
            editLink: { baseUrl: 'https://github.com/x/widgets/edit/main/' },
            lastUpdated: false,
            tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 4 },
            locales: { root: { label: 'Norsk', lang: 'nb' } },
            sidebar: [
              { label: 'Guides', items: [{ label: 'Setting up', slug: 'guides/set-up' }, 'guides/example'] },
              { label: 'Reference', autogenerate: { directory: 'reference' } },
            ],
          }),
        ],
      });
      -- content/src/content.config.ts --
      import { defineCollection } from 'astro:content';
      import { docsLoader } from '@astrojs/starlight/loaders';
      import { docsSchema } from '@astrojs/starlight/schema';
      export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
      -- content/src/assets/logo.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/src/assets/diagram.png --
      png
      -- content/src/styles/custom.css --
      :root {}
      -- content/src/content/docs/index.md --
      ---
      title: Widgets
      ---
      Start with [the guide](/guides/example/), [again](/docs/guides/example/) (with Astro's base, as Starlight has it written).
      -- content/src/content/docs/guides/example.md --
      ---
      title: Example Guide
      description: A guide.
      ---
      See [the set-up](/guides/set-up/#options), [the reference](../../reference/zebra/) and [a file](/files/a.txt).

      ![Diagram](../../../assets/diagram.png)

      :::tip[Did you know?]
      Asides have titles.
      :::

      ## Install

      ### From npm

      #### Deeper

      ```js title="a.js" {1} ins={2} del={3}
      a();
      b();
      c();
      d();
      ```
      -- content/src/content/docs/guides/Set Up.md --
      ---
      title: Set-up
      ---
      ## Options
      -- content/src/content/docs/guides/hidden.md --
      ---
      title: Hidden
      sidebar:
        hidden: true
      ---
      Not in the menu.
      -- content/src/content/docs/guides/_partial.md --
      A partial, imported by pages: no page.
      -- content/src/content/docs/reference/alpha.md --
      ---
      title: Alpha
      ---
      The first by name.
      -- content/src/content/docs/reference/zebra.md --
      ---
      title: Zebra
      sidebar:
        label: Z
        order: 1
      ---
      The first by its order.
      -- content/public/favicon.svg --
      <svg xmlns="http://www.w3.org/2000/svg"/>
      -- content/public/files/a.txt --
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
    for (String f : List.of("index.html", "guides/example/index.html", "guides/set-up/index.html", "guides/hidden/index.html", "reference/zebra/index.html", "favicon.svg", "files/a.txt", "src/assets/diagram.png")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    // its config, its code and styles, its public/ folder, partials and the repository's README are not published as such
    for (String f : List.of("astro.config.mjs", "public", "src/content", "src/styles", "src/content.config.ts", "guides/_partial", "guides/Set Up", "README", "README.md", "docs")) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    Document guide = Jsoup.parse(site.read("guides/example/index.html"));
    assertEquals("nb", guide.selectFirst("html").attr("lang"));
    assertEquals("Widgets", guide.selectFirst(".site-name").text());
    // site-root links and links from the page's address name pages; a file of src/ beside the page's file
    assertEquals(List.of("../set-up/#options", "../../reference/zebra/", "../../files/a.txt"), guide.select(".doc-body p a").eachAttr("href"));
    assertEquals("../../src/assets/diagram.png", guide.selectFirst(".doc-body img").attr("src"));
    assertEquals("Did you know?", guide.selectFirst(".admonition.tip .admonition-title").text());
    // Expressive Code's lines marked, inserted and deleted: highlighted
    assertEquals("a.js", guide.selectFirst("pre").attr("data-title"));
    assertEquals(List.of("hl", "hl", "hl"), guide.select("pre .code-gutter > span").eachAttr("class"));
    // the table of contents' levels: H2 to H4
    assertEquals(List.of("Install", "From npm", "Deeper"), guide.select(".toc-inline a").eachText());
    assertEquals(List.of("GitHub"), guide.select(".footer-links a").eachText());
    assertEquals("https://github.com/x/widgets/edit/main/src/content/docs/guides/example.md", guide.selectFirst(".edit-page a").attr("href"));
    assertEquals("../../src/assets/logo.svg", guide.selectFirst(".site-logo").attr("src"));
    assertEquals("../../favicon.svg", guide.selectFirst("link[rel=icon]").attr("href"));
    // the sidebar: its groups title their folders, its items' order and labels; an autogenerated
    // folder's pages by their sidebar.order, then by name; a hidden page is not there
    assertEquals(List.of("Guides", "Setting up", "Example Guide", "Reference"), guide.select("nav.sidebar a").eachText());
    Document reference = Jsoup.parse(site.read("reference/index.html"));
    assertEquals(List.of("Z", "Alpha"), reference.select("nav.sidebar li.nav-section li a").eachText());
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("https://widgets.example.org/docs/guides/set-up/"), sitemap);
    assertEquals(List.of("guides/example/", "guides/example/"), Jsoup.parse(site.read("index.html")).select(".doc-body p a").eachAttr("href"));
    // Astro's redirects
    assertTrue(site.read("start/index.html").contains("url=../guides/example/"), site.read("start/index.html"));
  }

  @Test
  void itsComponentsAreReadAsTheMarkdownTheyStandFor() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            PROJECT
                + """
                -- content/src/content/docs/guides/components.mdx --
                ---
                title: Components
                ---
                import { Aside, Card, CardGrid, Steps, LinkCard, LinkButton, Badge, FileTree, Tabs, TabItem } from '@astrojs/starlight/components';

                <Aside type="caution" title="Watch out">
                	Some **bold** text.
                </Aside>

                <CardGrid stagger>
                	<Card title="Update content" icon="pencil">
                		Edit `index.mdx`.
                	</Card>
                </CardGrid>

                <Steps>

                1. First
                2. Second

                </Steps>

                <LinkCard
                  title="The guide"
                  href="/guides/example/"
                  description="Read it first."
                />

                <LinkButton href="/reference/zebra/" variant="secondary">Reference</LinkButton>

                New <Badge text="Beta" variant="caution" />

                <FileTree>
                - src/
                  - content/
                </FileTree>

                <Tabs>
                  <TabItem label="npm">
                    npm install
                  </TabItem>
                  <TabItem label="pnpm">
                    pnpm add
                  </TabItem>
                </Tabs>
                """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    Document page = Jsoup.parse(site.read("guides/components/index.html"));
    org.jsoup.nodes.Element body = page.selectFirst(".doc-body");
    assertEquals("Watch out", body.selectFirst(".admonition.warning .admonition-title").text());
    assertEquals("bold", body.selectFirst(".admonition.warning p strong").text());
    // a card: its title in bold, its text read as Markdown (not indented code)
    org.jsoup.nodes.Element card = body.selectFirst("> p:has(strong:containsOwn(Update content))");
    assertEquals("Update content Edit index.mdx.", card.text());
    assertEquals("index.mdx", card.selectFirst("code").text());
    assertTrue(body.select("pre").isEmpty(), body.html());
    assertEquals(List.of("First", "Second"), body.select("ol > li").eachText());
    assertEquals("../example/", body.selectFirst("strong > a").attr("href"));
    assertEquals("The guide: Read it first.", body.selectFirst("strong > a").parent().parent().text());
    assertEquals("../../reference/zebra/", body.selectFirst("a.md-button").attr("href"));
    assertFalse(body.selectFirst("a.md-button").hasClass("md-button--primary"));
    assertEquals("Beta", body.selectFirst(".badge.badge-warning").attr("data-text"));
    assertEquals(List.of("src/ content/", "content/"), body.select("ul li").eachText());
    assertEquals(List.of("npm", "pnpm"), body.select(".tabbed-labels label").eachText());
    // no tag is left as text
    assertFalse(body.html().contains("&lt;") || body.html().contains("<card") || body.html().contains("<steps"), body.html());
  }

  @Test
  void aLinkCardToNoPageFailsTheBuildAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            PROJECT
                + """
                -- content/src/content/docs/guides/cards.mdx --
                ---
                title: Cards
                ---
                import { LinkCard, Icon } from '@astrojs/starlight/components';

                <LinkCard
                  title="Gone"
                  href="/guides/gone/"
                />

                <Icon name="star" />
                """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit(), r.err());
    // (at its address, where it is written)
    assertTrue(r.err().contains("content/src/content/docs/guides/cards.mdx:8:9: error[link.unresolved]: no page or file `/guides/gone/`"), r.err());
    // a component not read here is named, and so is the import that brings it
    assertTrue(r.err().contains("content/src/content/docs/guides/cards.mdx:4:1: warning[markdown.marker]: `import { LinkCard, Icon }"), r.err());
    assertTrue(r.err().contains("(1 more marker of another tool, on line 11)"), r.err());
  }

  @Test
  void itsHeroAndSplashPagesAndFrontMatter() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            PROJECT.replace(
                    """
                    -- content/src/content/docs/index.md --
                    ---
                    title: Widgets
                    ---
                    """,
                    """
                    -- content/src/content/docs/index.md --
                    ---
                    title: Widgets
                    template: splash
                    hero:
                      tagline: Widgets for everyone.
                      image:
                        file: ../../assets/logo.svg
                        alt: The logo
                      actions:
                        - text: Get started
                          link: /guides/example/
                          icon: right-arrow
                        - text: GitHub
                          link: https://github.com/x/widgets
                          variant: minimal
                    ---
                    """)
                .replace("title: Alpha\n", "title: Alpha\nprev:\n  label: Back\n")
                + """
                -- content/src/content/docs/guides/own.md --
                ---
                title: Own
                slug: elsewhere/own
                tableOfContents: false
                editUrl: false
                pagefind: false
                banner:
                  content: New!
                ---
                ## A heading
                -- content/src/content/docs/guides/draft.md --
                ---
                title: Draft
                draft: true
                ---
                Not published.
                """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/src/content/docs/guides/own.md:8:3: warning[frontmatter.value]: `banner` (Starlight) is a banner over the page, which is not shown here"), r.err());
    Document home = Jsoup.parse(site.read("index.html"));
    org.jsoup.nodes.Element body = home.selectFirst(".doc-body");
    assertEquals("Widgets for everyone.", body.selectFirst("p").text());
    assertEquals("src/assets/logo.svg", body.selectFirst("img").attr("src"));
    assertEquals("The logo", body.selectFirst("img").attr("alt"));
    assertEquals(List.of("guides/example/", "https://github.com/x/widgets"), body.select("a.md-button").eachAttr("href"));
    assertEquals(List.of(true, false), body.select("a.md-button").stream().map(a -> a.hasClass("md-button--primary")).toList());
    // a splash page has no menu and no table of contents
    assertNull(home.selectFirst("nav.sidebar"));
    // a page's own slug, its table of contents, edit link and search turned off, its pager's label
    Document own = Jsoup.parse(site.read("elsewhere/own/index.html"));
    assertNull(own.selectFirst(".toc-inline"));
    assertNull(own.selectFirst(".edit-page"));

    assertFalse(site.read("search-index.json").contains("elsewhere/own/"), "pagefind: false leaves the page out of the search");
    assertFalse(Files.exists(site.site().resolve("guides/own")));
    assertFalse(Files.exists(site.site().resolve("guides/draft")), "a draft is not published");
    // a pager's own label
    assertEquals("Back", Jsoup.parse(site.read("reference/alpha/index.html")).selectFirst("a[rel=prev] .pager-title").text());
  }

  @Test
  void whatIsNotBuiltHereIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/astro.config.mjs --
            import { defineConfig } from 'astro/config';
            import starlight from '@astrojs/starlight';
            import react from '@astrojs/react';

            export default defineConfig({
              redirects: { '/old': '/new' },
              integrations: [
                starlight({
                  title: 'Widgets',
                  customCss: ['./src/styles/custom.css'],
                  plugins: [starlightBlog()],
                  defaultLocale: 'root',
                  locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français' } },
                  sidebar: [
                    { label: 'Start', items: ['intro', 'gone'] },
                  ],
                  unknownOption: true,
                }),
                react(),
              ],
            });
            -- content/src/content/docs/index.md --
            ---
            title: Widgets
            ---
            Home.
            -- content/src/content/docs/intro.md --
            ---
            title: Intro
            ---
            Hello.
            -- content/src/content/docs/guides/tags.mdoc --
            ---
            title: Markdoc
            ---
            {% aside %}x{% /aside %}
            -- content/src/content/docs/fr/index.md --
            ---
            title: Accueil
            ---
            Bonjour.
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String config = "content/astro.config.mjs";
    for (String expected :
        List.of(
            config + ":6:24: warning[config.starlight]: the redirect from `/old` is not made: `/new` is no page of the site",
            config + ":10:18: warning[config.starlight]: the stylesheets of `customCss` are not used",
            config + ":11:16: warning[config.starlight]: Starlight's plugins are not run here",
            config + ":15:44: warning[docs.nav]: the sidebar's item names no page in `src/content/docs/`: `gone`",
            config + ":17:22: warning[config.starlight]: `unknownOption` of Starlight's options is not read here",
            config + ":19:5: warning[config.starlight]: the integration `react` is not run here",
            "content/src/content/docs/guides/tags.mdoc: warning[config.starlight]: a page written in Markdoc is not read here, and not published",
            "= hint: write it in Markdown (tags.md)")) {
      assertTrue(r.err().contains(expected), expected + "\n" + r.err());
    }
    assertFalse(Files.exists(site.site().resolve("guides/tags.mdoc")));
    // a group of the root's pages: its label over them
    assertEquals("Start Intro", Jsoup.parse(site.read("intro/index.html")).selectFirst("nav.sidebar li.nav-group").text());
    assertEquals("en", Jsoup.parse(site.read("index.html")).selectFirst("html").attr("lang"));
    // a locale's folder: its pages in its language
    assertEquals("fr", Jsoup.parse(site.read("fr/index.html")).selectFirst("html").attr("lang"));
    assertFalse(r.err().contains("is no site of its own"), r.err());
  }

  @Test
  void eachLocaleIsASiteOfItsOwnWithTheDefaultLanguagesPagesWhereItHasNone() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/astro.config.mjs --
            import { defineConfig } from 'astro/config';
            import starlight from '@astrojs/starlight';

            export default defineConfig({
              site: 'https://widgets.example.org',
              base: '/docs',
              integrations: [
                starlight({
                  title: { en: 'Widgets', fr: 'Bidules' },
                  defaultLocale: 'root',
                  locales: {
                    root: { label: 'English', lang: 'en' },
                    fr: { label: 'Français' },
                    ar: { label: 'العربية', dir: 'rtl' },
                  },
                  sidebar: [
                    { label: 'Start here', translations: { fr: 'Commencer' }, items: ['intro', { label: 'Setting up', translations: { fr: 'Installer' }, link: '/guides/set-up/' }] },
                    { label: 'Reference', autogenerate: { directory: 'reference' } },
                  ],
                }),
              ],
            });
            -- content/src/content/docs/index.md --
            ---
            title: Widgets
            ---
            Home.
            -- content/src/content/docs/intro.md --
            ---
            title: Intro
            ---
            See [setting up](/docs/guides/set-up/#steps), [in French](/docs/fr/intro/).
            -- content/src/content/docs/guides/set-up.md --
            ---
            title: Setting up
            ---
            ## Steps

            ![Logo](../../../assets/logo.svg) Then the [reference](/docs/reference/api/).
            -- content/src/content/docs/reference/api.md --
            ---
            title: API
            ---
            The API.
            -- content/src/assets/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- content/src/content/docs/fr/intro.md --
            ---
            title: Introduction
            ---
            Voir [installer](/docs/fr/guides/set-up/#étapes) et [l'API](../reference/api/), [en arabe](/docs/ar/reference/api/#x).
            -- content/src/content/docs/fr/guides/set-up.md --
            ---
            title: Installer
            ---
            ## Étapes

            ![Logo](../../../../assets/logo.svg) Puis la [référence](/docs/fr/reference/api/).
            -- content/src/content/docs/ar/intro.md --
            ---
            title: مقدمة
            ---
            مرحبا.
            -- content/src/content/i18n/fr.json --
            {"tableOfContents.onThisPage": "Sur cette page", "page.nextLink": "Suivant", "heading.anchorLabel": "Section « {{title}} »"}
            -- content/src/content/i18n/de.json --
            {"page.nextLink": "Weiter"}
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    // the default language's pages are at the site's root, without the others' folders' pages
    Document home = Jsoup.parse(site.read("intro/index.html"));
    assertEquals("en", home.selectFirst("html").attr("lang"));
    assertEquals("Start here Intro Setting up Reference", home.selectFirst("nav.sidebar").text().replace("Menu ", ""));
    // each other language in its folder: its title, its sidebar's labels, its pages and, where it has none, the default language's
    Document intro = Jsoup.parse(site.read("fr/intro/index.html"));
    assertEquals("fr", intro.selectFirst("html").attr("lang"));
    assertTrue(intro.title().endsWith("Bidules"), intro.title());
    assertEquals("Commencer Introduction Installer Reference", intro.selectFirst("nav.sidebar").text().replace("Menu ", ""));
    // its links with its folder lead to its pages; a link relative to its file too
    // a link to another language's page leads to it there (its anchors are its translation's)
    assertEquals(List.of("../guides/set-up/#étapes", "../reference/api/", "../../ar/reference/api/#x"), intro.select(".doc-body a").eachAttr("href"));
    assertEquals(List.of("../guides/set-up/#steps", "../fr/intro/"), home.select(".doc-body a").eachAttr("href"));
    Document setUp = Jsoup.parse(site.read("fr/guides/set-up/index.html"));
    // its words, where its file of Starlight's words gives them (not one with a placeholder); a file of no language named
    assertEquals("Sur cette page", setUp.selectFirst("nav.toc-inline summary").text());
    assertEquals("On this page", Jsoup.parse(site.read("guides/set-up/index.html")).selectFirst("nav.toc-inline summary").text());
    assertTrue(r.err().contains("content/src/content/i18n/de.json: warning[config.starlight]: these words are not read: the site is built in no language of this name"), r.err());
    assertEquals("Étapes #", setUp.selectFirst("main h2").text());
    assertEquals(List.of("../../reference/api/"), setUp.select(".doc-body p a").eachAttr("href"));
    // its images read beside its file (src/assets/, as the default language's)
    String logo = setUp.selectFirst(".doc-body img").attr("src");
    assertTrue(logo.endsWith("src/assets/logo.svg") && Files.exists(site.site().resolve("fr/guides/set-up/").resolve(logo).normalize()), logo);
    // a page it has not translated: the default language's, in its site, in its language and said so
    Document api = Jsoup.parse(site.read("fr/reference/api/index.html"));
    assertEquals("en", api.selectFirst("html").attr("lang"));
    assertEquals("The API.", api.selectFirst(".doc-body p").text());
    assertEquals("This page is not translated yet: it is shown in English.", api.selectFirst("main p.untranslated").text());
    assertNull(intro.selectFirst("p.untranslated"));
    Document arabic = Jsoup.parse(site.read("ar/intro/index.html"));
    assertEquals("rtl", arabic.selectFirst("html").attr("dir"));
    // (the default language's page in a language written from right to left: from left to right)
    assertEquals("", Jsoup.parse(site.read("ar/reference/api/index.html")).selectFirst("html").attr("dir"));
    // a menu to the page in each language; the languages whose words are English named
    assertEquals(List.of("../../intro/", "../../fr/intro/", "../../ar/intro/"), intro.select("details.language-switcher a").eachAttr("href"));
    assertTrue(r.err().contains("content/astro.config.mjs:11:16: warning[config.starlight]: the site's own words are in English on the pages of `fr`, `ar`"), r.err());
    assertFalse(Files.exists(site.site().resolve("fr/fr")));
    assertFalse(Files.exists(site.site().resolve("ar/fr")));
  }

  @Test
  void aLanguagesLinksToTheDefaultLanguagesPagesLeadToThemAsInStarlight() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/astro.config.mjs --
            import starlight from '@astrojs/starlight';
            export default defineConfig({
              integrations: [starlight({ title: 'Widgets', defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français' } } })],
            });
            -- content/src/content/docs/index.md --
            ---
            title: Widgets
            ---
            See the [start](./guides/start.md) [in French](./fr/guides/start.md#installer).
            -- content/src/content/docs/guides/start.md --
            ---
            title: Start
            ---
            ## Install

            The [reference](/reference/api/).
            -- content/src/content/docs/guides/more.md --
            ---
            title: More
            ---
            The [reference](/reference/api/), the [start](./start.md).
            -- content/src/content/docs/reference/api.md --
            ---
            title: API
            ---
            The API.
            -- content/src/content/docs/fr/guides/start.md --
            ---
            title: Démarrer
            ---
            ## Installer

            [In English](../../guides/start.md#install), [the English API](/reference/api/), [its API](/fr/reference/api/), [from its address](../../reference/api/).
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("guides/start/", "fr/guides/start/#installer"), Jsoup.parse(site.read("index.html")).select(".doc-body p a").eachAttr("href"));
    // (the same page shown in French: into the French folder, its page there)
    assertEquals(List.of("guides/start/", "guides/start/#installer"), Jsoup.parse(site.read("fr/index.html")).select(".doc-body p a").eachAttr("href"));
    // a file of the default language, and a site-root link without the language's folder: the default language's pages;
    // a link relative to the page's address: in its folder, its language's
    assertEquals(
        List.of("../../../guides/start/#install", "../../../reference/api/", "../../reference/api/", "../../reference/api/"),
        Jsoup.parse(site.read("fr/guides/start/index.html")).select(".doc-body p a").eachAttr("href"));
    // (as a page it shows from the default language's links where Starlight's does)
    assertEquals(List.of("../../../reference/api/", "../start/"), Jsoup.parse(site.read("fr/guides/more/index.html")).select(".doc-body p a").eachAttr("href"));
  }

  @Test
  void aDefaultLocaleInItsFolderIsBuiltAtTheSitesRoot() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/astro.config.mjs --
            import starlight from '@astrojs/starlight';
            export default defineConfig({
              integrations: [starlight({ title: 'Widgets', defaultLocale: 'en', locales: { en: { label: 'English' }, 'pt-br': { label: 'Português', lang: 'pt-BR' } } })],
            });
            -- content/src/content/docs/en/index.md --
            ---
            title: Widgets
            ---
            See the [guide](/en/guide/).
            -- content/src/content/docs/en/guide.md --
            ---
            title: Guide
            ---
            The guide.
            -- content/src/content/docs/pt-br/index.md --
            ---
            title: Bugigangas
            ---
            Veja o [guia](/pt-br/guide/) em [inglês](/en/guide/).
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Widgets", Jsoup.parse(site.read("index.html")).selectFirst("main h1").text());
    assertEquals(List.of("guide/"), Jsoup.parse(site.read("index.html")).select(".doc-body a").eachAttr("href"));
    Document pt = Jsoup.parse(site.read("pt-br/index.html"));
    assertEquals("pt-BR", pt.selectFirst("html").attr("lang"));
    assertEquals(List.of("guide/", "../guide/"), pt.select(".doc-body a").eachAttr("href"));
    assertEquals("The guide.", Jsoup.parse(site.read("pt-br/guide/index.html")).selectFirst(".doc-body p").text());
    assertFalse(Files.exists(site.site().resolve("en")));
  }

  @Test
  void anAstroProjectWithoutStarlightIsNoStarlightProject() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/astro.config.mjs --
            import { defineConfig } from 'astro/config';
            export default defineConfig({});
            -- content/src/content/docs/index.md --
            # Not Starlight's
            -- content/docs/index.md --
            # Handbook's own
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("config.starlight"), r.err());
    assertTrue(site.read("docs/index.html").contains("Handbook&#39;s own") || site.read("docs/index.html").contains("Handbook's own"), site.read("docs/index.html"));
  }
}
