package handbook.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cli.Main;
import handbook.testing.SiteFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course written elsewhere, read leniently: the Turkish edition of Web-Dev-For-Beginners'
 * first lesson (MIT) as a lesson folder, its lesson page and its assignment copied byte for
 * byte, and its quiz bank imported with {@code handbook import quiz} and embedded by id. The
 * course and module pages are the adopter's own; the lesson's sketchnote, a binary image not
 * kept in the corpus, is an empty file of the same name.
 */
class AdoptedCourseTest {
  static final Path WEBDEV = Path.of("src/test/resources/corpus/course/web-dev-for-beginners");
  static final String LESSON = "course/1-getting-started-lessons/1-intro-to-programming-languages/";

  @TempDir Path tmp;

  SiteFixture site() throws IOException {
    SiteFixture f =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: Web
            nav: [course]
            course: {strict: false}
            -- content/course/README.md --
            # Yeni Başlayanlar İçin Web Geliştirimi
            Kursun ilk modülü.
            -- content/course/1-getting-started-lessons/README.md --
            # Başlarken

            ```quiz
            id: webdev-1
            ```
            -- content/course/1-getting-started-lessons/kaynaklar.md --
            # Kaynaklar
            """);
    Path translations = WEBDEV.resolve("1-getting-started-lessons/1-intro-to-programming-languages/translations");
    Path lesson = f.content().resolve(LESSON);
    Files.createDirectories(lesson);
    Files.copy(translations.resolve("README.tr.md"), lesson.resolve("README.md"));
    Files.copy(translations.resolve("assignment.tr.md"), lesson.resolve("assignment.md"));
    Path image = f.content().resolve("course/sketchnotes/webdev101-programming.png");
    Files.createDirectories(image.getParent());
    Files.write(image, new byte[0]);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"import", "quiz", WEBDEV.resolve("quiz-app/src/assets/translations/tr.json").toString(), "--format", "answer-options", "--content", f.content().toString(), "--name", "webdev", "--prefix", "webdev-"},
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return f;
  }

  @Test
  void theLessonFolderIsOneLessonWithItsAssignmentAndTheModuleShowsNoTotal() throws IOException {
    SiteFixture f = site();
    SiteFixture.Run r = f.run("build");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("content/course/1-getting-started-lessons/README.md: warning[course.duration-missing]: module `1-getting-started-lessons` has no `duration` and lesson `1-intro-to-programming-languages` has none: its time is not shown"),
        r.err().lines().filter(l -> l.startsWith("content/")).toList());

    String overview = Files.readString(f.site().resolve("course/index.html"));
    assertTrue(overview.contains("<h1>Yeni Başlayanlar İçin Web Geliştirimi</h1>"), "the course page's heading is its title");
    assertTrue(overview.contains("<dt>Leksjoner</dt><dd>1</dd>"), "the assignment is part of the lesson, not a lesson: " + overview);
    assertFalse(overview.contains("Total tid"), "no total rather than a wrong one");
    assertTrue(overview.contains("<p class=\"course-eyebrow\">Modul 1</p>"), "the module's number from its folder, and no time");

    String module = Files.readString(f.site().resolve("course/1-getting-started-lessons/index.html"));
    assertTrue(module.contains("<h1>Başlarken</h1>"), module);
    assertTrue(module.contains("<a href=\"1-intro-to-programming-languages/\">Programlama Dillerine ve Araçlarına Başlangıç</a>"), module);
    assertTrue(module.contains("<li><a href=\"1-intro-to-programming-languages/assignment/\">Dokümanları Okumak</a></li>"), "the part is listed under its lesson");
    assertTrue(module.contains("<h2 id=\"modul-mer\">Mer i modulen</h2>\n<ul><li><a href=\"kaynaklar/\">Kaynaklar</a></li></ul>"), "an unnumbered page is an extra page");
    assertTrue(module.contains("Düşük seviyeli diller aşağıdakilerden hangisi için popüler bir seçimdir"), "the quiz embedded by id");

    String lesson = Files.readString(f.site().resolve(LESSON + "index.html"));
    assertTrue(lesson.contains("<h1>Programlama Dillerine ve Araçlarına Başlangıç</h1>"), lesson);
    assertEquals(1, lesson.split("Programlama Dillerine ve Araçlarına Başlangıç</h", -1).length - 1, "the heading is the title, not repeated in the body");
    assertTrue(lesson.contains("<h2 id=\"leksjon-deler\">I denne leksjonen</h2>\n<ul><li><a href=\"assignment/\">Dokümanları Okumak</a></li></ul>"), lesson);

    String assignment = Files.readString(f.site().resolve(LESSON + "assignment/index.html"));
    assertTrue(assignment.contains("del av <a href=\"../\">Leksjon 1: Programlama Dillerine ve Araçlarına Başlangıç</a>"), assignment);
    assertTrue(assignment.contains("<h1>Dokümanları Okumak</h1>"), assignment);

    String print = Files.readString(f.site().resolve("course/1-getting-started-lessons/print/index.html"));
    assertTrue(print.contains("<section class=\"course-print-part\" id=\"1-intro-to-programming-languages-assignment\">"), "the part prints with its lesson");
  }

  @Test
  void aQuizIdNoBankHasIsAnErrorAtTheBlock() throws IOException {
    SiteFixture f = site();
    Files.writeString(f.content().resolve("course/1-getting-started-lessons/README.md"), "# Başlarken\n\n```quiz\nid: webdev-3\n```\n");
    SiteFixture.Run r = f.run("check");
    assertEquals(1, r.exit());
    assertTrue(
        r.err().contains(
            """
            content/course/1-getting-started-lessons/README.md:4:5: error[directive.quiz]: no quiz `webdev-3` in the quiz banks (`content/quizzes/*.yaml`)
             4 | id: webdev-3
               |     ^
               = hint: did you mean `webdev-1`?
            """),
        r.err());
  }
}
