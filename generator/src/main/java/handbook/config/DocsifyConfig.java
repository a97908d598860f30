package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Docsify site's {@code index.html} says of it: the object it gives
 * {@code window.$docsify}, read as literals ({@link JsLiteral}; the page's scripts are not run).
 * Its pages are the Markdown files of the folder of its {@code index.html} ({@code docs/}, or the
 * root), each at its path ({@code guide.md} at {@code guide/}, a folder's {@code README.md} at the
 * folder), but the files named with a leading {@code _} ({@code _sidebar.md}, {@code _media/});
 * its sidebar ({@code _sidebar.md}) is read by the docs kind.
 *
 * @param title {@code name} (its words, where it is HTML), or null
 * @param repository {@code repo} ({@code user/repo} on GitHub, or an address), a link in the header, or null
 * @param sidebar the sidebar's file ({@code loadSidebar: true} is {@code _sidebar.md}), or null
 * @param logo {@code logo}, a content path, or null
 * @param navbar the navbar's file ({@code loadNavbar: true} is {@code _navbar.md}), or null
 * @param links the navbar's links, in the header ({@link #withNavbar})
 * @param relativePath {@code relativePath: true}: a page's links are read from its folder; else,
 *     as Docsify reads them by default, from the pages' folder ({@code guide.md} in
 *     {@code zh-cn/README.md} is the root's {@code guide.md})
 */
public record DocsifyConfig(String title, SiteLink repository, String sidebar, String logo, String navbar, List<SiteLink> links, boolean relativePath) {
  public static final String CODE = "config.docsify";

  /** Where a Docsify site's {@code index.html} is: its pages' folder. */
  public static final List<String> FILES = List.of("index.html", Project.DOCS + "index.html");

  /** The assignment of its config. */
  private static final Pattern CONFIG = Pattern.compile("window\\s*\\.\\s*\\$docsify\\s*=\\s*");

  /** The options read here, or that change nothing here (its client's behaviour). */
  private static final Set<String> READ =
      Set.of(
          "name", "repo", "loadSidebar", "loadNavbar", "relativePath", "logo", "subMaxLevel", "maxLevel", "auto2top", "executeScript", "noEmoji", "mergeNavbar", "formatUpdated", "externalLinkTarget",
          "externalLinkRel", "cornerExternalLinkTarget", "routerMode", "noCompileLinks", "onlyCover", "requestHeaders", "notFoundPage", "topMargin", "search", "pagination", "copyCode",
          "count", "tabs", "themeColor", "nameLink", "el", "crossOriginLinks", "catchPluginErrors", "skipLink", "keyBindings", "vueComponents", "vueGlobalOptions", "vueMounts", "zoomImage");

  /** Whether an HTML file is a Docsify site's page: it loads Docsify and sets its config. */
  public static boolean uses(String html) {
    return html != null && html.contains("docsify") && CONFIG.matcher(html).find();
  }

  /** Docsify's {@code index.html} among the files of the content, where its text says it is Docsify's ({@code text} gives a file's text, or null). */
  public static String file(java.util.function.Function<String, String> text) {
    for (String f : FILES) {
      if (uses(text.apply(f))) {
        return f;
      }
    }
    return null;
  }

  /** The config of an {@code index.html}'s text (at {@code path} in the content, {@code file} in messages); what it cannot take is named. */
  public static DocsifyConfig read(String text, String path, String file, Set<String> files, Diagnostics diags) {
    Matcher m = CONFIG.matcher(text);
    JsLiteral.Value value = m.find() ? JsLiteral.at(text, m.end()) : null;
    if (!(value instanceof JsLiteral.Obj config)) {
      diags.add(
          Diagnostic.warning(CODE, value == null ? Span.file(file) : JsLiteral.span(text, file, value.offset()), "Docsify's config is not read: `window.$docsify` is not given an object written out")
              .withHint("the page's scripts are not run; the menu follows the folders"));
      return new DocsifyConfig(null, null, null, null, null, List.of(), false);
    }
    String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    for (Map.Entry<String, JsLiteral.Value> e : config.entries().entrySet()) {
      Span at = JsLiteral.span(text, file, e.getValue().offset());
      switch (e.getKey()) {
        case "coverpage", "homepage", "alias", "basePath", "plugins", "markdown", "loadFooter" -> {
          if (!(e.getValue() instanceof JsLiteral.Str s && (s.value().equals("false") || e.getKey().equals("homepage") && s.value().equals("README.md")))) {
            diags.add(Diagnostic.warning(CODE, at, "`" + e.getKey() + "` of Docsify's config is not followed here").withHint(hint(e.getKey())));
          }
        }
        default -> {
          if (!READ.contains(e.getKey())) {
            diags.add(Diagnostic.warning(CODE, at, "`" + e.getKey() + "` of Docsify's config is not read here").withHint("the site is built without it"));
          }
        }
      }
    }
    String name = config.string("name");
    String title = name == null || name.isBlank() ? null : org.jsoup.Jsoup.parse(name).text().strip();
    String repo = config.string("repo");
    SiteLink repository = null;
    if (repo != null && !repo.isBlank()) {
      String address = handbook.content.Urls.remote(repo.strip()) ? repo.strip() : repo.strip().matches("[\\w.-]+/[\\w.-]+") ? "https://github.com/" + repo.strip() : null;
      if (address != null) {
        repository = new SiteLink(address.contains("github.com") ? "GitHub" : address.contains("gitlab") ? "GitLab" : "Repository", address, JsLiteral.span(text, file, config.get("repo").offset()), false);
      }
    }
    JsLiteral.Value load = config.get("loadSidebar");
    String sidebar = load instanceof JsLiteral.Str s && !s.value().equals("false") ? (s.value().equals("true") ? "_sidebar.md" : s.value().strip()) : null;
    JsLiteral.Value loadNavbar = config.get("loadNavbar");
    String navbar = loadNavbar instanceof JsLiteral.Str s && !s.value().equals("false") ? (s.value().equals("true") ? "_navbar.md" : s.value().strip()) : null;
    String logo = config.string("logo");
    String logoPath = logo == null || handbook.content.Urls.remote(logo) ? null : handbook.content.Urls.normalize(folder + logo.strip().replaceFirst("^(\\./)+", "").replaceFirst("^/+", ""));
    return new DocsifyConfig(
        title == null || title.isEmpty() ? null : title, repository, sidebar,
        logoPath != null && files.contains(logoPath) ? logoPath : null, navbar, List.of(), config.get("relativePath") instanceof JsLiteral.Str r && r.value().equals("true"));
  }

  /** A Markdown list item's link: its indentation, words and address. */
  private static final Pattern NAV_LINK = Pattern.compile("^[ \\t]*[-*+][ \\t]+\\[([^\\]\\n]+)\\]\\(\\s*([^)\\s]+)[^)\\n]*\\)");

  /**
   * The same with its navbar's links ({@code _navbar.md}'s text, of {@code file}, or null) in the
   * header: each link of its lists, those of a group (a dropdown there) too; an address as Docsify
   * reads it ({@code /guide}, {@code #/guide}, {@code guide.md}: the page's file in the pages' folder).
   */
  public DocsifyConfig withNavbar(String markdown, String file) {
    if (markdown == null) {
      return this;
    }
    List<SiteLink> out = new java.util.ArrayList<>();
    String[] lines = markdown.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = NAV_LINK.matcher(lines[i]);
      if (!m.find()) {
        continue;
      }
      String t = m.group(2);
      String target;
      if (handbook.content.Urls.remote(t)) {
        target = t;
      } else {
        String path = t.replaceFirst("^#(?=/)", "").replaceFirst("^/+", "").replaceFirst("^(\\./)+", "");
        int cut = path.indexOf('#') >= 0 ? path.indexOf('#') : path.indexOf('?') >= 0 ? path.indexOf('?') : path.length();
        String page = path.substring(0, cut);
        String name = page.substring(page.lastIndexOf('/') + 1);
        target = Project.DOCS + (page.isEmpty() || page.endsWith("/") ? page + "README.md" : name.contains(".") ? page : page + ".md");
      }
      out.add(new SiteLink(m.group(1).strip(), target, Span.at(file, i + 1, lines[i].indexOf('[') + 1), false));
    }
    return new DocsifyConfig(title, repository, sidebar, logo, navbar, List.copyOf(out), relativePath);
  }

  private static String hint(String key) {
    return switch (key) {
      case "coverpage" -> "the cover's words are not shown: put them in `README.md`";
      case "homepage" -> "the home is the folder's `README.md`";
      case "alias" -> "the sidebar is the one of the pages' folder";
      default -> "the site is built without it";
    };
  }
}
