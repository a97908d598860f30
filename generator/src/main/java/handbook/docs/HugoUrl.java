package handbook.docs;

import handbook.content.Mount;
import handbook.content.Urls;

/**
 * The URL Hugo gives a page by its front matter: {@code url} (the whole path, from the site's
 * root) or, without one, {@code slug} (the last part of the path, in the page's folder; a leaf
 * bundle's {@code index.md} names its folder's) where no {@code permalinks} pattern makes it
 * ({@link #permalinked}). Only in a Hugo project; not for the home, and a section's
 * {@code _index.md} follows its {@code url} alone, as Hugo does.
 */
final class HugoUrl {
  private HugoUrl() {}

  /** The page's URL by its url or slug; null where they give none that is followed (the URL of its path then). */
  static String of(Object url, Object slug, String path, Mount mount) {
    if (!mount.hugo() || !path.startsWith(mount.docs())) {
      return null;
    }
    String name = mount.unsuffixed(path).substring(path.lastIndexOf('/') + 1);
    String folder = Urls.sourceFolder(path);
    boolean bundle = name.equals("index.md") || name.equals("_index.md");
    if (bundle && folder.equals(mount.docs())) {
      return null;
    }
    if (url instanceof String u && !u.isBlank()) {
      return page(u.strip().replaceFirst("^/+", ""));
    }
    if (slug instanceof String s && !s.isBlank() && !name.equals("_index.md") && !s.contains("/") && !permalinked(path, mount)) {
      String around = bundle ? parentFolder(folder) : folder;
      return page(mount.pageUrl(around) + s.strip());
    }
    return null;
  }

  /**
   * Whether a page's URL is its section's pattern of the config's {@code permalinks}
   * ({@link HugoPermalinks}): a regular page (not a section's {@code _index.md}, nor the home) of
   * a section that has one; its {@code slug} is then the pattern's, and a {@code url} of its own wins.
   */
  static boolean permalinked(String path, Mount mount) {
    if (!mount.hugo() || mount.permalinks().isEmpty()) {
      return false;
    }
    String p = mount.unsuffixed(path);
    return !p.endsWith("/_index.md") && !p.equals(mount.docs() + "_index.md") && !p.equals(mount.docs() + "index.md") && mount.permalinkOf(p) != null;
  }

  /** A page's URL of a path ({@code a/b} → {@code a/b/}), as {@link DocusaurusUrl#page}; null also for a file's ({@code a/b.html}) and another host's. */
  static String page(String url) {
    String u = DocusaurusUrl.page(url);
    return u == null || u.contains(":") || u.substring(u.lastIndexOf('/', u.length() - 2) + 1).contains(".") ? null : u;
  }

  private static String parentFolder(String folder) {
    String f = folder.substring(0, folder.length() - 1);
    return f.substring(0, f.lastIndexOf('/') + 1);
  }
}
