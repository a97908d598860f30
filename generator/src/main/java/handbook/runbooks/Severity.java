package handbook.runbooks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How bad the situation a runbook covers is; the values are the same in every site language. */
public enum Severity {
  KRITISK("kritisk"),
  HOY("høy"),
  MEDIUM("medium"),
  LAV("lav");

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
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** 1 for the most severe. */
  public int rank() {
    return ordinal() + 1;
  }

  public static Severity of(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst().orElse(null);
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Severity::key).toList();
  }

  /** The value meant by a common English or unaccented spelling ({@code critical} → {@code kritisk}), or null. */
  public static String meant(String written) {
    return ENGLISH.get(written.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
