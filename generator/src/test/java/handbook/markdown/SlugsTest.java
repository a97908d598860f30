package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void keepsNorwegianLettersAndDropsPunctuation() {
    assertEquals("løsning", Slugs.slugify("Løsning"));
    assertEquals("løsning-på-feil", Slugs.slugify("Løsning på feil"));
    assertEquals("steg-2-kjør-migreringer", Slugs.slugify("Steg 2: Kjør migreringer"));
    assertEquals("pg_dump-og-pg_restore", Slugs.slugify("pg_dump og pg_restore"));
    // as on GitHub, the dropped "&" leaves its two spaces as two dashes
    assertEquals("ærlig-øl--åpent", Slugs.slugify("Ærlig, øl & åpent!"));
    assertEquals("hva-er-503", Slugs.slugify("  Hva er «503»?  "));
  }

  @Test
  void repeatedHeadingsGetNumberedSuffixes() {
    Slugs s = new Slugs();
    assertEquals("eksempel", s.unique("Eksempel"));
    assertEquals("eksempel-1", s.unique("Eksempel"));
    assertEquals("eksempel-2", s.unique("Eksempel"));
    assertEquals("eksempel-1-1", s.unique("Eksempel 1"));
  }

  @Test
  void emptyHeadingGetsAnId() {
    assertEquals("section", new Slugs().unique("?!"));
  }
}
