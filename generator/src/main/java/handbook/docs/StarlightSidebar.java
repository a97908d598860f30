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
import java.util.Set;

/**
 * An Astro Starlight project's sidebar (the {@code sidebar} of the options its config gives
 * {@code starlight({...})}), read as the order and menu titles of the folders under {@code docs/},
 * as {@link VitePressSidebar} reads VitePress': the config is not run, the sidebar is read where it
 * is written as literals. An item is a page by its slug ({@code 'guides/example'},
 * {@code {slug, label}}), a link ({@code {label, link}}: a page by its address, or elsewhere), a
 * group ({@code {label, items}}), or a folder's pages ({@code {label, autogenerate: {directory}}}).
 * A group whose pages are in the folder of the list around it is a group of the menu with its title.
 */
final class StarlightSidebar {
  private static final MkDocsNav.Words WORDS =
      new MkDocsNav.Words("the sidebar", "the items read are a page's slug, `{slug, label}`, `{label, link}`, `{label, items: [...]}` and `{label, autogenerate: {directory}}`, written as literals");

  private final SourceFile file;
  private final LineMap lines;
  /** The pages there are, by their content paths as slugs write them (in lower case, hyphens for spaces). */
  private final Map<String, String> pages = new java.util.HashMap<>();
  /** The language the site is built in (a label's {@code translations} into it are its label), or null. */
  private final handbook.config.SiteLocale language;

  private StarlightSidebar(SourceFile file, Set<String> there, handbook.config.SiteLocale language) {
    this.file = file;
    this.language = language;
    this.lines = new LineMap(file.text());
    there.stream().sorted().forEach(p -> pages.putIfAbsent(slugged(p), p));
  }

  /**
   * The categories the sidebar gives the folders it lists ({@code there}: the pages), its labels in
   * the {@code language} the site is built in (or null); none where the config has none written out.
   */
  static MkDocsNav.Read read(SourceFile config, Set<String> there, handbook.config.SiteLocale language, Diagnostics diags) {
    StarlightSidebar s = new StarlightSidebar(config, there, language);
    JsLiteral.Value root = JsLiteral.exported(config.text(), false);
    JsLiteral.Obj options = root instanceof JsLiteral.Obj astro ? handbook.config.StarlightConfig.options(config.text(), astro) : null;
    JsLiteral.Value sidebar = options == null ? null : options.get("sidebar");
    if (sidebar == null) {
      return new MkDocsNav.Read(Map.of(), List.of());
    }
    List<MkDocsNav.Item> items = new ArrayList<>();
    if (sidebar instanceof JsLiteral.Arr list) {
      items.addAll(s.items(list));
    } else {
      items.add(MkDocsNav.Item.unread(s.at(sidebar)));
    }
    MkDocsNav.Read read = MkDocsNav.of(items, WORDS, diags);
    return read;
  }

  /** The items of a list. */
  private List<MkDocsNav.Item> items(JsLiteral.Arr list) {
    List<MkDocsNav.Item> out = new ArrayList<>();
    for (JsLiteral.Value v : list.items()) {
      if (v instanceof JsLiteral.Str slug) {
        out.add(slug(null, slug.value(), v));
        continue;
      }
      if (!(v instanceof JsLiteral.Obj o)) {
        out.add(MkDocsNav.Item.unread(at(v)));
        continue;
      }
      String label = label(o);
      List<MkDocsNav.Item> children = null;
      if (o.get("items") instanceof JsLiteral.Arr inner) {
        children = items(inner);
      } else if (o.get("autogenerate") instanceof JsLiteral.Obj auto && auto.string("directory") != null) {
        String dir = handbook.content.Urls.normalize(DocsKind.ROOT + auto.string("directory").strip().replaceAll("^/+|/+$", "") + "/");
        children = dir == null || !dir.startsWith(DocsKind.ROOT) ? null : List.of(MkDocsNav.Item.folderPages(dir, at(o)));
      }
      if (children != null) {
        out.add(new MkDocsNav.Item(label, null, false, children, at(o)));
      } else if (o.string("slug") != null) {
        out.add(slug(label, o.string("slug"), o));
      } else if (o.string("link") != null) {
        out.add(link(label, o.string("link"), o));
      } else {
        out.add(MkDocsNav.Item.unread(at(o)));
      }
    }
    return out;
  }

  /** An item's label: its {@code translations}' into the language the site is built in (by its tag, {@code pt-BR}), else its {@code label}. */
  private String label(JsLiteral.Obj item) {
    if (language != null && item.get("translations") instanceof JsLiteral.Obj translations) {
      for (Map.Entry<String, JsLiteral.Value> e : translations.entries().entrySet()) {
        if (e.getValue() instanceof JsLiteral.Str s && !s.value().isBlank() && (e.getKey().equalsIgnoreCase(language.tag()) || e.getKey().equalsIgnoreCase(language.code()))) {
          return s.value();
        }
      }
    }
    return item.string("label");
  }

  /** A page by its slug ({@code guides/example}; {@code ''} or {@code index} the home): its file, as there is one. */
  private MkDocsNav.Item slug(String label, String slug, JsLiteral.Value at) {
    String s = slug.strip().replaceAll("^/+|/+$", "");
    String stem = s.isEmpty() || s.equals("index") ? DocsKind.ROOT + "index" : DocsKind.ROOT + s;
    String path = null;
    for (String candidate : List.of(stem + ".md", stem + ".mdx", stem + "/index.md", stem + "/index.mdx", stem + ".markdown")) {
      path = pages.get(slugged(candidate));
      if (path != null) {
        break;
      }
    }
    return new MkDocsNav.Item(label == null || label.isBlank() ? null : label.strip(), path != null ? path : stem + ".md", false, null, at(at));
  }

  /** A link: a page by its address ({@code /guides/example/}), or a link elsewhere. */
  private MkDocsNav.Item link(String label, String link, JsLiteral.Value at) {
    String l = link.strip();
    if (handbook.content.Urls.remote(l) || l.startsWith("//") || l.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
      return new MkDocsNav.Item(label, l, true, null, at(at));
    }
    String address = l.replaceFirst("[#?].*$", "");
    if (!address.startsWith("/") || handbook.content.Urls.normalize(address.substring(1)) == null && !address.equals("/")) {
      return MkDocsNav.Item.unread(at(at));
    }
    return slug(label, address, at);
  }

  /** A path as Starlight's slugs write it: in lower case, hyphens for spaces. */
  private static String slugged(String path) {
    return path.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  private Span at(JsLiteral.Value v) {
    return Span.at(file.displayPath(), lines.line(v.offset()), lines.column(v.offset()));
  }
}
