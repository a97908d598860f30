package handbook.jbake;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** YAML scalars for front matter: plain where that reads back as the same string, else double-quoted. */
final class Yaml {
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.,/()'+-]*[\\p{L}\\p{N}_.)'+]|[\\p{L}\\p{N}]");
  private static final Pattern NUMBER_OR_DATE = Pattern.compile("[-+]?[0-9][0-9_.:eE+-]*|0x[0-9a-fA-F]+|\\.(inf|nan|Inf|NaN|INF|NAN)");
  private static final Set<String> WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

  private Yaml() {}

  static String scalar(String s) {
    return scalar(s, false);
  }

  /** @param flow true inside {@code [...]}, where a comma ends a plain scalar */
  static String scalar(String s, boolean flow) {
    if (PLAIN.matcher(s).matches() && !(flow && s.contains(",")) && !NUMBER_OR_DATE.matcher(s).matches() && !WORDS.contains(s.toLowerCase(java.util.Locale.ROOT))) {
      return s;
    }
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\x%02x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String list(List<String> items) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(scalar(items.get(i), true));
    }
    return b.append(']').toString();
  }
}
