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

  /** Python-Markdown's toc extension's slugify and unique, which MkDocs' pages' ids are made with by default. */
  @Test
  void pythonMarkdownsIds() {
    Slugs s = new Slugs(Slugs.Style.PYTHON_MARKDOWN);
    assertEquals("install-linux", s.unique("Install - Linux"));
    assertEquals("ubersicht-der-groe", s.unique("Übersicht der Größe"));
    assertEquals("lsning-pa-feil", s.unique("Løsning på feil"));
    assertEquals("pg_dump-og-pg_restore", s.unique("pg_dump og pg_restore"));
    assertEquals("a-b", s.unique("  a  --  b?  "));
    // repeats: _1, and a number after _ counted on
    assertEquals("install-linux_1", s.unique("Install - Linux"));
    assertEquals("install-linux_2", s.unique("Install  Linux"));
    assertEquals("step_1", s.unique("Step_1"));
    assertEquals("step_2", s.unique("Step_1"));
    // nothing left: _1
    assertEquals("_1", s.unique("«»"));
  }

  /** The same with letters beyond ASCII kept, as the toc extension's slugify_unicode makes ids. */
  @Test
  void pythonMarkdownsUnicodeIds() {
    Slugs s = new Slugs(Slugs.Style.PYTHON_UNICODE);
    assertEquals("løsning-på-feil", s.unique("Løsning på feil"));
    assertEquals("übersicht-der-größe", s.unique("Übersicht der Größe"));
    assertEquals("café-au-lait", s.unique("Café\u00a0au lait"));
    assertEquals("日本語-テキスト", s.unique("日本語 テキスト"));
    assertEquals("a-b", s.unique("a – b"));
    assertEquals("løsning-på-feil_1", s.unique("Løsning på feil!"));
  }

  @Test
  void emptyHeadingGetsAnId() {
    assertEquals("section", new Slugs().unique("?!"));
  }
}
