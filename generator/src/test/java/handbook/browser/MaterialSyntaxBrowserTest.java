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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * MkDocs Material's syntax in a reader's browser: content tabs (a label shows its tab and hides
 * the others of its set only, the arrow keys move between tabs, tabs of one title are chosen
 * together on the page and the next), code block titles (in the bar
 * of the block) and line numbers and marks (beside the code, each on its line), with JavaScript
 * on and off, under {@code default-src 'self'}.
 */
class MaterialSyntaxBrowserTest {
  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      -- content/docs/install.md --
      ---
      title: Install
      ---
      === "Linux"

          On Linux.

      === "macOS"

          On macOS.

      === "Windows"

          On Windows.

      Between the sets.

      === "Python"

          In Python.

      ===+ "Java"

          In Java.

          === "Outer"

              Outer text.

          === "Inner set"

              === "One"

                  One.

              === "Two"

                  ## Deep heading

                  Deep text.

      ``` py title="bubble_sort.py"
      def bubble_sort(items):
          pass
      ```

      ``` py linenums="7" hl_lines="2"
      first = 1
      second = 2
      third = 3
      ```
      -- content/docs/linked.md --
      ---
      title: Linked
      ---
      === "Linux"

          Linux one.

          %s

      === "macOS"

          macOS one.

      Between.

      === "Windows"

          Windows two.

      === "macOS"

          macOS two.

      === "Linux"

          Linux two.

      ===! "Python"

          Python three.

      === "Go"

          Go three.

      %s
      -- content/docs/notes.md --
      ---
      title: Notes
      ---
      ``` { .py .annotate }
      import os  # (1)!
      x = 1
      print(x)  # the value (2)
      ```

      1.  The module.
      2.  The value.

      !!! info inline end "Beside"

          Short.

      %s

      !!! tip annotate

          Text (1).

      1.  A note.
      -- content/docs/next.md --
      ---
      title: Next
      ---
      === "Linux"

          Linux next.

      === "macOS"

          macOS next.
      """.formatted("Text beside the box. ".repeat(40), "Tall.\n\n    ".repeat(40), "Filler.\n\n".repeat(60));

  /**
   * A script that gives, per line of the column beside the code of the block {@code pre} (the
   * spans {@code column}): the line's text, the top of its line less the top of its code's first
   * character, and {@code more} (a JavaScript expression of the span {@code s}).
   */
  private static String beside(String pre, String column, String more) {
    return """
        const pre = document.querySelector('%s');
        const code = pre.querySelector('code');
        const text = code.textContent;
        function lineTop(i) {
          let offset = 0;
          for (let k = 0; k < i; k++) offset = text.indexOf('\\n', offset) + 1;
          const walk = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let n, at = 0; (n = walk.nextNode()); at += n.length) {
            if (at + n.length > offset) {
              const r = document.createRange();
              r.setStart(n, offset - at);
              r.setEnd(n, offset - at + 1);
              return r.getBoundingClientRect().top;
            }
          }
        }
        return [...pre.querySelectorAll('%s')].map((s, i) => [s.textContent, Math.round(s.getBoundingClientRect().top - lineTop(i))%s]);
        """.formatted(pre, column, more.isEmpty() ? "" : ", " + more);
  }

  /** Per line of the numbered block: its number, the top of its number less the top of its code's first character, whether it is marked. */
  private static final String LINES = beside("pre.numbered", ".code-gutter > span", "s.classList.contains('hl')");

  /** The colour of the block's pixels right of its text, in the middle of each of its three lines (a screenshot of the window). */
  private static List<Integer> bands() throws Exception {
    WebElement pre = browser.driver().findElement(By.cssSelector("pre.numbered"));
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", pre);
    @SuppressWarnings("unchecked")
    List<Number> at =
        (List<Number>)
            browser.driver().executeScript(
                "const p = arguments[0].getBoundingClientRect(), c = arguments[0].querySelector('code');"
                    + "return [p.right - 12, c.getBoundingClientRect().top, parseFloat(getComputedStyle(c).lineHeight), devicePixelRatio];",
                pre);
    java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(browser.screenshot()));
    double dpr = at.get(3).doubleValue();
    List<Integer> colours = new java.util.ArrayList<>();
    for (int line = 0; line < 3; line++) {
      int x = (int) (at.get(0).doubleValue() * dpr);
      int y = (int) ((at.get(1).doubleValue() + (line + 0.5) * at.get(2).doubleValue()) * dpr);
      org.junit.jupiter.api.Assertions.assertTrue(x < shot.getWidth() && y < shot.getHeight(), x + "," + y + " in " + shot.getWidth() + "x" + shot.getHeight());
      colours.add(shot.getRGB(x, y) & 0xFFFFFF);
    }
    return colours;
  }

  private static void assertNumberedAndMarked() throws Exception {
    assertEquals(
        List.of(List.of("7", 0L, false), List.of("8", 0L, true), List.of("9", 0L, false)),
        browser.driver().executeScript(LINES),
        "each number on its code line, from linenums, the second marked");
    List<Integer> bands = bands();
    assertEquals(bands.get(0), bands.get(2), "unmarked lines alike: " + bands);
    org.junit.jupiter.api.Assertions.assertNotEquals(bands.get(0), bands.get(1), "the marked line has its band across the block: " + bands);
    assertEquals("first = 1\nsecond = 2\nthird = 3\n", browser.driver().executeScript("return document.querySelector('pre.numbered > code').textContent"), "the numbers are not in the code, which the copy button copies");
  }

  @Test
  void linesAreNumberedAndMarkedBesideTheCode() throws Exception {
    browser.viewport(1280, 900);
    browser.open(server.url("docs/install/"));
    browser.settle();
    assertNumberedAndMarked();
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  /** Per line of the annotated block: its marker's number, and the top of its marker's line less the top of its code's first character. */
  private static final String MARKERS = beside("pre.code-annotated", ".code-notes > span", "");

  @Test
  void annotationMarkersStandBesideTheirLinesAndLeadToTheirNotes() throws Exception {
    browser.viewport(1280, 900);
    browser.open(server.url("docs/notes/"));
    browser.settle();
    assertEquals(List.of(List.of("1", 0L), List.of("", 0L), List.of("2", 0L)), browser.driver().executeScript(MARKERS), "each marker on its line");
    assertEquals("import os\nx = 1\nprint(x)  # the value\n", browser.driver().executeScript("return document.querySelector('pre.code-annotated > code').textContent"), "the markers are not in the code the copy button copies");
    String before = (String) browser.driver().executeScript("return getComputedStyle(document.getElementById('annotation-1-2')).backgroundColor");
    browser.driver().findElement(By.cssSelector(".code-notes a[href='#annotation-1-2']")).click();
    assertEquals("#annotation-1-2", browser.driver().executeScript("return location.hash"));
    String after = (String) browser.driver().executeScript("return getComputedStyle(document.getElementById('annotation-1-2')).backgroundColor");
    org.junit.jupiter.api.Assertions.assertNotEquals(before, after, "the note the reader came to is marked");
    WebElement inText = browser.driver().findElement(By.cssSelector(".admonition.annotate a.annotation"));
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", inText);
    inText.click();
    assertEquals("#annotation-2-1", browser.driver().executeScript("return location.hash"), "a marker in an admonition's text");
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  /** The inline admonition's distance from the right of the text, whether the paragraph after it starts beside it, and whether it is narrower than half the text. */
  private static final String INLINE =
      """
      const a = document.querySelector('.admonition.inline.end').getBoundingClientRect();
      const p = document.querySelector('.admonition.inline.end').nextElementSibling.getBoundingClientRect();
      const body = document.querySelector('.doc-body').getBoundingClientRect();
      return [Math.round(body.right - a.right), p.top < a.bottom, a.width < body.width / 2];
      """;

  @Test
  void anInlineAdmonitionStandsBesideTheTextOnAWideScreenAndInItOnANarrowOne() throws Exception {
    browser.viewport(1280, 900);
    browser.open(server.url("docs/notes/"));
    browser.settle();
    assertEquals(List.of(0L, true, true), browser.driver().executeScript(INLINE), "right of the text, beside it");
    browser.viewport(420, 900);
    browser.open(server.url("docs/notes/"));
    browser.settle();
    assertEquals(List.of(0L, false, false), browser.driver().executeScript(INLINE), "in the text's flow, its whole width");
  }

  private static final String TITLE_SHOWN =
      """
      const pre = document.querySelector('pre[data-title]');
      const bar = pre.parentElement.querySelector('.code-bar .code-title');
      return [bar ? bar.textContent : null, getComputedStyle(pre, '::before').content];
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

  /** The text of each tab shown, in the order of the page. */
  /** The text of the tab shown in each of the first two sets. */
  private static List<String> shown() {
    return browser.driver().findElements(By.cssSelector(".doc-body > .tabbed-set > .tabbed-content > .tabbed-block")).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getText().strip().lines().findFirst().orElse(""))
        .toList();
  }

  private static void label(String text) {
    browser.driver().findElements(By.cssSelector(".tabbed-labels > label")).stream().filter(l -> l.getText().strip().equals(text)).findFirst().orElseThrow().click();
  }

  /** Opens a page with no tab chosen before (the tabs chosen are kept in the browser). */
  private static void openAfresh(String page) throws Exception {
    browser.open(server.url(page));
    browser.driver().executeScript("localStorage.clear()");
    browser.open(server.url(page));
    browser.settle();
  }

  /** The top of the first label of this title on the screen. */
  private static long labelTop(String text) {
    WebElement label = browser.driver().findElements(By.cssSelector(".tabbed-labels > label")).stream().filter(l -> l.getText().strip().equals(text)).findFirst().orElseThrow();
    return Math.round(((Number) browser.driver().executeScript("return arguments[0].getBoundingClientRect().top", label)).doubleValue());
  }

  @Test
  void aLabelShowsItsTabAndTheArrowKeysMoveBetweenThem() throws Exception {
    browser.viewport(1280, 900);
    openAfresh("docs/install/");
    assertEquals(List.of("On Linux.", "In Java."), shown(), "the first tab of a set, or the one marked ===+");
    label("macOS");
    assertEquals(List.of("On macOS.", "In Java."), shown(), "the other set keeps its tab");
    label("Python");
    assertEquals(List.of("On macOS.", "In Python."), shown());
    // the radio button of the tab shown has the focus after a click on its label: the arrow keys go on from there
    browser.driver().findElement(By.id("__tabbed_1_2")).sendKeys(Keys.ARROW_RIGHT);
    assertEquals(List.of("On Windows.", "In Python."), shown(), "arrow right: the next tab");
    assertEquals(List.of("bubble_sort.py", "none"), browser.driver().executeScript(TITLE_SHOWN), "the code block's title in its bar");
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void tabsOfTheSameTitleAreChosenTogetherOnThisPageAndTheNext() throws Exception {
    browser.viewport(1280, 900);
    openAfresh("docs/linked/");
    assertEquals(List.of("Linux one.", "Windows two.", "Python three."), shown());
    label("macOS");
    assertEquals(List.of("macOS one.", "macOS two.", "Python three."), shown(), "every set with a macOS tab; the others keep theirs");
    browser.open(server.url("docs/next/"));
    browser.settle();
    assertEquals(List.of("macOS next."), shown(), "kept for the next page");
    // the title chosen last wins; a page's own choice with it
    label("Linux");
    browser.open(server.url("docs/linked/"));
    browser.settle();
    assertEquals(List.of("Linux one.", "Linux two.", "Python three."), shown());
    // a set above changes height (its Linux tab is tall): the label chosen stays where it was
    WebElement second = browser.driver().findElements(By.cssSelector(".tabbed-labels > label")).stream().filter(l -> l.getText().strip().equals("macOS")).skip(1).findFirst().orElseThrow();
    browser.driver().executeScript("scrollTo({top: arguments[0].getBoundingClientRect().top + scrollY - 400, behavior: 'instant'})", second);
    long top = labelTop("Windows");
    second.click();
    assertEquals(List.of("macOS one.", "macOS two.", "Python three."), shown());
    assertEquals(top, labelTop("Windows"), "the second set did not move on the screen");
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  /** Whether the condition holds within three seconds (scroll events and smooth scrolling take time). */
  private static boolean within(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long until = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < until) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(25);
    }
    return condition.getAsBoolean();
  }

  @Test
  void aButtonTakesTheReaderBackToTheTopWhenTheyScrollUpFarDown() throws Exception {
    browser.viewport(1280, 900);
    openAfresh("docs/linked/");
    WebElement button = browser.driver().findElement(By.cssSelector("button.back-to-top"));
    assertEquals("Til toppen", button.getAttribute("textContent"));
    assertEquals(false, button.isDisplayed(), "at the top");
    browser.driver().executeScript("scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})");
    Thread.sleep(200);
    assertEquals(false, button.isDisplayed(), "while reading down");
    browser.driver().executeScript("scrollBy({top: -300, behavior: 'instant'})");
    assertTrue(within(button::isDisplayed), "shown when the reader scrolls up far down the page");
    button.click();
    assertTrue(within(() -> ((Number) browser.driver().executeScript("return scrollY")).intValue() == 0), "back at the top");
    assertEquals("main", browser.driver().executeScript("return document.activeElement.id"), "the content has the focus");
    assertEquals(false, button.isDisplayed());
    // near the top, scrolling up shows nothing
    browser.driver().executeScript("scrollTo({top: 500, behavior: 'instant'})");
    browser.driver().executeScript("scrollBy({top: -200, behavior: 'instant'})");
    Thread.sleep(200);
    assertEquals(false, button.isDisplayed());
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void aLinkToAPlaceInAHiddenTabShowsItsTabs() throws Exception {
    browser.viewport(1280, 900);
    browser.open(server.url("docs/install/"));
    browser.settle();
    WebElement deep = browser.driver().findElement(By.id("deep-heading"));
    assertEquals(false, deep.isDisplayed(), "in the second tab of a set in the second tab of a set in the second tab");
    label("Python"); // chosen, so kept for the next page: the link's tabs win over it
    browser.open(server.url("docs/next/"));
    browser.open(server.url("docs/install/#deep-heading"));
    browser.settle();
    deep = browser.driver().findElement(By.id("deep-heading"));
    assertEquals(true, deep.isDisplayed(), "its tabs are shown");
    Object inView = browser.driver().executeScript("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;", deep);
    assertEquals(true, inView, "and it is scrolled to");
    // a link followed on the page does the same
    browser.open(server.url("docs/install/"));
    browser.settle();
    browser.driver().executeScript("location.hash = 'deep-heading'");
    assertEquals(true, browser.driver().findElement(By.id("deep-heading")).isDisplayed());
    assertEquals(List.of(), browser.problems(), "console and CSP");
  }

  @Test
  void withoutJavaScriptTheTabsSwitchAndTheTitleIsShownAllTheSame() throws Exception {
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      browser.viewport(1280, 900);
      browser.open(server.url("docs/install/"));
      assertEquals(List.of("On Linux.", "In Java."), shown());
      label("Windows");
      assertEquals(List.of("On Windows.", "In Java."), shown());
      // no script to add the bar: the title stands at the top of the block
      Object shownTitle = browser.driver().executeScript("return getComputedStyle(document.querySelector('pre[data-title]'), '::before').content");
      assertEquals("\"bubble_sort.py\"", shownTitle);
      assertNumberedAndMarked();
    } finally {
      browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }
}
