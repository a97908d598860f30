package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Mintlify project's config ({@code docs.json}, or {@code mint.json} as Mintlify had it
 * before) says of the site. Its pages are the Markdown and MDX files of its folder, each at its
 * path without the extension ({@code essentials/settings.mdx} at {@code essentials/settings/}),
 * {@code index.mdx} the home; those of {@code snippets/}, Mintlify's own ignored files and those
 * its {@code .mintignore} names are none. The menu ({@code navigation}) is read by the docs kind.
 *
 * @param title {@code name}, or null
 * @param description {@code description}, or null
 * @param color {@code colors.primary} ({@code #16A34A}), or null
 * @param logo {@code logo} (its light one where it has two), a content path, or null
 * @param favicon {@code favicon} (its light one where it has two), a content path, or null
 * @param links the navbar's links and its primary button (a GitHub one too), the navigation's
 *     global anchors and its tabs and anchors that link elsewhere: the header's
 * @param footer the footer's social links and its columns of links
 * @param redirects {@code redirects}: {@code {source, destination}}
 * @param tabs whether its navigation has tabs of pages (the top of the menu is tabs then, as
 *     Mintlify shows them)
 */
public record MintlifyConfig(
    String title, String description, String color, String logo, String favicon, List<SiteLink> links, List<SiteLink> footer, List<DocusaurusConfig.Redirect> redirects, boolean tabs) {
  public static final String CODE = "config.mintlify";

  /** Mintlify's config files, the first one there read ({@code mint.json} is the one it had before). */
  public static final List<String> FILES = List.of("docs.json", "mint.json");

  /** The folder of a Mintlify project's reusable content, imported by its pages: no page. */
  public static final String SNIPPETS = "snippets/";

  /** The file naming the files Mintlify leaves out, in {@code .gitignore}'s syntax. */
  public static final String IGNORE = ".mintignore";

  /** The folders and files Mintlify leaves out without being told. */
  private static final Set<String> IGNORED_FOLDERS = Set.of("node_modules", "build", "dist", "coverage", "tmp", "temp");

  private static final Set<String> IGNORED_FILES = Set.of("README.md", "LICENSE.md", "CHANGELOG.md", "CONTRIBUTING.md");

  /** Keys read here, or that change nothing of what is built here (the look of Mintlify's own theme, its client's behaviour). */
  private static final Set<String> READ =
      Set.of(
          "$schema", "name", "description", "theme", "colors", "logo", "favicon", "navigation", "navbar", "footer", "redirects", "seo", "appearance", "background", "fonts", "icons", "styling",
          "interaction", "contextual", "thumbnails", "metadata", "search", "errors", "api", "tabs", "anchors", "topbarLinks", "topbarCtaButton", "footerSocials", "modeToggle", "feedback",
          "layout", "sidebar", "topAnchor", "rounded", "backgroundImage", "codeBlock", "font");

  /** Whether a {@code docs.json}'s text is Mintlify's: it names Mintlify's schema, or has its navigation and theme. */
  public static boolean uses(String name, String text) {
    if (text == null) {
      return false;
    }
    if (name.equals("mint.json")) {
      return text.contains("\"navigation\"");
    }
    return text.contains("mintlify.com/") || text.contains("\"navigation\"") && text.contains("\"theme\"") && text.contains("\"name\"");
  }

  /** The config file of a Mintlify project among the files of the content ({@code text} gives a file's text, or null), or null. */
  public static String file(java.util.function.Function<String, String> text) {
    for (String f : FILES) {
      if (uses(f, text.apply(f))) {
        return f;
      }
    }
    return null;
  }

  /** Whether a page's file (a path in the project) is one Mintlify leaves out without being told: in its ignored folders, a hidden one, or a README. */
  public static boolean ignored(String path) {
    String[] parts = path.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".") || IGNORED_FOLDERS.contains(parts[i])) {
        return true;
      }
    }
    return path.startsWith(SNIPPETS) || IGNORED_FILES.contains(path);
  }

  /** The config's value at the top: its object, or null where it is not one. */
  public static JsLiteral.Obj root(String text) {
    return JsLiteral.exported(text, true) instanceof JsLiteral.Obj o ? o : null;
  }

  /**
   * The config of a {@code docs.json} or {@code mint.json} (at {@code path} in the content, {@code
   * file} in messages; {@code files}: the content's); what it cannot take is named.
   */
  public static MintlifyConfig read(String text, String path, String file, Set<String> files, Diagnostics diags) {
    JsLiteral.Obj config = root(text);
    if (config == null) {
      diags.add(Diagnostic.warning(CODE, Span.file(file), "Mintlify's config is not read: it is no JSON object").withHint("the site is built with the defaults; the menu follows the folders"));
      return new MintlifyConfig(null, null, null, null, null, List.of(), List.of(), List.of(), false);
    }
    Reader r = new Reader(text, file, path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "", diags);
    for (Map.Entry<String, JsLiteral.Value> e : config.entries().entrySet()) {
      Span at = r.at(e.getValue());
      switch (e.getKey()) {
        case "integrations", "analytics" -> diags.add(Diagnostic.warning(CODE, at, "`" + e.getKey() + "` of Mintlify's config is not loaded: the site loads nothing from other hosts"));
        case "banner" -> diags.add(Diagnostic.warning(CODE, at, "Mintlify's `banner` is not shown here").withHint("the site is built without it"));
        case "openapi", "asyncapi" -> {
          // (a spec of the project's own is the site's API reference)
          Map<String, String> shown = specs(config);
          boolean all = e.getKey().equals("openapi") && named(e.getValue()).stream().allMatch(local -> local != null && local.equals(shown.get(shownAt(local))) && files.contains(shownAt(local)));
          if (!all) {
            diags.add(Diagnostic.warning(CODE, at, NOT_SHOWN + " (`" + e.getKey() + "`)" + NOT_SHOWN_WHY).withHint(NOT_SHOWN_HINT));
          }
        }
        case "versions", "i18n" -> diags.add(Diagnostic.warning(CODE, at, "`" + e.getKey() + "` of Mintlify's config is not followed here").withHint("the pages are built as one version, in one language"));
        default -> {
          if (!READ.contains(e.getKey())) {
            diags.add(Diagnostic.warning(CODE, at, "`" + e.getKey() + "` of Mintlify's config is not read here").withHint("the site is built without it"));
          }
        }
      }
    }
    String name = config.string("name");
    String description = config.string("description");
    String color = config.get("colors") instanceof JsLiteral.Obj colors ? colors.string("primary") : null;
    if (color != null && !color.strip().matches("#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?")) {
      diags.add(Diagnostic.warning(CODE, r.at(((JsLiteral.Obj) config.get("colors")).get("primary")), "`colors.primary` is no colour written as `#rrggbb`: the site's own colour is used"));
      color = null;
    }
    List<SiteLink> links = new ArrayList<>();
    List<SiteLink> footer = new ArrayList<>();
    // docs.json's navbar: links and the primary button
    if (config.get("navbar") instanceof JsLiteral.Obj navbar) {
      if (navbar.get("links") instanceof JsLiteral.Arr list) {
        for (JsLiteral.Value v : list.items()) {
          r.link(v, "label", "href", links);
        }
      }
      if (navbar.get("primary") instanceof JsLiteral.Obj primary) {
        r.button(primary, "label", "href", links);
      }
    }
    // mint.json's
    if (config.get("topbarLinks") instanceof JsLiteral.Arr list) {
      for (JsLiteral.Value v : list.items()) {
        r.link(v, "name", "url", links);
      }
    }
    if (config.get("topbarCtaButton") instanceof JsLiteral.Obj cta) {
      r.button(cta, "name", "url", links);
    }
    JsLiteral.Value navigation = config.get("navigation");
    boolean tabs = false;
    if (navigation instanceof JsLiteral.Obj nav) {
      // (of its default language and version: the others are named by the docs kind)
      JsLiteral.Obj shown = shown(nav);
      tabs = shown.get("tabs") instanceof JsLiteral.Arr list && list.items().stream().anyMatch(v -> v instanceof JsLiteral.Obj tab && tab.string("href") == null);
      // the global anchors and tabs (of the navigation, or of the language shown)
      for (JsLiteral.Obj o : nav == shown ? List.of(nav) : List.of(nav, shown)) {
        if (o.get("global") instanceof JsLiteral.Obj global) {
          for (String kind : List.of("anchors", "tabs")) {
            if (global.get(kind) instanceof JsLiteral.Arr list) {
              for (JsLiteral.Value v : list.items()) {
                r.link(v, kind.equals("anchors") ? "anchor" : "tab", "href", links);
              }
            }
          }
        }
      }
      // the tabs and anchors that link elsewhere
      for (String kind : List.of("tabs", "anchors")) {
        if (shown.get(kind) instanceof JsLiteral.Arr list) {
          for (JsLiteral.Value v : list.items()) {
            if (v instanceof JsLiteral.Obj item && item.string("href") != null && handbook.content.Urls.remote(item.string("href").strip())) {
              r.link(v, kind.equals("anchors") ? "anchor" : "tab", "href", links);
            }
          }
        }
      }
    } else if (navigation instanceof JsLiteral.Arr) {
      // mint.json's anchors: by a folder, or elsewhere
      if (config.get("anchors") instanceof JsLiteral.Arr anchors) {
        for (JsLiteral.Value v : anchors.items()) {
          if (v instanceof JsLiteral.Obj a && a.string("url") != null && handbook.content.Urls.remote(a.string("url").strip())) {
            r.link(v, "name", "url", links);
          }
        }
      }
    }
    // the footer's social links: by the network's name
    JsLiteral.Value socials = config.get("footer") instanceof JsLiteral.Obj f ? f.get("socials") : config.get("footerSocials");
    if (socials instanceof JsLiteral.Obj byName) {
      byName.entries().forEach((network, v) -> {
        if (v instanceof JsLiteral.Str s && handbook.content.Urls.remote(s.value().strip())) {
          footer.add(new SiteLink(network(network), s.value().strip(), r.at(v), false));
        }
      });
    } else if (socials instanceof JsLiteral.Arr list) {
      for (JsLiteral.Value v : list.items()) {
        if (v instanceof JsLiteral.Obj o && o.string("type") != null && o.string("url") != null && handbook.content.Urls.remote(o.string("url").strip())) {
          footer.add(new SiteLink(network(o.string("type")), o.string("url").strip(), r.at(v), false));
        }
      }
    }
    if (config.get("footer") instanceof JsLiteral.Obj f && f.get("links") instanceof JsLiteral.Arr columns) {
      // the footer's columns of links
      for (JsLiteral.Value c : columns.items()) {
        if (c instanceof JsLiteral.Obj column && column.get("items") instanceof JsLiteral.Arr items) {
          List<SiteLink> in = new ArrayList<>();
          for (JsLiteral.Value v : items.items()) {
            r.link(v, "label", "href", in);
          }
          String header = column.string("header");
          in.forEach(l -> footer.add(header == null || header.isBlank() ? l : l.in(header.strip())));
        }
      }
    }
    return new MintlifyConfig(
        name == null || name.isBlank() ? null : name.strip(),
        description == null || description.isBlank() ? null : description.strip(),
        color == null ? null : color.strip().length() == 4 ? color.strip().replaceAll("([0-9a-fA-F])", "$1$1") : color.strip(),
        r.file(config.get("logo"), files),
        r.file(config.get("favicon"), files),
        List.copyOf(links),
        List.copyOf(footer),
        redirects(config, r),
        tabs);
  }

  /**
   * The API specs of the project a config names ({@code openapi}, at its top or in its navigation:
   * a path, a list of them, or {@code {source}}), by where they are shown for the site's API
   * reference ({@code api/openapi.json}): their paths in the project, those in it alone (a spec at
   * another address is named by the config's reader), the first of one name.
   */
  public static Map<String, String> specs(String text) {
    return specs(text == null ? null : root(text));
  }

  /** The same, of a config read ({@link #root}; null for none). */
  public static Map<String, String> specs(JsLiteral.Obj config) {
    Map<String, String> out = new java.util.TreeMap<>();
    if (config != null) {
      specs(config, out, 0);
    }
    return out;
  }

  /** The specs an {@code openapi} value names (a path, a list of them, {@code {source}}): each one's path in the project, or null where it names none (another address). */
  public static List<String> named(JsLiteral.Value value) {
    List<String> out = new ArrayList<>();
    for (JsLiteral.Value n : value instanceof JsLiteral.Arr a ? a.items() : List.of(value)) {
      String path = n instanceof JsLiteral.Str s ? s.value() : n instanceof JsLiteral.Obj src && src.get("source") instanceof JsLiteral.Str s ? s.value() : null;
      out.add(path == null ? null : localSpec(path));
    }
    return out;
  }

  /** Where a spec of the project ({@code api-reference/openapi.json}) is shown for the API reference: {@code api/openapi.json}. */
  public static String shownAt(String local) {
    return "api/" + local.substring(local.lastIndexOf('/') + 1);
  }

  private static void specs(JsLiteral.Value v, Map<String, String> out, int depth) {
    if (depth > 40) {
      return;
    }
    if (v instanceof JsLiteral.Obj o) {
      o.entries().forEach((key, value) -> {
        if (key.equals("openapi")) {
          named(value).stream().filter(java.util.Objects::nonNull).forEach(local -> out.putIfAbsent(shownAt(local), local));
        } else if (key.equals("navigation") || depth > 0) {
          specs(value, out, depth + 1);
        }
      });
    } else if (v instanceof JsLiteral.Arr a) {
      a.items().forEach(item -> specs(item, out, depth + 1));
    }
  }

  /** A spec's path in the project ({@code api-reference/openapi.json}) where one names a file of it, else null. */
  private static String localSpec(String path) {
    String p = path.strip();
    if (handbook.content.Urls.remote(p) || p.matches("(?i)[a-z][a-z0-9+.-]*:.*") || !p.matches("(?i).+\\.(json|ya?ml)")) {
      return null;
    }
    p = p.replaceAll("^(\\./|/)+", "");
    String n = handbook.content.Urls.normalize(p);
    return n == null || n.isEmpty() || n.startsWith("../") ? null : n;
  }

  /** What is said of a spec (or a list of them) that is not the site's API reference: an AsyncAPI spec, one at another address or no file of the project. */
  public static final String NOT_SHOWN = "the pages Mintlify makes of an API's spec";

  public static final String NOT_SHOWN_WHY = " are not made here: it is no OpenAPI spec in the project";

  public static final String NOT_SHOWN_HINT = "an OpenAPI spec in the project, named by its path (`\"openapi\": \"openapi.json\"`), is the site's API reference; the site loads nothing from other hosts";

  /** Whether a config's {@code seo.indexing} is {@code all}: the pages out of the menu are searched too. */
  public static boolean indexesHidden(JsLiteral.Obj config) {
    return config != null && config.get("seo") instanceof JsLiteral.Obj seo && "all".equals(seo.string("indexing"));
  }

  /**
   * The navigation shown: of the default language (the one marked {@code default}, else the first)
   * and of the default version, where the navigation has several; else the navigation itself.
   */
  public static JsLiteral.Obj shown(JsLiteral.Obj nav) {
    JsLiteral.Obj at = nav;
    for (int depth = 0; depth < 4; depth++) {
      JsLiteral.Obj next = null;
      for (String kind : List.of("languages", "versions")) {
        if (at.get(kind) instanceof JsLiteral.Arr list && !list.items().isEmpty()) {
          next = chosen(list);
          break;
        }
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
    return at;
  }

  /** The language or version of a list that is shown: the one marked {@code default: true}, else the first. */
  public static JsLiteral.Obj chosen(JsLiteral.Arr list) {
    JsLiteral.Obj first = null;
    for (JsLiteral.Value v : list.items()) {
      if (v instanceof JsLiteral.Obj o) {
        if ("true".equals(o.string("default"))) {
          return o;
        }
        first = first == null ? o : first;
      }
    }
    return first;
  }

  /** Mintlify's redirects: {@code {source, destination}}; one with a parameter ({@code :slug}, {@code *}) is named. */
  private static List<DocusaurusConfig.Redirect> redirects(JsLiteral.Obj config, Reader r) {
    List<DocusaurusConfig.Redirect> out = new ArrayList<>();
    if (!(config.get("redirects") instanceof JsLiteral.Arr list)) {
      return out;
    }
    for (JsLiteral.Value v : list.items()) {
      String from = v instanceof JsLiteral.Obj o ? o.string("source") : null;
      String to = v instanceof JsLiteral.Obj o ? o.string("destination") : null;
      if (from == null || to == null) {
        r.diags.add(Diagnostic.warning(CODE, r.at(v), "a redirect is not made: it has no `source` and `destination` written as strings"));
      } else if (from.contains(":") || from.contains("*") || to.contains(":") && !handbook.content.Urls.remote(to.strip())) {
        r.diags.add(Diagnostic.warning(CODE, r.at(v), "the redirect from `" + from + "` is not made: a redirect with parameters (`:slug`, `*`) is not made here"));
      } else {
        out.add(new DocusaurusConfig.Redirect(from.strip(), to.strip(), r.at(v)));
      }
    }
    return List.copyOf(out);
  }

  /** A network's name as a link's words ({@code x} is X, {@code github} GitHub). */
  private static String network(String key) {
    return switch (key.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "x", "twitter" -> "X";
      case "github" -> "GitHub";
      case "linkedin" -> "LinkedIn";
      case "youtube" -> "YouTube";
      case "hacker-news" -> "Hacker News";
      case "website" -> "Website";
      default -> key.isEmpty() ? key : Character.toUpperCase(key.strip().charAt(0)) + key.strip().substring(1);
    };
  }

  /** Reads the parts of one config. */
  private static final class Reader {
    final String text;
    final String file;
    /** The folder of the config, which its paths start from. */
    final String folder;
    final Diagnostics diags;

    Reader(String text, String file, String folder, Diagnostics diags) {
      this.text = text;
      this.file = file;
      this.folder = folder;
      this.diags = diags;
    }

    Span at(JsLiteral.Value v) {
      return JsLiteral.span(text, file, v.offset());
    }

    /** A link {@code {label, href}} (its keys' names given) into {@code out}; a page of the site's by its address ({@code /quickstart}). */
    void link(JsLiteral.Value v, String label, String href, List<SiteLink> out) {
      if (!(v instanceof JsLiteral.Obj o) || o.string(href) == null || o.string(href).isBlank()) {
        return;
      }
      String words = o.string(label);
      out.add(new SiteLink(words == null || words.isBlank() ? null : words.strip(), o.string(href).strip(), at(v), false));
    }

    /** The navbar's primary button: a link, or a link to the GitHub repository it names ({@code type: github}). */
    void button(JsLiteral.Obj o, String label, String href, List<SiteLink> out) {
      if ("github".equals(o.string("type")) && o.string(href) != null) {
        out.add(new SiteLink("GitHub", o.string(href).strip(), at(o), false));
      } else {
        link(o, label, href, out);
      }
    }

    /** A file the config names from the project's root ({@code /logo/light.svg}), its light one where it names two; null where there is no such file. */
    String file(JsLiteral.Value v, Set<String> files) {
      String path = v instanceof JsLiteral.Str s ? s.value() : v instanceof JsLiteral.Obj o ? (o.string("light") != null ? o.string("light") : o.string("dark")) : null;
      if (path == null || handbook.content.Urls.remote(path.strip())) {
        return null;
      }
      String p = handbook.content.Urls.normalize(folder + path.strip().replaceFirst("^(\\./)+", "").replaceFirst("^/+", ""));
      if (p == null || !files.contains(p)) {
        if (p != null) {
          diags.add(Diagnostic.warning(CODE, at(v), "`" + path.strip() + "` is no file of the project: it is not shown"));
        }
        return null;
      }
      return p;
    }
  }
}
