package handbook.course;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.DirectiveCall;
import handbook.markdown.Heading;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The course page: introduction, modules with durations and outcomes, total time, progress. */
final class OverviewPage implements Page {
  private final PageInfo info;
  private final Course course;
  private final MarkdownDoc md;
  private final MarkdownEngine engine;
  private final Map<String, String> t;
  private final Set<String> anchors = new LinkedHashSet<>();

  OverviewPage(Course course, MarkdownDoc md, MarkdownEngine engine, Map<String, String> t) {
    this.course = course;
    this.md = md;
    this.engine = engine;
    this.t = t;
    this.info = new PageInfo(course.url(), course.title(), course.description(), course.source(), "", null, true, "course", List.of(), Map.of(), List.of());
    md.headings().stream().map(Heading::id).forEach(anchors::add);
    anchors.addAll(md.extraAnchors());
    anchors.addAll(List.of("kurs-fremdrift", "kurs-moduler"));
    course.modules().forEach(m -> anchors.add("modul-" + m.number()));
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
    return "course";
  }

  @Override
  public Object body(PageContext ctx) {
    String from = info.url();
    List<CourseViews.ModuleItem> modules = course.modules().stream().map(m -> CourseViews.module(m, from, null, t)).toList();
    CourseViews.LessonItem first = modules.stream().flatMap(m -> m.lessons().stream()).findFirst().orElse(null);
    return new CourseViews.OverviewView(
        engine.render(md, ctx.hrefs(), ctx.embeds()),
        course.audience(),
        CourseViews.duration(course.minutes(), t),
        course.lessons().size(),
        modules,
        first,
        CourseViews.map(course, from, t));
  }
}
