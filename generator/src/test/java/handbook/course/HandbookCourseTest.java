package handbook.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cli.Main;
import handbook.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handbook's own course (content/course/): the seed's five modules, their times, and a quiz and an exercise in each. */
class HandbookCourseTest {
  @TempDir static Path tmp;
  static Path site;
  static String out;

  @BeforeAll
  static void build() throws Exception {
    site = tmp.resolve("site");
    StringWriter o = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"build", "--content", SiteFixture.handbookContent(tmp).toString(), "--templates", SiteFixture.TEMPLATES.toString(), "--out", site.toString()},
            new PrintWriter(o),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    out = SiteFixture.untimed(o.toString());
  }

  static String read(String path) throws Exception {
    return Files.readString(site.resolve(path));
  }

  @Test
  void buildsWithoutWarnings() {
    assertTrue(out.matches("built \\d+ pages, 0 warnings, 0 errors in N s(; search index \\d+ KB)?\n"), out);
  }

  @Test
  void everyModuleIsListedInOrderAndTheTotalIsTheSumOfTheirTimes() throws Exception {
    String overview = read("course/index.html");
    Matcher total = Pattern.compile("<dt>Total tid</dt><dd>([^<]+)</dd>").matcher(overview);
    assertTrue(total.find(), "total time shown");
    Matcher m = Pattern.compile("<p class=\"course-eyebrow\">Modul (\\d+) · <span class=\"visually-hidden\">Tid: </span>([^<]+)</p>").matcher(overview);
    int expectedNumber = 1;
    int minutes = 0;
    while (m.find()) {
      assertEquals(expectedNumber++, Integer.parseInt(m.group(1)), "modules in order, without gaps");
      minutes += Durations.parse(m.group(2)).orElseThrow();
    }
    assertTrue(expectedNumber > 1, "modules listed");
    assertEquals(minutes, Durations.parse(total.group(1)).orElseThrow(), "the total is the sum of the modules' times");
  }

  @Test
  void everyModuleHasExercisesAndASelfCheckAndPrintsWhole() throws Exception {
    List<String> modules;
    try (var list = Files.list(tmp.resolve("content/course"))) {
      modules = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertTrue(!modules.isEmpty());
    for (String module : modules) {
      String print = read("course/" + module + "/print/index.html");
      assertTrue(print.contains("<section class=\"quiz\""), module + " has a quiz");
      assertTrue(print.contains("<section class=\"exercise\""), module + " has an exercise");
      int lessons = print.split("<section class=\"course-print-lesson\"", -1).length - 1;
      int files;
      try (var list = Files.list(tmp.resolve("content/course").resolve(module))) {
        files = (int) list.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")).count();
      }
      assertEquals(files, lessons, module + " prints all its lessons");
    }
  }

  @Test
  void lessonsLinkTheDocsAndTheChecklist() throws Exception {
    String lesson = read("course/02-drift/03-backup/index.html");
    assertTrue(lesson.contains("href=\"../../../docs/drift/backup-og-gjenoppretting/#strategi-og-mål\""), "docs link with anchor");
    assertTrue(lesson.contains("href=\"../../../checklist/#daily-backups\""), "checklist item link");
    assertTrue(read("course/01-arkitektur/index.html").contains("<strong>Forutsetter:</strong> <a href=\"../../docs/arkitektur/\">Arkitektur</a>"));
  }
}
