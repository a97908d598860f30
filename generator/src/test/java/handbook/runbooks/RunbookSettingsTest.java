package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void defaultsKnowBothLanguagesAndAskInTheSiteLanguage() {
    RunbookSettings nb = parse("title: T\n").settings();
    assertEquals(180, nb.reviewInterval());
    assertEquals(Severity.ERROR, nb.missingSection());
    assertEquals(
        "[Symptomer, Konsekvens, Diagnose, Tiltak, Verifisering, Eskalering, Tilbakerulling]",
        RunbookSettings.KEYS.stream().map(nb::name).toList().toString());
    assertEquals("[Tiltak, Løsning, Utbedring, Mitigation, Resolution, Remediation, Fix, Solution]", nb.sections().get("mitigation").toString());
    RunbookSettings en = parse("title: T\nlanguage: en\n").settings();
    assertEquals(
        "[Symptoms, Impact, Diagnosis, Mitigation, Verification, Escalation, Rollback]",
        RunbookSettings.KEYS.stream().map(en::name).toList().toString());
    assertEquals("[Symptoms, Symptom, Meaning, Description, Symptomer, Betydning, Beskrivelse]", en.sections().get("symptoms").toString());
    assertTrue(nb.strict());
  }

  @Test
  void noNameStandsForTwoSections() {
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    for (var e : RunbookSettings.defaults("nb").sections().entrySet()) {
      for (String n : e.getValue()) {
        String before = seen.put(n.toLowerCase(java.util.Locale.ROOT), e.getKey());
        assertTrue(before == null || before.equals(e.getKey()), n + " in " + before + " and " + e.getKey());
      }
    }
  }

  @Test
  void givenSectionNamesAreAddedAndAskedFor() {
    Parsed p =
        parse(
            """
            title: T
            runbooks:
              review_interval: 90
              missing_section: warning
              sections:
                symptoms: Hva skjer
                escalation: [Kontakt, Ring vakta]
                mitigation: "## Slik fikser du det"
            """);
    assertEquals("", p.errors());
    RunbookSettings r = p.settings();
    assertEquals(90, r.reviewInterval());
    assertEquals(Severity.WARNING, r.missingSection());
    assertEquals("Hva skjer", r.name("symptoms"));
    assertEquals("[Kontakt, Ring vakta, Eskalering, Escalation, Escalate]", r.sections().get("escalation").toString());
    assertEquals("Slik fikser du det", r.name("mitigation"));
    assertEquals("mitigation", Sections.keyOf("Tiltak", r), "the language's names stay");
    assertEquals("symptoms", Sections.keyOf("Symptomer", r));
    assertEquals("Konsekvens", r.name("impact"));
  }

  @Test
  void strictCanBeSetForAllAndPerFolder() {
    Parsed p =
        parse(
            """
            title: T
            runbooks:
              strict: false
              folders:
                egne: {strict: true}
                egne/importert/: {strict: false}
            """);
    assertEquals("", p.errors());
    RunbookSettings r = p.settings();
    assertFalse(r.strictFor("KubePodCrashLooping"));
    assertTrue(r.strictFor("egne/database-nede"));
    assertFalse(r.strictFor("egne/importert/TargetDown"));
    assertFalse(r.strictFor("egnet/x"), "a folder is matched as a whole name");
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
        content/site.yaml:7:13: error[config.value]: runbook sections `diagnosis` and `impact` both have the heading `Diagnose`
         7 |     impact: Diagnose
           |             ^
           = hint: `Diagnose` is a name of `diagnosis` in every site; choose another heading
        content/site.yaml:9:15: error[config.value]: runbook sections `symptoms` and `rollback` both have the heading `Hva nå`
         9 |     rollback: [Hva nå]
           |               ^
        content/site.yaml:12:7: error[config.unknown-key]: unknown key `strikt` in `runbooks.folders.gamle`
         12 |       strikt: false
            |       ^
            = hint: did you mean `strict`?
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
                    symptoms: Hva nå
                    rollback: [Hva nå]
                  folders:
                    gamle:
                      strikt: false
                """)
            .errors());
  }
}
