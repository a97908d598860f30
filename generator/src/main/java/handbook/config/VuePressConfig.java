package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a VuePress project's config ({@code docs/.vuepress/config.js}, or {@code .ts}, {@code .mjs})
 * says of the site, read as VitePress' is ({@link VitePressConfig}: its forerunner publishes its
 * pages the same way): the literals of the object it exports, VuePress 1's {@code module.exports =
 * {title, themeConfig: {...}}} and VuePress 2's {@code defineUserConfig({title, theme:
 * defaultTheme({...})})}. Its pages are those of {@code docs/} (a folder's {@code README.md} its
 * page), published at the site's root with {@code docs/.vuepress/public/}; the sidebar is read by
 * the docs kind.
 */
public final class VuePressConfig {
  static final String CODE = "config.vuepress";

  /** The folder VuePress serves at the site's root beside the pages. */
  public static final String PUBLIC = VitePressConfig.DOCS + ".vuepress/public/";

  /** Keys of the site's config read here. */
  private static final Set<String> READ = Set.of("title", "description", "lang", "head", "themeConfig", "theme", "locales");

  /** Keys that change nothing of what is built here: where VuePress writes, its bundler, its dev server. */
  private static final Set<String> TOOL =
      Set.of(
          "base", "dest", "temp", "cache", "port", "host", "open", "bundler", "shouldPrefetch", "shouldPreload", "evergreen", "configureWebpack", "chainWebpack", "extraWatchFiles", "debug",
          "templateDev", "templateBuild", "alias", "define", "postcss", "stylus", "scss", "sass", "less", "ga");

  /** Keys of the theme's config read here (VuePress 1's {@code themeConfig}, 2's default theme's options). */
  private static final Set<String> THEME_READ =
      Set.of("nav", "navbar", "sidebar", "sidebarDepth", "logo", "repo", "repoLabel", "docsRepo", "docsDir", "docsBranch", "editLinks", "editLink", "editLinkPattern", "lastUpdated", "label");

  /** The theme's own words and its client's behaviour: the site's own words are its language's. */
  private static final Set<String> LABELS =
      Set.of(
          "editLinkText", "lastUpdatedText", "contributors", "contributorsText", "smoothScroll", "displayAllHeaders", "activeHeaderLinks", "nextLinks", "prevLinks", "search",
          "searchMaxSuggestions", "searchPlaceholder", "searchHotkeys", "logoDark", "logoAlt", "colorMode", "colorModeSwitch", "home", "notFound", "backToHome", "openInNewWindow",
          "toggleColorMode", "toggleSidebar", "navbarLabel", "selectLanguageName", "selectLanguageText", "selectLanguageAriaLabel", "selectText", "ariaLabel", "next", "prev", "tip", "warning", "danger",
          "important", "note", "info", "details", "serviceWorker", "themePlugins");

  private VuePressConfig() {}

  /**
   * The theme's options: VuePress 1's {@code themeConfig}, or the object VuePress 2's config gives
   * its theme's call ({@code theme: defaultTheme({...})}); null where there is none written out.
   */
  public static JsLiteral.Obj theme(String text, JsLiteral.Obj config) {
    if (config.get("themeConfig") instanceof JsLiteral.Obj theme) {
      return theme;
    }
    if (config.get("theme") instanceof JsLiteral.Other call) {
      int open = call.text().indexOf('(');
      int brace = call.text().indexOf('{');
      if (open > 0 && brace > open && call.text().substring(open + 1, brace).isBlank() && call.text().substring(0, open).strip().matches("[A-Za-z_$][\\w$]*")) {
        return JsLiteral.at(text, call.offset() + brace) instanceof JsLiteral.Obj options ? options : null;
      }
    }
    return null;
  }

  /** The theme's options of a config's text (above), or null. */
  public static JsLiteral.Obj theme(String text) {
    return JsLiteral.exported(text, false) instanceof JsLiteral.Obj config ? theme(text, config) : null;
  }

  /**
   * The languages the site is built in, as VuePress builds them: the root locale ({@code '/'}: the
   * config's own settings) at the site's root, each other locale ({@code '/zh/'}) in its folder,
   * its pages in its {@code lang} (else its key), named by its theme's {@code selectLanguageName}
   * (VuePress 1's {@code label}). Empty for one.
   */
  static List<SiteLocale> languages(String text, JsLiteral.Obj config, String pagesFolder) {
    if (!(config.get("locales") instanceof JsLiteral.Obj locales)) {
      return List.of();
    }
    JsLiteral.Obj theme = theme(text, config);
    JsLiteral.Obj themed = theme != null && theme.get("locales") instanceof JsLiteral.Obj l ? l : null;
    return VitePressConfig.languages(
        config, locales, "/", key -> themed != null && themed.get(key) instanceof JsLiteral.Obj o ? (o.string("selectLanguageName") != null ? o.string("selectLanguageName") : o.string("label")) : null, pagesFolder);
  }

  /** The languages of a config's text ({@link #languages}), its messages left to {@link #read}. */
  public static List<SiteLocale> languages(String text, String pagesFolder) {
    return JsLiteral.exported(text, false) instanceof JsLiteral.Obj config ? languages(text, config, pagesFolder) : List.of();
  }

  /**
   * Reads the config's text; what it cannot take is named ({@code config.vuepress}). {@code pagesFolder}
   * is the folder of the pages in the repository ({@code docs/}, or empty at its root).
   */
  public static VitePressConfig read(String text, String file, String pagesFolder, Set<String> files, SiteLocale building, Diagnostics diags) {
    JsLiteral.Value exported = JsLiteral.exported(text, false);
    if (!(exported instanceof JsLiteral.Obj given)) {
      diags.add(
          Diagnostic.warning(CODE, exported == null ? Span.file(file) : JsLiteral.span(text, file, exported.offset()), "the config is not read: no object is found written out in what it exports")
              .withHint("the file is not run: the object it exports (or gives `defineUserConfig`) is read where it is written as literals; the menu follows the folders"));
      return new VitePressConfig(null, null, "en", null, null, false, null, null, "", List.of(), List.of(), VitePressConfig.OUTLINE, false, true, Map.of(), List.of());
    }
    List<SiteLocale> languages = languages(text, given, pagesFolder);
    boolean other = building != null && !building.isDefault();
    // (a language's settings over the config's: the root locale's in the default one)
    String localeKey = other ? "/" + building.folder() : "/";
    JsLiteral.Obj config = VitePressConfig.inLocale(given, localeKey, null);
    VitePressConfig.Reader r = new VitePressConfig.Reader(text, file, pagesFolder, PUBLIC, CODE, files, diags);
    for (Map.Entry<String, JsLiteral.Value> e : config.entries().entrySet()) {
      if (!READ.contains(e.getKey()) && !TOOL.contains(e.getKey())) {
        diags.add(Diagnostic.warning(CODE, r.at(e.getValue()), "`" + e.getKey() + "` of the VuePress config is not read here").withHint(hint(e.getKey())));
      }
    }
    r.madeByCode(config, List.of("title", "description", "lang"), "");
    String language = other ? building.tag() : r.language(config, "/");
    if (!other) {
      Languages.inEnglish(languages, CODE, r.at(config.get("locales") == null ? config : config.get("locales")), "the words of the theme a language's `locales` give (`selectLanguageText`, `editLinkText`, ...) are not read here", diags);
    }
    JsLiteral.Obj theme = theme(text, config);
    if (theme != null && theme.get("locales") instanceof JsLiteral.Obj themed && themed.get(localeKey) instanceof JsLiteral.Obj own) {
      // (and its theme's: its navbar, sidebar, ...)
      Map<String, JsLiteral.Value> entries = new java.util.LinkedHashMap<>(theme.entries());
      entries.putAll(own.entries());
      theme = new JsLiteral.Obj(entries, theme.offset());
    }
    JsLiteral.Value themeValue = config.get("theme");
    // (VuePress 1 names a theme by its package: theme: 'reco', beside themeConfig)
    boolean v2 = config.get("themeConfig") == null && themeValue != null && !(themeValue instanceof JsLiteral.Str);
    if (themeValue instanceof JsLiteral.Str name) {
      if (!name.value().isBlank() && !name.value().strip().matches("(?:@vuepress/(?:theme-)?|vuepress-theme-)?default")) {
        Diagnostic d = Diagnostic.warning(CODE, r.at(themeValue), "the theme `" + name.value().strip() + "` is not run here: " + (theme == null ? "the site has its own look" : "its options are read as those of VuePress' default theme"));
        diags.add(theme == null ? d : d.withHint("the site has its own look"));
      }
    } else if (themeValue != null && theme == null) {
      diags.add(Diagnostic.warning(CODE, r.at(themeValue), "the theme is not read: its options are not written out as an object").withHint("the site has its own look; the menu follows the folders"));
    } else if (themeValue instanceof JsLiteral.Other call && !call.text().strip().startsWith("defaultTheme")) {
      int open = call.text().indexOf('(');
      diags.add(
          Diagnostic.warning(CODE, r.at(themeValue), "the theme `" + (open < 0 ? call.text() : call.text().substring(0, open)).strip() + "` is not run here: its options are read as those of VuePress' default theme")
              .withHint("the site has its own look"));
    }
    List<SiteLink> links = new java.util.ArrayList<>();
    List<SiteLink> social = new java.util.ArrayList<>();
    String editUrl = null;
    String logo = null;
    boolean lastUpdated = false;
    handbook.content.Mount.Toc toc = VitePressConfig.OUTLINE;
    if (theme != null) {
      String where = v2 ? "the theme's `" : "`themeConfig.";
      r.madeByCode(theme, List.of("logo", "repo", "repoLabel", "docsRepo", "docsBranch", "docsDir", "editLinkPattern"), v2 ? "" : "themeConfig.");
      for (Map.Entry<String, JsLiteral.Value> e : theme.entries().entrySet()) {
        if (!THEME_READ.contains(e.getKey()) && !LABELS.contains(e.getKey())) {
          if (!e.getKey().equals("locales") || languages.isEmpty()) {
            diags.add(Diagnostic.warning(CODE, r.at(e.getValue()), where + e.getKey() + "` is not read here" + (e.getKey().equals("locales") ? ": the site is built in one language" : ": the site is built without it")));
          }
        }
      }
      for (String key : List.of("nav", "navbar")) {
        if (theme.get(key) instanceof JsLiteral.Arr nav) {
          r.nav(nav, links);
        }
      }
      logo = r.logo(theme.get("logo"));
      String repo = repo(theme.string("repo"));
      if (repo != null) {
        String label = theme.string("repoLabel");
        social.add(new SiteLink(label != null && !label.isBlank() ? label.strip() : host(repo), repo, r.at(theme.get("repo")), false));
      }
      editUrl = editUrl(theme, v2, pagesFolder, r);
      JsLiteral.Value updated = theme.get("lastUpdated");
      lastUpdated = v2 ? !(updated instanceof JsLiteral.Str off && off.value().equals("false")) : updated instanceof JsLiteral.Str on && !on.value().equals("false") && !on.value().isEmpty();
      toc = toc(theme.get("sidebarDepth"), r);
    }
    return new VitePressConfig(config.string("title"), config.string("description"), language, null, editUrl, lastUpdated, logo, r.favicon(config.get("head")), "", List.copyOf(links), List.copyOf(social), toc, false, true, languages.isEmpty() ? r.locales(config, "/") : Map.of(), languages);
  }

  /** The repository's address: {@code owner/name} on GitHub, or an http(s) address as it is; null for another value. */
  private static String repo(String repo) {
    if (repo == null || repo.isBlank()) {
      return null;
    }
    String s = repo.strip().replaceAll("/+$", "");
    if (s.matches("[\\w.-]+/[\\w.-]+")) {
      return "https://github.com/" + s;
    }
    return s.matches("https?://[^\\s\"'<>]+") ? s : null;
  }

  /** The name of the repository's host, as VuePress labels its link. */
  private static String host(String repo) {
    String h = repo.replaceFirst("^https?://", "").replaceFirst("/.*", "").toLowerCase(java.util.Locale.ROOT);
    return h.contains("github") ? "GitHub" : h.contains("gitlab") ? "GitLab" : h.contains("bitbucket") ? "Bitbucket" : h.contains("gitee") ? "Gitee" : "Source";
  }

  /**
   * The address in the repository's editor of the folder that holds the pages' folder: from
   * {@code docsRepo} (else {@code repo}), {@code docsBranch} and {@code docsDir}, as VuePress makes
   * it for GitHub, GitLab and Gitee ({@code <repo>/edit/<branch>/<docsDir>/<page>}), or from
   * VuePress 2's {@code editLinkPattern}; VuePress 1 shows edit links where {@code editLinks} is
   * true, VuePress 2 unless {@code editLink} is false. Null where there are none.
   */
  private static String editUrl(JsLiteral.Obj theme, boolean v2, String pagesFolder, VitePressConfig.Reader r) {
    JsLiteral.Value on = theme.get(v2 ? "editLink" : "editLinks");
    boolean shown = v2 ? !(on instanceof JsLiteral.Str s && s.value().equals("false")) : on instanceof JsLiteral.Str s && s.value().equals("true");
    String repoText = theme.string("docsRepo") != null ? theme.string("docsRepo") : theme.string("repo");
    String repo = repo(repoText);
    if (!shown || repoText == null && theme.string("editLinkPattern") == null) {
      return null;
    }
    JsLiteral.Value at = theme.get("docsRepo") != null ? theme.get("docsRepo") : theme.get("repo");
    String branch = theme.string("docsBranch") != null ? theme.string("docsBranch").strip() : v2 ? "main" : "master";
    String dir = theme.string("docsDir") == null ? "" : theme.string("docsDir").strip().replaceAll("^/+|/+$", "");
    String pattern;
    if (theme.string("editLinkPattern") != null) {
      at = theme.get("editLinkPattern");
      pattern = theme.string("editLinkPattern").strip().replace(":repo", repo == null ? ":repo" : repo).replace(":branch", branch);
    } else if (repo == null) {
      r.diags().add(Diagnostic.warning(CODE, r.at(at), "the repository `" + repoText + "` is neither `owner/name` on GitHub nor an http(s) address: pages get no edit links"));
      return null;
    } else if (host(repo).equals("GitHub") || host(repo).equals("Gitee")) {
      pattern = repo + "/edit/" + branch + "/:path";
    } else if (host(repo).equals("GitLab")) {
      pattern = repo + "/-/edit/" + branch + "/:path";
    } else {
      r.diags().add(
          Diagnostic.warning(CODE, r.at(at), "the edit links of a repository on `" + repo.replaceFirst("^https?://", "").replaceFirst("/.*", "") + "` are not made here: pages get no edit links")
              .withHint("set `edit_url` in a site.yaml beside `docs/` to the address of the folder that holds it"));
      return null;
    }
    if (!pattern.endsWith(":path") || !pattern.matches("https?://\\S+")) {
      r.diags().add(Diagnostic.warning(CODE, r.at(at), "`editLinkPattern` is not an http(s) address that ends in `:path`: pages get no edit links"));
      return null;
    }
    String folder = pattern.substring(0, pattern.length() - ":path".length()) + (dir.isEmpty() ? "" : dir + "/");
    if (!folder.endsWith("/" + pagesFolder)) {
      r.diags().add(
          Diagnostic.warning(CODE, r.at(theme.get("docsDir") != null ? theme.get("docsDir") : at), "the edit address `" + folder + "` is not of a `" + (pagesFolder.isEmpty() ? "docs/" : pagesFolder) + "` folder: pages get no edit links")
              .withHint(pagesFolder.isEmpty() ? "set `edit_url` in a site.yaml to the address of the project's folder" : "VuePress reads the pages' folder from `docsDir`: `docsDir: '" + pagesFolder.substring(0, pagesFolder.length() - 1) + "'`"));
      return null;
    }
    return folder.substring(0, folder.length() - pagesFolder.length());
  }

  /**
   * The levels of headings a page lists, from the sidebar's depth ({@code sidebarDepth}: 0 none, 1
   * the H2s, as by default, 2 and more the H2s and H3s, all VuePress extracts).
   */
  private static handbook.content.Mount.Toc toc(JsLiteral.Value depth, VitePressConfig.Reader r) {
    if (depth == null) {
      return VitePressConfig.OUTLINE;
    }
    handbook.content.Mount.Toc toc = depth(depth instanceof JsLiteral.Str s ? s.value() : null);
    if (toc == null) {
      r.diags().add(Diagnostic.warning(CODE, r.at(depth), "`sidebarDepth` is a number (0, 1 or 2): pages list their H2s"));
      return VitePressConfig.OUTLINE;
    }
    return toc;
  }

  /**
   * The levels of headings a sidebar's depth lists, written as a number or a text (the config's
   * {@code sidebarDepth}, or a page's own in its front matter): 0 none, 1 the H2s, 2 and more the
   * H2s and H3s; null for another value.
   */
  public static handbook.content.Mount.Toc depth(Object value) {
    String d = value instanceof Number || value instanceof String ? value.toString().strip() : "";
    if (!d.matches("\\d{1,2}")) {
      return null;
    }
    int n = Integer.parseInt(d);
    return n == 0 ? handbook.content.Mount.Toc.NONE : n == 1 ? VitePressConfig.OUTLINE : new handbook.content.Mount.Toc(2, 3);
  }

  private static String hint(String key) {
    return switch (key) {
      case "plugins" -> "the plugins are not run here: what they add to the pages is not there";
      case "markdown", "extendMarkdown" -> "the Markdown is read as VuePress reads it by default; its options and plugins are not run";
      case "pagePatterns", "patterns" -> "the pages are the Markdown files of `docs/`";
      default -> "the site is built without it";
    };
  }
}
