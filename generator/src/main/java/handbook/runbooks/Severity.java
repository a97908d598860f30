package handbook.runbooks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How bad the situation a runbook covers is; the values are the same in every site language. */
public enum Severity {
  KRITISK("kritisk"),
  HOY("høy"),
  MEDIUM("medium"),
  LAV("lav"),
  /** Not given (a runbook read leniently): shown as unknown, listed last. */
  UNKNOWN("ukjent");

  private static final Map<String, String> ENGLISH = Map.of("critical", "kritisk", "high", "høy", "low", "lav", "hoy", "høy");

  private final String key;

  Severity(String key) {
    this.key = key;
  }

  /** The value as written in front matter and used in CSS classes. */
  public String key() {
    return key;
  }

  /** The value in ASCII, for CSS classes and data attributes ({@code hoy}). */
  public String css() {
    return this == UNKNOWN ? "unknown" : name().toLowerCase(java.util.Locale.ROOT);
  }

  /** 1 for the most severe. */
  public int rank() {
    return ordinal() + 1;
  }

  /** The severity written as {@code key}, or null; {@link #UNKNOWN} is never written. */
  public static Severity of(String key) {
    return Arrays.stream(values()).filter(s -> s != UNKNOWN && s.key.equals(key)).findFirst().orElse(null);
  }

  /** The values a runbook may give. */
  public static List<String> keys() {
    return Arrays.stream(values()).filter(s -> s != UNKNOWN).map(Severity::key).toList();
  }

  /** The value meant by a common English or unaccented spelling ({@code critical} → {@code kritisk}), or null. */
  public static String meant(String written) {
    return ENGLISH.get(written.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
