package handbook.course;

import handbook.content.MarkdownPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A module page: what you learn, the outcome, prerequisites, the lessons and their progress. */
final class ModulePage extends MarkdownPage {
  private final Course course;
  private final Course.Module module;
  private final Map<String, String> t;
  private final List<LinkRef> links = new ArrayList<>();

  ModulePage(Course course, Course.Module module, RenderedMarkdown md, MarkdownEngine engine, Map<String, String> t, String fingerprint) {
    super(
        new PageInfo(module.url(), CourseViews.title(module, t), module.description(), module.source(), course.url(), module.number(), true, "course-module", List.of(), Map.of(), List.of()),
        md,
        engine,
        fingerprint,
        List.of("modul-maal", "modul-leksjoner"));
    this.course = course;
    this.module = module;
    this.t = t;
    links.addAll(md.links());
    links.addAll(prerequisiteLinks(module));
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
  public List<LinkRef> links() {
    return links;
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
        html(ctx),
        prerequisites(course, module, from, ctx, t),
        CourseViews.href(from, module.printUrl()),
        CourseViews.map(course, from, t));
  }
}
