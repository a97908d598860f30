package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Another tool's language code: the pages' language tag, and the language of the site's own words. */
class LanguagesTest {
  @Test
  void aCodeIsATagAsPagesSayIt() {
    assertEquals("zh-CN", Languages.tag("zh_cn"));
    assertEquals("zh-Hant-TW", Languages.tag(" zh-hant-tw "));
    assertEquals("nb-NO", Languages.tag("nb-NO"));
    assertEquals("de", Languages.tag("DE"));
    assertEquals("es-419", Languages.tag("es-419"));
    assertNull(Languages.tag("Deutsch"));
    assertNull(Languages.tag("en us"));
    assertNull(Languages.tag("{{ lang }}"));
  }

  @Test
  void theSitesOwnWordsAreNorwegianOrEnglish() {
    assertEquals("nb", Languages.words("nn-NO"));
    assertEquals("nb", Languages.words("no"));
    assertEquals("en", Languages.words("en-GB"));
    assertEquals("en", Languages.words("zh-CN"));
  }

  @Test
  void aPageIsInTheLanguageOfTheDeepestFolderThatHasOne() {
    PageLanguages l = new PageLanguages("zh-CN", java.util.Map.of("docs/en/", "en-US", "docs/en/uk/", "en-GB"));
    assertEquals("zh-CN", l.of("docs/index.md", "en"));
    assertEquals("en-US", l.of("docs/en/index.md", "en"));
    assertEquals("en-GB", l.of("docs/en/uk/tea.md", "en"));
    assertEquals("zh-CN", l.of("docs/english.md", "en"));
    assertEquals("en", new PageLanguages(null, java.util.Map.of("docs/fr/", "fr")).of("docs/a.md", "en"));
    assertNull(new PageLanguages("de", java.util.Map.of()).withoutTag());
  }

  @Test
  void aLanguageWhoseWordsTheSiteHasNotIsNamed() {
    Diagnostics diags = new Diagnostics();
    Span at = Span.at("mkdocs.yml", 3, 13);
    assertEquals("de-DE", Languages.site("de_DE", "the theme's language", at, "config.mkdocs", diags));
    assertEquals("nn", Languages.site("nn", "the theme's language", at, "config.mkdocs", diags));
    assertEquals("en", Languages.site("English", "the theme's language", at, "config.mkdocs", diags));
    assertEquals("en", Languages.site(" ", "the theme's language", at, "config.mkdocs", diags));
    assertEquals(
        List.of("the theme's language `English` is not one of this site's (nb, en): its own words are in English", "the theme's language `de_DE` is not one of this site's (nb, en): its own words are in English"),
        diags.sorted().stream().map(d -> d.message()).sorted().toList());
  }
}
