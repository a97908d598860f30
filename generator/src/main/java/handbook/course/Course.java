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
    return Urls.ofSource(source);
  }

  /** The sum of the modules' durations. */
  public int minutes() {
    return modules.stream().mapToInt(Module::minutes).sum();
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
   * @param minutes the duration the module states
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
      List<Lesson> lessons) {
    public Module {
      description = description == null ? "" : description;
      outcome = outcome == null ? "" : outcome;
      outcomes = List.copyOf(outcomes);
      prerequisites = List.copyOf(prerequisites);
      lessons = List.copyOf(lessons);
    }

    public String url() {
      return Urls.ofSource(source);
    }

    /** The module's generated print view: all lessons on one page. */
    public String printUrl() {
      return url() + "print/";
    }

    /** The sum of the lessons' durations. */
    public int lessonMinutes() {
      return lessons.stream().mapToInt(Lesson::minutes).sum();
    }
  }

  /**
   * A lesson: a Markdown page in a module folder.
   *
   * @param order its place in the module (file-name number, or {@code weight})
   */
  public record Lesson(String title, int minutes, int order, String source) {
    public String url() {
      return Urls.ofSource(source);
    }

    /** The file name without {@code .md}, unique in its module. */
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
