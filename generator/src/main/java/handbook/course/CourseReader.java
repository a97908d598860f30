package handbook.course;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.markdown.RenderedMarkdown;
import handbook.source.FrontMatter;
import handbook.source.FrontMatterReader;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the Markdown files under {@code content/course/} into a {@link Course}, strictly: the
 * course page {@code index.md}, one folder per module with its {@code index.md} (number, title,
 * duration, outcomes, outcome, prerequisites) and its lessons (title, duration, optional weight).
 * Every problem is a diagnostic at its file and line; reading goes on so one run reports all.
 */
public final class CourseReader {
  static final Set<String> COURSE_KEYS = Set.of("title", "description", "audience");
  static final Set<String> MODULE_KEYS = Set.of("number", "title", "description", "duration", "outcomes", "outcome", "prerequisites");
  static final Set<String> LESSON_KEYS = Set.of("title", "duration", "weight");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[-_]");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** Compiles the Markdown body of a course file (after its front matter). */
  public interface Bodies {
    RenderedMarkdown compile(SourceFile file, FrontMatter split);
  }

  private final Bodies bodies;
  private final Diagnostics diags;

  public CourseReader(Bodies bodies, Diagnostics diags) {
    this.bodies = bodies;
    this.diags = diags;
  }

  /**
   * The course and the parsed body of every file read, by content-relative path. The course is
   * null when there are no course files, or no course page (reported).
   */
  public record Result(Course course, Map<String, RenderedMarkdown> docs) {}

  /** A module's front matter before the modules are checked against each other. */
  private record Draft(Course.Module module, Span numberSpan, Span durationSpan) {}

  /** Reads the course from its files ({@code course/**.md}, in any order). */
  public Result read(List<SourceFile> files) {
    Map<String, RenderedMarkdown> docs = new HashMap<>();
    SourceFile coursePage = null;
    Map<String, SourceFile> moduleIndex = new TreeMap<>();
    Map<String, List<SourceFile>> lessons = new TreeMap<>();
    String prefix = "content/";
    for (SourceFile f : files.stream().sorted(Comparator.comparing(SourceFile::path)).toList()) {
      prefix = f.displayPath().substring(0, f.displayPath().length() - f.path().length());
      String rest = f.path().substring(Course.ROOT.length());
      String[] parts = rest.split("/");
      if (parts.length == 1 && rest.equals("index.md")) {
        coursePage = f;
      } else if (parts.length == 1) {
        diags.add(
            Diagnostic.error("course.layout", Span.file(f.displayPath()), "`" + f.displayPath() + "` is not in a module folder")
                .withHint("move it into a module folder such as `" + prefix + "course/01-intro/`"));
      } else if (parts.length > 2) {
        diags.add(
            Diagnostic.error("course.layout", Span.file(f.displayPath()), "`" + f.displayPath() + "` is nested too deep")
                .withHint("lessons live directly in their module folder"));
      } else if (parts[1].equals("index.md")) {
        moduleIndex.put(parts[0], f);
        lessons.computeIfAbsent(parts[0], k -> new ArrayList<>());
      } else {
        lessons.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(f);
      }
    }
    if (coursePage == null && lessons.isEmpty()) {
      return new Result(null, docs);
    }

    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<String, List<SourceFile>> e : lessons.entrySet()) {
      String folder = e.getKey();
      List<Course.Lesson> ls = readLessons(e.getValue(), docs);
      SourceFile index = moduleIndex.get(folder);
      if (index == null) {
        diags.add(
            Diagnostic.error("course.module-index", Span.file(prefix + Course.ROOT + folder + "/"), "module folder `" + prefix + Course.ROOT + folder + "/` has no `index.md`")
                .withHint("add `index.md` with `number`, `title`, `duration`, `outcomes` and `outcome`"));
        continue;
      }
      Draft d = readModule(index, folder, ls, e.getValue().isEmpty(), docs);
      if (d != null) {
        drafts.add(d);
      }
    }
    List<Course.Module> modules = checkModules(drafts);

    if (coursePage == null) {
      diags.add(
          Diagnostic.error("course.index", Span.file(prefix + Course.ROOT), "the course has no `index.md`")
              .withHint("add `" + prefix + Course.ROOT + "index.md` with `title`, `audience` and an introduction"));
      return new Result(null, docs);
    }
    FrontMatter split = FrontMatter.split(coursePage.text());
    docs.put(coursePage.path(), parse(coursePage, split));
    YamlFields f = frontMatter(coursePage, split, "the course page");
    String title = null;
    String description = null;
    String audience = null;
    if (f != null) {
      title = title(f, "the course page");
      description = f.string("description", null);
      audience = f.string("audience", null);
    }
    Course course = new Course(title == null ? "" : title, description, audience, coursePage.path(), modules);
    return new Result(course, docs);
  }

  private List<Course.Lesson> readLessons(List<SourceFile> files, Map<String, RenderedMarkdown> docs) {
    record Placed(Course.Lesson lesson, Span span, String name) {}
    List<Placed> placed = new ArrayList<>();
    for (SourceFile file : files) {
      FrontMatter split = FrontMatter.split(file.text());
      docs.put(file.path(), parse(file, split));
      String name = file.path().substring(file.path().lastIndexOf('/') + 1);
      YamlFields f = frontMatter(file, split, "a lesson");
      if (f == null) {
        continue;
      }
      String title = title(f, "a lesson");
      int minutes = duration(f, "a lesson");
      Integer order = null;
      Span orderSpan = f.span(f.map());
      if (f.has("weight")) {
        order = f.integer("weight", 0);
        orderSpan = f.span(f.map().get("weight"));
      } else {
        Matcher m = NUMBERED.matcher(name);
        if (m.find()) {
          order = Integer.parseInt(m.group(1));
        }
      }
      if (order == null) {
        diags.add(
            Diagnostic.error("course.lesson-order", Span.file(file.displayPath()), "lesson `" + name + "` has no place in the order")
                .withHint("name it `01-" + name + "` (01, 02, …) or give it a `weight`"));
        continue;
      }
      if (title != null) {
        placed.add(new Placed(new Course.Lesson(title, minutes, order, file.path()), f.has("weight") ? orderSpan : Span.file(file.displayPath()), name));
      }
    }
    placed.sort(Comparator.comparingInt((Placed p) -> p.lesson().order()).thenComparing(Placed::name));
    List<Course.Lesson> out = new ArrayList<>();
    Placed previous = null;
    for (Placed p : placed) {
      if (previous != null && previous.lesson().order() == p.lesson().order()) {
        diags.add(
            Diagnostic.error(
                    "course.lesson-order",
                    p.span(),
                    "lessons `" + previous.name() + "` and `" + p.name() + "` both come at place " + p.lesson().order())
                .withHint("give each lesson of a module its own number"));
      }
      out.add(p.lesson());
      previous = p;
    }
    return out;
  }

  private Draft readModule(SourceFile file, String folder, List<Course.Lesson> lessons, boolean noLessonFiles, Map<String, RenderedMarkdown> docs) {
    FrontMatter split = FrontMatter.split(file.text());
    docs.put(file.path(), parse(file, split));
    YamlFields f = frontMatter(file, split, "a module");
    if (f == null) {
      return null;
    }
    int number = 0;
    Span numberSpan = f.span(f.map());
    if (!f.has("number")) {
      f.requiredString("number", "a module");
    } else {
      numberSpan = f.span(f.map().get("number"));
      number = f.integer("number", 0);
      if (number < 1 && f.map().get("number") instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
        diags.add(Diagnostic.error("course.module-number", numberSpan, "module `number` must be 1 or more, not `" + s.value() + "`"));
      }
      Matcher m = NUMBERED.matcher(folder + "-");
      if (number >= 1 && m.find() && Integer.parseInt(m.group(1)) != number) {
        diags.add(
            Diagnostic.error(
                    "course.module-number",
                    numberSpan,
                    "folder `" + folder + "` is numbered " + Integer.parseInt(m.group(1)) + ", but its module `number` is " + number)
                .withHint("rename the folder or fix `number`"));
      }
    }
    String title = title(f, "a module");
    int minutes = duration(f, "a module");
    Span durationSpan = f.has("duration") ? f.span(f.map().get("duration")) : numberSpan;
    List<String> outcomes = f.strings("outcomes");
    if (!f.has("outcomes")) {
      f.requiredString("outcomes", "a module");
    } else if (outcomes.isEmpty()) {
      diags.add(Diagnostic.error("course.outcomes", f.span(f.map().get("outcomes")), "`outcomes` is empty").withHint("list what the reader learns in the module"));
    }
    String outcome = f.requiredString("outcome", "a module");
    List<Course.Prerequisite> prerequisites = prerequisites(f);
    if (noLessonFiles) {
      diags.add(Diagnostic.warning("course.no-lessons", Span.file(file.displayPath()), "module `" + folder + "` has no lessons"));
    }
    Course.Module module =
        new Course.Module(number, folder, title == null ? "" : title, f.string("description", null), minutes, outcomes, outcome, prerequisites, file.path(), lessons);
    return new Draft(module, numberSpan, durationSpan);
  }

  private List<Course.Prerequisite> prerequisites(YamlFields f) {
    YamlNode n = f.map().get("prerequisites");
    List<YamlNode> items = new ArrayList<>();
    if (n == null || n instanceof YamlNode.Scalar s0 && s0.type() == YamlNode.Scalar.Type.NULL) {
      return List.of();
    } else if (n instanceof YamlNode.Seq seq) {
      items.addAll(seq.items());
    } else if (n instanceof YamlNode.Scalar) {
      items.add(n);
    } else {
      f.typeError("prerequisites", n, "a list of `module:N` and page links");
      return List.of();
    }
    List<Course.Prerequisite> out = new ArrayList<>();
    for (YamlNode item : items) {
      Span span = f.span(item);
      if (!(item instanceof YamlNode.Scalar s) || s.value() == null) {
        diags.add(Diagnostic.error("course.type", span, "`prerequisites` items must be strings, found " + item.describe()));
        continue;
      }
      String target = s.value().strip();
      String path = target.replaceFirst("#.*$", "");
      boolean module = target.startsWith("module:");
      boolean page = !SCHEME.matcher(target).find() && (path.endsWith(".md") || path.endsWith("/"));
      if (!module && !page) {
        diags.add(
            Diagnostic.error("course.prerequisite", span, "prerequisite `" + target + "` is neither `module:N` nor a page")
                .withHint("write `module:1`, or a relative link to a page such as `../../docs/arkitektur/oversikt.md`"));
        continue;
      }
      out.add(new Course.Prerequisite(target, span));
    }
    return out;
  }

  /** Orders the modules by number and checks numbers, prerequisites and durations together. */
  private List<Course.Module> checkModules(List<Draft> drafts) {
    List<Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparingInt((Draft d) -> d.module().number()).thenComparing(d -> d.module().folder()));
    Map<Integer, Draft> byNumber = new LinkedHashMap<>();
    List<Draft> numbered = new ArrayList<>();
    for (Draft d : sorted) {
      int n = d.module().number();
      if (n < 1) {
        continue;
      }
      Draft first = byNumber.putIfAbsent(n, d);
      if (first != null) {
        diags.add(
            Diagnostic.error("course.module-number", d.numberSpan(), "module number " + n + " is used twice")
                .withHint("`" + first.numberSpan().file() + "` has it too; give each module its own number"));
      } else {
        numbered.add(d);
      }
    }
    String all = numbered.stream().map(d -> Integer.toString(d.module().number())).collect(Collectors.joining(", "));
    int previous = 0;
    for (Draft d : numbered) {
      int n = d.module().number();
      if (n > previous + 1) {
        List<String> missing = new ArrayList<>();
        for (int k = previous + 1; k < n; k++) {
          missing.add(Integer.toString(k));
        }
        String what = missing.size() == 1 ? "module " + missing.get(0) + " is missing" : "modules " + String.join(", ", missing) + " are missing";
        diags.add(
            Diagnostic.error("course.module-number", d.numberSpan(), what + ": the modules are numbered " + all)
                .withHint("number the modules 1, 2, 3, … without gaps"));
      }
      previous = n;
    }
    for (Draft d : numbered) {
      Course.Module m = d.module();
      for (Course.Prerequisite p : m.prerequisites()) {
        if (!p.isModule()) {
          continue;
        }
        int n = p.moduleNumber();
        if (n < 1) {
          diags.add(Diagnostic.error("course.prerequisite", p.span(), "`" + p.target() + "` needs a module number, as in `module:1`"));
        } else if (n == m.number()) {
          diags.add(Diagnostic.error("course.prerequisite", p.span(), "module " + n + " cannot require itself"));
        } else if (!byNumber.containsKey(n)) {
          diags.add(
              Diagnostic.error("course.prerequisite", p.span(), "there is no module " + n)
                  .withHint(all.isEmpty() ? null : "the modules are numbered " + all));
        } else if (n > m.number()) {
          diags.add(
              Diagnostic.error("course.prerequisite", p.span(), "module " + m.number() + " cannot require module " + n + ", which comes after it"));
        }
      }
      int sum = m.lessonMinutes();
      if (!m.lessons().isEmpty() && m.minutes() > 0 && sum != m.minutes() && m.lessons().stream().allMatch(l -> l.minutes() > 0)) {
        diags.add(
            Diagnostic.warning(
                    "course.duration-sum",
                    d.durationSpan(),
                    "the lessons of module " + m.number() + " add up to `" + Durations.format(sum, "t") + "`, but the module says `"
                        + Durations.format(m.minutes(), "t") + "`")
                .withHint("fix the module's `duration` or the lessons' durations"));
      }
    }
    return numbered.stream().map(Draft::module).toList();
  }

  private String title(YamlFields f, String what) {
    String title = f.requiredString("title", what);
    if (title != null && title.isBlank()) {
      diags.add(Diagnostic.error("course.title", f.span(f.map().get("title")), "`title` is empty"));
      return null;
    }
    return title == null ? null : title.strip();
  }

  private int duration(YamlFields f, String what) {
    String text = f.requiredString("duration", what);
    if (text == null) {
      return 0;
    }
    OptionalInt minutes = Durations.parse(text);
    if (minutes.isEmpty()) {
      diags.add(
          Diagnostic.error("course.duration", f.span(f.map().get("duration")), "`duration` `" + text + "` is not a duration")
              .withHint(Durations.HINT));
      return 0;
    }
    return minutes.getAsInt();
  }

  private RenderedMarkdown parse(SourceFile file, FrontMatter split) {
    return bodies.compile(file, split);
  }

  /** The front matter as strict fields, or null when there is none to read (reported). */
  private YamlFields frontMatter(SourceFile file, FrontMatter split, String what) {
    String path = file.displayPath();
    if (split.yaml() == null && !split.unclosed()) {
      diags.add(
          Diagnostic.error("course.frontmatter", Span.at(path, 1, 1), what + " needs front matter")
              .withHint(
                  what.equals("a module")
                      ? "start the file with `---`, then `number`, `title`, `duration`, `outcomes`, `outcome`, and `---`"
                      : what.equals("a lesson") ? "start the file with `---`, `title: …`, `duration: …`, `---`" : "start the file with `---`, `title: …`, `audience: …`, `---`"));
      return null;
    }
    FrontMatterReader.Read read = new FrontMatterReader().read(file, split, diags, "course");
    if (read.fields() == null) {
      if (!read.broken()) {
        diags.add(Diagnostic.error("frontmatter.type", Span.at(path, 1, 1), "front matter must be a map of keys, found nothing"));
      }
      return null;
    }
    YamlFields f = read.fields();
    f.rejectUnknownKeys(what.equals("a module") ? MODULE_KEYS : what.equals("a lesson") ? LESSON_KEYS : COURSE_KEYS, what);
    return f;
  }
}
