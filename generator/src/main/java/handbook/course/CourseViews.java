package handbook.course;

import handbook.content.Urls;
import handbook.docs.TocEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * View records of the course pages, with hrefs relative to the page being rendered. Site URLs
 * ({@code id}) are what course.js stores progress under.
 */
public final class CourseViews {
  private CourseViews() {}

  /**
   * A lesson in an outline; {@code id} is its site URL, {@code number} its place in the module,
   * {@code duration} empty when not known, {@code parts} its other pages.
   */
  public record LessonItem(String id, String href, String title, String duration, int minutes, int number, boolean current, List<LinkItem> parts) {}

  /** A module with its lessons; {@code label} is "Modul 1", {@code anchor} its id on the overview. */
  public record ModuleItem(
      String id,
      String href,
      int number,
      String label,
      String title,
      String description,
      String duration,
      int minutes,
      List<String> outcomes,
      String outcome,
      List<LessonItem> lessons,
      String anchor,
      boolean current,
      List<LinkItem> extras) {}

  /** A link to show, such as a prerequisite; {@code current} when it is the page shown. */
  public record LinkItem(String title, String href, boolean current) {
    public LinkItem(String title, String href) {
      this(title, href, false);
    }
  }

  /** A module of the course map: its site URL and its lessons' site URLs with their minutes. */
  public record MapModule(String id, List<LessonItem> lessons) {}

  /**
   * The whole course for course.js, on every course page: where the site root is, where the
   * overview is, and every module and lesson by site URL.
   */
  public record CourseMap(String root, String courseHref, List<MapModule> modules) {}

  /** The course overview. */
  public record OverviewView(
      String html, String audience, String total, int lessonCount, List<ModuleItem> modules, LessonItem first, CourseMap map) {}

  /** A module page. */
  public record ModuleView(
      ModuleItem module, int moduleCount, String html, List<LinkItem> prerequisites, String printHref, CourseMap map) {}

  /** A lesson page; {@code toc} is read by the layout. */
  public record LessonView(String html, List<TocEntry> toc, ModuleItem module, LessonItem lesson, int moduleCount, CourseMap map) {}

  /** A page of the course that is not a lesson: a part of {@code lesson}, or (when it is null) an extra page of the module. */
  public record PartView(String html, List<TocEntry> toc, ModuleItem module, LessonItem lesson, CourseMap map) {}

  /** The print view of a module: its facts, its introduction and all its lessons. */
  public record PrintView(
      ModuleItem module, String html, List<LinkItem> prerequisites, List<PrintLesson> lessons, String moduleHref, String courseTitle) {}

  /** A lesson in the print view; {@code html} has its ids namespaced by {@code anchor}, and so have its parts. */
  public record PrintLesson(String anchor, int number, String title, String duration, String html, List<PrintPart> parts) {}

  /** A part of a lesson in the print view. */
  public record PrintPart(String anchor, String title, String html) {}

  static String href(String from, String to) {
    return Urls.href(from, to);
  }

  /** The time in words, or empty when it is not known (0). */
  static String duration(int minutes, Map<String, String> t) {
    return minutes <= 0 ? "" : Durations.format(minutes, t.get("course.hour"));
  }

  static String label(Course.Module m, Map<String, String> t) {
    return t.get("course.module") + " " + m.number();
  }

  /** {@code Modul 1: Arkitekturoversikt}, the module's page title. */
  static String title(Course.Module m, Map<String, String> t) {
    return label(m, t) + ": " + m.title();
  }

  static List<LessonItem> lessons(Course.Module m, String from, String current, Map<String, String> t) {
    List<LessonItem> out = new ArrayList<>();
    int n = 0;
    for (Course.Lesson l : m.lessons()) {
      n++;
      List<LinkItem> parts = l.parts().stream().map(p -> new LinkItem(p.title(), href(from, p.url()), p.url().equals(current))).toList();
      out.add(new LessonItem(l.url(), href(from, l.url()), l.title(), duration(l.total(), t), l.total(), n, l.url().equals(current), parts));
    }
    return out;
  }

  static ModuleItem module(Course.Module m, String from, String current, Map<String, String> t) {
    return new ModuleItem(
        m.url(), href(from, m.url()), m.number(), label(m, t), m.title(), m.description(), duration(m.total(), t), m.total(), m.outcomes(), m.outcome(),
        lessons(m, from, current, t), "modul-" + m.number(), m.url().equals(current),
        m.extras().stream().map(p -> new LinkItem(p.title(), href(from, p.url()), p.url().equals(current))).toList());
  }

  static CourseMap map(Course c, String from, Map<String, String> t) {
    List<MapModule> modules = c.modules().stream().map(m -> new MapModule(m.url(), lessons(m, from, null, t))).toList();
    return new CourseMap(Urls.toRoot(from), href(from, c.url()), modules);
  }
}
