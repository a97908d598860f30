package handbook.config;

import handbook.diag.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code runbooks:} settings of {@code site.yaml}.
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
}
