package handbook.config;

import java.nio.charset.StandardCharsets;

/**
 * The folder of another tool's pages as its config names it (MkDocs' {@code docs_dir}, the
 * Docusaurus docs' {@code path}), read as {@code docs/} is ({@link handbook.source.MovedFolder}).
 */
final class DocsFolder {
  /** Where the docs kind reads another tool's pages. */
  static final String DOCS = "docs/";

  private DocsFolder() {}

  /**
   * The folder a config names ({@code ./documentation/} is {@code documentation/}), when it is
   * one inside the project's other than {@code docs/} that its listing does not leave out; else
   * null.
   */
  static String inside(String written) {
    String normal = normal(written, "");
    return normal == null || normal.isEmpty() || normal.equals(DOCS) ? null : normal;
  }

  /**
   * A folder a config names, from the folder {@code base} (empty: the project's): a folder of the
   * content ending in {@code /}, or empty for the project's own; null where it is not one
   * ({@link #notFollowed(String, String)} says why).
   */
  static String normal(String written, String base) {
    return notFollowed(written, base) == null ? resolved(written, base) : null;
  }

  /** Why a folder a config names is not followed, or null when it is followed or is {@code docs/}. */
  static String notFollowed(String written) {
    String why = notFollowed(written, "");
    return why != null ? why : normal(written, "").isEmpty() ? "not a folder inside the project's" : null;
  }

  /** Why a folder a config names from {@code base} is none ({@link #normal}), or null. */
  static String notFollowed(String written, String base) {
    String normal = resolved(written, base);
    if (normal == null) {
      return "not a folder inside the project's";
    }
    if (!normal.isEmpty() && handbook.source.DiskTree.hidden(normal + "x")) {
      return "a folder left out as hidden";
    }
    return normal.getBytes(StandardCharsets.UTF_8).length > 1000 ? "a name too long for a folder" : null;
  }

  /** The folder written, from {@code base}; null where it is absolute or goes above the project's. */
  private static String resolved(String written, String base) {
    String folder = written.strip().replace('\\', '/').replaceAll("/+$", "") + "/";
    if (folder.startsWith("/") || folder.matches("(?i)[a-z]:/.*")) {
      return null;
    }
    return folder.equals("./") ? base : handbook.content.Urls.normalize(base + folder);
  }
}
