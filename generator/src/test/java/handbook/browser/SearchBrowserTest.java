package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.StaticServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search on the real handbook, in the browser, under a strict CSP: the relevance set in
 * {@code search/relevance.tsv} runs through the results page; typing, keyboard navigation and
 * the results page work without console errors or CSP violations.
 */
class SearchBrowserTest {
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

  private List<String> resultsPage(String query) {
    browser.open(server.url("search.html?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> !d.findElement(By.id("search-page-status")).getText().isEmpty() && !d.findElement(By.id("search-page-status")).getText().startsWith("Laster"));
    return resultLinks(server);
  }

  /** The links of the results page shown, from the root of the site {@code on} serves. */
  private static List<String> resultLinks(StaticServer on) {
    List<String> urls = new ArrayList<>();
    for (WebElement a : browser.driver().findElements(By.cssSelector("#search-page-results a"))) {
      urls.add(a.getAttribute("href").replace(on.url(""), ""));
    }
    return urls;
  }

  @Test
  void relevanceSetFindsTheRightPages() throws Exception {
    List<String> failures = new ArrayList<>();
    int queries = 0;
    for (String line : Files.readAllLines(Path.of("src/test/resources/search/relevance.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      int rank = Integer.parseInt(f[2]);
      List<String> got = resultsPage(f[0]);
      queries++;
      List<String> top = got.subList(0, Math.min(rank, got.size()));
      String want = f[1];
      boolean hit =
          top.stream()
              .map(u -> java.net.URLDecoder.decode(u, StandardCharsets.UTF_8))
              .anyMatch(u -> want.endsWith("*") ? u.startsWith(want.substring(0, want.length() - 1)) : u.equals(want) || (!want.contains("#") && u.startsWith(want + "#")));
      if (!hit) {
        failures.add("`" + f[0] + "` → wanted " + f[1] + " in top " + rank + ", got " + got.subList(0, Math.min(5, got.size())));
      }
    }
    assertTrue(queries >= 20, "queries: " + queries);
    assertEquals(List.of(), failures);
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void typingShowsResultsAndArrowsAndEnterOpenOne() throws Exception {
    browser.open(server.url("docs/"));
    WebElement input = browser.driver().findElement(By.id("site-search-input"));
    input.click();
    input.sendKeys("circuit");
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-dropdown [role=option]")));
    List<WebElement> options = browser.driver().findElements(By.cssSelector("#search-dropdown [role=option]"));
    assertFalse(options.isEmpty());
    assertFalse(browser.driver().findElements(By.cssSelector("#search-dropdown mark")).isEmpty(), "matched words are highlighted");
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals("true", options.get(0).getAttribute("aria-selected"));
    String target = options.get(0).getAttribute("href");
    input.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlToBe(target));
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void slashFocusesTheSearchBox() throws Exception {
    browser.open(server.url("docs/drift/"));
    browser.driver().findElement(By.tagName("body")).sendKeys("/");
    assertEquals("site-search-input", browser.driver().switchTo().activeElement().getAttribute("id"));
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void anIndexOfOneDocumentPerPageLinksEachResultToItsPage() throws Exception {
    // over its budget, the index has a document per page, whose id is its link
    Path site = tmp.resolve("small-budget");
    SiteFixture.buildHandbook(site, "search:\n  max_size: 40 KB");
    String index = Files.readString(site.resolve("search-index.json"));
    assertFalse(index.contains("\"u\":"), "no link written apart from the id");
    try (StaticServer small = new StaticServer(site)) {
      browser.open(small.url("search.html?q=" + URLEncoder.encode("circuit breaker", StandardCharsets.UTF_8)));
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
      wait.until(d -> !d.findElements(By.cssSelector("#search-page-results a")).isEmpty());
      List<String> links = resultLinks(small);
      assertTrue(links.stream().allMatch(l -> l.startsWith("docs/") || l.startsWith("runbooks/") || l.startsWith("course/") || l.startsWith("api/")), links.toString());
      assertTrue(links.stream().noneMatch(l -> l.contains("undefined")), links.toString());
      assertTrue(links.stream().allMatch(l -> java.nio.file.Files.isRegularFile(site.resolve(l.replaceFirst("#.*", "") + "index.html"))), "each link leads to a page: " + links);
    }
    assertEquals(List.of(), browser.problems());
  }

  /** MkDocs Material's search.boost ranks a page above others that match as well or better (unboosted, the same text ranks after its twin, written first). */
  @Test
  void aBoostedPageRanksHigher() throws Exception {
    SiteFixture fixture =
        SiteFixture.of(
            tmp.resolve("boosted"),
            """
            -- content/site.yaml --
            title: Rang
            -- content/docs/mange.md --
            # Mange treff
            Kaffemaskin, kaffemaskin og atter kaffemaskin: her står kaffemaskin ofte.
            -- content/docs/vanlig.md --
            # Vanlig
            En kaffemaskin.
            -- content/docs/zulu.md --
            ---
            search:
              boost: 10
            ---
            # Vanlig
            En kaffemaskin.
            """);
    assertEquals(0, fixture.run("build").exit());
    try (StaticServer boosted = new StaticServer(fixture.site())) {
      browser.open(boosted.url("search.html?q=kaffemaskin"));
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
      wait.until(d -> d.findElements(By.cssSelector("#search-page-results a")).size() >= 3);
      assertEquals(List.of("docs/zulu/", "docs/vanlig/", "docs/mange/"), resultLinks(boosted));
    }
    assertEquals(List.of(), browser.problems());
  }

  /** Chinese is written without spaces between words: each character is a term, so a word inside a sentence is found. */
  @Test
  void aChineseWordIsFoundInsideItsSentence() throws Exception {
    SiteFixture fixture =
        SiteFixture.of(
            tmp.resolve("chinese"),
            """
            -- content/site.yaml --
            title: Widgets
            -- content/docs/widgets.md --
            # 介绍
            欢迎使用小部件的文档。
            -- content/docs/other.md --
            # 其他
            你好世界，这里没有。
            """);
    assertEquals(0, fixture.run("build").exit());
    try (StaticServer chinese = new StaticServer(fixture.site())) {
      browser.open(chinese.url("search.html?q=" + URLEncoder.encode("部件", StandardCharsets.UTF_8)));
      WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
      wait.until(d -> !d.findElements(By.cssSelector("#search-page-results a")).isEmpty());
      assertEquals(List.of("docs/widgets/"), resultLinks(chinese));
      List<String> marked = new ArrayList<>();
      browser.driver().findElements(By.cssSelector("#search-page-results mark")).forEach(m -> marked.add(m.getText()));
      assertTrue(marked.contains("部") && marked.contains("件") && !marked.contains("欢"), marked.toString());
    }
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void indexIsNotLoadedUntilTheBoxIsUsed() throws Exception {
    browser.open(server.url("docs/arkitektur/"));
    Object loaded = browser.driver().executeScript("return performance.getEntriesByType('resource').some(e => e.name.includes('search-index.json'))");
    assertEquals(Boolean.FALSE, loaded);
  }
}
