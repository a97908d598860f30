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
 * A Mintlify project's menu: the {@code navigation} of its {@code docs.json} (pages, groups, tabs,
 * anchors, dropdowns and products, of its default language and version), or of its
 * {@code mint.json} (a list of groups, its {@code tabs} by their folders), read as the order and
 * menu titles of the folders under {@code docs/}, as {@link StarlightSidebar} reads Starlight's. A
 * page is named by its path without extension ({@code essentials/settings}). A group is a group of
 * the menu with its title (a folder's section where its pages are that folder's, and no other
 * group's).
 */
final class MintlifyNav {
  static final MkDocsNav.Words WORDS =
      new MkDocsNav.Words("the navigation", "its entries read are pages by their paths (`essentials/settings`) and `groups`, `tabs`, `anchors`, `dropdowns` and `products` of them");

  private final SourceFile file;
  private final LineMap lines;
  private final Set<String> there;
  private final Diagnostics diags;
  /** The project's API specs shown as the site's API reference, by where they are shown ({@code api/openapi.json}). */
  private final Map<String, String> apis;
  /** The pages Mintlify makes of an API's operations, named once. */
  private final List<Span> operations = new ArrayList<>();
  private final List<String> operationNames = new ArrayList<>();
  /** The groups, tabs and anchors whose pages Mintlify makes of an API's spec ({@code openapi}), named once. */
  private final List<Span> specs = new ArrayList<>();

  private MintlifyNav(SourceFile file, Set<String> there, Map<String, String> apis, Diagnostics diags) {
    this.apis = apis;
    this.file = file;
    this.lines = new LineMap(file.text());
    this.there = there;
    this.diags = diags;
  }

  /**
   * The menu's items of a config (its file, and its value {@code root}; {@code there}: the pages;
   * {@code apis}: its specs shown as the site's API reference, by where); none where its
   * navigation is not written as Mintlify writes one. A tab or group of a spec shown leads to its
   * API reference.
   */
  static List<MkDocsNav.Item> read(SourceFile config, JsLiteral.Obj root, Set<String> there, Map<String, String> apis, Diagnostics diags) {
    MintlifyNav n = new MintlifyNav(config, there, apis, diags);
    JsLiteral.Value navigation = root == null ? null : root.get("navigation");
    List<MkDocsNav.Item> items = new ArrayList<>();
    if (navigation instanceof JsLiteral.Obj nav) {
      n.others(nav);
      items.addAll(n.level(handbook.config.MintlifyConfig.shown(nav), null));
    } else if (navigation instanceof JsLiteral.Arr groups) {
      items.addAll(n.mintJson(groups, root.get("tabs") instanceof JsLiteral.Arr tabs ? tabs : null));
    } else if (navigation != null) {
      items.add(MkDocsNav.Item.unread(n.at(navigation)));
    }
    if (!n.specs.isEmpty()) {
      diags.add(
          Diagnostic.warning(handbook.config.MintlifyConfig.CODE, n.specs.get(0), handbook.config.MintlifyConfig.NOT_SHOWN + " in the navigation (`openapi`)" + handbook.config.MintlifyConfig.NOT_SHOWN_WHY + (n.specs.size() > 1 ? " (nor those of " + (n.specs.size() - 1) + " more)" : ""))
              .withHint(handbook.config.MintlifyConfig.NOT_SHOWN_HINT));
    }
    if (!n.operations.isEmpty() && !apis.isEmpty()) {
      diags.add(
          Diagnostic.warning(handbook.config.MintlifyConfig.CODE, n.operations.get(0), "an API's operation in the navigation (`" + n.operationNames.get(0) + "`) is not in the menu: it is on the pages of the API reference" + (n.operations.size() > 1 ? " (as " + (n.operations.size() - 1) + " more are)" : ""))
              .withHint("a page of the project with `openapi: " + n.operationNames.get(0) + "` in its front matter shows the operation with its text"));
    } else if (!n.operations.isEmpty()) {
      diags.add(
          Diagnostic.warning(handbook.config.MintlifyConfig.CODE, n.operations.get(0), "the page Mintlify makes of an API's operation (`" + n.operationNames.get(0) + "`) is not made here" + (n.operations.size() > 1 ? " (nor " + (n.operations.size() - 1) + " more)" : ""))
              .withHint("the menu is built without it; Handbook's own API reference is made of the specs in `api/` of a Handbook site"));
    }
    return items;
  }

  /** The address of the API reference of a spec an {@code openapi} value names ({@code api/openapi/}), where it is shown; else null. */
  private String api(JsLiteral.Value value) {
    for (String local : handbook.config.MintlifyConfig.named(value)) {
      String shown = local == null ? null : handbook.config.MintlifyConfig.shownAt(local);
      if (shown != null && local.equals(apis.get(shown))) {
        return "api/" + handbook.markdown.Slugs.slugify(shown.substring(4).replaceFirst("\\.(ya?ml|json)$", "")) + "/";
      }
    }
    return null;
  }

  /** Names the languages and versions other than the one shown. */
  private void others(JsLiteral.Obj nav) {
    JsLiteral.Obj at = nav;
    for (int depth = 0; depth < 4 && at != null; depth++) {
      JsLiteral.Obj next = null;
      for (String kind : List.of("languages", "versions")) {
        if (at.get(kind) instanceof JsLiteral.Arr list && !list.items().isEmpty()) {
          next = handbook.config.MintlifyConfig.chosen(list);
          if (list.items().size() > 1) {
            String shown = next == null ? null : next.string(kind.equals("languages") ? "language" : "version");
            diags.add(
                Diagnostic.warning(handbook.config.MintlifyConfig.CODE, at(list), "the navigation's " + kind + " other than " + (shown == null ? "the first" : "`" + shown + "`") + " are not built here (" + (list.items().size() - 1) + " more)")
                    .withHint("the site is built of one " + (kind.equals("languages") ? "language's" : "version's") + " pages; the others' pages are published out of the menu"));
          }
          break;
        }
      }
      at = next;
    }
  }

  /** The items of one level of the navigation: its tabs, anchors, dropdowns, products, groups or pages. */
  private List<MkDocsNav.Item> level(JsLiteral.Obj o, String title) {
    List<MkDocsNav.Item> out = new ArrayList<>();
    for (Map.Entry<String, JsLiteral.Value> e : o.entries().entrySet()) {
      String label =
          switch (e.getKey()) {
            case "tabs" -> "tab";
            case "anchors" -> "anchor";
            case "dropdowns" -> "dropdown";
            case "products" -> "product";
            case "menu" -> "item";
            default -> null;
          };
      if (label != null && e.getValue() instanceof JsLiteral.Arr list) {
        for (JsLiteral.Value v : list.items()) {
          if (v instanceof JsLiteral.Obj section && !"true".equals(section.string("hidden"))) {
            List<MkDocsNav.Item> children = level(section, section.string(label));
            if (!children.isEmpty()) {
              group(section.string(label), children, section, out);
            }
          }
        }
      } else if (e.getKey().equals("groups") && e.getValue() instanceof JsLiteral.Arr list) {
        out.addAll(pages(list));
      } else if (e.getKey().equals("pages") && e.getValue() instanceof JsLiteral.Arr list) {
        out.addAll(pages(list));
      } else if (e.getKey().equals("openapi") && api(e.getValue()) != null) {
        // (the API reference of a spec shown: at the start of the tab or group that names it)
        out.add(0, new MkDocsNav.Item(title == null || title.isBlank() ? "API reference" : title.strip(), MkDocsNav.SITE + api(e.getValue()), true, null, at(e.getValue())));
      } else if (e.getKey().equals("openapi") || e.getKey().equals("asyncapi")) {
        specs.add(at(e.getValue()));
      } else if (e.getKey().equals("$ref")) {
        out.add(MkDocsNav.Item.unread(at(e.getValue())));
      }
    }
    return out;
  }

  /** A list of pages and groups. */
  private List<MkDocsNav.Item> pages(JsLiteral.Arr list) {
    List<MkDocsNav.Item> out = new ArrayList<>();
    for (JsLiteral.Value v : list.items()) {
      if (v instanceof JsLiteral.Str s) {
        MkDocsNav.Item page = page(s.value(), v);
        if (page != null) {
          out.add(page);
        }
      } else if (v instanceof JsLiteral.Obj g && g.get("group") != null) {
        if ("true".equals(g.string("hidden"))) {
          continue;
        }
        // (a group's own page, its root: the group's title leads there, its pages under it)
        MkDocsNav.Item root = g.string("root") == null ? null : page(g.string("root"), g.get("root"));
        List<MkDocsNav.Item> children = level(g, g.string("group"));
        String label = g.string("group");
        if (root != null) {
          out.add(MkDocsNav.Item.headed(label == null || label.isBlank() ? null : label.strip(), root, children, at(g)));
        } else {
          group(label, children, g, out);
        }
      } else {
        out.add(MkDocsNav.Item.unread(at(v)));
      }
    }
    return out;
  }

  /** A group of items: a section of the menu titled {@code label}, or its items in its place where it has no title. */
  private void group(String label, List<MkDocsNav.Item> children, JsLiteral.Value at, List<MkDocsNav.Item> out) {
    out.add(new MkDocsNav.Item(label == null || label.isBlank() ? null : label.strip(), null, false, children, at(at)));
  }

  /** A page by its path without extension ({@code essentials/settings}; {@code index} the home); null for an API's operation ({@code GET /users}), named. */
  private MkDocsNav.Item page(String name, JsLiteral.Value at) {
    String s = name.strip();
    if (s.matches("(?i)(?:\\S+\\s+)?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE|WEBHOOK)\\s+\\S+")) {
      operations.add(at(at));
      operationNames.add(s);
      return null;
    }
    if (handbook.content.Urls.remote(s)) {
      return new MkDocsNav.Item(null, s, true, null, at(at));
    }
    String stem = DocsKind.ROOT + s.replaceAll("^/+|/+$", "").replaceFirst("\\.mdx?$", "");
    for (String candidate : List.of(stem + ".mdx", stem + ".md")) {
      if (there.contains(candidate)) {
        return new MkDocsNav.Item(null, candidate, false, null, at(at));
      }
    }
    return new MkDocsNav.Item(null, stem + ".mdx", false, null, at(at));
  }

  /** mint.json's navigation: its groups, those of a tab's folder ({@code {name, url}}) under the tab's title. */
  private List<MkDocsNav.Item> mintJson(JsLiteral.Arr groups, JsLiteral.Arr tabs) {
    List<MkDocsNav.Item> all = pages(groups);
    if (tabs == null) {
      return all;
    }
    List<MkDocsNav.Item> out = new ArrayList<>(all);
    for (JsLiteral.Value v : tabs.items()) {
      if (!(v instanceof JsLiteral.Obj tab) || tab.string("url") == null || tab.string("name") == null || handbook.content.Urls.remote(tab.string("url").strip())) {
        continue;
      }
      String prefix = DocsKind.ROOT + tab.string("url").strip().replaceAll("^/+|/+$", "") + "/";
      List<MkDocsNav.Item> in = out.stream().filter(i -> {
        String common = MkDocsNav.common(List.of(i), null);
        return common != null && common.startsWith(prefix);
      }).toList();
      if (!in.isEmpty()) {
        int first = out.indexOf(in.get(0));
        out.removeAll(in);
        out.add(first, new MkDocsNav.Item(tab.string("name").strip(), null, false, List.copyOf(in), at(tab)));
      }
    }
    return out;
  }

  private Span at(JsLiteral.Value v) {
    return Span.at(file.displayPath(), lines.line(v.offset()), lines.column(v.offset()));
  }
}
