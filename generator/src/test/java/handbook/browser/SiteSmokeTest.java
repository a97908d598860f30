package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.SiteServer;
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
 * The real handbook, built and served with a strict CSP (through nginx and deploy/nginx.conf when
 * nginx is installed), opened in headless Chromium: the
 * sidebar leads through the pages, no page logs an error or breaks the CSP, and axe finds no
 * WCAG 2.1 A/AA violation on any page type.
 */
class SiteSmokeTest {
  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixture.buildHandbook(site);
    browser = Browser.start();
    server = SiteServer.of(site);
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @Test
  void sidebarLeadsFromPageToPageWithoutErrors() throws Exception {
    browser.open(server.url("docs/"));
    assertEquals(List.of(), browser.problems());
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.sidebar a:not([aria-current])"));
      assertFalse(links.isEmpty(), "sidebar has links on " + browser.driver().getCurrentUrl());
      WebElement link = links.get(Math.min(i, links.size() - 1));
      String title = link.getText();
      link.click();
      visited.add(title);
      assertEquals(title, browser.driver().findElement(By.cssSelector("nav.sidebar a[aria-current=page]")).getText());
      assertTrue(browser.driver().getTitle().startsWith(title), browser.driver().getTitle());
      assertEquals(List.of(), browser.problems(), "on " + browser.driver().getCurrentUrl());
    }
    assertEquals(4, visited.size());
  }

  @Test
  void everyPageTypeHasNoAccessibilityViolations() throws Exception {
    for (String page : List.of("", "docs/", "docs/drift/", "docs/drift/backup-og-gjenoppretting/", "docs/utvikling/circuit-breaker/", "docs/utvikling/lokalt-oppsett/", "checklist/", "search.html?q=backup", "finnes-ikke/",
        "course/", "course/02-drift/", "course/02-drift/04-gjenoppretting/", "course/05-skalering/06-oppsummering-og-selvtest/", "course/04-sikkerhet/print/",
        "api/", "api/mindframe/", "api/mindframe/brukere/", "api/mindframe/schemas/User/", "runbooks/", "runbooks/database-utilgjengelig/", "tags/", "tags/drift/")) {
      browser.open(server.url(page));
      List<String> v = browser.axeViolations();
      assertEquals(List.of(), v, "axe on /" + page);
      List<String> problems = new ArrayList<>(browser.problems());
      // the missing page's own 404 status is what a 404 page is for
      problems.removeIf(p -> page.equals("finnes-ikke/") && p.contains(page + " - Failed to load resource: the server responded with a status of 404"));
      assertEquals(List.of(), problems, "on /" + page);
    }
  }

  @Test
  void codeIsHighlightedAndCopyButtonsAppear() throws Exception {
    browser.open(server.url("docs/utvikling/circuit-breaker/"));
    // Prism runs after the document is parsed: wait for its tokens rather than race it
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("pre code.language-python .token")).isEmpty());
    assertFalse(browser.driver().findElements(By.cssSelector(".code-block button.copy-button")).isEmpty(), "copy buttons");
    assertEquals(List.of(), browser.problems());
  }
}
