package handbook.docs;

import handbook.content.Mount;
import handbook.yaml.YamlNode;

/**
 * A Jekyll project's front matter defaults as Jekyll gives them to a page: every default whose
 * scope holds the page, merged (a longer scope path, or the same path with a {@code type}, over
 * the others); the page's own front matter goes over them.
 */
final class JekyllDefaults {
  private JekyllDefaults() {}

  /** What the defaults of its scopes give the page of a content path, merged; null where none does. */
  static YamlNode.Mapping of(String path, Mount mount) {
    String type = type(path, mount);
    YamlNode.Mapping given = null;
    Mount.Default last = null;
    for (Mount.Default d : mount.defaults()) {
      if (!applies(d, path, type)) {
        continue;
      }
      if (given == null) {
        given = d.values();
      } else if (precedes(d, last)) {
        given = given.mergedWith(d.values(), false);
      } else {
        given = d.values().mergedWith(given, false);
        continue;
      }
      last = d;
    }
    return given;
  }

  /** Jekyll's kind of page: {@code posts} of {@code _posts/}, a collection's name for its files, else {@code pages}. */
  static String type(String path, Mount mount) {
    if (handbook.config.JekyllConfig.post(path)) {
      return "posts";
    }
    Mount.Collection c = mount.collectionOf(path);
    return c != null ? c.folder().substring(1, c.folder().length() - 1) : "pages";
  }

  private static boolean applies(Mount.Default d, String path, String type) {
    if (d.type() != null && !d.type().equals(type)) {
      return false;
    }
    if (d.path().isEmpty()) {
      return true;
    }
    if (!d.path().contains("*")) {
      // (as Jekyll compares them: the page's path starts with the scope's)
      return path.startsWith(d.path());
    }
    // a glob: a folder or file it matches holds the page
    handbook.config.Glob glob = Globs.of(d.path());
    String prefix = "";
    for (String part : path.split("/")) {
      prefix = prefix.isEmpty() ? part : prefix + "/" + part;
      if (glob.matches(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code d} wins over the defaults merged so far, the last of which was {@code last} (Jekyll's {@code has_precedence?}). */
  private static boolean precedes(Mount.Default d, Mount.Default last) {
    if (d.path().length() != last.path().length()) {
      return d.path().length() > last.path().length();
    }
    return d.type() != null || last.type() == null;
  }
}
