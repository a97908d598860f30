package handbook.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.markdown.MarkdownEngine;
import handbook.render.UiStrings;
import handbook.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The course model read from strings, and every validation message as printed (headline and hint). */
class CourseReaderTest {
  private final MarkdownEngine engine = new MarkdownEngine(Set.of("quiz"), UiStrings.load("nb"), false);
  private final Diagnostics diags = new Diagnostics();

  private CourseReader.Result read(SourceFile... files) {
    return read(CourseSettings.DEFAULT, files);
  }

  private CourseReader.Result read(CourseSettings settings, SourceFile... files) {
    return new CourseReader((f, split) -> engine.compile(split.body(), f.displayPath(), split.bodyFirstLine(), handbook.markdown.RenderOptions.withoutLeadingH1()), diags, settings)
        .read(List.of(files));
  }

  private List<String> messages() {
    List<String> out = new ArrayList<>();
    for (Diagnostic d : diags.sorted()) {
      out.add(d.headline() + (d.hint() == null ? "" : " = hint: " + d.hint()));
    }
    return out;
  }

  static SourceFile file(String path, String text) {
    return SourceFile.of(path, text);
  }

  static final SourceFile COURSE =
      file("course/index.md", "---\ntitle: Forstå systemene\naudience: Plattformeieren\ndescription: Fem moduler.\n---\nIntro.\n");

  static SourceFile module(String folder, int number, String duration, String more) {
    return file(
        "course/" + folder + "/index.md",
        "---\nnumber: " + number + "\ntitle: Modul " + number + "\nduration: " + duration + "\noutcomes: [Noe]\noutcome: Du kan noe\n" + more + "---\nOm modulen.\n");
  }

  static SourceFile lesson(String path, String title, String duration) {
    return file(path, "---\ntitle: " + title + "\nduration: " + duration + "\n---\nTekst.\n");
  }

  @Test
  void modulesAndLessonsAreOrderedByNumberAndDurationsAddUp() {
    CourseReader.Result r =
        read(
            lesson("course/02-drift/02-backup.md", "Backup", "1 t"),
            module("02-drift", 2, "3 t", "prerequisites: [module:1, ../../docs/drift/deploy.md#steg]\n"),
            lesson("course/02-drift/01-deploy.md", "Deploy", "1 t 30 min"),
            file("course/02-drift/gjenoppretting.md", "---\ntitle: Gjenoppretting\nduration: 30 min\nweight: 3\n---\n"),
            COURSE,
            module("01-arkitektur", 1, "2 t", ""),
            lesson("course/01-arkitektur/01-oversikt.md", "Oversikt", "2 t"));
    assertEquals(List.of(), messages());
    Course c = r.course();
    assertEquals("Forstå systemene", c.title());
    assertEquals("Plattformeieren", c.audience());
    assertEquals("course/", c.url());
    assertEquals(300, c.minutes());
    assertEquals(List.of(1, 2), c.modules().stream().map(Course.Module::number).toList());
    Course.Module drift = c.module(2);
    assertEquals("course/02-drift/", drift.url());
    assertEquals("course/02-drift/print/", drift.printUrl());
    assertEquals(List.of("Deploy", "Backup", "Gjenoppretting"), drift.lessons().stream().map(Course.Lesson::title).toList());
    assertEquals(List.of(90, 60, 30), drift.lessons().stream().map(Course.Lesson::minutes).toList());
    assertEquals("course/02-drift/gjenoppretting/", drift.lessons().get(2).url());
    assertEquals(List.of("module:1", "../../docs/drift/deploy.md#steg"), drift.prerequisites().stream().map(Course.Prerequisite::target).toList());
    assertEquals("content/course/02-drift/index.md:7:27", drift.prerequisites().get(1).span().toString());
    assertEquals(7, r.docs().size());
  }

  @Test
  void duplicateAndMissingModuleNumbersAreErrorsAtTheNumber() {
    read(
        COURSE,
        module("01-a", 1, "1 t", ""),
        lesson("course/01-a/01-x.md", "X", "1 t"),
        module("02-b", 1, "1 t", ""),
        lesson("course/02-b/01-y.md", "Y", "1 t"),
        module("04-d", 4, "1 t", ""),
        lesson("course/04-d/01-z.md", "Z", "1 t"));
    assertEquals(
        List.of(
            "content/course/02-b/index.md:2:9: error[course.module-number]: folder `02-b` is numbered 2, but its module `number` is 1"
                + " = hint: rename the folder or fix `number`",
            "content/course/02-b/index.md:2:9: error[course.module-number]: module number 1 is used twice"
                + " = hint: `content/course/01-a/index.md` has it too; give each module its own number",
            "content/course/04-d/index.md:2:9: error[course.module-number]: modules 2, 3 are missing: the modules are numbered 1, 4"
                + " = hint: number the modules 1, 2, 3, … without gaps"),
        messages());
  }

  @Test
  void lessonWithoutTitleAndDurationsThatAreNotDurations() {
    read(
        COURSE,
        module("01-a", 1, "to timer", ""),
        file("course/01-a/01-x.md", "---\nduration: 90\n---\nTekst.\n"),
        file("course/01-a/02-y.md", "---\ntitle: \"  \"\nduration: 1 t\n---\n"),
        file("course/01-a/03-z.md", "Bare tekst.\n"));
    assertEquals(
        List.of(
            "content/course/01-a/01-x.md:2:1: error[course.missing-key]: missing key `title` in a lesson",
            "content/course/01-a/01-x.md:2:11: error[course.duration]: `duration` `90` is not a duration"
                + " = hint: write it like `2 t`, `90 min` or `1 t 30 min`",
            "content/course/01-a/02-y.md:2:8: error[course.title]: `title` is empty",
            "content/course/01-a/03-z.md:1:1: error[course.frontmatter]: a lesson needs front matter"
                + " = hint: start the file with `---`, `title: …`, `duration: …`, `---`",
            "content/course/01-a/index.md:4:11: error[course.duration]: `duration` `to timer` is not a duration"
                + " = hint: write it like `2 t`, `90 min` or `1 t 30 min`"),
        messages());
  }

  @Test
  void prerequisitesMustBeEarlierModulesOrPages() {
    read(
        COURSE,
        module("01-a", 1, "1 t", "prerequisites:\n  - module:1\n  - module:2\n  - module:7\n  - module:x\n  - checklist:backup\n  - https://example.com/\n  - ../../docs/drift/\n"),
        lesson("course/01-a/01-x.md", "X", "1 t"),
        module("02-b", 2, "1 t", ""),
        lesson("course/02-b/01-y.md", "Y", "1 t"));
    assertEquals(
        List.of(
            "content/course/01-a/index.md:8:5: error[course.prerequisite]: module 1 cannot require itself",
            "content/course/01-a/index.md:9:5: error[course.prerequisite]: module 1 cannot require module 2, which comes after it",
            "content/course/01-a/index.md:10:5: error[course.prerequisite]: there is no module 7 = hint: the modules are numbered 1, 2",
            "content/course/01-a/index.md:11:5: error[course.prerequisite]: `module:x` needs a module number, as in `module:1`",
            "content/course/01-a/index.md:12:5: error[course.prerequisite]: prerequisite `checklist:backup` is neither `module:N` nor a page"
                + " = hint: write `module:1`, or a relative link to a page such as `../../docs/arkitektur/oversikt.md`",
            "content/course/01-a/index.md:13:5: error[course.prerequisite]: prerequisite `https://example.com/` is neither `module:N` nor a page"
                + " = hint: write `module:1`, or a relative link to a page such as `../../docs/arkitektur/oversikt.md`"),
        messages());
  }

  @Test
  void filesOutsideTheLayoutAndLessonsInOnePlaceAreErrorsAndUnnumberedPagesAreExtras() {
    CourseReader.Result r =
        read(
            file("course/notater.md", "# Notater\n"),
            file("course/01-a/ekstra/dypt.md", "# Dypt\n"),
            lesson("course/02-b/01-y.md", "Y", "1 t"),
            module("01-a", 1, "1 t", ""),
            lesson("course/01-a/intro.md", "Intro", "30 min"),
            lesson("course/01-a/01-x.md", "X", "30 min"),
            lesson("course/01-a/01-z.md", "Z", "30 min"));
    assertNull(r.course());
    assertEquals(
        List.of(
            "content/course/: error[course.index]: the course has no `index.md` or `README.md`"
                + " = hint: add `content/course/index.md` with `title`, `audience` and an introduction",
            "content/course/01-a/01-z.md: error[course.lesson-order]: lessons `01-x.md` and `01-z.md` both come at place 1"
                + " = hint: give each lesson of a module its own number",
            "content/course/02-b/: error[course.module-index]: module folder `content/course/02-b/` has no `index.md` or `README.md`"
                + " = hint: add `index.md` with `number`, `title`, `duration`, `outcomes` and `outcome`",
            "content/course/notater.md: error[course.layout]: `content/course/notater.md` is not in a module folder"
                + " = hint: move it into a module folder such as `content/course/01-intro/`"),
        messages());
  }

  @Test
  void unknownKeysMissingFieldsAndLessonTimesThatDoNotAddUp() {
    read(
        file("course/index.md", "---\ntitle: Kurs\naudiense: Alle\n---\n"),
        file("course/01-a/index.md", "---\nnumber: 1\ntitle: A\nduration: 2 t\noutcomes: []\n---\n"),
        file("course/01-a/01-x.md", "---\ntitle: X\ndurration: 1 t\n---\n"),
        lesson("course/01-a/02-y.md", "Y", "1 t"),
        module("02-b", 2, "1 t", ""),
        lesson("course/02-b/01-z.md", "Z", "45 min"));
    assertEquals(
        List.of(
            "content/course/01-a/01-x.md:3:1: error[course.unknown-key]: unknown key `durration` in a lesson = hint: did you mean `duration`?",
            "content/course/01-a/index.md: warning[course.duration-missing]: in module `01-a`, lesson `01-x` has no `duration`"
                + " = hint: give each lesson a `duration` (`20 min`, `1 t`) in its front matter",
            "content/course/01-a/index.md:2:1: error[course.missing-key]: missing key `outcome` in a module",
            "content/course/01-a/index.md:5:11: error[course.outcomes]: `outcomes` is empty = hint: list what the reader learns in the module",
            "content/course/02-b/index.md:4:11: warning[course.duration-sum]: the lessons of module 2 add up to `45 min`, but the module says `1 t`"
                + " = hint: fix the module's `duration` or the lessons' durations",
            "content/course/index.md:3:1: error[course.unknown-key]: unknown key `audiense` in the course page = hint: did you mean `audience`?"),
        messages());
  }

  @Test
  void leniently_aCourseInFoldersIsReadWithoutFrontMatter() {
    CourseReader.Result r =
        read(
            new CourseSettings(false),
            file("course/README.md", "# IoT for Beginners\nA 12-week course.\n"),
            file("course/1-getting-started/README.md", "# Getting Started with IoT\n\n## Topics\n"),
            file("course/1-getting-started/lessons/1-introduction-to-iot/README.md", "# Introduction to IoT\nText.\n"),
            file("course/1-getting-started/lessons/1-introduction-to-iot/wio-terminal.md", "# Wio Terminal\n"),
            file("course/1-getting-started/lessons/1-introduction-to-iot/assignment.md", "# Explore an IoT device\n"),
            file("course/1-getting-started/lessons/1-introduction-to-iot/translations/README.fr.md", "# Introduction à l'IoT\n"),
            file("course/1-getting-started/lessons/2-deeper-dive/index.md", "---\nduration: 40 min\n---\n# A deeper dive\n"),
            file("course/1-getting-started/credits.md", "Written by Jim.\n"),
            file("course/02-farm/README.md", "# Farm\n"),
            file("course/02-farm/01-predict.md", "---\ntitle: Predict plant growth\nduration: 1 t\ntags: [x]\n---\n"));
    assertEquals("IoT for Beginners", r.course().title());
    List<Course.Module> ms = r.course().modules();
    assertEquals(List.of(1, 2), ms.stream().map(Course.Module::number).toList());
    assertEquals(List.of("Getting Started with IoT", "Farm"), ms.stream().map(Course.Module::title).toList());
    Course.Module m = ms.get(0);
    assertEquals(List.of("Introduction to IoT", "A deeper dive"), m.lessons().stream().map(Course.Lesson::title).toList());
    Course.Lesson intro = m.lessons().get(0);
    assertEquals("course/1-getting-started/lessons/1-introduction-to-iot/README.md", intro.source());
    assertEquals("course/1-getting-started/lessons/1-introduction-to-iot/", intro.url());
    assertEquals("1-introduction-to-iot", intro.slug());
    assertEquals(List.of("Explore an IoT device", "Introduction à l'IoT", "Wio Terminal"), intro.parts().stream().map(Course.Part::title).toList());
    assertEquals("course/1-getting-started/lessons/1-introduction-to-iot/assignment/", intro.parts().get(0).url());
    assertEquals(List.of("Credits"), m.extras().stream().map(Course.Part::title).toList(), "an unnumbered page is an extra page, titled by its name");
    assertEquals(0, m.total(), "a lesson without a duration: no total");
    assertEquals(60, ms.get(1).total(), "every lesson has one: their sum");
    assertEquals(0, r.course().minutes());
    assertEquals(
        List.of(
            "content/course/02-farm/01-predict.md:4:1: warning[course.unknown-key]: unknown key `tags` in a lesson (ignored) = hint: known keys: duration, title, weight",
            "content/course/1-getting-started/README.md: warning[course.duration-missing]: module `1-getting-started` has no `duration` and lesson `1-introduction-to-iot` has none: its time is not shown"
                + " = hint: give each lesson a `duration` (`20 min`, `1 t`) in its front matter"),
        messages());
  }

  @Test
  void strictly_folderNumbersNumberModulesAndLessonFoldersNeedTheirPage() {
    read(
        COURSE,
        file("course/1-a/index.md", "---\ntitle: A\noutcomes: [Noe]\noutcome: Du kan noe\n---\n"),
        file("course/1-a/1-x/README.md", "---\ntitle: X\nduration: 10 min\n---\n"),
        file("course/1-a/1-x/index.md", "---\ntitle: X igjen\nduration: 10 min\n---\n"),
        file("course/1-a/2-y/assignment.md", "# Oppgave\n"),
        file("course/2-b/index.md", "---\ntitle: B\noutcomes: [Noe]\noutcome: Du kan noe\n---\n"),
        file("course/2-b/README.md", "# B\n"),
        file("course/2-b/1-z.md", "---\ntitle: Z\nduration: 5 min\n---\n"));
    assertEquals(
        List.of(
            "content/course/1-a/1-x/README.md: error[course.layout]: `content/course/1-a/1-x/README.md` is a second page for its folder, beside `index.md`"
                + " = hint: a folder's page is its `index.md`, or its `README.md` when it has no `index.md`; rename one",
            "content/course/1-a/2-y/: error[course.layout]: lesson folder `content/course/1-a/2-y/` has no `README.md` or `index.md`"
                + " = hint: the folder's `README.md` (or `index.md`) is the lesson; its other pages are parts of it",
            "content/course/2-b/README.md: error[course.layout]: `content/course/2-b/README.md` is a second page for its folder, beside `index.md`"
                + " = hint: a folder's page is its `index.md`, or its `README.md` when it has no `index.md`; rename one"),
        messages());
  }
}
