package handbook.runbooks;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Severity;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code runbooks:} section of {@code site.yaml}.
 *
 * @param reviewInterval days after {@code last_reviewed} until a runbook counts as stale
 * @param missingSection how a runbook without a required section is reported
 * @param sections the headings that stand for each section, by key, in {@link #KEYS} order: the
 *     first is the name shown in messages (a name from {@code site.yaml}, else the site
 *     language's), then the defaults of every language and their synonyms
 * @param strict false to read runbooks written elsewhere: what they lack is a warning
 * @param folders folders under {@code runbooks/} ({@code prometheus}, {@code ops/k8s}) read
 *     strictly (true) or leniently (false) whatever {@code strict} says
 */
public record RunbookSettings(int reviewInterval, Severity missingSection, Map<String, List<String>> sections, boolean strict, Map<String, Boolean> folders) {
  /** The section keys, in the order a runbook has them; all but {@code rollback} are required. */
  public static final List<String> KEYS =
      List.of("symptoms", "impact", "diagnosis", "mitigation", "verification", "escalation", "rollback");

  /** Sections that may be left out: rollback applies only where there is something to roll back. */
  public static final List<String> OPTIONAL = List.of("rollback");

  public static final int DEFAULT_REVIEW_INTERVAL = 180;

  /** The names each language gives a section, its own name first, then common synonyms. */
  private static final Map<String, List<List<String>>> DEFAULT_NAMES =
      Map.of(
          "nb",
          List.of(
              List.of("Symptomer", "Symptom", "Betydning", "Beskrivelse"),
              List.of("Konsekvens", "Konsekvenser", "Påvirkning"),
              List.of("Diagnose", "Feilsøking", "Undersøkelse"),
              List.of("Tiltak", "Løsning", "Utbedring"),
              List.of("Verifisering", "Kontroll", "Bekreftelse"),
              List.of("Eskalering"),
              List.of("Tilbakerulling")),
          "en",
          List.of(
              List.of("Symptoms", "Symptom", "Meaning", "Description"),
              List.of("Impact", "Consequences"),
              List.of("Diagnosis", "Diagnostics", "Investigation", "Troubleshooting", "Triage"),
              List.of("Mitigation", "Resolution", "Remediation", "Fix", "Solution"),
              List.of("Verification", "Validation", "Verify"),
              List.of("Escalation", "Escalate"),
              List.of("Rollback", "Roll back")));

  public RunbookSettings {
    Objects.requireNonNull(missingSection, "missingSection");
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (String k : KEYS) {
      List<String> names = Objects.requireNonNull(sections.get(k), k);
      if (names.isEmpty()) {
        throw new IllegalArgumentException("no heading for " + k);
      }
      ordered.put(k, List.copyOf(names));
    }
    sections = java.util.Collections.unmodifiableMap(ordered);
    folders = java.util.Collections.unmodifiableMap(new TreeMap<>(folders));
  }

  /** Strict settings without folders of their own. */
  public RunbookSettings(int reviewInterval, Severity missingSection, Map<String, List<String>> sections) {
    this(reviewInterval, missingSection, sections, true, Map.of());
  }

  /** The heading a section is asked for by in messages ({@code Tiltak}). */
  public String name(String key) {
    return sections.get(key).get(0);
  }

  /** The section names of every language, the site's language first, each with its synonyms. */
  public static Map<String, List<String>> defaultSections(String language) {
    List<String> languages = new ArrayList<>(new java.util.TreeSet<>(DEFAULT_NAMES.keySet()));
    languages.remove(DEFAULT_NAMES.containsKey(language) ? language : "nb");
    languages.add(0, DEFAULT_NAMES.containsKey(language) ? language : "nb");
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.size(); i++) {
      Set<String> names = new LinkedHashSet<>();
      for (String l : languages) {
        for (String n : DEFAULT_NAMES.get(l).get(i)) {
          if (names.stream().noneMatch(x -> Sections.same(x, n))) {
            names.add(n);
          }
        }
      }
      m.put(KEYS.get(i), List.copyOf(names));
    }
    return m;
  }

  public static RunbookSettings defaults(String language) {
    return new RunbookSettings(DEFAULT_REVIEW_INTERVAL, Severity.ERROR, defaultSections(language));
  }

  /** Whether the runbook {@code name} (its path under {@code runbooks/} without {@code .md}) is read strictly. */
  public boolean strictFor(String name) {
    String best = null;
    for (String folder : folders.keySet()) {
      if (name.startsWith(folder + "/") && (best == null || folder.length() > best.length())) {
        best = folder;
      }
    }
    return best == null ? strict : folders.get(best);
  }

  static final Set<String> SETTINGS_KEYS = Set.of("review_interval", "missing_section", "sections", "strict", "folders");
  static final Set<String> MISSING_SECTION = Set.of("error", "warning");
  static final Set<String> FOLDER_KEYS = Set.of("strict");

  /**
   * Reads the section ({@code null} when absent). Section names given there are added to the
   * names every language knows (the first given is the one messages ask for); they replace none.
   */
  public static RunbookSettings read(YamlFields r, String language, Diagnostics diags) {
    RunbookSettings d = defaults(language);
    if (r == null) {
      return d;
    }
    r.rejectUnknownKeys(SETTINGS_KEYS, "`runbooks`");
    int interval = r.integer("review_interval", d.reviewInterval());
    if (interval < 1) {
      diags.add(
          Diagnostic.error(
              "config.value", r.span(r.map().get("review_interval")), "`runbooks.review_interval` must be at least 1 (days), not `" + interval + "`"));
      interval = d.reviewInterval();
    }
    String missing = r.oneOf("missing_section", MISSING_SECTION, "error");
    boolean strict = r.bool("strict", true);
    Map<String, List<String>> sections = new LinkedHashMap<>(d.sections());
    YamlFields s = r.child("sections");
    if (s != null) {
      s.rejectUnknownKeys(KEYS, "`runbooks.sections`");
      Map<String, String> given = new HashMap<>();
      for (String key : KEYS) {
        if (!s.has(key)) {
          continue;
        }
        List<String> names = new ArrayList<>();
        for (String n : s.strings(key)) {
          String name = n.strip().replaceFirst("^#+\\s*", "");
          if (name.isEmpty()) {
            diags.add(Diagnostic.error("config.value", s.span(s.map().get(key)), "`runbooks.sections." + key + "` must name a heading"));
            continue;
          }
          String other = given.putIfAbsent(name.toLowerCase(Locale.ROOT), key);
          String owner = other != null ? other : defaultOwner(d, name);
          if (owner != null && !owner.equals(key)) {
            diags.add(
                Diagnostic.error(
                        "config.value",
                        s.span(s.map().get(key)),
                        "runbook sections `" + owner + "` and `" + key + "` both have the heading `" + name + "`")
                    .withHint(other == null ? "`" + name + "` is a name of `" + owner + "` in every site; choose another heading" : null));
            continue;
          }
          names.add(name);
        }
        List<String> all = new ArrayList<>(names);
        for (String n : sections.get(key)) {
          if (all.stream().noneMatch(x -> Sections.same(x, n))) {
            all.add(n);
          }
        }
        sections.put(key, all);
      }
    }
    Map<String, Boolean> folders = new TreeMap<>();
    YamlFields f = r.child("folders");
    if (f != null) {
      for (YamlNode.Mapping.Entry e : f.map().entries().values()) {
        String folder = e.key().strip().replaceAll("^/+|/+$", "").replaceFirst("^runbooks/", "");
        YamlFields one = f.child(e.key());
        if (one == null) {
          continue;
        }
        one.rejectUnknownKeys(FOLDER_KEYS, "`runbooks.folders." + e.key() + "`");
        if (one.has("strict")) {
          folders.put(folder, one.bool("strict", strict));
        }
      }
    }
    return new RunbookSettings(interval, missing.equals("warning") ? Severity.WARNING : Severity.ERROR, sections, strict, folders);
  }

  /** The key whose default names include {@code name}, or null. */
  private static String defaultOwner(RunbookSettings d, String name) {
    for (Map.Entry<String, List<String>> e : d.sections().entrySet()) {
      if (e.getValue().stream().anyMatch(n -> Sections.same(n, name))) {
        return e.getKey();
      }
    }
    return null;
  }
}
