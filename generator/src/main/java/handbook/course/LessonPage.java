package handbook.course;

import handbook.content.MarkdownPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.docs.TocEntry;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Map;

/** A lesson: its text, the module's outline, and "Merk som fullført". */
final class LessonPage extends MarkdownPage {
  private final Course course;
  private final Course.Module module;
  private final Map<String, String> t;

  LessonPage(Course course, Course.Module module, Course.Lesson lesson, RenderedMarkdown md, MarkdownEngine engine, Map<String, String> t, String fingerprint) {
    super(
        new PageInfo(lesson.url(), lesson.title(), "", lesson.source(), module.url(), lesson.order(), true, "course-lesson", List.of(), Map.of(), List.of()),
        md,
        engine,
        fingerprint,
        List.of());
    this.course = course;
    this.module = module;
    this.t = t;
  }

  @Override
  public String template() {
    return "course-lesson";
  }

  @Override
  public Object body(PageContext ctx) {
    String from = info.url();
    CourseViews.ModuleItem m = CourseViews.module(module, from, from, t);
    CourseViews.LessonItem self = m.lessons().stream().filter(CourseViews.LessonItem::current).findFirst().orElseThrow();
    return new CourseViews.LessonView(html(ctx), TocEntry.of(md.headings()), m, self, course.modules().size(), CourseViews.map(course, from, t));
  }
}
