package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.config.SiteConfig;
import handbook.config.SiteConfigParser;
import handbook.diag.DiagnosticPrinter;
import handbook.diag.Diagnostics;
import handbook.diag.Severity;
import handbook.source.SourceFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunbookSettingsTest {
  record Parsed(RunbookSettings settings, String errors) {}

  static Parsed parse(String yaml) {
    Diagnostics d = new Diagnostics();
    SourceFile f = SourceFile.of("site.yaml", yaml);
    SiteConfig c = new SiteConfigParser(java.util.List.of(new RunbooksKind())).parse(f, d);
    DiagnosticPrinter p = new DiagnosticPrinter(path -> path.equals(f.displayPath()) ? yaml : null);
    return new Parsed((RunbookSettings) c.kind("runbooks"), d.sorted().stream().map(p::format).collect(Collectors.joining()));
  }

  @Test
  void defaultsFollowTheSiteLanguage() {
    RunbookSettings nb = parse("title: T\n").settings();
    assertEquals(180, nb.reviewInterval());
    assertEquals(Severity.ERROR, nb.missingSection());
    assertEquals("[Symptomer, Konsekvens, Diagnose, Tiltak, Verifisering, Eskalering, Tilbakerulling]", nb.sections().values().toString());
    RunbookSettings en = parse("title: T\nlanguage: en\n").settings();
    assertEquals("{symptoms=Symptoms, impact=Impact, diagnosis=Diagnosis, mitigation=Mitigation, verification=Verification, escalation=Escalation, rollback=Rollback}", en.sections().toString());
  }

  @Test
  void givenSectionNamesReplaceTheDefaultsOneByOne() {
    Parsed p =
        parse(
            """
            title: T
            runbooks:
              review_interval: 90
              missing_section: warning
              sections:
                symptoms: Meaning
                mitigation: "## Løsning"
            """);
    assertEquals("", p.errors());
    RunbookSettings r = p.settings();
    assertEquals(90, r.reviewInterval());
    assertEquals(Severity.WARNING, r.missingSection());
    assertEquals("Meaning", r.sections().get("symptoms"));
    assertEquals("Løsning", r.sections().get("mitigation"));
    assertEquals("Konsekvens", r.sections().get("impact"));
  }

  @Test
  void unknownKeysBadValuesAndClashingNamesAreErrorsAtTheirLines() {
    assertEquals(
        """
        content/site.yaml:3:20: error[config.value]: `runbooks.review_interval` must be at least 1 (days), not `0`
         3 |   review_interval: 0
           |                    ^
        content/site.yaml:4:20: error[config.value]: `missing_section` must be one of error, warning, not `warn`
         4 |   missing_section: warn
           |                    ^
        content/site.yaml:6:5: error[config.unknown-key]: unknown key `mitigaton` in `runbooks.sections`
         6 |     mitigaton: Tiltak
           |     ^
           = hint: did you mean `mitigation`?
        content/site.yaml:7:13: error[config.value]: runbook sections `impact` and `diagnosis` both have the heading `Diagnose`
         7 |     impact: Diagnose
           |             ^
        """,
        parse(
                """
                title: T
                runbooks:
                  review_interval: 0
                  missing_section: warn
                  sections:
                    mitigaton: Tiltak
                    impact: Diagnose
                """)
            .errors());
  }
}
