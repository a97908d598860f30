package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.SiteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The handbook in a colour of its own, a pale yellow that cannot be a link's colour as it is: in
 * headless Chromium (under the CSP where nginx is installed) the header takes the colour's
 * readable shade, and axe finds no WCAG 2.1 A/AA violation in the light or the dark scheme.
 */
class AccentBrowserTest {
  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path site = tmp.resolve("site");
    SiteFixture.buildHandbook(site, "color: \"#ffec3d\"\n" + LayoutBrowserTest.LINKS);
    browser = Browser.start();
    server = SiteServer.of(site);
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @Test
  void aPaleColourReadsWellInBothSchemes() throws Exception {
    handbook.theme.Accent accent = new handbook.theme.Accent("#ffec3d");
    for (String scheme : List.of("light", "dark")) {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (String page : List.of("", "docs/", "docs/utvikling/circuit-breaker/", "checklist/", "course/02-drift/", "search.html?q=backup")) {
        browser.open(server.url(page));
        try {
          // (the first page a new browser opens was once read before its body was there)
          new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
              .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header")));
        } catch (org.openqa.selenium.TimeoutException e) {
          // (what the browser got instead, to tell a server's hiccup from the page's fault: its start and end)
          String source = browser.driver().getPageSource();
          throw new AssertionError("no site header on " + browser.driver().getCurrentUrl() + " (" + scheme + "), " + source.length() + " characters:\n" + source.substring(0, Math.min(2000, source.length())) + "\n...\n" + source.substring(Math.max(0, source.length() - 1000)));
        }
        String header = browser.driver().findElement(By.cssSelector(".site-header")).getCssValue("background-color");
        assertEquals(rgb(scheme.equals("light") ? accent.header() : accent.darkHeader()), header, "the header on /" + page + " in the " + scheme + " scheme");
        List<String> v = browser.axeViolations();
        assertEquals(List.of(), v, "axe on /" + page + " in the " + scheme + " scheme");
        assertEquals(List.of(), browser.problems(), "on /" + page);
      }
    }
    browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  /** {@code #rrggbb} as the browser gives a computed colour. */
  private static String rgb(String hex) {
    int c = Integer.parseInt(hex.substring(1), 16);
    return "rgba(" + (c >> 16 & 0xff) + ", " + (c >> 8 & 0xff) + ", " + (c & 0xff) + ", 1)";
  }
}
