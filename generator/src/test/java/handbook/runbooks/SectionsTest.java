package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {
  static final RunbookSettings NB = RunbookSettings.defaults("nb");

  @Test
  void everyRequiredSectionMatchesCaseInsensitivelyAndRollbackIsOptional() {
    Sections.Check c = Sections.check(List.of("SYMPTOMER", "Konsekvens", "diagnose", "Tiltak", "Verifisering ", "Eskalering", "Bakgrunn"), NB);
    assertTrue(c.complete(), c.missing().toString());
  }

  @Test
  void missingSectionsAreNamedInSectionOrderAsMarkdownHeadings() {
    Sections.Check c = Sections.check(List.of("Eskalering", "Symptomer", "Tiltak"), NB);
    assertEquals(List.of("impact", "diagnosis", "verification"), c.missing());
    assertEquals(List.of("`## Konsekvens`", "`## Diagnose`", "`## Verifisering`"), c.missingHeadings());
  }

  @Test
  void hintNamesTheHeadingsFoundAndAMisspelling() {
    Sections.Check c = Sections.check(List.of("Symptomer", "Konsekvens", "Diagnosse", "Tiltak", "Verifisering", "Eskalering"), NB);
    assertEquals(
        "the page has `## Symptomer`, `## Konsekvens`, `## Diagnosse`, `## Tiltak`, `## Verifisering`, `## Eskalering`;"
            + " `## Diagnosse` may be meant as `## Diagnose`",
        c.hint());
  }

  @Test
  void headingsInEitherLanguageAndTheirSynonymsAreSections() {
    Sections.Check en = Sections.check(List.of("Meaning", "Impact", "Diagnosis", "Resolution", "Verification", "Escalation"), NB);
    assertTrue(en.complete(), en.missing().toString());
    Sections.Check mixed = Sections.check(List.of("Symptoms:", "Konsekvens", "Troubleshooting", "Tiltak", "Validation", "Eskalering"), NB);
    assertTrue(mixed.complete(), mixed.missing().toString());
    assertEquals("mitigation", Sections.keyOf("Remediation", NB));
    assertEquals("symptoms", Sections.keyOf("meaning", NB));
  }

  @Test
  void missingSectionsAreAskedForInTheSiteLanguage() {
    Sections.Check c = Sections.check(List.of("Meaning", "Impact", "Diagnosis", "Mitigation"), NB);
    assertEquals(List.of("`## Verifisering`", "`## Eskalering`"), c.missingHeadings());
    assertEquals(
        List.of("`## Verification`", "`## Escalation`"), Sections.check(List.of("Meaning", "Impact", "Diagnosis", "Mitigation"), RunbookSettings.defaults("en")).missingHeadings());
    assertEquals(
        "the page has `## Meaning`, `## Impact`, `## Diagnosis`, `## Mitigation`; more names for a section are set in site.yaml under `runbooks.sections`",
        c.hint());
  }

  @Test
  void numberedStepHeadingsStandInForTheMitigation() {
    Sections.Check c = Sections.check(List.of("Symptomer", "Konsekvens", "Diagnose", "1. Sjekk podene", "Verifisering", "Eskalering"), NB, java.util.Set.of("mitigation"));
    assertTrue(c.complete(), c.missing().toString());
  }

  @Test
  void hintForAPageWithoutSectionsSaysWhereTheNamesComeFrom() {
    assertEquals(
        "the page has no `##` headings; more names for a section are set in site.yaml under `runbooks.sections`",
        Sections.check(List.of(), NB).hint());
  }
}
