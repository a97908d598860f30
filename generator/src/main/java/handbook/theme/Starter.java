package handbook.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The starter project that {@code handbook new} writes: a small site using every content kind. */
public final class Starter {
  static final String FOLDER = "handbook/starter";

  private Starter() {}

  /**
   * The starter's files by relative path; {@code {{today}}} becomes {@code today}, so its runbook
   * is freshly reviewed. {@code gitignore} is written as {@code .gitignore} (a dot file would not
   * survive packaging).
   */
  public static Map<String, byte[]> files(LocalDate today) {
    Map<String, byte[]> raw;
    try {
      raw = JarFolder.read(FOLDER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, byte[]> out = new LinkedHashMap<>();
    raw.forEach((path, bytes) -> {
      String text = new String(bytes, StandardCharsets.UTF_8).replace("{{today}}", today.toString());
      out.put(path.equals("gitignore") ? ".gitignore" : path, text.getBytes(StandardCharsets.UTF_8));
    });
    return out;
  }
}
