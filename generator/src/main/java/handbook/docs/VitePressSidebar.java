package handbook.docs;

import handbook.config.JsLiteral;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.LineMap;
import handbook.source.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A VitePress project's sidebar ({@code themeConfig.sidebar} of its config), read as the order and
 * menu titles of the folders under {@code docs/}, as {@link MkDocsNav} reads MkDocs' nav: its
 * config is not run, the sidebar is read where it is written as literals. A sidebar is a list of
 * items ({@code {text, link}}, and groups {@code {text, items}}), or one such list for each part
 * of the site ({@code {'/guide/': [...]}}, or {@code {base, items}}), each a section of its
 * folder. A group whose pages are in the folder of the list around it (VitePress' usual
 * "Introduction", "Writing" in {@code /guide/}) has no folder of its own to name: its pages are
 * listed in their order in that folder's section, and one warning says the groups' titles are
 * not shown.
 */
final class VitePressSidebar {
  private static final MkDocsNav.Words WORDS =
      new MkDocsNav.Words("the sidebar", "the items read are `{text, link}` and `{text, items: [...]}` (with `base`), written as literals");

  private final SourceFile file;
  private final LineMap lines;
  /** The groups shown as their pages alone. */
  private final List<Span> merged = new ArrayList<>();

  private VitePressSidebar(SourceFile file) {
    this.file = file;
    this.lines = new LineMap(file.text());
  }

  /** The categories the sidebar gives the folders it lists; none where the config has none written out. */
  static MkDocsNav.Read read(SourceFile config, Diagnostics diags) {
    VitePressSidebar s = new VitePressSidebar(config);
    JsLiteral.Value root = JsLiteral.exported(config.text(), false);
    JsLiteral.Value sidebar = root instanceof JsLiteral.Obj c && c.get("themeConfig") instanceof JsLiteral.Obj theme ? theme.get("sidebar") : null;
    if (sidebar == null) {
      return new MkDocsNav.Read(Map.of(), List.of());
    }
    List<MkDocsNav.Item> items = new ArrayList<>();
    if (sidebar instanceof JsLiteral.Arr list) {
      items.addAll(s.items(list, "/", DocsKind.ROOT));
    } else if (sidebar instanceof JsLiteral.Obj parts) {
      parts.entries().forEach((path, v) -> {
        String base = path.startsWith("/") ? path : "/" + path;
        JsLiteral.Arr list = v instanceof JsLiteral.Arr a ? a : v instanceof JsLiteral.Obj o && o.get("items") instanceof JsLiteral.Arr a ? a : null;
        if (v instanceof JsLiteral.Obj o && o.string("base") != null) {
          base = o.string("base").strip();
        }
        String folder = handbook.content.Urls.normalize(DocsKind.ROOT + path.replaceAll("^/+", "").replaceAll("/*$", "/"));
        if (list == null || folder == null) {
          items.add(MkDocsNav.Item.unread(s.at(v)));
        } else if (folder.equals(DocsKind.ROOT)) {
          items.addAll(s.items(list, base, folder));
        } else {
          // the part's sidebar: a section of its folder, titled by the folder's page
          items.add(new MkDocsNav.Item(null, null, false, s.items(list, base, folder), s.at(v)));
        }
      });
    } else {
      items.add(MkDocsNav.Item.unread(s.at(sidebar)));
    }
    MkDocsNav.Read read = MkDocsNav.of(items, WORDS, diags);
    if (!s.merged.isEmpty()) {
      diags.add(
          Diagnostic.warning(MkDocsNav.CODE, s.merged.get(0), "the sidebar's groups of one folder's pages are shown as one list, without their titles" + (s.merged.size() > 1 ? " (" + s.merged.size() + " groups)" : "") + ": the menu follows the folders")
              .withHint("put each group's pages in a folder of its own, named by the group"));
    }
    return read;
  }

  /** The items of a list, their links read from {@code base}; a group of {@code folder}'s pages is put in as its items. */
  private List<MkDocsNav.Item> items(JsLiteral.Arr list, String base, String folder) {
    List<MkDocsNav.Item> out = new ArrayList<>();
    for (JsLiteral.Value v : list.items()) {
      if (!(v instanceof JsLiteral.Obj o)) {
        out.add(MkDocsNav.Item.unread(at(v)));
        continue;
      }
      String text = o.string("text");
      String own = o.string("base") != null ? o.string("base").strip() : base;
      if (o.get("items") instanceof JsLiteral.Arr inner) {
        List<MkDocsNav.Item> children = new ArrayList<>();
        if (o.string("link") != null) {
          children.add(page(null, o.string("link"), own, o));
        }
        children.addAll(items(inner, own, folder));
        String common = MkDocsNav.common(children, null);
        if (common != null && common.equals(folder)) {
          if (text != null) {
            merged.add(at(o));
          }
          out.addAll(children);
        } else {
          out.add(new MkDocsNav.Item(text, null, false, children, at(o)));
        }
      } else if (o.string("link") != null) {
        out.add(page(text, o.string("link"), own, o));
      } else {
        out.add(MkDocsNav.Item.unread(at(o)));
      }
    }
    return out;
  }

  /**
   * A page by its link: an address of the site ({@code /guide/setup}, {@code /guide/}, or
   * {@code setup} under the list's {@code base}) as the content path of its page
   * ({@code docs/guide/setup.md}, {@code docs/guide/index.md}); a link elsewhere as such.
   */
  private MkDocsNav.Item page(String text, String link, String base, JsLiteral.Obj at) {
    String l = link.strip();
    if (handbook.content.Urls.remote(l) || l.startsWith("//") || l.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      return new MkDocsNav.Item(text, l, true, null, at(at));
    }
    l = l.replaceFirst("[#?].*$", "");
    String address = l.startsWith("/") ? l : (base.endsWith("/") ? base : base + "/") + l;
    String path = handbook.content.Urls.normalize(DocsKind.ROOT + address.replaceAll("^/+", ""));
    if (path == null || !path.startsWith(DocsKind.ROOT)) {
      return MkDocsNav.Item.unread(at(at));
    }
    if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.md";
    } else if (path.endsWith(".html")) {
      path = path.substring(0, path.length() - ".html".length()) + ".md";
    } else if (!path.endsWith(".md")) {
      path = path + ".md";
    }
    return new MkDocsNav.Item(text == null || text.isBlank() ? null : text.strip(), path, false, null, at(at));
  }

  private Span at(JsLiteral.Value v) {
    return Span.at(file.displayPath(), lines.line(v.offset()), lines.column(v.offset()));
  }
}
