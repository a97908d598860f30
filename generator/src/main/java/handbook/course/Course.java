package handbook.course;

import handbook.content.Urls;
import handbook.diag.Span;
import java.util.List;
import java.util.Objects;

/**
 * A course: its page ({@code content/course/index.md}) and its modules in order.
 *
 * @param source the content-relative path of the course page
 */
public record Course(String title, String description, String audience, String source, List<Module> modules) {
  public static final String ROOT = "course/";

  public Course {
    Objects.requireNonNull(title, "title");
    description = description == null ? "" : description;
    audience = audience == null ? "" : audience;
    modules = List.copyOf(modules);
  }

  public String url() {
    return urlOf(source);
  }

  /**
   * The URL of a course file: as for any page, and a folder's {@code README.md} is its page too
   * ({@code course/1-intro/README.md} → {@code course/1-intro/}).
   */
  public static String urlOf(String source) {
    return source.endsWith("/README.md") || source.equals("README.md")
        ? Urls.ofSource(source.substring(0, source.length() - "README.md".length()) + "index.md")
        : Urls.ofSource(source);
  }

  /** The total time of the course, or 0 when a module's is not known. */
  public int minutes() {
    return modules.stream().anyMatch(m -> m.total() == 0) ? 0 : modules.stream().mapToInt(Module::total).sum();
  }

  public List<Lesson> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }

  public Module module(int number) {
    return modules.stream().filter(m -> m.number() == number).findFirst().orElse(null);
  }

  /**
   * A module: a folder {@code content/course/NN-slug/} with an {@code index.md}.
   *
   * @param folder the folder name ({@code 01-arkitektur})
   * @param minutes the duration the module states, or 0 when it states none
   * @param extras pages of the module that are not lessons (unnumbered ones), in title order
   */
  public record Module(
      int number,
      String folder,
      String title,
      String description,
      int minutes,
      List<String> outcomes,
      String outcome,
      List<Prerequisite> prerequisites,
      String source,
      List<Lesson> lessons,
      List<Part> extras) {
    public Module {
      description = description == null ? "" : description;
      outcome = outcome == null ? "" : outcome;
      outcomes = List.copyOf(outcomes);
      prerequisites = List.copyOf(prerequisites);
      lessons = List.copyOf(lessons);
      extras = List.copyOf(extras);
    }

    public String url() {
      return urlOf(source);
    }

    /**
     * The module's time: what it states, else the sum of its lessons when every lesson states
     * one; 0 (not known) otherwise, so no wrong total is shown.
     */
    public int total() {
      if (minutes > 0) {
        return minutes;
      }
      return lessons.isEmpty() || lessons.stream().anyMatch(l -> l.total() == 0) ? 0 : lessonMinutes();
    }

    /** The module's generated print view: all lessons on one page. */
    public String printUrl() {
      return url() + "print/";
    }

    /** The sum of the lessons' times. */
    public int lessonMinutes() {
      return lessons.stream().mapToInt(Lesson::total).sum();
    }
  }

  /**
   * A lesson: a Markdown page in a module folder, or a lesson folder whose {@code README.md} or
   * {@code index.md} is the lesson and whose other pages are its parts.
   *
   * @param minutes the time the lesson states, or 0 when it states none
   * @param order its place in the module (file or folder number, or {@code weight})
   * @param slug the file name without {@code .md}, or the folder's name: unique in its module
   * @param parts the lesson's other pages (an assignment, variants), in title order
   */
  public record Lesson(String title, int minutes, int order, String source, String slug, List<Part> parts) {
    public Lesson {
      parts = List.copyOf(parts);
    }

    public String url() {
      return urlOf(source);
    }

    /** The lesson's time with its parts' (those that state one), or 0 when the lesson states none. */
    public int total() {
      return minutes == 0 ? 0 : minutes + parts.stream().mapToInt(Part::minutes).sum();
    }
  }

  /**
   * A page that belongs to a lesson (its part) or to a module (an extra page), not a lesson itself.
   *
   * @param minutes the time it states, or 0
   */
  public record Part(String title, int minutes, String source) {
    public String url() {
      return urlOf(source);
    }

    /** The file name without {@code .md}. */
    public String slug() {
      String name = source.substring(source.lastIndexOf('/') + 1);
      return name.substring(0, name.length() - 3);
    }
  }

  /** Something to know first: {@code module:N}, or a link to a page. */
  public record Prerequisite(String target, Span span) {
    public boolean isModule() {
      return target.startsWith("module:");
    }

    /** The module number of {@code module:N}, or -1 when it is not a number. */
    public int moduleNumber() {
      try {
        return Integer.parseInt(target.substring("module:".length()).strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
