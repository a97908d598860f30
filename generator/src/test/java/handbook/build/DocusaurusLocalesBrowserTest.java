package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.SiteServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A Docusaurus project in two languages, in headless Chromium (under the CSP where nginx is
 * installed): the language menu opens and leads to the same page in the other language, on a
 * wide and a narrow screen, and its pages have no WCAG 2.1 A/AA violation axe finds.
 */
class DocusaurusLocalesBrowserTest {
  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void buildAndServe() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), IncrementalBuildTest.DOCUSAURUS_LOCALES);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    browser = Browser.start();
    server = SiteServer.of(site.site());
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @Test
  void theLanguageMenuLeadsToThePageInTheOtherLanguage() throws Exception {
    for (int width : List.of(1280, 400)) {
      browser.viewport(width, 900);
      browser.open(server.url("docs/guide/water/"));
      assertEquals(List.of(), browser.axeViolations(), "axe at " + width);
      browser.driver().findElement(By.cssSelector(".language-switcher summary")).click();
      browser.driver().findElement(By.linkText("Français")).click();
      assertTrue(browser.driver().getCurrentUrl().endsWith("/fr/docs/guide/water/"), browser.driver().getCurrentUrl());
      assertEquals("Arrosage", browser.driver().findElement(By.tagName("h1")).getText());
      assertEquals(List.of(), browser.axeViolations(), "axe in French at " + width);
      assertEquals(List.of(), browser.problems(), "at " + width);
      // and back
      browser.driver().findElement(By.cssSelector(".language-switcher summary")).click();
      browser.driver().findElement(By.linkText("English")).click();
      assertTrue(browser.driver().getCurrentUrl().endsWith("/docs/guide/water/") && !browser.driver().getCurrentUrl().contains("/fr/"), browser.driver().getCurrentUrl());
    }
  }

  @Test
  void aPageNotTranslatedSaysSoInItsLanguage() throws Exception {
    for (String scheme : List.of("light", "dark")) {
      browser.viewport(1280, 900);
      browser.media("", scheme);
      browser.open(server.url("fr/docs/guide/light/"));
      org.openqa.selenium.WebElement note = browser.driver().findElement(By.cssSelector("main p.untranslated"));
      assertTrue(note.isDisplayed() && note.getText().contains("English"), note.getText());
      assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals(List.of(), browser.axeViolations(), "axe in the " + scheme + " scheme");
      assertEquals(List.of(), browser.problems(), scheme);
    }
    browser.media("", "light");
  }

  @Test
  void eachLanguageSearchesItsOwnPages() throws Exception {
    browser.viewport(1280, 900);
    browser.open(server.url("fr/docs/intro/"));
    org.openqa.selenium.WebElement input = browser.driver().findElement(By.id("site-search-input"));
    input.click();
    input.sendKeys("arrosage");
    org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20));
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-dropdown [role=option]")));
    List<String> found = browser.driver().findElements(By.cssSelector("#search-dropdown [role=option]")).stream().map(e -> e.getAttribute("href")).toList();
    assertTrue(found.stream().anyMatch(h -> h.contains("/fr/docs/guide/water/")), found.toString());
    assertTrue(found.stream().allMatch(h -> h.contains("/fr/")), "the French pages alone: " + found);
    assertEquals(List.of(), browser.problems());
  }
}
