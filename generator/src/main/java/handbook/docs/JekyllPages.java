package handbook.docs;

import handbook.content.Mount;
import handbook.content.PageInfo;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages of a Jekyll project as Jekyll and just-the-docs publish them: at a page's
 * {@code permalink} where it has one; with its old {@code x.html} address (Jekyll's default)
 * redirecting to it; placed in the menu under the page its {@code parent} (and
 * {@code grand_parent}) names by title, at the menu's top without one, and out of it with
 * {@code nav_exclude}.
 */
final class JekyllPages {
  private JekyllPages() {}

  /**
   * The URL a page's {@code permalink} gives it ({@code /docs/ui/}, {@code /about.html} at
   * {@code about/}; a pattern of Jekyll's page placeholders, {@code /:path/:basename/}, filled in
   * for the page at {@code path}), or null where it has none that is followed.
   */
  static String of(Object permalink, String path, Mount mount) {
    if (!mount.jekyll() || !(permalink instanceof String written) || written.isBlank()) {
      return null;
    }
    String p = filled(written, path, mount);
    if (p.contains(":") || p.matches(".*[?#\\s\\\\].*")) {
      return null;
    }
    String v = p.strip().replaceFirst("^/+", "").replaceAll("/{2,}", "/");
    if (v.isEmpty()) {
      return "";
    }
    if (v.endsWith(".html")) {
      v = v.substring(0, v.length() - ".html".length());
      if (v.endsWith("/index")) {
        v = v.substring(0, v.length() - "index".length());
      }
    }
    return HugoUrl.page(v);
  }

  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(":(output_ext|basename|path)\\b");

  /** A page's permalink pattern's placeholders ({@code :path}, {@code :basename}, {@code :output_ext}) filled in as Jekyll fills them for a page (not a post's or a collection's). */
  private static String filled(String permalink, String path, Mount mount) {
    if (!permalink.contains(":") || mount.collectionOf(path) != null || mount.blog() != null && mount.blog().post(path)) {
      return permalink;
    }
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    String folder = slash < 0 ? "" : path.substring(0, slash);
    return PLACEHOLDER
        .matcher(permalink)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(switch (m.group(1)) {
          case "path" -> "/" + folder;
          case "basename" -> name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
          default -> ".html";
        }));
  }

  /**
   * The address Jekyll gave a page that is published here at {@code x/}: {@code x.html} (its
   * default permalink, or a permalink of that form); null where it is the same address.
   */
  static String oldAddress(Object permalink, String path, boolean folderPage, Mount mount) {
    if (!mount.jekyll()) {
      return null;
    }
    if (permalink instanceof String p && !p.isBlank()) {
      String filled = filled(p, path, mount).strip().replaceFirst("^/+", "").replaceAll("/{2,}", "/");
      return filled.endsWith(".html") && !filled.endsWith("index.html") && of(permalink, path, mount) != null ? filled : null;
    }
    // (a collection's pages as its permalink has them)
    Mount.Collection collection = mount.collectionOf(path);
    if ((collection != null ? !collection.html() : mount.tool() == Mount.Tool.JEKYLL_PRETTY) || folderPage || path.equals("index.md")) {
      return null;
    }
    return mount.url(path.substring(0, path.lastIndexOf('.'))) + ".html";
  }

  /**
   * The pages placed by their {@code parent} and {@code grand_parent}; one naming no page's title,
   * and the first of a loop of parents, is named and placed at the top.
   */
  static List<DocPage> placed(List<DocPage> pages, Map<String, handbook.source.SourceFile> sources, Diagnostics diags) {
    Map<String, List<DocPage>> byTitle = new HashMap<>();
    for (DocPage p : pages) {
      byTitle.computeIfAbsent(p.info().title(), k -> new ArrayList<>()).add(p);
    }
    // each page's parent, by URL
    Map<String, String> parents = new java.util.LinkedHashMap<>();
    for (DocPage p : pages) {
      PageInfo info = p.info();
      if (info.url().isEmpty()) {
        continue;
      }
      String parentTitle = text(info.extra().get("parent"));
      String grandParent = text(info.extra().get("grand_parent"));
      String parentUrl = "";
      if (parentTitle != null) {
        DocPage parent = null;
        for (DocPage candidate : byTitle.getOrDefault(parentTitle, List.of())) {
          if (candidate != p && (grandParent == null || grandParent.equals(text(candidate.info().extra().get("parent"))))) {
            parent = candidate;
            break;
          }
        }
        if (parent == null) {
          boolean own = byTitle.getOrDefault(parentTitle, List.of()).equals(List.of(p));
          diags.add(
              Diagnostic.warning("frontmatter.parent", DocsKind.valueAt(sources.get(info.source()), "parent"), "`parent: " + parentTitle + "`" + (grandParent == null ? "" : " with `grand_parent: " + grandParent + "`")
                      + (own ? " is the page's own title" : " names no page's title") + ": the page is at the menu's top")
                  .withHint("write the title of the page it belongs under, as that page's front matter has it"));
        } else {
          parentUrl = parent.info().url();
        }
      }
      parents.put(info.url(), parentUrl);
    }
    // a loop of parents is broken at its first page in the content's order
    for (DocPage p : pages) {
      String url = p.info().url();
      String up = parents.get(url);
      for (int steps = 0; up != null && !up.isEmpty() && steps <= parents.size(); steps++) {
        if (up.equals(url)) {
          parents.put(url, "");
          diags.add(
              Diagnostic.warning("frontmatter.parent", DocsKind.valueAt(sources.get(p.info().source()), "parent"), "`parent: " + text(p.info().extra().get("parent")) + "` makes a loop of parents: the page is at the menu's top")
                  .withHint("a page is under its parent, which is not under it"));
          break;
        }
        up = parents.get(up);
      }
    }
    List<DocPage> out = new ArrayList<>(pages.size());
    for (DocPage p : pages) {
      PageInfo info = p.info();
      if (info.url().isEmpty()) {
        out.add(p);
        continue;
      }
      boolean inMenu = info.inNav() && !Boolean.TRUE.equals(info.extra().get("nav_exclude"));
      PageInfo placed =
          new PageInfo(info.url(), info.title(), info.description(), info.source(), parents.get(info.url()), info.weight(), inMenu, info.kind(), info.tags(), info.extra(), info.aliases(), info.linkTitle(), info.listed() || info.inNav());
      out.add(p.withInfo(placed));
    }
    return out;
  }

  private static String text(Object v) {
    return v instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}
