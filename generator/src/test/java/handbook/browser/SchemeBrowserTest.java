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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The colour scheme button in a reader's browser, under {@code default-src 'self'}: it shows the
 * other scheme, the page's colours (and the code's) follow at once, the choice holds on the next
 * page from its first paint, a choice that is the system's own is not kept (the page follows the
 * system again); without JavaScript there is no button and the system's scheme is followed.
 */
class SchemeBrowserTest {
  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;

  static final String LIGHT_BG = "rgb(255, 255, 255)";
  static final String DARK_BG = "rgb(14, 18, 23)";
  /** Prism's keyword colour in the dark scheme ({@code prism-theme.css}). */
  static final String DARK_KEYWORD = "rgb(255, 123, 114)";

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/a.md --
      ---
      title: A
      ---
      Tekst.

      ```py
      def a():
          return 1
      ```
      -- content/docs/b.md --
      ---
      title: B
      ---
      Mer tekst.
      -- content/docs/logo.md --
      ---
      title: Logo
      ---
      ![GitHub dark](img/dark.svg#gh-dark-mode-only) ![GitHub light](img/light.svg#gh-light-mode-only)
      ![Material dark](img/dark.svg#only-dark) ![Material light](img/light.svg#only-light)

      <picture>
        <source media="(prefers-color-scheme: dark)" srcset="img/picture-dark.svg">
        <img alt="Picture" src="img/picture-light.svg">
      </picture>
      -- content/docs/img/dark.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>
      -- content/docs/img/light.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>
      -- content/docs/img/picture-dark.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>
      -- content/docs/img/picture-light.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>
      """;

  /** The images of the logo page drawn (by their texts), and the file the picture shows. */
  static final String IMAGES =
      """
      return [[...document.querySelectorAll('.doc-body img')].filter(i => i.closest('picture') == null && i.offsetWidth > 0).map(i => i.alt),
        document.querySelector('picture img').currentSrc.replace(/.*\\//, '')];
      """;

  /** What the page shows: body background, a keyword's colour, the root's color-scheme, the button's label, the stored choice. */
  static final String STATE =
      """
      const b = document.querySelector('.scheme-toggle');
      const k = document.querySelector('.token.keyword');
      return [getComputedStyle(document.body).backgroundColor, k ? getComputedStyle(k).color : null,
        getComputedStyle(document.documentElement).colorScheme, b ? b.getAttribute('aria-label') : null,
        localStorage.getItem('handbook:scheme')];
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

  @AfterEach
  void forget() {
    browser.driver().executeScript("localStorage.clear()");
    browser.media("", "light");
  }

  private static List<?> open(String path) {
    browser.open(server.url(path));
    browser.settle();
    return state();
  }

  private static List<?> state() {
    return (List<?>) browser.driver().executeScript(STATE);
  }

  private static void click() {
    browser.driver().findElement(By.cssSelector(".scheme-toggle")).click();
  }

  @Test
  void onALightSystemTheButtonMakesThePageDarkAndTheChoiceHoldsOnTheNextPage() throws Exception {
    browser.viewport(1280, 900);
    browser.media("", "light");
    List<?> first = open("docs/a/");
    assertEquals(LIGHT_BG, first.get(0), first.toString());
    assertEquals("Bytt til mørke farger", first.get(3));
    assertEquals(null, first.get(4), "nothing chosen yet");
    click();
    List<?> dark = state();
    assertEquals(List.of(DARK_BG, DARK_KEYWORD, "dark", "Bytt til lyse farger", "dark"), dark);
    assertEquals(
        List.of("not all", "(prefers-color-scheme)"),
        browser.driver().executeScript("return [...document.querySelectorAll('meta[name=theme-color]')].map(m => m.media)"),
        "the browser's bar takes the dark header's colour");
    // the next page is dark from the start: the scheme is chosen before the body is read (the
    // deferred handbook.js runs after it)
    Object watch =
        browser.driver().executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "new MutationObserver((l, o) => { if (document.body) { window.__bodyScheme = document.documentElement.getAttribute('data-scheme'); o.disconnect(); } }).observe(document, {childList: true, subtree: true});"))
            .get("identifier");
    browser.open(server.url("docs/b/"));
    browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", watch));
    assertEquals("dark", browser.driver().executeScript("return window.__bodyScheme"));
    browser.settle();
    assertEquals(DARK_BG, state().get(0));
    // back to light, the system's own: nothing kept
    click();
    List<?> light = state();
    assertEquals(List.of(LIGHT_BG, "light dark", "Bytt til mørke farger"), List.of(light.get(0), light.get(2), light.get(3)));
    assertEquals(null, light.get(4), "the system's scheme is not stored: the page follows the system again");
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void onADarkSystemTheChoiceOfLightHoldsWhenTheSystemChanges() throws Exception {
    browser.viewport(390, 800);
    browser.media("", "dark");
    List<?> first = open("docs/a/");
    assertEquals(List.of(DARK_BG, DARK_KEYWORD), first.subList(0, 2), "the system's dark scheme");
    assertEquals("Bytt til lyse farger", first.get(3));
    click();
    List<?> light = state();
    assertEquals(LIGHT_BG, light.get(0));
    assertTrue(!DARK_KEYWORD.equals(light.get(1)), "the code's light colours: " + light);
    assertEquals(List.of("light", "Bytt til mørke farger", "light"), light.subList(2, 5));
    // the system turns light, then dark again: the page stays light
    browser.media("", "light");
    browser.media("", "dark");
    assertEquals(LIGHT_BG, state().get(0));
    browser.open(server.url("docs/b/"));
    browser.settle();
    assertEquals(LIGHT_BG, state().get(0), "light on the next page on a dark system");
    // the system turns light: the choice is now the system's, and dark is a choice of its own
    browser.media("", "light");
    click();
    assertEquals(List.of(DARK_BG, "dark", "Bytt til lyse farger", "dark"), List.of(state().get(0), state().get(2), state().get(3), state().get(4)));
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  /** Images for one scheme, as GitHub and MkDocs Material mark them, and a picture's source for one: the reader's choice shows them, from the next page's start too. */
  @Test
  void imagesForOneSchemeFollowTheChoice() throws Exception {
    browser.viewport(1280, 900);
    browser.media("", "light");
    open("docs/logo/");
    assertEquals(List.of(List.of("GitHub light", "Material light"), "picture-light.svg"), browser.driver().executeScript(IMAGES));
    click();
    browser.settle();
    assertEquals(List.of(List.of("GitHub dark", "Material dark"), "picture-dark.svg"), browser.driver().executeScript(IMAGES));
    // the next page: the stored choice over the light system, the picture's source too
    open("docs/logo/");
    assertEquals(List.of(List.of("GitHub dark", "Material dark"), "picture-dark.svg"), browser.driver().executeScript(IMAGES));
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void withoutJavaScriptThereIsNoButtonAndTheSystemDecides() throws Exception {
    browser.media("", "dark");
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      browser.open(server.url("docs/a/"));
      assertEquals(0, browser.driver().findElements(By.cssSelector(".scheme-toggle")).size());
      assertEquals("rgba(14, 18, 23, 1)", browser.driver().findElement(By.tagName("body")).getCssValue("background-color"));
    } finally {
      browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }
}
