package handbook.content;

/**
 * The URL policy. Site URLs are relative to the site root, without a leading slash; a page's URL
 * ends with {@code /} (it is written as {@code index.html} in that folder) or is empty for the
 * home page. Hrefs in pages are always relative, so a site works under any path.
 */
public final class Urls {
  private Urls() {}

  /** {@code docs/ops/backup.md} → {@code docs/ops/backup/}; {@code docs/ops/index.md} → {@code docs/ops/}. */
  public static String ofSource(String sourcePath) {
    String p = sourcePath.endsWith(".md") ? sourcePath.substring(0, sourcePath.length() - 3) : sourcePath;
    if (p.equals("index")) {
      return "";
    }
    if (p.endsWith("/index")) {
      return p.substring(0, p.length() - "index".length());
    }
    return p + "/";
  }

  /** The folder of a URL: the URL itself for a page URL, the parent folder for a file URL. */
  static String folder(String url) {
    int slash = url.lastIndexOf('/');
    return slash < 0 ? "" : url.substring(0, slash + 1);
  }

  /** The file a URL is written to: {@code docs/x/} → {@code docs/x/index.html}. */
  public static String outputFile(String url) {
    return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
  }

  /** The relative href from a page at {@code from} to {@code to} (both site URLs). */
  public static String relative(String from, String to) {
    String fromDir = folder(from);
    int common = 0;
    int i = 0;
    while (i < fromDir.length() && i < to.length() && fromDir.charAt(i) == to.charAt(i)) {
      if (fromDir.charAt(i) == '/') {
        common = i + 1;
      }
      i++;
    }
    StringBuilder b = new StringBuilder();
    for (int j = common; j < fromDir.length(); j++) {
      if (fromDir.charAt(j) == '/') {
        b.append("../");
      }
    }
    b.append(to.substring(common));
    return b.length() == 0 ? "./" : b.toString();
  }

  /** The href from a page to the site root, {@code ../../} or {@code ./}. */
  public static String toRoot(String from) {
    return relative(from, "");
  }

  /** Normalizes {@code a/b/../c} to {@code a/c}; returns null when it leaves the root. */
  public static String normalize(String path) {
    String[] parts = path.split("/", -1);
    java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
    for (int i = 0; i < parts.length; i++) {
      String s = parts[i];
      if (s.equals("..")) {
        if (out.isEmpty()) {
          return null;
        }
        out.removeLast();
      } else if (!s.equals(".") && !(s.isEmpty() && i < parts.length - 1)) {
        out.addLast(s);
      }
    }
    String joined = String.join("/", out);
    return path.endsWith("/") && !joined.isEmpty() && !joined.endsWith("/") ? joined + "/" : joined;
  }

  /** The folder part of a source path: {@code docs/ops/x.md} → {@code docs/ops/}. */
  public static String sourceFolder(String sourcePath) {
    return folder(sourcePath);
  }

  /** Percent-encodes what must not stand raw in an href path (spaces, quotes, non-ASCII is kept). */
  public static String encodePath(String path) {
    StringBuilder b = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      switch (c) {
        case ' ' -> b.append("%20");
        case '"' -> b.append("%22");
        case '<' -> b.append("%3C");
        case '>' -> b.append("%3E");
        case '?' -> b.append("%3F");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
