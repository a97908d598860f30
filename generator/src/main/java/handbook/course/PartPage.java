package handbook.course;

import handbook.content.MarkdownPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.docs.TocEntry;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Map;

/**
 * A course page that is not a lesson: a part of a lesson folder (an assignment, a variant),
 * under its lesson; or an extra page of a module (unnumbered), under the module.
 */
final class PartPage extends MarkdownPage {
  private final Course course;
  private final Course.Module module;
  private final Course.Lesson lesson;
  private final Map<String, String> t;

  /** @param lesson the lesson the page is part of, or null for an extra page of the module */
  PartPage(Course course, Course.Module module, Course.Lesson lesson, Course.Part part, RenderedMarkdown md, MarkdownEngine engine, Map<String, String> t, String fingerprint) {
    super(
        new PageInfo(part.url(), part.title(), "", part.source(), lesson == null ? module.url() : lesson.url(), null, true, "course-page", List.of(), Map.of(), List.of()),
        md,
        engine,
        fingerprint,
        List.of());
    this.course = course;
    this.module = module;
    this.lesson = lesson;
    this.t = t;
  }

  @Override
  public String template() {
    return "course-page";
  }

  @Override
  public Object body(PageContext ctx) {
    String from = info.url();
    CourseViews.ModuleItem m = CourseViews.module(module, from, from, t);
    CourseViews.LessonItem l = lesson == null ? null : m.lessons().stream().filter(x -> x.id().equals(lesson.url())).findFirst().orElseThrow();
    return new CourseViews.PartView(html(ctx), TocEntry.of(md.headings()), m, l, CourseViews.map(course, from, t));
  }
}
