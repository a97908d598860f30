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
  void hintOffersTheSiteYamlThatAcceptsHeadingsOfTheOtherLanguage() {
    Sections.Check c = Sections.check(List.of("Meaning", "Impact", "Diagnosis", "Mitigation"), NB);
    assertEquals(
        "the page has `## Meaning`, `## Impact`, `## Diagnosis`, `## Mitigation`;"
            + " `Impact`, `Diagnosis`, `Mitigation` are section names of another language: to accept them, set"
            + " `runbooks: {sections: {impact: Impact, diagnosis: Diagnosis, mitigation: Mitigation}}` in site.yaml",
        c.hint());
  }

  @Test
  void hintForAPageWithoutSectionsSaysWhereTheNamesComeFrom() {
    assertEquals(
        "the page has no `##` headings; section names are set in site.yaml under `runbooks.sections`",
        Sections.check(List.of(), NB).hint());
  }
}
