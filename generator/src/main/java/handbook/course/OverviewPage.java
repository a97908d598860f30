package handbook.course;

import handbook.content.MarkdownPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The course page: introduction, modules with durations and outcomes, total time, progress. */
final class OverviewPage extends MarkdownPage {
  private final Course course;
  private final Map<String, String> t;

  OverviewPage(Course course, RenderedMarkdown md, MarkdownEngine engine, Map<String, String> t, String fingerprint) {
    super(
        new PageInfo(course.url(), course.title(), course.description(), course.source(), "", null, true, "course", List.of(), Map.of(), List.of()),
        md,
        engine,
        fingerprint,
        anchors(course));
    this.course = course;
    this.t = t;
  }

  private static List<String> anchors(Course course) {
    List<String> a = new ArrayList<>(List.of("kurs-fremdrift", "kurs-moduler"));
    course.modules().forEach(m -> a.add("modul-" + m.number()));
    return a;
  }

  @Override
  public String template() {
    return "course";
  }

  @Override
  public Object body(PageContext ctx) {
    String from = info.url();
    List<CourseViews.ModuleItem> modules = course.modules().stream().map(m -> CourseViews.module(m, from, null, t)).toList();
    CourseViews.LessonItem first = modules.stream().flatMap(m -> m.lessons().stream()).findFirst().orElse(null);
    return new CourseViews.OverviewView(
        html(ctx),
        course.audience(),
        CourseViews.duration(course.minutes(), t),
        course.lessons().size(),
        modules,
        first,
        CourseViews.map(course, from, t));
  }
}
