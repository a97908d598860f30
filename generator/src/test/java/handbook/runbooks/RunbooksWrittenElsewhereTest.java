package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real runbooks nobody here wrote, read leniently beside the site's own: kubernetes-mixin's one
 * file of many alerts ({@code ##### Alert Name: "KubeAPIDown"}, Apache-2.0) and three of
 * OpenShift's one-alert pages with Meaning / Impact / Diagnosis / Mitigation (Apache-2.0).
 */
class RunbooksWrittenElsewhereTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus/runbooks");

  @TempDir Path tmp;

  static final String OWN =
      """
      -- content/runbooks/db.md --
      ---
      title: Databasen er nede
      severity: kritisk
      services: [PostgreSQL]
      symptoms: [Mange 503-svar]
      alerts: [MindframeDbDown]
      owner: Drift
      last_reviewed: 2025-01-01
      review_interval: 36500
      ---
      ## Symptomer
      ## Konsekvens
      ## Diagnose
      ## Tiltak
      ### 1. Sjekk databasen
      ### 2. Start den på nytt
      ## Verifisering
      ## Eskalering
      """;

  private SiteFixture site(String... folders) throws IOException {
    SiteFixture f = SiteFixture.of(tmp, OWN);
    StringBuilder yaml = new StringBuilder("title: Runbooks\nnav: [runbooks]\nrunbooks:\n  folders:\n");
    for (String folder : folders) {
      yaml.append("    ").append(folder).append(": {strict: false}\n");
    }
    Files.writeString(f.content().resolve("site.yaml"), yaml.toString());
    for (String folder : folders) {
      Path from = CORPUS.resolve(folder);
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".md")).toList()) {
          Path to = f.content().resolve("runbooks").resolve(folder).resolve(from.relativize(p).toString());
          Files.createDirectories(to.getParent());
          Files.copy(p, to);
        }
      }
    }
    return f;
  }

  private static JsonNode alerts(SiteFixture f) throws IOException {
    return new ObjectMapper().readTree(f.site().resolve("runbooks/alerts.json").toFile());
  }

  @Test
  void aFileOfManyAlertsGivesEachAlertItsHeading() throws IOException {
    SiteFixture f = site("kubernetes-mixin");
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().startsWith(
            "content/runbooks/kubernetes-mixin/runbook.md: warning[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Symptomer`, `## Konsekvens`, `## Diagnose`, `## Tiltak`, `## Verifisering`, `## Eskalering`\n"
                + "   = hint: read leniently, with 28 alerts from their headings, the severity unknown;"),
        r.err());
    assertEquals(1, r.err().lines().filter(l -> l.startsWith("content/")).count(), r.err());

    JsonNode alerts = alerts(f);
    assertEquals(29, alerts.size(), "28 alerts of the file (repeated ones once) and the site's own");
    assertEquals("/runbooks/kubernetes-mixin/runbook/#alert-name-kubeapidown", alerts.get("KubeAPIDown").asText());
    assertEquals("/runbooks/kubernetes-mixin/runbook/#alert-name-kubeschedulerdown", alerts.get("KubeSchedulerDown").asText(), "a name without quotes");
    assertEquals("/runbooks/kubernetes-mixin/runbook/#alert-name-kubecpuovercommit", alerts.get("KubeCPUOvercommit").asText(), "a repeated alert goes to its first heading");
    assertEquals("/runbooks/db/", alerts.get("MindframeDbDown").asText());
    assertFalse(alerts.has("kubernetes-apps"), "group headings are not alerts");

    String page = Files.readString(f.site().resolve("runbooks/kubernetes-mixin/runbook/index.html"));
    assertTrue(page.contains("<h1>Kubernetes Alert Runbooks</h1>"), "titled by its heading");
    assertTrue(page.contains("id=\"alert-name-kubeapidown\""), "the anchor is on the page");
    assertTrue(page.contains("<a href=\"#alert-name-kubejobfailed\"><code>KubeJobFailed</code></a>"), "the page's alert list links each heading");
    assertTrue(page.contains("data-search-page-keywords=\"KubeAPIDown KubeControllerManagerDown "), "the alerts are search keywords");

    String lookup = Files.readString(f.site().resolve("runbooks/alerts/KubeJobFailed/index.html"));
    assertTrue(lookup.contains("content=\"0; url=../../kubernetes-mixin/runbook/#alert-name-kubejobfailed\""), lookup);

    String index = Files.readString(f.site().resolve("runbooks/index.html"));
    assertTrue(index.contains("<th scope=\"row\"><code>KubePodCrashLooping</code></th>\n<td><a href=\"kubernetes-mixin/runbook/#alert-name-kubepodcrashlooping\">Kubernetes Alert Runbooks</a>"), index);
    assertTrue(index.contains("<h3 id=\"severity-kritisk\">"), "the site's own runbook keeps its severity");
    assertTrue(index.contains("<h3 id=\"severity-unknown\">"), "the adopted file is listed as unknown");
  }

  @Test
  void onePageRunbooksAreReadWithTheirEnglishSectionsAndFileNamesAsAlerts() throws IOException {
    SiteFixture f = site("openshift");
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    List<String> headlines = r.err().lines().filter(l -> l.startsWith("content/")).toList();
    assertEquals(
        List.of(
            "content/runbooks/openshift/alerts/cluster-etcd-operator/etcdMembersDown.md: warning[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Verifisering`, `## Eskalering`",
            "content/runbooks/openshift/alerts/cluster-monitoring-operator/KubeJobFailed.md: warning[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Verifisering`, `## Eskalering`",
            "content/runbooks/openshift/alerts/cluster-monitoring-operator/NodeFilesystemSpaceFillingUp.md: warning[runbook.incomplete]: runbook lacks the front-matter fields `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Verifisering`, `## Eskalering`"),
        headlines);
    JsonNode alerts = alerts(f);
    assertEquals("/runbooks/openshift/alerts/cluster-etcd-operator/etcdMembersDown/", alerts.get("etcdMembersDown").asText());
    assertEquals("/runbooks/openshift/alerts/cluster-monitoring-operator/KubeJobFailed/", alerts.get("KubeJobFailed").asText());
    assertEquals(4, alerts.size());
    String index = Files.readString(f.site().resolve("runbooks/index.html"));
    assertTrue(index.contains(">NodeFilesystemSpaceFillingUp</a>"), index);
    String page = Files.readString(f.site().resolve("runbooks/openshift/alerts/cluster-monitoring-operator/NodeFilesystemSpaceFillingUp/index.html"));
    assertTrue(page.contains("<span class=\"severity-badge severity-unknown\">Alvorlighet: Ukjent</span>"), page);
  }

  @Test
  void anAlertBothSetsClaimIsAnErrorAtTheSecondHeading() throws IOException {
    SiteFixture f = site("kubernetes-mixin", "openshift");
    SiteFixture.Run r = f.run("check");
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err().contains(
            "content/runbooks/openshift/alerts/cluster-monitoring-operator/KubeJobFailed.md: error[runbook.alert-duplicate]: alert `KubeJobFailed` is already claimed by `content/runbooks/kubernetes-mixin/runbook.md:70:1`"),
        r.err());
  }

  @Test
  void aFolderInSiteYamlThatHoldsNoRunbookIsAWarning() throws IOException {
    SiteFixture f = site();
    Files.writeString(f.content().resolve("site.yaml"), "title: T\nrunbooks:\n  folders:\n    runbooks/openshift/: {strict: false}\n");
    SiteFixture.Run r = f.run("check");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err().startsWith(
            "content/site.yaml: warning[config.value]: `runbooks.folders` names `openshift`, but `content/runbooks/openshift/` holds no runbook\n"
                + "   = hint: folders are named by their path under `runbooks/`, as in `folders: {prometheus: {strict: false}}`\n"),
        r.err());
  }
}
