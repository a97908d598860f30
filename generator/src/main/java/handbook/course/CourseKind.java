package handbook.course;

import handbook.content.ContentKind;
import handbook.content.Directive;
import handbook.content.LoadContext;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import handbook.render.UiStrings;
import handbook.source.SourceFile;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The course kind: reads {@code content/course/} and contributes the course page, a page per
 * module and per lesson, each module's print view, and the {@code quiz}, {@code exercise} and
 * {@code video} directives (usable in any Markdown page). One instance serves one build.
 */
public final class CourseKind implements ContentKind {
  private MarkdownEngine markdown;
  private Map<String, String> strings = Map.of();
  private String language = "nb";

  @Override
  public Collection<Directive> directives() {
    return List.of(new QuizDirective(this), new ExerciseDirective(this), new VideoDirective(this));
  }

  MarkdownEngine markdown() {
    return markdown;
  }

  Map<String, String> strings() {
    return strings;
  }

  String language() {
    return language;
  }

  @Override
  public void load(LoadContext ctx) {
    markdown = ctx.markdown();
    language = ctx.config().language();
    strings = UiStrings.load(language);
    List<SourceFile> files =
        ctx.sources().stream().filter(f -> f.path().startsWith(Course.ROOT) && f.path().endsWith(".md")).toList();
    if (files.isEmpty()) {
      return;
    }
    CourseReader.Result r = new CourseReader(markdown, ctx.diagnostics()).read(files);
    Course course = r.course();
    if (course == null) {
      return;
    }
    Map<String, MarkdownDoc> docs = r.docs();
    ctx.addPage(new OverviewPage(course, docs.get(course.source()), markdown, strings));
    for (Course.Module m : course.modules()) {
      ctx.addPage(new ModulePage(course, m, docs.get(m.source()), markdown, strings));
      Map<String, MarkdownDoc> lessons = new HashMap<>();
      for (Course.Lesson l : m.lessons()) {
        lessons.put(l.source(), docs.get(l.source()));
        LessonPage page = new LessonPage(course, m, l, docs.get(l.source()), markdown, strings);
        ctx.addPage(page);
        String text = files.stream().filter(f -> f.path().equals(l.source())).map(SourceFile::text).findFirst().orElse("");
        ctx.addFact(handbook.content.Fact.simple("lessons", page.info().url(), m.title() + ": " + page.info().title(), page.info().url(), handbook.content.Hashes.of(text)));
      }
      ctx.addPage(new PrintPage(course, m, docs.get(m.source()), lessons, markdown, strings));
    }
  }
}
