package handbook.runbooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.build.Build;
import handbook.build.BuildOptions;
import handbook.build.BuildResult;
import handbook.build.Progress;
import handbook.diag.DiagnosticPrinter;
import handbook.testing.SiteFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunbookSiteTest {
  @TempDir Path tmp;

  /** 2026-11-26, the build date of the tests that look at review state. */
  static final Instant BUILD_DAY = Instant.parse("2026-11-26T12:00:00Z");

  /** A day on which every runbook of the handbook has been reviewed within its interval. */
  static final Instant HANDBOOK_DAY = Instant.parse("2026-12-01T12:00:00Z");

  static final String SECTIONS =
      """
      ## Symptomer
      ## Konsekvens
      ## Diagnose
      ## Tiltak
      1. Kjør:
         ```bash
         systemctl status mindframe-api
         ```
      ## Verifisering
      ## Eskalering
      """;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      nav: [docs, runbooks]
      -- content/docs/helse.md --
      ---
      title: Helse
      ---
      Når det brenner: [databasen](../runbooks/db.md#tiltak), eller [alle runbooks](../runbooks/#symptoms).
      -- content/runbooks/db.md --
      ---
      title: Databasen er nede
      severity: kritisk
      services: [PostgreSQL, mindframe-api]
      symptoms: [Mange 503-svar, Innlogging feiler, "Koden `database_unavailable` <i>i svaret</i>"]
      alerts: [MindframeInstanceNotReady]
      owner: Drift
      last_reviewed: 2026-11-01
      ---
      Se [helsesjekker](../docs/helse.md).

      """
          + SECTIONS
          + """
      -- content/runbooks/cache.md --
      ---
      title: Redis-cachen feiler
      severity: høy
      services: [Redis, mindframe-api]
      symptoms: [mange 503-svar, Trege sider]
      alerts: [RedisMemoryHigh]
      owner: Plattformteamet
      last_reviewed: 2026-01-01
      ---
      """
          + SECTIONS
          + """
      -- content/runbooks/disk.md --
      ---
      title: Disken er full
      severity: medium
      services: [db01]
      symptoms: [Disken er full]
      owner: Drift
      last_reviewed: 2026-01-01
      review_interval: 365
      ---
      """
          + SECTIONS;

  BuildResult buildOn(SiteFixture site, Instant day) {
    return new Build(Build::standardKinds, Progress.NONE)
        .run(new BuildOptions(site.content(), site.site(), SiteFixture.TEMPLATES, true, day, null, null, java.util.Set.of()));
  }

  static String printed(BuildResult r) {
    DiagnosticPrinter p = new DiagnosticPrinter(r.sources()::get);
    return r.diagnostics().stream().map(d -> p.format(d).replace(System.getProperty("user.dir") + "/", "")).collect(Collectors.joining());
  }

  /** The headings of a part of the index with the runbook titles under each, in page order. */
  static List<String> outline(String html, String sectionId) {
    int start = html.indexOf("<section id=\"" + sectionId + "\"");
    int end = html.indexOf("<section id=", start + 10);
    String part = html.substring(start, end < 0 ? html.indexOf("</article>") : end);
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<h3 id=\"([^\"]+)\"|<a href=\"[a-z]+/\">([^<]+)</a>|<span class=\"symptom\">(.*?)</span>").matcher(part);
    while (m.find()) {
      out.add(m.group(1) != null ? "#" + m.group(1) : m.group(2) != null ? m.group(2) : "? " + m.group(3));
    }
    return out;
  }

  @Test
  void indexGroupsBySeverityServiceAndSymptomAndMarksStaleRunbooks() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    BuildResult r = buildOn(site, BUILD_DAY);
    assertEquals(
        """
        content/runbooks/cache.md:8:16: warning[runbook.stale]: runbook is overdue for review: last reviewed 2026-01-01, 329 days before 2026-11-26, and its review interval is 180 days
         8 | last_reviewed: 2026-01-01
           |                ^
           = hint: review the steps with Plattformteamet and set `last_reviewed` to the day of the review
        """,
        printed(r));
    assertTrue(r.ok());
    String index = site.read("runbooks/index.html");
    assertEquals(
        List.of("#severity-kritisk", "Databasen er nede", "#severity-hoy", "Redis-cachen feiler", "#severity-medium", "Disken er full"),
        outline(index, "by-severity"));
    assertEquals(
        List.of(
            "#service-db01", "Disken er full",
            "#service-mindframe-api", "Databasen er nede", "Redis-cachen feiler",
            "#service-postgresql", "Databasen er nede",
            "#service-redis", "Redis-cachen feiler"),
        outline(index, "by-service"));
    assertEquals(
        List.of(
            "? Disken er full", "Disken er full",
            "? Innlogging feiler", "Databasen er nede",
            "? Koden <code>database_unavailable</code> &lt;i&gt;i svaret&lt;/i&gt;", "Databasen er nede",
            "? Mange 503-svar", "Databasen er nede", "Redis-cachen feiler",
            "? Trege sider", "Redis-cachen feiler"),
        outline(index, "symptoms"));
    assertTrue(index.contains("<tr class=\"filterable is-stale\" data-search=\"redis-cachen feiler"), "stale row marked");
    assertTrue(
        index.contains("<span class=\"symptom\">Koden <code>database_unavailable</code> &lt;i&gt;i svaret&lt;/i&gt;</span>"),
        "code spans in a symptom render, other markup is text");
    assertTrue(index.contains("data-search=\"koden database_unavailable &lt;i&gt;i svaret&lt;/i&gt; "), "the filter text has no backticks");
    assertTrue(index.contains("Forfalt: gjennomgått 2026-01-01, for 329 dager siden (intervall 180 dager)"));
    assertTrue(index.contains("3 runbooks, 1 forfalt for gjennomgang."));
    assertTrue(index.contains("<script src=\"../" + site.asset("runbooks.js") + "\" defer></script>"), "filter script on the index only");
    assertTrue(index.contains("<form class=\"runbook-filter\" role=\"search\" data-js "), "the filter form is there when scripts run (not without)");
    assertTrue(index.contains("<td><a href=\"alerts/RedisMemoryHigh/\">runbooks/alerts/RedisMemoryHigh/</a></td>"));

    String cache = site.read("runbooks/cache/index.html");
    assertTrue(cache.contains("<div class=\"runbook-stale\" role=\"note\" aria-labelledby=\"stale-title\">"), "stale warning on the page");
    assertTrue(cache.contains("skulle vært gjennomgått innen 2026-06-30, men ble sist gjennomgått 2026-01-01, for 329 dager siden"));
    assertFalse(cache.contains("runbooks.js"));
    String db = site.read("runbooks/db/index.html");
    assertFalse(db.contains("runbook-stale\""), "fresh runbook has no warning");
    assertTrue(db.contains("<a href=\"../../docs/helse/\">helsesjekker</a>"), "links from runbooks resolve");
    assertTrue(db.contains("<a href=\"../#service-postgresql\">PostgreSQL</a>"));
    assertTrue(db.contains("<li>Koden <code>database_unavailable</code> &lt;i&gt;i svaret&lt;/i&gt;</li>"), "symptoms on the page render code spans");
    assertFalse(db.contains("`database_unavailable`"), "no backticks shown as text");
    assertTrue(db.contains("<pre tabindex=\"0\"><code class=\"language-bash\">systemctl status mindframe-api"), "step commands are code blocks");
    assertTrue(site.read("runbooks/disk/index.html").contains("Gjennomgått 2026-01-01"), "its own interval of 365 days");
    assertTrue(site.read("docs/helse/index.html").contains("<a href=\"../../runbooks/db/#tiltak\">databasen</a>"));

    assertEquals(
        """
        {
          "MindframeInstanceNotReady" : "/runbooks/db/",
          "RedisMemoryHigh" : "/runbooks/cache/"
        }""",
        site.read("runbooks/alerts.json"));
    String alert = site.read("runbooks/alerts/MindframeInstanceNotReady/index.html");
    assertTrue(alert.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../db/\">"), alert);
    assertTrue(alert.contains("<a class=\"alert-target\" href=\"../../db/\">Databasen er nede</a>"));
    assertFalse(alert.contains("<script>"), "no inline script");
    assertFalse(site.read("sitemap.xml").contains("alerts/"), "alert pages are not in the sitemap");
  }

  @Test
  void theSameDayBuildsTheSameBytes() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    buildOn(site, BUILD_DAY);
    var first = SiteFixture.snapshot(site.site());
    buildOn(site, BUILD_DAY.plusSeconds(3600));
    var second = SiteFixture.snapshot(site.site());
    assertEquals(first.keySet(), second.keySet());
    first.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, second.get(k)), k));
  }

  @Test
  void aMissingSectionIsAnErrorAtTheFile() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/runbooks/db.md --
            ---
            title: Databasen er nede
            severity: kritisk
            services: [PostgreSQL]
            symptoms: [Mange 503-svar]
            owner: Drift
            last_reviewed: 2999-01-01
            ---
            ## Symptomer
            ## Konsekvens
            ## Diagnose
            ## Tiltak
            1. Gjør det.
            ## Eskalering
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/runbooks/db.md: error[runbook.incomplete]: runbook lacks the section `## Verifisering`
           = hint: the page has `## Symptomer`, `## Konsekvens`, `## Diagnose`, `## Tiltak`, `## Eskalering`; more names for a section are set in site.yaml under `runbooks.sections`
        failed: 1 error, 0 warnings in N s; %s left as it was
        """
            .formatted(site.site()),
        SiteFixture.untimed(r.err()));
  }

  @Test
  void englishSectionNamesInSiteYamlAreAddedSoNorwegianAndEnglishRunbooksBothBuild() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            SITE
                + """
            -- content/site.yaml --
            title: T
            nav: [runbooks]
            runbooks:
              sections: {symptoms: Meaning, impact: Impact, diagnosis: Diagnosis, mitigation: Mitigation}
            -- content/runbooks/api.md --
            ---
            title: API is down
            severity: kritisk
            services: [mindframe-api]
            symptoms: [503]
            owner: Drift
            last_reviewed: 2026-11-20
            ---
            ## Meaning
            ## Impact
            ## Diagnosis
            ## Mitigation
            1. Restart it.
            ## Verification
            ## Escalation
            """);
    BuildResult r = buildOn(site, BUILD_DAY);
    assertEquals(0, r.errors(), printed(r));
    assertFalse(printed(r).contains("runbook.incomplete"), printed(r));
    assertTrue(java.nio.file.Files.exists(site.site().resolve("runbooks/api/index.html")));
    assertTrue(java.nio.file.Files.exists(site.site().resolve("runbooks/db/index.html")));
  }

  @Test
  void aMissingSectionCanBeConfiguredToWarn() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            runbooks:
              missing_section: warning
              sections:
                escalation: Hvem ringer du
            -- content/runbooks/db.md --
            ---
            title: Databasen er nede
            severity: kritisk
            services: [PostgreSQL]
            symptoms: [Mange 503-svar]
            owner: Drift
            last_reviewed: 2999-01-01
            ---
            ## Symptomer
            ## Konsekvens
            ## Diagnose
            ## Tiltak
            1. Gjør det.
            ## Hvem ringer du
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().startsWith("content/runbooks/db.md: warning[runbook.incomplete]: runbook lacks the section `## Verifisering`\n"), r.err());
    assertTrue(r.err().contains("warning[runbook.review-date]: `last_reviewed` 2999-01-01 is after the build date"), r.err());
  }

  @Test
  void twoRunbooksClaimingOneAlertIsAnError() throws Exception {
    String head =
        """
        severity: lav
        services: [web]
        symptoms: [x]
        owner: Drift
        last_reviewed: 2026-01-01
        review_interval: 100000
        ---
        """;
    SiteFixture site =
        SiteFixture.of(
            tmp,
            "-- content/runbooks/a.md --\n---\ntitle: A\nalerts: [DiskSpaceLow]\n" + head + SECTIONS
                + "-- content/runbooks/b.md --\n---\ntitle: B\nalerts:\n  - DiskSpaceCritical\n  - diskspacelow\n" + head + SECTIONS);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertTrue(
        r.err().startsWith(
            """
            content/runbooks/b.md:5:5: error[runbook.alert-duplicate]: alert `diskspacelow` is already claimed by `content/runbooks/a.md:3:10` (as `DiskSpaceLow`: alert pages differ only in case)
             5 |   - diskspacelow
               |     ^
               = hint: an alert leads to one runbook; remove it here or there, or link the other runbook from this one
            """),
        r.err());
  }

  @Test
  void checkListsStaleRunbooksAsWarningsOrWithStrictAsErrors() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/runbooks/old.md --
            ---
            title: Gammel
            severity: lav
            services: [web]
            symptoms: [x]
            owner: Drift
            last_reviewed: 2000-01-01
            ---
            """
                + SECTIONS);
    SiteFixture.Run lenient = site.run("check");
    assertEquals(0, lenient.exit(), lenient.err());
    assertTrue(lenient.err().startsWith("content/runbooks/old.md:7:16: warning[runbook.stale]: runbook is overdue for review: last reviewed 2000-01-01, "), lenient.err());
    assertTrue(SiteFixture.untimed(lenient.out()).endsWith("1 warning, 0 errors in N s\n"), lenient.out());
    SiteFixture.Run strict = site.run("check", "--strict-runbooks");
    assertEquals(1, strict.exit());
    assertTrue(strict.err().startsWith("content/runbooks/old.md:7:16: error[runbook.stale]: runbook is overdue for review"), strict.err());
    assertEquals(1, site.run("build", "--strict-runbooks").exit());
  }

  @Test
  void theHandbooksOwnRunbooksAreCompleteAndEveryLinkResolves() throws Exception {
    Path out = tmp.resolve("site");
    BuildResult r =
        new Build(Build::standardKinds, Progress.NONE)
            .run(new BuildOptions(SiteFixture.handbookContent(tmp), out, SiteFixture.TEMPLATES, true, HANDBOOK_DAY, null, null, java.util.Set.of("runbooks")));
    assertEquals("", printed(r));
    String index = java.nio.file.Files.readString(out.resolve("runbooks/index.html"));
    assertTrue(Pattern.compile("\\d+ runbooks, alle gjennomgått innenfor intervallet\\.").matcher(index).find(), index);
    String json = java.nio.file.Files.readString(out.resolve("runbooks/alerts.json"));
    for (String alert :
        List.of("MindframeApiDown", "MindframeHighErrorRate", "MindframeCircuitOpen", "DiskSpaceCritical", "MindframeBackupTooOld", "TlsCertificateExpiring")) {
      assertTrue(json.contains("\"" + alert + "\""), alert + " leads to a runbook");
    }
  }
}
