package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.StaticServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A fixture checklist in headless Chromium under {@code default-src 'self'}: the bars are drawn
 * with the computed values, criteria show their items' progress, the marks for what is not in
 * the source are visible, and axe finds no WCAG 2.1 A/AA violation on the dashboard.
 */
class ChecklistBrowserTest {
  @TempDir static Path tmp;
  static StaticServer server;
  static Browser browser;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      nav: [docs, checklist]
      -- content/checklist.yaml --
      title: Produksjonsklarhet
      source: Statusene er anslått av oss.
      thresholds:
        - {min: 0, label: Ikke klar, level: critical}
      categories:
        - id: backup
          title: Backup
          items:
            - {id: daily, title: Daglig backup, original: Automated daily backups, status: done, weight: 1, estimated: [status, weight]}
            - {id: offsite, title: Off-site, status: in-progress, weight: 3, added: true}
        - id: testing
          title: Testing
          items:
            - {id: unit, title: Enhetstester, status: todo}
      success_criteria:
        - {id: c-backup, title: Backup er på plass, refs: [daily, offsite]}
      -- content/docs/index.md --
      ---
      title: Dokumentasjon
      ---
      ```checklist
      category: backup
      ```
      """;

  @BeforeAll
  static void buildAndServe() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    browser = Browser.start();
    server = new StaticServer(site.site());
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @Test
  void barsAndCriteriaShowTheComputedValues() throws Exception {
    browser.open(server.url("checklist/"));
    // backup: (1 + 0.5 × 3) / 4 → 6.3/10 (62.5 % rounded half-up); testing 0; total 6.3/20 = 31.5 %
    WebElement total = browser.driver().findElement(By.cssSelector(".readiness progress"));
    assertEquals("31.5", total.getAttribute("value"));
    assertEquals("6,3/20 (31,5 %)", browser.driver().findElement(By.cssSelector(".readiness-score")).getText());
    assertTrue(total.getSize().getWidth() > 100, "the bar is drawn");
    List<String> bars = new ArrayList<>();
    for (WebElement p : browser.driver().findElements(By.cssSelector(".score-table progress"))) {
      bars.add(p.getAttribute("aria-label") + "=" + p.getAttribute("value"));
    }
    assertEquals(List.of("Backup=62.5", "Testing=0"), bars);
    WebElement criterion = browser.driver().findElement(By.id("c-backup"));
    assertTrue(criterion.getText().contains("(62,5 %)"), criterion.getText());
    assertEquals("Pågår", criterion.findElement(By.cssSelector(".status-badge")).getText());
    WebElement daily = browser.driver().findElement(By.id("daily"));
    assertEquals(2, daily.findElements(By.cssSelector(".mark-estimated")).size(), "status and weight are marked");
    assertTrue(daily.findElement(By.cssSelector(".mark-estimated")).isDisplayed());
    assertTrue(browser.driver().findElement(By.cssSelector("#offsite .mark-added")).isDisplayed());
    assertEquals(List.of(), browser.problems());
    browser.open(server.url("docs/"));
    assertEquals("62.5", browser.driver().findElement(By.cssSelector(".checklist-embed progress")).getAttribute("value"));
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void dashboardHasNoAccessibilityViolations() throws Exception {
    browser.open(server.url("checklist/"));
    List<String> v = browser.axeViolations();
    assertEquals(List.of(), v);
  }
}
