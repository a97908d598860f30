package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a VitePress project's config ({@code docs/.vitepress/config.mts}, or {@code .ts},
 * {@code .mjs}, {@code .js}) says of the site, read as the literals of the object it exports
 * ({@link JsLiteral}, also inside {@code defineConfig(...)}): its TypeScript is not run. Its pages
 * are those of {@code docs/}, published at the site's root with {@code docs/public/}, as VitePress
 * serves them (a project with its {@code .vitepress/} at the root is read as one in
 * {@code docs/}); the sidebar is read by the docs kind ({@code themeConfig.sidebar}).
 *
 * @param title {@code title}, or null
 * @param description {@code description}, or null
 * @param language the language of the site's own words, from {@code lang}
 * @param baseUrl {@code sitemap.hostname} with {@code base}, or null
 * @param editUrl the address in the repository's editor of the folder that holds {@code docs/},
 *     from {@code themeConfig.editLink.pattern}, or null
 * @param lastUpdated {@code lastUpdated}
 * @param logo {@code themeConfig.logo}, a content path in {@code docs/public/}, or null
 * @param favicon the icon {@code head} links, a content path in {@code docs/public/}, or null
 * @param copyright {@code themeConfig.footer}'s message and copyright, or empty
 * @param links the header's links: {@code themeConfig.nav}, a drop-down's items in turn
 * @param social {@code themeConfig.socialLinks}
 * @param toc the levels of headings in a page's outline ({@code themeConfig.outline}; H2 alone
 *     by default, as VitePress has it)
 * @param cleanUrls {@code cleanUrls}: VitePress' addresses of pages are {@code x}, not {@code x.html}
 * @param vuePress whether the project is VuePress' ({@link VuePressConfig})
 * @param locales the languages of the folders of the locales other than the root's that give one
 *     ({@code docs/fr/} is {@code fr}), by folder: a VuePress project's, whose locales are folders of one site
 * @param languages the languages a VitePress project is built in ({@code locales}: the root's
 *     first), each other one in its folder; empty for one
 */
public record VitePressConfig(
    String title, String description, String language, String baseUrl, String editUrl, boolean lastUpdated, String logo, String favicon, String copyright, List<SiteLink> links, List<SiteLink> social,
    handbook.content.Mount.Toc toc, boolean cleanUrls, boolean vuePress, Map<String, String> locales, List<SiteLocale> languages) {
  static final String CODE = "config.vitepress";

  /** The folder of the pages (VitePress' source folder, {@code vitepress build docs}). */
  public static final String DOCS = "docs/";

  /** The folder VitePress serves at the site's root beside the pages. */
  public static final String PUBLIC = DOCS + "public/";

  private static final List<String> NAMES = handbook.source.DiskTree.VITEPRESS_CONFIGS;

  /** VitePress' config files in {@code docs/.vitepress/}, the first one there read. */
  public static final List<String> FILES = NAMES.stream().map(n -> DOCS + ".vitepress/" + n).toList();

  /** Those of a project whose pages are at the content folder's root, read as in {@code docs/} ({@link handbook.source.MovedFolder}). */
  public static final List<String> AT_ROOT = NAMES.stream().map(n -> ".vitepress/" + n).toList();

  /** VuePress' config files in {@code docs/.vuepress/}, read as VitePress' are ({@link VuePressConfig}) where no VitePress config is there. */
  public static final List<String> VUEPRESS = handbook.source.DiskTree.VUEPRESS_CONFIGS.stream().map(n -> DOCS + ".vuepress/" + n).toList();

  /** Those at the content folder's root. */
  public static final List<String> VUEPRESS_AT_ROOT = handbook.source.DiskTree.VUEPRESS_CONFIGS.stream().map(n -> ".vuepress/" + n).toList();

  /** Whether a config file (one of those above) is VuePress'. */
  public static boolean vuePress(String config) {
    return config != null && (config.startsWith(".vuepress/") || config.contains("/.vuepress/"));
  }

  /** The configs of a VitePress project, then those of a VuePress one, where their pages may be. */
  public static final List<String> ALL = java.util.stream.Stream.of(FILES, AT_ROOT, VUEPRESS, VUEPRESS_AT_ROOT).flatMap(List::stream).toList();

  /** VitePress' outline by default: the H2s. */
  static final handbook.content.Mount.Toc OUTLINE = new handbook.content.Mount.Toc(2, 2);

  /** Keys of the site's config read here. */
  private static final Set<String> READ = Set.of("title", "description", "lang", "lastUpdated", "themeConfig", "sitemap", "head", "ignoreDeadLinks", "srcDir", "srcExclude", "cleanUrls", "markdown", "rewrites", "locales");

  /**
   * Markdown options whose work is done here: formulas ({@code math}; read in every page), and
   * the look of code and images (Shiki's {@code theme}, {@code image.lazyLoading}).
   */
  private static final Set<String> MARKDOWN_DONE = Set.of("math", "theme", "image");

  /** Keys that change nothing of what is built here: where VitePress writes, its bundler, its client's behaviour. */
  private static final Set<String> TOOL =
      Set.of("base", "outDir", "cacheDir", "assetsDir", "appearance", "metaChunk", "mpa", "vite", "vue", "router", "scrollOffset", "titleTemplate");

  /** Keys of {@code themeConfig} read here, or the header's and search's own. */
  private static final Set<String> THEME_READ = Set.of("nav", "sidebar", "socialLinks", "editLink", "footer", "logo", "outline", "siteTitle", "search");

  /** The words of the theme's controls: the site's own words are its language's. */
  private static final Set<String> LABELS =
      Set.of(
          "docFooter", "darkModeSwitchLabel", "lightModeSwitchTitle", "darkModeSwitchTitle", "sidebarMenuLabel", "returnToTopLabel", "langMenuLabel", "skipToContentLabel", "outlineTitle",
          "lastUpdatedText", "lastUpdated", "externalLinkIcon", "notFound", "i18nRouting", "aside");

  /** The names of the icons of {@code socialLinks} as their sites write them. */
  private static final Map<String, String> ICONS =
      Map.ofEntries(
          Map.entry("github", "GitHub"), Map.entry("gitlab", "GitLab"), Map.entry("linkedin", "LinkedIn"), Map.entry("youtube", "YouTube"), Map.entry("npm", "npm"),
          Map.entry("x", "X"), Map.entry("bluesky", "Bluesky"), Map.entry("stackoverflow", "Stack Overflow"));

  /** The config of a VitePress project (or else a VuePress one) among the content's files, or null. */
  public static String file(Collection<String> files) {
    return java.util.stream.Stream.concat(FILES.stream(), VUEPRESS.stream()).filter(files::contains).findFirst().orElse(null);
  }

  /**
   * Whether a path in the pages' folder is one of VitePress' pages (those its {@code rewrites}
   * move): a Markdown file outside {@code .vitepress/}, {@code public/} and {@code node_modules/}.
   */
  public static boolean page(String path) {
    return path.endsWith(".md") && !path.startsWith(".vitepress/") && !path.startsWith("public/") && !path.startsWith("node_modules/") && !path.contains("/node_modules/");
  }

  /**
   * The folder of a project's pages as its {@code srcDir} names it, relative to the folder of
   * {@code .vitepress/} ({@code base}: {@code docs/}, or empty at the content's root): {@code
   * docs/src/} for {@code srcDir: 'src'}; null where it names none or the project's own folder.
   */
  public static String srcFolder(String configText, String base) {
    JsLiteral.Value exported = configText == null ? null : JsLiteral.exported(configText, false);
    if (!(exported instanceof JsLiteral.Obj config) || !(config.get("srcDir") instanceof JsLiteral.Str src)) {
      return null;
    }
    String folder = DocsFolder.normal(src.value(), base);
    return folder != null && !folder.equals(base) ? folder : null;
  }

  /**
   * The pages a config's {@code srcExclude} leaves out, by their paths in the pages' folder
   * ({@code guide/x.md}): its glob patterns as VitePress reads them ({@code **}, {@code *},
   * {@code ?}, classes and {@code {a,b}}), from the pages' folder; nothing where it has none.
   */
  public static java.util.function.Predicate<String> srcExclude(String configText) {
    JsLiteral.Value exported = JsLiteral.exported(configText, false);
    if (!(exported instanceof JsLiteral.Obj config) || !(config.get("srcExclude") instanceof JsLiteral.Arr patterns)) {
      return path -> false;
    }
    List<Glob> globs = new java.util.ArrayList<>();
    for (JsLiteral.Value v : patterns.items()) {
      if (v instanceof JsLiteral.Str glob && !glob.value().isBlank()) {
        globs.add(Glob.anyOf(Glob.choices(glob.value().strip().replaceFirst("^(?:\\./)+", ""), Glob::wildcards)));
      }
    }
    return path -> globs.stream().anyMatch(g -> g.matches(path));
  }

  /**
   * Reads the config's text; what it cannot take is named ({@code config.vitepress}). {@code base}
   * is the folder of {@code .vitepress/}, {@code pagesFolder} that of the pages (its {@code srcDir}).
   */
  public static VitePressConfig read(String text, String file, String base, String pagesFolder, Set<String> files, SiteLocale building, Diagnostics diags) {
    JsLiteral.Value exported = JsLiteral.exported(text, false);
    if (!(exported instanceof JsLiteral.Obj given)) {
      diags.add(
          Diagnostic.warning(CODE, exported == null ? Span.file(file) : JsLiteral.span(text, file, exported.offset()), "the config is not read: no object is found written out in what it exports")
              .withHint("the file is not run: the object it exports (or gives `defineConfig`) is read where it is written as literals; the menu follows the folders"));
      return new VitePressConfig(null, null, "en", null, null, false, null, null, "", List.of(), List.of(), OUTLINE, false, false, Map.of(), List.of());
    }
    List<SiteLocale> languages = languages(given, pagesFolder);
    // (a language's settings over the config's: the root locale's in the default one)
    JsLiteral.Obj config = inLocale(given, building == null || building.isDefault() ? "root" : building.code(), "themeConfig");
    Reader r = new Reader(text, file, pagesFolder, PUBLIC, CODE, files, diags);
    for (Map.Entry<String, JsLiteral.Value> e : config.entries().entrySet()) {
      if (!READ.contains(e.getKey()) && !TOOL.contains(e.getKey())) {
        diags.add(Diagnostic.warning(CODE, r.at(e.getValue()), "`" + e.getKey() + "` of the VitePress config is not read here").withHint(hint(e.getKey())));
      }
    }
    if (config.get("markdown") instanceof JsLiteral.Obj markdown) {
      for (Map.Entry<String, JsLiteral.Value> e : markdown.entries().entrySet()) {
        if (!MARKDOWN_DONE.contains(e.getKey())) {
          diags.add(
              Diagnostic.warning(CODE, r.at(e.getValue()), "the Markdown option `" + e.getKey() + "` is not read here" + (e.getKey().equals("lineNumbers") ? ": a code block is numbered where it asks (```ts:line-numbers```)" : ""))
                  .withHint(hint("markdown")));
        }
      }
    } else if (config.get("markdown") != null) {
      diags.add(Diagnostic.warning(CODE, r.at(config.get("markdown")), "the Markdown options are not read: they are not written out").withHint(hint("markdown")));
    }
    if (config.get("srcExclude") instanceof JsLiteral.Arr patterns) {
      for (JsLiteral.Value v : patterns.items()) {
        if (!(v instanceof JsLiteral.Str)) {
          diags.add(Diagnostic.warning(CODE, r.at(v), "a pattern of `srcExclude` that is not written as a string is not read: the pages it names are built"));
        }
      }
    } else if (config.get("srcExclude") != null) {
      diags.add(Diagnostic.warning(CODE, r.at(config.get("srcExclude")), "`srcExclude` is not written out as a list of patterns: every page is built").withHint(hint("srcExclude")));
    }
    VitePressRewrites.named(config.get("rewrites"), r);
    JsLiteral.Value src = config.get("srcDir");
    String why = src instanceof JsLiteral.Str s ? DocsFolder.notFollowed(s.value(), base) : "not written as a string";
    if (src != null && why != null) {
      diags.add(Diagnostic.warning(CODE, r.at(src), "`srcDir` is not followed (" + why + "): the pages are read from the folder of `.vitepress/`").withHint("name a folder beside `.vitepress/` or inside it, as `srcDir: 'src'`"));
    }
    r.madeByCode(config, List.of("title", "description", "lang"), "");
    // (a language's is the one it is built in: the config's locales are named by the default language's build)
    String language = building == null || building.isDefault() ? r.language(config, "root") : building.tag();
    if (building == null) {
      Languages.inEnglish(languages, CODE, r.at(config.get("locales") == null ? config : config.get("locales")), "the words of the theme a language's `themeConfig` gives (`outlineTitle`, `docFooter`, ...) are not read here", diags);
    }
    boolean lastUpdated = config.get("lastUpdated") instanceof JsLiteral.Str on && on.value().equals("true");
    JsLiteral.Value ignore = config.get("ignoreDeadLinks");
    if (ignore != null && !(ignore instanceof JsLiteral.Str off && off.value().equals("false"))) {
      diags.add(
          Diagnostic.warning(CODE, r.at(ignore), "`ignoreDeadLinks`: VitePress builds this project with broken links; here they fail the build")
              .withHint("to build first and fix later, write `links: {on_broken: warning}` in a `site.yaml` in the content folder"));
    }
    JsLiteral.Obj theme = config.get("themeConfig") instanceof JsLiteral.Obj t ? t : null;
    List<SiteLink> links = new java.util.ArrayList<>();
    List<SiteLink> social = new java.util.ArrayList<>();
    String editUrl = null;
    String logo = null;
    String copyright = "";
    handbook.content.Mount.Toc toc = OUTLINE;
    if (theme != null) {
      for (Map.Entry<String, JsLiteral.Value> e : theme.entries().entrySet()) {
        if (!THEME_READ.contains(e.getKey()) && !LABELS.contains(e.getKey())) {
          diags.add(Diagnostic.warning(CODE, r.at(e.getValue()), "`themeConfig." + e.getKey() + "` is not read here: the site is built without it"));
        }
      }
      if (theme.get("nav") instanceof JsLiteral.Arr nav) {
        r.nav(nav, links);
      }
      if (theme.get("socialLinks") instanceof JsLiteral.Arr a) {
        r.social(a, social);
      }
      editUrl = theme.get("editLink") instanceof JsLiteral.Obj edit ? r.editUrl(edit) : null;
      r.madeByCode(theme, List.of("logo"), "themeConfig.");
      logo = r.logo(theme.get("logo"));
      copyright = theme.get("footer") instanceof JsLiteral.Obj footer ? r.footer(footer) : "";
      toc = theme.get("outline") == null ? OUTLINE : r.outline(theme.get("outline"));
    }
    return new VitePressConfig(
        config.string("title"), config.string("description"), language, baseUrl(config), editUrl, lastUpdated, logo, r.favicon(config.get("head")), copyright, List.copyOf(links), List.copyOf(social),
        toc, config.get("cleanUrls") instanceof JsLiteral.Str clean && clean.value().equals("true"), false, Map.of(), languages);
  }

  /**
   * The languages the site is built in, as VitePress builds them: the {@code root} locale (the
   * config's own settings) at the site's root, each other locale in its folder ({@code fr/}),
   * named by its {@code label}, its pages in its {@code lang} (else its key) and written as its
   * {@code dir} says. Empty for one. {@code pagesFolder}: the project's folder of pages.
   */
  static List<SiteLocale> languages(JsLiteral.Obj config, String pagesFolder) {
    return config.get("locales") instanceof JsLiteral.Obj locales
        ? languages(config, locales, "root", key -> locales.get(key) instanceof JsLiteral.Obj o ? o.string("label") : null, pagesFolder)
        : List.of();
  }

  /**
   * The languages of a VitePress or VuePress config's {@code locales}: the root one's ({@code rootKey})
   * first, in the config's {@code lang} (else its own, else US English), each other one whose key
   * names a folder ({@code fr}; VuePress' {@code /fr/}) and whose {@code lang} (else key) is a
   * language, once, named by {@code label} (by its key as written; else its language's name).
   */
  static List<SiteLocale> languages(JsLiteral.Obj config, JsLiteral.Obj locales, String rootKey, java.util.function.Function<String, String> label, String pagesFolder) {
    JsLiteral.Obj root = locales.get(rootKey) instanceof JsLiteral.Obj o ? o : null;
    String rootLang = config.string("lang") != null ? config.string("lang") : root != null ? root.string("lang") : null;
    String rootTag = rootLang == null || Languages.tag(rootLang) == null ? "en-US" : Languages.tag(rootLang);
    List<SiteLocale> out = new java.util.ArrayList<>();
    String rootLabel = label.apply(rootKey);
    out.add(new SiteLocale(rootTag.toLowerCase(java.util.Locale.ROOT), "", rootLabel != null && !rootLabel.isBlank() ? rootLabel.strip() : SiteLocale.nameOf(rootTag), rootTag, root != null && "rtl".equals(root.string("dir")), ""));
    java.util.Set<String> codes = new java.util.HashSet<>(List.of(out.get(0).code()));
    for (Map.Entry<String, JsLiteral.Value> e : locales.entries().entrySet()) {
      if (e.getKey().equals(rootKey)) {
        continue;
      }
      String key = e.getKey().replaceAll("^/+|/+$", "");
      JsLiteral.Obj own = e.getValue() instanceof JsLiteral.Obj o ? o : null;
      String tag = own != null && own.string("lang") != null ? Languages.tag(own.string("lang")) : Languages.tag(key);
      if (!key.matches(LOCALE_KEY) || tag == null || !codes.add(key)) {
        continue;
      }
      String name = label.apply(e.getKey());
      out.add(new SiteLocale(key, key + "/", name == null || name.isBlank() ? SiteLocale.nameOf(tag) : name.strip(), tag, own != null && "rtl".equals(own.string("dir")), pagesFolder + key + "/"));
    }
    return out.size() < 2 ? List.of() : List.copyOf(out);
  }

  /** A locale's key that names a folder of pages ({@code fr}, {@code zh-CN}). */
  static final String LOCALE_KEY = "[A-Za-z0-9][\\w-]{0,34}";

  /** The languages of a config's text ({@link #languages}), its messages left to {@link #read}. */
  public static List<SiteLocale> languages(String text, String pagesFolder) {
    return JsLiteral.exported(text, false) instanceof JsLiteral.Obj config ? languages(config, pagesFolder) : List.of();
  }

  /**
   * The config in one of its locales ({@code key}): the locale's {@code title}, {@code description},
   * {@code lang}, {@code head} over the config's, and the keys of its {@code theme} object (VitePress'
   * {@code themeConfig}; null for none) over the config's.
   */
  static JsLiteral.Obj inLocale(JsLiteral.Obj config, String key, String theme) {
    JsLiteral.Obj locale = config.get("locales") instanceof JsLiteral.Obj locales && locales.get(key) instanceof JsLiteral.Obj o ? o : null;
    if (locale == null) {
      return config;
    }
    Map<String, JsLiteral.Value> entries = new java.util.LinkedHashMap<>(config.entries());
    for (String k : List.of("title", "description", "lang", "head", "titleTemplate")) {
      if (locale.get(k) != null) {
        entries.put(k, locale.get(k));
      }
    }
    if (theme != null && locale.get(theme) instanceof JsLiteral.Obj own) {
      Map<String, JsLiteral.Value> merged = new java.util.LinkedHashMap<>(config.get(theme) instanceof JsLiteral.Obj t ? t.entries() : Map.of());
      merged.putAll(own.entries());
      entries.put(theme, new JsLiteral.Obj(merged, own.offset()));
    }
    return new JsLiteral.Obj(entries, config.offset());
  }

  private static String hint(String key) {
    return switch (key) {
      case "markdown" -> "the Markdown is read as VitePress reads it by default, with its formulas; its other options and plugins are not run";
      case "srcExclude" -> "write its patterns as strings in a list: `srcExclude: ['**/README.md']`";
      default -> "the site is built without it";
    };
  }

  /** {@code sitemap.hostname} and {@code base}: the site's address, or null. */
  private static String baseUrl(JsLiteral.Obj config) {
    String host = config.get("sitemap") instanceof JsLiteral.Obj sitemap ? sitemap.string("hostname") : null;
    if (host == null || !host.strip().matches("https?://[^\\s\"'<>]+")) {
      return null;
    }
    String base = config.string("base");
    String path = base == null ? "/" : base.strip().startsWith("/") ? base.strip() : "/" + base.strip();
    return host.strip().replaceAll("/+$", "") + (path.endsWith("/") ? path : path + "/");
  }

  /**
   * The config's text and file, for the spans of what it names; the folder of its public files
   * ({@code docs/public/}), and the code of its messages.
   */
  record Reader(String text, String file, String pagesFolder, String publicFolder, String code, Set<String> files, Diagnostics diags) {
    Span at(JsLiteral.Value v) {
      return JsLiteral.span(text, file, v.offset());
    }

    /**
     * The site's language: the config's {@code lang}, or its root locale's ({@code locales: {root:
     * {lang}}}, VuePress' {@code '/'}: {@code root}); the other locales that cannot be built are named.
     */
    String language(JsLiteral.Obj config, String root) {
      String lang = config.get("lang") instanceof JsLiteral.Str s ? s.value() : null;
      JsLiteral.Value at = config.get("lang");
      if (config.get("locales") instanceof JsLiteral.Obj locales) {
        for (Map.Entry<String, JsLiteral.Value> e : locales.entries().entrySet()) {
          if (e.getKey().equals(root)) {
            if (lang == null && e.getValue() instanceof JsLiteral.Obj r && r.get("lang") instanceof JsLiteral.Str s) {
              lang = s.value();
              at = s;
            }
          } else {
            // its languages are built (languages): those that cannot be are named
            if (!localeFolder(e.getKey()).matches(LOCALE_KEY)) {
              diags.add(
                  Diagnostic.warning(code, at(e.getValue()), "the locale `" + e.getKey() + "` is not built: its key is no folder's name")
                      .withHint("a locale's key is the folder of its pages (`fr`, `zh-CN`), or `root` for the pages at the root"));
            } else if ((e.getValue() instanceof JsLiteral.Obj o && o.string("lang") != null ? Languages.tag(o.string("lang")) : Languages.tag(localeFolder(e.getKey()))) == null) {
              diags.add(Diagnostic.warning(code, at(e.getValue()), "the locale `" + e.getKey() + "` is not built: its `lang` (or key) is no language's code"));
            }
          }
        }
      } else if (config.get("locales") != null) {
        diags.add(Diagnostic.warning(code, at(config.get("locales")), "`locales` is not written out as an object: the site is built in one language"));
      }
      return lang == null ? "en" : Languages.site(lang, "`lang`", at(at), code, diags);
    }

    /**
     * The languages of the folders of the locales other than the root ({@code root}) that give one
     * ({@code fr: {lang: 'fr'}} for the pages of {@code fr/}), by their folders' content paths.
     */
    Map<String, String> locales(JsLiteral.Obj config, String root) {
      Map<String, String> out = new java.util.TreeMap<>();
      if (config.get("locales") instanceof JsLiteral.Obj locales) {
        for (Map.Entry<String, JsLiteral.Value> e : locales.entries().entrySet()) {
          String folder = localeFolder(e.getKey());
          String tag = e.getKey().equals(root) || folder.isEmpty() ? null : localeTag(e.getValue());
          if (tag != null) {
            out.put(DOCS + folder + "/", tag);
          }
        }
      }
      return out;
    }

    /** The folder of a locale's pages by its key ({@code fr}, VuePress' {@code /fr/}), without slashes. */
    private static String localeFolder(String key) {
      return key.replaceAll("^/+|/+$", "");
    }

    /** The language tag a locale's {@code lang} gives, or null. */
    private static String localeTag(JsLiteral.Value locale) {
      return locale instanceof JsLiteral.Obj o && o.get("lang") instanceof JsLiteral.Str s ? Languages.tag(s.value()) : null;
    }

    /**
     * Names the values of {@code keys} in {@code o} that code makes (a variable, a call, a
     * template with {@code ${}}): the config is not run, and they are not read. {@code prefix}
     * is how messages name the object ({@code themeConfig.}).
     */
    void madeByCode(JsLiteral.Obj o, List<String> keys, String prefix) {
      for (String key : keys) {
        if (o.get(key) instanceof JsLiteral.Other v) {
          diags.add(Diagnostic.warning(code, at(v), "`" + prefix + key + "` is made by code" + v.shown() + ", not written as a string: it is not read").withHint("the config is not run: write the value out"));
        }
      }
    }

    /**
     * The nav's items: a link by its {@code link}, a drop-down's items (VuePress 2's {@code children};
     * and those of its groups) in turn; in VuePress 2, a page's path, named by its title.
     */
    void nav(JsLiteral.Arr items, List<SiteLink> links) {
      for (JsLiteral.Value v : items.items()) {
        if (v instanceof JsLiteral.Str page && code.equals(VuePressConfig.CODE) && !page.value().isBlank()) {
          // VuePress 2: a page by its path, named by its title
          links.add(new SiteLink(null, page.value().strip(), at(v), false));
        } else if (!(v instanceof JsLiteral.Obj item)) {
          diags.add(Diagnostic.warning(code, at(v), "a nav item that is not written as an object is not shown"));
        } else if (item.get("items") instanceof JsLiteral.Arr inner) {
          nav(inner, links);
        } else if (item.get("children") instanceof JsLiteral.Arr inner) {
          nav(inner, links);
        } else if (item.string("link") != null && item.string("text") != null) {
          links.add(new SiteLink(item.string("text"), item.string("link").strip(), at(item), false));
        } else {
          diags.add(Diagnostic.warning(code, at(item), "a nav item without a `text` and a `link` written as strings is not shown"));
        }
      }
    }

    /** The social links: by their icon's name ({@code github} is GitHub), or their {@code ariaLabel}. */
    void social(JsLiteral.Arr items, List<SiteLink> out) {
      for (JsLiteral.Value v : items.items()) {
        String link = v instanceof JsLiteral.Obj o ? o.string("link") : null;
        if (link == null) {
          diags.add(Diagnostic.warning(code, at(v), "a social link without a `link` written as a string is not shown"));
          continue;
        }
        JsLiteral.Obj o = (JsLiteral.Obj) v;
        String icon = o.string("icon");
        String name = o.string("ariaLabel") != null ? o.string("ariaLabel") : icon == null ? link : ICONS.getOrDefault(icon.strip(), icon.isBlank() ? link : Character.toUpperCase(icon.strip().charAt(0)) + icon.strip().substring(1));
        out.add(new SiteLink(name, link.strip(), at(o), false));
      }
    }

    /**
     * The address of the folder that holds {@code docs/}: the pattern before its {@code :path},
     * which names a page from the folder of the pages ({@code docs/}, or the project's root).
     */
    String editUrl(JsLiteral.Obj edit) {
      JsLiteral.Value pattern = edit.get("pattern");
      if (!(pattern instanceof JsLiteral.Str s)) {
        if (pattern != null) {
          diags.add(Diagnostic.warning(code, at(pattern), "`editLink.pattern` is made by code (not a string): pages get no edit links").withHint("write it as a string ending in `:path`, or set `edit_url` in a site.yaml beside `docs/`"));
        }
        return null;
      }
      String p = s.value().strip();
      if (!p.endsWith(":path") || !p.matches("https?://\\S+")) {
        diags.add(Diagnostic.warning(code, at(s), "`editLink.pattern` is not an http(s) address that ends in `:path`: pages get no edit links"));
        return null;
      }
      String folder = p.substring(0, p.length() - ":path".length());
      if (!folder.endsWith("/" + pagesFolder)) {
        diags.add(
            Diagnostic.warning(code, at(s), "the edit address `" + folder + "` is not of a `" + (pagesFolder.isEmpty() ? "docs/" : pagesFolder) + "` folder: pages get no edit links")
                .withHint("set `edit_url` in a site.yaml beside `docs/` to the address of the folder that holds it"));
        return null;
      }
      return folder.substring(0, folder.length() - pagesFolder.length());
    }

    /** The logo: a file of {@code docs/public/} (its light one where it has two). */
    String logo(JsLiteral.Value v) {
      JsLiteral.Value src = v instanceof JsLiteral.Obj o ? (o.get("light") != null ? o.get("light") : o.get("src")) : v;
      return src instanceof JsLiteral.Str s ? publicFile(s, "logo") : null;
    }

    /** The icon {@code head} links ({@code ['link', {rel: 'icon', href: '/favicon.ico'}]}); its other tags are named. */
    String favicon(JsLiteral.Value head) {
      if (!(head instanceof JsLiteral.Arr tags)) {
        return null;
      }
      String icon = null;
      int others = 0;
      JsLiteral.Value first = null;
      for (JsLiteral.Value t : tags.items()) {
        if (t instanceof JsLiteral.Arr tag && tag.items().size() >= 2 && tag.items().get(0) instanceof JsLiteral.Str name && name.value().equals("link")
            && tag.items().get(1) instanceof JsLiteral.Obj attrs && attrs.string("rel") != null && attrs.string("rel").strip().matches("(?i)(shortcut )?icon") && attrs.get("href") instanceof JsLiteral.Str href) {
          icon = icon == null ? publicFile(href, "icon") : icon;
        } else {
          others++;
          first = first == null ? t : first;
        }
      }
      if (others > 0) {
        diags.add(
            Diagnostic.warning(code, at(first), "the `head` tags other than the icon are not added to the pages" + (others > 1 ? " (" + others + ")" : ""))
                .withHint("the site loads nothing from other hosts and runs no inline script; a site.yaml's `stylesheets` adds a stylesheet of the content"));
      }
      return icon;
    }

    private String publicFile(JsLiteral.Str value, String what) {
      String v = value.value().strip();
      String path = handbook.content.Urls.normalize(publicFolder + v.replaceAll("^/+", ""));
      if (path == null || !files.contains(path)) {
        diags.add(Diagnostic.warning(code, at(value), "the " + what + " names no file of `" + pagesFolder + publicFolder.substring(DOCS.length()) + "`: `" + v + "`: the theme's " + what + " is shown"));
        return null;
      }
      return path;
    }

    /** The footer's message and copyright, as one line without HTML. */
    String footer(JsLiteral.Obj footer) {
      StringBuilder b = new StringBuilder();
      for (String key : List.of("message", "copyright")) {
        JsLiteral.Value v = footer.get(key);
        if (v instanceof JsLiteral.Str s && !s.value().isBlank()) {
          b.append(b.length() > 0 ? " " : "").append(org.jsoup.Jsoup.parseBodyFragment(s.value()).text().strip());
        } else if (v != null && !(v instanceof JsLiteral.Str)) {
          diags.add(Diagnostic.warning(code, at(v), "the footer's `" + key + "` is made by code (not a string): it is not shown"));
        }
      }
      return b.toString();
    }

    /** The outline's levels ({@link VitePressConfig#outline}), or an object with them as {@code level}; one not read is named. */
    handbook.content.Mount.Toc outline(JsLiteral.Value v) {
      JsLiteral.Value level = v instanceof JsLiteral.Obj o ? o.get("level") : v;
      if (level == null) {
        return OUTLINE;
      }
      Object plain = level instanceof JsLiteral.Str s ? s.value() : level instanceof JsLiteral.Arr a ? a.items().stream().map(i -> i instanceof JsLiteral.Str s ? s.value() : "").toList() : "";
      handbook.content.Mount.Toc toc = VitePressConfig.outline(plain);
      if (toc == null) {
        diags.add(Diagnostic.warning(code, at(level), "the outline's level is 2 to 6, `[min, max]` or `'deep'`: pages show their H2s"));
        return OUTLINE;
      }
      return toc;
    }
  }

  /**
   * The levels of an outline, as the config's {@code themeConfig.outline} and a page's front matter
   * write them (a value read plain: a text, a number, a truth value or a list): a level
   * ({@code 2}), two ({@code [2, 3]}), {@code 'deep'} (H2 to H6), or {@code false} (none); null
   * for another value.
   */
  public static handbook.content.Mount.Toc outline(Object value) {
    if ("deep".equals(value)) {
      return new handbook.content.Mount.Toc(2, 6);
    }
    if (Boolean.FALSE.equals(value) || "false".equals(value)) {
      return handbook.content.Mount.Toc.NONE;
    }
    int one = level(value);
    if (one > 0) {
      return new handbook.content.Mount.Toc(one, one);
    }
    if (value instanceof List<?> pair && pair.size() == 2 && level(pair.get(0)) > 0 && level(pair.get(0)) <= level(pair.get(1))) {
      return new handbook.content.Mount.Toc(level(pair.get(0)), level(pair.get(1)));
    }
    return null;
  }

  /** A heading's level, 2 to 6, written as a number or a text; else 0. */
  private static int level(Object v) {
    String s = v instanceof Number || v instanceof String ? v.toString().strip() : "";
    return s.matches("[2-6]") ? Integer.parseInt(s) : 0;
  }
}
