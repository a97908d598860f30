package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The fixture course in headless Chromium under {@code default-src 'self'}: progress kept in
 * localStorage across reloads, the overview and sidebar showing it, resume and reset, quiz
 * feedback, no request to a video site before the reader asks, and no axe violations in light
 * and dark.
 */
class CourseBrowserTest {
  @TempDir static Path tmp;
  static StaticServer server;
  static Browser browser;

  static final String LESSON = "course/01-grunnlag/01-oversikt/";
  static final String QUIZ = "course/01-grunnlag/02-selvtest/";

  @BeforeAll
  static void buildAndServe() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, Files.readString(Path.of("src/test/resources/course/fixture.txtar")));
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    browser = Browser.start();
    server = new StaticServer(site.site());
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  /** Emulated media; motion is always reduced, so scrolling to an element is instant before a click. */
  private void media(String type, String scheme) {
    browser.driver().executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of(
            "media", type,
            "features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"), Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @BeforeEach
  void freshStorage() throws Exception {
    media("", "light");
    open("course/");
    js("localStorage.clear()");
    browser.problems();
  }

  @AfterEach
  void scriptsBackOn() {
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  private void open(String path) {
    browser.open(server.url(path));
  }

  private Object js(String script) {
    return browser.driver().executeScript(script);
  }

  private WebElement find(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  private String text(String css) {
    return find(css).getText().strip();
  }

  @Test
  void aLessonMarkedCompleteStaysCompleteAfterReloadAndShowsOnTheOverview() throws Exception {
    open(LESSON);
    WebElement button = find(".course-complete-button");
    assertTrue(button.isDisplayed(), "course.js shows the button");
    assertEquals("false", button.getAttribute("aria-pressed"));
    button.click();
    assertEquals("true", button.getAttribute("aria-pressed"));
    assertEquals("Leksjonen er merket som fullført.", text(".course-complete-status"));

    browser.driver().navigate().refresh();
    assertEquals("true", find(".course-complete-button").getAttribute("aria-pressed"), "still done after a reload");
    assertEquals("done", js("return localStorage.getItem('handbook:course:course/01-grunnlag/01-oversikt/')"));
    assertTrue(find(".course-outline li[data-lesson='" + LESSON + "']").getAttribute("class").contains("is-done"));
    WebElement sidebarLink = find("nav.sidebar a[aria-current=page]");
    assertEquals("Oversikt (Fullført)", sidebarLink.getAttribute("textContent").strip(), "the sidebar marks it, also for screen readers");
    assertEquals(List.of(), browser.problems());

    open("course/");
    assertEquals("Din fremdrift", text("#fremdrift-title"));
    assertEquals("1 av 3 leksjoner fullført", text("[data-progress=''] .progress-value"));
    assertEquals("1", find("[data-progress=''] progress").getAttribute("value"));
    assertEquals("1 av 2 leksjoner fullført", text("[data-progress='course/01-grunnlag/'] .progress-value"));
    assertEquals("Fortsett der du slapp: Selvtest", text("[data-resume]"), "resume goes to the next lesson not done");
    assertTrue(find("[data-resume]").getAttribute("href").endsWith("/" + QUIZ));
    assertEquals(List.of(), browser.problems());

    open("course/01-grunnlag/");
    assertEquals("1 av 2 leksjoner fullført", text("[data-progress='course/01-grunnlag/'] .progress-value"));
    assertEquals("Fullført", find("li.course-lesson.is-done .course-lesson-state").getText());
  }

  @Test
  void progressCanBeReset() throws Exception {
    open(QUIZ);
    find(".course-complete-button").click();
    open("course/");
    assertEquals("1 av 3 leksjoner fullført", text("[data-progress=''] .progress-value"));
    find(".course-reset summary").click();
    find(".course-reset button").click();
    assertEquals("Fremdriften er nullstilt.", text(".course-reset-status"));
    assertEquals("0 av 3 leksjoner fullført", text("[data-progress=''] .progress-value"));
    assertEquals("Start kurset: Oversikt", text("[data-resume]"));
    assertEquals("Kom i gang", text("#fremdrift-title"));
    assertEquals(0L, js("return Object.keys(localStorage).filter(k => k.startsWith('handbook:course:')).length"));
    browser.driver().navigate().refresh();
    assertEquals("0 av 3 leksjoner fullført", text("[data-progress=''] .progress-value"));
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void finishingEveryLessonMarksModulesAndTheCourseDone() throws Exception {
    for (String lesson : List.of(LESSON, QUIZ, "course/02-drift/01-deploy/")) {
      open(lesson);
      find(".course-complete-button").click();
    }
    open("course/");
    assertEquals("3 av 3 leksjoner fullført", text("[data-progress=''] .progress-value"));
    assertTrue(find("[data-module-card='course/02-drift/']").getAttribute("class").contains("is-done"));
    assertTrue(text("[data-resume]").startsWith("Du har fullført kurset."));
    assertEquals(2L, js("return document.querySelectorAll('nav.sidebar a.is-done').length"), "both modules are done in the sidebar");
  }

  @Test
  void theQuizGivesFeedbackAndAScore() throws Exception {
    open(QUIZ);
    assertFalse(find(".quiz-answer").isDisplayed(), "with JavaScript the answers wait for the reader");
    List<WebElement> checks = browser.driver().findElements(By.cssSelector(".quiz-check"));
    assertEquals(2, checks.size());
    WebElement first = find("#quiz-02-selvtest-7-1");
    checks.get(0).click();
    assertEquals("Velg et svar først.", first.findElement(By.cssSelector(".quiz-feedback")).getText());

    first.findElement(By.cssSelector("label[for='quiz-02-selvtest-7-1-1']")).click();
    checks.get(0).click();
    String feedback = first.findElement(By.cssSelector(".quiz-feedback")).getText();
    assertTrue(feedback.startsWith("Ikke riktig.\nRiktig svar: Under drift\nDriftssidene ligger under docs/."), feedback);
    assertEquals("I README feil", first.findElement(By.cssSelector(".quiz-choice.is-wrong")).getText().replaceAll("\\s+", " "));
    assertEquals("Under drift riktig svar", first.findElement(By.cssSelector(".quiz-choice.is-correct")).getText().replaceAll("\\s+", " "));
    assertEquals("Du har svart riktig på 0 av 2 spørsmål.", text(".quiz-score"));

    first.findElement(By.cssSelector("label[for='quiz-02-selvtest-7-1-2']")).click();
    assertEquals(0, first.findElements(By.cssSelector(".quiz-mark")).size(), "changing the answer clears the marks");
    checks.get(0).click();
    assertTrue(first.findElement(By.cssSelector(".quiz-feedback")).getText().startsWith("Riktig!\nDriftssidene"));
    assertEquals("Du har svart riktig på 1 av 2 spørsmål.", text(".quiz-score"));

    WebElement second = find("#quiz-02-selvtest-7-2");
    second.findElement(By.cssSelector("label[for='quiz-02-selvtest-7-2-1']")).click();
    checks.get(1).click();
    assertTrue(second.findElement(By.cssSelector(".quiz-feedback")).getText().startsWith("Ikke riktig.\nRiktige svar: Deploy; Backup"), "one of two is not enough");
    second.findElement(By.cssSelector("label[for='quiz-02-selvtest-7-2-2']")).click();
    checks.get(1).click();
    assertTrue(second.findElement(By.cssSelector(".quiz-feedback")).getText().startsWith("Riktig!"));
    assertEquals("Du har svart riktig på 2 av 2 spørsmål.", text(".quiz-score"));
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void aQuestionWithoutAnExplanationGetsOnlyTheVerdict() throws Exception {
    open(LESSON);
    WebElement question = find("#quiz-01-oversikt-30-1");
    question.findElement(By.cssSelector("label[for='quiz-01-oversikt-30-1-1']")).click();
    question.findElement(By.cssSelector(".quiz-check")).click();
    assertEquals("Ikke riktig.\nRiktig svar: PostgreSQL", question.findElement(By.cssSelector(".quiz-feedback")).getText());
    question.findElement(By.cssSelector("label[for='quiz-01-oversikt-30-1-2']")).click();
    question.findElement(By.cssSelector(".quiz-check")).click();
    assertEquals("Riktig!", question.findElement(By.cssSelector(".quiz-feedback")).getText());
    assertEquals(List.of(), browser.problems());
  }

  @SuppressWarnings("unchecked")
  private List<String> resources() {
    return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href])");
  }

  @Test
  void anExternalVideoRequestsNothingFromItsSiteUntilTheReaderOpensIt() throws Exception {
    open(LESSON);
    String origin = server.url("");
    // the page's own styles, scripts and icons: the browser lists them as they finish loading
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
        .withMessage("the page loads its styles, scripts and icons")
        .until(x -> "complete".equals(js("return document.readyState")) && resources().size() > 3);
    List<String> loaded = resources();
    assertTrue(loaded.size() > 3, loaded.toString());
    for (String url : loaded) {
      assertTrue(url.startsWith(origin), "only this site is asked: " + url);
    }
    assertEquals(0L, js("return document.querySelectorAll('iframe, object, embed').length"));
    assertTrue(text("figure.video-external").startsWith("Videoen ligger hos video.example. Ingenting lastes fra video.example før du åpner den."));

    WebDriver d = browser.driver();
    String here = d.getWindowHandle();
    int windows = d.getWindowHandles().size();
    find("a.video-open").click();
    new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(10))
        .withMessage("the video opens on its site in a new tab")
        .until(x -> x.getWindowHandles().size() == windows + 1);
    for (String h : d.getWindowHandles()) {
      if (!h.equals(here)) {
        d.switchTo().window(h);
        d.close();
      }
    }
    d.switchTo().window(here);
    for (String url : resources()) {
      assertTrue(url.startsWith(origin), "the page itself still asked nothing else: " + url);
    }
  }

  @Test
  void withoutJavaScriptTheCourseStillReads() throws Exception {
    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open(QUIZ);
    assertFalse(find(".course-complete").isDisplayed(), "no button that cannot work");
    assertTrue(browser.driver().findElements(By.cssSelector(".quiz-check")).isEmpty());
    find("#quiz-02-selvtest-7-1 .quiz-answer summary").click();
    assertTrue(find("#quiz-02-selvtest-7-1 .quiz-explanation").isDisplayed(), "the answer is in a <details>");
    open("course/");
    assertFalse(find("[data-progress='']").isDisplayed());
    assertEquals("Start kurset: Oversikt", text("[data-resume]"));
  }

  @Test
  void printingShowsLessonsAndAnswersWithoutTheControls() throws Exception {
    open("course/01-grunnlag/print/");
    assertTrue(find("[data-print]").isDisplayed(), "a print button with JavaScript");
    media("print", "light");
    assertEquals(2, browser.driver().findElements(By.cssSelector("section.course-print-lesson")).size());
    assertFalse(find("[data-print]").isDisplayed());
    assertFalse(find("nav.sidebar").isDisplayed());
    assertFalse(find(".quiz-check").isDisplayed());
    // Selenium calls anything in a closed <details> hidden, so measure the layout (handbook.js also opens them on beforeprint)
    assertTrue((Long) js("return Math.round(document.querySelector('#quiz-02-selvtest-7-1 .quiz-explanation').getBoundingClientRect().height)") > 0,
        "answers are printed with their questions");
    assertEquals(List.of(), browser.problems());
  }

  @Test
  void coursePagesHaveNoAccessibilityViolationsInLightAndDark() throws Exception {
    open(LESSON);
    find(".course-complete-button").click();
    for (String scheme : List.of("light", "dark")) {
      media("", scheme);
      for (String page : List.of("course/", "course/01-grunnlag/", LESSON, QUIZ, "course/01-grunnlag/print/", "course/02-drift/01-deploy/")) {
        open(page);
        if (page.equals(QUIZ)) {
          find("label[for='quiz-02-selvtest-7-1-1']").click();
          find("label[for='quiz-02-selvtest-7-2-1']").click();
          for (WebElement b : browser.driver().findElements(By.cssSelector(".quiz-check"))) {
            b.click();
          }
        }
        assertEquals(List.of(), browser.axeViolations(), scheme + " /" + page);
        assertEquals(List.of(), browser.problems(), scheme + " /" + page);
      }
    }
  }
}
