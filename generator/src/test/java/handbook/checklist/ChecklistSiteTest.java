package handbook.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistSiteTest {
  @TempDir Path tmp;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      nav: [docs, checklist]
      -- content/checklist.yaml --
      title: Sjekkliste
      thresholds:
        - {min: 50, label: Nesten, level: warning}
        - {min: 0, label: Ikke klar, level: critical}
      categories:
        - id: backup
          title: Backup
          priority: kritisk
          time: 3 dager
          items:
            - {id: daily, title: Daglig backup, status: done, weight: 3, links: [docs/backup.md#gjenoppretting]}
            - {id: pitr, title: Point-in-time recovery, status: in-progress, weight: 2}
            - {id: offsite, title: Off-site, status: todo, weight: 5}
        - id: testing
          title: Testing
          priority: høy
          items:
            - {id: unit, title: Unit tests, status: todo}
      roadmap:
        - id: fase-1
          title: Fase 1
          weeks:
            - week: 1
              items:
                - {id: r-backup, title: Backup-system, refs: [daily, pitr, offsite]}
      -- content/docs/backup.md --
      ---
      title: Backup
      ---
      Se også [daglig backup](checklist:daily).

      ```checklist
      category: backup
      ```

      ## Gjenoppretting
      """;

  @Test
  void dashboardEmbedsBadgeAndJsonShowTheComputedNumbers() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String dash = site.read("checklist/index.html");
    // backup: (3 + 0.5 × 2) / 10 = 4/10; testing 0/10; total 4/20 = 20%
    assertTrue(dash.contains("<span class=\"readiness-score\">4/20 (20 %)</span>"), dash);
    assertTrue(dash.contains("Backup <span class=\"category-score\">4/10</span>"));
    assertTrue(dash.contains("<progress class=\"progress\" max=\"100\" value=\"40\" aria-label=\"Backup\">40 %</progress>"));
    assertTrue(dash.contains("Ikke klar"));
    assertTrue(dash.contains("<a href=\"../docs/backup/#gjenoppretting\">Backup</a>"), "item links resolve to pages, titled");
    assertTrue(dash.contains("Fase 1 <span class=\"category-score\">40 %</span>"), "roadmap progress from refs");
    String page = site.read("docs/backup/index.html");
    assertTrue(page.contains("<a href=\"../../checklist/#daily\">daglig backup</a>"), "checklist: links");
    assertTrue(page.contains("class=\"checklist-embed\""));
    assertTrue(page.contains("<strong>4/10</strong>"));
    assertTrue(page.contains("<a href=\"../../checklist/#pitr\">Point-in-time recovery</a>"), "embedded items link to their dashboard row");
    assertTrue(site.read("badges/readiness.svg").contains(">20 %</text>"));
    assertTrue(!dash.contains("checklist-legend"), "no legend when nothing is marked");
    String json = site.read("checklist.json");
    assertTrue(json.contains("\"display\" : \"4/20 (20%)\""), json);
    assertTrue(json.contains("\"status\" : \"in-progress\""));
  }

  @Test
  void unknownCategoryInADirectiveIsAnErrorAtItsLine() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    site.write(
        """
        -- content/docs/annet.md --
        ---
        title: Annet
        ---
        Tekst.

        ```checklist
        category: bakup
        ```
        """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/docs/annet.md:7:11: error[directive.checklist]: no checklist category `bakup`
         7 | category: bakup
           |           ^
           = hint: did you mean `backup`?
        failed: 1 error, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }

  @Test
  void malformedDirectiveAndBrokenItemLinkAreErrors() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE.replace("docs/backup.md#gjenoppretting", "docs/backup.md#gjenopretting"));
    site.write(
        """
        -- content/docs/annet.md --
        ---
        title: Annet
        ---
        ```checklist
        what: ever
        ```
        """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    String err = SiteFixture.untimed(r.err());
    assertTrue(err.contains("content/checklist.yaml:11:76: error[link.anchor]: no heading `#gjenopretting` on `docs/backup.md`"), err);
    assertTrue(err.contains("content/docs/annet.md:5:1: error[directive.checklist]: unknown key `what` in a checklist block"), err);
    assertTrue(err.endsWith("failed: 2 errors, 0 warnings in N s\n"), err);
  }

  static final String MARKED =
      """
      -- content/site.yaml --
      title: T
      nav: [checklist]
      -- content/checklist.yaml --
      title: Produksjonsklarhet
      source: Fra *kilden*; statusene er våre.
      categories:
        - id: backup
          title: Backup
          original: DATABASE BACKUP
          items:
            - {id: daily, title: Daglig backup, original: Automated daily backups, status: done, weight: 1, estimated: [status, weight]}
            - {id: offsite, title: Off-site-lagring, status: todo, weight: 3, owner: Drift, added: true, estimated: [owner]}
        - id: testing
          title: Testing
          items:
            - {id: unit, title: Enhetstester, status: todo}
      success_criteria:
        - {id: c-backup, title: Backup er på plass, original: Automated backups (daily), refs: [daily, offsite]}
        - {id: c-beta, title: Betabrukere, status: todo}
      """;

  @Test
  void criteriaShowTheirItemsProgressAndMarksShowWhatIsNotInTheSource() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, MARKED);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String dash = site.read("checklist/index.html");
    // backup: 1 done of weight 4 → 2.5/10; total 2.5/20 = 12.5 %, in Norwegian notation
    assertTrue(dash.contains("<span class=\"readiness-score\">2,5/20 (12,5 %)</span>"), dash);
    assertTrue(dash.contains("Backup <span class=\"category-score\">2,5/10</span>"));
    assertTrue(dash.contains("value=\"12.5\" aria-label=\"Samlet score\">12,5 %</progress>"), "attributes stay plain numbers, texts are Norwegian");
    // the criterion covers daily (1 done) and offsite (3 todo): 25 %, in progress, not 0 %
    String criterion = dash.substring(dash.indexOf("<li id=\"c-backup\""), dash.indexOf("</li>", dash.indexOf("<li id=\"c-backup\"")));
    assertTrue(criterion.contains("class=\"checklist-item status-in-progress\""), criterion);
    assertTrue(criterion.contains("(25 %)"), criterion);
    assertTrue(criterion.contains("I kilden: «Automated backups (daily)»"), criterion);
    String daily = dash.substring(dash.indexOf("<li id=\"daily\""), dash.indexOf("</li>", dash.indexOf("<li id=\"daily\"")));
    assertTrue(daily.contains("</span> <span class=\"mark mark-estimated\">anslått</span>"), "status estimated: " + daily);
    assertTrue(daily.contains("Vekt 1 <span class=\"mark mark-estimated\">anslått</span>"), "weight estimated: " + daily);
    assertTrue(daily.contains("<span class=\"item-original\">I kilden: «Automated daily backups»</span>"), "the source's wording is shown, and so searchable");
    String offsite = dash.substring(dash.indexOf("<li id=\"offsite\""), dash.indexOf("</li>", dash.indexOf("<li id=\"offsite\"")));
    assertTrue(offsite.contains("Off-site-lagring <span class=\"mark mark-added\">lagt til</span>"), offsite);
    assertTrue(offsite.contains("Ansvarlig: Drift <span class=\"mark mark-estimated\">anslått</span>"), offsite);
    assertTrue(dash.contains("<p class=\"category-original\"><span class=\"item-original\">I kilden: «DATABASE BACKUP»</span></p>"));
    assertTrue(dash.contains("<div class=\"note checklist-source\"><p>Fra <em>kilden</em>; statusene er våre.</p>"), "source note rendered");
    assertTrue(dash.contains("av 20 mulige poeng"), "the dashboard says how the score is derived");
    assertTrue(dash.contains("class=\"note checklist-legend\""), "legend when values are marked");
    assertTrue(site.read("badges/readiness.svg").contains(">12,5 %</text>"));
    String json = site.read("checklist.json");
    assertTrue(json.contains("\"display\" : \"2.5/20 (12.5%)\""), json);
    assertTrue(json.contains("\"percent\" : 12.5"), json);
    assertTrue(json.contains("\"source\" : \"Fra *kilden*; statusene er våre.\""), json);
    String jsonCriterion = json.substring(json.indexOf("\"id\" : \"c-backup\""));
    assertTrue(jsonCriterion.matches("(?s).*?\"status\" : \"in-progress\",\\s+\"percent\" : 25.0.*"), jsonCriterion);
    String jsonDaily = json.substring(json.indexOf("\"id\" : \"daily\""), json.indexOf("\"id\" : \"offsite\""));
    assertTrue(jsonDaily.contains("\"original\" : \"Automated daily backups\""), jsonDaily);
    assertTrue(jsonDaily.contains("\"added\" : false"), jsonDaily);
    assertTrue(jsonDaily.matches("(?s).*\"estimated\" : \\[ \"status\", \"weight\" \\].*"), jsonDaily);
    assertTrue(json.substring(json.indexOf("\"id\" : \"offsite\"")).contains("\"added\" : true"));
  }

  @Test
  void anEnglishSiteWritesNumbersTheEnglishWay() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, MARKED.replace("title: T\n", "title: T\nlanguage: en\n"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String dash = site.read("checklist/index.html");
    assertTrue(dash.contains("<span class=\"readiness-score\">2.5/20 (12.5%)</span>"), dash);
    assertTrue(dash.contains("<span class=\"mark mark-estimated\">estimated</span>"));
    assertTrue(dash.contains("(25%)"));
  }
}
