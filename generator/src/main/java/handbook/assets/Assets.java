package handbook.assets;

import handbook.source.SourceTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The theme's {@code assets/} folder as published: the theme's own CSS and JavaScript minified,
 * and every stylesheet, script, image and font under a name with a hash of its content
 * ({@code assets/handbook.3f2a1c94d0.css}), so a server may let browsers keep it forever. The
 * names are the same for the same files. Vendored libraries ({@code assets/vendor/}) are
 * published as they are (minified builds), hashed too; other files (licences) keep their names,
 * and the vendoring notes ({@code README.md}, scripts) are left out.
 *
 * @param names the published path of each asset by its path in the {@code assets/} folder
 *     ({@code handbook.css} to {@code assets/handbook.3f2a1c94d0.css}), what templates link
 * @param files every published file by its site path
 */
public record Assets(Map<String, String> names, Map<String, byte[]> files) {
  public static final String FOLDER = "assets/";
  private static final Pattern HASHED = Pattern.compile("(?i).+\\.(css|js|mjs|svg|png|jpe?g|gif|webp|avif|ico|woff2?)$");
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*([\"']?)([^\"')]+)\\1\\s*\\)");

  public Assets {
    names = Collections.unmodifiableMap(new TreeMap<>(names));
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /** KaTeX and the script that runs it: a page with formulas loads them ({@link #libraries}). */
  public static final int FORMULAS = 1;

  /** Mermaid and the script that runs it: a page with diagrams loads them. */
  public static final int DIAGRAMS = 2;

  /** Which optional library an asset is of (its path in {@code assets/}), or 0. */
  static int libraryOf(String path) {
    if (path.startsWith("vendor/katex/") || path.equals("math.js")) {
      return FORMULAS;
    }
    return path.startsWith("vendor/mermaid/") || path.equals("diagrams.js") ? DIAGRAMS : 0;
  }

  /**
   * The same without the optional libraries no page loads ({@code used}: those that are, as
   * {@link #libraries} says): a site without formulas does not publish KaTeX (half a megabyte of
   * script and fonts), one without diagrams not Mermaid (three and a half).
   */
  public Assets onlyLibraries(int used) {
    java.util.function.Predicate<String> unused = path -> (libraryOf(path) & ~used) != 0;
    // the hashed files by their names, the others (a licence) by their paths
    java.util.Set<String> left = new java.util.HashSet<>();
    names.forEach((path, published) -> {
      if (unused.test(path)) {
        left.add(published);
      }
    });
    Map<String, byte[]> kept = new TreeMap<>(files);
    kept.keySet().removeIf(f -> left.contains(f) || unused.test(f.substring(FOLDER.length())));
    return new Assets(names, kept);
  }

  private static final byte[] KATEX = (FOLDER + "vendor/katex/katex.").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] MERMAID = (FOLDER + "vendor/mermaid/mermaid.").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] HEAD_END = "</head>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** Which optional libraries a page's HTML loads in its head ({@link #FORMULAS}, {@link #DIAGRAMS}: the layout links them where they are needed). */
  public static int libraries(byte[] html) {
    int found = 0;
    for (int i = 0; i + KATEX.length <= html.length; i++) {
      if (html[i] == '<' && i + HEAD_END.length <= html.length && html[i + 1] == '/' && matches(html, i, HEAD_END)) {
        return found;
      }
      if (html[i] == 'a' && matches(html, i, KATEX)) {
        found |= FORMULAS;
      } else if (html[i] == 'a' && i + MERMAID.length <= html.length && matches(html, i, MERMAID)) {
        found |= DIAGRAMS;
      }
    }
    return found;
  }

  private static boolean matches(byte[] a, int at, byte[] b) {
    for (int k = 0; k < b.length; k++) {
      if (a[at + k] != b[k]) {
        return false;
      }
    }
    return true;
  }

  /** The assets of a theme folder (its files under {@code assets/}). */
  public static Assets of(SourceTree theme) throws IOException {
    Map<String, byte[]> sources = new TreeMap<>();
    for (String f : theme.files()) {
      if (f.startsWith(FOLDER)) {
        sources.put(f.substring(FOLDER.length()), theme.read(f));
      }
    }
    return of(sources);
  }

  /** The assets from their files by path in the {@code assets/} folder. */
  public static Assets of(Map<String, byte[]> sources) {
    Map<String, String> names = new TreeMap<>();
    Map<String, byte[]> files = new TreeMap<>();
    // stylesheets last: they name the hashed images and fonts they use
    List<String> order = new ArrayList<>(sources.keySet());
    order.sort((a, b) -> Boolean.compare(a.endsWith(".css"), b.endsWith(".css")));
    for (String path : order) {
      byte[] bytes = sources.get(path);
      if (!HASHED.matcher(path).matches()) {
        if (!path.endsWith(".sh") && !path.endsWith("README.md")) {
          files.put(FOLDER + path, bytes);
        }
        continue;
      }
      boolean own = !path.startsWith("vendor/");
      if (path.endsWith(".css")) {
        String css = relink(new String(bytes, StandardCharsets.UTF_8), path, names);
        bytes = (own ? Minifier.css(css) : css).getBytes(StandardCharsets.UTF_8);
      } else if (own && path.endsWith(".js")) {
        bytes = Minifier.js(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
      }
      String published = FOLDER + hashed(path, bytes);
      names.put(path, published);
      files.put(published, bytes);
    }
    return new Assets(names, files);
  }

  /** {@code dir/name.ext} as {@code dir/name.HASH.ext}, the hash from the content. */
  static String hashed(String path, byte[] bytes) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    String hash = hash(bytes);
    return dot > slash + 1 ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
  }

  /**
   * Ten hex digits from two checksums of the bytes (CRC-32 and CRC-32C), enough to tell one
   * version of a file from another for browsers' caches. Not SHA-256: under the C1 compiler a
   * build runs with, that took 70 ms of CPU each build for Mermaid's 3.6 MB alone; these take 2.
   */
  static String hash(byte[] bytes) {
    java.util.zip.CRC32 a = new java.util.zip.CRC32();
    a.update(bytes);
    java.util.zip.CRC32C b = new java.util.zip.CRC32C();
    b.update(bytes);
    return HexFormat.of().toHexDigits((int) a.getValue()) + HexFormat.of().toHexDigits((byte) b.getValue());
  }

  /** The stylesheet with its relative {@code url(...)}s to other assets changed to their published names. */
  static String relink(String css, String cssPath, Map<String, String> names) {
    String dir = cssPath.contains("/") ? cssPath.substring(0, cssPath.lastIndexOf('/') + 1) : "";
    Matcher m = CSS_URL.matcher(css);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String url = m.group(2).strip();
      String target = resolve(dir, url);
      String published = target == null ? null : names.get(target);
      String replacement = m.group();
      if (published != null) {
        String quote = m.group(1);
        replacement = "url(" + quote + relative(dir, published.substring(FOLDER.length())) + quote + ")";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** An asset path for a relative URL from a folder of {@code assets/}; null for other URLs. */
  private static String resolve(String dir, String url) {
    if (url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.contains(":") || url.contains("?")) {
      return null;
    }
    List<String> parts = new ArrayList<>(List.of((dir + url).split("/")));
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p.equals("..")) {
        if (out.isEmpty()) {
          return null;
        }
        out.remove(out.size() - 1);
      } else if (!p.equals(".") && !p.isEmpty()) {
        out.add(p);
      }
    }
    return String.join("/", out);
  }

  private static String relative(String dir, String target) {
    String up = dir.isEmpty() ? "" : "../".repeat((int) dir.chars().filter(c -> c == '/').count());
    return up + target;
  }

  /** A text that changes whenever a published name changes, for page keys. */
  public String key() {
    return names.toString();
  }
}
