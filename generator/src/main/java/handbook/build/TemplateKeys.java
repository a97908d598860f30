package handbook.build;

import handbook.cache.Keys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fingerprint per page template ({@code doc}, {@code runbook}): of its file and every file it
 * imports or includes, directly or not. Editing {@code runbook.ftlh} changes only the runbook
 * pages' key; editing {@code layout.ftlh}, which every page template imports, changes all.
 */
final class TemplateKeys {
  private static final Pattern USES = Pattern.compile("<#(?:import|include)\\s+\"([^\"]+)\"");

  private TemplateKeys() {}

  /**
   * The keys of a templates folder's files, worked out when first asked: only builds that key
   * their pages ask (a cache, serve, versions); a build of one version without a cache asks none,
   * and hashing every template with those it imports took a tenth of a second of a fresh process.
   */
  static final class Lazy {
    private final Map<String, byte[]> files;
    private volatile Map<String, String> keys;

    Lazy(Map<String, byte[]> files) {
      this.files = files;
    }

    /** {@link TemplateKeys#of} of the files. */
    Map<String, String> get() {
      Map<String, String> k = keys;
      if (k == null) {
        synchronized (this) {
          k = keys;
          if (k == null) {
            k = of(files);
            keys = k;
          }
        }
      }
      return k;
    }
  }

  /** Keys by template name without extension, from a templates folder's files by path. */
  static Map<String, String> of(Map<String, byte[]> files) {
    Map<String, String> texts = new HashMap<>();
    files.forEach((f, bytes) -> {
      if (f.endsWith(".ftlh") || f.endsWith(".ftl")) {
        texts.put(f, new String(bytes, StandardCharsets.UTF_8));
      }
    });
    Map<String, String> keys = new HashMap<>();
    for (String f : texts.keySet()) {
      TreeSet<String> closure = new TreeSet<>();
      Deque<String> todo = new ArrayDeque<>();
      todo.add(f);
      while (!todo.isEmpty()) {
        String t = todo.pop();
        if (!closure.add(t)) {
          continue;
        }
        String text = texts.get(t);
        if (text == null) {
          continue;
        }
        Matcher m = USES.matcher(text);
        String dir = t.contains("/") ? t.substring(0, t.lastIndexOf('/') + 1) : "";
        while (m.find()) {
          String used = m.group(1);
          todo.add(used.startsWith("/") ? used.substring(1) : handbook.content.Urls.normalize(dir + used));
        }
      }
      Keys.Builder b = new Keys.Builder();
      for (String t : closure) {
        b.add(t).add(texts.getOrDefault(t, ""));
      }
      keys.put(f.replaceFirst("\\.ftlh?$", ""), b.build());
    }
    return keys;
  }
}
