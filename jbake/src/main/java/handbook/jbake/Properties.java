package handbook.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys a project's jbake.properties sets, with their lines (for the report). */
record Properties(Map<String, Integer> lines, Map<String, String> values) {
  static Properties read(Path file) throws IOException {
    Map<String, Integer> lines = new LinkedHashMap<>();
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return new Properties(lines, values);
    }
    List<String> text = List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r?\n", -1));
    boolean continued = false;
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      boolean wasContinued = continued;
      continued = line.endsWith("\\") && !line.endsWith("\\\\");
      if (wasContinued || line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int split = indexOfSeparator(line);
      String key = (split < 0 ? line : line.substring(0, split)).strip();
      String value = split < 0 ? "" : line.substring(split + 1).strip();
      lines.put(key, i + 1);
      values.put(key, value);
    }
    return new Properties(lines, values);
  }

  private static int indexOfSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '=' || c == ':' || c == ' ' || c == '\t') {
        return i;
      }
    }
    return -1;
  }

  String value(String key) {
    return values.get(key);
  }
}
