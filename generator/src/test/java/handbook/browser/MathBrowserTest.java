package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Formulas ({@code $...$}, {@code $$...$$}, a {@code math} block) in a reader's browser, under
 * {@code default-src 'self'}: KaTeX lays them out with its own fonts, from the site, with no
 * console error or refused style; a page without formulas loads none of it; with JavaScript off
 * the TeX is shown as written.
 */
class MathBrowserTest {
  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/formler.md --
      ---
      title: Formler
      ---
      Energien er $E = mc^2$, for $5 og $10.

      $$
      \\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}
      $$

      ```math
      \\sqrt{a^2 + b^2}
      ```

      Og \\(y^2\\) som arithmatex skriver det.

      \\begin{align}
      a &= b
      \\end{align}
      -- content/docs/tekst.md --
      ---
      title: Tekst
      ---
      Ingen formler her.
      """;

  /** Per formula: whether KaTeX drew it, whether as a display, its MathML annotation (the TeX it read). */
  private static final String DRAWN =
      """
      return [...document.querySelectorAll('.arithmatex')].map(e => [
        e.querySelector('.katex') !== null,
        e.querySelector('.katex-display') !== null,
        (e.querySelector('annotation') || {textContent: null}).textContent]);
      """;

  @BeforeAll
  static void buildAndServe() throws Exception {
    SiteFixture f = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = f.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    browser = Browser.start();
    server = SiteServer.of(f.site());
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  @Test
  void katexLaysOutEachFormulaWithItsOwnFonts() throws Exception {
    browser.open(server.url("docs/formler/"));
    browser.settle();
    assertEquals(
        List.of(
            List.of(true, false, "E = mc^2"),
            List.of(true, true, "\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}"),
            List.of(true, true, "\\sqrt{a^2 + b^2}"),
            List.of(true, false, "y^2"),
            List.of(true, true, "\\begin{align}\na &= b\n\\end{align}")),
        browser.driver().executeScript(DRAWN));
    // the money is text
    assertTrue(browser.driver().executeScript("return document.querySelector('.doc-body p').textContent").toString().contains("for $5 og $10."));
    // KaTeX's fonts, loaded from the site
    Object fonts =
        browser.driver().executeAsyncScript(
            "const done = arguments[0]; document.fonts.ready.then(() => done([...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)))");
    assertTrue(fonts.toString().contains("KaTeX_Main"), "fonts: " + fonts);
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void aPageWithoutFormulasLoadsNoneOfIt() throws Exception {
    browser.open(server.url("docs/tekst/"));
    browser.settle();
    assertEquals(0L, browser.driver().executeScript("return document.querySelectorAll('script[src*=katex], link[href*=katex], script[src*=\"math.\"]').length"));
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void withoutJavaScriptTheTexIsShownAsWritten() throws Exception {
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      browser.open(server.url("docs/formler/"));
      assertEquals(
          List.of("\\(E = mc^2\\)", "\\[\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\\]", "\\[\\sqrt{a^2 + b^2}\\]", "\\(y^2\\)", "\\[\\begin{align}\na &= b\n\\end{align}\\]"),
          browser.driver().executeScript("return [...document.querySelectorAll('.arithmatex')].map(e => e.textContent)"));
    } finally {
      browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }
}
