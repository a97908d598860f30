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
 * An MkDocs project in several languages by the i18n plugin (mkdocs-static-i18n): each page's
 * translation named by its suffix ({@code index.fr.md}), the default language at the site's root,
 * each other one in its folder, a page without a translation the default language's there.
 */
class MkDocsI18nTest {
  @TempDir Path tmp;

  static final String PROJECT =
      """
      -- content/mkdocs.yml --
      site_name: Plants
      site_url: https://plants.example/
      theme:
        name: material
      nav:
        - Home: index.md
        - Guide:
          - guide/water.md
          - guide/light.md
      plugins:
        - search
        - i18n:
            docs_structure: suffix
            languages:
              - locale: en
                default: true
                name: English
              - locale: fr
                name: Français
                site_name: Plantes
                nav_translations:
                  Guide: Guide FR
              - locale: de
                build: false
      -- content/docs/index.md --
      # Home

      Welcome. See [water](guide/water.md#amounts).
      -- content/docs/index.fr.md --
      # Accueil

      Bienvenue. Voir [l'arrosage](guide/water.md#quantites).
      -- content/docs/guide/water.md --
      # Watering

      ## Amounts
      -- content/docs/guide/water.fr.md --
      # Arrosage

      ## Quantités {#quantites}
      -- content/docs/guide/light.md --
      # Light

      Bright. ![leaf](leaf.png)
      -- content/docs/guide/leaf.png --
      png
      -- content/docs/guide/leaf.fr.png --
      png fr
      """;

  @Test
  void eachLanguageIsBuiltFromThePagesItsSuffixNames() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, PROJECT);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of(), r.err().lines().filter(l -> l.contains(": warning[") || l.contains(": error[")).toList());
    // the default language: its pages, none of another language's
    assertFalse(Files.exists(site.site().resolve("index.fr")));
    assertFalse(Files.exists(site.site().resolve("guide/water.fr")));
    assertEquals("png\n", site.read("guide/leaf.png"));
    Document en = Jsoup.parse(site.read("guide/water/index.html"));
    assertEquals("en", en.selectFirst("html").attr("lang"));
    assertEquals(List.of("../../guide/water/", "../../fr/guide/water/"), en.select(".language-switcher li a").eachAttr("href"));
    // French: its translations, its site's name and nav titles, the default language's page where it has none
    Document fr = Jsoup.parse(site.read("fr/index.html"));
    assertEquals("fr", fr.selectFirst("html").attr("lang"));
    assertEquals("Accueil", fr.selectFirst("h1").ownText());
    assertEquals("guide/water/#quantites", fr.selectFirst("article a[href*=water]").attr("href"));
    assertEquals("Plantes", fr.selectFirst(".site-name").text());
    assertEquals(List.of("English", "Français"), fr.select(".language-switcher li a").eachText(), "a language of build: false is not built");
    assertFalse(Files.exists(site.site().resolve("de")));
    Document light = Jsoup.parse(site.read("fr/guide/light/index.html"));
    assertEquals("Light", light.selectFirst("h1").ownText());
    // (the default language's page, where the language has no translation of it: in its language, said so)
    assertEquals("en", light.selectFirst("html").attr("lang"));
    assertEquals("This page is not translated yet: it is shown in English.", light.selectFirst("main p.untranslated").text());
    assertEquals(null, fr.selectFirst("p.untranslated"));
    assertTrue(light.select("nav.sidebar, nav.tabs").text().contains("Guide FR"), light.select("nav.sidebar").html());
    assertEquals("png fr\n", site.read("fr/guide/leaf.png"), "a file's translation by its suffix");
    assertTrue(site.read("fr/sitemap.xml").contains("<loc>https://plants.example/fr/guide/light/</loc>"));
  }

  @Test
  void withoutFallbackALanguageHasItsTranslationsAloneAndWhatIsNotFollowedIsNamed() throws Exception {
    SiteFixture site =
        SiteFixture.of(tmp, PROJECT.replace("      docs_structure: suffix\n", "      docs_structure: suffix\n      fallback_to_default: false\n").replace("          site_name: Plantes\n", "          site_name: Plantes\n          nav: [index.md]\n"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/mkdocs.yml:22:11: warning[config.mkdocs]: `nav` of the `fr` language of the i18n plugin is not followed: its pages are in the site's nav, by their own titles"), r.err());
    // (as MkDocs names a page of the nav it has not)
    assertTrue(r.err().contains("fr:content/mkdocs.yml:9:7: warning[docs.nav]: `guide/light.md` in the nav names no page in `docs/`"), r.err());
    assertTrue(Files.exists(site.site().resolve("fr/guide/water/index.html")));
    assertFalse(Files.exists(site.site().resolve("fr/guide/light/index.html")), "no translation, no fallback");
    assertEquals(List.of("../../guide/light/", "../../fr/"), Jsoup.parse(site.read("guide/light/index.html")).select(".language-switcher li a").eachAttr("href"));

    SiteFixture folders = SiteFixture.of(tmp.resolve("folders"), PROJECT.replace("docs_structure: suffix", "docs_structure: folder"));
    SiteFixture.Run f = folders.run("build");
    // (its pages all the default language's: the French one's link fails there)
    assertEquals(1, f.exit(), f.err());
    assertTrue(f.err().contains("content/mkdocs.yml:13:23: warning[config.mkdocs]: the i18n plugin's `docs_structure: folder` is not followed: the site is built in one language, of the docs folder's pages"), f.err());
    assertTrue(f.err().contains("content/docs/index.fr.md:3:30: error[link.anchor]"), f.err());
  }
}
