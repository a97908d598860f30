package handbook.course;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.docs.TocEntry;
import handbook.markdown.DirectiveCall;
import handbook.markdown.Heading;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A lesson: its text, the module's outline, and "Merk som fullført". */
final class LessonPage implements Page {
  private final PageInfo info;
  private final Course course;
  private final Course.Module module;
  private final MarkdownDoc md;
  private final MarkdownEngine engine;
  private final Map<String, String> t;
  private final Set<String> anchors = new LinkedHashSet<>();

  LessonPage(Course course, Course.Module module, Course.Lesson lesson, MarkdownDoc md, MarkdownEngine engine, Map<String, String> t) {
    this.course = course;
    this.module = module;
    this.md = md;
    this.engine = engine;
    this.t = t;
    this.info = new PageInfo(lesson.url(), lesson.title(), "", lesson.source(), module.url(), lesson.order(), true, "course-lesson", List.of(), Map.of(), List.of());
    md.headings().stream().map(Heading::id).forEach(anchors::add);
    anchors.addAll(md.extraAnchors());
  }

  @Override
  public PageInfo info() {
    return info;
  }

  @Override
  public Set<String> anchors() {
    return anchors;
  }

  @Override
  public List<LinkRef> links() {
    return md.links();
  }

  @Override
  public List<DirectiveCall> directiveCalls() {
    return md.directives();
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
    return new CourseViews.LessonView(
        engine.render(md, ctx.hrefs(), ctx.embeds()), TocEntry.of(md.headings()), m, self, course.modules().size(), CourseViews.map(course, from, t));
  }
}
