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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one runbook: front-matter keys are checked (unknown keys are errors with a "did you
 * mean"), and everything the file lacks, fields and sections alike, is reported as one
 * diagnostic for the file. A leading {@code # heading} is the page title, not body text. Read
 * leniently (a runbook written elsewhere), what it lacks is a warning and what can be inferred
 * is: the title from its first heading, its alerts from its headings or its file name, an
 * unknown severity.
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
    boolean strict = settings.strictFor(name);
    String base = name.substring(name.lastIndexOf('/') + 1);
    List<String> assumed = new ArrayList<>();

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
      strays = unknownKeys(f, strict);
      title = blankToNull(f.string("title", null));
      description = f.string("description", null);
      severity = severity(f, strict);
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
    if (title == null && !strict && !md.headings().isEmpty()) {
      title = md.headings().get(0).text();
      assumed.add("the title from the first heading");
    }
    alerts = alertsOfHeadings(md, alerts, strict, settings, where);
    if (alerts.isEmpty() && !strict && fileAlert(base, h1)) {
      alerts = List.of(new Runbook.Alert(base, Span.file(where)));
      assumed.add("the alert `" + base + "` from the file name");
    } else if (!strict && alerts.stream().anyMatch(a -> a.anchor() != null) && (f == null || !f.has("alerts"))) {
      assumed.add(alerts.size() == 1 ? "the alert `" + alerts.get(0).name() + "` from its heading" : alerts.size() + " alerts from their headings");
    }
    if (severity == null && !strict) {
      severity = Severity.UNKNOWN;
      assumed.add("the severity unknown");
    }
    List<handbook.markdown.Heading> h2s = md.headings().stream().filter(h -> h.level() == 2).toList();
    List<String> h2 = h2s.stream().map(handbook.markdown.Heading::text).toList();
    boolean stepHeadings = h2s.stream().anyMatch(h -> NUMBERED_STEP.matcher(h.text()).find());
    boolean hasMitigation = h2.stream().anyMatch(h -> "mitigation".equals(Sections.keyOf(h, settings)));
    Sections.Check sections = Sections.check(h2, settings, !hasMitigation && stepHeadings ? java.util.Set.of("mitigation") : java.util.Set.of());
    boolean complete = missing.isEmpty() && sections.complete();
    if (strict ? missing.isEmpty() : complete) {
      strays.forEach(e -> diags.add(unknownKey(where, e, strict ? null : Suggest.closest(e.key(), KEYS), strict)));
      strays = List.of();
    }
    if (!complete) {
      diags.add(incomplete(where, missing, strays, sections, settings, strict, assumed));
    }
    if (complete && strict) {
      checkSteps(md, settings, where, diags);
    }
    if (title == null) {
      title = base;
    }
    Runbook rb = new Runbook(file.path(), name, title, description, severity, services, symptoms, alerts, owner, lastReviewed, interval, reviewedAt);
    return new Parsed(rb, md, !diags.hasErrors(), h1 != null);
  }

  /** A heading that numbers a step: {@code 1. Check the pods}, {@code 2) Restart}. */
  static final Pattern NUMBERED_STEP = Pattern.compile("^\\d{1,3}[.)]\\s+\\S");

  /** {@code Alert Name: "KubeAPIDown"}, {@code Alert: X}, {@code Alertname: X}. */
  private static final Pattern ALERT_HEADING = Pattern.compile("(?i)^alert\\s*(?:name)?\\s*:\\s*[\"'`]?([A-Za-z0-9][A-Za-z0-9_.-]*)[\"'`]?$");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /**
   * Whether a name looks like an alert name: letters, digits and {@code _} without spaces, in
   * camel case ({@code KubePodCrashLooping}, {@code etcdMembersDown}), so a plain word is not one.
   */
  static boolean looksLikeAlert(String s) {
    if (!IDENTIFIER.matcher(s).matches()) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      char p = s.charAt(i - 1);
      if (Character.isUpperCase(c) && (Character.isLowerCase(p) || Character.isDigit(p))) {
        return true;
      }
    }
    return false;
  }

  /** The alert a heading names, or null. */
  static String alertOf(String heading, RunbookSettings settings) {
    String text = heading.strip();
    java.util.regex.Matcher m = ALERT_HEADING.matcher(text);
    if (m.matches()) {
      return m.group(1);
    }
    return looksLikeAlert(text) && Sections.keyOf(text, settings) == null ? text : null;
  }

  /**
   * Whether a file name is an alert's: it looks like one, or it is a capitalised word that the
   * file's own leading heading repeats ({@code Watchdog.md} with {@code # Watchdog}).
   */
  static boolean fileAlert(String base, String h1) {
    return looksLikeAlert(base) || IDENTIFIER.matcher(base).matches() && Character.isUpperCase(base.charAt(0)) && base.equals(h1);
  }

  /**
   * The alerts with the anchors of the headings that name them. Front-matter alerts take the
   * anchor of their heading; a runbook read leniently that names none takes its alerts from its
   * headings ({@code ## KubeAPIDown}, {@code ##### Alert Name: "KubeAPIDown"}), the first of each.
   */
  private static List<Runbook.Alert> alertsOfHeadings(RenderedMarkdown md, List<Runbook.Alert> declared, boolean strict, RunbookSettings settings, String file) {
    Map<String, handbook.markdown.Heading> named = new java.util.LinkedHashMap<>();
    for (handbook.markdown.Heading h : md.headings()) {
      if (h.level() >= 2) {
        String a = alertOf(h.text(), settings);
        if (a != null) {
          named.putIfAbsent(a, h);
        }
      }
    }
    if (!declared.isEmpty()) {
      return declared.stream().map(a -> named.containsKey(a.name()) ? a.withAnchor(named.get(a.name()).id()) : a).toList();
    }
    if (strict) {
      return declared;
    }
    List<Runbook.Alert> out = new ArrayList<>();
    named.forEach((a, h) -> out.add(new Runbook.Alert(a, Span.at(file, h.line(), 1), h.id())));
    return out;
  }

  /**
   * Keys the runbook front matter does not know. A key close to a known one is reported at once
   * with a "did you mean"; the others are returned, to be reported on their own when the front
   * matter is otherwise complete, or named in the file's one diagnostic when it is not (a file
   * written for another tool then gets one diagnostic, not one per key).
   */
  private static List<YamlNode.Mapping.Entry> unknownKeys(YamlFields f, boolean strict) {
    List<YamlNode.Mapping.Entry> strays = new ArrayList<>();
    for (YamlNode.Mapping.Entry e : f.map().entries().values()) {
      if (KEYS.contains(e.key())) {
        continue;
      }
      String near = Suggest.closest(e.key(), KEYS);
      if (near != null && strict) {
        f.diagnostics().add(unknownKey(f.file(), e, near, true));
      } else {
        strays.add(e);
      }
    }
    return strays;
  }

  private static Diagnostic unknownKey(String file, YamlNode.Mapping.Entry e, String near, boolean strict) {
    String message = "unknown key `" + e.key() + "` in runbook front matter" + (strict ? "" : " (ignored)");
    Span at = Span.at(file, e.keyLine(), e.keyColumn());
    Diagnostic d = strict ? Diagnostic.error("runbook.unknown-key", at, message) : Diagnostic.warning("runbook.unknown-key", at, message);
    return d.withHint(near != null ? "did you mean `" + near + "`?" : "known keys: " + String.join(", ", KEYS.stream().sorted().toList()));
  }

  /** The one diagnostic for everything a file lacks (and the unknown keys of a file that is not a runbook). */
  static Diagnostic incomplete(
      String file, List<String> fields, List<YamlNode.Mapping.Entry> strays, Sections.Check sections, RunbookSettings settings, boolean strict, List<String> assumed) {
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
    boolean error = strict && (!fields.isEmpty() || settings.missingSection() == handbook.diag.Severity.ERROR);
    String hint = sections.complete() ? fieldsHint(fields) : sections.hint();
    if (!strict) {
      hint = (assumed.isEmpty() ? "read leniently" : "read leniently, with " + String.join(", ", assumed)) + "; " + hint;
    }
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

  /**
   * Warns when the mitigation section has no numbered steps: a numbered list, or numbered
   * headings under it ({@code ### 1. Check the pods}). A runbook without a mitigation section
   * whose {@code ##} headings are numbered steps has its steps there.
   */
  private static void checkSteps(RenderedMarkdown md, RunbookSettings settings, String file, Diagnostics diags) {
    List<handbook.markdown.Heading> hs = md.headings();
    for (int i = 0; i < hs.size(); i++) {
      handbook.markdown.Heading h = hs.get(i);
      if (h.level() != 2 || !"mitigation".equals(Sections.keyOf(h.text(), settings))) {
        continue;
      }
      if (md.stepSections().contains(h.id())) {
        return;
      }
      for (int j = i + 1; j < hs.size() && hs.get(j).level() > h.level(); j++) {
        if (NUMBERED_STEP.matcher(hs.get(j).text()).find()) {
          return;
        }
      }
      diags.add(
          Diagnostic.warning("runbook.steps", Span.at(file, h.line(), 1), "the `## " + h.text() + "` section has no numbered steps")
              .withHint("write the steps as a numbered list (`1. ...`) or numbered headings (`### 1. ...`), with each command in a code block, so it gets a copy button"));
      return;
    }
  }

  private static Severity severity(YamlFields f, boolean strict) {
    String v = f.string("severity", null);
    if (v == null) {
      return null;
    }
    Severity s = Severity.of(v.strip());
    if (s == null && !strict) {
      String meant = Severity.meant(v);
      if (meant != null) {
        return Severity.of(meant);
      }
      f.diagnostics().add(
          Diagnostic.warning("runbook.value", f.span(f.map().get("severity")), "`severity` `" + v + "` is not one of " + String.join(", ", Severity.keys()) + "; shown as unknown"));
      return Severity.UNKNOWN;
    }
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
