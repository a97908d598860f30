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
 * "Introduction", "Writing" in {@code /guide/}) is a group of the menu with its title.
 *
 * <p>A VuePress project's sidebar (its theme's {@code sidebar}) is read the same way, in its own
 * words: an item is a page's path ({@code '/guide/setup'}, {@code ''} for the folder's
 * {@code README.md}), {@code [path, title]}, or a group ({@code {title, path, children}} in
 * VuePress 1, {@code {text, link, prefix, children}} in VuePress 2).
 */
final class VitePressSidebar {
  private static final MkDocsNav.Words WORDS =
      new MkDocsNav.Words("the sidebar", "the items read are `{text, link}` and `{text, items: [...]}` (with `base`), written as literals");

  private static final MkDocsNav.Words VUEPRESS_WORDS =
      new MkDocsNav.Words("the sidebar", "the items read are a page's path, `[path, title]`, `{title, path, children}` and `{text, link, children}`, written as literals");

  private final SourceFile file;
  private final LineMap lines;
  /** A VuePress project's sidebar: the pages there, for its folders' pages ({@code README.md}); else null. */
  private final java.util.Set<String> vuePressPages;

  /** The folder of the language the site is built in, as the sidebar's links start with it ({@code /fr/}); null for the default one. */
  private final String language;

  private VitePressSidebar(SourceFile file, java.util.Set<String> vuePressPages, String language) {
    this.language = language;
    this.file = file;
    this.lines = new LineMap(file.text());
    this.vuePressPages = vuePressPages;
  }

  /**
   * The categories the sidebar gives the folders it lists; none where the config has none written
   * out. {@code vuePressPages}: the pages of a VuePress project, whose config it is; else null.
   * {@code language}: the language a VitePress or VuePress project is built in, whose locale's
   * sidebar (else the root's) is read, its links in the language's folder ({@code /fr/guide/})
   * those of its pages; null for one language.
   */
  static MkDocsNav.Read read(SourceFile config, java.util.Set<String> vuePressPages, handbook.config.SiteLocale language, Diagnostics diags) {
    boolean other = language != null && !language.isDefault();
    VitePressSidebar s = new VitePressSidebar(config, vuePressPages, other ? "/" + language.folder() : null);
    JsLiteral.Value root = JsLiteral.exported(config.text(), false);
    JsLiteral.Obj theme = !(root instanceof JsLiteral.Obj c) ? null : vuePressPages != null ? handbook.config.VuePressConfig.theme(config.text(), c) : c.get("themeConfig") instanceof JsLiteral.Obj t ? t : null;
    JsLiteral.Value sidebar = theme == null ? null : theme.get("sidebar");
    // (a language's own, the root locale's in the default one: VitePress' locale's themeConfig, VuePress' theme's locale)
    JsLiteral.Obj own =
        !(root instanceof JsLiteral.Obj c) ? null
            : vuePressPages != null ? (theme != null && theme.get("locales") instanceof JsLiteral.Obj locales && locales.get(other ? "/" + language.folder() : "/") instanceof JsLiteral.Obj o ? o : null)
            : c.get("locales") instanceof JsLiteral.Obj locales && locales.get(other ? language.code() : "root") instanceof JsLiteral.Obj locale && locale.get("themeConfig") instanceof JsLiteral.Obj o ? o : null;
    if (own != null && own.get("sidebar") != null) {
      sidebar = own.get("sidebar");
    }
    if (sidebar == null) {
      return new MkDocsNav.Read(Map.of(), List.of());
    }
    if (vuePressPages != null && sidebar instanceof JsLiteral.Str s1 && (s1.value().equals("auto") || s1.value().equals("heading") || s1.value().equals("false"))) {
      if (!s1.value().equals("false")) {
        diags.add(
            Diagnostic.warning(MkDocsNav.CODE, s.at(sidebar), "the sidebar of a page's own headings (`'" + s1.value() + "'`) is not shown: the menu follows the folders, a page's headings are in its table of contents"));
      }
      return new MkDocsNav.Read(Map.of(), List.of());
    }
    List<MkDocsNav.Item> items = new ArrayList<>();
    if (sidebar instanceof JsLiteral.Arr list) {
      items.addAll(s.items(list, "/"));
    } else if (sidebar instanceof JsLiteral.Obj parts) {
      parts.entries().forEach((key, v) -> {
        String path = s.inLanguage(key.startsWith("/") ? key : "/" + key);
        String base = path;
        JsLiteral.Arr list = v instanceof JsLiteral.Arr a ? a : v instanceof JsLiteral.Obj o && o.get("items") instanceof JsLiteral.Arr a ? a : null;
        if (vuePressPages != null && v instanceof JsLiteral.Str auto && auto.value().equals("auto")) {
          // (a part of the site whose sidebar is its pages' headings: its folder's order)
          return;
        }
        if (v instanceof JsLiteral.Obj o && o.string("base") != null) {
          base = o.string("base").strip();
        }
        String folder = handbook.content.Urls.normalize(DocsKind.ROOT + path.replaceAll("^/+", "").replaceAll("/*$", "/"));
        if (list == null || folder == null) {
          items.add(MkDocsNav.Item.unread(s.at(v)));
        } else if (folder.equals(DocsKind.ROOT)) {
          items.addAll(s.items(list, base));
        } else {
          // the part's sidebar: a section of its folder, titled by the folder's page
          items.add(new MkDocsNav.Item(null, null, false, s.items(list, base), s.at(v)));
        }
      });
    } else {
      items.add(MkDocsNav.Item.unread(s.at(sidebar)));
    }
    MkDocsNav.Read read = MkDocsNav.of(items, vuePressPages != null ? VUEPRESS_WORDS : WORDS, diags);
    return read;
  }

  /** The items of a list, their links read from {@code base}. */
  private List<MkDocsNav.Item> items(JsLiteral.Arr list, String base) {
    List<MkDocsNav.Item> out = new ArrayList<>();
    boolean vue = vuePressPages != null;
    for (JsLiteral.Value v : list.items()) {
      if (vue && v instanceof JsLiteral.Str path) {
        // VuePress: a page by its path
        out.add(page(null, path.value(), base, v));
        continue;
      }
      if (vue && v instanceof JsLiteral.Arr pair && !pair.items().isEmpty() && pair.items().get(0) instanceof JsLiteral.Str path && (pair.items().size() == 1 || pair.items().get(1) instanceof JsLiteral.Str)) {
        // VuePress 1: [path, title]
        out.add(page(pair.items().size() > 1 ? ((JsLiteral.Str) pair.items().get(1)).value() : null, path.value(), base, v));
        continue;
      }
      if (!(v instanceof JsLiteral.Obj o)) {
        out.add(MkDocsNav.Item.unread(at(v)));
        continue;
      }
      String text = o.string("text") != null || !vue ? o.string("text") : o.string("title");
      String own = vue ? (o.string("prefix") != null ? prefix(o.string("prefix").strip(), base) : base) : o.string("base") != null ? o.string("base").strip() : base;
      String link = o.string("link") != null || !vue ? o.string("link") : o.string("path");
      JsLiteral.Value group = o.get("items") != null || !vue ? o.get("items") : o.get("children");
      if (group instanceof JsLiteral.Arr inner) {
        // (a group with a link: its page, the group's items under it)
        List<MkDocsNav.Item> children = items(inner, own);
        out.add(link != null ? MkDocsNav.Item.headed(text, page(null, link, vue ? base : own, o), children, at(o)) : new MkDocsNav.Item(text, null, false, children, at(o)));
      } else if (link != null) {
        out.add(page(text, link, vue ? base : own, o));
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
  private MkDocsNav.Item page(String text, String link, String base, JsLiteral.Value at) {
    String l = link.strip();
    if (handbook.content.Urls.remote(l) || l.startsWith("//") || l.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      return new MkDocsNav.Item(text, l, true, null, at(at));
    }
    l = l.replaceFirst("[#?].*$", "");
    String address = inLanguage(l.startsWith("/") ? l : (base.endsWith("/") ? base : base + "/") + l);
    String path = handbook.content.Urls.normalize(DocsKind.ROOT + address.replaceAll("^/+", ""));
    if (path == null || !path.startsWith(DocsKind.ROOT)) {
      return MkDocsNav.Item.unread(at(at));
    }
    if (vuePressPages != null && (path.isEmpty() || path.endsWith("/") || address.endsWith("/"))) {
      // VuePress: a folder's page is its README.md (or index.md)
      String folder = path.endsWith("/") || path.isEmpty() ? path : path + "/";
      path = vuePressPages.contains(folder + "index.md") && !vuePressPages.contains(folder + "README.md") ? folder + "index.md" : folder + "README.md";
    } else if (vuePressPages != null && path.endsWith("/README")) {
      path = path + ".md";
    } else if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.md";
    } else if (path.endsWith(".html")) {
      path = path.substring(0, path.length() - ".html".length()) + ".md";
    } else if (!path.endsWith(".md")) {
      path = path + ".md";
    }
    return new MkDocsNav.Item(text == null || text.isBlank() ? null : text.strip(), path, false, null, at(at));
  }

  /** An address of the site in the language it is built in: without the language's folder ({@code /guide/} for {@code /fr/guide/}). */
  private String inLanguage(String address) {
    if (language == null) {
      return address;
    }
    return address.startsWith(language) ? address.substring(language.length() - 1) : address.equals(language.substring(0, language.length() - 1)) ? "/" : address;
  }

  /** A group's {@code prefix} (VuePress 2): from the list's own where it is relative. */
  private static String prefix(String prefix, String base) {
    return prefix.startsWith("/") ? prefix : (base.endsWith("/") ? base : base + "/") + prefix;
  }

  private Span at(JsLiteral.Value v) {
    return Span.at(file.displayPath(), lines.line(v.offset()), lines.column(v.offset()));
  }
}
