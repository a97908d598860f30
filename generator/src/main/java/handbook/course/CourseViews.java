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

  /** A lesson in an outline; {@code id} is its site URL, {@code number} its place in the module. */
  public record LessonItem(String id, String href, String title, String duration, int minutes, int number, boolean current) {}

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
      boolean current) {}

  /** A link to show, such as a prerequisite. */
  public record LinkItem(String title, String href) {}

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

  /** The print view of a module: its facts, its introduction and all its lessons. */
  public record PrintView(
      ModuleItem module, String html, List<LinkItem> prerequisites, List<PrintLesson> lessons, String moduleHref, String courseTitle) {}

  /** A lesson in the print view; {@code html} has its ids namespaced by {@code anchor}. */
  public record PrintLesson(String anchor, int number, String title, String duration, String html) {}

  static String href(String from, String to) {
    return Urls.href(from, to);
  }

  static String duration(int minutes, Map<String, String> t) {
    return Durations.format(minutes, t.get("course.hour"));
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
      out.add(new LessonItem(l.url(), href(from, l.url()), l.title(), duration(l.minutes(), t), l.minutes(), n, l.url().equals(current)));
    }
    return out;
  }

  static ModuleItem module(Course.Module m, String from, String current, Map<String, String> t) {
    return new ModuleItem(
        m.url(), href(from, m.url()), m.number(), label(m, t), m.title(), m.description(), duration(m.minutes(), t), m.minutes(), m.outcomes(), m.outcome(),
        lessons(m, from, current, t), "modul-" + m.number(), m.url().equals(current));
  }

  static CourseMap map(Course c, String from, Map<String, String> t) {
    List<MapModule> modules = c.modules().stream().map(m -> new MapModule(m.url(), lessons(m, from, null, t))).toList();
    return new CourseMap(Urls.toRoot(from), href(from, c.url()), modules);
  }
}
