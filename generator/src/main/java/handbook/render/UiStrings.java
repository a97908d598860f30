package handbook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The UI strings of the site in one language ({@code nb} or {@code en}). */
public final class UiStrings {
  private UiStrings() {}

  public static Map<String, String> load(String language) {
    String name = "strings-" + language + ".properties";
    try (InputStream in = UiStrings.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no UI strings for language " + language);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> m = new TreeMap<>();
      p.forEach((k, v) -> m.put((String) k, (String) v));
      return Map.copyOf(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
