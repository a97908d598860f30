package handbook.course;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.DirectiveCall;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The print view of a module ({@code course/<module>/print/}): its facts, introduction and every
 * lesson on one page. It is generated, outside the navigation. Its links are its lessons' links,
 * written in the same folder, so they resolve the same way (and any problem is reported once).
 * Each lesson is compiled for this page: headings one level down, ids prefixed with the lesson's
 * slug, so the lessons' ids do not clash.
 */
final class PrintPage implements Page {
  private final PageInfo info;
  private final Course course;
  private final Course.Module module;
  private final RenderedMarkdown intro;
  private final Map<String, RenderedMarkdown> lessons;
  private final MarkdownEngine engine;
  private final Map<String, String> t;
  private final String fingerprint;
  private final List<LinkRef> links = new ArrayList<>();
  private final List<DirectiveCall> calls = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();

  /** @param lessons each lesson of the module compiled for print ({@link #options}), by source path */
  PrintPage(Course course, Course.Module module, RenderedMarkdown intro, Map<String, RenderedMarkdown> lessons, MarkdownEngine engine, Map<String, String> t, String fingerprint) {
    this.course = course;
    this.module = module;
    this.intro = intro;
    this.lessons = lessons;
    this.engine = engine;
    this.t = t;
    this.fingerprint = fingerprint;
    this.info =
        PageInfo.generated(module.printUrl(), CourseViews.title(module, t) + " (" + t.get("course.print.label") + ")", module.url(), null, false, "course-print");
    links.addAll(intro.links());
    links.addAll(ModulePage.prerequisiteLinks(module));
    calls.addAll(intro.directives());
    anchors.addAll(intro.anchors());
    anchors.addAll(List.of("modul-maal", "modul-innhold"));
    for (Course.Lesson l : module.lessons()) {
      RenderedMarkdown md = lessons.get(l.source());
      // links to this lesson's own headings point into its part of this page, not through the link phase
      md.links().stream().filter(r -> !r.target().strip().startsWith("#")).map(r -> fromModule(r, l.source())).forEach(links::add);
      calls.addAll(md.directives());
      anchors.add(l.slug());
      anchors.addAll(md.anchors());
      for (Course.Part p : l.parts()) {
        RenderedMarkdown pm = lessons.get(p.source());
        pm.links().stream().filter(r -> !r.target().strip().startsWith("#")).map(r -> fromModule(r, p.source())).forEach(links::add);
        calls.addAll(pm.directives());
        anchors.add(partAnchor(l, p));
        anchors.addAll(pm.anchors());
      }
    }
  }

  private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /**
   * A link of a page in a folder under the module's (a lesson folder) as written from the
   * module's folder, which this page's links are resolved from: {@code ../img/x.png} in
   * {@code lessons/1-intro/} is {@code lessons/1-intro/../img/x.png}.
   */
  private LinkRef fromModule(LinkRef r, String source) {
    String t = r.target().strip();
    String moduleDir = module.source().substring(0, module.source().lastIndexOf('/') + 1);
    String dir = source.substring(0, source.lastIndexOf('/') + 1);
    if (dir.equals(moduleDir) || t.startsWith("/") || SCHEME.matcher(t).find()) {
      return r;
    }
    return new LinkRef(dir.substring(moduleDir.length()) + t, r.span(), r.image());
  }

  /** How a lesson is compiled for the print view. */
  static handbook.markdown.RenderOptions options(Course.Lesson l) {
    return new handbook.markdown.RenderOptions(1, l.slug() + "-", true);
  }

  /** How a part of a lesson is compiled for the print view: one level further down. */
  static handbook.markdown.RenderOptions options(Course.Lesson l, Course.Part p) {
    return new handbook.markdown.RenderOptions(2, partAnchor(l, p) + "-", true);
  }

  /** The id of a part's section in the print view. */
  static String partAnchor(Course.Lesson l, Course.Part p) {
    return l.slug() + "-" + p.slug();
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
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public Object body(PageContext ctx) {
    String from = info.url();
    List<CourseViews.PrintLesson> out = new ArrayList<>();
    int n = 0;
    for (Course.Lesson l : module.lessons()) {
      n++;
      List<CourseViews.PrintPart> parts = new ArrayList<>();
      for (Course.Part p : l.parts()) {
        parts.add(new CourseViews.PrintPart(partAnchor(l, p), p.title(), render(lessons.get(p.source()), p.source(), partAnchor(l, p), ctx)));
      }
      out.add(new CourseViews.PrintLesson(l.slug(), n, l.title(), CourseViews.duration(l.total(), t), render(lessons.get(l.source()), l.source(), l.slug(), ctx), parts));
    }
    return new CourseViews.PrintView(
        CourseViews.module(module, from, null, t),
        engine.render(intro, ctx.hrefs(), ctx.embeds()),
        ModulePage.prerequisites(course, module, from, ctx, t),
        out,
        CourseViews.href(from, module.url()),
        course.title());
  }

  /** A body compiled for this page, its links to its own headings pointed at their prefixed ids. */
  private String render(RenderedMarkdown md, String source, String prefix, PageContext ctx) {
    Set<String> own = md.anchors();
    Map<String, String> hrefs = new HashMap<>(ctx.hrefs());
    for (LinkRef r : md.links()) {
      String moved = fromModule(r, source).target();
      if (!moved.equals(r.target())) {
        String href = ctx.hrefs().get(moved);
        if (href != null) {
          hrefs.put(r.target(), href);
        } else {
          hrefs.remove(r.target());
        }
      }
      String target = r.target().strip();
      if (target.startsWith("#")) {
        String id = decode(target.substring(1));
        if (own.contains(prefix + "-" + id)) {
          hrefs.put(r.target(), "#" + prefix + "-" + id);
        }
      }
    }
    return engine.render(md, hrefs, ctx.embeds());
  }

  private static String decode(String s) {
    try {
      return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
