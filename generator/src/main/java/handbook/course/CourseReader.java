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
 * Reads the Markdown files under {@code content/course/} into a {@link Course}: the course page
 * ({@code index.md} or {@code README.md}), one folder per module with its page and its lessons,
 * each a numbered file or a numbered folder (directly or in a {@code lessons/} folder) whose
 * {@code README.md} or {@code index.md} is the lesson and whose other pages are its parts.
 * Unnumbered pages of a module are its extra pages. Strictly read, front matter is required and
 * checked; read leniently (a course written elsewhere) titles come from the first heading and
 * module numbers from folder names. Every problem is a diagnostic at its file and line.
 */
public final class CourseReader {
  static final Set<String> COURSE_KEYS = Set.of("title", "description", "audience");
  static final Set<String> MODULE_KEYS = Set.of("number", "title", "description", "duration", "outcomes", "outcome", "prerequisites");
  static final Set<String> LESSON_KEYS = Set.of("title", "duration", "weight");
  static final Set<String> PAGE_NAMES = Set.of("index.md", "README.md");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d+)[-_]");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** Compiles the Markdown body of a course file (after its front matter; a leading H1 is the title). */
  public interface Bodies {
    RenderedMarkdown compile(SourceFile file, FrontMatter split);
  }

  private final Bodies bodies;
  private final Diagnostics diags;
  private final boolean strict;

  public CourseReader(Bodies bodies, Diagnostics diags) {
    this(bodies, diags, CourseSettings.DEFAULT);
  }

  public CourseReader(Bodies bodies, Diagnostics diags, CourseSettings settings) {
    this.bodies = bodies;
    this.diags = diags;
    this.strict = settings.strict();
  }

  /**
   * The course and the parsed body of every file read, by content-relative path. The course is
   * null when there are no course files, or no course page (reported).
   */
  public record Result(Course course, Map<String, RenderedMarkdown> docs) {}

  /** A module's front matter before the modules are checked against each other. */
  private record Draft(Course.Module module, Span numberSpan, Span durationSpan) {}

  /** The files of one module folder, sorted out by their place in it. */
  private static final class ModuleFiles {
    SourceFile index;
    final List<SourceFile> lessons = new ArrayList<>();
    final Map<String, SourceFile> folderIndex = new TreeMap<>();
    final Map<String, List<SourceFile>> folderParts = new TreeMap<>();
    final List<SourceFile> extras = new ArrayList<>();
  }

  /** Reads the course from its files ({@code course/**.md}, in any order). */
  public Result read(List<SourceFile> files) {
    Map<String, RenderedMarkdown> docs = new HashMap<>();
    SourceFile coursePage = null;
    Map<String, ModuleFiles> modules = new TreeMap<>();
    String prefix = "content/";
    for (SourceFile f : files.stream().sorted(Comparator.comparing(SourceFile::path)).toList()) {
      prefix = f.displayPath().substring(0, f.displayPath().length() - f.path().length());
      String rest = f.path().substring(Course.ROOT.length());
      String[] parts = rest.split("/");
      if (parts.length == 1 && PAGE_NAMES.contains(rest)) {
        if (coursePage == null || rest.equals("index.md")) {
          if (coursePage != null) {
            twoPages(coursePage);
          }
          coursePage = f;
        } else {
          twoPages(f);
        }
        continue;
      }
      if (parts.length == 1) {
        diags.add(
            Diagnostic.error("course.layout", Span.file(f.displayPath()), "`" + f.displayPath() + "` is not in a module folder")
                .withHint("move it into a module folder such as `" + prefix + "course/01-intro/`"));
        continue;
      }
      ModuleFiles m = modules.computeIfAbsent(parts[0], k -> new ModuleFiles());
      List<String> inner = new ArrayList<>(List.of(parts).subList(1, parts.length));
      if (inner.size() == 1 && PAGE_NAMES.contains(inner.get(0))) {
        if (m.index == null || inner.get(0).equals("index.md")) {
          if (m.index != null) {
            twoPages(m.index);
          }
          m.index = f;
        } else {
          twoPages(f);
        }
        continue;
      }
      if (inner.size() > 1 && inner.get(0).equals("lessons")) {
        inner.remove(0);
      }
      if (inner.size() == 1) {
        m.lessons.add(f);
      } else if (NUMBERED.matcher(inner.get(0)).find()) {
        String folder = String.join("/", List.of(parts).subList(0, parts.length - inner.size() + 1));
        if (inner.size() == 2 && PAGE_NAMES.contains(inner.get(1))) {
          SourceFile before = m.folderIndex.get(folder);
          if (before == null || inner.get(1).equals("index.md")) {
            m.folderIndex.put(folder, f);
          }
          if (before != null) {
            twoPages(inner.get(1).equals("index.md") ? before : f);
          }
        } else {
          m.folderParts.computeIfAbsent(folder, k -> new ArrayList<>()).add(f);
        }
      } else {
        m.extras.add(f);
      }
    }
    if (coursePage == null && modules.isEmpty()) {
      return new Result(null, docs);
    }

    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<String, ModuleFiles> e : modules.entrySet()) {
      String folder = e.getKey();
      ModuleFiles files1 = e.getValue();
      List<Course.Part> extras = new ArrayList<>();
      List<Course.Lesson> ls = readLessons(files1, extras, docs, prefix);
      extras.sort(Comparator.comparing(Course.Part::title).thenComparing(Course.Part::source));
      if (files1.index == null) {
        diags.add(
            Diagnostic.error("course.module-index", Span.file(prefix + Course.ROOT + folder + "/"), "module folder `" + prefix + Course.ROOT + folder + "/` has no `index.md` or `README.md`")
                .withHint(strict ? "add `index.md` with `number`, `title`, `duration`, `outcomes` and `outcome`" : "add `index.md` or `README.md` with the module's title as its first heading"));
        continue;
      }
      Draft d = readModule(files1.index, folder, ls, extras, files1.lessons.isEmpty() && files1.folderIndex.isEmpty(), docs);
      if (d != null) {
        drafts.add(d);
      }
    }
    List<Course.Module> checked = checkModules(drafts);

    if (coursePage == null) {
      diags.add(
          Diagnostic.error("course.index", Span.file(prefix + Course.ROOT), "the course has no `index.md` or `README.md`")
              .withHint("add `" + prefix + Course.ROOT + "index.md` with `title`, `audience` and an introduction"));
      return new Result(null, docs);
    }
    FrontMatter split = FrontMatter.split(coursePage.text());
    RenderedMarkdown body = parse(coursePage, split);
    docs.put(coursePage.path(), body);
    YamlFields f = frontMatter(coursePage, split, "the course page");
    String title = null;
    String description = null;
    String audience = null;
    if (f != null) {
      title = title(f, "the course page", body);
      description = f.string("description", null);
      audience = f.string("audience", null);
    } else if (!strict) {
      title = fallbackTitle(body, "Course");
    }
    Course course = new Course(title == null ? "" : title, description, audience, coursePage.path(), checked);
    return new Result(course, docs);
  }

  private void twoPages(SourceFile f) {
    diags.add(
        Diagnostic.error("course.layout", Span.file(f.displayPath()), "`" + f.displayPath() + "` is a second page for its folder, beside `index.md`")
            .withHint("a folder's page is its `index.md`, or its `README.md` when it has no `index.md`; rename one"));
  }

  /** A lesson file or folder before the lessons of a module are ordered. */
  private record Placed(Course.Lesson lesson, Span span, String name) {}

  /** The lessons of a module in order; pages that are not lessons go to {@code extras}. */
  private List<Course.Lesson> readLessons(ModuleFiles m, List<Course.Part> extras, Map<String, RenderedMarkdown> docs, String prefix) {
    List<Placed> placed = new ArrayList<>();
    for (SourceFile file : m.lessons) {
      String name = file.path().substring(file.path().lastIndexOf('/') + 1);
      String slug = name.substring(0, name.length() - 3);
      if (!NUMBERED.matcher(slug).find() && !hasWeight(file)) {
        Course.Part part = readPart(file, docs);
        if (part != null) {
          extras.add(part);
        }
        continue;
      }
      Placed p = readLesson(file, name, slug, List.of(), docs);
      if (p != null) {
        placed.add(p);
      }
    }
    for (Map.Entry<String, List<SourceFile>> e : m.folderParts.entrySet()) {
      if (!m.folderIndex.containsKey(e.getKey())) {
        String folder = prefix + Course.ROOT + e.getKey() + "/";
        diags.add(
            Diagnostic.error("course.layout", Span.file(folder), "lesson folder `" + folder + "` has no `README.md` or `index.md`")
                .withHint("the folder's `README.md` (or `index.md`) is the lesson; its other pages are parts of it"));
      }
    }
    for (Map.Entry<String, SourceFile> e : m.folderIndex.entrySet()) {
      String folder = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      List<Course.Part> parts = new ArrayList<>();
      for (SourceFile f : m.folderParts.getOrDefault(e.getKey(), List.of())) {
        Course.Part part = readPart(f, docs);
        if (part != null) {
          parts.add(part);
        }
      }
      parts.sort(Comparator.comparing(Course.Part::title).thenComparing(Course.Part::source));
      Placed p = readLesson(e.getValue(), folder + "/", folder, parts, docs);
      if (p != null) {
        placed.add(p);
      }
    }
    for (SourceFile f : m.extras) {
      Course.Part part = readPart(f, docs);
      if (part != null) {
        extras.add(part);
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

  /**
   * A lesson (a file, or a folder's page); its order is -1 when its name has no number and it
   * has no {@code weight}: then it is an extra page of the module, not a lesson.
   */
  private Placed readLesson(SourceFile file, String name, String slug, List<Course.Part> parts, Map<String, RenderedMarkdown> docs) {
    FrontMatter split = FrontMatter.split(file.text());
    RenderedMarkdown body = parse(file, split);
    docs.put(file.path(), body);
    YamlFields f = frontMatter(file, split, "a lesson");
    if (f == null && (strict || split.unclosed())) {
      return null;
    }
    String title = f == null ? null : title(f, "a lesson", body);
    if (title == null && !strict) {
      title = fallbackTitle(body, slug);
    }
    int minutes = f == null ? 0 : duration(f);
    Integer order = null;
    Span orderSpan = Span.file(file.displayPath());
    if (f != null && f.has("weight")) {
      order = f.integer("weight", 0);
      orderSpan = f.span(f.map().get("weight"));
    } else {
      Matcher m = NUMBERED.matcher(slug);
      if (m.find()) {
        order = Integer.parseInt(m.group(1));
      }
    }
    if (title == null) {
      return null;
    }
    return new Placed(new Course.Lesson(title, minutes, order == null ? -1 : order, file.path(), slug, parts), orderSpan, name);
  }

  /** Whether a file's front matter gives a {@code weight}: then it is a lesson, numbered or not. */
  private static boolean hasWeight(SourceFile file) {
    String yaml = FrontMatter.split(file.text()).yaml();
    return yaml != null && Pattern.compile("(?m)^weight\\s*[:=]").matcher(yaml).find();
  }

  /** A page that is not a lesson: a part of a lesson, or an extra page of a module. */
  private Course.Part readPart(SourceFile file, Map<String, RenderedMarkdown> docs) {
    FrontMatter split = FrontMatter.split(file.text());
    RenderedMarkdown body = parse(file, split);
    docs.put(file.path(), body);
    String name = file.path().substring(file.path().lastIndexOf('/') + 1);
    String base = name.substring(0, name.length() - 3);
    if (split.unclosed() || split.yaml() == null) {
      if (split.unclosed()) {
        frontMatter(file, split, "a page");
        return null;
      }
      return new Course.Part(fallbackTitle(body, base), 0, file.path());
    }
    YamlFields f = frontMatter(file, split, "a page");
    if (f == null) {
      return null;
    }
    String title = f.has("title") ? title(f, "a page", body) : fallbackTitle(body, base);
    return title == null ? null : new Course.Part(title, duration(f), file.path());
  }

  private Draft readModule(SourceFile file, String folder, List<Course.Lesson> lessons, List<Course.Part> extras, boolean noLessons, Map<String, RenderedMarkdown> docs) {
    FrontMatter split = FrontMatter.split(file.text());
    RenderedMarkdown body = parse(file, split);
    docs.put(file.path(), body);
    YamlFields f = frontMatter(file, split, "a module");
    if (f == null && (strict || split.unclosed())) {
      return null;
    }
    Matcher folderNumber = NUMBERED.matcher(folder + "-");
    int fromFolder = folderNumber.find() ? Integer.parseInt(folderNumber.group(1)) : 0;
    int number = 0;
    Span numberSpan = f == null ? Span.file(file.displayPath()) : f.span(f.map());
    if (f == null || !f.has("number")) {
      number = fromFolder;
      if (number < 1) {
        diags.add(
            Diagnostic.error("course.module-number", numberSpan, "module `" + folder + "` has no number")
                .withHint("number the folder (`1-" + folder + "`) or give the module a `number`"));
      }
    } else {
      numberSpan = f.span(f.map().get("number"));
      number = f.integer("number", 0);
      if (number < 1 && f.map().get("number") instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
        diags.add(Diagnostic.error("course.module-number", numberSpan, "module `number` must be 1 or more, not `" + s.value() + "`"));
      }
      if (number >= 1 && fromFolder > 0 && fromFolder != number) {
        diags.add(
            Diagnostic.error(
                    "course.module-number",
                    numberSpan,
                    "folder `" + folder + "` is numbered " + fromFolder + ", but its module `number` is " + number)
                .withHint("rename the folder or fix `number`"));
      }
    }
    String title = f == null ? null : title(f, "a module", body);
    if (title == null && !strict) {
      title = fallbackTitle(body, folder);
    }
    int minutes = f == null ? 0 : duration(f);
    Span durationSpan = f != null && f.has("duration") ? f.span(f.map().get("duration")) : numberSpan;
    List<String> outcomes = f == null ? List.of() : f.strings("outcomes");
    String outcome = null;
    List<Course.Prerequisite> prerequisites = List.of();
    if (f != null) {
      if (!f.has("outcomes")) {
        if (strict) {
          f.requiredString("outcomes", "a module");
        }
      } else if (outcomes.isEmpty()) {
        diags.add(Diagnostic.error("course.outcomes", f.span(f.map().get("outcomes")), "`outcomes` is empty").withHint("list what the reader learns in the module"));
      }
      outcome = strict ? f.requiredString("outcome", "a module") : f.string("outcome", null);
      prerequisites = prerequisites(f);
    }
    if (noLessons) {
      diags.add(Diagnostic.warning("course.no-lessons", Span.file(file.displayPath()), "module `" + folder + "` has no lessons"));
    }
    List<String> undated = lessons.stream().filter(l -> l.minutes() == 0).map(Course.Lesson::slug).toList();
    if (!undated.isEmpty()) {
      String which = undated.size() == lessons.size() && lessons.size() > 1 ? "its lessons have" : (undated.size() == 1 ? "lesson `" : "lessons `") + String.join("`, `", undated) + (undated.size() == 1 ? "` has" : "` have");
      diags.add(
          Diagnostic.warning(
                  "course.duration-missing",
                  Span.file(file.displayPath()),
                  minutes > 0
                      ? "in module `" + folder + "`, " + which + " no `duration`"
                      : "module `" + folder + "` has no `duration` and " + which + " none: its time is not shown")
              .withHint("give each lesson a `duration` (`20 min`, `1 t`) in its front matter"));
    }
    Course.Module module =
        new Course.Module(number, folder, title == null ? "" : title, f == null ? null : f.string("description", null), minutes, outcomes, outcome, prerequisites, file.path(), lessons, extras);
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
      if (!m.lessons().isEmpty() && m.minutes() > 0 && sum != m.minutes() && m.lessons().stream().allMatch(l -> l.total() > 0)) {
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

  /** The title from front matter, or (when it has none) the body's leading heading; null when missing (reported when strict). */
  private String title(YamlFields f, String what, RenderedMarkdown body) {
    if (!f.has("title") && body.droppedH1() != null) {
      return body.droppedH1();
    }
    if (!f.has("title") && !strict) {
      return null;
    }
    String title = f.requiredString("title", what);
    if (title != null && title.isBlank()) {
      diags.add(Diagnostic.error("course.title", f.span(f.map().get("title")), "`title` is empty"));
      return null;
    }
    return title == null ? null : title.strip();
  }

  /** A title for a page that gives none: its leading heading, its first heading, or its name. */
  private static String fallbackTitle(RenderedMarkdown body, String name) {
    if (body.droppedH1() != null) {
      return body.droppedH1();
    }
    if (!body.headings().isEmpty()) {
      return body.headings().get(0).text();
    }
    String words = name.replaceFirst("^\\d+[-_]", "").replaceAll("[-_]+", " ").strip();
    return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The minutes of an optional {@code duration}, or 0 when it has none (a wrong one is an error). */
  private int duration(YamlFields f) {
    String text = f.string("duration", null);
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

  /**
   * The front matter as fields, or null when there is none to read. Strictly read, a page
   * without it is an error and unknown keys are errors; leniently, both are fine (unknown keys
   * are warnings). An unclosed or broken front matter is an error either way.
   */
  private YamlFields frontMatter(SourceFile file, FrontMatter split, String what) {
    String path = file.displayPath();
    if (split.yaml() == null && !split.unclosed()) {
      if (strict && !what.equals("a page")) {
        diags.add(
            Diagnostic.error("course.frontmatter", Span.at(path, 1, 1), what + " needs front matter")
                .withHint(
                    what.equals("a module")
                        ? "start the file with `---`, then `number`, `title`, `duration`, `outcomes`, `outcome`, and `---`"
                        : what.equals("a lesson") ? "start the file with `---`, `title: …`, `duration: …`, `---`" : "start the file with `---`, `title: …`, `audience: …`, `---`"));
      }
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
    YamlNode.Mapping map = f.map();
    Set<String> keys = what.equals("a module") ? MODULE_KEYS : what.equals("the course page") ? COURSE_KEYS : LESSON_KEYS;
    if (strict) {
      f.rejectUnknownKeys(keys, what);
    } else {
      for (YamlNode.Mapping.Entry e : map.entries().values()) {
        if (!keys.contains(e.key())) {
          diags.add(
              Diagnostic.warning("course.unknown-key", Span.at(path, e.keyLine(), e.keyColumn()), "unknown key `" + e.key() + "` in " + what + " (ignored)")
                  .withHint("known keys: " + String.join(", ", keys.stream().sorted().toList())));
        }
      }
    }
    return f;
  }
}
