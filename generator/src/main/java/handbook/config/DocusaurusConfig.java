package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Docusaurus project's config says of the site, where it says it as most projects write it:
 * its JavaScript is not run; a key is read from the object it exports where that object is
 * written out ({@link JsLiteral}), else where the key stands on a line of its own with a string
 * ({@code title: 'My Site',} at the top of the object). Its {@code static/} folder is published at
 * the site's root, as Docusaurus serves it.
 *
 * @param title {@code title}, or null
 * @param description {@code tagline}, or null
 * @param baseUrl {@code url} with {@code baseUrl}, or null
 * @param favicon {@code favicon}, a content path in {@code static/}, or null
 * @param language the language of the site's own words: Norwegian where {@code i18n}'s
 *     {@code defaultLocale} is {@code nb}, {@code nn} or {@code no}, else English (Docusaurus' default)
 * @param docsRoute the site's folder of the docs, their {@code routeBasePath}: {@code docs/} by
 *     default, empty for the site's root ({@code '/'}, docs-only mode)
 * @param editUrl the docs' {@code editUrl} (the project's folder in the repository's editor), or empty
 * @param lastUpdated the docs' {@code showLastUpdateTime}
 * @param logo {@code themeConfig.navbar.logo.src}, a content path in {@code static/}, or null
 * @param copyright {@code themeConfig.footer.copyright} where it is a string, or empty
 * @param links the header's links: the navbar's {@code items} ({@code href}, {@code to}, a doc,
 *     a sidebar's first doc), those of a drop-down among them
 * @param footer the footer's links: its {@code links}, in their columns
 * @param blog the blog ({@code blog/}, its {@code blogTitle}, its {@code showReadingTime}), or null where its options say
 *     {@code blog: false}
 * @param blogRoute the site's folder of the blog's page and posts, its {@code routeBasePath}:
 *     {@code blog/} by default, empty for the site's root ({@code '/'})
 * @param moreDocs the docs of the config's other docs plugins ({@code community/}), each at its
 *     {@code routeBasePath} ({@link #moreDocs(String)})
 * @param toc the levels of headings in a page's table of contents ({@code themeConfig.tableOfContents})
 * @param image {@code themeConfig.image}, the image of the pages' link previews: a content path in
 *     {@code static/}, an http(s) address, or null
 */
public record DocusaurusConfig(
    String title, String description, String baseUrl, String favicon, String language, String docsRoute, String editUrl, boolean lastUpdated, String logo, String copyright, List<SiteLink> links, List<SiteLink> footer, handbook.content.Mount.Blog blog, String blogRoute,
    List<handbook.content.Mount.Collection> moreDocs, handbook.content.Mount.Toc toc, String image) {
  /** Docusaurus' config files, the first one there read. */
  public static final List<String> FILES = List.of("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "docusaurus.config.cjs");

  /** The sidebars files Docusaurus reads beside its config, the first one there read. */
  public static final List<String> SIDEBARS = List.of("sidebars.js", "sidebars.ts", "sidebars.json", "sidebars.mjs", "sidebars.cjs");

  /** The folder of Docusaurus' docs, and their address by default. */
  public static final String DOCS = "docs/";

  /** The folder of Docusaurus' blog: its posts, and its page's address. */
  public static final String BLOG = "blog/";

  /** The folder Docusaurus serves at the site's root. */
  public static final String STATIC = "static/";

  /** A key of the config's object (indented as its own keys are, not as a navbar's) and its string. */
  private static final Pattern KEY = Pattern.compile("(?m)^[ \\t]{0,4}(title|tagline|url|baseUrl|favicon|defaultLocale)[ \\t]*:[ \\t]*(['\"`])([^'\"`\\n]*)\\2[ \\t]*,?[ \\t]*(?://.*)?$");

  /** Reads the config's text; what it cannot take is named ({@code config.docusaurus}). */
  public static DocusaurusConfig read(String text, String file, Set<String> files, Diagnostics diags) {
    String title = null;
    String tagline = null;
    String url = null;
    String base = null;
    String favicon = null;
    String locale = null;
    // the keys of the object the config exports, where it is written out; else (a function, a
    // config made by code) each key where it stands alone on its line with a string
    Map<String, JsLiteral.Str> keys = new java.util.LinkedHashMap<>();
    String logo = null;
    String copyright = "";
    JsLiteral.Arr items = null;
    JsLiteral.Arr footerLinks = null;
    handbook.content.Mount.Toc toc = handbook.content.Mount.Toc.DEFAULT;
    String image = null;
    JsLiteral.Value exported = JsLiteral.exported(text, false);
    if (exported instanceof JsLiteral.Obj config && config.get("themeConfig") instanceof JsLiteral.Obj theme) {
      if (theme.get("navbar") instanceof JsLiteral.Obj navbar && navbar.get("logo") instanceof JsLiteral.Obj l && l.get("src") instanceof JsLiteral.Str src) {
        logo = staticFile(src, "logo", text, file, files, diags);
      }
      if (theme.get("navbar") instanceof JsLiteral.Obj navbar && navbar.get("items") instanceof JsLiteral.Arr a) {
        items = a;
      }
      if (theme.get("image") instanceof JsLiteral.Str card) {
        // (as Docusaurus' useBaseUrl reads it: an address as it is, else a file of static/)
        image = card.value().strip().matches("https?://[^\\s\"'<>]+") ? card.value().strip() : staticFile(card, "image", text, file, files, diags);
      }
      if (theme.get("tableOfContents") instanceof JsLiteral.Obj levels) {
        toc = toc(levels, text, file, diags);
      }
      if (theme.get("footer") instanceof JsLiteral.Obj footer && footer.get("links") instanceof JsLiteral.Arr a) {
        footerLinks = a;
      }
      if (theme.get("footer") instanceof JsLiteral.Obj footer && footer.get("copyright") != null) {
        if (footer.get("copyright") instanceof JsLiteral.Str c) {
          copyright = c.value().replaceAll("<[^>]*>", "").strip();
        } else {
          diags.add(Diagnostic.warning("config.docusaurus", at(text, file, footer.get("copyright").offset()), "the footer's `copyright` is made by code (not a string): it is not shown")
              .withHint("write it as a string, or set `copyright` in a site.yaml beside the config"));
        }
      }
    }
    if (exported instanceof JsLiteral.Obj config) {
      for (String key : List.of("title", "tagline", "url", "baseUrl", "favicon")) {
        if (config.get(key) instanceof JsLiteral.Str value) {
          keys.put(key, value);
        }
      }
      if (config.get("i18n") instanceof JsLiteral.Obj i18n && i18n.get("defaultLocale") instanceof JsLiteral.Str value) {
        keys.put("defaultLocale", value);
      }
    }
    Matcher byLine = KEY.matcher(text);
    while (byLine.find()) {
      // the offset of the value's first character inside its quotes
      keys.putIfAbsent(byLine.group(1), new JsLiteral.Str(byLine.group(3), byLine.start(3) - 1));
    }
    if (exported instanceof JsLiteral.Obj config) {
      // (the title's absence is named below)
      for (String key : List.of("tagline", "url", "baseUrl", "favicon")) {
        if (!keys.containsKey(key) && config.get(key) instanceof JsLiteral.Other v) {
          diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "`" + key + "` is made by code" + v.shown() + ", not written as a string: it is not read").withHint("the config is not run: write the value out, or set it in a site.yaml beside the config"));
        }
      }
    }
    for (Map.Entry<String, JsLiteral.Str> e : keys.entrySet()) {
      String value = e.getValue().value().strip();
      switch (e.getKey()) {
        case "title" -> title = title == null ? value : title;
        case "tagline" -> tagline = tagline == null ? value : tagline;
        case "url" -> url = url == null ? value : url;
        case "baseUrl" -> base = base == null ? value : base;
        case "defaultLocale" -> locale = locale == null ? value : locale;
        default -> favicon = staticFile(e.getValue(), "favicon", text, file, files, diags);
      }
    }
    if (title == null) {
      diags.add(
          Diagnostic.warning("config.docusaurus", Span.file(file), "no `title: '...'` is found in the config: the site is named by site.yaml or the default")
              .withHint("the config is not run: its keys are read where they are strings of their own, or set `title` in a site.yaml beside it"));
    }
    String baseUrl = null;
    if (url != null && url.matches("https?://[^\\s\"'<>]+")) {
      String path = base == null ? "/" : base.startsWith("/") ? base : "/" + base;
      baseUrl = url.replaceAll("/+$", "") + (path.endsWith("/") ? path : path + "/");
    }
    JsLiteral.Str localeAt = keys.get("defaultLocale");
    String language = locale == null ? "en" : Languages.site(locale, "`i18n.defaultLocale`", at(text, file, localeAt.offset()), "config.docusaurus", diags);
    JsLiteral.Obj docs = docsOptions(text);
    boolean lastUpdated = docs != null && docs.get("showLastUpdateTime") instanceof JsLiteral.Str show && show.value().equals("true");
    docsPath(docs, text, file, files, diags);
    namePlugins(text, file, diags);
    elsewhere(docs, "sidebarPath", "sidebars", "the sidebars are read from `sidebars.js` (or `.ts`, `.json`) beside the config", "move the file there", text, file, diags);
    String docsRoute = route(docs, "docs'", DOCS, "guides", text, file, diags);
    BlogOptions blogOptions = blogOptions(text);
    List<SiteLink> links = new java.util.ArrayList<>();
    if (items != null) {
      navbar(items, "/" + docsRoute, moreDocsById(text), text, file, links, diags);
    }
    List<SiteLink> footer = new java.util.ArrayList<>();
    if (footerLinks != null) {
      footer(footerLinks, text, file, footer, diags);
    }
    return new DocusaurusConfig(title, tagline, baseUrl, favicon, language, docsRoute, editUrl(docs, text, file, diags), lastUpdated, logo, copyright, List.copyOf(links), List.copyOf(footer), blog(blogOptions, text, file, files, diags), route(blogOptions.options(), "blog's", BLOG, "news", text, file, diags), moreDocs(text), toc, image);
  }

  /**
   * The levels of headings in a page's table of contents: {@code themeConfig.tableOfContents}'
   * {@code minHeadingLevel} and {@code maxHeadingLevel} (2 and 3 by default); others are named.
   */
  private static handbook.content.Mount.Toc toc(JsLiteral.Obj levels, String text, String file, Diagnostics diags) {
    int[] read = {2, 3};
    String[] keys = {"minHeadingLevel", "maxHeadingLevel"};
    for (int i = 0; i < 2; i++) {
      JsLiteral.Value v = levels.get(keys[i]);
      if (v instanceof JsLiteral.Str level && level.value().strip().matches("[2-6]")) {
        read[i] = Integer.parseInt(level.value().strip());
      } else if (v != null) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "`tableOfContents." + keys[i] + "` is a level of headings from 2 to 6: it is not read"));
      }
    }
    if (read[0] > read[1]) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, levels.offset()), "`tableOfContents.maxHeadingLevel` is below its `minHeadingLevel`: the tables of contents list H2 and H3"));
      return handbook.content.Mount.Toc.DEFAULT;
    }
    return new handbook.content.Mount.Toc(read[0], read[1]);
  }

  /** The words a minute Docusaurus' reading time counts. */
  private static final int READING = 200;

  /** How many posts a page of the blog lists, as Docusaurus' {@code postsPerPage} has it. */
  private static final int PER_PAGE = 10;

  private static final Pattern BLOG_OPTIONS = Pattern.compile("\\bblog\\s*:\\s*(\\{|false\\b)");

  /**
   * The blog, as the classic preset's {@code blog} options give it: none for {@code blog: false};
   * its posts in its {@code path} ({@link #blogFolder}; one that cannot be, or holds no posts, is
   * named); its {@code blogTitle} (its {@code routeBasePath} is {@link #route}'s).
   */
  private static handbook.content.Mount.Blog blog(BlogOptions found, String text, String file, Set<String> files, Diagnostics diags) {
    if (found.off()) {
      return null;
    }
    JsLiteral.Obj options = found.options();
    if (options == null) {
      return blog(BLOG, null, READING, List.of("atom", "rss"), PER_PAGE);
    }
    String folder = blogFolder(options);
    if (options.get("path") instanceof JsLiteral.Str v && folder.equals(BLOG) && !v.value().strip().replaceAll("^(\\./)+|/+$", "").equals("blog")) {
      diags.add(
          Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the blog's `path` `" + v.value() + "` is no folder of the project the posts can be read from: they are read from `blog/`")
              .withHint("name a folder beside the config, not the docs' nor `static/`: `path: 'news'`"));
    } else if (options.get("path") instanceof JsLiteral.Str v && files.stream().noneMatch(f -> f.startsWith(folder) && (f.endsWith(".md") || f.endsWith(".mdx")))) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the blog's `path` `" + v.value() + "` holds no posts: the blog is empty"));
    }
    String title = options.string("blogTitle");
    // each post's reading time, unless showReadingTime is false (Docusaurus reads 200 words a minute)
    int reading = options.get("showReadingTime") instanceof JsLiteral.Str show && show.value().equals("false") ? 0 : READING;
    // its pages of postsPerPage posts (10; 'ALL' for one page)
    int perPage = PER_PAGE;
    if (options.get("postsPerPage") instanceof JsLiteral.Str n) {
      perPage = n.value().strip().equals("ALL") ? 0 : n.value().strip().matches("\\d{1,4}") && Integer.parseInt(n.value().strip()) > 0 ? Integer.parseInt(n.value().strip()) : PER_PAGE;
    }
    return blog(folder, title == null || title.isBlank() ? null : title.strip(), reading, feeds(options, text, file, diags), perPage);
  }

  /** The classic preset's blog options: {@code blog: false}, or its object (null where there is none). */
  private record BlogOptions(boolean off, JsLiteral.Obj options) {}

  private static BlogOptions blogOptions(String text) {
    Matcher m = BLOG_OPTIONS.matcher(text);
    for (int tried = 0; tried < 20 && m.find(); tried++) {
      if (m.group(1).equals("false")) {
        return new BlogOptions(true, null);
      }
      if (JsLiteral.at(text, m.end() - 1) instanceof JsLiteral.Obj o
          && java.util.stream.Stream.of("blogTitle", "path", "routeBasePath", "feedOptions", "showReadingTime", "editUrl", "postsPerPage", "authorsMapPath", "blogSidebarCount").anyMatch(k -> o.get(k) != null)) {
        return new BlogOptions(false, o);
      }
    }
    return new BlogOptions(false, null);
  }

  /**
   * The folder of the blog's posts: its options' {@code path} ({@code news}, {@code ./news}), by
   * default {@code blog/}; one that is no folder of the project, or is the docs' or
   * {@code static/} (or in them), is {@code blog/}.
   */
  public static String blogFolder(String text) {
    return blogFolder(blogOptions(text).options());
  }

  private static String blogFolder(JsLiteral.Obj options) {
    if (options != null && options.get("path") instanceof JsLiteral.Str v) {
      String path = v.value().strip().replaceAll("^(\\./)+", "").replaceAll("/+$", "");
      if (ROUTE.matcher(path).matches() && java.util.stream.Stream.of("docs", "static", "versioned_docs", "node_modules", "build", "i18n", "src").noneMatch(f -> path.equals(f) || path.startsWith(f + "/"))) {
        return path + "/";
      }
    }
    return BLOG;
  }

  /** A route of the site: parts of letters, digits and {@code - _ . ~}, none {@code .} or {@code ..}. */
  private static final Pattern ROUTE = Pattern.compile("(?:[\\w~-][\\w.~-]*|\\.[\\w~-][\\w.~-]*)(?:/(?:[\\w~-][\\w.~-]*|\\.[\\w~-][\\w.~-]*))*", Pattern.UNICODE_CHARACTER_CLASS);

  /** Whether a route can be a folder of the site: {@link #ROUTE}'s, each part a name a file system takes (at most 200 bytes). */
  private static boolean isRoute(String route) {
    return ROUTE.matcher(route).matches() && java.util.Arrays.stream(route.split("/")).allMatch(p -> p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200);
  }

  /**
   * The feeds {@code feedOptions.type} asks for: {@code 'all'}, {@code 'rss'}, {@code 'atom'} or
   * a list of them (both where it is not set, as the classic preset has it); none for
   * {@code null}. Its JSON feed is not written, and named.
   */
  private static List<String> feeds(JsLiteral.Obj options, String text, String file, Diagnostics diags) {
    if (!(options.get("feedOptions") instanceof JsLiteral.Obj feed) || feed.get("type") == null) {
      return List.of("atom", "rss");
    }
    JsLiteral.Value type = feed.get("type");
    List<String> types = new java.util.ArrayList<>();
    for (JsLiteral.Value v : type instanceof JsLiteral.Arr a ? a.items() : List.of(type)) {
      if (v instanceof JsLiteral.Str s) {
        types.add(s.value().strip());
      }
    }
    if (types.contains("all")) {
      return List.of("atom", "rss");
    }
    if (types.contains("json")) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, type.offset()), "the blog's JSON feed (`feed.json`) is not written here" + (types.contains("atom") || types.contains("rss") ? "" : ": the blog has no feed")));
    }
    return types.stream().filter(t -> t.equals("atom") || t.equals("rss")).toList();
  }

  /** Docusaurus' blog: its posts in {@code folder}, its page there, their addresses of their names' days, its feeds ({@code atom}, {@code rss}) as asked. */
  private static handbook.content.Mount.Blog blog(String folder, String title, int wordsPerMinute, List<String> feeds, int perPage) {
    return new handbook.content.Mount.Blog(folder, folder, title, null, "yyyy/MM/dd", wordsPerMinute, feeds.contains("atom") ? "atom.xml" : null, feeds.contains("rss") ? "rss.xml" : null, perPage, "page/{page}/");
  }

  /**
   * The footer's links: columns ({@code {title, items}}) of items of {@code href} or {@code to},
   * or such items alone; an item of HTML, or of neither, is named.
   */
  private static void footer(JsLiteral.Arr links, String text, String file, List<SiteLink> out, Diagnostics diags) {
    for (JsLiteral.Value v : links.items()) {
      if (v instanceof JsLiteral.Obj column && column.get("items") instanceof JsLiteral.Arr items) {
        String title = column.string("title");
        for (JsLiteral.Value i : items.items()) {
          footerItem(i, title == null ? "" : title.strip(), text, file, out, diags);
        }
      } else {
        footerItem(v, null, text, file, out, diags);
      }
    }
  }

  private static void footerItem(JsLiteral.Value v, String column, String text, String file, List<SiteLink> out, Diagnostics diags) {
    JsLiteral.Obj item = v instanceof JsLiteral.Obj o ? o : null;
    String href = item == null ? null : item.string("href");
    String to = item == null ? null : item.string("to");
    String label = item == null ? null : item.string("label");
    Span span = at(text, file, v.offset());
    if (href != null || to != null) {
      String target = href != null ? href : to.strip().startsWith("/") || handbook.content.Urls.remote(to) ? to.strip() : "/" + to.strip();
      out.add(new SiteLink(label == null ? target : label, target, span, false).in(column));
    } else {
      diags.add(
          Diagnostic.warning("config.docusaurus", span, "the footer's item " + (label == null ? "" : "`" + label + "` ") + "is not shown: " + (item != null && item.get("html") != null ? "it is HTML" : "it has no `href` or `to`"))
              .withHint("the footer shows items of `href` and `to`"));
    }
  }

  /** The navbar's items that search, switch versions or languages: the header has its own. */
  private static final Set<String> NAVBAR_OWN = Set.of("search", "docsVersionDropdown", "localeDropdown");

  /**
   * The navbar's links: an item's {@code href} (another site) or {@code to} (an address of the
   * site), a doc by its id ({@code type: 'doc'}), a sidebar's first doc ({@code type:
   * 'docSidebar'}), the docs ({@code type: 'docsVersion'}), a drop-down's items in turn. The search
   * and the version and language switchers are the header's own; an item of HTML, or of another
   * kind, is named.
   */
  private static void navbar(JsLiteral.Arr items, String mainDocs, Map<String, String> moreDocs, String text, String file, List<SiteLink> links, Diagnostics diags) {
    for (JsLiteral.Value v : items.items()) {
      if (!(v instanceof JsLiteral.Obj item)) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "a navbar item that is not written as an object is not shown"));
        continue;
      }
      String type = item.string("type");
      String label = item.string("label");
      Span span = at(text, file, item.offset());
      if (type != null && NAVBAR_OWN.contains(type)) {
        continue;
      }
      // (a doc or a sidebar of another docs plugin's docs, by its id)
      String plugin = item.string("docsPluginId");
      String docs = plugin == null || plugin.equals("default") ? mainDocs : moreDocs.get(plugin);
      if (docs == null) {
        diags.add(Diagnostic.warning("config.docusaurus", span, "the navbar item " + (label == null ? "" : "`" + label + "` ") + "is not shown: its `docsPluginId` `" + plugin + "` names no docs built here"));
        continue;
      }
      if ("dropdown".equals(type) && item.get("items") instanceof JsLiteral.Arr inner) {
        navbar(inner, mainDocs, moreDocs, text, file, links, diags);
      } else if (item.string("href") != null) {
        links.add(new SiteLink(label == null ? item.string("href") : label, item.string("href"), span, false));
      } else if (item.string("to") != null) {
        String to = item.string("to").strip();
        links.add(new SiteLink(label, to.startsWith("/") || handbook.content.Urls.remote(to) ? to : "/" + to, span, false));
      } else if ("doc".equals(type) && item.string("docId") != null) {
        links.add(new SiteLink(label, docs + item.string("docId").strip().replaceAll("^/+", ""), span, false));
      } else if ("docSidebar".equals(type) || "docsVersion".equals(type)) {
        links.add(new SiteLink(label, docs, span, false, "docSidebar".equals(type), null));
      } else {
        diags.add(
            Diagnostic.warning("config.docusaurus", span, "the navbar item " + (label == null ? "" : "`" + label + "` ") + "of " + (type == null ? "no link" : "type `" + type + "`") + " is not shown")
                .withHint("the header shows items of `href`, `to`, `type: 'doc'` and `type: 'docSidebar'`"));
      }
    }
  }

  /** The classic theme's own stylesheet, written as a string (or the first of a list, or in {@code require.resolve}). */
  private static final Pattern CUSTOM_CSS = Pattern.compile("\\bcustomCss\\s*:\\s*(?:\\[\\s*)?(?:require\\.resolve\\(\\s*)?(['\"`])([^'\"`\\n]+)\\1");


  /**
   * The content path of the stylesheet the classic theme's {@code customCss} names, where it is a
   * file of the project; else null.
   */
  public static String customCss(String text, Set<String> files) {
    Matcher m = CUSTOM_CSS.matcher(text);
    if (!m.find()) {
      return null;
    }
    String path = handbook.content.Urls.normalize(m.group(2).strip().replaceAll("^(\\./)+", ""));
    return path != null && files.contains(path) ? path : null;
  }

  /** The primary colour a stylesheet gives Docusaurus' theme (its first {@code --ifm-color-primary}, the light scheme's), or null. */
  public static String primaryColor(String css) {
    return handbook.theme.Accent.declared(css, "--ifm-color-primary");
  }

  /** The docs' options on versions. */
  private static final List<String> VERSION_OPTIONS = List.of("onlyIncludeVersions", "includeCurrentVersion", "versions", "disableVersioning");

  /** Names each of the docs' options on versions (and {@code lastVersion}) the project has: they are not followed, {@code why}. */
  public static void versionOptionsNotFollowed(String text, String file, String why, Diagnostics diags) {
    JsLiteral.Obj docs = docsOptions(text);
    for (String key : java.util.stream.Stream.concat(VERSION_OPTIONS.stream(), java.util.stream.Stream.of("lastVersion")).toList()) {
      if (docs != null && docs.get(key) != null) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, docs.get(key).offset()), "the docs' `" + key + "` is not followed: " + why));
      }
    }
  }

  /** What a version's {@code banner} may be. */
  private static final Set<String> BANNERS = Set.of("none", "unreleased", "unmaintained");

  /** Keys of a version's options that change only its look on Docusaurus' pages (a badge, a CSS class): not followed, not named. */
  private static final Set<String> VERSION_LOOK = Set.of("badge", "className");

  /** Docusaurus' name for the docs being written, in the docs' options. */
  private static final String CURRENT = "current";

  /**
   * The versions a project builds, as the docs' options say: those of {@code versions.json}
   * ({@code labels}, oldest first) that {@code onlyIncludeVersions} lists, the docs being written
   * unless {@code includeCurrentVersion: false} (or the list) leaves them out, the latest
   * {@code lastVersion}'s, each one shown by its {@code versions} entry ({@code label},
   * {@code path}, {@code banner}); null where only the docs being written are built
   * ({@code disableVersioning}, or no released version included). What cannot be followed is named.
   */
  public static SiteConfig.Versions versioning(String text, String file, List<String> labels, Diagnostics diags) {
    JsLiteral.Obj docs = docsOptions(text);
    if (docs == null) {
      return SiteConfig.Versions.docusaurus(labels, "next", null, true, Map.of());
    }
    if (isTrue(docs.get("disableVersioning"))) {
      if (isFalse(docs.get("includeCurrentVersion"))) {
        diags.add(
            Diagnostic.warning("config.docusaurus", at(text, file, docs.get("includeCurrentVersion").offset()), "the docs' `includeCurrentVersion: false` with `disableVersioning`: the docs being written are built, alone")
                .withHint("without versioning the docs of `docs/` are the site's; remove one of the two"));
      }
      return null;
    }
    Map<String, SiteConfig.Shown> shown = shown(docs.get("versions"), labels, text, file, diags);
    List<String> included = new java.util.ArrayList<>(labels);
    boolean withCurrent = !isFalse(docs.get("includeCurrentVersion"));
    if (docs.get("onlyIncludeVersions") instanceof JsLiteral.Arr only) {
      Set<String> listed = new java.util.HashSet<>();
      for (JsLiteral.Value item : only.items()) {
        if (item instanceof JsLiteral.Str s && (s.value().equals(CURRENT) || labels.contains(s.value()))) {
          listed.add(s.value());
        } else {
          diags.add(
              Diagnostic.warning("config.docusaurus", at(text, file, item.offset()), "the docs' `onlyIncludeVersions` names no version of `versions.json` (nor `current`): " + shortText(text, item) + " is left out")
                  .withHint(names(labels)));
        }
      }
      included.retainAll(listed);
      withCurrent &= listed.contains(CURRENT);
    } else if (docs.get("onlyIncludeVersions") != null) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, docs.get("onlyIncludeVersions").offset()), "the docs' `onlyIncludeVersions` is not a list of version names: every version is built"));
    }
    if (!withCurrent && included.isEmpty()) {
      JsLiteral.Value why = docs.get("onlyIncludeVersions") != null ? docs.get("onlyIncludeVersions") : docs.get("includeCurrentVersion");
      diags.add(
          Diagnostic.warning("config.docusaurus", at(text, file, why.offset()), "the docs' options leave no version to build: the docs being written are built")
              .withHint("include `current` or a version of `versions.json`"));
      withCurrent = true;
    }
    String latest = null;
    JsLiteral.Value last = docs.get("lastVersion");
    if (last != null) {
      String name = last instanceof JsLiteral.Str s ? s.value() : null;
      if (name != null && (included.contains(name) || withCurrent && name.equals(CURRENT))) {
        latest = name;
      } else {
        boolean known = name != null && (labels.contains(name) || name.equals(CURRENT));
        List<String> choices = new java.util.ArrayList<>(included);
        if (withCurrent) {
          choices.add(CURRENT);
        }
        diags.add(
            Diagnostic.warning("config.docusaurus", at(text, file, last.offset()),
                    known
                        ? "the docs' `lastVersion` names a version that is not built (`onlyIncludeVersions`, `includeCurrentVersion`): the newest built is the latest"
                        : "the docs' `lastVersion` names no version of `versions.json` (nor `current`): the newest is the latest")
                .withHint("name one of " + String.join(", ", choices.stream().map(l -> "`" + l + "`").toList())));
      }
    }
    if (included.isEmpty()) {
      return null;
    }
    // the notices compare a version with the latest: the latest shows none
    String newest = latest != null ? latest : included.get(included.size() - 1);
    SiteConfig.Shown own = shown.get(newest);
    if (own != null && own.banner() != null && !own.banner().equals("none") && docs.get("versions") instanceof JsLiteral.Obj v && v.get(newest) instanceof JsLiteral.Obj o) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, o.get("banner").offset()), "version `" + newest + "` is the latest: its `banner` is not shown"));
    }
    String current = shown.containsKey(CURRENT) ? shown.get(CURRENT).folder() : "next";
    String latestFolder = latest == null ? null : latest.equals(CURRENT) ? current : shown.containsKey(latest) ? shown.get(latest).folder() : latest;
    return SiteConfig.Versions.docusaurus(included, current, latestFolder, withCurrent, shown);
  }

  /**
   * How the docs' {@code versions} option shows each version it names (a version of
   * {@code labels} or {@code current}), by name: its {@code label}, its {@code path} (a folder
   * name no other version has, nor {@code latest} or {@code versions}) and its {@code banner}.
   */
  private static Map<String, SiteConfig.Shown> shown(JsLiteral.Value options, List<String> labels, String text, String file, Diagnostics diags) {
    if (options == null) {
      return Map.of();
    }
    if (!(options instanceof JsLiteral.Obj versions)) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, options.offset()), "the docs' `versions` is not an object of versions' options: the versions are shown by their names"));
      return Map.of();
    }
    Map<String, SiteConfig.Shown> out = new java.util.TreeMap<>();
    Set<String> folders = new java.util.HashSet<>(labels);
    folders.add("next");
    Set<String> shownAs = new java.util.HashSet<>();
    for (Map.Entry<String, JsLiteral.Value> e : versions.entries().entrySet()) {
      String name = e.getKey();
      if (!name.equals(CURRENT) && !labels.contains(name)) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, e.getValue().offset()), "the docs' `versions` has options for `" + name + "`, no version of `versions.json` (nor `current`): they are not followed").withHint(names(labels)));
        continue;
      }
      if (!(e.getValue() instanceof JsLiteral.Obj own)) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, e.getValue().offset()), "the options of version `" + name + "` are not an object: they are not followed"));
        continue;
      }
      String folder = name.equals(CURRENT) ? "next" : name;
      String label = folder;
      String given = null;
      String banner = null;
      boolean ownPath = false;
      for (Map.Entry<String, JsLiteral.Value> o : own.entries().entrySet()) {
        JsLiteral.Value v = o.getValue();
        String value = v instanceof JsLiteral.Str s ? s.value().strip() : null;
        switch (o.getKey()) {
          case "label" -> {
            if (value == null || value.isEmpty() || shownAs.contains(value) || labels.contains(value) && !value.equals(name)) {
              diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the `label` of version `" + name + "` is " + (value == null || value.isEmpty() ? "no text" : "another version's") + ": it is shown as `" + label + "`"));
            } else {
              given = value;
            }
          }
          case "path" -> {
            String path = value == null ? null : value.replaceAll("^/+|/+$", "");
            if (path == null || !VERSION_NAME.matcher(path).matches() || path.equals("latest") || path.equals("versions") || !path.equals(folder) && folders.contains(path)) {
              diags.add(
                  Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the `path` of version `" + name + "` is not followed: it is published in `" + folder + "/`")
                      .withHint("a path here is one folder name (letters, digits, `.`, `_` and `-`) that no other version has, nor `latest` or `versions`"));
            } else {
              folders.remove(folder);
              folders.add(path);
              folder = path;
              ownPath = true;
            }
          }
          case "banner" -> {
            if (value != null && BANNERS.contains(value)) {
              banner = value;
            } else {
              diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the `banner` of version `" + name + "` is not one of `none`, `unreleased`, `unmaintained`: its place's is shown"));
            }
          }
          default -> {
            if (!VERSION_LOOK.contains(o.getKey())) {
              diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the option `" + o.getKey() + "` of version `" + name + "` is not followed"));
            }
          }
        }
      }
      if (given == null && !ownPath && banner == null) {
        continue;
      }
      // shown by its name (the docs being written as next) where no label is given
      label = given != null ? given : label;
      shownAs.add(label);
      out.put(name, new SiteConfig.Shown(folder, label, banner, ownPath));
    }
    return out;
  }

  /** Whether an option is written {@code true}. */
  private static boolean isTrue(JsLiteral.Value v) {
    return v instanceof JsLiteral.Str s && s.value().equals("true");
  }

  /** Whether an option is written {@code false}. */
  private static boolean isFalse(JsLiteral.Value v) {
    return v instanceof JsLiteral.Str s && s.value().equals("false");
  }

  /** A value as written, shortened for a message. */
  private static String shortText(String text, JsLiteral.Value v) {
    String written = v instanceof JsLiteral.Str s ? s.value() : text.substring(v.offset(), Math.min(text.length(), v.offset() + 20)).strip();
    return "`" + written + "`";
  }

  /** A hint that names the versions of {@code versions.json} and {@code current}. */
  private static String names(List<String> labels) {
    List<String> all = new java.util.ArrayList<>(labels);
    java.util.Collections.reverse(all);
    all.add(CURRENT);
    return "the versions are " + String.join(", ", all.stream().map(l -> "`" + l + "`").toList());
  }

  /** A version's name as a folder of the site can take it. */
  private static final Pattern VERSION_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * The released versions a project's {@code versions.json} lists (newest first, as Docusaurus
   * keeps it), oldest first; a name that is not a list's string, names no folder of
   * {@code versioned_docs/}, comes twice or is taken here ({@code latest}, {@code next}) is named
   * and left out.
   */
  public static List<String> versions(String text, String file, Set<String> files, Diagnostics diags) {
    JsLiteral.Value list = JsLiteral.at(text, 0);
    handbook.source.LineMap lines = new handbook.source.LineMap(text);
    if (!(list instanceof JsLiteral.Arr arr)) {
      diags.add(
          Diagnostic.warning("config.docusaurus", Span.at(file, lines.line(list.offset()), lines.column(list.offset())), "`versions.json` is not a list of version names: the released versions are not built")
              .withHint("write it as Docusaurus does, newest first: `[\"2.0\", \"1.0\"]`"));
      return List.of();
    }
    // the versions with docs, by the folders of versioned_docs/ (one pass, however long the list)
    Set<String> folders = new java.util.HashSet<>();
    for (String f : files) {
      int slash = f.indexOf('/', "versioned_docs/".length());
      if (f.startsWith("versioned_docs/version-") && slash > 0) {
        folders.add(f.substring(0, slash + 1));
      }
    }
    Set<String> labels = new java.util.LinkedHashSet<>();
    for (JsLiteral.Value item : arr.items()) {
      String why = null;
      String name = item instanceof JsLiteral.Str str ? str.value() : null;
      if (name == null || !VERSION_NAME.matcher(name).matches()) {
        why = "is not a version name (letters, digits, `.`, `_` and `-`)";
      } else if (name.equals("latest") || name.equals("next")) {
        why = "is taken: `latest/` is the newest version's copy and `next/` the docs being written";
      } else if (labels.contains(name)) {
        why = "is listed twice";
      } else {
        String folder = "versioned_docs/version-" + name + "/";
        if (!folders.contains(folder)) {
          why = "has no docs: `" + folder + "` is not there";
        }
      }
      if (why != null) {
        diags.add(Diagnostic.warning("config.docusaurus", Span.at(file, lines.line(item.offset()), lines.column(item.offset())), "version `" + (name == null ? text.substring(item.offset(), Math.min(text.length(), item.offset() + 20)).strip() : name) + "` " + why + ": it is not built"));
      } else {
        labels.add(name);
      }
    }
    List<String> oldestFirst = new java.util.ArrayList<>(labels);
    java.util.Collections.reverse(oldestFirst);
    return List.copyOf(oldestFirst);
  }

  /** An object of the docs' options (the classic preset's {@code docs: {...}}, or a theme's: one that gives a route is read). */
  private static final Pattern DOCS_OPTIONS = Pattern.compile("\\bdocs\\s*:\\s*\\{");

  /** The docs' options: the first object of {@code docs: {...}} that gives one (a theme's {@code docs} gives none of them). */
  private static JsLiteral.Obj docsOptions(String text) {
    Matcher m = DOCS_OPTIONS.matcher(text);
    // the first few candidates (each is read to its end: a file of thousands would take long)
    for (int tried = 0; tried < 20 && m.find(); tried++) {
      if (JsLiteral.at(text, m.end() - 1) instanceof JsLiteral.Obj docs
          && java.util.stream.Stream.concat(java.util.stream.Stream.of("routeBasePath", "editUrl", "showLastUpdateTime", "sidebarPath", "path", "lastVersion"), VERSION_OPTIONS.stream())
              .anyMatch(k -> docs.get(k) != null)) {
        return docs;
      }
    }
    return null;
  }

  /** A locale's code as Docusaurus takes one: a folder name of letters, digits and hyphens. */
  private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}");

  /**
   * The languages of the project ({@code i18n}'s {@code locales}), its {@code defaultLocale}'s
   * first, at the site's root, each other in its folder ({@code fr/}), named and written as its
   * {@code localeConfigs} say ({@code label}, {@code htmlLang}, {@code direction}, {@code path});
   * empty for a project of one language. A locale that cannot be one is named.
   */
  public static List<SiteLocale> locales(String text, String file, Diagnostics diags) {
    if (!(JsLiteral.exported(text, false) instanceof JsLiteral.Obj config) || !(config.get("i18n") instanceof JsLiteral.Obj i18n)
        || !(i18n.get("defaultLocale") instanceof JsLiteral.Str first) || !(i18n.get("locales") instanceof JsLiteral.Arr list)) {
      return List.of();
    }
    String folder = i18n.get("path") instanceof JsLiteral.Str p ? DocsFolder.normal(p.value(), "") : "i18n/";
    if (folder == null || folder.isEmpty()) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, i18n.get("path").offset()), "the translations' `path` is no folder of the project: they are read from `i18n/`"));
      folder = "i18n/";
    }
    JsLiteral.Obj configs = i18n.get("localeConfigs") instanceof JsLiteral.Obj o ? o : null;
    String main = first.value().strip();
    List<SiteLocale> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (JsLiteral.Value v : list.items()) {
      if (!(v instanceof JsLiteral.Str s) || !LOCALE.matcher(s.value().strip()).matches()) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "a locale that is no language code is not built").withHint("write each locale as a string: `'fr'`, `'pt-BR'`"));
        continue;
      }
      String code = s.value().strip();
      if (!seen.add(code)) {
        continue;
      }
      JsLiteral.Obj own = configs != null && configs.get(code) instanceof JsLiteral.Obj o ? o : null;
      String label = own != null && own.get("label") instanceof JsLiteral.Str l && !l.value().isBlank() ? l.value().strip() : SiteLocale.nameOf(code);
      String tag = own != null && own.get("htmlLang") instanceof JsLiteral.Str h && Languages.tag(h.value()) != null ? Languages.tag(h.value()) : Languages.tag(code);
      boolean rtl = own != null && own.get("direction") instanceof JsLiteral.Str d && d.value().strip().equals("rtl");
      String path = own != null && own.get("path") instanceof JsLiteral.Str p && LOCALE.matcher(p.value().strip()).matches() ? p.value().strip() : code;
      boolean isMain = code.equals(main);
      SiteLocale locale = new SiteLocale(code, isMain ? "" : code + "/", label, tag, rtl, folder + path + "/");
      if (isMain) {
        out.add(0, locale);
      } else {
        out.add(locale);
      }
    }
    if (out.isEmpty() || !out.get(0).isDefault()) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, first.offset()), "the `defaultLocale` `" + main + "` is not one of the `locales`: the site is built in one language"));
      return List.of();
    }
    // (the default language's words are named where the site's language is read)
    Languages.inEnglish(out, "config.docusaurus", at(text, file, list.offset()), "the words of Docusaurus' theme a language's `code.json` translates are its own (Next, Edit this page, ...)", diags);
    return out.size() < 2 ? List.of() : List.copyOf(out);
  }

  /**
   * The folder of the docs' pages its {@code path} names ({@code website-docs/}), when it is one
   * inside the project's other than {@code docs/}; else null.
   */
  public static String docsFolder(String text) {
    JsLiteral.Obj docs = docsOptions(text);
    return docs != null && docs.get("path") instanceof JsLiteral.Str v ? DocsFolder.inside(v.value()) : null;
  }

  /** The docs' {@code path}: one not followed is named, one followed that holds no files is an error. */
  private static void docsPath(JsLiteral.Obj docs, String text, String file, Set<String> files, Diagnostics diags) {
    JsLiteral.Value v = docs == null ? null : docs.get("path");
    if (v == null) {
      return;
    }
    if (!(v instanceof JsLiteral.Str s)) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the docs' `path` is not a string: the pages are read from `docs/`").withHint("write the folder's name as a string"));
      return;
    }
    String notFollowed = DocsFolder.notFollowed(s.value());
    if (notFollowed != null) {
      diags.add(
          Diagnostic.warning("config.docusaurus", at(text, file, s.offset()), "the docs' `path` `" + s.value() + "` is not followed (" + notFollowed + "): the pages are read from `docs/`")
              .withHint("name a folder inside the project's, as `path: 'guides'`"));
    } else if (DocsFolder.inside(s.value()) != null && files.stream().noneMatch(p -> p.startsWith(DOCS))) {
      diags.add(
          Diagnostic.error("config.docusaurus", at(text, file, s.offset()), "the docs' `path` `" + s.value() + "`: there is no folder `" + DocsFolder.inside(s.value()) + "` with files beside the config")
              .withHint("name the folder of the docs, as Docusaurus does"));
    }
  }

  /** A plugin or theme of the config's {@code plugins} or {@code themes}: its name, its options (or null), where it is written. */
  private record Plugin(String name, JsLiteral.Obj options, int offset, boolean theme) {}

  private static final Pattern PLUGINS = Pattern.compile("\\b(plugins|themes)\\s*:\\s*\\[");

  /** A plugin's or theme's name in the code that names it ({@code require.resolve('x')}). */
  private static final Pattern NAMED = Pattern.compile("^\\s*require(?:\\.resolve)?\\(\\s*(['\"])([^'\"]+)\\1\\s*\\)");

  /** Plugins and themes whose work the site does: its search, its sitemap, its own theme, its diagrams. */
  private static final Set<String> DONE =
      Set.of(
          "@docusaurus/plugin-sitemap", "@docusaurus/theme-classic", "@docusaurus/theme-mermaid", "@docusaurus/theme-search-algolia", "@easyops-cn/docusaurus-search-local", "docusaurus-lunr-search",
          "@cmfcmf/docusaurus-search-local", "docusaurus-plugin-search-local", "@docusaurus/plugin-debug", "@docusaurus/plugin-svgr");

  private static final String REDIRECTS = "@docusaurus/plugin-client-redirects";

  /** The config's plugins and themes; those written as code, but for a name, are named. */
  private static List<Plugin> plugins(String text, String file, Diagnostics diags) {
    List<Plugin> out = new java.util.ArrayList<>();
    Matcher m = PLUGINS.matcher(text);
    while (m.find()) {
      // (not in a comment: a line's // before it, or a block comment's line)
      String before = text.substring(text.lastIndexOf('\n', m.start()) + 1, m.start());
      if (before.contains("//") || before.strip().startsWith("*") || before.contains("/*") || !(JsLiteral.at(text, m.end() - 1) instanceof JsLiteral.Arr list)) {
        continue;
      }
      boolean theme = m.group(1).equals("themes");
      for (JsLiteral.Value item : list.items()) {
        JsLiteral.Value name = item instanceof JsLiteral.Arr pair && !pair.items().isEmpty() ? pair.items().get(0) : item;
        JsLiteral.Obj options = item instanceof JsLiteral.Arr pair && pair.items().size() > 1 && pair.items().get(1) instanceof JsLiteral.Obj o ? o : null;
        Matcher code = name instanceof JsLiteral.Other o ? NAMED.matcher(o.text()) : null;
        if (name instanceof JsLiteral.Str s) {
          out.add(new Plugin(s.value().strip(), options, s.offset(), theme));
        } else if (code != null && code.find()) {
          out.add(new Plugin(code.group(2).strip(), options, name.offset(), theme));
        } else {
          String written = name instanceof JsLiteral.Other o ? o.text().strip() : "";
          diags.add(
              Diagnostic.warning("config.docusaurus", at(text, file, name.offset()), "a " + (theme ? "theme" : "plugin") + " written as code (`" + (written.length() > 40 ? written.substring(0, 40) + "..." : written) + "`) is not run here: the site is built without it"));
        }
      }
    }
    return out;
  }

  /**
   * Names the plugins and themes that are not run here: all but the client-redirects plugin,
   * {@link #moreDocs} and those whose work the site does ({@link #DONE}).
   */
  private static void namePlugins(String text, String file, Diagnostics diags) {
    List<String> built = moreDocs(text).stream().map(handbook.content.Mount.Collection::folder).toList();
    for (Plugin p : plugins(text, file, diags)) {
      String kind = p.theme() ? "theme" : "plugin";
      if (DONE.contains(p.name()) || p.name().equals(REDIRECTS) || p.name().equals("client-redirects")) {
        continue;
      }
      String path = p.options() == null ? null : p.options().string("path");
      if (docsPlugin(p) && path != null && built.contains(DocsFolder.inside(path))) {
        if (p.options().get("sidebarPath") instanceof JsLiteral.Str sidebars && !sidebars.value().equals("false")) {
          diags.add(Diagnostic.warning("config.docusaurus", at(text, file, sidebars.offset()), "the sidebars of the docs of `" + path + "` (`" + sidebars.value() + "`) are not read: their menu follows their folders"));
        }
        continue;
      }
      String message = docsPlugin(p)
          ? "the docs of `" + (path == null ? "docs" : path) + "` (the plugin `" + p.name() + "`) are not built here: the site has the classic preset's docs"
          : p.name().equals("@docusaurus/plugin-content-blog") || p.name().equals("content-blog")
              ? "the blog of `" + (path == null ? "blog" : path) + "` (the plugin `" + p.name() + "`) is not built here: the site has the classic preset's blog"
              : "the Docusaurus " + kind + " `" + p.name() + "` is not run here: the site is built without it";
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, p.offset()), message));
    }
  }

  private static boolean docsPlugin(Plugin p) {
    return p.name().equals("@docusaurus/plugin-content-docs") || p.name().equals("content-docs");
  }

  /**
   * The docs of the config's other docs plugins that are built: each one whose {@code path} is a
   * folder of the project not the docs', the blog's or {@code static/} (nor in them), and whose
   * {@code routeBasePath} is a folder of the site no other docs take, at that folder: a section of
   * the menu beside the docs'. Their pages are read as the docs' are; their sidebars file is not
   * (their menu follows their folders).
   */
  public static List<handbook.content.Mount.Collection> moreDocs(String text) {
    List<handbook.content.Mount.Collection> out = new java.util.ArrayList<>();
    String blog = blogFolder(text);
    String docsFolder = docsFolder(text);
    Set<String> routes = new java.util.HashSet<>();
    routes.add(route(docsOptions(text), "docs'", DOCS, "guides", text, "", new Diagnostics()));
    routes.add(route(blogOptions(text).options(), "blog's", BLOG, "news", text, "", new Diagnostics()));
    for (Plugin p : plugins(text, "", new Diagnostics())) {
      String path = p.options() == null ? null : p.options().string("path");
      String folder = !docsPlugin(p) || path == null ? null : DocsFolder.inside(path);
      String route = folder == null || !(p.options().get("routeBasePath") instanceof JsLiteral.Str) ? null : route(p.options(), "docs'", null, "community", text, "", new Diagnostics());
      if (route == null || route.isEmpty() || !routes.add(route)) {
        continue;
      }
      String f = folder;
      boolean taken = java.util.stream.Stream.of(DOCS, blog, STATIC, docsFolder == null ? DOCS : docsFolder, "versioned_docs/", "versioned_sidebars/", "i18n/", "src/", "node_modules/", "build/")
          .anyMatch(t -> f.startsWith(t) || t.startsWith(f)) || out.stream().anyMatch(c -> f.startsWith(c.folder()) || c.folder().startsWith(f));
      if (!taken) {
        out.add(new handbook.content.Mount.Collection(folder, route, false, true));
      }
    }
    return out;
  }

  /**
   * The folders of {@link #moreDocs} by their plugin's {@code id} ({@code community/}): their
   * translations are in a language's {@code docusaurus-plugin-content-docs-<id>/current/}.
   */
  public static Map<String, String> moreDocsFolders(String text) {
    Map<String, String> out = new java.util.TreeMap<>();
    List<handbook.content.Mount.Collection> more = moreDocs(text);
    for (Plugin p : plugins(text, "", new Diagnostics())) {
      String path = p.options() == null ? null : p.options().string("path");
      String id = p.options() == null ? null : p.options().string("id");
      String folder = path == null ? null : DocsFolder.inside(path);
      if (docsPlugin(p) && id != null && id.matches("[\\w-]+") && more.stream().anyMatch(c -> c.folder().equals(folder))) {
        out.putIfAbsent(id, folder);
      }
    }
    return out;
  }

  /** The routes of {@link #moreDocs} by their plugin's {@code id} ({@code /community/}). */
  private static Map<String, String> moreDocsById(String text) {
    Map<String, String> out = new java.util.HashMap<>();
    List<handbook.content.Mount.Collection> more = moreDocs(text);
    for (Plugin p : plugins(text, "", new Diagnostics())) {
      String path = p.options() == null ? null : p.options().string("path");
      String id = p.options() == null ? null : p.options().string("id");
      String folder = path == null ? null : DocsFolder.inside(path);
      more.stream().filter(c -> docsPlugin(p) && id != null && c.folder().equals(folder)).findFirst().ifPresent(c -> out.putIfAbsent(id, "/" + c.url()));
    }
    return out;
  }

  /** The folders of the project's pages other than the docs': the blog's posts and {@link #moreDocs}. */
  public static List<String> pageFolders(String text) {
    List<String> out = new java.util.ArrayList<>();
    out.add(blogFolder(text));
    moreDocs(text).forEach(c -> out.add(c.folder()));
    return List.copyOf(out);
  }

  /** A redirect of the client-redirects plugin: from a site path ({@code /docs/old}) to a site path or an address elsewhere. */
  public record Redirect(String from, String to, Span at) {}

  /** The client-redirects plugin's {@code redirects}; its {@code createRedirects} (code) is named, as is an entry that is not {@code from} and {@code to} strings. */
  public static List<Redirect> redirects(String text, String file, Diagnostics diags) {
    List<Redirect> out = new java.util.ArrayList<>();
    for (Plugin p : plugins(text, file, new Diagnostics())) {
      if (!(p.name().equals(REDIRECTS) || p.name().equals("client-redirects")) || p.options() == null) {
        continue;
      }
      // (written as a key, or as a method: `createRedirects(path) {...}`)
      JsLiteral.Value create = p.options().entries().entrySet().stream().filter(e -> e.getKey().matches("createRedirects\\b.*")).map(Map.Entry::getValue).findFirst().orElse(null);
      if (create != null) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, create.offset()), "the client-redirects plugin's `createRedirects` is code, which is not run here: its redirects are not made")
            .withHint("list them in `redirects` as `{from: '/old', to: '/new'}`"));
      }
      if (!(p.options().get("redirects") instanceof JsLiteral.Arr list)) {
        continue;
      }
      for (JsLiteral.Value v : list.items()) {
        JsLiteral.Value from = v instanceof JsLiteral.Obj o ? o.get("from") : null;
        List<JsLiteral.Value> froms = from instanceof JsLiteral.Arr a ? a.items() : from == null ? List.of() : List.of(from);
        if (!(v instanceof JsLiteral.Obj o && o.get("to") instanceof JsLiteral.Str to) || froms.isEmpty() || !froms.stream().allMatch(f -> f instanceof JsLiteral.Str)) {
          diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "a redirect that is not `{from: '/old', to: '/new'}` with strings is not made"));
          continue;
        }
        for (JsLiteral.Value f : froms) {
          out.add(new Redirect(((JsLiteral.Str) f).value().strip(), to.value().strip(), at(text, file, f.offset())));
        }
      }
    }
    return out;
  }

  /** The classic preset's docs turned off. */
  private static final Pattern DOCS_OFF = Pattern.compile("\\bdocs\\s*:\\s*false\\b");

  /** Whether the config turns the docs off ({@code docs: false}): {@code docs/} is then not published, as in Docusaurus. */
  public static boolean docsOff(String text) {
    Matcher m = DOCS_OFF.matcher(text);
    while (m.find()) {
      // (not in a comment: a line's // before it, or a block comment's line)
      String before = text.substring(text.lastIndexOf('\n', m.start()) + 1, m.start());
      if (!before.contains("//") && !before.strip().startsWith("*") && !before.contains("/*")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the docs are the site's root ({@code routeBasePath: '/'}). */
  public boolean docsAtRoot() {
    return docsRoute.isEmpty();
  }

  /**
   * The site's folder of the docs or the blog: their options' {@code routeBasePath}, ending in
   * {@code /} ({@code fallback}, {@code docs/} or {@code blog/}, where they give none; empty for
   * {@code /}, the site's root); one that is no folder of the site ({@code ../x}) is named and
   * {@code fallback} is theirs.
   */
  private static String route(JsLiteral.Obj options, String whose, String fallback, String example, String text, String file, Diagnostics diags) {
    if (options == null || !(options.get("routeBasePath") instanceof JsLiteral.Str v)) {
      return fallback;
    }
    String route = v.value().strip().replaceAll("^/+|/+$", "");
    if (route.isEmpty()) {
      return "";
    }
    if (!isRoute(route)) {
      diags.add(
          Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the " + whose + " `routeBasePath` `" + v.value() + "` is no folder of the site: the " + (whose.equals("blog's") ? "blog is" : "docs are") + " published under `" + fallback + "`")
              .withHint("name a folder of the site: `routeBasePath: '" + example + "'`, or `'/'` for the site's root"));
      return fallback;
    }
    return route + "/";
  }

  /**
   * Names a docs option that points elsewhere than where it is read here: {@code path} other
   * than {@code docs}, {@code sidebarPath} other than a {@code sidebars} file beside the config
   * ({@code expected}: the name without a leading {@code ./} or an extension).
   */
  private static void elsewhere(JsLiteral.Obj docs, String key, String expected, String what, String hint, String text, String file, Diagnostics diags) {
    if (docs != null && docs.get(key) instanceof JsLiteral.Str v && !v.value().equals("false")) {
      String name = v.value().strip().replaceAll("^(\\./)+", "").replaceAll("/+$", "").replaceAll("\\.(js|ts|json|mjs|cjs)$", "");
      if (!name.equals(expected)) {
        diags.add(Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the docs' `" + key + "` `" + v.value() + "` is not followed: " + what).withHint(hint));
      }
    }
  }

  /** The docs' {@code editUrl} where it is a string, or empty; one made by code is named. */
  private static String editUrl(JsLiteral.Obj docs, String text, String file, Diagnostics diags) {
    JsLiteral.Value v = docs == null ? null : docs.get("editUrl");
    if (v instanceof JsLiteral.Str s && s.value().matches("https?://\\S+")) {
      return s.value().endsWith("/") ? s.value() : s.value() + "/";
    }
    if (v != null) {
      diags.add(
          Diagnostic.warning("config.docusaurus", at(text, file, v.offset()), "the docs' `editUrl` is not an address written as a string: the pages have no edit link")
              .withHint("set `edit_url` in a site.yaml beside the config"));
    }
    return "";
  }

  /** A file of {@code static/} a key names ({@code img/logo.svg}), as a content path; null (named) when there is none. */
  private static String staticFile(JsLiteral.Str value, String key, String text, String file, Set<String> files, Diagnostics diags) {
    String v = value.value().strip();
    String path = handbook.content.Urls.normalize(STATIC + v.replaceAll("^/+", ""));
    if (path == null || !files.contains(path)) {
      diags.add(Diagnostic.warning("config.docusaurus", at(text, file, value.offset() + 1), "`" + key + "` names no file of `static/`: `" + v + "`: " + switch (key) {
        case "logo" -> "the theme's logo is shown";
        case "image" -> "the pages' link previews show no image";
        default -> "the theme's icon is shown";
      }));
      return null;
    }
    return path;
  }

  private static Span at(String text, String file, int offset) {
    return JsLiteral.span(text, file, offset);
  }
}
