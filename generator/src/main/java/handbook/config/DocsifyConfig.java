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
 * @param relativePath {@code relativePath}: a page's links are read from its folder; else (Docsify's
 *     default) from the folder of the pages
 * @param logo {@code logo}, a content path, or null
 */
public record DocsifyConfig(String title, SiteLink repository, String sidebar, boolean relativePath, String logo) {
  public static final String CODE = "config.docsify";

  /** Where a Docsify site's {@code index.html} is: its pages' folder. */
  public static final List<String> FILES = List.of("index.html", Project.DOCS + "index.html");

  /** The assignment of its config. */
  private static final Pattern CONFIG = Pattern.compile("window\\s*\\.\\s*\\$docsify\\s*=\\s*");

  /** The options read here, or that change nothing here (its client's behaviour). */
  private static final Set<String> READ =
      Set.of(
          "name", "repo", "loadSidebar", "relativePath", "logo", "subMaxLevel", "maxLevel", "auto2top", "executeScript", "noEmoji", "mergeNavbar", "formatUpdated", "externalLinkTarget",
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
      return new DocsifyConfig(null, null, null, false, null);
    }
    String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    for (Map.Entry<String, JsLiteral.Value> e : config.entries().entrySet()) {
      Span at = JsLiteral.span(text, file, e.getValue().offset());
      switch (e.getKey()) {
        case "loadNavbar", "coverpage", "homepage", "alias", "basePath", "plugins", "markdown", "loadFooter" -> {
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
    String logo = config.string("logo");
    String logoPath = logo == null || handbook.content.Urls.remote(logo) ? null : handbook.content.Urls.normalize(folder + logo.strip().replaceFirst("^(\\./)+", "").replaceFirst("^/+", ""));
    return new DocsifyConfig(
        title == null || title.isEmpty() ? null : title, repository, sidebar, config.get("relativePath") instanceof JsLiteral.Str r && r.value().equals("true"),
        logoPath != null && files.contains(logoPath) ? logoPath : null);
  }

  private static String hint(String key) {
    return switch (key) {
      case "loadNavbar" -> "give the header's links in a `site.yaml` (`header_links`)";
      case "coverpage" -> "the cover's words are not shown: put them in `README.md`";
      case "homepage" -> "the home is the folder's `README.md`";
      case "alias" -> "the sidebar is the one of the pages' folder";
      default -> "the site is built without it";
    };
  }
}
