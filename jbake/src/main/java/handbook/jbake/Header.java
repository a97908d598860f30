package handbook.jbake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the keys of a JBake header block are in the file, found the way JBake finds the block:
 * lines of {@code key=value} (or empty) ended by the separator line ({@code ~~~~~~}). JBake's
 * parser gives the values; this gives the lines, for the report.
 */
record Header(Map<String, Integer> lines, Map<String, String> values, int bodyLine) {
  static Header of(List<String> fileLines, String separator) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    int sep = fileLines.indexOf(separator);
    boolean valid = sep >= 0;
    for (int i = 0; valid && i < sep; i++) {
      String line = fileLines.get(i);
      if (!line.isEmpty() && !line.contains("=")) {
        valid = false;
      }
    }
    if (!valid) {
      return new Header(lines, values, 1);
    }
    for (int i = 0; i < sep; i++) {
      String[] parts = fileLines.get(i).split("=", 2);
      if (parts.length == 2) {
        String key = parts[0].strip();
        lines.put(key, i + 1);
        values.put(key, parts[1].strip());
      }
    }
    return new Header(lines, values, sep + 2);
  }

  Set<String> keys() {
    return lines.keySet();
  }

  /** The line of a key, or 1 when the header has no such key. */
  int line(String key) {
    return lines.getOrDefault(key, 1);
  }

  String value(String key) {
    return values.getOrDefault(key, "");
  }

  /** The file line and column of an offset into the body. */
  int[] position(String body, int offset) {
    int line = bodyLine;
    int lineStart = 0;
    for (int i = 0; i < offset && i < body.length(); i++) {
      if (body.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
