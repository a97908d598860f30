package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runbooks nobody here wrote (prometheus-operator/runbooks, Apache-2.0): Hugo front matter,
 * English Meaning / Impact / Diagnosis / Mitigation sections, in subfolders. They are not
 * Handbook runbooks, and the report says so once per file: what it lacks and what it has.
 */
class PrometheusRunbooksCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus/runbooks/prometheus-operator/content/runbooks");

  @TempDir Path tmp;

  private SiteFixture site(String siteYaml) throws IOException {
    SiteFixture f = SiteFixture.of(tmp, "-- content/site.yaml --\n" + siteYaml);
    try (Stream<Path> walk = Files.walk(CORPUS)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path to = f.content().resolve("runbooks").resolve(CORPUS.relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    }
    return f;
  }

  private static List<String> headlines(SiteFixture.Run r) {
    return r.err().lines().filter(l -> l.startsWith("content/")).toList();
  }

  /** The whole printed diagnostic of one file: its headline and the lines under it. */
  private static String diagnosticOf(SiteFixture.Run r, String file) {
    StringBuilder b = new StringBuilder();
    boolean in = false;
    for (String l : r.err().lines().toList()) {
      if (l.startsWith("content/") || l.startsWith("failed:")) {
        in = l.startsWith("content/runbooks/" + file + ":");
      }
      if (in) {
        b.append(l).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void eachFileGetsOneDiagnosticWithWhatItLacksAndTheSectionsItHas() throws IOException {
    SiteFixture f = site("title: Runbooks\n");
    SiteFixture.Run r = f.run("check");
    assertEquals(1, r.exit());
    List<String> headlines = headlines(r);
    assertEquals(16, headlines.size(), r.err());
    assertTrue(headlines.stream().allMatch(l -> l.contains(".md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections ")), headlines.get(0));
    assertEquals(16, headlines.stream().map(l -> l.substring(0, l.indexOf(": error["))).distinct().count(), "one per file");
    assertTrue(SiteFixture.untimed(r.err()).endsWith("\nfailed: 16 errors, 0 warnings in N s\n"), r.err());
    assertEquals(
        """
        content/runbooks/general/TargetDown.md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Symptomer`, `## Konsekvens`, `## Diagnose`, `## Tiltak`, `## Verifisering`, `## Eskalering`
           = hint: the page has `## Meaning`, `## Impact`, `## Diagnosis`, `## Mitigation`; `Impact`, `Diagnosis`, `Mitigation` are section names of another language: to accept them, set `runbooks: {sections: {impact: Impact, diagnosis: Diagnosis, mitigation: Mitigation}}` in site.yaml
        """,
        diagnosticOf(r, "general/TargetDown.md"));
    assertEquals(
        """
        content/runbooks/kubernetes/KubeAPIErrorBudgetBurn.md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Symptomer`, `## Konsekvens`, `## Diagnose`, `## Tiltak`, `## Verifisering`, `## Eskalering`; its front matter has the unknown key `weight` (line 3)
           = hint: the page has `## Impact`, `## Critical`, `## Warning`, `## Runbook`; `Impact` is a section name of another language: to accept it, set `runbooks: {sections: {impact: Impact}}` in site.yaml
        """,
        diagnosticOf(r, "kubernetes/KubeAPIErrorBudgetBurn.md"));
  }

  @Test
  void withTheirSectionNamesInSiteYamlOnlyTheFrontMatterAndTwoSectionsAreMissing() throws IOException {
    SiteFixture f = site("title: Runbooks\nlanguage: en\nrunbooks:\n  sections: {symptoms: Meaning}\n");
    SiteFixture.Run r = f.run("check");
    assertEquals(1, r.exit());
    assertEquals(16, headlines(r).size(), r.err());
    assertEquals(
        """
        content/runbooks/node/NodeFilesystemFilesFillingUp.md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Verification`, `## Escalation`; its front matter has the unknown key `weight` (line 3)
           = hint: the page has `## Meaning`, `## Impact`, `## Diagnosis`, `## Mitigation`; section names are set in site.yaml under `runbooks.sections`
        """,
        diagnosticOf(r, "node/NodeFilesystemFilesFillingUp.md"));
  }
}
