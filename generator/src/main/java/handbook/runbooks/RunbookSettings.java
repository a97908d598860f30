package handbook.runbooks;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Severity;
import handbook.yaml.YamlFields;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code runbooks:} section of {@code site.yaml}.
 *
 * @param reviewInterval days after {@code last_reviewed} until a runbook counts as stale
 * @param missingSection how a runbook without a required section is reported
 * @param sections the heading text of each section by key ({@code symptoms} → {@code Symptomer}),
 *     in {@link #KEYS} order
 */
public record RunbookSettings(int reviewInterval, Severity missingSection, Map<String, String> sections) {
  /** The section keys, in the order a runbook has them; all but {@code rollback} are required. */
  public static final List<String> KEYS =
      List.of("symptoms", "impact", "diagnosis", "mitigation", "verification", "escalation", "rollback");

  /** Sections that may be left out: rollback applies only where there is something to roll back. */
  public static final List<String> OPTIONAL = List.of("rollback");

  public static final int DEFAULT_REVIEW_INTERVAL = 180;

  private static final Map<String, List<String>> DEFAULT_NAMES =
      Map.of(
          "nb", List.of("Symptomer", "Konsekvens", "Diagnose", "Tiltak", "Verifisering", "Eskalering", "Tilbakerulling"),
          "en", List.of("Symptoms", "Impact", "Diagnosis", "Mitigation", "Verification", "Escalation", "Rollback"));

  public RunbookSettings {
    Objects.requireNonNull(missingSection, "missingSection");
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String k : KEYS) {
      ordered.put(k, Objects.requireNonNull(sections.get(k), k));
    }
    sections = java.util.Collections.unmodifiableMap(ordered);
  }

  /** The default section names of a language ({@code nb} or {@code en}). */
  public static Map<String, String> defaultSections(String language) {
    List<String> names = DEFAULT_NAMES.getOrDefault(language, DEFAULT_NAMES.get("nb"));
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < KEYS.size(); i++) {
      m.put(KEYS.get(i), names.get(i));
    }
    return m;
  }

  public static RunbookSettings defaults(String language) {
    return new RunbookSettings(DEFAULT_REVIEW_INTERVAL, Severity.ERROR, defaultSections(language));
  }

  /** The section names of the other language, for hints when a page uses them. */
  public static Map<String, Map<String, String>> allDefaults() {
    Map<String, Map<String, String>> m = new java.util.TreeMap<>();
    DEFAULT_NAMES.keySet().forEach(l -> m.put(l, defaultSections(l)));
    return m;
  }

  static final Set<String> SETTINGS_KEYS = Set.of("review_interval", "missing_section", "sections");
  static final Set<String> MISSING_SECTION = Set.of("error", "warning");

  /** Reads the section ({@code null} when absent); section names not given take the defaults of the language. */
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
    Map<String, String> sections = new LinkedHashMap<>(d.sections());
    YamlFields s = r.child("sections");
    if (s != null) {
      s.rejectUnknownKeys(KEYS, "`runbooks.sections`");
      for (String key : KEYS) {
        String name = s.string(key, null);
        if (name == null) {
          continue;
        }
        name = name.strip().replaceFirst("^#+\\s*", "");
        if (name.isEmpty()) {
          diags.add(Diagnostic.error("config.value", s.span(s.map().get(key)), "`runbooks.sections." + key + "` must name a heading"));
          continue;
        }
        sections.put(key, name);
      }
      Map<String, String> seen = new HashMap<>();
      for (Map.Entry<String, String> e : sections.entrySet()) {
        String other = seen.putIfAbsent(e.getValue().toLowerCase(Locale.ROOT), e.getKey());
        if (other != null) {
          String given = s.has(e.getKey()) ? e.getKey() : other;
          diags.add(
              Diagnostic.error(
                  "config.value",
                  s.span(s.map().get(given)),
                  "runbook sections `" + other + "` and `" + e.getKey() + "` both have the heading `" + e.getValue() + "`"));
        }
      }
    }
    return new RunbookSettings(interval, missing.equals("warning") ? Severity.WARNING : Severity.ERROR, sections);
  }
}
