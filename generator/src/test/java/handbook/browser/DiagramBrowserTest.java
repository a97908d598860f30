package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.SiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mermaid diagrams (a fenced block of {@code mermaid}) in a reader's browser, under
 * {@code default-src 'self'}: drawn in place with their styles, with no console error or refused
 * style, in the reader's colour scheme (drawn again when it changes); one Mermaid cannot read
 * stays as its source with what Mermaid said; a page without diagrams loads none of it, nor does
 * a site without them publish it; with JavaScript off the source is shown as code.
 */
class DiagramBrowserTest {
  @TempDir static Path tmp;
  static SiteFixture site;
  static SiteServer server;
  static Browser browser;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/flyt.md --
      ---
      title: Flyt
      ---
      ```mermaid
      graph TD
        A[Start here] --> B{Is it?}
        B -->|Yes| C[OK]
        B -->|No| D[Not OK]
        click C href "javascript:alert(1)"
      ```

      ```mermaid
      sequenceDiagram
        Alice->>Bob: Hello Bob
        Bob-->>Alice: Hi Alice
      ```

      ```mermaid
      graph TD
        A[unclosed --> B
      ```
      -- content/docs/tekst.md --
      ---
      title: Tekst
      ---
      Ingen diagrammer her.
      """;

  /** Per diagram: its texts, the first shape's fill, and whether it is drawn (or its source's error). */
  private static final String DRAWN =
      """
      return [...document.querySelectorAll('.doc-body figure.diagram, .doc-body pre')].map(e => e.matches('figure')
        ? [[...e.querySelectorAll('text, tspan')].map(t => t.textContent.trim()).filter(t => t && !t.includes(' ') || t.length > 3).join('|'),
           getComputedStyle(e.querySelector('.node rect, .node polygon, rect.actor')).fill]
        : ['source', e.getAttribute('data-diagram-error') !== null]);
      """;

  @BeforeAll
  static void buildAndServe() throws Exception {
    site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    browser = Browser.start();
    server = SiteServer.of(site.site());
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @AfterEach
  void forget() {
    browser.driver().executeScript("localStorage.clear()");
    browser.media("", "light");
  }

  private static List<?> drawn() throws InterruptedException {
    // (Mermaid draws asynchronously: until every figure is there, or the source of one it cannot read is marked)
    for (int i = 0; i < 100; i++) {
      Object done = browser.driver().executeScript("return document.querySelectorAll('.doc-body figure.diagram svg').length === 2 && document.querySelector('pre[data-diagram-error]') !== null");
      if (Boolean.TRUE.equals(done)) {
        break;
      }
      Thread.sleep(100);
    }
    return (List<?>) browser.driver().executeScript(DRAWN);
  }

  @Test
  void eachDiagramIsDrawnInPlaceWithItsStylesAndNothingRefused() throws Exception {
    browser.viewport(1280, 900);
    browser.media("", "light");
    browser.open(server.url("docs/flyt/"));
    browser.settle();
    List<?> drawn = drawn();
    assertEquals(3, drawn.size(), drawn.toString());
    List<?> flow = (List<?>) drawn.get(0);
    assertTrue(flow.get(0).toString().contains("Start here") && flow.get(0).toString().contains("Not OK"), flow.toString());
    // Mermaid's own light fill, from its stylesheet (not black: the styles were applied)
    assertEquals("rgb(236, 236, 255)", flow.get(1), flow.toString());
    assertTrue(((List<?>) drawn.get(1)).get(0).toString().contains("Hello Bob"), drawn.toString());
    assertEquals(List.of("source", true), drawn.get(2), "one Mermaid cannot read stays as its source, with what it said");
    // the strict level: no script in a link
    assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('figure.diagram a[href^=javascript], figure.diagram [onclick]').length"));
    assertEquals(List.of(), browser.problems(), "console and CSP");
    // the dark scheme chosen: drawn again in Mermaid's dark theme
    browser.driver().findElement(org.openqa.selenium.By.cssSelector(".scheme-toggle")).click();
    String dark = null;
    for (int i = 0; i < 100 && (dark == null || dark.equals(flow.get(1))); i++) {
      Thread.sleep(100);
      dark = ((List<?>) drawn().get(0)).get(1).toString();
    }
    assertNotEquals(flow.get(1), dark, "the dark theme's fill");
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void aPageWithoutDiagramsLoadsNoneOfItAndWithoutJavaScriptTheSourceIsShown() throws Exception {
    browser.open(server.url("docs/tekst/"));
    browser.settle();
    assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('script[src*=mermaid], script[src*=\"diagrams.\"]').length"));
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      browser.open(server.url("docs/flyt/"));
      String code = browser.driver().findElement(org.openqa.selenium.By.cssSelector("pre > code.language-mermaid")).getText();
      assertTrue(code.startsWith("graph TD"), code);
    } finally {
      browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void aSiteWithoutDiagramsDoesNotPublishMermaid() throws Exception {
    Path assets = site.site().resolve("assets");
    assertTrue(Files.isDirectory(assets.resolve("vendor/mermaid")), "published where a page draws one");
    SiteFixture plain = SiteFixture.of(tmp.resolve("plain"), "-- content/docs/a.md --\n# A\n\n```sh\nls\n```\n");
    assertEquals(0, plain.run("build", "--quiet").exit());
    assertFalse(Files.exists(plain.site().resolve("assets/vendor/mermaid")), "no diagram, no Mermaid");
    try (var files = Files.list(plain.site().resolve("assets"))) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("diagrams.")), "nor its script");
    }
  }
}
