package handbook.config;

import handbook.content.Mount;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a Hugo project's config says of the site: {@code hugo.toml} ({@code .yaml}, {@code .json},
 * or the older {@code config.*}) beside its {@code content/} folder, or the same in
 * {@code config/_default/}, with the config folder's other files merged over it, then Hugo's
 * {@code HUGO_} environment variables and the default language's settings. Hugo reads keys in any case
 * ({@code baseURL}, {@code baseurl}), and so does this. The project's {@code content/} is the
 * site's pages and its {@code static/} is published at the root, as Hugo does.
 *
 * @param title {@code title}, or null
 * @param description {@code params.description}, or null
 * @param baseUrl {@code baseURL} where it is an absolute http(s) URL, or null
 * @param language Norwegian where {@code defaultContentLanguage} or {@code languageCode} is
 *     {@code nb}, {@code nn} or {@code no}, else English
 * @param editUrl the project's folder in the repository's editor (the edit link of
 *     {@code content/x.md} is this and that path), from Docsy's {@code github_repo},
 *     {@code github_branch} and {@code github_subdir}, Hugo Book's {@code BookRepo} and
 *     {@code BookEditPath}, or Hextra's {@code editURL.base}; or null
 * @param lastUpdated {@code enableGitInfo}: each page shows its last change
 * @param copyright {@code copyright} as text, or empty
 * @param favicon {@code static/favicon.ico} (or {@code .svg}, {@code .png}) where it is there,
 *     which Hugo's themes link; or null
 * @param contentDir the folder of the pages, ending in {@code /}: {@code content/}, or the
 *     {@code contentDir} of the config or of its default language (Docsy's {@code content/en/}),
 *     or the folder a mount ({@code module.mounts}) puts at {@code content}
 * @param logo the image in {@code static/} that Hugo Book's {@code BookLogo} or Hextra's
 *     {@code navbar.logo.path} names, or null
 * @param languages the codes of the site's languages, the default one ({@code defaultContentLanguage},
 *     else {@code en}) first: a page's file name may end in one ({@code about.nb.md})
 * @param menu the config's main menu ({@code menu.main}): the header's links, with those of the
 *     pages' front matter ({@link #menu(List, List)})
 * @param footer the footer's links: Docsy's {@code params.links} ({@code user}, then {@code developer})
 * @param permalinks the URL patterns of its sections' pages ({@code permalinks}), those followed
 * @param taxonomies its taxonomies other than {@code tags} ({@code taxonomies}; by default
 *     {@code categories}), whose terms are listed with the tags
 * @param schedule the dated pages it publishes: by default none dated after the build's time and
 *     none expired, as Hugo builds ({@code buildFuture}, {@code buildExpired})
 * @param tagged whether Hugo makes its taxonomies' pages: not where {@code disableKinds} turns off
 *     both {@code taxonomy} and {@code term}
 * @param cascade the config's {@code cascade}: front matter for every page under its own
 * @param ignoreFiles the config's {@code ignoreFiles}: patterns of the files of its pages' folder
 *     that Hugo leaves out (those that are no pattern named)
 * @param toc the levels of headings in a page's table of contents ({@code markup.tableOfContents})
 * @param markdown the syntax its pages are read with: Goldmark's typographer, on unless
 *     {@code markup.goldmark.extensions.typographer} turns it off; and its {@code params} for the
 *     {@code param} shortcode, as {@code params.x} (in lower case, as Hugo's keys are read)
 * @param image the first of {@code params.images}, the image of the pages' link previews (as Hugo's
 *     Open Graph template reads it): a content path in {@code static/}, an http(s) address, or null
 * @param locales the languages the site is built in ({@link #locales(YamlNode.Mapping, String, Diagnostics)}):
 *     empty for one
 */
public record HugoConfig(
    String title, String description, String baseUrl, String language, String editUrl, boolean lastUpdated, String copyright, String favicon, String contentDir, String logo, List<String> languages, List<MenuEntry> menu, List<SiteLink> footer, List<Mount.Permalink> permalinks, List<String> taxonomies, Mount.Schedule schedule, boolean tagged, List<Mount.Default> cascade, List<java.util.regex.Pattern> ignoreFiles, Mount.Toc toc,
    handbook.markdown.RenderOptions.Extensions markdown, String image, List<SiteLocale> locales) {
  /** An entry of Hugo's main menu: its weight (0: none), its name and its link. */
  public record MenuEntry(int weight, String name, SiteLink link) {}

  /** The header's links of the config's main menu alone, in Hugo's order. */
  public List<SiteLink> links() {
    return menu(menu, List.of());
  }

  /**
   * The header's links: the config's main menu and the pages' entries in it (their front
   * matter's {@code menu: main}), by weight, those without one (0) last, then by name, as Hugo
   * sorts a menu.
   */
  public static List<SiteLink> menu(List<MenuEntry> config, List<MenuEntry> pages) {
    List<MenuEntry> all = new ArrayList<>(config);
    all.addAll(pages);
    all.sort(java.util.Comparator.comparingInt((MenuEntry x) -> x.weight() == 0 ? Integer.MAX_VALUE : x.weight()).thenComparing(MenuEntry::name));
    return all.stream().map(MenuEntry::link).toList();
  }

  /** Hugo's config files beside {@code content/}, the first one there read. */
  public static final List<String> FILES = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json");

  /** The folder of Hugo's split config's default files. */
  private static final String CONFIG_DIR = "config/_default/";

  /** The folder of a Hugo project's pages. */
  public static final String CONTENT = "content/";

  private static final String CODE = "config.hugo";

  /** The folders of a Hugo project that are not its pages: its theme, templates, resources, output. */
  public static final List<String> THEIRS = List.of("themes/", "layouts/", "archetypes/", "assets/", "data/", "i18n/", "resources/", "public/", "static/", "config/");

  /**
   * The project's config file among the content folder's files, or null where the content is no
   * Hugo project: none there, or one of the older names ({@code config.toml}, which other tools
   * use too) without a {@code content/} folder beside it.
   */
  public static String file(Collection<String> files) {
    String found = null;
    for (String name : FILES) {
      if (files.contains(name)) {
        found = name;
        break;
      }
    }
    for (int i = 0; found == null && i < FILES.size(); i++) {
      if (files.contains(CONFIG_DIR + FILES.get(i))) {
        found = CONFIG_DIR + FILES.get(i);
      }
    }
    if (found == null) {
      return null;
    }
    if (found.substring(found.lastIndexOf('/') + 1).startsWith("hugo.")) {
      return found;
    }
    for (String f : files) {
      if (f.startsWith(CONTENT)) {
        return found;
      }
    }
    return null;
  }

  /**
   * The files of the config folder that Hugo merges over its config file, in its order, a later
   * one's values winning: those of {@code config/_default/} (its sub-folders' too), then those of
   * the environment's folder: {@code config/production/}, as {@code hugo} builds, or the one
   * {@code HUGO_ENVIRONMENT} names.
   */
  public static List<String> folderFiles(Collection<String> files, String config, Map<String, String> env) {
    String environment = environment(env);
    List<String> folders = new ArrayList<>(List.of(CONFIG_DIR));
    if (environment.matches("[\\w-][\\w.-]*") && !environment.equals("_default")) {
      folders.add("config/" + environment + "/");
    }
    List<String> out = new ArrayList<>();
    for (String folder : folders) {
      files.stream().filter(f -> f.startsWith(folder) && !f.equals(config) && f.matches(".*\\.(?:toml|yaml|yml|json)")).sorted().forEach(out::add);
    }
    return out;
  }

  /** Hugo's environment of a build with these variables: {@code HUGO_ENVIRONMENT}, else {@code HUGO_ENV}, else {@code production}. */
  public static String environment(Map<String, String> env) {
    return env.getOrDefault("HUGO_ENVIRONMENT", env.getOrDefault("HUGO_ENV", "production"));
  }

  /**
   * The environment of a preview ({@code serve}): these variables, with Hugo's {@code development}
   * environment where neither {@code HUGO_ENVIRONMENT} nor {@code HUGO_ENV} names one, as
   * {@code hugo server} reads {@code config/development/}.
   */
  public static Map<String, String> previewed(Map<String, String> env) {
    if (env.containsKey("HUGO_ENVIRONMENT") || env.containsKey("HUGO_ENV")) {
      return env;
    }
    Map<String, String> out = new java.util.HashMap<>(env);
    out.put("HUGO_ENVIRONMENT", "development");
    return out;
  }

  /**
   * The config with the config folder's files merged over it (see {@link #folderFiles}): a file
   * named {@code hugo} or {@code config} holds settings, another those of the key its name says
   * ({@code params.toml}, {@code menus.toml}); one whose name ends in a language's code
   * ({@code menus.en.toml}) is read where it is the default language's, else named.
   */
  private static YamlNode.Mapping withFolder(YamlNode.Mapping map, List<SourceFile> folder, String building, Diagnostics diags) {
    for (SourceFile f : folder) {
      if (language(f) == null) {
        map = withFile(map, f, diags);
      }
    }
    // (the default language is known once the others are merged)
    String language = building != null ? building : defaultLanguage(map);
    List<String> all = languages(map, null);
    for (SourceFile f : folder) {
      String lang = language(f);
      if (lang != null && lang.equalsIgnoreCase(language)) {
        map = withFile(map, f, diags);
      } else if (lang != null && (all.size() < 2 || !all.contains(lang.toLowerCase(java.util.Locale.ROOT)))) {
        diags.add(Diagnostic.warning(CODE, Span.file(f.displayPath()), "`" + f.path() + "` is the `" + lang + "` language's: it is not read, the site is built in the default language `" + language + "`"));
      }
    }
    return map;
  }

  /** A config folder file's name without its extension ({@code menus.en}). */
  private static String baseName(SourceFile f) {
    String name = f.path().substring(f.path().lastIndexOf('/') + 1);
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** The language a config folder file is of ({@code en} of {@code menus.en.toml}), or null. */
  private static String language(SourceFile f) {
    String name = baseName(f);
    return name.contains(".") ? name.substring(name.indexOf('.') + 1) : null;
  }

  /** The config with a config folder file's settings merged over it: its own, or those of the key its name says. */
  private static YamlNode.Mapping withFile(YamlNode.Mapping map, SourceFile f, Diagnostics diags) {
    YamlNode.Mapping own = parse(f, diags);
    if (own == null) {
      return map;
    }
    String key = baseName(f).replaceFirst("\\..*", "");
    YamlNode.Mapping part = key.equals("hugo") || key.equals("config") ? own : new YamlNode.Mapping(Map.of(key, new YamlNode.Mapping.Entry(key, 1, 1, own)), 1, 1);
    return map.mergedWith(part.from(f.displayPath()), true);
  }

  /**
   * The config with Hugo's environment variables over it, as Hugo reads them: {@code HUGO_TITLE}
   * sets {@code title}, {@code HUGO_PARAMS_DESCRIPTION} {@code params.description}; the character
   * after {@code HUGO} parts the keys ({@code HUGOxPARAMSxGITHUB_REPO}). Messages about such a
   * setting name the variable.
   */
  private static YamlNode.Mapping withVariables(YamlNode.Mapping map, Map<String, String> env) {
    for (Map.Entry<String, String> v : new java.util.TreeMap<>(env).entrySet()) {
      String name = v.getKey();
      if (!name.startsWith("HUGO") || name.length() < 6) {
        continue;
      }
      String[] keys = name.substring(5).split(java.util.regex.Pattern.quote(name.substring(4, 5)), -1);
      if (java.util.Arrays.stream(keys).anyMatch(String::isEmpty) || !settable(map, keys)) {
        continue;
      }
      String at = "$" + name;
      YamlNode value = new YamlNode.Scalar(v.getValue(), YamlNode.Scalar.Type.STRING, 0, 0, at);
      for (int i = keys.length - 1; i >= 0; i--) {
        String key = keys[i].toLowerCase(java.util.Locale.ROOT);
        value = new YamlNode.Mapping(Map.of(key, new YamlNode.Mapping.Entry(key, 0, 0, value, at)), 0, 0, at);
      }
      map = over(map, (YamlNode.Mapping) value);
    }
    return map;
  }

  /** Whether a text may be set at these keys: not over a map (HUGO_PARAMS), nor under a value that is no map (HUGO_TITLE_X), as Hugo skips them. */
  private static boolean settable(YamlNode.Mapping map, String[] keys) {
    YamlNode node = map;
    for (String key : keys) {
      if (!(node instanceof YamlNode.Mapping m)) {
        return false;
      }
      node = get(m, key);
      if (node == null) {
        return true;
      }
    }
    return !(node instanceof YamlNode.Mapping);
  }

  /** These settings over the config's, maps merged key by key and keys in any case; in the config's place. */
  private static YamlNode.Mapping over(YamlNode.Mapping map, YamlNode.Mapping settings) {
    YamlNode.Mapping merged = map.mergedWith(settings, true);
    return new YamlNode.Mapping(merged.entries(), map.line(), map.column(), map.file());
  }

  /**
   * The config with its default language's settings merged over it ({@code languages.en.title},
   * {@code .params}, {@code .menus}), as Hugo reads the site in that language; {@code menu} and
   * {@code menus} are one key.
   */
  private static YamlNode.Mapping withLanguage(YamlNode.Mapping map, String building) {
    if (!(get(map, "languages") instanceof YamlNode.Mapping languages) || !(get(languages, building != null ? building : defaultLanguage(map)) instanceof YamlNode.Mapping own)) {
      return map;
    }
    String menus = get(map, "menu") != null ? "menu" : "menus";
    Map<String, YamlNode.Mapping.Entry> entries = new java.util.LinkedHashMap<>();
    own.entries().forEach((key, e) -> {
      String k = key.equalsIgnoreCase("menu") || key.equalsIgnoreCase("menus") ? menus : key;
      entries.put(k, new YamlNode.Mapping.Entry(k, e.keyLine(), e.keyColumn(), e.value(), e.file()));
    });
    return over(map, new YamlNode.Mapping(entries, own.line(), own.column(), own.file()));
  }

  /** The code of the default language, as written: {@code defaultContentLanguage}, else {@code en}. */
  private static String defaultLanguage(YamlNode.Mapping map) {
    String code = text(get(map, "defaultContentLanguage"));
    return code == null ? "en" : code;
  }

  /** Reads the config with its config folder's files ({@link #folderFiles}); what it cannot take is named ({@code config.hugo}). */
  public static HugoConfig read(SourceFile config, List<SourceFile> folder, Set<String> files, Map<String, String> env, Diagnostics diags) {
    return read(config, folder, files, env, null, diags);
  }

  /**
   * The same, as the site is read in one of its languages ({@code fr}; null for its default): that
   * language's settings merged over the config, its folder of pages, its config folder's files
   * ({@code menus.fr.toml}).
   */
  public static HugoConfig read(SourceFile config, List<SourceFile> folder, Set<String> files, Map<String, String> env, String building, Diagnostics diags) {
    YamlNode.Mapping parsed = parse(config, diags);
    YamlNode.Mapping map = parsed == null ? null : withLanguage(withVariables(withFolder(parsed, folder, building, diags), env), building);
    YamlNode.Mapping params = map == null ? null : get(map, "params") instanceof YamlNode.Mapping p ? p : null;
    if (map == null) {
      return new HugoConfig(null, null, null, "en", null, false, "", favicon(files), CONTENT, null, List.of("en"), List.of(), List.of(), List.of(), DEFAULT_TAXONOMIES, HUGO_SCHEDULE, true, List.of(), List.of(), Mount.Toc.DEFAULT, handbook.markdown.RenderOptions.Extensions.TYPOGRAPHY.with(TEXT).with(handbook.markdown.RenderOptions.Extension.WWW_HTTPS), null, List.of());
    }
    String file = config.displayPath();
    String title = text(get(map, "title"));
    String description = text(param(params, "description"));
    String baseUrl = text(get(map, "baseURL"));
    if (baseUrl != null && !baseUrl.matches("https?://[^\\s\"'<>]+")) {
      if (!baseUrl.equals("/")) {
        diags.add(warning(file, get(map, "baseURL"), "`baseURL` is not an absolute http(s) URL: the site is built without it"));
      }
      baseUrl = null;
    }
    String copyright = text(get(map, "copyright"));
    copyright = copyright == null ? "" : org.jsoup.Jsoup.parseBodyFragment(copyright).text().strip();
    named(map, file, diags);
    boolean tagged = tagged(map, file, diags);
    return new HugoConfig(
        title, description, baseUrl, language(map, file, diags), editUrl(params, file, diags), bool(get(map, "enableGitInfo")), copyright, favicon(files),
        contentDir(map, building, file, diags), logo(params, files, file, diags), languages(map, building), menu(map, file, diags), footer(params, file),
        permalinks(map, file, diags), tagged ? taxonomies(map, file, diags) : List.of(), new Mount.Schedule(bool(get(map, "buildFuture")), bool(get(map, "buildExpired")), zone(map, file, diags), bool(get(map, "buildDrafts")), dates(map, file, diags)), tagged, cascade(map, file), ignoreFiles(map, file, diags), toc(map, file, diags),
        goldmark(map, file, diags).with(TEXT).withVariables(params(params)), image(params, baseUrl, files, file, diags), locales(map, file, diags));
  }

  /** Hugo runs no template over a page's text (but its shortcodes): {@code {{ x }}} is text there. */
  private static final handbook.markdown.RenderOptions.Extension TEXT = handbook.markdown.RenderOptions.Extension.TEMPLATES_AS_TEXT;

  /** The site's params by their paths in lower case ({@code params.version}), for the {@code param} shortcode. */
  private static Map<String, String> params(YamlNode.Mapping params) {
    Map<String, String> out = new java.util.TreeMap<>();
    TemplateVariables.of(params, "params.").forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return out;
  }

  /**
   * Goldmark's typographer, which Hugo runs by default: none where
   * {@code markup.goldmark.extensions.typographer} is false or its {@code disable} true; its own
   * characters (for another language's quotes) are named, not read.
   */
  private static handbook.markdown.RenderOptions.Extensions typographer(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode typographer = goldmarkExtension(map, "typographer");
    if (typographer instanceof YamlNode.Scalar off && "false".equalsIgnoreCase(off.value())) {
      return handbook.markdown.RenderOptions.Extensions.NONE;
    }
    if (typographer instanceof YamlNode.Mapping t) {
      if (get(t, "disable") instanceof YamlNode.Scalar off && "true".equalsIgnoreCase(off.value())) {
        return handbook.markdown.RenderOptions.Extensions.NONE;
      }
      for (YamlNode.Mapping.Entry e : t.entries().values()) {
        if (!e.key().equalsIgnoreCase("disable")) {
          diags.add(Diagnostic.warning("config.hugo", e.keySpan(file), "the typographer's `" + e.key() + "` is not read: its usual characters are written (“ ” ‘ ’ – — … « »)"));
        }
      }
    }
    return handbook.markdown.RenderOptions.Extensions.TYPOGRAPHY;
  }

  /** {@code markup.goldmark.extensions.<name>} of the config, or null. */
  private static YamlNode goldmarkExtension(YamlNode.Mapping map, String name) {
    YamlNode.Mapping extensions = goldmarkPart(map, "extensions");
    return extensions == null ? null : get(extensions, name);
  }

  /** {@code markup.goldmark.<name>} of the config where it is a map, or null. */
  private static YamlNode.Mapping goldmarkPart(YamlNode.Mapping map, String name) {
    YamlNode markup = get(map, "markup");
    YamlNode goldmark = markup instanceof YamlNode.Mapping m ? get(m, "goldmark") : null;
    return goldmark instanceof YamlNode.Mapping g && get(g, name) instanceof YamlNode.Mapping part ? part : null;
  }

  /** Goldmark's extensions Hugo configures, by their names in lower case. */
  private static final Set<String> GOLDMARK_EXTENSIONS =
      Set.of("cjk", "definitionlist", "extras", "footnote", "linkify", "linkifyprotocol", "passthrough", "strikethrough", "table", "tasklist", "typographer");

  /** The extensions drawn here where Hugo's config turns them off, and what they draw. */
  private static final Map<String, String> ALWAYS_ON =
      Map.of("table", "tables are drawn", "taskList", "task lists' boxes are drawn", "footnote", "footnotes are drawn", "definitionList", "definition lists are drawn");

  /**
   * What Hugo's Goldmark makes of a page's Markdown ({@code markup.goldmark}): its typographer and
   * extras, its autolinks ({@code linkify}) and their scheme ({@code linkifyProtocol}, https by
   * default), its strikethrough (or its extras' {@code delete}), and line ends as line breaks ({@code renderer.hardWraps}). An
   * extension turned off that is drawn here all the same, CJK's line breaks and a key Goldmark does
   * not have are named.
   */
  private static handbook.markdown.RenderOptions.Extensions goldmark(YamlNode.Mapping map, String file, Diagnostics diags) {
    handbook.markdown.RenderOptions.Extensions x = extras(map, file, diags, typographer(map, file, diags));
    if (isFalse(goldmarkExtension(map, "linkify"))) {
      x = x.with(handbook.markdown.RenderOptions.Extension.NO_AUTOLINKS);
    } else if (!"http".equalsIgnoreCase(text(goldmarkExtension(map, "linkifyProtocol")))) {
      x = x.with(handbook.markdown.RenderOptions.Extension.WWW_HTTPS);
    }
    boolean deletes = goldmarkExtension(map, "extras") instanceof YamlNode.Mapping extras && get(extras, "delete") instanceof YamlNode.Mapping delete && bool(get(delete, "enable"));
    if (isFalse(goldmarkExtension(map, "strikethrough")) && !deletes) { // the extras' delete draws ~~x~~ too
      x = x.with(handbook.markdown.RenderOptions.Extension.NO_STRIKETHROUGH);
    }
    YamlNode.Mapping renderer = goldmarkPart(map, "renderer");
    if (renderer != null && bool(get(renderer, "hardWraps"))) {
      x = x.with(handbook.markdown.RenderOptions.Extension.NL2BR);
    }
    YamlNode.Mapping extensions = goldmarkPart(map, "extensions");
    if (extensions == null) {
      return x;
    }
    for (YamlNode.Mapping.Entry e : extensions.entries().values()) {
      String key = e.key();
      String drawn = ALWAYS_ON.entrySet().stream().filter(on -> on.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).findFirst().orElse(null);
      if (drawn != null && isFalse(e.value())) {
        diags.add(warning(file, e.value(), "`markup.goldmark.extensions." + key + ": false` is not followed: " + drawn + " all the same"));
      } else if (key.equalsIgnoreCase("cjk") && e.value() instanceof YamlNode.Mapping cjk && bool(get(cjk, "enable"))) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "`markup.goldmark.extensions.cjk` is not read: a line end between East Asian characters is a space here"));
      } else if (!GOLDMARK_EXTENSIONS.contains(key.toLowerCase(java.util.Locale.ROOT))) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "`markup.goldmark.extensions." + key + "` is no extension of Hugo's Goldmark: it is not read"));
      }
    }
    return x;
  }

  private static boolean isFalse(YamlNode node) {
    return node instanceof YamlNode.Scalar s && "false".equalsIgnoreCase(s.value());
  }

  /**
   * Hugo's Goldmark extras that its config turns on ({@code markup.goldmark.extensions.extras}):
   * marks ({@code ==x==}), subscripts ({@code ~x~}) and superscripts ({@code ^x^}); its insertions
   * ({@code ++x++}) are named, shown as written.
   */
  private static handbook.markdown.RenderOptions.Extensions extras(YamlNode.Mapping map, String file, Diagnostics diags, handbook.markdown.RenderOptions.Extensions x) {
    if (!(goldmarkExtension(map, "extras") instanceof YamlNode.Mapping extras)) {
      return x;
    }
    java.util.Map<String, handbook.markdown.RenderOptions.Extension> read =
        java.util.Map.of(
            "mark", handbook.markdown.RenderOptions.Extension.EXTRA_MARK,
            "subscript", handbook.markdown.RenderOptions.Extension.EXTRA_SUBSCRIPT,
            "superscript", handbook.markdown.RenderOptions.Extension.EXTRA_SUPERSCRIPT);
    for (YamlNode.Mapping.Entry entry : extras.entries().values()) {
      boolean on = entry.value() instanceof YamlNode.Mapping one && get(one, "enable") instanceof YamlNode.Scalar enable && "true".equalsIgnoreCase(enable.value());
      String name = entry.key().toLowerCase(java.util.Locale.ROOT);
      if (on && read.containsKey(name)) {
        x = x.with(read.get(name));
      } else if (on && name.equals("insert")) {
        diags.add(Diagnostic.warning("config.hugo", entry.keySpan(file), "the extras' `insert` is not read: `++x++` is shown as written"));
      }
    }
    return x;
  }

  /**
   * The levels of headings in a page's table of contents: {@code markup.tableOfContents}'
   * {@code startLevel} and {@code endLevel} (2 and 3 by default), from H2 (the page's title is its
   * H1); others are named. None where Hugo Book's {@code params.BookToC} is false.
   */
  private static Mount.Toc toc(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode.Mapping params = get(map, "params") instanceof YamlNode.Mapping p ? p : null;
    if (params != null && get(params, "BookToC") instanceof YamlNode.Scalar book && "false".equalsIgnoreCase(book.value())) {
      // Hugo Book's pages without their tables of contents
      return Mount.Toc.NONE;
    }
    YamlNode levels = get(map, "markup") instanceof YamlNode.Mapping markup ? get(markup, "tableOfContents") : null;
    if (!(levels instanceof YamlNode.Mapping toc)) {
      return Mount.Toc.DEFAULT;
    }
    int[] read = {2, 3};
    String[] keys = {"startLevel", "endLevel"};
    for (int i = 0; i < 2; i++) {
      String text = text(get(toc, keys[i]));
      if (text != null && text.matches("[1-6]")) {
        read[i] = Integer.parseInt(text);
      } else if (get(toc, keys[i]) != null) {
        diags.add(warning(file, get(toc, keys[i]), "`markup.tableOfContents." + keys[i] + "` is a level of headings from 1 to 6: it is not read"));
      }
    }
    if (read[0] > read[1]) {
      diags.add(warning(file, get(toc, "endLevel"), "`markup.tableOfContents.endLevel` is below its `startLevel`: the tables of contents list H2 and H3"));
      return Mount.Toc.DEFAULT;
    }
    // (an H1 is the page's title)
    return new Mount.Toc(Math.max(2, read[0]), read[1]);
  }

  /**
   * Whether Hugo leaves a file of the pages' folder out ({@code ignoreFiles}): a pattern found in
   * its path (Hugo matches the path on its disk, here the project's path of it).
   */
  public boolean ignores(String path) {
    return ignoreFiles.stream().anyMatch(p -> p.matcher(path).find());
  }

  /** The config's {@code ignoreFiles}, each a regular expression; one that is none is named. */
  private static List<java.util.regex.Pattern> ignoreFiles(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode node = get(map, "ignoreFiles");
    List<java.util.regex.Pattern> out = new ArrayList<>();
    for (YamlNode item : node instanceof YamlNode.Seq seq ? seq.items() : node == null ? List.<YamlNode>of() : List.of(node)) {
      String re = text(item);
      try {
        if (re == null) {
          throw new java.util.regex.PatternSyntaxException("no text", item.describe(), -1);
        }
        out.add(java.util.regex.Pattern.compile(re));
      } catch (java.util.regex.PatternSyntaxException e) {
        diags.add(warning(file, item, (re == null ? item.describe() : "`" + re + "`") + " in `ignoreFiles` is no regular expression: it leaves nothing out"));
      }
    }
    return List.copyOf(out);
  }

  /** The config's {@code cascade} (a map, or a list of them), each part read from the config's file, for every page. */
  private static List<Mount.Default> cascade(YamlNode.Mapping map, String file) {
    YamlNode cascade = get(map, "cascade");
    List<Mount.Default> out = new ArrayList<>();
    for (YamlNode part : cascade instanceof YamlNode.Seq seq ? seq.items() : cascade == null ? List.<YamlNode>of() : List.of(cascade)) {
      if (part instanceof YamlNode.Mapping m) {
        out.add(new Mount.Default("", null, m.from(file)));
      }
    }
    return List.copyOf(out);
  }

  /** The kinds of pages Hugo makes, as {@code disableKinds} names them (in lower case). */
  private static final Set<String> KINDS = Set.of("home", "page", "section", "taxonomy", "term", "rss", "sitemap", "robotstxt", "404");

  /**
   * Whether Hugo makes its taxonomies' pages: not where {@code disableKinds} turns off both the
   * list of a taxonomy's terms ({@code taxonomy}) and each term's page ({@code term}); a page's
   * tags are then listed nowhere here. One of the two alone is named (Hugo then makes the other;
   * its older {@code taxonomyTerm} is today's {@code taxonomy}), and so are the kinds made here all
   * the same ({@code sitemap}, {@code section}, ...); {@code rss}: none is made here.
   */
  private static boolean tagged(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode node = get(map, "disableKinds");
    if (node == null) {
      return true;
    }
    if (!(node instanceof YamlNode.Seq seq)) {
      diags.add(warning(file, node, "`disableKinds` is not a list of kinds (`['taxonomy', 'term']`): every kind of page is made"));
      return true;
    }
    java.util.Map<String, YamlNode> off = new java.util.LinkedHashMap<>();
    for (YamlNode item : seq.items()) {
      String kind = item instanceof YamlNode.Scalar sc && sc.value() != null ? sc.value().strip().toLowerCase(java.util.Locale.ROOT) : "";
      kind = kind.equals("taxonomyterm") ? "taxonomy" : kind;
      if (!KINDS.contains(kind)) {
        diags.add(warning(file, item, (kind.isEmpty() ? item.describe() : "`" + ((YamlNode.Scalar) item).value().strip() + "`") + " in `disableKinds` is no kind of page Hugo makes").withHint("the kinds are home, page, section, taxonomy, term, rss, sitemap, robotsTXT and 404"));
      } else if (!kind.equals("rss")) {
        off.putIfAbsent(kind, item);
      }
    }
    boolean tagged = !(off.containsKey("taxonomy") && off.containsKey("term"));
    if (tagged && (off.containsKey("taxonomy") || off.containsKey("term"))) {
      String one = off.containsKey("term") ? "term" : "taxonomy";
      diags.add(
          warning(file, off.get(one), "`disableKinds` turns off `" + one + "` but not `" + (one.equals("term") ? "taxonomy" : "term") + "`: the tags' pages are made here all the same")
              .withHint("turn off both (`['taxonomy', 'term']`; `term` is Hugo 0.73's name for the older `taxonomy`) to list no tags"));
    }
    off.keySet().removeAll(Set.of("taxonomy", "term"));
    if (!off.isEmpty()) {
      List<String> written = off.values().stream().map(n -> "`" + ((YamlNode.Scalar) n).value().strip() + "`").toList();
      diags.add(warning(file, off.values().iterator().next(), "`disableKinds`' " + String.join(", ", written) + " " + (off.size() == 1 ? "is" : "are") + " made here all the same"));
    }
    return tagged;
  }

  /** Hugo's default: no page dated after the build's time, none expired. */
  private static final Mount.Schedule HUGO_SCHEDULE = new Mount.Schedule(false, false, java.time.ZoneOffset.UTC);

  /**
   * Where pages' dates come from: the config's {@code [frontmatter]} as Hugo reads it, each list's
   * {@code :default} its default keys, a key followed by its other names ({@code publishdate} by
   * {@code pubdate} and {@code published}), in lower case. Named, and not read: {@code :git} and
   * {@code :fileModTime} (a page's dates come from its text here) and keys Hugo does not know.
   */
  private static Mount.Dates dates(YamlNode.Mapping map, String file, Diagnostics diags) {
    Mount.Dates hugo = Mount.Dates.HUGO;
    if (!(get(map, "frontmatter") instanceof YamlNode.Mapping config)) {
      return hugo;
    }
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    lists.put("date", hugo.date());
    lists.put("publishdate", hugo.publishDate());
    lists.put("expirydate", hugo.expiryDate());
    // Hugo's own lists before its aliases were added to them
    Map<String, List<String>> own = Map.of("date", List.of("date", "publishdate", "lastmod"), "publishdate", List.of("publishdate", "date"), "expirydate", List.of("expirydate"));
    config.entries().forEach((key, e) -> {
      String name = key.toLowerCase(Locale.ROOT);
      if (name.equals("lastmod")) {
        return; // (a page's last change is its git history's, with enableGitInfo)
      }
      if (!lists.containsKey(name)) {
        diags.add(warning(file, e.value(), "`frontmatter." + key + "` is no date Hugo reads: it is not read"));
        return;
      }
      List<String> written = new ArrayList<>();
      for (YamlNode item : e.value() instanceof YamlNode.Seq seq ? seq.items() : List.of(e.value())) {
        String text = text(item);
        for (String as : text == null ? new String[0] : text.split("\\s+")) {
          String one = as.toLowerCase(Locale.ROOT);
          if (one.equals(":git") || one.equals(":filemodtime")) {
            diags.add(
                warning(file, item, "`" + as + "` in `frontmatter." + key + "` is not read: a page's dates come from its front matter and file name here")
                    .withHint("give the pages the dates in their front matter, or `:filename` with dated file names"));
          } else if (one.equals(":default")) {
            written.addAll(own.get(name));
          } else if (one.startsWith(":") && !one.equals(":filename")) {
            diags.add(warning(file, item, "`" + as + "` in `frontmatter." + key + "` is no source of dates Hugo knows: it is not read"));
          } else {
            written.add(one);
          }
        }
      }
      lists.put(name, aliased(written));
    });
    return new Mount.Dates(lists.get("date"), lists.get("publishdate"), lists.get("expirydate"));
  }

  /** A list of date keys with each one's other names after it, as Hugo reads them, each once. */
  private static List<String> aliased(List<String> keys) {
    Map<String, List<String>> aliases = Map.of("lastmod", List.of("modified"), "publishdate", List.of("pubdate", "published"), "expirydate", List.of("unpublishdate"));
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (String key : keys) {
      out.add(key);
      out.addAll(aliases.getOrDefault(key, List.of()));
    }
    return List.copyOf(out);
  }

  /** The time zone of dates written without an offset: {@code timeZone}, else UTC; one that is none named. */
  private static java.time.ZoneId zone(YamlNode.Mapping map, String file, Diagnostics diags) {
    String name = text(get(map, "timeZone"));
    java.time.ZoneId zone = Mount.Schedule.zone(name);
    if (name != null && zone == null) {
      diags.add(warning(file, get(map, "timeZone"), "`timeZone: " + name + "` is no time zone: dates without an offset are in UTC"));
    }
    return zone == null ? java.time.ZoneOffset.UTC : zone;
  }

  /** Hugo's taxonomies where its config names none: {@code tags}, and {@code categories}. */
  private static final List<String> DEFAULT_TAXONOMIES = List.of("categories");

  /**
   * The config's taxonomies other than {@code tags} ({@code [taxonomies]}: {@code series =
   * 'series'}, its values the front matter keys), by default {@code categories}; their terms are
   * listed with the tags (at {@code tags/TERM/}, where their addresses redirect). Named: a
   * taxonomy's name that is no folder name, and a config without {@code tags} (they are listed all
   * the same).
   */
  private static List<String> taxonomies(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode node = get(map, "taxonomies");
    if (node == null) {
      return DEFAULT_TAXONOMIES;
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      diags.add(warning(file, node, "`taxonomies` is not a map of taxonomies (`category = 'categories'`): Hugo's own are listed, tags and categories"));
      return DEFAULT_TAXONOMIES;
    }
    List<String> out = new java.util.ArrayList<>();
    boolean tags = false;
    for (YamlNode.Mapping.Entry e : m.entries().values()) {
      String plural = e.value() instanceof YamlNode.Scalar v && v.value() != null ? v.value().strip().toLowerCase(java.util.Locale.ROOT) : "";
      if (!plural.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*")) {
        diags.add(warning(file, e.value(), "the taxonomy `" + e.key() + "` is not listed: `" + (e.value() instanceof YamlNode.Scalar v ? v.value() : e.value().describe()) + "` is no name of a folder"));
      } else if (plural.equals("tags")) {
        tags = true;
      } else if (!out.contains(plural)) {
        out.add(plural);
      }
    }
    if (!tags) {
      diags.add(warning(file, node, "`taxonomies` without `tags`: a page's `tags` are listed all the same, at `tags/`"));
    }
    return List.copyOf(out);
  }

  /**
   * The config's URL patterns of its sections' pages: {@code [permalinks]} ({@code posts =
   * '/:year/:month/:slug/'}) and {@code [permalinks.page]}, by section, the first for a section
   * its. Named, and not followed: a pattern with a placeholder not followed here (nor a slice of
   * {@code :sections}), a part {@code .} or {@code ..}, or a file's name ({@code :slug.html}: pages
   * are at {@code x/}); a section deeper than the top; patterns for sections, taxonomies and terms.
   */
  private static List<Mount.Permalink> permalinks(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode node = get(map, "permalinks");
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      diags.add(warning(file, node, "`permalinks` is not a map of sections and their patterns: it is not followed; each page is at the URL of its path"));
      return List.of();
    }
    List<Mount.Permalink> out = new java.util.ArrayList<>();
    for (YamlNode.Mapping.Entry e : m.entries().values()) {
      String key = e.key().toLowerCase(java.util.Locale.ROOT);
      if (e.value() instanceof YamlNode.Scalar pattern) {
        permalink(e.key(), pattern, file, out, diags);
      } else if (key.equals("page") && e.value() instanceof YamlNode.Mapping pages) {
        for (YamlNode.Mapping.Entry p : pages.entries().values()) {
          if (p.value() instanceof YamlNode.Scalar pattern) {
            permalink(p.key(), pattern, file, out, diags);
          } else {
            diags.add(warning(file, p.value(), "`permalinks.page." + p.key() + "` is not a pattern: it is not followed"));
          }
        }
      } else if (Set.of("section", "taxonomy", "term").contains(key)) {
        diags.add(
            warning(file, e.value(), "`permalinks." + key + "` is not followed: " + (key.equals("section") ? "a section's page is at its folder's URL" : "tags and categories are listed at `tags/`"))
                .withHint("an old address kept in a page's `aliases` redirects"));
      } else {
        diags.add(warning(file, e.value(), "`permalinks." + e.key() + "` is not a pattern: it is not followed"));
      }
    }
    return List.copyOf(out);
  }

  /** One section's pattern, where it can be followed; else named. */
  private static void permalink(String section, YamlNode.Scalar pattern, String file, List<Mount.Permalink> out, Diagnostics diags) {
    String folder = section.strip().replaceAll("^/+|/+$", "").toLowerCase(java.util.Locale.ROOT);
    String value = pattern.value() == null ? "" : pattern.value().strip();
    String why = null;
    // its literal text, each placeholder an x (an escaped colon is text)
    String plain = value.replace("\\:", "");
    java.util.regex.Matcher m = Mount.Permalink.PLACEHOLDER.matcher(plain);
    StringBuilder literal = new StringBuilder();
    while (why == null && m.find()) {
      m.appendReplacement(literal, "x");
      String name = m.group(1);
      if (!Mount.Permalink.PLACEHOLDERS.contains(name) || m.group(2) != null && (!name.equals("sections") || !Mount.Permalink.SLICE.matcher(m.group(2)).matches())) {
        why = "`" + m.group() + "` is not a placeholder followed here";
      }
    }
    m.appendTail(literal);
    String[] parts = literal.toString().split("/");
    if (why == null && value.isEmpty()) {
      why = "it is empty";
    } else if (why == null && java.util.Arrays.stream(parts).anyMatch(p -> p.equals(".") || p.equals(".."))) {
      why = "a part of it leads out of the site";
    } else if (why == null && !literal.toString().endsWith("/") && parts.length > 0 && parts[parts.length - 1].contains(".")) {
      why = "it names a file: pages are published at `x/`";
    } else if (why == null && folder.contains("/")) {
      why = "`" + section + "` is no top-level section";
    }
    if (why != null) {
      diags.add(
          warning(file, pattern, "the `permalinks` pattern `" + value + "` of `" + section + "` is not followed: " + why + "; its pages are at the URLs of their paths")
              .withHint("placeholders followed: " + String.join(", ", Mount.Permalink.PLACEHOLDERS.stream().map(p -> "`:" + p + "`").toList()) + " and `:sections[1:]`"));
      return;
    }
    out.add(new Mount.Permalink(folder.isEmpty() ? "" : folder + "/", value));
  }

  /** Docsy's footer links ({@code params.links.user} and {@code .developer}: {@code name} and {@code url}); their icons are not drawn. */
  private static List<SiteLink> footer(YamlNode.Mapping params, String file) {
    if (!(param(params, "links") instanceof YamlNode.Mapping links)) {
      return List.of();
    }
    List<SiteLink> out = new java.util.ArrayList<>();
    for (String group : List.of("user", "developer")) {
      if (get(links, group) instanceof YamlNode.Seq seq) {
        for (YamlNode item : seq.items()) {
          if (item instanceof YamlNode.Mapping m && text(get(m, "url")) != null) {
            String name = text(get(m, "name"));
            out.add(new SiteLink(name == null ? text(get(m, "url")) : name, text(get(m, "url")), get(m, "url").span(file), false));
          }
        }
      }
    }
    return out;
  }

  /**
   * The config's main menu ({@code [[menu.main]]}, Docsy's and most themes' top bar): each entry's
   * {@code name} and its {@code url} or {@code pageRef} (a page of the content folder), in the order
   * of their {@code weight}, then name, as Hugo sorts a menu. An entry under another
   * ({@code parent}, a drop-down) is named, as is one without a name or an address.
   */
  private static List<MenuEntry> menu(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode menus = get(map, "menu") != null ? get(map, "menu") : get(map, "menus");
    if (!(menus instanceof YamlNode.Mapping m) || !(get(m, "main") instanceof YamlNode.Seq main)) {
      return List.of();
    }
    List<MenuEntry> entries = new java.util.ArrayList<>();
    for (YamlNode item : main.items()) {
      YamlNode.Mapping e = item instanceof YamlNode.Mapping x ? x : null;
      String name = e == null ? null : text(get(e, "name"));
      YamlNode url = e == null ? null : get(e, "url") != null ? get(e, "url") : get(e, "pageRef");
      if (e != null && get(e, "parent") != null) {
        diags.add(warning(file, get(e, "name") != null ? get(e, "name") : item, "the menu entry `" + name + "` is under another (`parent`): the header shows the main menu's first level alone"));
      } else if (name == null || text(url) == null) {
        // (an entry's own keys have its line: a TOML file's tables of one array are placed at the first)
        YamlNode at = e == null || e.entries().isEmpty() ? item : e.entries().values().iterator().next().value();
        diags.add(warning(file, at, "a main menu entry without a `name` and a `url` or `pageRef` is not shown"));
      } else {
        String target = text(url);
        // a pageRef names a page of the content folder, from its root
        String address = url == get(e, "pageRef") && !target.startsWith("/") ? "/" + target : target;
        int weight = get(e, "weight") instanceof YamlNode.Scalar w && w.value() != null && w.value().strip().matches("-?\\d{1,9}") ? Integer.parseInt(w.value().strip()) : 0;
        entries.add(new MenuEntry(weight, name, new SiteLink(name, address, url.span(file), false)));
      }
    }
    return List.copyOf(entries);
  }

  /** The keys that would publish the pages elsewhere or otherwise than here: named, at their line. */
  private static void named(YamlNode.Mapping map, String file, Diagnostics diags) {
    if (bool(get(map, "uglyURLs"))) {
      diags.add(warning(file, get(map, "uglyURLs"), "`uglyURLs`: pages are published here at `x/`, not `x.html`").withHint("an old address kept in a page's `aliases` redirects"));
    }
    if (bool(get(map, "disablePathToLower"))) {
      diags.add(warning(file, get(map, "disablePathToLower"), "`disablePathToLower` is not followed: page URLs are in lower case, as Hugo makes them by default"));
    }
    String folder = text(get(map, "staticDir"));
    if (folder != null && !folder.replaceAll("^\\./|/+$", "").equals("static")) {
      diags.add(warning(file, get(map, "staticDir"), "`staticDir: " + folder + "` is not read: the static files are read from `static/`"));
    }
  }

  /**
   * The folder of the pages: {@code contentDir}, or that of the default language (Docsy keeps its
   * pages in {@code content/en/}); one outside {@code content/} is named. More than one language is
   * named: the site is built in the default one.
   */
  private static String contentDir(YamlNode.Mapping map, String building, String file, Diagnostics diags) {
    YamlNode at = get(map, "contentDir");
    YamlNode.Mapping languages = get(map, "languages") instanceof YamlNode.Mapping l ? l : null;
    YamlNode.Mapping own = null;
    if (languages != null) {
      own = get(languages, building != null ? building : defaultLanguage(map)) instanceof YamlNode.Mapping m ? m : null;
      if (own != null && get(own, "contentDir") != null) {
        at = get(own, "contentDir");
      }
    }
    YamlNode mounted = mountedContent(map, building, file, diags);
    String written = text(mounted != null ? mounted : at);
    String folder = written == null ? "content" : written.replaceAll("^(\\./)+|/+$", "");
    String normal = handbook.content.Urls.normalize(folder + "/");
    if (!(folder + "/").equals(normal) || THEIRS.stream().anyMatch(normal::startsWith)) {
      diags.add(
          mounted != null
              ? warning(file, mounted, "the mount of `" + written + "` at `content` is not followed: the pages are read from `content/`").withHint("a folder of the project's own is read as its pages")
              : warning(file, at, "`contentDir: " + written + "` is not read: the pages are read from `content/`").withHint("a folder of the project's own is read as its pages"));
      normal = CONTENT;
    }
    return normal;
  }

  /**
   * The {@code source} of the config's mount of pages ({@code [[module.mounts]]} whose target is
   * {@code content}), which Hugo then reads in place of {@code contentDir}; null where there is
   * none. The default language's mount is read (one without {@code lang}, or of that language);
   * one of another language is named, as are a mount deeper than {@code content}
   * ({@code content/docs}), a second one, and a mount's file patterns; mounts of Hugo's other
   * folders are the theme's and not read, but for one of {@code static}, named.
   */
  private static YamlNode mountedContent(YamlNode.Mapping map, String building, String file, Diagnostics diags) {
    if (!(get(map, "module") instanceof YamlNode.Mapping module) || !(get(module, "mounts") instanceof YamlNode.Seq mounts)) {
      return null;
    }
    String language = building != null ? building : defaultLanguage(map);
    List<String> built = languages(map, null);
    record Mounted(YamlNode.Mapping mount, YamlNode source, String from, String target, String lang) {}
    List<Mounted> all = new ArrayList<>();
    for (YamlNode item : mounts.items()) {
      if (item instanceof YamlNode.Mapping mount && text(get(mount, "source")) != null && text(get(mount, "target")) != null) {
        all.add(new Mounted(mount, get(mount, "source"), text(get(mount, "source")).replaceAll("^(\\./)+|/+$", ""), text(get(mount, "target")).replaceAll("^(\\./)+|/+$", ""), text(get(mount, "lang"))));
      }
    }
    Mounted read = all.stream().filter(m -> m.target().equals("content") && (m.lang() == null || m.lang().equalsIgnoreCase(language))).findFirst().orElse(null);
    for (Mounted m : all) {
      if (m == read) {
        for (String key : List.of("includeFiles", "excludeFiles")) {
          if (get(m.mount(), key) != null) {
            diags.add(warning(file, get(m.mount(), key), "the mount's `" + key + "` is not followed: every page of `" + m.from() + "` is read"));
          }
        }
      } else if (m.target().equals("static") || m.target().startsWith("static/")) {
        if (!(m.target().equals("static") && m.from().equals("static"))) {
          diags.add(warning(file, m.source(), "the mount of `" + m.from() + "` at `" + m.target() + "` is not followed: the static files are read from `static/`"));
        }
      } else if (!m.target().equals("content") && !m.target().startsWith("content/")) {
        // the theme's folders (layouts, assets, i18n, data, archetypes): Handbook's theme is the site's
      } else if (m.lang() != null && built.contains(m.lang().toLowerCase(java.util.Locale.ROOT)) && built.size() > 1) {
        // another language's pages: read where the site is built in it
      } else if (m.lang() != null && !m.lang().equalsIgnoreCase(language)) {
        diags.add(warning(file, m.source(), "the mount of `" + m.from() + "` is the `" + m.lang() + "` language's pages: they are not published, the site is built in `" + language + "`"));
      } else {
        diags.add(
            warning(file, m.source(), "the mount of `" + m.from() + "` at `" + m.target() + "` is not followed: the pages are read from `" + (read == null ? "content" : read.from()) + "`")
                .withHint("one mount of a folder of the project's at `content` is read as its pages"));
      }
    }
    return read == null ? null : read.source();
  }

  /**
   * The languages the site is built in, as Hugo builds them: the default one
   * ({@code defaultContentLanguage}, else {@code en}) at the site's root, each other one of
   * {@code languages} in its folder ({@code fr/}), in the order of their {@code weight} (then their
   * codes; none last); each named by its {@code languageName} (else its own name), its pages said to
   * be in its {@code languageCode} and written as its {@code languageDirection} says, read from its
   * {@code contentDir} where it has one of its own. Empty for one language; a language
   * {@code disabled}, or in {@code disableLanguages}, is not built.
   */
  private static List<SiteLocale> locales(YamlNode.Mapping map, String file, Diagnostics diags) {
    if (!(get(map, "languages") instanceof YamlNode.Mapping languages) || languages.entries().size() < 2) {
      return List.of();
    }
    String main = defaultLanguage(map).toLowerCase(java.util.Locale.ROOT);
    Set<String> off = new java.util.HashSet<>();
    if (get(map, "disableLanguages") instanceof YamlNode.Seq list) {
      list.items().forEach(i -> off.add(String.valueOf(text(i)).toLowerCase(java.util.Locale.ROOT)));
    }
    record Found(SiteLocale locale, int weight) {}
    List<Found> found = new ArrayList<>();
    for (Map.Entry<String, YamlNode.Mapping.Entry> e : languages.entries().entrySet()) {
      String code = e.getKey().toLowerCase(java.util.Locale.ROOT);
      YamlNode.Mapping own = e.getValue().value() instanceof YamlNode.Mapping m ? m : null;
      if (!code.matches("[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}") || off.contains(code) || own != null && bool(get(own, "disabled"))) {
        continue;
      }
      String name = own == null ? null : text(get(own, "languageName"));
      String tag = own == null || text(get(own, "languageCode")) == null ? null : Languages.tag(text(get(own, "languageCode")));
      boolean rtl = own != null && "rtl".equalsIgnoreCase(text(get(own, "languageDirection")));
      String dir = own == null ? null : text(get(own, "contentDir"));
      String source = dir == null ? "" : handbook.content.Urls.normalize(dir.replaceAll("^(\\./)+|/+$", "") + "/");
      int weight = own != null && get(own, "weight") != null && String.valueOf(text(get(own, "weight"))).matches("-?\\d{1,9}") ? Integer.parseInt(text(get(own, "weight"))) : 0;
      boolean isMain = code.equals(main);
      found.add(new Found(new SiteLocale(code, isMain ? "" : code + "/", name == null || name.isBlank() ? SiteLocale.nameOf(code) : name.strip(), tag != null ? tag : Languages.tag(code), rtl, source == null ? "" : source), weight));
    }
    found.sort((a, b) -> a.weight() == b.weight() ? a.locale().code().compareTo(b.locale().code()) : a.weight() == 0 ? 1 : b.weight() == 0 ? -1 : Integer.compare(a.weight(), b.weight()));
    List<SiteLocale> out = new ArrayList<>();
    found.stream().filter(f -> f.locale().isDefault()).forEach(f -> out.add(f.locale()));
    if (out.isEmpty()) {
      // the default language without settings of its own
      out.add(new SiteLocale(main, "", SiteLocale.nameOf(main), Languages.tag(main) == null ? "en" : Languages.tag(main), false, ""));
    }
    found.stream().filter(f -> !f.locale().isDefault()).forEach(f -> out.add(f.locale()));
    if (out.size() > 1 && bool(get(map, "defaultContentLanguageInSubdir"))) {
      diags.add(warning(file, get(map, "defaultContentLanguageInSubdir"), "the default language's pages are at the site's root here, not in `" + main + "/`"));
    }
    return out.size() < 2 ? List.of() : List.copyOf(out);
  }

  /** The codes of the site's languages, the one built ({@code building}, else the default one) first, in lower case. */
  private static List<String> languages(YamlNode.Mapping map, String building) {
    String first = building != null ? building : text(get(map, "defaultContentLanguage"));
    List<String> out = new java.util.ArrayList<>(List.of(first == null ? "en" : first.toLowerCase(java.util.Locale.ROOT)));
    if (get(map, "languages") instanceof YamlNode.Mapping languages) {
      for (String code : languages.entries().keySet()) {
        String c = code.toLowerCase(java.util.Locale.ROOT);
        if (!out.contains(c) && c.matches("[a-z]{2,3}(?:-[a-z0-9]+)*")) {
          out.add(c);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The language of the site's own words: {@code defaultContentLanguage}, else {@code languageCode}. */
  private static String language(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode node = get(map, "defaultContentLanguage") != null ? get(map, "defaultContentLanguage") : get(map, "languageCode");
    return Languages.site(text(node), "the language", node == null ? Span.file(file) : node.span(file), CODE, diags);
  }

  /** The project's folder in the repository's editor, from the edit-link params of Hugo's documentation themes. */
  private static String editUrl(YamlNode.Mapping params, String file, Diagnostics diags) {
    String repo = text(param(params, "github_repo"));
    if (repo != null) {
      // Docsy: the repository, its branch (main by default) and the project's folder in it
      String branch = text(param(params, "github_branch"));
      String subdir = text(param(params, "github_subdir"));
      return folder(repo.replaceAll("/+$", "") + "/edit/" + (branch == null ? "main" : branch) + (subdir == null ? "" : "/" + subdir.replaceAll("^/+|/+$", "")), param(params, "github_repo"), file, diags);
    }
    String book = text(param(params, "BookRepo"));
    String bookPath = text(param(params, "BookEditPath"));
    if (book != null && bookPath != null) {
      // Hugo Book: the repository and the path of the project's folder in its editor
      return folder(book.replaceAll("/+$", "") + "/" + bookPath.replaceAll("^/+|/+$", ""), param(params, "BookRepo"), file, diags);
    }
    if (param(params, "editURL") instanceof YamlNode.Mapping hextra && bool(get(hextra, "enable")) && text(get(hextra, "base")) != null) {
      // Hextra: the content folder's address
      String base = text(get(hextra, "base")).replaceAll("/+$", "");
      if (!base.endsWith("/content")) {
        diags.add(warning(file, get(hextra, "base"), "`editURL.base` is not the address of a `content` folder: pages get no edit links"));
        return null;
      }
      return folder(base.substring(0, base.length() - "/content".length()), get(hextra, "base"), file, diags);
    }
    return null;
  }

  /** A project folder's address in the editor, ending in {@code /}; null (named) where it is no http(s) address. */
  private static String folder(String url, YamlNode at, String file, Diagnostics diags) {
    if (!url.matches("https?://[^\\s\"'<>]+")) {
      diags.add(warning(file, at, "the edit address `" + url + "` is not an http(s) URL: pages get no edit links"));
      return null;
    }
    return url + "/";
  }

  /** The logo of Hugo Book ({@code BookLogo}) or Hextra ({@code navbar.logo.path}): an image in {@code static/}; one not there is named. */
  private static String logo(YamlNode.Mapping params, Set<String> files, String file, Diagnostics diags) {
    YamlNode at = param(params, "BookLogo");
    if (at == null && param(params, "navbar") instanceof YamlNode.Mapping navbar && get(navbar, "logo") instanceof YamlNode.Mapping logo) {
      at = get(logo, "path");
    }
    String written = text(at);
    if (written == null) {
      return null;
    }
    String path = handbook.content.Urls.normalize("static/" + written.replaceFirst("^/+", ""));
    if (path == null || !files.contains(path) || !SiteConfigParser.IMAGE.matcher(path).matches()) {
      diags.add(warning(file, at, "the logo `" + written + "` is no image in `static/`: the theme's own is shown"));
      return null;
    }
    return path;
  }

  /**
   * The first of {@code params.images}: an address, or an image in {@code static/} (one not there
   * is named), which needs an absolute {@code baseURL} to be named in link previews.
   */
  private static String image(YamlNode.Mapping params, String baseUrl, Set<String> files, String file, Diagnostics diags) {
    YamlNode at = param(params, "images");
    if (at instanceof YamlNode.Seq seq) {
      at = seq.items().isEmpty() ? null : seq.items().get(0);
    }
    String written = text(at);
    if (written == null) {
      return null;
    }
    if (written.matches("https?://[^\\s\"'<>]+")) {
      return written;
    }
    String path = handbook.content.Urls.normalize("static/" + written.replaceFirst("^/+", ""));
    if (path == null || !files.contains(path) || !SiteConfigParser.IMAGE.matcher(path).matches()) {
      diags.add(warning(file, at, "the image `" + written + "` is no image in `static/`: the pages' link previews show none"));
      return null;
    }
    if (baseUrl == null) {
      diags.add(warning(file, at, "the image `" + written + "` is shown in link previews by its full address, which needs an absolute `baseURL`: the pages name none"));
      return null;
    }
    return path;
  }

  /** The icon Hugo's themes link from the site's root, where {@code static/} has it. */
  private static String favicon(Set<String> files) {
    for (String name : List.of("favicon.ico", "favicon.svg", "favicon.png")) {
      if (files.contains("static/" + name)) {
        return "static/" + name;
      }
    }
    return null;
  }

  /** The file's settings: TOML, YAML or JSON by its name; null (its errors reported) where it holds none. */
  private static YamlNode.Mapping parse(SourceFile f, Diagnostics diags) {
    YamlParser.Result r = f.path().endsWith(".toml") ? new handbook.yaml.TomlReader().parse(f.text(), f.displayPath(), 1) : new YamlParser().parse(f.text(), f.displayPath(), 1);
    diags.addAll(r.errors());
    if (r.root() == null || !r.errors().isEmpty()) {
      return null;
    }
    if (!(r.root() instanceof YamlNode.Mapping map)) {
      diags.add(Diagnostic.error("config.type", Span.at(f.displayPath(), r.root().line(), r.root().column()), f.path() + " must be a map of settings, found " + r.root().describe()));
      return null;
    }
    return map;
  }

  /** A param of the config's {@code params}. */
  private static YamlNode param(YamlNode.Mapping params, String key) {
    return params == null ? null : get(params, key);
  }

  /** A key's value in any case, as Hugo reads its config. */
  private static YamlNode get(YamlNode.Mapping map, String key) {
    YamlNode exact = map.get(key);
    if (exact != null) {
      return exact;
    }
    for (YamlNode.Mapping.Entry e : map.entries().values()) {
      if (e.key().equalsIgnoreCase(key)) {
        return e.value();
      }
    }
    return null;
  }

  private static String text(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank() ? s.value().strip() : null;
  }

  private static boolean bool(YamlNode node) {
    return node instanceof YamlNode.Scalar s && "true".equalsIgnoreCase(s.value());
  }

  private static Diagnostic warning(String file, YamlNode at, String message) {
    return Diagnostic.warning(CODE, at == null ? Span.file(file) : at.span(file), message);
  }
}
