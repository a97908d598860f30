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
    assertTrue(headlines.stream().allMatch(l -> l.contains(".md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed`")), headlines.get(0));
    assertEquals(16, headlines.stream().map(l -> l.substring(0, l.indexOf(": error["))).distinct().count(), "one per file");
    assertTrue(SiteFixture.untimed(r.err()).endsWith("\nfailed: 16 errors, 0 warnings in N s\n"), r.err());
    assertEquals(
        """
        content/runbooks/general/TargetDown.md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Verifisering`, `## Eskalering`
           = hint: the page has `## Meaning`, `## Impact`, `## Diagnosis`, `## Mitigation`; more names for a section are set in site.yaml under `runbooks.sections`
        """,
        diagnosticOf(r, "general/TargetDown.md"));
    assertEquals(
        """
        content/runbooks/kubernetes/KubeAPIErrorBudgetBurn.md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Symptomer`, `## Diagnose`, `## Tiltak`, `## Verifisering`, `## Eskalering`; its front matter has the unknown key `weight` (line 3)
           = hint: the page has `## Impact`, `## Critical`, `## Warning`, `## Runbook`; more names for a section are set in site.yaml under `runbooks.sections`
        """,
        diagnosticOf(r, "kubernetes/KubeAPIErrorBudgetBurn.md"));
  }

  @Test
  void inAnEnglishSiteTheirSectionsAreKnownAndOnlyTheFrontMatterAndTwoSectionsAreMissing() throws IOException {
    SiteFixture f = site("title: Runbooks\nlanguage: en\n");
    SiteFixture.Run r = f.run("check");
    assertEquals(1, r.exit());
    assertEquals(16, headlines(r).size(), r.err());
    assertEquals(
        """
        content/runbooks/node/NodeFilesystemFilesFillingUp.md: error[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Verification`, `## Escalation`; its front matter has the unknown key `weight` (line 3)
           = hint: the page has `## Meaning`, `## Impact`, `## Diagnosis`, `## Mitigation`; more names for a section are set in site.yaml under `runbooks.sections`
        """,
        diagnosticOf(r, "node/NodeFilesystemFilesFillingUp.md"));
  }

  @Test
  void readLenientlyTheyBuildWithOneWarningEachAndTheReaderFindsEveryAlert() throws IOException {
    SiteFixture f = site("title: Runbooks\nnav: [runbooks]\nrunbooks:\n  strict: false\n");
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    List<String> headlines = headlines(r);
    assertEquals(16, headlines.size(), r.err());
    assertTrue(headlines.stream().allMatch(l -> l.contains(": warning[runbook.incomplete]: ")), r.err());
    assertTrue(
        r.err().contains(
            """
            content/runbooks/general/TargetDown.md: warning[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Verifisering`, `## Eskalering`
               = hint: read leniently, with the alert `TargetDown` from the file name, the severity unknown; the page has `## Meaning`, `## Impact`, `## Diagnosis`, `## Mitigation`; more names for a section are set in site.yaml under `runbooks.sections`
            """),
        r.err());

    // every file name is its alert, and alerts.json and the lookup pages lead to the runbook
    com.fasterxml.jackson.databind.JsonNode alerts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.site().resolve("runbooks/alerts.json").toFile());
    assertEquals(16, alerts.size());
    assertEquals("/runbooks/kubernetes/KubePodCrashLooping/", alerts.get("KubePodCrashLooping").asText());
    assertEquals("/runbooks/general/Watchdog/", alerts.get("Watchdog").asText());
    assertEquals("/runbooks/etcd/etcdMembersDown/", alerts.get("etcdMembersDown").asText());
    String lookup = Files.readString(f.site().resolve("runbooks/alerts/KubePodCrashLooping/index.html"));
    assertTrue(lookup.contains("content=\"0; url=../../kubernetes/KubePodCrashLooping/\""), lookup);

    // the typed index lists all 16 under the unknown severity, titled by front matter or heading
    String index = Files.readString(f.site().resolve("runbooks/index.html"));
    assertTrue(index.contains("<h3 id=\"severity-unknown\"><span class=\"severity-badge severity-unknown\">Ukjent</span> <span class=\"group-count\">(16)</span></h3>"), index);
    assertTrue(index.contains(">Kube Pod Crash Looping</a>"), "the front matter's title");
    assertTrue(index.contains(">TargetDown</a>"), "no front matter: the leading heading");
    assertTrue(index.contains("<option value=\"unknown\">Ukjent</option>"), "the filter offers the unknown severity");

    // a runbook's page says what it does not know
    String page = Files.readString(f.site().resolve("runbooks/general/TargetDown/index.html"));
    assertTrue(page.contains("<dd>Ikke oppgitt</dd>"), "owner not given");
    assertTrue(page.contains("Ingen dato for siste gjennomgang"), "no review date");
    assertTrue(page.contains("<dd><code>TargetDown</code></dd>"), page);
  }
}
