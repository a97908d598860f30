package handbook.content;

/**
 * The URL policy. Site URLs are relative to the site root, without a leading slash; a page's URL
 * ends with {@code /} (it is written as {@code index.html} in that folder) or is empty for the
 * home page. Hrefs in pages are always relative, so a site works under any path.
 */
public final class Urls {
  private Urls() {}

  /**
   * The endings of a Markdown file that is a page: {@code .md}, Docusaurus' {@code .mdx}, and the
   * longer ones MkDocs, Jekyll and Hugo read as Markdown ({@code .markdown}, as {@code jekyll new}
   * writes its pages; {@code .mdown}, {@code .mkdn}, {@code .mkd}).
   */
  public static final java.util.List<String> MARKDOWN_ENDINGS = java.util.List.of(".md", ".mdx", ".markdown", ".mdown", ".mkdn", ".mkd");

  /** Whether a content path names a Markdown file (ends in one of {@link #MARKDOWN_ENDINGS}). */
  public static boolean isMarkdown(String path) {
    return markdownEnding(path) > 0;
  }

  /** A path without its Markdown ending ({@code docs/about.markdown} → {@code docs/about}); any other path as it is. */
  public static String stem(String path) {
    int ending = markdownEnding(path);
    return ending > 0 ? path.substring(0, path.length() - ending) : path;
  }

  /** The length of a path's Markdown ending, or 0 (no regular expression: links and pages ask it often). */
  private static int markdownEnding(String path) {
    int dot = path.lastIndexOf('.');
    if (dot < 0 || path.length() - dot > ".markdown".length() || path.indexOf('/', dot) >= 0) {
      return 0;
    }
    for (String ending : MARKDOWN_ENDINGS) {
      if (path.length() - dot == ending.length() && path.endsWith(ending)) {
        return ending.length();
      }
    }
    return 0;
  }

  /** {@code docs/ops/backup.md} → {@code docs/ops/backup/}; {@code docs/ops/index.md} → {@code docs/ops/}; the other Markdown endings ({@link #isMarkdown}) alike. */
  public static String ofSource(String sourcePath) {
    String p = stem(sourcePath);
    if (p.equals("index")) {
      return "";
    }
    if (p.endsWith("/index")) {
      return p.substring(0, p.length() - "index".length());
    }
    return p + "/";
  }

  /** Docusaurus' number prefix of a file or folder name ({@code 01-intro}, {@code 2. Setup}); not a date's or a version's. */
  private static final java.util.regex.Pattern NUMBER_PREFIX = java.util.regex.Pattern.compile("^\\d+\\s*[-_.]+\\s*(?=[^-_.\\s])");

  /** A name that starts like a date or a version ({@code 2021-01-01-notes}, {@code 1.2-release}): Docusaurus keeps its number. */
  private static final java.util.regex.Pattern DATE_OR_VERSION = java.util.regex.Pattern.compile("^\\d+[-_.]\\d+");

  /** A file or folder name without Docusaurus' number prefix ({@code 01-intro} → {@code intro}). */
  public static String unnumbered(String name) {
    if (name.isEmpty() || !Character.isDigit(name.charAt(0)) || DATE_OR_VERSION.matcher(name).lookingAt()) {
      return name;
    }
    return NUMBER_PREFIX.matcher(name).replaceFirst("");
  }

  /** A path without the number prefixes of its names ({@code 01-guide/02-setup/} → {@code guide/setup/}). */
  public static String unnumberedPath(String path) {
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = unnumbered(parts[i]);
    }
    return String.join("/", parts);
  }

  /** The number of a file or folder name's Docusaurus number prefix ({@code 02-setup} → 2), or null. */
  public static Integer numberPrefix(String name) {
    if (unnumbered(name).equals(name)) {
      return null;
    }
    int end = 0;
    while (end < name.length() && Character.isDigit(name.charAt(end))) {
      end++;
    }
    return end > 9 ? null : Integer.valueOf(name.substring(0, end));
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

  /** Whether an address is on another host ({@code https://...}, {@code //host/...}). */
  public static boolean remote(String address) {
    String a = address.strip();
    return a.startsWith("//") || a.regionMatches(true, 0, "http:", 0, 5) || a.regionMatches(true, 0, "https:", 0, 6);
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

  /**
   * Percent-encodes what must not stand raw in an href path: spaces and control characters,
   * quotes, {@code <>}, {@code ?} and {@code #} (they would start a query or fragment), {@code %}
   * (it would start an escape), {@code +} (some servers read it as a space) and {@code \}.
   * Non-ASCII letters are kept; browsers encode them.
   */
  public static String encodePath(String path) {
    StringBuilder b = null;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean escape = c < 128 && ESCAPED[c];
      if (escape && b == null) {
        b = new StringBuilder(path.length() + 16).append(path, 0, i);
      }
      if (escape) {
        b.append('%').append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? path : b.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The ASCII characters {@link #encodePath} escapes: controls, space, DEL and {@code "<>?#%+\}. */
  private static final boolean[] ESCAPED = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ESCAPED[c] = c <= ' ' || c == 0x7F || "\"<>?#%+\\".indexOf(c) >= 0;
    }
  }

  /**
   * The href from the page at {@code from} to a site URL that may end in a {@code #fragment}:
   * the path relative and encoded, the fragment kept; only the fragment when it is the same page.
   * A {@code #} in a file's name is part of the path: a fragment only follows a page URL (one
   * ending in {@code /}, or the home page's empty one) and holds no {@code /}.
   */
  public static String href(String from, String to) {
    int hash = fragmentStart(to);
    return href(from, hash < 0 ? to : to.substring(0, hash), hash < 0 ? "" : to.substring(hash));
  }

  /** The href from {@code from} to the site URL {@code path}, with {@code fragment} ({@code #id} or empty) as it is. */
  public static String href(String from, String path, String fragment) {
    if (path.equals(from) && !fragment.isEmpty()) {
      return fragment;
    }
    return encodePath(relative(from, path)) + fragment;
  }

  /** A site URL as an href from the site root: its path encoded, its fragment (if any) kept. */
  public static String encode(String siteUrl) {
    int hash = fragmentStart(siteUrl);
    return hash < 0 ? encodePath(siteUrl) : encodePath(siteUrl.substring(0, hash)) + siteUrl.substring(hash);
  }

  /** Where the fragment of a site URL starts, or -1. */
  static int fragmentStart(String url) {
    int hash = url.lastIndexOf('#');
    if (hash < 0 || url.indexOf('/', hash) >= 0) {
      return -1;
    }
    return hash == 0 || url.charAt(hash - 1) == '/' ? hash : -1;
  }
}
