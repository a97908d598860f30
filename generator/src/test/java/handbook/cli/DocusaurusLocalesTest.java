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
 * A Docusaurus project in several languages ({@code i18n.locales}): the default one at the site's
 * root, each other in its folder, its pages read from their translations where there are some
 * (else from the project's), its words from its translation files, a menu of the languages on
 * every page.
 */
class DocusaurusLocalesTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/docusaurus.config.js --
      export default {
        title: 'Plants',
        url: 'https://plants.example',
        baseUrl: '/',
        i18n: {
          defaultLocale: 'en',
          locales: ['en', 'fr', 'ar'],
          localeConfigs: {fr: {label: 'Français (FR)', htmlLang: 'fr-FR'}, ar: {direction: 'rtl'}},
        },
        presets: [['classic', {docs: {sidebarPath: './sidebars.js'}, blog: false}]],
        themeConfig: {
          navbar: {items: [{type: 'doc', docId: 'intro', label: 'Docs'}, {type: 'localeDropdown', position: 'right'}]},
          footer: {links: [{title: 'More', items: [{label: 'Intro', to: '/docs/intro'}]}], copyright: 'Copyright Plants'},
        },
      };
      -- content/sidebars.js --
      export default {docs: ['intro', {type: 'category', label: 'Guide', items: ['guide/water', 'guide/light']}]};
      -- content/docs/intro.md --
      ---
      title: Introduction
      ---
      Welcome. See [watering](guide/water.md#amounts).
      -- content/docs/guide/water.md --
      ---
      title: Watering
      ---
      Water weekly.

      ## Amounts

      A cup.
      -- content/docs/guide/light.md --
      ---
      title: Light
      ---
      Bright light.
      -- content/i18n/fr/docusaurus-plugin-content-docs/current/intro.md --
      ---
      title: Introduction FR
      ---
      Bienvenue. Voir [l'arrosage](guide/water.md#quantites) et ![la feuille](feuille.png).

      :::note

      À noter.

      :::
      -- content/i18n/fr/docusaurus-plugin-content-docs/current/feuille.png --
      png
      -- content/i18n/fr/docusaurus-plugin-content-docs/current/guide/water.md --
      ---
      title: Arrosage
      ---
      Arroser chaque semaine.

      ## Quantités {#quantites}

      Une tasse.
      -- content/i18n/fr/docusaurus-plugin-content-docs/current/extra.md --
      # Rien
      -- content/i18n/fr/docusaurus-plugin-content-docs/current.json --
      {"sidebar.docs.category.Guide": {"message": "Guide FR", "description": "The label for category Guide in sidebar docs"}}
      -- content/i18n/fr/docusaurus-theme-classic/navbar.json --
      {"item.label.Docs": {"message": "Documentation"}}
      -- content/i18n/fr/docusaurus-theme-classic/footer.json --
      {"link.title.More": {"message": "Plus"}, "link.item.label.Intro": {"message": "Accueil"}, "copyright": {"message": "Droits réservés"}}
      -- content/i18n/fr/code.json --
      {"theme.docs.paginator.next": {"message": "Suivant"}, "theme.admonition.note": {"message": "remarque"}, "theme.docs.paginator.previous": {"message": "{n} avant"}}
      -- content/i18n/de/code.json --
      {}
      """;

  @Test
  void theDocsOfAnotherDocsPluginAreTranslatedToo() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            PROJECT.replace("presets: [['classic',", "plugins: [['@docusaurus/plugin-content-docs', {id: 'community', path: 'community', routeBasePath: 'help'}]],\n  presets: [['classic',")
                + """
                -- content/community/support.md --
                ---
                title: Support
                ---
                Ask us.
                -- content/community/faq.md --
                ---
                title: FAQ
                ---
                Answers.
                -- content/i18n/fr/docusaurus-plugin-content-docs-community/current/support.md --
                ---
                title: Assistance
                ---
                Demandez-nous.
                -- content/i18n/fr/docusaurus-plugin-content-docs-community/current/gone.md --
                # Gone
                """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals("Support", Jsoup.parse(site.read("help/support/index.html")).selectFirst("h1").text());
    // its translations from the folder of its id, the default language's page where there is none
    assertEquals("Assistance", Jsoup.parse(site.read("fr/help/support/index.html")).selectFirst("h1").text());
    assertNull(Jsoup.parse(site.read("fr/help/support/index.html")).selectFirst("p.untranslated"));
    Document faq = Jsoup.parse(site.read("fr/help/faq/index.html"));
    assertEquals("FAQ", faq.selectFirst("h1").text());
    assertEquals("en", faq.selectFirst("html").attr("lang"));
    // a translation of no page of its docs named, as the docs' are; none of its files named as not read
    assertTrue(r.err().contains("content/i18n/fr/docusaurus-plugin-content-docs-community/current/gone.md: warning[source.untranslated]: the `fr` translation of `community/gone.md` is not built"), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.equals("content/i18n/de/code.json: warning[config.docusaurus]: this file of the translations is not read")), r.err());
  }

  @Test
  void eachLanguageIsBuiltInItsFolderFromItsTranslations() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT + "-- content/i18n/ar/docusaurus-plugin-content-docs/current/intro.md --\n---\ntitle: مقدمة\n---\nمرحبا.\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "content/docusaurus.config.js:7:14: warning[config.docusaurus]: the site's own words are in English on the pages of `fr`, `ar`: this site's words are Norwegian (nb) and English",
            "content/i18n/de/code.json: warning[config.docusaurus]: this file of the translations is not read",
            "content/i18n/fr/docusaurus-plugin-content-docs/current/extra.md: warning[source.untranslated]: the `fr` translation of `docs/extra.md` is not built: the project has no such page"),
        r.err().lines().filter(l -> l.contains(": warning[") || l.contains(": error[")).toList());
    assertFalse(Files.exists(site.site().resolve("i18n")), "the translations are read, not published");
    assertFalse(Files.exists(site.site().resolve("fr/docs/extra/index.html")));

    // a translated page: its text, its links in its language, its language said
    Document fr = Jsoup.parse(site.read("fr/docs/intro/index.html"));
    assertEquals("fr-FR", fr.selectFirst("html").attr("lang"));
    assertEquals("Introduction FR", fr.selectFirst("h1").text());
    assertEquals("../guide/water/#quantites", fr.selectFirst("article a[href*=water]").attr("href"));
    assertEquals("../feuille.png", fr.selectFirst("article img").attr("src"), "an image only the translations have is beside the page");
    assertTrue(Files.exists(site.site().resolve("fr/docs/feuille.png")));
    assertEquals("https://plants.example/fr/docs/intro/", fr.selectFirst("link[rel=canonical]").attr("href"));
    // the language menu: the page in each language, its own marked; the same in the head
    assertEquals(List.of("English", "Français (FR)", "العربية"), fr.select(".language-switcher li a").eachText());
    assertEquals(List.of("../../../docs/intro/", "../../../fr/docs/intro/", "../../../ar/docs/intro/"), fr.select(".language-switcher li a").eachAttr("href"));
    assertEquals(List.of("en", "fr-FR", "ar"), fr.select(".language-switcher li a").eachAttr("hreflang"));
    assertEquals("Français (FR)", fr.selectFirst(".language-switcher a[aria-current]").text());
    assertEquals("Language: Français (FR)", fr.selectFirst(".language-switcher summary").text());
    assertEquals(List.of("en", "fr-FR", "ar"), fr.select("head link[rel=alternate][hreflang]").eachAttr("hreflang"));
    // its words: the navbar's, the footer's, the sidebar's, the theme's (one with a placeholder left)
    assertEquals(List.of("Documentation"), fr.select("nav.header-links a").eachText());
    assertEquals("Plus", fr.selectFirst(".site-footer .footer-group-title").text());
    assertEquals(List.of("Accueil"), fr.select(".site-footer .footer-group a").eachText());
    assertEquals("Droits réservés", fr.selectFirst(".site-footer .copyright").text());
    assertTrue(fr.select("nav.sidebar").text().contains("Guide FR"), fr.select("nav.sidebar").html());
    assertEquals("Suivant", fr.selectFirst("a[rel=next] .pager-label").text());
    assertEquals("Remarque", fr.selectFirst(".admonition-title").text(), "Docusaurus' admonition titles are written small");

    // a page not translated: the project's, in the language's site, in the default language and said so
    Document light = Jsoup.parse(site.read("fr/docs/guide/light/index.html"));
    assertEquals("Bright light.", light.selectFirst("article .doc-body p").text());
    assertEquals("en", light.selectFirst("html").attr("lang"));
    assertEquals("This page is not translated yet: it is shown in English.", light.selectFirst("main p.untranslated").text());
    assertNull(fr.selectFirst("p.untranslated"));
    assertEquals("Previous", light.selectFirst("a[rel=prev] .pager-label").text(), "a message with a placeholder is not the site's word");
    assertEquals("Arrosage", light.selectFirst("a[rel=prev] .pager-title").text(), "the translation's title");

    // a language written from right to left
    Document ar = Jsoup.parse(site.read("ar/docs/intro/index.html"));
    assertEquals("rtl", ar.selectFirst("html").attr("dir"));
    assertEquals("ar", ar.selectFirst("html").attr("lang"));
    assertEquals("مقدمة", ar.selectFirst("h1").text());

    // the default language at the root, in its words, with the menu
    Document en = Jsoup.parse(site.read("docs/intro/index.html"));
    assertEquals("en", en.selectFirst("html").attr("lang"));
    assertFalse(en.selectFirst("html").hasAttr("dir"));
    assertEquals("English", en.selectFirst(".language-switcher a[aria-current]").text());
    assertEquals(List.of("../../docs/intro/", "../../fr/docs/intro/", "../../ar/docs/intro/"), en.select(".language-switcher li a").eachAttr("href"));
    assertEquals(List.of("Docs"), en.select("nav.header-links a").eachText());
    assertEquals("Next", en.selectFirst("a[rel=next] .pager-label").text());

    // each language's search and sitemap
    assertTrue(site.read("fr/search-index.json").contains("Bienvenue"));
    assertFalse(site.read("search-index.json").contains("Bienvenue"));
    assertTrue(site.read("fr/sitemap.xml").contains("<loc>https://plants.example/fr/docs/intro/</loc>"));
    assertTrue(Files.exists(site.site().resolve("fr/404.html")));
    // the theme's files of a language: the default one's, linked (one file on disk)
    String css = fr.selectFirst("link[rel=stylesheet]").attr("href").replace("../../", "");
    assertTrue(Files.isSameFile(site.site().resolve("fr/" + css), site.site().resolve(css)), css);
  }

  /** A locale that could name no folder is refused; one named twice is built once; a file of the default language in a language's folder is named. */
  @Test
  void aLocaleThatIsNoLanguageCodeIsRefusedAndAFolderTakenIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            PROJECT.replace("locales: ['en', 'fr', 'ar'],", "locales: ['en', '../up', 'fr', 'fr', lang],").replace("-- content/sidebars.js --", "-- content/static/fr/index.html --\n<p>mine</p>\n-- content/sidebars.js --"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/docusaurus.config.js:7:21: warning[config.docusaurus]: a locale that is no language code is not built"), r.err());
    assertTrue(r.err().contains("content/docusaurus.config.js:7:42: warning[config.docusaurus]: a locale that is no language code is not built"), r.err());
    assertTrue(r.err().contains("content/static/fr/index.html: warning[config.docusaurus]: this is published in `fr/`, the folder of the `fr` pages: they take its place"), r.err());
    assertFalse(Files.exists(tmp.resolve("up")) || Files.exists(site.site().resolve("../up")), "no folder outside the site");
    Document fr = Jsoup.parse(site.read("fr/index.html"));
    assertEquals(List.of("English", "Français (FR)"), fr.select(".language-switcher li a").eachText());
  }

  /** Docusaurus' versions and languages together: the versions are built, in the default language, and the translations named. */
  @Test
  void aVersionedProjectIsBuiltInItsDefaultLanguage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            PROJECT + "-- content/versions.json --\n[\"1.0\"]\n-- content/versioned_docs/version-1.0/intro.md --\n# Intro 1.0\n-- content/versioned_sidebars/version-1.0-sidebars.json --\n{\"docs\": [\"intro\"]}\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/docusaurus.config.js: warning[config.docusaurus]: the translations of a versioned project are not built here: the site is built in its default language `en`"), r.err());
    assertTrue(Files.exists(site.site().resolve("1.0/docs/intro/index.html")));
    assertFalse(Files.exists(site.site().resolve("fr")));
    assertFalse(site.read("1.0/docs/intro/index.html").contains("language-switcher"));
  }

  /** A blog in two languages: its posts' translations, and its title from the language's {@code options.json}. */
  @Test
  void aBlogIsTranslatedWithItsTitle() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            PROJECT.replace("blog: false", "blog: {blogTitle: 'News'}")
                + "-- content/blog/2024-01-02-hello.md --\n---\ntitle: Hello\n---\nFirst post.\n"
                + "-- content/i18n/fr/docusaurus-plugin-content-blog/2024-01-02-hello.md --\n---\ntitle: Bonjour\n---\nPremier billet.\n"
                + "-- content/i18n/fr/docusaurus-plugin-content-blog/options.json --\n{\"title\": {\"message\": \"Nouvelles\"}, \"description\": {\"message\": \"Le blog\"}}\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("i18n/fr/docusaurus-plugin-content-blog/options.json"), "the blog's words are read: " + r.err());
    assertEquals("Nouvelles · Plants", Jsoup.parse(site.read("fr/blog/index.html")).title());
    assertEquals("News · Plants", Jsoup.parse(site.read("blog/index.html")).title());
    assertEquals(List.of("Bonjour"), Jsoup.parse(site.read("fr/blog/index.html")).select(".blog-post-title a").eachText());
    assertFalse(Files.exists(site.site().resolve("fr/blog/options.json")), "the words are read, not published");
  }
}
