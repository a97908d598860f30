package handbook.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** UI strings from a {@code strings-<language>.properties} resource. */
public final class Strings {
  private Strings() {}

  /** The strings beside {@code owner}'s class, or none. */
  public static Map<String, String> resource(Class<?> owner, String language) {
    try (InputStream in = owner.getResourceAsStream("strings-" + language + ".properties")) {
      if (in == null) {
        return Map.of();
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
