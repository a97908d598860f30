package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.StaticServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The handbook's runbooks in headless Chromium under {@code default-src 'self'}: an alert's fixed
 * address leads to its runbook, the index filter works, step commands get copy buttons, and axe
 * finds no WCAG 2.1 A/AA violation in the light or the dark scheme.
 */
class RunbooksBrowserTest {
  @TempDir static Path tmp;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixture.buildHandbook(site);
    browser = Browser.start();
    server = new StaticServer(site);
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  private static void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).withMessage(what).until(d -> condition.get());
  }

  @Test
  void anAlertsFixedAddressLeadsToItsRunbook() throws Exception {
    browser.open(server.url("runbooks/alerts/MindframeApiDown/"));
    waitFor("the meta refresh moves on", () -> browser.driver().getCurrentUrl().endsWith("/runbooks/feilet-deploy/"));
    // the URL changes before the new page is parsed: wait for its heading
    waitFor("the runbook is shown", () -> browser.driver().findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals("Feilet deploy og tilbakerulling")));
    assertEquals(List.of(), browser.problems());

    browser.open(server.url("runbooks/alerts/DiskSpaceCritical/"));
    waitFor("the meta refresh moves on", () -> browser.driver().getCurrentUrl().endsWith("/runbooks/full-disk/"));
    // (and its page is loaded: a load still going when the next test opens a page was taken for that one's)
    waitFor("the runbook is shown", () -> browser.driver().findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals("Full disk fra backup eller logger")));
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void theIndexFilterNarrowsTheListsAndReadsTheAddress() throws Exception {
    browser.open(server.url("runbooks/"));
    WebElement form = browser.driver().findElement(By.cssSelector("form.runbook-filter"));
    assertTrue(form.isDisplayed(), "the script shows the filter");
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#by-severity tr.filterable"));
    int total = rows.size();
    long critical = rows.stream().filter(r -> "kritisk".equals(r.getAttribute("data-severity"))).count();
    assertTrue(critical > 0 && critical < total, "the handbook has critical and other runbooks");
    form.findElement(By.cssSelector("input[type=search]")).sendKeys("redis");
    waitFor("rows are filtered", () -> visibleRows() < total);
    List<String> shown = new ArrayList<>();
    for (WebElement r : rows) {
      if (r.isDisplayed()) {
        shown.add(r.findElement(By.tagName("a")).getText());
      }
    }
    assertTrue(shown.contains("Høy responstid eller feil i Redis-cachen"), shown.toString());
    assertFalse(shown.contains("Feilet deploy og tilbakerulling"), shown.toString());
    assertEquals(shown.size() + " av " + total + " runbooks", browser.driver().findElement(By.cssSelector(".runbook-filter-count")).getText());
    assertTrue(browser.driver().getCurrentUrl().endsWith("/runbooks/?q=redis"), browser.driver().getCurrentUrl());

    browser.open(server.url("runbooks/?severity=kritisk"));
    waitFor("the address fills the form", () -> visibleRows() == critical);
    assertEquals(List.of(), browser.problems());
  }

  private static int visibleRows() {
    return (int) browser.driver().findElements(By.cssSelector("#by-severity tr.filterable")).stream().filter(WebElement::isDisplayed).count();
  }

  @Test
  void stepCommandsHaveCopyButtons() throws Exception {
    browser.open(server.url("runbooks/database-utilgjengelig/"));
    // the script adds the buttons once the page has loaded: wait for them rather than race it
    waitFor("commands in numbered steps get copy buttons", () -> !browser.driver().findElements(By.cssSelector("ol > li .code-block .copy-button")).isEmpty());
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void runbookPagesHaveNoAccessibilityViolationsInLightAndDark() throws Exception {
    for (String scheme : List.of("light", "dark")) {
      browser.driver().executeCdpCommand(
          "Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (String page : List.of("runbooks/", "runbooks/database-utilgjengelig/", "runbooks/rate-limiting-stenger-ute-brukere/")) {
        browser.open(server.url(page));
        String badge = browser.driver().findElement(By.cssSelector(".severity-badge.severity-kritisk, .severity-badge.severity-medium")).getCssValue("background-color");
        assertTrue(scheme.equals("dark") == badge.matches("rgba\\((255, 123, 114|58, 48, 0), 1\\)"), scheme + " badge colours: " + badge);
        List<String> v = browser.axeViolations();
        assertEquals(List.of(), v, "axe on /" + page + " in the " + scheme + " scheme");
        assertEquals(List.of(), browser.problems(), "on /" + page);
      }
    }
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }
}
