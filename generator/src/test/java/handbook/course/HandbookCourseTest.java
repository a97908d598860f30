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
  void theSeedsModulesWithTheirTimesAddUpToElevenHours() throws Exception {
    String overview = read("course/index.html");
    assertTrue(overview.contains("<dt>Total tid</dt><dd>11 t</dd>"), "total time");
    Matcher m = Pattern.compile("<p class=\"course-eyebrow\">(Modul \\d) · <span class=\"visually-hidden\">Tid: </span>([^<]+)</p>\\s*<h3 class=\"course-module-title\"><a href=\"[^\"]+\">([^<]+)</a>").matcher(overview);
    StringBuilder modules = new StringBuilder();
    while (m.find()) {
      modules.append(m.group(1)).append(" (").append(m.group(2)).append("): ").append(m.group(3)).append('\n');
    }
    assertEquals(
        """
        Modul 1 (2 t): Arkitekturoversikt
        Modul 2 (3 t): Drift
        Modul 3 (2 t): Nye funksjoner
        Modul 4 (2 t): Sikkerhet og personvern
        Modul 5 (2 t): Skalering og ytelse
        """,
        modules.toString());
    assertTrue(overview.contains("<p class=\"course-outcome\"><strong>Resultat:</strong> Du kan drifte plattformen.</p>"));
  }

  @Test
  void everyModuleHasExercisesAndASelfCheckAndPrintsWhole() throws Exception {
    for (String module : List.of("01-arkitektur", "02-drift", "03-utvidelse", "04-sikkerhet", "05-skalering")) {
      String print = read("course/" + module + "/print/index.html");
      assertTrue(print.contains("<section class=\"quiz\""), module + " has a quiz");
      assertTrue(print.contains("<section class=\"exercise\""), module + " has an exercise");
      int lessons = print.split("<section class=\"course-print-lesson\"", -1).length - 1;
      assertTrue(lessons >= 5, module + " prints all its lessons: " + lessons);
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
