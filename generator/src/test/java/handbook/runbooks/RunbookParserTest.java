package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.DiagnosticPrinter;
import handbook.diag.Diagnostics;
import handbook.diag.Severity;
import handbook.markdown.MarkdownEngine;
import handbook.render.UiStrings;
import handbook.source.SourceFile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunbookParserTest {
  static final MarkdownEngine MD = new MarkdownEngine(Set.of(), UiStrings.load("nb"), false);

  record Result(RunbookParser.Parsed parsed, String printed) {}

  static Result parse(String path, String text, RunbookSettings settings) {
    Diagnostics d = new Diagnostics();
    SourceFile f = SourceFile.of(path, text);
    RunbookParser.Parsed p = new RunbookParser().parse(f, settings, MD::compile, d);
    DiagnosticPrinter printer = new DiagnosticPrinter(x -> x.equals(f.displayPath()) ? text : null);
    return new Result(p, d.sorted().stream().map(printer::format).collect(Collectors.joining()));
  }

  static Result parse(String text) {
    return parse("runbooks/db.md", text, RunbookSettings.defaults("nb"));
  }

  static final String BODY =
      """
      ## Symptomer
      API-et svarer 503.
      ## Konsekvens
      Ingen kan logge inn.
      ## Diagnose
      Se helsesjekken.
      ## Tiltak
      1. Sjekk databasen:
         ```bash
         pg_isready -h db01
         ```
      ## Verifisering
      `/health/ready` er grønn.
      ## Eskalering
      Ring teknisk leder.
      """;

  @Test
  void frontMatterBecomesTheModel() {
    Result r =
        parse(
            """
            ---
            title: Databasen er nede
            description: Når API-et svarer 503.
            severity: kritisk
            services: [PostgreSQL, mindframe-api]
            symptoms:
              - Mange 503-svar
            alerts: [MindframeInstanceNotReady, PostgresConnectionsHigh]
            owner: Drift
            last_reviewed: 2026-11-20
            review_interval: 90
            ---
            """
                + BODY);
    assertEquals("", r.printed());
    Runbook rb = r.parsed().runbook();
    assertTrue(r.parsed().valid());
    assertEquals("db", rb.name());
    assertEquals("runbooks/db/", rb.url());
    assertEquals("Databasen er nede", rb.title());
    assertEquals(handbook.runbooks.Severity.KRITISK, rb.severity());
    assertEquals(List.of("PostgreSQL", "mindframe-api"), rb.services());
    assertEquals(List.of("Mange 503-svar"), rb.symptoms());
    assertEquals(List.of("MindframeInstanceNotReady", "PostgresConnectionsHigh"), rb.alerts().stream().map(Runbook.Alert::name).toList());
    assertEquals("content/runbooks/db.md:8:10", rb.alerts().get(0).span().toString());
    assertEquals("Drift", rb.owner());
    assertEquals(LocalDate.of(2026, 11, 20), rb.lastReviewed());
    assertEquals(90, rb.interval(180));
    assertEquals("content/runbooks/db.md:10:16", rb.lastReviewedSpan().toString());
  }

  @Test
  void aLeadingH1IsTheTitleAndLeavesTheBody() {
    Result r =
        parse(
            """
            ---
            severity: høy
            services: [Redis]
            symptoms: [Treg side]
            owner: Drift
            last_reviewed: 2026-11-20
            ---
            # Redis er nede

            """
                + BODY);
    assertEquals("", r.printed());
    assertEquals("Redis er nede", r.parsed().runbook().title());
    assertTrue(r.parsed().titleHeadingRemoved());
    String html = MD.render(r.parsed().markdown(), Map.of(), Map.of());
    assertFalse(html.contains("<h1"), html);
    assertEquals(180, r.parsed().runbook().interval(180));
  }

  @Test
  void unknownKeysAndBadValuesAreErrorsWithSuggestions() {
    Result r =
        parse(
            """
            ---
            title: Databasen er nede
            severity: critical
            servises: [PostgreSQL]
            services: [PostgreSQL]
            symptoms: [503]
            alerts: [Mindframe Api Down]
            owner: Drift
            last_reviewed: 20.11.2026
            ---
            """
                + BODY);
    assertEquals(
        """
        content/runbooks/db.md:3:11: error[runbook.value]: `severity` must be one of kritisk, høy, medium, lav, not `critical`
         3 | severity: critical
           |           ^
           = hint: did you mean `kritisk`?
        content/runbooks/db.md:4:1: error[runbook.unknown-key]: unknown key `servises` in runbook front matter
         4 | servises: [PostgreSQL]
           | ^
           = hint: did you mean `services`?
        content/runbooks/db.md:7:10: error[runbook.alert-name]: alert name `Mindframe Api Down` has characters that cannot stand in a URL
         7 | alerts: [Mindframe Api Down]
           |          ^
           = hint: alert names are letters, digits, `_`, `.` and `-`, as in `MindframeApiDown`
        content/runbooks/db.md:9:16: error[runbook.value]: `last_reviewed` must be a date like 2026-11-26, not `20.11.2026`
         9 | last_reviewed: 20.11.2026
           |                ^
        """,
        r.printed());
    assertFalse(r.parsed().valid());
  }

  @Test
  void everythingAFileLacksIsOneDiagnosticAtTheFile() {
    Result r =
        parse(
            """
            ---
            title: Databasen er nede
            severity: kritisk
            services: [PostgreSQL]
            ---
            ## Symptomer
            ## Diagnose
            ## Tiltak
            1. Gjør noe.
            ## Eskalering
            """);
    assertEquals(
        """
        content/runbooks/db.md: error[runbook.incomplete]: runbook lacks the front-matter fields `symptoms`, `owner`, `last_reviewed` and the sections `## Konsekvens`, `## Verifisering`
           = hint: the page has `## Symptomer`, `## Diagnose`, `## Tiltak`, `## Eskalering`; more names for a section are set in site.yaml under `runbooks.sections`
        """,
        r.printed());
  }

  @Test
  void missingSectionsAloneFollowTheConfiguredSeverity() {
    String text =
        """
        ---
        title: T
        severity: lav
        services: [web]
        symptoms: [x]
        owner: Drift
        last_reviewed: 2026-11-20
        ---
        ## Symptomer
        """;
    RunbookSettings nb = RunbookSettings.defaults("nb");
    RunbookSettings lenient = new RunbookSettings(180, Severity.WARNING, nb.sections());
    Result r = parse("runbooks/t.md", text, lenient);
    assertTrue(r.printed().startsWith("content/runbooks/t.md: warning[runbook.incomplete]: runbook lacks the sections `## Konsekvens`, `## Diagnose`, `## Tiltak`, `## Verifisering`, `## Eskalering`\n"), r.printed());
    assertTrue(r.parsed().valid());
    assertTrue(parse("runbooks/t.md", text, nb).printed().startsWith("content/runbooks/t.md: error[runbook.incomplete]"));
  }

  @Test
  void mitigationWithoutNumberedStepsIsAWarning() {
    Result r =
        parse(
            """
            ---
            title: T
            severity: lav
            services: [web]
            symptoms: [x]
            owner: Drift
            last_reviewed: 2026-11-20
            ---
            ## Symptomer
            ## Konsekvens
            ## Diagnose
            ## Tiltak
            Start den på nytt.
            ## Verifisering
            ## Eskalering
            """);
    assertEquals(
        """
        content/runbooks/db.md:12:1: warning[runbook.steps]: the `## Tiltak` section has no numbered steps
         12 | ## Tiltak
            | ^
            = hint: write the steps as a numbered list (`1. ...`) or numbered headings (`### 1. ...`), with each command in a code block, so it gets a copy button
        """,
        r.printed());
  }

  static final String FRONT =
      """
      ---
      title: T
      severity: lav
      services: [web]
      symptoms: [x]
      owner: Drift
      last_reviewed: 2026-11-20
      ---
      """;

  @Test
  void numberedHeadingsUnderTheMitigationAreSteps() {
    Result r =
        parse(
            FRONT
                + """
            ## Symptomer
            ## Konsekvens
            ## Diagnose
            ## Tiltak
            ### 1. Sjekk podene
            ### 2) Start på nytt
            ## Verifisering
            ## Eskalering
            """);
    assertEquals("", r.printed());
  }

  @Test
  void numberedSectionHeadingsAreTheStepsOfARunbookWithoutAMitigationSection() {
    Result r =
        parse(
            FRONT
                + """
            ## Symptoms
            ## Impact
            ## Diagnosis
            ## 1. Check the pods
            ## 2. Restart the deployment
            ## Verification
            ## Escalation
            """);
    assertEquals("", r.printed());
    assertTrue(r.parsed().valid());
  }

  static final RunbookSettings LENIENT = new RunbookSettings(180, Severity.ERROR, RunbookSettings.defaults("nb").sections(), false, Map.of());

  @Test
  void leniently_aRunbookWrittenElsewhereGetsOneWarningAndWhatCanBeInferred() {
    Result r =
        parse(
            "runbooks/k8s/KubePodCrashLooping.md",
            """
            ---
            weight: 20
            ---
            ## Meaning
            Pod is in CrashLoop.
            ## Mitigation
            Talk with developers.
            """,
            LENIENT);
    assertEquals(
        """
        content/runbooks/k8s/KubePodCrashLooping.md: warning[runbook.incomplete]: runbook lacks the front-matter fields `title`, `severity`, `services`, `symptoms`, `owner`, `last_reviewed` and the sections `## Konsekvens`, `## Diagnose`, `## Verifisering`, `## Eskalering`; its front matter has the unknown key `weight` (line 2)
           = hint: read leniently, with the title from the first heading, the alert `KubePodCrashLooping` from the file name, the severity unknown; the page has `## Meaning`, `## Mitigation`; more names for a section are set in site.yaml under `runbooks.sections`
        """,
        r.printed());
    Runbook rb = r.parsed().runbook();
    assertTrue(r.parsed().valid());
    assertEquals("Meaning", rb.title());
    assertEquals(List.of("KubePodCrashLooping"), rb.alerts().stream().map(Runbook.Alert::name).toList());
    assertEquals(handbook.runbooks.Severity.UNKNOWN, rb.severity());
    assertEquals(null, rb.owner());
  }

  @Test
  void leniently_theTitleIsTheLeadingHeadingAndAPlainWordFileIsAnAlertOnlyWhenItRepeatsIt() {
    Runbook watchdog = parse("runbooks/Watchdog.md", "# Watchdog\n## Meaning\nAlways firing.\n", LENIENT).parsed().runbook();
    assertEquals("Watchdog", watchdog.title());
    assertEquals(List.of("Watchdog"), watchdog.alerts().stream().map(Runbook.Alert::name).toList());
    Runbook backup = parse("runbooks/Backup.md", "# Restore a backup\n## Mitigation\n1. Restore.\n", LENIENT).parsed().runbook();
    assertEquals("Restore a backup", backup.title());
    assertEquals(List.of(), backup.alerts());
    Runbook hyphen = parse("runbooks/disk-full.md", "Text only.\n", LENIENT).parsed().runbook();
    assertEquals("disk-full", hyphen.title());
    assertEquals(List.of(), hyphen.alerts());
  }

  @Test
  void leniently_aKnownSeverityInEnglishIsTakenAndAnUnknownOneIsAWarning() {
    Runbook critical = parse("runbooks/a.md", "---\nseverity: critical\n---\n# A\n", LENIENT).parsed().runbook();
    assertEquals(handbook.runbooks.Severity.KRITISK, critical.severity());
    Result info = parse("runbooks/b.md", "---\nseverity: info\n---\n# B\n", LENIENT);
    assertEquals(handbook.runbooks.Severity.UNKNOWN, info.parsed().runbook().severity());
    assertTrue(info.printed().contains("content/runbooks/b.md:2:11: warning[runbook.value]: `severity` `info` is not one of kritisk, høy, medium, lav; shown as unknown\n"), info.printed());
    assertTrue(info.parsed().valid());
  }

  @Test
  void leniently_aFileOfManyAlertsMapsEachToItsHeading() {
    Runbook rb =
        parse(
                "runbooks/kubernetes.md",
                """
                # Kubernetes Alert Runbooks
                ## Meaning
                ### Group Name: "kubernetes-apps"
                ##### Alert Name: "KubePodCrashLooping"
                + *Severity*: critical
                ##### Alert Name: KubeJobFailed
                ## KubeNodeNotReady
                ##### Alert Name: "KubePodCrashLooping"
                + *Severity*: warning
                ### PostgreSQL down
                """,
                LENIENT)
            .parsed()
            .runbook();
    assertEquals(
        List.of("KubePodCrashLooping#alert-name-kubepodcrashlooping", "KubeJobFailed#alert-name-kubejobfailed", "KubeNodeNotReady#kubenodenotready"),
        rb.alerts().stream().map(a -> a.name() + "#" + a.anchor()).toList());
    assertEquals(4, rb.alerts().get(0).span().line(), "an alert is reported at its heading");
  }

  @Test
  void strictly_declaredAlertsTakeTheAnchorOfTheirHeadingAndHeadingsAloneAreNoAlerts() {
    Result r =
        parse(
            "runbooks/db.md",
            FRONT.replace("owner: Drift", "owner: Drift\nalerts: [DbDown, DbSlow]")
                + BODY
                + "### DbDown\n### ReplicaLagHigh\n",
            RunbookSettings.defaults("nb"));
    assertEquals("", r.printed());
    assertEquals(List.of("DbDown#dbdown", "DbSlow#null"), r.parsed().runbook().alerts().stream().map(a -> a.name() + "#" + a.anchor()).toList());
    Runbook undeclared = parse("runbooks/x.md", FRONT + BODY + "## ReplicaLagHigh\n", RunbookSettings.defaults("nb")).parsed().runbook();
    assertEquals(List.of(), undeclared.alerts());
  }

  @Test
  void alertNamesLookLikeAlertNames() {
    assertTrue(RunbookParser.looksLikeAlert("KubePodCrashLooping"));
    assertTrue(RunbookParser.looksLikeAlert("etcdMembersDown"));
    assertTrue(RunbookParser.looksLikeAlert("HCP_KubeAPIDown"));
    assertFalse(RunbookParser.looksLikeAlert("Meaning"));
    assertFalse(RunbookParser.looksLikeAlert("README"));
    assertFalse(RunbookParser.looksLikeAlert("disk-full"));
    assertFalse(RunbookParser.looksLikeAlert("Kube Pod"));
  }

  @Test
  void theAlertFolderAndIndexAreNotRunbooks() {
    assertEquals(
        """
        content/runbooks/alerts/x.md: error[runbook.name]: `content/runbooks/alerts/x.md` cannot be a runbook: the URL `/runbooks/alerts/x/` is generated
           = hint: `runbooks/alerts/` holds the alert lookup; rename the file
        """,
        parse("runbooks/alerts/x.md", "# X\n", RunbookSettings.defaults("nb")).printed());
  }

  @Test
  void aStrayKeyIsAnErrorAtItsLineWhenTheFrontMatterIsOtherwiseComplete() {
    Result r =
        parse(
            """
            ---
            title: T
            weight: 20
            severity: lav
            services: [web]
            symptoms: [x]
            owner: Drift
            last_reviewed: 2026-11-20
            ---
            """
                + BODY);
    assertEquals(
        """
        content/runbooks/db.md:3:1: error[runbook.unknown-key]: unknown key `weight` in runbook front matter
         3 | weight: 20
           | ^
           = hint: known keys: alerts, description, last_reviewed, owner, review_interval, services, severity, symptoms, title
        """,
        r.printed());
  }
}
