package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runbooks written elsewhere, read leniently, in a real browser: an alert of kubernetes-mixin's
 * file of many alerts leads to its heading, and the unknown severity reads well in both schemes.
 */
class AdoptedRunbooksBrowserTest {
  @TempDir static Path tmp;
  static StaticServer server;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws Exception {
    SiteFixture f = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: Runbooks\nnav: [runbooks]\nrunbooks: {strict: false}\n");
    Path corpus = Path.of("src/test/resources/corpus/runbooks");
    Files.createDirectories(f.content().resolve("runbooks/general"));
    Files.copy(corpus.resolve("kubernetes-mixin/runbook.md"), f.content().resolve("runbooks/kubernetes.md"));
    Files.copy(corpus.resolve("prometheus-operator/content/runbooks/general/TargetDown.md"), f.content().resolve("runbooks/general/TargetDown.md"));
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    browser = Browser.start();
    server = new StaticServer(f.site());
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @Test
  void anAlertOfAFileOfManyAlertsLeadsToItsHeading() {
    browser.open(server.url("runbooks/alerts/KubeJobFailed/"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .withMessage("the meta refresh moves on to the heading")
        .until(d -> d.getCurrentUrl().endsWith("/runbooks/kubernetes/#alert-name-kubejobfailed"));
    // the address changes before the new page is parsed: wait for the heading
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .withMessage("the heading of the alert is shown")
        .until(d -> d.findElements(By.id("alert-name-kubejobfailed")).stream().anyMatch(e -> e.isDisplayed()));
  }

  @Test
  void unknownSeverityPagesHaveNoAccessibilityViolationsInLightAndDark() throws Exception {
    for (String scheme : List.of("light", "dark")) {
      browser.driver().executeCdpCommand(
          "Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (String page : List.of("runbooks/", "runbooks/general/TargetDown/", "runbooks/kubernetes/")) {
        browser.open(server.url(page));
        assertEquals("Ukjent", browser.driver().findElement(By.cssSelector(".severity-badge.severity-unknown")).getText().replace("Alvorlighet: ", ""));
        List<String> v = browser.axeViolations();
        assertEquals(List.of(), v, "axe on /" + page + " in the " + scheme + " scheme");
        assertEquals(List.of(), browser.problems(), "on /" + page);
      }
    }
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }
}
