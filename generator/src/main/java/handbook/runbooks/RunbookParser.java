package handbook.runbooks;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.diag.Suggest;
import handbook.markdown.RenderOptions;
import handbook.markdown.RenderedMarkdown;
import handbook.source.FrontMatter;
import handbook.source.FrontMatterReader;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one runbook strictly: front-matter keys are checked (unknown keys are errors with a
 * "did you mean"), and everything the file lacks, fields and sections alike, is reported as
 * one diagnostic for the file. A leading {@code # heading} is the page title, not body text.
 */
public final class RunbookParser {
  static final Set<String> KEYS =
      Set.of("title", "description", "severity", "services", "symptoms", "alerts", "owner", "last_reviewed", "review_interval");
  static final List<String> REQUIRED = List.of("title", "severity", "services", "symptoms", "owner", "last_reviewed");
  static final Pattern ALERT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");


  /**
   * A read runbook.
   *
   * @param valid false when the file has errors (the page still exists, so links to it resolve)
   * @param titleHeadingRemoved true when the body's leading H1 became the title
   */
  public record Parsed(Runbook runbook, RenderedMarkdown markdown, boolean valid, boolean titleHeadingRemoved) {}

  /** Compiles a runbook's body (its leading H1 is the title, not body text). */
  public interface Bodies {
    RenderedMarkdown compile(String body, String file, int firstLine, RenderOptions options);
  }

  /** Parses a file under {@code runbooks/}; null when it cannot be read at all (reported). */
  public Parsed parse(SourceFile file, RunbookSettings settings, Bodies bodies, Diagnostics out) {
    Diagnostics diags = new Diagnostics();
    try {
      return read(file, settings, bodies, diags);
    } finally {
      out.addAll(diags.sorted());
    }
  }

  private Parsed read(SourceFile file, RunbookSettings settings, Bodies bodies, Diagnostics diags) {
    String where = file.displayPath();
    String name = file.path().substring(Runbook.ROOT.length()).replaceFirst("\\.md$", "");
    if (name.equals("alerts") || name.startsWith("alerts/") || name.equals("index")) {
      diags.add(
          Diagnostic.error("runbook.name", Span.file(where), "`" + where + "` cannot be a runbook: the URL `/runbooks/" + name + "/` is generated")
              .withHint(name.equals("index") ? "the runbook index is made from the runbooks' front matter; rename the file" : "`runbooks/alerts/` holds the alert lookup; rename the file"));
      return null;
    }
    FrontMatter split = FrontMatter.split(file.text());
    FrontMatterReader.Read read = new FrontMatterReader().read(file, split, diags, "runbook");
    if (read.broken()) {
      return null;
    }
    YamlFields f = read.fields();
    RenderedMarkdown md = bodies.compile(split.body(), where, split.bodyFirstLine(), RenderOptions.withoutLeadingH1());
    String h1 = md.droppedH1();

    List<String> missing = new ArrayList<>();
    String title = null;
    String description = null;
    Severity severity = null;
    List<String> services = List.of();
    List<String> symptoms = List.of();
    List<Runbook.Alert> alerts = List.of();
    String owner = null;
    LocalDate lastReviewed = null;
    Span reviewedAt = Span.file(where);
    Integer interval = null;
    List<YamlNode.Mapping.Entry> strays = new ArrayList<>();
    if (f != null) {
      strays = unknownKeys(f);
      title = blankToNull(f.string("title", null));
      description = f.string("description", null);
      severity = severity(f);
      services = list(f, "services");
      symptoms = list(f, "symptoms");
      alerts = alerts(f);
      owner = blankToNull(f.string("owner", null));
      if (f.has("last_reviewed")) {
        reviewedAt = f.span(f.map().get("last_reviewed"));
        lastReviewed = date(f, "last_reviewed");
      }
      if (f.has("review_interval")) {
        int days = f.integer("review_interval", 0);
        if (days < 1 && f.map().get("review_interval") instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
          diags.add(Diagnostic.error("runbook.value", f.span(f.map().get("review_interval")), "`review_interval` must be at least 1 (days), not `" + days + "`"));
        } else if (days >= 1) {
          interval = days;
        }
      }
    }
    if (title == null) {
      title = h1;
    }
    for (String key : REQUIRED) {
      boolean given = key.equals("title") ? title != null : f != null && f.has(key) && !isNull(f.map().get(key));
      if (!given) {
        missing.add(key);
      }
    }
    List<String> h2 = md.headings().stream().filter(h -> h.level() == 2).map(handbook.markdown.Heading::text).toList();
    Sections.Check sections = Sections.check(h2, settings);
    if (missing.isEmpty()) {
      strays.forEach(e -> diags.add(unknownKey(where, e, null)));
      strays = List.of();
    }
    if (!missing.isEmpty() || !sections.complete()) {
      diags.add(incomplete(where, missing, strays, sections, settings));
    } else {
      checkSteps(md, settings, where, diags);
    }
    if (title == null) {
      title = name.substring(name.lastIndexOf('/') + 1);
    }
    Runbook rb = new Runbook(file.path(), name, title, description, severity, services, symptoms, alerts, owner, lastReviewed, interval, reviewedAt);
    return new Parsed(rb, md, !diags.hasErrors(), h1 != null);
  }

  /**
   * Keys the runbook front matter does not know. A key close to a known one is reported at once
   * with a "did you mean"; the others are returned, to be reported on their own when the front
   * matter is otherwise complete, or named in the file's one diagnostic when it is not (a file
   * written for another tool then gets one diagnostic, not one per key).
   */
  private static List<YamlNode.Mapping.Entry> unknownKeys(YamlFields f) {
    List<YamlNode.Mapping.Entry> strays = new ArrayList<>();
    for (YamlNode.Mapping.Entry e : f.map().entries().values()) {
      if (KEYS.contains(e.key())) {
        continue;
      }
      String near = Suggest.closest(e.key(), KEYS);
      if (near != null) {
        f.diagnostics().add(unknownKey(f.file(), e, near));
      } else {
        strays.add(e);
      }
    }
    return strays;
  }

  private static Diagnostic unknownKey(String file, YamlNode.Mapping.Entry e, String near) {
    Diagnostic d = Diagnostic.error("runbook.unknown-key", Span.at(file, e.keyLine(), e.keyColumn()), "unknown key `" + e.key() + "` in runbook front matter");
    return d.withHint(near != null ? "did you mean `" + near + "`?" : "known keys: " + String.join(", ", KEYS.stream().sorted().toList()));
  }

  /** The one diagnostic for everything a file lacks (and the unknown keys of a file that is not a runbook). */
  static Diagnostic incomplete(
      String file, List<String> fields, List<YamlNode.Mapping.Entry> strays, Sections.Check sections, RunbookSettings settings) {
    StringBuilder m = new StringBuilder();
    if (!fields.isEmpty()) {
      m.append("runbook lacks the front-matter ").append(fields.size() == 1 ? "field " : "fields ").append(codes(fields));
    }
    if (!sections.complete()) {
      List<String> heads = sections.missingHeadings();
      m.append(m.length() == 0 ? "runbook lacks " : " and ").append(heads.size() == 1 ? "the section " : "the sections ").append(String.join(", ", heads));
    }
    if (!strays.isEmpty()) {
      List<String> keys = strays.stream().map(e -> "`" + e.key() + "` (line " + e.keyLine() + ")").toList();
      m.append("; its front matter has the unknown ").append(keys.size() == 1 ? "key " : "keys ").append(String.join(", ", keys));
    }
    boolean error = !fields.isEmpty() || settings.missingSection() == handbook.diag.Severity.ERROR;
    String hint = sections.complete() ? fieldsHint(fields) : sections.hint();
    return new Diagnostic(error ? handbook.diag.Severity.ERROR : handbook.diag.Severity.WARNING, "runbook.incomplete", m.toString(), Span.file(file), hint);
  }

  private static String fieldsHint(List<String> fields) {
    List<String> parts = new ArrayList<>();
    for (String k : fields) {
      parts.add(
          switch (k) {
            case "severity" -> "`severity: " + String.join("|", Severity.keys()) + "`";
            case "services", "symptoms" -> "`" + k + ": [...]`";
            case "last_reviewed" -> "`last_reviewed: YYYY-MM-DD`";
            case "title" -> "`title:` (or start the page with `# Title`)";
            default -> "`" + k + ": ...`";
          });
    }
    return "add " + String.join(", ", parts) + " to the front matter";
  }

  /** Warns when the mitigation section has no numbered list: steps are followed one by one. */
  private static void checkSteps(RenderedMarkdown md, RunbookSettings settings, String file, Diagnostics diags) {
    String name = settings.sections().get("mitigation");
    for (handbook.markdown.Heading h : md.headings()) {
      if (h.level() == 2 && Sections.same(h.text(), name)) {
        if (md.stepSections().contains(h.id())) {
          return;
        }
        diags.add(
            Diagnostic.warning("runbook.steps", Span.at(file, h.line(), 1), "the `## " + name + "` section has no numbered steps")
                .withHint("write the steps as a numbered list (`1. ...`) with each command in a code block, so it gets a copy button"));
        return;
      }
    }
  }

  private static Severity severity(YamlFields f) {
    String v = f.string("severity", null);
    if (v == null) {
      return null;
    }
    Severity s = Severity.of(v.strip());
    if (s == null) {
      String near = Severity.meant(v);
      if (near == null) {
        near = Suggest.closest(v, Severity.keys());
      }
      Diagnostic d =
          Diagnostic.error("runbook.value", f.span(f.map().get("severity")), "`severity` must be one of " + String.join(", ", Severity.keys()) + ", not `" + v + "`");
      f.diagnostics().add(near == null ? d : d.withHint("did you mean `" + near + "`?"));
    }
    return s;
  }

  private static List<String> list(YamlFields f, String key) {
    List<String> values = f.strings(key).stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    if (f.has(key) && !isNull(f.map().get(key)) && values.isEmpty() && !(f.map().get(key) instanceof YamlNode.Mapping)) {
      f.diagnostics().add(Diagnostic.error("runbook.value", f.span(f.map().get(key)), "`" + key + "` must name at least one"));
    }
    return values;
  }

  private static List<Runbook.Alert> alerts(YamlFields f) {
    YamlNode n = f.map().get("alerts");
    if (n == null || isNull(n)) {
      return List.of();
    }
    List<YamlNode> items = n instanceof YamlNode.Seq seq ? seq.items() : List.of(n);
    List<Runbook.Alert> out = new ArrayList<>();
    for (YamlNode item : items) {
      Span at = f.span(item);
      if (!(item instanceof YamlNode.Scalar s) || s.value() == null || s.type() != YamlNode.Scalar.Type.STRING) {
        f.diagnostics().add(Diagnostic.error("runbook.type", at, "`alerts` must be a list of alert names, found " + item.describe()));
        continue;
      }
      String name = s.value().strip();
      if (!ALERT_NAME.matcher(name).matches()) {
        f.diagnostics().add(
            Diagnostic.error("runbook.alert-name", at, "alert name `" + name + "` has characters that cannot stand in a URL")
                .withHint("alert names are letters, digits, `_`, `.` and `-`, as in `MindframeApiDown`"));
        continue;
      }
      out.add(new Runbook.Alert(name, at));
    }
    return out;
  }

  private static LocalDate date(YamlFields f, String key) {
    String v = f.string(key, null);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      f.diagnostics().add(Diagnostic.error("runbook.value", f.span(f.map().get(key)), "`" + key + "` must be a date like 2026-11-26, not `" + v + "`"));
      return null;
    }
  }

  private static boolean isNull(YamlNode n) {
    return n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String codes(List<String> names) {
    return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
  }
}
