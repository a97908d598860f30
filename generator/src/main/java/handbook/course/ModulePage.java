package handbook.course;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.DirectiveCall;
import handbook.markdown.Heading;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A module page: what you learn, the outcome, prerequisites, the lessons and their progress. */
final class ModulePage implements Page {
  private final PageInfo info;
  private final Course course;
  private final Course.Module module;
  private final MarkdownDoc md;
  private final MarkdownEngine engine;
  private final Map<String, String> t;
  private final List<LinkRef> links = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();

  ModulePage(Course course, Course.Module module, MarkdownDoc md, MarkdownEngine engine, Map<String, String> t) {
    this.course = course;
    this.module = module;
    this.md = md;
    this.engine = engine;
    this.t = t;
    this.info =
        new PageInfo(module.url(), CourseViews.title(module, t), module.description(), module.source(), course.url(), module.number(), true, "course-module", List.of(), Map.of(), List.of());
    links.addAll(md.links());
    links.addAll(prerequisiteLinks(module));
    md.headings().stream().map(Heading::id).forEach(anchors::add);
    anchors.addAll(md.extraAnchors());
    anchors.addAll(List.of("modul-maal", "modul-leksjoner"));
  }

  /** The prerequisites that are pages, as links to check. */
  static List<LinkRef> prerequisiteLinks(Course.Module module) {
    return module.prerequisites().stream().filter(p -> !p.isModule()).map(p -> new LinkRef(p.target(), p.span(), false)).toList();
  }

  /** The prerequisites as links from the page at {@code from}. */
  static List<CourseViews.LinkItem> prerequisites(Course course, Course.Module module, String from, PageContext ctx, Map<String, String> t) {
    List<CourseViews.LinkItem> out = new ArrayList<>();
    for (Course.Prerequisite p : module.prerequisites()) {
      if (p.isModule()) {
        Course.Module m = course.module(p.moduleNumber());
        if (m != null) {
          out.add(new CourseViews.LinkItem(CourseViews.title(m, t), CourseViews.href(from, m.url())));
        }
      } else {
        out.add(new CourseViews.LinkItem(ctx.titles().getOrDefault(p.target(), p.target()), ctx.hrefs().getOrDefault(p.target(), p.target())));
      }
    }
    return out;
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
    return links;
  }

  @Override
  public List<DirectiveCall> directiveCalls() {
    return md.directives();
  }

  @Override
  public String template() {
    return "course-module";
  }

  @Override
  public Object body(PageContext ctx) {
    String from = info.url();
    return new CourseViews.ModuleView(
        CourseViews.module(module, from, from, t),
        course.modules().size(),
        engine.render(md, ctx.hrefs(), ctx.embeds()),
        prerequisites(course, module, from, ctx, t),
        CourseViews.href(from, module.printUrl()),
        CourseViews.map(course, from, t));
  }
}
