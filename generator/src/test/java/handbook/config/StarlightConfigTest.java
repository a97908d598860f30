package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an Astro Starlight config gives the site ({@link StarlightConfig}), read from its literals. */
class StarlightConfigTest {
  private final Diagnostics diags = new Diagnostics();

  private StarlightConfig read(String options, String astro) {
    String text = "import starlight from '@astrojs/starlight';\nexport default defineConfig({" + astro + "\n  integrations: [starlight({\n" + options + "\n  })],\n});\n";
    return StarlightConfig.read(text, "astro.config.mjs", Set.of("public/favicon.svg", "src/assets/logo.svg"), null, diags);
  }

  private boolean warned(String message) {
    return warnings().stream().anyMatch(w -> w.contains(": warning[config.starlight]: " + message));
  }

  private List<String> warnings() {
    return diags.sorted().stream().map(Diagnostic::headline).toList();
  }

  @Test
  void itsOlderFormsAndOtherLocalesAreRead() {
    StarlightConfig c =
        read(
            """
            title: { en: 'Widgets', fr: 'Bidules' },
            social: { github: 'https://github.com/x/widgets', discord: 'https://discord.gg/x' },
            tableOfContents: false,
            lastUpdated: true,
            defaultLocale: 'en',
            locales: { en: { label: 'English' }, 'pt-br': { label: 'Português', lang: 'pt-BR' } },
            """,
            "");
    assertEquals("Widgets", c.title());
    assertEquals(List.of("GitHub", "Discord"), c.social().stream().map(SiteLink::title).toList());
    assertEquals(handbook.content.Mount.Toc.NONE, c.toc());
    assertTrue(c.lastUpdated());
    // the default locale's language, its key where it gives no lang; each other one in its folder, its pages in its lang
    assertEquals("en", c.language());
    assertEquals(
        List.of(new SiteLocale("en", "", "English", "en", false, "src/content/docs/en/"), new SiteLocale("pt-br", "pt-br/", "Português", "pt-BR", false, "src/content/docs/pt-br/")), c.locales());
    // the favicon Starlight has by default, where public/ holds it
    assertEquals("public/favicon.svg", c.favicon());
  }

  @Test
  void valuesThatNameNoFileOrAreNotWrittenOutAreNamed() {
    StarlightConfig c =
        read(
            """
            title: pkg.name,
            logo: { src: './src/assets/gone.svg' },
            favicon: '/gone.ico',
            editLink: { baseUrl: 'not an address' },
            tableOfContents: { minHeadingLevel: 4, maxHeadingLevel: 2 },
            """,
            "\n  redirects: { '/blog/[slug]': '/posts/[slug]', '/old': { status: 302, destination: '/new/' } },");
    assertNull(c.title());
    assertNull(c.logo());
    assertEquals("public/favicon.svg", c.favicon(), "the default icon stands in");
    assertNull(c.editUrl());
    assertEquals(handbook.content.Mount.Toc.DEFAULT, c.toc());
    assertEquals(List.of("/old -> /new/"), c.redirects().stream().map(r -> r.from() + " -> " + r.to()).toList());
    List<String> w = warnings();
    for (String expected :
        List.of(
            "`title` is made by code (`pkg.name`), not written as a string: it is not read",
            "the logo names no file of the project: `./src/assets/gone.svg`: the site's title is shown",
            "the favicon names no file of `public/`: `/gone.ico`: the theme's icon is shown",
            "`editLink.baseUrl` is not an http(s) address written as a string: pages get no edit links",
            "`tableOfContents` is `false` or `{minHeadingLevel, maxHeadingLevel}` of 2 to 6: pages show their H2s and H3s",
            "the redirect from `/blog/[slug]` is not made: a redirect with parameters (`[slug]`) is not made here")) {
      assertTrue(w.stream().anyMatch(h -> h.contains(expected)), expected + "\n" + w);
    }
  }

  @Test
  void aRootLocaleIsTheDefaultLanguageAndEachOtherOneIsBuiltInItsFolder() {
    String options =
        """
            title: { en: 'Widgets', fr: 'Bidules', 'zh-CN': '小部件' },
            locales: {
              root: { label: 'English', lang: 'en' },
              fr: { label: 'Français' },
              ar: { label: 'العربية', dir: 'rtl' },
              'zh-cn': { lang: 'zh-CN' },
              '../up': { label: 'Up' },
              xx_1: { lang: '1' },
            },
            """;
    StarlightConfig c = read(options, "");
    assertEquals(
        List.of(
            new SiteLocale("en", "", "English", "en", false, ""), new SiteLocale("fr", "fr/", "Français", "fr", false, "src/content/docs/fr/"),
            new SiteLocale("ar", "ar/", "العربية", "ar", true, "src/content/docs/ar/"), new SiteLocale("zh-cn", "zh-cn/", SiteLocale.nameOf("zh-CN"), "zh-CN", false, "src/content/docs/zh-cn/")),
        c.locales());
    assertEquals("Widgets", c.title());
    // a locale that names no folder, or no language, is named; so are the languages whose words are English
    assertTrue(warned("the locale `../up` is not built: its key is no folder's name"), warnings().toString());
    assertTrue(warned("the locale `xx_1` is not built: its `lang` (or key) is no language's code"), warnings().toString());
    assertTrue(warned("the site's own words are in English on the pages of `fr`, `ar`, `zh-cn`:"), warnings().toString());
    // built in a language: its title, by its tag; its messages told once, by the default language's build
    Diagnostics inFrench = new Diagnostics();
    String text = "import starlight from '@astrojs/starlight';\nexport default defineConfig({\n  integrations: [starlight({\n" + options + "\n  })],\n});\n";
    assertEquals("Bidules", StarlightConfig.read(text, "astro.config.mjs", Set.of(), c.locales().get(1), inFrench).title());
    assertEquals("小部件", StarlightConfig.read(text, "astro.config.mjs", Set.of(), c.locales().get(3), inFrench).title());
    assertTrue(inFrench.sorted().stream().noneMatch(d -> d.headline().contains("English")), inFrench.sorted().toString());
    // the languages as the build reads them to show each one's pages
    assertEquals(c.locales(), StarlightConfig.languages(text));
  }

  @Test
  void aDefaultLocaleOfNoLocaleLeavesTheRootsTheDefault() {
    StarlightConfig c = read("defaultLocale: 'de',\nlocales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français' } },", "");
    assertEquals(List.of("en", "fr"), c.locales().stream().map(SiteLocale::code).toList());
    assertTrue(warned("`defaultLocale` names no locale of `locales`: the root's is the default"), warnings().toString());
  }

  @Test
  void aLanguagesWordsAreTheKeysTheSiteHasTooWithoutPlaceholders() {
    assertEquals(
        java.util.Map.of("toc", "Sur cette page", "next", "Suivant", "admonition.tip", "Astuce"),
        StarlightConfig.words("{\"tableOfContents.onThisPage\": \"Sur cette page\", \"page.nextLink\": \"Suivant\", \"aside.tip\": \"Astuce\", \"heading.anchorLabel\": \"Section {{title}}\", \"unknown.key\": \"x\"}", "fr.json", diags));
    assertEquals(java.util.Map.of(), StarlightConfig.words("[1, 2]", "src/content/i18n/fr.json", diags));
    assertTrue(warned("the words are not read: the file is no JSON object of words"), warnings().toString());
    assertEquals("src/content/i18n/zh-CN.json", StarlightConfig.wordsFile(List.of("src/content/i18n/fr.json", "src/content/i18n/zh-CN.json"), "zh-cn"));
  }

  @Test
  void withoutADefaultLocaleTheLocalesAreFoldersOfOneSite() {
    StarlightConfig c = read("locales: { en: { label: 'English' }, fr: { label: 'Français' } },\ndefaultLocale: 'de',", "");
    assertEquals(List.of(), c.locales());
    assertTrue(warned("`defaultLocale` names no locale of `locales`: the site is built in one language"), warnings().toString());
    assertTrue(warned("the locales are built as folders of one site, with its menus and words: no default locale is given"), warnings().toString());
  }

  @Test
  void aConfigWithoutStarlightsOptionsIsNamed() {
    StarlightConfig c = StarlightConfig.read("export default defineConfig({ integrations: [starlight(options)] });\n", "astro.config.mjs", Set.of(), null, diags);
    assertNull(c.title());
    assertTrue(warnings().get(0).contains("no `starlight({...})` is found written out"), warnings().toString());
  }
}
