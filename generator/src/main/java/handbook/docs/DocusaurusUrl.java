package handbook.docs;

import handbook.content.Mount;
import handbook.content.Urls;

/**
 * The URL Docusaurus gives a doc by its front matter: {@code slug} (from its docs' route where it
 * starts with {@code /}, else from the doc's folder) or, without one, {@code id} (in the doc's
 * folder). Only in a Docusaurus project, and not for a folder's page (its URL is its folder's).
 */
final class DocusaurusUrl {
  private DocusaurusUrl() {}

  /** The page's URL by its slug or id; null where they give none that is followed (the URL of its path then). */
  static String of(Object slug, Object id, String path, Mount mount) {
    if (!mount.unnumbered() || DocsKind.rank(path) >= 0) {
      return null;
    }
    String folder = mount.pageUrl(Urls.sourceFolder(path));
    if (slug instanceof String s && !s.isBlank()) {
      String v = s.strip();
      if (v.equals("/")) {
        // the home, where the docs are the site's root (else the docs' own page, which is their folder's)
        return mount.docsAtRoot() ? "" : null;
      }
      // (another docs plugin's docs: from their route)
      String url = v.startsWith("/") ? mount.pageUrl(mount.docsOf(path)) + v.substring(1) : folder + v;
      return page(url);
    }
    if (id instanceof String i && !i.isBlank() && !i.contains("/")) {
      return page(folder + i.strip());
    }
    return null;
  }

  /** A page's URL of a path ({@code a/b} → {@code a/b/}); null for one that leaves the site or holds a query or fragment. */
  static String page(String url) {
    String u = Urls.normalize(url.replaceAll("/+$", ""));
    if (u == null || u.isEmpty() || u.startsWith("/") || !u.matches("[^?#\\s\\\\]+")) {
      return null;
    }
    return u + "/";
  }
}
