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

  /** Each class's strings read so far, by language: a site in several asks for them on every edit of serve. */
  private static final ClassValue<Map<String, Map<String, String>>> READ =
      new ClassValue<>() {
        @Override
        protected Map<String, Map<String, String>> computeValue(Class<?> type) {
          return new java.util.concurrent.ConcurrentHashMap<>();
        }
      };

  /** The strings beside {@code owner}'s class, or none (read once). */
  public static Map<String, String> resource(Class<?> owner, String language) {
    return READ.get(owner).computeIfAbsent(language, l -> read(owner, l));
  }

  private static Map<String, String> read(Class<?> owner, String language) {
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
