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
    String folder = written.strip().replace('\\', '/').replaceAll("/+$", "") + "/";
    String normal = folder.startsWith("/") || folder.matches("(?i)[a-z]:/.*") ? null : handbook.content.Urls.normalize(folder);
    if (normal == null || normal.isEmpty() || normal.equals(DOCS) || handbook.source.DiskTree.hidden(normal + "x") || normal.getBytes(StandardCharsets.UTF_8).length > 1000) {
      return null;
    }
    return normal;
  }

  /** Why a folder a config names is not followed, or null when it is followed or is {@code docs/}. */
  static String notFollowed(String written) {
    if (inside(written) != null) {
      return null;
    }
    String folder = written.strip().replace('\\', '/').replaceAll("/+$", "") + "/";
    if (folder.startsWith("/") || folder.matches("(?i)[a-z]:/.*")) {
      return "not a folder inside the project's";
    }
    String normal = handbook.content.Urls.normalize(folder);
    if (DOCS.equals(normal)) {
      return null;
    }
    if (normal == null || normal.isEmpty()) {
      return "not a folder inside the project's";
    }
    return handbook.source.DiskTree.hidden(normal + "x") ? "a folder left out as hidden" : "a name too long for a folder";
  }
}
