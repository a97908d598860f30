package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an Astro Starlight project's config ({@code astro.config.mjs}, or {@code .ts}, {@code .mts},
 * {@code .js}) says of the site: the options given to {@code starlight({...})} among its
 * {@code integrations}, and Astro's {@code site} and {@code base}, read as literals
 * ({@link JsLiteral}): the config is not run. Its pages are those of {@code src/content/docs/},
 * published at the site's root with {@code public/}, each at its path in lower case
 * ({@code guides/Setup.md} at {@code guides/setup/}); the sidebar is read by the docs kind.
 *
 * @param title {@code title} (a locale's, where it is given for each), or null
 * @param description {@code description}, or null
 * @param language the language of the pages: the root locale's {@code lang}, else the default
 *     locale's, else {@code en}
 * @param baseUrl Astro's {@code site} with its {@code base}, or null
 * @param editUrl {@code editLink.baseUrl}: the address in the repository's editor of the project's
 *     folder (Starlight adds the page's path there, {@code src/content/docs/...}), or null
 * @param lastUpdated {@code lastUpdated}
 * @param logo {@code logo.src} (its light one where it has two), a content path, or null
 * @param favicon {@code favicon} (by default {@code /favicon.svg}), a content path in
 *     {@code public/}, or null where there is no such file
 * @param social {@code social}: a list of {@code {icon, label, href}}, or an object of links by
 *     their icon's name as Starlight had it before
 * @param toc {@code tableOfContents}: H2 and H3 by default, as Starlight has it
 * @param locales the languages the site is built in ({@link #languages}), the default one first;
 *     empty for one
 * @param redirects Astro's {@code redirects} ({@link #redirects})
 */
public record StarlightConfig(
    String title, String description, String language, String baseUrl, String editUrl, boolean lastUpdated, String logo, String favicon, List<SiteLink> social, handbook.content.Mount.Toc toc,
    List<SiteLocale> locales, List<DocusaurusConfig.Redirect> redirects) {
  public static final String CODE = "config.starlight";

  /** Astro's config files, the first one there read. */
  public static final List<String> FILES = List.of("astro.config.mjs", "astro.config.ts", "astro.config.mts", "astro.config.js", "astro.config.cjs", "astro.config.cts");

  /** Where Starlight reads its pages (the docs collection), shown as {@code docs/}. */
  public static final String PAGES = "src/content/docs/";

  /** The folder Astro serves at the site's root. */
  public static final String PUBLIC = "public/";

  /** Starlight's own package, which a config that uses it imports. */
  private static final String PACKAGE = "@astrojs/starlight";

  /** Keys of Starlight's options read here. */
  private static final Set<String> READ =
      Set.of("title", "description", "logo", "tableOfContents", "editLink", "sidebar", "social", "lastUpdated", "favicon", "locales", "defaultLocale", "head", "customCss", "plugins", "components");

  /** Keys of Starlight's options that change nothing of what is built here: its client's behaviour, its search, its look of code. */
  private static final Set<String> TOOL =
      Set.of("pagination", "pagefind", "prerender", "disable404Route", "titleDelimiter", "credits", "expressiveCode", "markdown", "routeMiddleware", "tagline");

  /** Keys of Astro's config read here, or that change nothing here (where it writes, its server and bundler). */
  private static final Set<String> ASTRO =
      Set.of("site", "base", "integrations", "redirects", "output", "outDir", "trailingSlash", "build", "server", "vite", "compressHTML", "image", "prefetch", "experimental", "devToolbar", "adapter", "cacheDir", "root", "scopedStyleStrategy", "security", "env");

  /** The names of the icons of {@code social} as their sites write them. */
  private static final Map<String, String> ICONS =
      Map.ofEntries(
          Map.entry("github", "GitHub"), Map.entry("gitlab", "GitLab"), Map.entry("linkedin", "LinkedIn"), Map.entry("youtube", "YouTube"), Map.entry("npm", "npm"), Map.entry("x.com", "X"),
          Map.entry("twitter", "Twitter"), Map.entry("discord", "Discord"), Map.entry("mastodon", "Mastodon"), Map.entry("blueSky", "Bluesky"), Map.entry("stackOverflow", "Stack Overflow"),
          Map.entry("codeberg", "Codeberg"), Map.entry("email", "Email"), Map.entry("rss", "RSS"), Map.entry("slack", "Slack"), Map.entry("telegram", "Telegram"));

  /** The first of Astro's config files among the files, or null. */
  public static String file(Collection<String> files) {
    return FILES.stream().filter(files::contains).findFirst().orElse(null);
  }

  /** Whether a config's text uses Starlight (imports its package). */
  public static boolean uses(String text) {
    return text != null && text.contains(PACKAGE);
  }

  /**
   * The options given to Starlight in the config's {@code integrations} ({@code starlight({...})},
   * by the name its import gives it), or null where none is written out.
   */
  public static JsLiteral.Obj options(String text, JsLiteral.Obj astro) {
    java.util.regex.Matcher imported = java.util.regex.Pattern.compile("import\\s+([A-Za-z_$][\\w$]*)\\s+from\\s*['\"]" + java.util.regex.Pattern.quote(PACKAGE) + "['\"]").matcher(text);
    String name = imported.find() ? imported.group(1) : "starlight";
    if (!(astro.get("integrations") instanceof JsLiteral.Arr integrations)) {
      return null;
    }
    java.util.regex.Pattern call = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + "\\s*\\(\\s*(?=\\{)");
    for (JsLiteral.Value v : integrations.items()) {
      java.util.regex.Matcher m = v instanceof JsLiteral.Other o ? call.matcher(o.text()) : null;
      if (m != null && m.lookingAt() && JsLiteral.at(text, v.offset() + m.end()) instanceof JsLiteral.Obj options) {
        return options;
      }
    }
    return null;
  }

  /**
   * Reads the config's text; what it cannot take is named ({@code config.starlight}). {@code files}:
   * the content's files, as the build shows them; {@code building}: the language the site is built
   * in (its title is the title given for it), or null for the default one.
   */
  public static StarlightConfig read(String text, String file, Set<String> files, SiteLocale building, Diagnostics diags) {
    JsLiteral.Value exported = JsLiteral.exported(text, false);
    JsLiteral.Obj astro = exported instanceof JsLiteral.Obj o ? o : null;
    JsLiteral.Obj config = astro == null ? null : options(text, astro);
    String defaultFavicon = files.contains(PUBLIC + "favicon.svg") ? PUBLIC + "favicon.svg" : null;
    if (config == null) {
      diags.add(
          Diagnostic.warning(CODE, exported == null ? Span.file(file) : JsLiteral.span(text, file, exported.offset()), "the config is not read: no `starlight({...})` is found written out among its `integrations`")
              .withHint("the file is not run: the options given to Starlight are read where they are written as literals; the menu follows the folders"));
      return new StarlightConfig(null, null, "en", null, null, false, null, defaultFavicon, List.of(), handbook.content.Mount.Toc.DEFAULT, List.of(), astro == null ? List.of() : redirects(astro, text, file, diags));
    }
    VitePressConfig.Reader r = new VitePressConfig.Reader(text, file, PAGES, PUBLIC, CODE, files, diags);
    for (Map.Entry<String, JsLiteral.Value> e : astro.entries().entrySet()) {
      if (!ASTRO.contains(e.getKey())) {
        diags.add(Diagnostic.warning(CODE, r.at(e.getValue()), "`" + e.getKey() + "` of the Astro config is not read here").withHint(hint(e.getKey())));
      }
    }
    if (astro.get("integrations") instanceof JsLiteral.Arr integrations) {
      for (JsLiteral.Value v : integrations.items()) {
        if (!(v instanceof JsLiteral.Other o && o.offset() <= config.offset() && config.offset() < o.offset() + o.text().length())) {
          diags.add(Diagnostic.warning(CODE, r.at(v), "the integration" + shown(v) + " is not run here: the site is built without it").withHint("the pages are built as Starlight builds them; other integrations and their components are not run"));
        }
      }
    }
    for (Map.Entry<String, JsLiteral.Value> e : config.entries().entrySet()) {
      if (!READ.contains(e.getKey()) && !TOOL.contains(e.getKey())) {
        diags.add(Diagnostic.warning(CODE, r.at(e.getValue()), "`" + e.getKey() + "` of Starlight's options is not read here").withHint("the site is built without it"));
      }
    }
    named(config, "customCss", "the stylesheets of `customCss` are not used", "the site has its own look; a site.yaml's `stylesheets` adds a stylesheet of the content", r);
    named(config, "components", "the components that `components` puts in Starlight's place are not used", "the site has its own look; its components are not run here", r);
    named(config, "plugins", "Starlight's plugins are not run here", "the site is built without them: what they add to the pages is not there", r);
    named(config, "head", "the `head` tags are not added to the pages", "the site loads nothing from other hosts and runs no inline script; the icon is `favicon`", r);
    r.madeByCode(config, List.of("description"), "");
    List<SiteLocale> locales = languages(config);
    if (locales.isEmpty() && config.get("locales") instanceof JsLiteral.Obj given && given.entries().size() > 1) {
      diags.add(
          Diagnostic.warning(CODE, r.at(given), "the locales are built as folders of one site, with its menus and words: no default locale is given")
              .withHint("give `defaultLocale` (or a `root` locale): each language is then built as Starlight builds it"));
    }
    String language = language(config, r, diags);
    if (building == null) {
      Languages.inEnglish(locales, CODE, r.at(config.get("locales") == null ? config : config.get("locales")), "a language's `" + WORDS + "<tag>.json` gives its own words for Starlight's (On this page, Next, ...)", diags);
    }
    String title = title(config.get("title"), building != null ? building : locales.isEmpty() ? null : locales.get(0), r);
    boolean lastUpdated = config.get("lastUpdated") instanceof JsLiteral.Str on && on.value().equals("true");
    return new StarlightConfig(
        title, config.string("description"), language, baseUrl(astro), editUrl(config.get("editLink"), r), lastUpdated, logo(config.get("logo"), r, files), favicon(config.get("favicon"), r, files, defaultFavicon),
        social(config.get("social"), r), toc(config.get("tableOfContents"), r), locales, redirects(astro, text, file, diags));
  }

  private static void named(JsLiteral.Obj config, String key, String what, String hint, VitePressConfig.Reader r) {
    JsLiteral.Value v = config.get(key);
    if (v != null && !(v instanceof JsLiteral.Arr a && a.items().isEmpty())) {
      r.diags().add(Diagnostic.warning(CODE, r.at(v), what).withHint(hint));
    }
  }

  private static String shown(JsLiteral.Value v) {
    String t = v instanceof JsLiteral.Other o ? o.text() : "";
    String name = t.replaceFirst("\\s*\\(.*", "");
    return name.matches("[\\w$.]{1,40}") ? " `" + name + "`" : "";
  }

  private static String hint(String key) {
    return switch (key) {
      case "markdown" -> "the Markdown is read as Starlight reads it by default; remark and rehype plugins are not run";
      case "srcDir", "publicDir" -> "the pages are read from `src/content/docs/` and the public files from `public/`, as Astro has them by default";
      default -> "the site is built without it";
    };
  }

  /**
   * Astro's {@code redirects}: from an address of the site ({@code '/old'}) to another
   * ({@code '/guides/'}, or {@code {destination: '/guides/'}}) or elsewhere; one with a parameter
   * ({@code [slug]}) or not written out is named.
   */
  private static List<DocusaurusConfig.Redirect> redirects(JsLiteral.Obj astro, String text, String file, Diagnostics diags) {
    List<DocusaurusConfig.Redirect> out = new java.util.ArrayList<>();
    if (astro.get("redirects") == null) {
      return out;
    }
    if (!(astro.get("redirects") instanceof JsLiteral.Obj redirects)) {
      diags.add(Diagnostic.warning(CODE, JsLiteral.span(text, file, astro.get("redirects").offset()), "`redirects` is not written out as an object: no redirect is made"));
      return out;
    }
    redirects.entries().forEach((from, v) -> {
      String to = v instanceof JsLiteral.Str s ? s.value() : v instanceof JsLiteral.Obj o ? o.string("destination") : null;
      Span at = JsLiteral.span(text, file, v.offset());
      if (to == null || from.contains("[") || to.contains("[")) {
        diags.add(Diagnostic.warning(CODE, at, "the redirect from `" + from + "` is not made: " + (to == null ? "its destination is not written as a string" : "a redirect with parameters (`[slug]`) is not made here")));
      } else {
        out.add(new DocusaurusConfig.Redirect(from.strip(), to.strip(), at));
      }
    });
    return List.copyOf(out);
  }

  /**
   * The title: a string, or of one for each language (by its tag, {@code zh-CN}) the language's
   * ({@code language}: the one built, or null), else the root's, {@code en}'s or the first.
   */
  private static String title(JsLiteral.Value v, SiteLocale language, VitePressConfig.Reader r) {
    if (v instanceof JsLiteral.Str s) {
      return s.value();
    }
    if (v instanceof JsLiteral.Obj byLocale && !byLocale.entries().isEmpty()) {
      if (language != null) {
        for (Map.Entry<String, JsLiteral.Value> e : byLocale.entries().entrySet()) {
          if (e.getValue() instanceof JsLiteral.Str s && (e.getKey().equalsIgnoreCase(language.tag()) || e.getKey().equalsIgnoreCase(language.code()))) {
            return s.value();
          }
        }
      }
      for (String key : List.of("root", "en")) {
        if (byLocale.string(key) != null) {
          return byLocale.string(key);
        }
      }
      return byLocale.entries().values().iterator().next() instanceof JsLiteral.Str s ? s.value() : null;
    }
    if (v != null) {
      r.madeByCode(new JsLiteral.Obj(Map.of("title", v), v.offset()), List.of("title"), "");
    }
    return null;
  }

  /**
   * The pages' language: the root locale's {@code lang}, or the default locale's (its key where
   * it gives none); a locale whose key is no folder's name is named.
   */
  private static String language(JsLiteral.Obj config, VitePressConfig.Reader r, Diagnostics diags) {
    if (!(config.get("locales") instanceof JsLiteral.Obj locales)) {
      if (config.get("locales") != null) {
        diags.add(Diagnostic.warning(CODE, r.at(config.get("locales")), "`locales` is not written out as an object: the site is built in one language"));
      }
      return "en";
    }
    String defaultLocale = config.string("defaultLocale") == null ? "root" : config.string("defaultLocale").strip();
    String lang = null;
    JsLiteral.Value at = locales;
    for (Map.Entry<String, JsLiteral.Value> e : locales.entries().entrySet()) {
      String tag = e.getKey().equals("root") ? (e.getValue() instanceof JsLiteral.Obj o ? o.string("lang") : null) : localeTag(e.getKey(), e.getValue());
      if (e.getKey().equals(defaultLocale) || e.getKey().equals("root") && lang == null) {
        lang = tag != null ? tag : lang;
        at = e.getValue();
      }
      if (!e.getKey().equals("root") && !e.getKey().matches(KEY)) {
        diags.add(
            Diagnostic.warning(CODE, r.at(e.getValue()), "the locale `" + e.getKey() + "` is not built: its key is no folder's name")
                .withHint("a locale's key is the folder of its pages in `" + PAGES + "` (`fr`, `zh-cn`), or `root` for the pages at its root"));
      } else if (!e.getKey().equals("root") && tag == null) {
        diags.add(Diagnostic.warning(CODE, r.at(e.getValue()), "the locale `" + e.getKey() + "` is not built: its `lang` (or key) is no language's code"));
      }
    }
    if (config.get("defaultLocale") != null && locales.get(defaultLocale) == null) {
      diags.add(Diagnostic.warning(CODE, r.at(config.get("defaultLocale")), "`defaultLocale` names no locale of `locales`" + (locales.get("root") != null ? ": the root's is the default" : ": the site is built in one language")));
    }
    return lang == null ? "en" : Languages.site(lang, "`lang`", r.at(at), CODE, diags);
  }

  /** A locale's language: its {@code lang}, else its key ({@code fr}), as a tag; null where it is none. */
  private static String localeTag(String key, JsLiteral.Value locale) {
    String lang = locale instanceof JsLiteral.Obj o && o.string("lang") != null ? o.string("lang") : key;
    return Languages.tag(lang);
  }

  /** A locale's key that names a folder of pages. */
  private static final String KEY = "[A-Za-z0-9][\\w-]{0,34}";

  /**
   * The languages the site is built in, as Starlight builds them: the default locale
   * ({@code defaultLocale}, else {@code root}) at the site's root, its pages those of
   * {@code src/content/docs/} or of its folder ({@code en/}); each other one in its folder
   * ({@code fr/}), named by its {@code label}, its pages in its {@code lang} (else its key) and
   * written as its {@code dir} says. Empty for one locale (or none).
   */
  private static List<SiteLocale> languages(JsLiteral.Obj config) {
    if (!(config.get("locales") instanceof JsLiteral.Obj locales)) {
      return List.of();
    }
    String given = config.string("defaultLocale") == null ? null : config.string("defaultLocale").strip();
    String main = given != null && locales.get(given) != null ? given : locales.get("root") != null ? "root" : null;
    if (main == null) {
      return List.of();
    }
    List<SiteLocale> out = new java.util.ArrayList<>();
    for (Map.Entry<String, JsLiteral.Value> e : locales.entries().entrySet()) {
      String key = e.getKey();
      boolean isMain = key.equals(main);
      if (!isMain && (key.equals("root") || !key.matches(KEY))) {
        continue;
      }
      JsLiteral.Obj own = e.getValue() instanceof JsLiteral.Obj o ? o : null;
      String tag = key.equals("root") ? (own != null && own.string("lang") != null ? Languages.tag(own.string("lang")) : "en") : localeTag(key, e.getValue());
      if (tag == null) {
        continue;
      }
      String code = key.equals("root") ? tag.toLowerCase(java.util.Locale.ROOT) : key;
      String label = own == null || own.string("label") == null || own.string("label").isBlank() ? SiteLocale.nameOf(tag) : own.string("label").strip();
      boolean rtl = own != null && "rtl".equals(own.string("dir"));
      SiteLocale l = new SiteLocale(code, isMain ? "" : key + "/", label, tag, rtl, key.equals("root") ? "" : PAGES + key + "/");
      if (isMain) {
        out.add(0, l);
      } else {
        out.add(l);
      }
    }
    // (two locales of one code: the first built)
    java.util.Set<String> codes = new java.util.HashSet<>();
    out.removeIf(l -> !codes.add(l.code()));
    return out.size() < 2 ? List.of() : List.copyOf(out);
  }

  /** The languages of a config's text ({@link #read}'s {@code locales}), its messages left to {@link #read}. */
  public static List<SiteLocale> languages(String text) {
    JsLiteral.Value exported = JsLiteral.exported(text, false);
    JsLiteral.Obj config = exported instanceof JsLiteral.Obj astro ? options(text, astro) : null;
    return config == null ? List.of() : languages(config);
  }

  /** The folder of a project's translations of Starlight's words, a JSON file a language named by its tag ({@code fr.json}, {@code zh-CN.json}). */
  public static final String WORDS = "src/content/i18n/";

  /** The site's words Starlight's have a key for, by Starlight's key. */
  private static final Map<String, String> UI =
      Map.ofEntries(
          Map.entry("skipLink.label", "skip"), Map.entry("search.label", "search.label"), Map.entry("tableOfContents.onThisPage", "toc"), Map.entry("page.editLink", "edit"),
          Map.entry("page.lastUpdated", "updated"), Map.entry("page.previousLink", "prev"), Map.entry("page.nextLink", "next"), Map.entry("404.text", "notfound.text"),
          Map.entry("sidebarNav.accessibleLabel", "nav.sidebar"), Map.entry("languageSelect.accessibleLabel", "languages.label"), Map.entry("menuButton.accessibleLabel", "menu"),
          Map.entry("aside.note", "admonition.note"), Map.entry("aside.tip", "admonition.tip"), Map.entry("aside.caution", "admonition.caution"), Map.entry("aside.danger", "admonition.danger"),
          Map.entry("expressiveCode.copyButtonTooltip", "code.copy"), Map.entry("expressiveCode.copyButtonCopied", "code.copied"));

  /** The file of a language's words among the content's files ({@code src/content/i18n/fr.json}, its tag in any case), or null. */
  public static String wordsFile(Collection<String> files, String tag) {
    for (String f : files) {
      if (f.startsWith(WORDS) && f.regionMatches(true, WORDS.length(), tag + ".json", 0, tag.length() + 5) && f.length() == WORDS.length() + tag.length() + 5) {
        return f;
      }
    }
    return null;
  }

  /**
   * The site's words a language's file of Starlight's words gives ({@code {"search.label":
   * "Rechercher"}}), by the site's keys: those of Starlight's words the site has too; a message
   * with a placeholder ({@code {{title}}}) is left. A file that is no JSON object is named.
   */
  public static Map<String, String> words(String text, String file, Diagnostics diags) {
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      diags.add(Diagnostic.warning(CODE, Span.file(file), "the words are not read: the file is no JSON object of words").withHint("each of Starlight's words by its key: `{\"search.label\": \"Rechercher\"}`"));
      return Map.of();
    }
    Map<String, String> out = new java.util.TreeMap<>();
    com.fasterxml.jackson.databind.JsonNode words = root;
    UI.forEach((theirs, ours) -> {
      com.fasterxml.jackson.databind.JsonNode w = words.get(theirs);
      if (w != null && w.isTextual() && !w.asText().isBlank() && !w.asText().contains("{{")) {
        out.put(ours, w.asText().strip());
      }
    });
    return out;
  }

  /** Astro's {@code site} and {@code base}: the site's address, or null. */
  private static String baseUrl(JsLiteral.Obj astro) {
    String site = astro.string("site");
    if (site == null || !site.strip().matches("https?://[^\\s\"'<>]+")) {
      return null;
    }
    String base = astro.string("base");
    String host = site.strip().replaceAll("/+$", "");
    String path = base == null ? "/" : base.strip().startsWith("/") ? base.strip() : "/" + base.strip();
    return host + (path.endsWith("/") ? path : path + "/");
  }

  /** {@code editLink.baseUrl}, ending in {@code /}; null (named) where it is not an http(s) address. */
  private static String editUrl(JsLiteral.Value editLink, VitePressConfig.Reader r) {
    JsLiteral.Value base = editLink instanceof JsLiteral.Obj o ? o.get("baseUrl") : null;
    if (base == null) {
      if (editLink != null) {
        r.diags().add(Diagnostic.warning(CODE, r.at(editLink), "`editLink` has no `baseUrl` written as a string: pages get no edit links"));
      }
      return null;
    }
    if (!(base instanceof JsLiteral.Str s) || !s.value().strip().matches("https?://\\S+")) {
      r.diags().add(Diagnostic.warning(CODE, r.at(base), "`editLink.baseUrl` is not an http(s) address written as a string: pages get no edit links"));
      return null;
    }
    String url = s.value().strip();
    return url.endsWith("/") ? url : url + "/";
  }

  /** The logo's file: {@code src} (or {@code light}), a path from the project's folder; null (named) where it names no file. */
  private static String logo(JsLiteral.Value v, VitePressConfig.Reader r, Set<String> files) {
    JsLiteral.Value src = v instanceof JsLiteral.Obj o ? (o.get("src") != null ? o.get("src") : o.get("light")) : null;
    if (!(src instanceof JsLiteral.Str s)) {
      if (v != null) {
        r.diags().add(Diagnostic.warning(CODE, r.at(src != null ? src : v), "the logo's `src` is not written as a string: the site's title is shown"));
      }
      return null;
    }
    String path = handbook.content.Urls.normalize(s.value().strip().replaceFirst("^\\./", ""));
    if (path == null || !files.contains(path)) {
      r.diags().add(Diagnostic.warning(CODE, r.at(s), "the logo names no file of the project: `" + s.value().strip() + "`: the site's title is shown").withHint("name it from the project's folder, as `./src/assets/logo.svg`"));
      return null;
    }
    return path;
  }

  /** The icon: a file of {@code public/} by its address; {@code fallback} (Starlight's {@code /favicon.svg}, where it is there) where none is given. */
  private static String favicon(JsLiteral.Value v, VitePressConfig.Reader r, Set<String> files, String fallback) {
    if (v == null) {
      return fallback;
    }
    String path = v instanceof JsLiteral.Str s ? handbook.content.Urls.normalize(PUBLIC + s.value().strip().replaceAll("^/+", "")) : null;
    if (path == null || !files.contains(path)) {
      r.diags().add(Diagnostic.warning(CODE, r.at(v), "the favicon names no file of `public/`" + (v instanceof JsLiteral.Str s ? ": `" + s.value().strip() + "`" : "") + ": the theme's icon is shown"));
      return fallback;
    }
    return path;
  }

  /** The social links: {@code [{icon, label, href}]}, or Starlight's older {@code {github: 'https://...'}}. */
  private static List<SiteLink> social(JsLiteral.Value v, VitePressConfig.Reader r) {
    List<SiteLink> out = new java.util.ArrayList<>();
    if (v instanceof JsLiteral.Arr items) {
      for (JsLiteral.Value item : items.items()) {
        String href = item instanceof JsLiteral.Obj o ? o.string("href") : null;
        if (href == null) {
          r.diags().add(Diagnostic.warning(CODE, r.at(item), "a social link without an `href` written as a string is not shown"));
          continue;
        }
        JsLiteral.Obj o = (JsLiteral.Obj) item;
        String label = o.string("label") != null ? o.string("label") : o.string("icon") != null ? ICONS.getOrDefault(o.string("icon").strip(), o.string("icon").strip()) : href;
        out.add(new SiteLink(label, href.strip(), r.at(o), false));
      }
    } else if (v instanceof JsLiteral.Obj byIcon) {
      byIcon.entries().forEach((icon, link) -> {
        if (link instanceof JsLiteral.Str s) {
          out.add(new SiteLink(ICONS.getOrDefault(icon, icon), s.value().strip(), r.at(link), false));
        } else {
          r.diags().add(Diagnostic.warning(CODE, r.at(link), "the social link `" + icon + "` is not written as a string: it is not shown"));
        }
      });
    } else if (v != null) {
      r.diags().add(Diagnostic.warning(CODE, r.at(v), "`social` is not written out as a list: no social links are shown"));
    }
    return List.copyOf(out);
  }

  /** {@code tableOfContents}: {@code false} for none, or {@code {minHeadingLevel, maxHeadingLevel}}. */
  private static handbook.content.Mount.Toc toc(JsLiteral.Value v, VitePressConfig.Reader r) {
    if (v == null) {
      return handbook.content.Mount.Toc.DEFAULT;
    }
    if (v instanceof JsLiteral.Str s && s.value().equals("false")) {
      return handbook.content.Mount.Toc.NONE;
    }
    if (v instanceof JsLiteral.Obj o) {
      int min = level(o.string("minHeadingLevel"), 2);
      int max = level(o.string("maxHeadingLevel"), 3);
      if (min > 0 && max >= min) {
        return new handbook.content.Mount.Toc(min, max);
      }
    }
    if (!(v instanceof JsLiteral.Str s && s.value().equals("true"))) {
      r.diags().add(Diagnostic.warning(CODE, r.at(v), "`tableOfContents` is `false` or `{minHeadingLevel, maxHeadingLevel}` of 2 to 6: pages show their H2s and H3s"));
    }
    return handbook.content.Mount.Toc.DEFAULT;
  }

  /** A heading's level, 2 to 6, as written; {@code absent} where it is not; 0 for another value. */
  private static int level(String v, int absent) {
    if (v == null) {
      return absent;
    }
    return v.strip().matches("[2-6]") ? Integer.parseInt(v.strip()) : 0;
  }
}
