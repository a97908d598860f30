package handbook.output;

import java.nio.file.Path;

/** Where a site path ({@code docs/x/index.html}) is in an output folder: never outside it. */
final class SitePath {
  private SitePath() {}

  /**
   * The file of {@code sitePath} under {@code root}. A path that would lead out of it (absolute,
   * with a {@code ..} or {@code .} part, or a backslash) is a bug in what made it, refused here
   * whatever made it.
   */
  static Path in(Path root, String sitePath) {
    if (sitePath.isEmpty() || sitePath.startsWith("/") || sitePath.indexOf('\\') >= 0 || sitePath.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a site path that is no file of the site: " + sitePath);
    }
    for (String part : sitePath.split("/")) {
      if (part.equals("..") || part.equals(".")) {
        throw new IllegalArgumentException("a site path that leads out of the site: " + sitePath);
      }
    }
    return root.resolve(sitePath);
  }
}
