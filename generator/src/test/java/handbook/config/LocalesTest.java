package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The languages of VitePress' and VuePress' {@code locales}, read by one reader. */
class LocalesTest {
  @Test
  void vitePressLocalesAreTheRootsThenEachFoldersOnce() {
    List<SiteLocale> l =
        VitePressConfig.languages(
            """
            export default defineConfig({
              lang: 'nb-NO',
              locales: {
                root: { label: 'Norsk' },
                fr: { label: 'Français', lang: 'fr' },
                '/de/': { lang: 'de-DE' },
                he: { label: 'עברית', lang: 'he', dir: 'rtl' },
                '../up': { label: 'Up' },
                xx: { lang: 'no language' },
                'fr/': { label: 'Again' },
              },
            })
            """,
            "docs/");
    assertEquals(
        List.of(
            new SiteLocale("nb-no", "", "Norsk", "nb-NO", false, ""),
            new SiteLocale("fr", "fr/", "Français", "fr", false, "docs/fr/"),
            new SiteLocale("de", "de/", SiteLocale.nameOf("de-DE"), "de-DE", false, "docs/de/"),
            new SiteLocale("he", "he/", "עברית", "he", true, "docs/he/")),
        l);
  }

  @Test
  void vuePressLocalesAreNamedByTheirThemes() {
    List<SiteLocale> l =
        VuePressConfig.languages(
            """
            export default {
              locales: { '/': { lang: 'en-US' }, '/zh/': { lang: 'zh-CN' } },
              themeConfig: { locales: { '/': { selectText: 'Languages', label: 'English' }, '/zh/': { label: '简体中文' } } },
            }
            """,
            "docs/");
    assertEquals(List.of(new SiteLocale("en-us", "", "English", "en-US", false, ""), new SiteLocale("zh", "zh/", "简体中文", "zh-CN", false, "docs/zh/")), l);
    // one language: none
    assertEquals(List.of(), VuePressConfig.languages("export default { locales: { '/': { lang: 'en-US' } } }", "docs/"));
  }
}
