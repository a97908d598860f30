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

/**
 * The print view of a module ({@code course/<module>/print/}): its facts, introduction and every
 * lesson on one page. It is generated, outside the navigation. Its links are its lessons' links,
 * written in the same folder, so they resolve the same way (and any problem is reported once).
 */
final class PrintPage implements Page {
  private final PageInfo info;
  private final Course course;
  private final Course.Module module;
  private final MarkdownDoc intro;
  private final Map<String, MarkdownDoc> lessons;
  private final MarkdownEngine engine;
  private final Map<String, String> t;
  private final List<LinkRef> links = new ArrayList<>();
  private final List<DirectiveCall> calls = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();

  /** @param lessons the parsed lessons of the module, by source path */
  PrintPage(Course course, Course.Module module, MarkdownDoc intro, Map<String, MarkdownDoc> lessons, MarkdownEngine engine, Map<String, String> t) {
    this.course = course;
    this.module = module;
    this.intro = intro;
    this.lessons = lessons;
    this.engine = engine;
    this.t = t;
    this.info =
        PageInfo.generated(module.printUrl(), CourseViews.title(module, t) + " (" + t.get("course.print.label") + ")", module.url(), null, false, "course-print");
    links.addAll(intro.links());
    links.addAll(ModulePage.prerequisiteLinks(module));
    calls.addAll(intro.directives());
    intro.headings().stream().map(Heading::id).forEach(anchors::add);
    anchors.addAll(List.of("modul-maal", "modul-innhold"));
    for (Course.Lesson l : module.lessons()) {
      MarkdownDoc md = lessons.get(l.source());
      // links to this lesson's own headings are rewritten below, not resolved against this page
      md.links().stream().filter(r -> !r.target().strip().startsWith("#")).forEach(links::add);
      calls.addAll(md.directives());
      anchors.add(l.slug());
      for (String id : ids(md)) {
        anchors.add(l.slug() + "-" + id);
      }
    }
  }

  private static Set<String> ids(MarkdownDoc md) {
    Set<String> ids = new LinkedHashSet<>();
    md.headings().stream().map(Heading::id).forEach(ids::add);
    ids.addAll(md.extraAnchors());
    return ids;
  }

  @Override
  public PageInfo info() {
    return info;
  }

  @Override
  public String linkSource() {
    return module.source();
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
    return calls;
  }

  @Override
  public String template() {
    return "course-print";
  }

  @Override
  public Object body(PageContext ctx) {
    String from = info.url();
    List<CourseViews.PrintLesson> out = new ArrayList<>();
    int n = 0;
    for (Course.Lesson l : module.lessons()) {
      n++;
      MarkdownDoc md = lessons.get(l.source());
      String html = engine.render(md, ctx.hrefs(), ctx.embeds());
      html = PrintHtml.shiftHeadings(PrintHtml.namespace(html, ids(md), l.slug() + "-"));
      out.add(new CourseViews.PrintLesson(l.slug(), n, l.title(), CourseViews.duration(l.minutes(), t), html));
    }
    return new CourseViews.PrintView(
        CourseViews.module(module, from, null, t),
        engine.render(intro, ctx.hrefs(), ctx.embeds()),
        ModulePage.prerequisites(course, module, from, ctx, t),
        out,
        CourseViews.href(from, module.url()),
        course.title());
  }
}
