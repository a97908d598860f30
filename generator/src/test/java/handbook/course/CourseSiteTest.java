package handbook.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture course built through the CLI: pages, navigation, print view, embeds and errors. */
class CourseSiteTest {
  @TempDir Path tmp;

  static String fixture() throws Exception {
    return Files.readString(Path.of("src/test/resources/course/fixture.txtar"));
  }

  private SiteFixture built() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, fixture());
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    return site;
  }

  @Test
  void overviewShowsModulesLessonsAndTotalTime() throws Exception {
    SiteFixture site = built();
    String html = site.read("course/index.html");
    assertTrue(html.contains("<div class=\"course-fact\"><dt>Total tid</dt><dd>1 t 30 min</dd></div>"), html);
    assertTrue(html.contains("<dt>Målgruppe</dt><dd>Den som skal drifte plattformen alene.</dd>"));
    assertTrue(html.contains("<p class=\"course-eyebrow\">Modul 1 · <span class=\"visually-hidden\">Tid: </span>1 t</p>"));
    assertTrue(html.contains("<h3 class=\"course-module-title\"><a href=\"01-grunnlag/\">Grunnlag</a></h3>"));
    assertTrue(html.contains("<li>Hvordan plattformen er bygget</li>"));
    assertTrue(html.contains("<p class=\"course-outcome\"><strong>Resultat:</strong> Du kan drifte plattformen</p>"));
    assertTrue(html.contains("<li class=\"course-lesson\" data-lesson=\"course/02-drift/01-deploy/\">\n<a href=\"02-drift/01-deploy/\">Deploy</a>"));
    assertTrue(html.contains("<a class=\"button\" href=\"01-grunnlag/01-oversikt/\" data-resume><span><span data-resume-label>Start kurset</span>: <span data-resume-title>Oversikt</span></span></a>"));
    assertTrue(html.contains("<div class=\"progress course-progress\" data-progress=\"\" data-js>"), "progress is there when scripts run (not without)");
    assertTrue(html.contains("<span class=\"progress-value\">0 av 3 leksjoner fullført</span>"), "in its state before course.js reads the progress");
    assertTrue(html.contains("<script src=\"../" + site.asset("course.js") + "\" defer></script>"));
    assertTrue(html.contains("<li><a href=\"./\" aria-current=\"true\">Forstå systemene</a></li>"), "course is a top-level tab");
    assertTrue(html.indexOf(">Dokumentasjon</a>") < html.indexOf(">Forstå systemene</a>") && html.indexOf(">Forstå systemene</a>") < html.indexOf(">Sjekkliste</a>"));
  }

  @Test
  void lessonsLinkDocsAndChecklistAndChainAcrossModules() throws Exception {
    SiteFixture site = built();
    String first = site.read("course/01-grunnlag/01-oversikt/index.html");
    assertTrue(first.contains("<a href=\"../../../docs/drift/#deploy\">deploy</a>"), first);
    assertTrue(first.contains("<a href=\"../../../checklist/#daily-backups\">daglig backup</a>"));
    assertTrue(first.contains("<p class=\"course-eyebrow\"><a href=\"../\">Modul 1: Grunnlag</a> · Leksjon 1 av 2 · <span class=\"visually-hidden\">Tid: </span>40 min</p>"));
    assertTrue(first.contains("<section class=\"course-complete\" data-complete=\"course/01-grunnlag/01-oversikt/\""));
    assertTrue(first.contains("<li><a href=\"#komponentene\">Komponentene</a>"), "lesson has its table of contents");
    String last = site.read("course/01-grunnlag/02-selvtest/index.html");
    assertTrue(last.contains("<a rel=\"prev\" href=\"../01-oversikt/\"><span class=\"pager-label\">Forrige</span> <span class=\"pager-title\">Oversikt</span></a>"));
    assertTrue(last.contains("<a rel=\"next\" href=\"../../02-drift/\"><span class=\"pager-label\">Neste</span> <span class=\"pager-title\">Modul 2: Drift</span></a>"), last);
    String module = site.read("course/02-drift/index.html");
    assertTrue(module.contains("<p class=\"course-prerequisites\"><strong>Forutsetter:</strong> <a href=\"../01-grunnlag/\">Modul 1: Grunnlag</a></p>"));
    assertTrue(module.contains("<a class=\"course-print-link\" href=\"print/\">Skriv ut hele modulen</a>"));
    assertTrue(site.read("course/01-grunnlag/index.html").contains("<strong>Forutsetter:</strong> <a href=\"../../docs/drift/\">Drift</a>"), "page prerequisites take the page's title");
    assertFalse(site.read("docs/drift/index.html").contains("course.js"), "course.js only on course pages");
  }

  @Test
  void printViewHasEveryLessonWithItsOwnIds() throws Exception {
    SiteFixture site = built();
    String print = site.read("course/01-grunnlag/print/index.html");
    assertTrue(print.contains("<title>Modul 1: Grunnlag (utskrift) · Testhåndbok</title>"), print);
    assertTrue(print.contains("<li><a href=\"#01-oversikt\">Oversikt</a> <span class=\"course-lesson-time\">(40 min)</span></li>"));
    assertTrue(print.contains("<section class=\"course-print-lesson\" id=\"02-selvtest\">\n<h2 class=\"course-print-lesson-title\">2. Selvtest"));
    assertTrue(print.contains("<h3 id=\"01-oversikt-komponentene\">Komponentene <a class=\"heading-anchor\" href=\"#01-oversikt-komponentene\""));
    assertTrue(print.contains("se <a href=\"#01-oversikt-oppsummering\">nedenfor</a>"), "links to the lesson's own headings follow it");
    assertTrue(print.contains("<h3 id=\"02-selvtest-oppsummering\">"), "the same heading in two lessons gets two ids");
    assertTrue(print.contains("<a href=\"../../../docs/drift/#deploy\">deploy</a>"), "links resolve from the module folder");
    assertTrue(print.contains("<section class=\"quiz\" id=\"quiz-02-selvtest-7\""));
    assertFalse(site.read("sitemap.xml").contains("print"), "the print view is outside the navigation and sitemap");
    assertFalse(site.read("course/01-grunnlag/index.html").contains("(utskrift)"));
  }

  @Test
  void quizExerciseAndVideosRenderWithoutJavaScriptAndLoadNothingFromOtherHosts() throws Exception {
    SiteFixture site = built();
    // embeds keep their templates' indentation; the assertions look at the markup
    String quiz = site.read("course/01-grunnlag/02-selvtest/index.html").replaceAll("\n[ ]+", "\n");
    assertTrue(quiz.contains("<legend class=\"quiz-prompt\">Hvor ligger driftsdokumentasjonen?</legend>"), quiz);
    assertTrue(quiz.contains("<input type=\"radio\" name=\"quiz-02-selvtest-7-1\" id=\"quiz-02-selvtest-7-1-2\" value=\"2\" data-correct> <label for=\"quiz-02-selvtest-7-1-2\">Under <a href=\"../../../docs/drift/\">drift</a></label>"));
    assertTrue(quiz.contains("<input type=\"checkbox\" name=\"quiz-02-selvtest-7-2\""));
    assertTrue(quiz.contains("<details class=\"quiz-answer\">\n<summary>Vis svar</summary>\n<p class=\"quiz-right\"><strong>Riktige svar:</strong> Deploy; Backup</p>"));
    String lesson = site.read("course/01-grunnlag/01-oversikt/index.html").replaceAll("\n[ ]+", "\n");
    assertTrue(lesson.contains("<p class=\"exercise-title\" id=\"exercise-01-oversikt-11-title\">Finn komponentene</p>"));
    String check = lesson.substring(lesson.indexOf("<section class=\"quiz\""));
    assertTrue(check.contains("<p class=\"quiz-intro\">Velg svar. Under hvert spørsmål kan du se riktig svar.</p>"), "a quiz without explanations does not promise one");
    assertFalse(check.contains("quiz-explanation"), "no empty explanation box");
    assertTrue(site.read("course/01-grunnlag/02-selvtest/index.html").contains("kan du se riktig svar og en forklaring."));
    assertTrue(lesson.contains("<p class=\"exercise-expected-title\">Forventet resultat</p>\n<p>Du ser avsnittet <strong>Backup</strong>.</p>"));
    assertTrue(lesson.contains("<a class=\"button video-open\" href=\"https://video.example/watch?v=abc123\" target=\"_blank\" rel=\"noopener noreferrer\">Se videoen hos video.example"));
    String local = site.read("course/02-drift/01-deploy/index.html").replaceAll("\n[ ]+", "\n");
    assertTrue(local.contains("<video controls preload=\"metadata\" src=\"../media/deploy.webm\" poster=\"../media/deploy.png\">\n<track kind=\"captions\" src=\"../media/deploy.vtt\" srclang=\"nb\" label=\"Teksting\" default>"), local);
    assertTrue(Files.exists(site.site().resolve("course/02-drift/media/deploy.webm")));
    for (Map.Entry<String, byte[]> f : SiteFixture.snapshot(site.site()).entrySet()) {
      String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
      assertFalse(text.contains("<iframe"), f.getKey());
      assertFalse(text.contains("src=\"https://video.example"), f.getKey());
    }
  }

  @Test
  void buildingTwiceGivesTheSameFiles() throws Exception {
    SiteFixture site = built();
    Map<String, byte[]> first = SiteFixture.snapshot(site.site());
    assertEquals(0, site.run("build", "--quiet").exit());
    Map<String, byte[]> second = SiteFixture.snapshot(site.site());
    assertEquals(first.keySet(), second.keySet());
    for (String k : first.keySet()) {
      assertArrayEquals(first.get(k), second.get(k), k);
    }
  }

  @Test
  void brokenAnchorInALessonIsReportedOnceThoughThePrintViewHasItToo() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, fixture().replace("Se [deploy](../../docs/drift.md#deploy)", "Se [deploy](../../docs/drift.md#deploi)"));
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/course/01-grunnlag/01-oversikt.md:5:32: error[link.anchor]: no heading `#deploi` on `docs/drift.md`
         5 | Her er oversikten. Se [deploy](../../docs/drift.md#deploi) og [daglig backup](checklist:daily-backups).
           |                                ^
           = hint: did you mean `../../docs/drift.md#deploy`?
        failed: 1 error, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }

  @Test
  void prerequisiteThatIsNoPageIsAnErrorAtItsLine() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, fixture().replace("prerequisites: [../../docs/drift.md]", "prerequisites: [../../docs/drfit.md]"));
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/course/01-grunnlag/index.md:9:17: error[link.unresolved]: no page `../../docs/drfit.md` (content/docs/drfit.md)
         9 | prerequisites: [../../docs/drfit.md]
           |                 ^
           = hint: did you mean `../../docs/drift.md`?
        failed: 1 error, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }

  @Test
  void directiveErrorsPointIntoTheLesson() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            fixture()
                .replace("      - {text: \"Under [drift](../../docs/drift.md)\", correct: true}", "      - \"Under [drift](../../docs/drfit.md)\"")
                .replace("url: https://video.example/watch?v=abc123", "url: http://video.example/watch?v=abc123"));
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/course/01-grunnlag/01-oversikt.md:22:6: error[directive.video]: `url` must be an https address, not `http://video.example/watch?v=abc123`
         22 | url: http://video.example/watch?v=abc123
            |      ^
        content/course/01-grunnlag/02-selvtest.md:11:7: error[directive.quiz]: no choice is marked `correct: true`
         11 |       - I README
            |       ^
            = hint: mark the right answer as `{text: ..., correct: true}`
        failed: 2 errors, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }

  @Test
  void brokenLinkInAQuizChoiceIsAnErrorAtItsLine() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, fixture().replace("Under [drift](../../docs/drift.md)", "Under [drift](../../docs/drfit.md)"));
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/course/01-grunnlag/02-selvtest.md:12:31: error[link.unresolved]: no page `../../docs/drfit.md` (content/docs/drfit.md)
         12 |       - {text: "Under [drift](../../docs/drfit.md)", correct: true}
            |                               ^
            = hint: did you mean `../../docs/drift.md`?
        failed: 1 error, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }
}
