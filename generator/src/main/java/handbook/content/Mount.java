package handbook.content;

import java.util.List;

/**
 * Where the content's files are published: at their paths, or with folders as the site's root:
 * an MkDocs project's docs folder, as MkDocs publishes it ({@code docs/user-guide/x.md} at
 * {@code user-guide/x/}, {@code docs/img/a.png} at {@code img/a.png}), a Docusaurus project's
 * {@code static/} ({@code static/img/a.png} at {@code img/a.png}; its pages stay under
 * {@code docs/}), or both, for a Docusaurus project whose docs are at the root; a Hugo project's
 * {@code content/} and {@code static/} ({@code content/docs/x.md} at {@code docs/x/}); a Jekyll
 * project's every folder (its pages anywhere, {@code docs/x.md} at {@code docs/x/}); a GitHub
 * wiki's (its pages anywhere, each at its name: {@code docs/x.md} at {@code x/}).
 *
 * @param docs the folder of the docs' pages: {@code docs/}, a Hugo project's {@code content/},
 *     or a Jekyll project's or a GitHub wiki's root (empty)
 * @param folders the content folders published at the site's root ({@code docs/}), or none
 * @param tool the tool whose project it is, which says how pages are published
 * @param languages a Hugo project's languages, its default one first (a page's file name may end
 *     in one: {@code about.en.md} is the default language's {@code about.md}); else none
 * @param blog a Docusaurus project's blog, or null
 * @param collections a Jekyll project's collections that are published ({@code _docs/} at
 *     {@code docs/}); else none
 * @param permalinks a Hugo project's URL patterns of the pages of its sections (its config's
 *     {@code permalinks}), the first that matches a page its; else none
 * @param taxonomies a Hugo project's taxonomies other than {@code tags} ({@code categories}): the
 *     front matter keys whose terms are listed with the tags; else none
 * @param schedule which dated pages a Hugo or Jekyll project publishes ({@link Schedule#ALL} else)
 * @param tagged whether pages' tags are listed (on each page, and at {@code tags/}): not in a Hugo
 *     project whose config turns off its taxonomies' pages ({@code disableKinds})
 * @param defaults front matter given to pages under their own: a Jekyll project's (its config's
 *     {@code defaults}) or a Hugo project's (its config's {@code cascade}), in their order; else none
 * @param toc the levels of headings in a page's table of contents (an MkDocs project's
 *     {@code toc_depth}; else H2 and H3)
 * @param failsOn the codes of the broken links the project's own tool fails a build on (an
 *     MkDocs project's with {@code strict: true}: {@code link.unresolved}, and {@code link.anchor}
 *     where its {@code validation} makes them warnings); else none
 * @param markdown the syntax an MkDocs project's Markdown extensions add that other tools' pages
 *     do not mean ({@link handbook.markdown.RenderOptions.Extensions}); else none
 */
public record Mount(
    String docs, List<String> folders, Tool tool, List<String> languages, Blog blog, List<Collection> collections, List<Permalink> permalinks, List<String> taxonomies, Schedule schedule, boolean tagged, List<Default> defaults, Toc toc, List<String> failsOn, handbook.markdown.RenderOptions.Extensions markdown) {
  /**
   * Front matter given to the pages of a scope, under their own: Jekyll's {@code defaults}, or a
   * part of Hugo's {@code cascade} (whose scope is in its values, its {@code target}).
   *
   * @param path the scope's path: a folder or file of the project ({@code docs}), a glob
   *     ({@code docs/*}{@code /api}), or empty for every page
   * @param type the kind of page it is for ({@code pages}, {@code posts}, a collection's name), or
   *     null for every kind
   * @param values the keys and values it gives, their nodes naming the config's file
   */
  public record Default(String path, String type, handbook.yaml.YamlNode.Mapping values) {}

  /**
   * Which dated pages are published at the build's time, as Hugo, Jekyll and MkDocs Material's
   * blog leave the others out, and whether drafts are.
   *
   * @param future those dated after it (Hugo's {@code buildFuture}, Jekyll's {@code future}; not
   *     Material's {@code draft_if_future_date})
   * @param expired those whose {@code expiryDate} is before it (Hugo's {@code buildExpired})
   * @param zone the time zone of a date written without an offset (Hugo's {@code timeZone},
   *     Jekyll's {@code timezone}; else UTC)
   * @param drafts whether a Hugo page whose front matter says {@code draft: true} is published
   *     (Hugo's {@code buildDrafts}, as a config for {@code hugo server} may say)
   * @param dates where a Hugo page's dates come from (its config's {@code [frontmatter]})
   */
  public record Schedule(boolean future, boolean expired, java.time.ZoneId zone, boolean drafts, Dates dates) {
    /** Every page, whatever its dates. */
    public static final Schedule ALL = new Schedule(true, true, java.time.ZoneOffset.UTC);

    public Schedule {
      java.util.Objects.requireNonNull(zone, "zone");
      java.util.Objects.requireNonNull(dates, "dates");
    }

    /** Drafts not published. */
    public Schedule(boolean future, boolean expired, java.time.ZoneId zone) {
      this(future, expired, zone, false, Dates.HUGO);
    }

    /** The time zone a config names ({@code Europe/Oslo}), or null where it names none there is. */
    public static java.time.ZoneId zone(String name) {
      try {
        return name == null || name.isBlank() ? null : java.time.ZoneId.of(name.strip());
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
  }

  /**
   * The levels of the headings a page's table of contents lists: from {@code min} (an H2: the H1
   * is the page's title) to {@code max}, each under the one before it of a level above.
   */
  public record Toc(int min, int max) {
    /** H2 and H3, as Docusaurus and Hugo list them. */
    public static final Toc DEFAULT = new Toc(2, 3);

    /** No heading: no table of contents. */
    public static final Toc NONE = new Toc(2, 1);
  }

  /**
   * Where a Hugo page's dates come from, first first, as its config's {@code [frontmatter]} says:
   * front matter keys in lower case, or {@code :filename} (the day its file's or bundle's name
   * starts with, {@code 2024-05-06-name.md}).
   *
   * @param date its date (Hugo's {@code .Date}: its URL's {@code :year}, its place among newer
   *     pages)
   * @param publishDate the time from which it is published
   * @param expiryDate the time from which it is not
   */
  public record Dates(List<String> date, List<String> publishDate, List<String> expiryDate) {
    /** Hugo's own, where the config says nothing. */
    public static final Dates HUGO =
        new Dates(List.of("date", "publishdate", "pubdate", "published", "lastmod", "modified"), List.of("publishdate", "pubdate", "published", "date"), List.of("expirydate", "unpublishdate"));

    public Dates {
      date = List.copyOf(date);
      publishDate = List.copyOf(publishDate);
      expiryDate = List.copyOf(expiryDate);
    }
  }

  /**
   * A Hugo project's URL pattern for the pages of a top-level section.
   *
   * @param section the section's folder under the pages' folder, in lower case ({@code posts/}), or
   *     empty for the pages at the root of it
   * @param pattern the pattern ({@code /:year/:month/:slug/}), its placeholders known here
   */
  public record Permalink(String section, String pattern) {
    /** The placeholders followed here. */
    public static final List<String> PLACEHOLDERS =
        List.of(
            "year", "month", "monthname", "day", "weekday", "weekdayname", "yearday", "section", "sections", "title", "slug", "slugorfilename", "filename", "contentbasename",
            "slugorcontentbasename");

    /** A placeholder as Hugo finds it: a word, and a slice of the sections ({@code :sections[1:]}). */
    public static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(":(\\w+)(\\[.+?\\])?");

    /** A slice of the sections: {@code [n]}, {@code [last]}, {@code [a:b]} with either left out. */
    public static final java.util.regex.Pattern SLICE = java.util.regex.Pattern.compile("\\[\\s*(\\d+|last)?\\s*(?::\\s*(\\d+|last)?\\s*)?\\]");
  }

  /**
   * A folder published at another of the site's folders: a Jekyll collection (the files of its
   * folder at the site's folder of its {@code permalink}, its pages at their paths in it), a
   * Docusaurus blog at its {@code routeBasePath}.
   *
   * @param folder its folder, with its leading {@code _} ({@code _docs/})
   * @param url the site's folder of its files ({@code docs/}), ending in {@code /}
   * @param html whether its pages had {@code x.html} addresses (its permalink ends in
   *     {@code :output_ext}), which redirect to them here
   * @param docs whether its pages are docs of their own, a section of the menu beside the docs'
   *     (a Docusaurus project's other docs plugin's)
   */
  public record Collection(String folder, String url, boolean html, boolean docs) {
    public Collection(String folder, String url, boolean html) {
      this(folder, url, html, false);
    }
  }

  /** The folder of a content path's docs: that of the other docs it is in ({@link Collection#docs}), else the docs'. */
  public String docsOf(String contentPath) {
    for (Collection c : collections) {
      if (c.docs() && contentPath.startsWith(c.folder())) {
        return c.folder();
      }
    }
    return docs;
  }

  /**
   * A blog: the Markdown files of its folder are its posts, listed newest first on its page at
   * its home folder's URL (Docusaurus' {@code blog/}; MkDocs Material's posts in
   * {@code docs/blog/posts/}, its page {@code docs/blog/index.md}; Jekyll's {@code _posts/},
   * listed on the home page).
   *
   * @param folder the folder of the posts, ending in {@code /}
   * @param home the folder whose URL is the blog's page, ending in {@code /}: the posts' folder
   *     or one that holds it
   * @param title the title of the blog's page, or null for its folder page's or the site's words
   * @param postUrl how a post's URL is made after the home's (MkDocs Material's
   *     {@code post_url_format}: {@code {date}/{slug}}, its title's slug; Jekyll's
   *     {@code permalink}: {@code /:categories/:year/:month/:day/:title:output_ext}), or null for
   *     Docusaurus' (its file's name, the day in it as folders)
   * @param dateUrl the day of a post's URL ({@code yyyy/MM/dd}, {@code yyyy/MM}, {@code yyyy})
   * @param wordsPerMinute how fast a reader reads, for a post's reading time; 0 for none shown
   * @param atom the Atom feed's path under the home's URL ({@code atom.xml}), or null for none
   * @param rss the RSS feed's, or null
   * @param perPage how many posts a page of the blog lists (its first page at the home's URL, the
   *     others at {@code pagePath}); 0 for all on one
   * @param pagePath the path of the blog's page {@code n} (2 and on) under the home's URL, with
   *     {@code {page}} for {@code n} ({@code page/{page}/})
   */
  public record Blog(String folder, String home, String title, String postUrl, String dateUrl, int wordsPerMinute, String atom, String rss, int perPage, String pagePath) {
    /** Whether a content path is a post of the blog: a Markdown file of its folder, not one whose name (or a folder's) starts with {@code _}. */
    public boolean post(String path) {
      return path.startsWith(folder) && Urls.isMarkdown(path) && !path.substring(folder.length()).matches("(?:.*/)?_.*");
    }
  }

  /** The tools whose projects are read as they are, each publishing its pages in its way. */
  public enum Tool {
    /** Handbook's own content. */
    NONE,
    /** MkDocs: the menu in the order of the files. */
    MKDOCS,
    /**
     * Docusaurus: pages without the number prefixes of their file and folder names
     * ({@code docs/01-guide/02-setup.md} at {@code docs/guide/setup/}), the menu in the order of
     * the files.
     */
    DOCUSAURUS,
    /** Hugo: URLs in lower case with hyphens for spaces, a page's {@code slug} and {@code url} followed. */
    HUGO,
    /**
     * Jekyll: a page's {@code permalink} followed, its place in the menu by just-the-docs'
     * {@code parent}; its old address {@code x.html} (Jekyll's default) redirects to it.
     */
    JEKYLL,
    /** Jekyll with {@code permalink: pretty}: the same, its addresses already {@code x/}. */
    JEKYLL_PRETTY,
    /**
     * A GitHub wiki: every page at its name whatever its folder ({@code guides/Set-Up.md} at
     * {@code Set-Up/}), {@code Home.md} the home; links name pages by their names.
     */
    WIKI,
    /**
     * VitePress: the pages of {@code docs/} and its {@code public/} at the root, the menu in the
     * order of the files; its address of a page ({@code x.html}) redirects to it.
     */
    VITEPRESS,
    /** VitePress with {@code cleanUrls: true}: the same, its addresses already {@code x}. */
    VITEPRESS_CLEAN,
    /** VuePress, VitePress' forerunner: as VitePress, its {@code docs/.vuepress/public/} at the root. */
    VUEPRESS,
    /**
     * Astro Starlight: the pages of {@code src/content/docs/} (shown as {@code docs/}) and
     * {@code public/} at the root, each page at its path in lower case, the menu in the order of
     * the files.
     */
    STARLIGHT,
    /**
     * GitBook: its pages (shown as {@code docs/}) at the root, each at its path, a folder's
     * {@code README.md} at the folder; the menu its {@code SUMMARY.md}'s.
     */
    GITBOOK,
    /**
     * mdBook: its pages (its {@code src/}, shown as {@code docs/}) at the root, each at its path, a
     * folder's {@code README.md} at the folder; the menu its {@code SUMMARY.md}'s; its address of a
     * page ({@code x.html}) redirects to it.
     */
    MDBOOK,
    /**
     * Docsify: its pages (the folder of its {@code index.html}, shown as {@code docs/}) at the root,
     * each at its path, a folder's {@code README.md} at the folder; the menu its {@code _sidebar.md}'s.
     */
    DOCSIFY,
    /**
     * Mintlify: its pages (shown as {@code docs/}) at the root, each at its path without its
     * extension; the menu its config's {@code navigation}.
     */
    MINTLIFY
  }

  private static final String DOCS_FOLDER = "docs/";
  private static final String STATIC_FOLDER = "static/";

  public Mount {
    folders = List.copyOf(folders);
    languages = List.copyOf(languages);
    collections = List.copyOf(collections);
    permalinks = List.copyOf(permalinks);
    taxonomies = List.copyOf(taxonomies);
    defaults = List.copyOf(defaults);
    java.util.Objects.requireNonNull(schedule, "schedule");
    java.util.Objects.requireNonNull(toc, "toc");
    failsOn = List.copyOf(failsOn);
    // the inline syntax of the pages' tool (InlineDialect), and where its tables start (TableStarts)
    markdown = switch (tool) {
      case DOCUSAURUS -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES).with(handbook.markdown.RenderOptions.Extension.MDX);
      case WIKI -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES).with(handbook.markdown.RenderOptions.Extension.RAW_HEADING_IDS);
      // (Hugo's extras' subscript takes ~x~ from GFM's strikethrough)
      case HUGO -> markdown.has(handbook.markdown.RenderOptions.Extension.EXTRA_SUBSCRIPT)
          ? markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE)
          : markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES);
      case JEKYLL, JEKYLL_PRETTY -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.TABLES_START_BLOCKS);
      case VITEPRESS, VITEPRESS_CLEAN, VUEPRESS -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE);
      // (Astro's remark: GFM's single tildes, and SmartyPants' quotes and ellipses)
      case GITBOOK -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES).with(handbook.markdown.RenderOptions.Extension.GITBOOK);
      // (Docsify's marked: GFM's single tildes; no template runs over its pages)
      case DOCSIFY -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES).with(handbook.markdown.RenderOptions.Extension.TEMPLATES_AS_TEXT);
      // (mdBook's pulldown-cmark: GFM's single tildes; no template runs over its pages)
      case MDBOOK -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES).with(handbook.markdown.RenderOptions.Extension.TEMPLATES_AS_TEXT);
      case STARLIGHT -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES)
          .with(handbook.markdown.RenderOptions.Extension.SMART_QUOTES).with(handbook.markdown.RenderOptions.Extension.SMART_ELLIPSIS);
      // (MDX with remark-gfm: GFM's single tildes; its components, which its pages use without imports)
      case MINTLIFY -> markdown.with(handbook.markdown.RenderOptions.Extension.PLAIN_INLINE).with(handbook.markdown.RenderOptions.Extension.SINGLE_TILDES).with(handbook.markdown.RenderOptions.Extension.MDX)
          .with(handbook.markdown.RenderOptions.Extension.MINTLIFY);
      case MKDOCS -> markdown.with(handbook.markdown.RenderOptions.Extension.TABLES_START_BLOCKS).with(handbook.markdown.RenderOptions.Extension.TABLE_ROWS_TO_BLANK);
      case NONE -> markdown.with(handbook.markdown.RenderOptions.Extension.RAW_HEADING_IDS);
    };
  }

  public Mount(String docs, List<String> folders, Tool tool, List<String> languages, Blog blog) {
    this(docs, folders, tool, languages, blog, List.of(), List.of(), List.of(), Schedule.ALL, true, List.of(), Toc.DEFAULT, List.of(), handbook.markdown.RenderOptions.Extensions.NONE);
  }

  public Mount(String docs, List<String> folders, Tool tool) {
    this(docs, folders, tool, List.of(), null);
  }

  public Mount(String docs, List<String> folders, Tool tool, List<String> languages) {
    this(docs, folders, tool, languages, null);
  }

  /** The same with a blog (or none). */
  public Mount withBlog(Blog b) {
    return new Mount(docs, folders, tool, languages, b, collections, permalinks, taxonomies, schedule, tagged, defaults, toc, failsOn, markdown);
  }

  /** The same with a Jekyll project's published collections. */
  public Mount withCollections(List<Collection> published) {
    return new Mount(docs, folders, tool, languages, blog, published, permalinks, taxonomies, schedule, tagged, defaults, toc, failsOn, markdown);
  }

  /** The same with a Hugo project's URL patterns of its sections' pages. */
  public Mount withPermalinks(List<Permalink> p) {
    return new Mount(docs, folders, tool, languages, blog, collections, p, taxonomies, schedule, tagged, defaults, toc, failsOn, markdown);
  }

  /** The same with a Hugo project's taxonomies other than tags; none listed, not even tags, where {@code listed} is false. */
  public Mount withTaxonomies(List<String> t, boolean listed) {
    return new Mount(docs, folders, tool, languages, blog, collections, permalinks, t, schedule, listed, defaults, toc, failsOn, markdown);
  }

  /** The same with a Jekyll project's front matter defaults. */
  public Mount withDefaults(List<Default> d) {
    return new Mount(docs, folders, tool, languages, blog, collections, permalinks, taxonomies, schedule, tagged, d, toc, failsOn, markdown);
  }

  /** The same with the levels of headings in a page's table of contents. */
  public Mount withToc(Toc t) {
    return new Mount(docs, folders, tool, languages, blog, collections, permalinks, taxonomies, schedule, tagged, defaults, t, failsOn, markdown);
  }

  /** The same with the codes of the broken links the project's own tool fails a build on. */
  public Mount withFailsOn(List<String> codes) {
    return new Mount(docs, folders, tool, languages, blog, collections, permalinks, taxonomies, schedule, tagged, defaults, toc, codes, markdown);
  }

  /** The same with the syntax its project's Markdown extensions add. */
  public Mount withMarkdown(handbook.markdown.RenderOptions.Extensions on) {
    return new Mount(docs, folders, tool, languages, blog, collections, permalinks, taxonomies, schedule, tagged, defaults, toc, failsOn, on);
  }

  /** The same with the dated pages a Hugo or Jekyll project publishes. */
  public Mount withSchedule(Schedule s) {
    return new Mount(docs, folders, tool, languages, blog, collections, permalinks, taxonomies, s, tagged, defaults, toc, failsOn, markdown);
  }

  /** The URL pattern of a Hugo page's section (its content path's first folder under the pages' folder, or the root), or null. */
  public String permalinkOf(String contentPath) {
    if (permalinks.isEmpty() || !contentPath.startsWith(docs)) {
      return null;
    }
    String rest = contentPath.substring(docs.length());
    int slash = rest.indexOf('/');
    // (Hugo matches sections in lower case)
    String section = slash < 0 ? "" : rest.substring(0, slash + 1).toLowerCase(java.util.Locale.ROOT);
    for (Permalink p : permalinks) {
      if (p.section().equals(section)) {
        return p.pattern();
      }
    }
    return null;
  }

  /** The published collection a content path is in, or null. */
  public Collection collectionOf(String contentPath) {
    for (Collection c : collections) {
      if (contentPath.startsWith(c.folder())) {
        return c;
      }
    }
    return null;
  }

  /** Every file at its path. */
  public static final Mount NONE = new Mount(DOCS_FOLDER, List.of(), Tool.NONE);

  /** An MkDocs project's: the docs folder at the root. */
  public static final Mount DOCS = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER), Tool.MKDOCS);

  /** A Docusaurus project's: its static files at the root. */
  public static final Mount STATIC = new Mount(DOCS_FOLDER, List.of(STATIC_FOLDER), Tool.DOCUSAURUS);

  /** A Docusaurus project's whose docs are at the root ({@code routeBasePath: '/'}): its docs and its static files. */
  public static final Mount DOCS_AND_STATIC = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER, STATIC_FOLDER), Tool.DOCUSAURUS);

  /** A VitePress project's: its {@code docs/public/} and its pages, {@code docs/}, at the root; {@code clean} where its config's {@code cleanUrls} is. */
  public static Mount vitePress(boolean clean) {
    return new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER + "public/", DOCS_FOLDER), clean ? Tool.VITEPRESS_CLEAN : Tool.VITEPRESS)
        .withMarkdown(handbook.markdown.RenderOptions.Extensions.of(java.util.Set.of(handbook.markdown.RenderOptions.Extension.VUE)));
  }

  /** A VuePress project's: its {@code docs/.vuepress/public/} and its pages, {@code docs/}, at the root. */
  public static Mount ofVuePress() {
    return new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER + ".vuepress/public/", DOCS_FOLDER), Tool.VUEPRESS)
        .withMarkdown(handbook.markdown.RenderOptions.Extensions.of(java.util.Set.of(handbook.markdown.RenderOptions.Extension.VUE)));
  }

  /** An Astro Starlight project's: its {@code public/} and its pages ({@code src/content/docs/}, shown as {@code docs/}) at the root. */
  public static final Mount STARLIGHT = new Mount(DOCS_FOLDER, List.of("public/", DOCS_FOLDER), Tool.STARLIGHT);

  /** A GitBook project's: its pages (shown as {@code docs/}) at the root. */
  public static final Mount GITBOOK = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER), Tool.GITBOOK);

  /** An mdBook project's: its pages (shown as {@code docs/}) at the root. */
  public static final Mount MDBOOK = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER), Tool.MDBOOK);

  /** A Docsify site's: its pages (shown as {@code docs/}) at the root. */
  public static final Mount DOCSIFY = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER), Tool.DOCSIFY);

  /** A Mintlify project's: its pages (shown as {@code docs/}) at the root. */
  public static final Mount MINTLIFY = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER), Tool.MINTLIFY);

  /** Whether pages are published as Mintlify publishes them. */
  public boolean mintlify() {
    return tool == Tool.MINTLIFY;
  }

  /** Whether pages are published as Docsify shows them. */
  public boolean docsify() {
    return tool == Tool.DOCSIFY;
  }

  /** Whether pages are published as mdBook publishes them. */
  public boolean mdBook() {
    return tool == Tool.MDBOOK;
  }

  /** Whether the project's tool gave each page an address {@code x.html} ({@code x.md}'s), which names the page here: VitePress' and mdBook's. */
  public boolean htmlAddresses() {
    return vitePress() || mdBook();
  }

  /** Whether pages are published as GitBook publishes them. */
  public boolean gitBook() {
    return tool == Tool.GITBOOK;
  }

  /** Whether pages are published as Starlight publishes them. */
  public boolean starlight() {
    return tool == Tool.STARLIGHT;
  }

  /** Whether pages are published as VitePress (or VuePress) publishes them. */
  public boolean vitePress() {
    return tool == Tool.VITEPRESS || tool == Tool.VITEPRESS_CLEAN || tool == Tool.VUEPRESS;
  }

  /** Whether pages are a VuePress project's (its home's front matter, its folders' {@code README.md}). */
  public boolean vuePress() {
    return tool == Tool.VUEPRESS;
  }

  /** A Hugo project's: its pages' folder ({@code content/}, or {@code content/en/}; ending in {@code /}) and its static files at the root. */
  public static Mount hugo(String contentDir, List<String> languages) {
    return new Mount(contentDir, List.of(contentDir, STATIC_FOLDER), Tool.HUGO, languages);
  }

  /**
   * The language a Hugo page's file name ends in ({@code nb} of {@code about.nb.md}, of the site's
   * languages), or null.
   */
  public String languageOf(String contentPath) {
    if (!hugo() || !contentPath.endsWith(".md")) {
      return null;
    }
    String stem = contentPath.substring(contentPath.lastIndexOf('/') + 1, contentPath.length() - 3);
    int dot = stem.lastIndexOf('.');
    return dot > 0 && languages.contains(stem.substring(dot + 1).toLowerCase(java.util.Locale.ROOT)) ? stem.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : null;
  }

  /** A Hugo page's path as its default language names it ({@code about.en.md} is {@code about.md}); any other path as it is. */
  public String unsuffixed(String contentPath) {
    String lang = languageOf(contentPath);
    return lang == null || !lang.equals(languages.get(0)) ? contentPath : contentPath.substring(0, contentPath.length() - 4 - lang.length()) + ".md";
  }

  /** A Jekyll project's: its pages anywhere, at their paths; {@code pretty} where its {@code permalink} is. */
  public static Mount jekyll(boolean pretty) {
    return new Mount("", List.of(""), pretty ? Tool.JEKYLL_PRETTY : Tool.JEKYLL);
  }

  /** A GitHub wiki's: its pages anywhere, each at its name; its other files at their paths. */
  public static final Mount WIKI =
      new Mount("", List.of(""), Tool.WIKI).withMarkdown(handbook.markdown.RenderOptions.Extensions.of(
          java.util.Set.of(handbook.markdown.RenderOptions.Extension.WIKI_LINKS, handbook.markdown.RenderOptions.Extension.TEMPLATES_AS_TEXT)));

  /** Whether pages are published as a GitHub wiki publishes them. */
  public boolean wiki() {
    return tool == Tool.WIKI;
  }

  /** Whether pages are published without the number prefixes of their names (Docusaurus). */
  public boolean unnumbered() {
    return tool == Tool.DOCUSAURUS;
  }

  /** Whether pages are published as Hugo publishes them. */
  public boolean hugo() {
    return tool == Tool.HUGO;
  }

  /** Whether pages are published as Jekyll publishes them. */
  public boolean jekyll() {
    return tool == Tool.JEKYLL || tool == Tool.JEKYLL_PRETTY;
  }

  /** Whether the docs folder is the site's root (the project's pages, menu and home). */
  public boolean docsAtRoot() {
    return folders.contains(docs);
  }

  /** The site path of a content path (a file, a folder ending in {@code /}, or a page's URL made of its path). */
  public String url(String contentPath) {
    Collection c = collectionOf(contentPath);
    if (c != null) {
      return c.url() + contentPath.substring(c.folder().length());
    }
    for (String folder : folders) {
      if (contentPath.startsWith(folder)) {
        return contentPath.substring(folder.length());
      }
    }
    return contentPath;
  }

  /** The URL of a page of a content path ({@link #url}, without number prefixes where the pages have none). */
  public String pageUrl(String contentPath) {
    String url = url(contentPath);
    if (wiki()) {
      // a wiki's page is at its name, whatever its folder
      String name = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      return name.isEmpty() ? "" : handbook.markdown.WikiLinks.fileName(name.substring(name.lastIndexOf('/') + 1)) + (url.endsWith("/") ? "/" : "");
    }
    return unnumbered() ? Urls.unnumberedPath(url) : hugo() || starlight() ? url.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') : url;
  }

  /** A file or folder name as the menu shows it where it has no title: without its number prefix where the pages have none. */
  public String name(String fileOrFolder) {
    return unnumbered() ? Urls.unnumbered(fileOrFolder) : fileOrFolder;
  }

  /**
   * Whether the menu orders pages of no weight by their file names (MkDocs' and Docusaurus'
   * order), not by their titles: the pages of another tool's project.
   */
  public boolean menuByFileName() {
    return tool == Tool.MKDOCS || tool == Tool.DOCUSAURUS || vitePress() || starlight() || gitBook() || mdBook() || docsify();
  }

  /** The mounted folder a content path is in, or null. */
  public String folderOf(String contentPath) {
    for (String folder : folders) {
      if (contentPath.startsWith(folder)) {
        return folder;
      }
    }
    return null;
  }

  public boolean mounted() {
    return !folders.isEmpty();
  }
}
