package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.markdown.RenderOptions;
import handbook.source.SourceFile;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The site-wide keys of {@code mkdocs.yml}, for a content folder that is an MkDocs project (its
 * {@code docs/} folder beside the file): {@code site_name}, {@code site_description},
 * {@code site_url}, and {@code repo_url} with {@code edit_uri} for edit links. {@code site.yaml}
 * wins where it sets the same. The docs kind reads its {@code nav}. What would change the site
 * and is not done here is named ({@code config.mkdocs}): plugins not run, Markdown extensions
 * not known, keys not read; the keys of the theme and of MkDocs' own commands are not.
 *
 * @param title {@code site_name}, or null
 * @param description {@code site_description}, or null
 * @param baseUrl {@code site_url}, or null
 * @param editUrl the content folder in the repository's editor, from {@code repo_url} and
 *     {@code edit_uri}, or null
 * @param lastUpdated whether a plugin shows each page's last change (git-revision-date)
 * @param language the language of the site's own words: the theme's {@code language} (MkDocs
 *     Material) or {@code locale} (MkDocs' themes), English by default as in MkDocs
 * @param logo the theme's {@code logo}, a content path, or null
 * @param favicon the theme's {@code favicon}, a content path, or null
 * @param copyright {@code copyright} as text (MkDocs takes HTML), or empty
 * @param tabs whether the top-level sections are tabs: MkDocs' own theme's bar and MkDocs
 *     Material's {@code navigation.tabs}; else the sidebar holds the whole menu, as Material's
 *     and Read the Docs' by default
 * @param stylesheets {@code extra_css}: content paths of CSS files in the docs folder
 * @param color MkDocs Material's primary colour ({@code theme.palette.primary}; indigo where
 *     Material is the theme and no palette names one), {@code #rrggbb}, or null
 * @param links the header's link to the repository ({@code repo_url}, named by {@code repo_name}), or none
 * @param social the footer's links: MkDocs Material's {@code extra.social}
 * @param blog MkDocs Material's blog (its {@code blog} plugin), or null
 * @param schedule the blog's dated posts that are published: those dated after the build too,
 *     unless the plugin's {@code draft_if_future_date} makes them drafts
 * @param toc the levels of headings in a page's table of contents: the toc extension's
 *     {@code toc_depth} (by default every level, as MkDocs' themes show them)
 * @param failsOn the codes of the broken links MkDocs fails the build on: none, or with
 *     {@code strict: true} the links to no page and, where {@code validation} makes them warnings,
 *     the anchors
 */
public record MkDocsConfig(
    String title, String description, String baseUrl, String editUrl, boolean lastUpdated, String language, String logo, String favicon, String copyright, boolean tabs, List<String> stylesheets,
    String color, List<SiteLink> links, List<SiteLink> social, handbook.content.Mount.Blog blog, handbook.content.Mount.Schedule schedule, handbook.content.Mount.Toc toc, List<String> failsOn,
    RenderOptions.Extensions markdown) {
  private static final MkDocsConfig NONE = new MkDocsConfig(null, null, null, null, false, "en", null, null, "", true, List.of(), null, List.of(), List.of(), null, handbook.content.Mount.Schedule.ALL, handbook.content.Mount.Toc.DEFAULT, List.of(), RenderOptions.Extensions.NONE);

  /** MkDocs' config files, the first one there read (the docs kind claims the same names). */
  public static final java.util.List<String> FILES = java.util.List.of("mkdocs.yml", "mkdocs.yaml");

  static final String CODE = "config.mkdocs";

  /** Where the docs kind reads an MkDocs project's pages: its {@code docs_dir} is shown there ({@link handbook.source.MovedFolder}). */
  private static final String DOCS = DocsFolder.DOCS;

  /** Keys read here, by the docs kind or for what is published ({@link MkDocsExclude}). */
  private static final Set<String> READ = Set.of("site_name", "site_description", "site_url", "repo_url", "edit_uri", "nav", "docs_dir", "plugins", "markdown_extensions", "use_directory_urls", "copyright", "exclude_docs", "draft_docs", "extra_css", "repo_name");

  /** Keys of the theme's look and of MkDocs' own commands: nothing a reader of this site misses. */
  private static final Set<String> TOOL =
      Set.of("theme", "extra", "site_author", "dev_addr", "strict", "watch", "validation", "remote_branch", "remote_name", "site_dir", "not_in_nav");

  /** Plugins whose work is done here: the search, tags, awesome-pages' {@code .pages}, literate-nav's nav files, folder pages, a site that loads nothing from elsewhere, diagrams. */
  private static final Set<String> PLUGINS_DONE =
      Set.of(
          "search", "tags", "redirects", "awesome-pages", "literate-nav", "section-index", "offline", "privacy", "minify", "optimize", "git-revision-date-localized", "git-revision-date", "mermaid2",
          "exclude-search");

  /** Markdown extensions read here (see the README's Markdown parts), by the name after {@code markdown.extensions.}. */
  private static final Set<String> EXTENSIONS =
      Set.of(
          "toc", "tables", "admonition", "attr_list", "def_list", "footnotes", "abbr", "md_in_html", "meta", "fenced_code", "codehilite", "extra", "sane_lists",
          "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.highlight", "pymdownx.snippets", "pymdownx.emoji", "pymdownx.keys",
          "pymdownx.mark", "pymdownx.caret", "pymdownx.tilde", "pymdownx.tasklist", "pymdownx.betterem", "pymdownx.saneheaders", "pymdownx.blocks.admonition",
          "pymdownx.blocks.details", "pymdownx.blocks.tab", "material.extensions.emoji", "pymdownx.arithmatex");

  /**
   * The settings of a config file, for the readers of its other parts; null when it is not a map
   * of them (its YAML errors are reported by {@link #read}). Its {@code !ENV} values are read
   * from {@code env}, as MkDocs reads them from its environment.
   */
  public static YamlNode.Mapping settings(SourceFile f, Map<String, String> env, Function<String, SourceFile> read) {
    return merged(f, env, read, new Diagnostics(), new java.util.ArrayList<>());
  }

  /**
   * A config's settings with those of the files it inherits ({@code INHERIT: base.yml}, a path
   * from the config's folder), merged as MkDocs merges them: the parent's keys, each with the
   * child's value where both set one (maps merged key by key, lists replaced); the parent's
   * nodes name their file. Null when it is not a map of settings; problems go to {@code diags}.
   * {@code chain}: the paths of the configs that inherit this one.
   */
  private static YamlNode.Mapping merged(SourceFile f, Map<String, String> env, Function<String, SourceFile> read, Diagnostics diags, List<String> chain) {
    String file = f.displayPath();
    YamlParser.Result r = new YamlParser(env::get).parse(f.text(), file, 1);
    if (!r.ok()) {
      r.errors().forEach(diags::add);
      return null;
    }
    if (!(r.root() instanceof YamlNode.Mapping map)) {
      if (r.root() != null) {
        diags.add(Diagnostic.error("config.type", r.root().span(file), f.path() + " must be a map of settings, found " + r.root().describe()));
      }
      // (an empty parent file: MkDocs reads no settings from it)
      return chain.isEmpty() ? null : new YamlNode.Mapping(Map.of(), 1, 1);
    }
    YamlNode.Mapping.Entry inherit = map.entries().get(INHERIT);
    if (inherit == null) {
      return map;
    }
    Map<String, YamlNode.Mapping.Entry> own = new java.util.LinkedHashMap<>(map.entries());
    own.remove(INHERIT);
    YamlNode.Mapping child = new YamlNode.Mapping(own, map.line(), map.column());
    SourceFile parent = parent(f, inherit, read, diags, chain);
    if (parent == null) {
      return child;
    }
    List<String> longer = new java.util.ArrayList<>(chain);
    longer.add(f.path());
    YamlNode.Mapping settings = merged(parent, env, read, diags, longer);
    return settings == null ? child : settings.from(parent.displayPath()).mergedWith(child, false);
  }

  /** The key that names the config a config inherits. */
  private static final String INHERIT = "INHERIT";

  /** The file a config's {@code INHERIT} names, or null when there is none to read (named). */
  private static SourceFile parent(SourceFile f, YamlNode.Mapping.Entry inherit, Function<String, SourceFile> read, Diagnostics diags, List<String> chain) {
    String file = f.displayPath();
    YamlNode value = inherit.value();
    String written = value instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING ? s.value().strip() : "";
    if (written.isEmpty()) {
      diags.add(Diagnostic.warning(CODE, value.span(file), "`INHERIT` names no file, found " + value.describe() + ": no settings are inherited").withHint("name the config whose settings this one takes, as `INHERIT: base.yml`"));
      return null;
    }
    String folder = f.path().contains("/") ? f.path().substring(0, f.path().lastIndexOf('/') + 1) : "";
    String path = written.startsWith("/") || written.matches("(?i)[a-z]:[/\\\\].*") ? null : handbook.content.Urls.normalize(folder + written.replace('\\', '/'));
    if (path == null || path.isEmpty() || path.endsWith("/")) {
      diags.add(
          Diagnostic.warning(CODE, value.span(file), "`INHERIT: " + written + "` is not a file in the content folder: its settings are not read")
              .withHint("the content folder is the project: put the inherited config in it and name it from here, as `INHERIT: base.yml`"));
      return null;
    }
    if (path.equals(f.path()) || chain.contains(path)) {
      List<String> line = new java.util.ArrayList<>(chain);
      line.add(f.path());
      line.add(path);
      diags.add(
          Diagnostic.error(CODE, value.span(file), "`INHERIT: " + written + "`: " + (path.equals(f.path()) ? "the config inherits itself" : "the config inherits one that inherits it") + ": MkDocs cannot read it")
              .withHint("each inherits the next: " + String.join(" -> ", line)));
      return null;
    }
    SourceFile parent = read.apply(path);
    if (parent == null) {
      diags.add(Diagnostic.error(CODE, value.span(file), "`INHERIT: " + written + "`: there is no file `" + path + "` in the content folder").withHint("MkDocs stops on a config it cannot find: name the file whose settings this one takes"));
    }
    return parent;
  }

  /** True for the path of an MkDocs config file at the content folder's root. */
  public static boolean is(String path) {
    return FILES.contains(path);
  }

  /** Reads the file; problems are warnings (the file is another tool's), and what cannot be read is left out. */
  public static MkDocsConfig read(SourceFile f, Set<String> files, Map<String, String> env, Function<String, SourceFile> read, Diagnostics diags) {
    String file = f.displayPath();
    YamlNode.Mapping map = merged(f, env, read, diags, new java.util.ArrayList<>());
    if (map == null) {
      return NONE;
    }
    for (YamlNode.Mapping.Entry e : map.entries().values()) {
      if (!READ.contains(e.key()) && !TOOL.contains(e.key())) {
        diags.add(
            Diagnostic.warning(CODE, e.keySpan(file), "`" + e.key() + "` of mkdocs.yml is not read here")
                .withHint("the keys read are site_name, site_description, site_url, repo_url, edit_uri, copyright, nav and the theme's language, logo, favicon and palette"));
      }
    }
    String docsDir = text(map, "docs_dir");
    String docsFolder = docsFolder(map);
    String notFollowed = docsDir == null ? null : DocsFolder.notFollowed(docsDir);
    if (notFollowed != null) {
      diags.add(
          warning(file, map.get("docs_dir"), "`docs_dir: " + docsDir + "`: " + notFollowed + ": the pages are read from the `docs/` folder beside mkdocs.yml")
              .withHint("name a folder beside mkdocs.yml, or inside one, as `docs_dir: documentation`"));
    } else if (docsFolder != null && files.stream().noneMatch(p -> p.startsWith(DOCS))) {
      diags.add(
          Diagnostic.error(CODE, map.get("docs_dir").span(file), "`docs_dir: " + docsDir + "`: there is no folder `" + docsFolder + "` with files beside mkdocs.yml")
              .withHint("name the folder of the pages, as MkDocs does"));
    }
    if (map.get("use_directory_urls") instanceof YamlNode.Scalar s && "false".equals(s.value())) {
      diags.add(warning(file, s, "`use_directory_urls: false`: pages are published at folder URLs here (`page/`, not `page.html`)"));
    }
    boolean lastUpdated = false;
    boolean macros = false;
    boolean obsidian = false;
    // whether a plugin may run a template over the pages (mkdocs-macros, or one not known here)
    boolean templates = false;
    handbook.content.Mount.Blog blog = null;
    handbook.content.Mount.Schedule schedule = handbook.content.Mount.Schedule.ALL;
    boolean material = map.get("theme") instanceof YamlNode.Mapping t && t.get("name") instanceof YamlNode.Scalar n && "material".equals(n.value());
    for (Named p : named(map.get("plugins"), file)) {
      // (a plugin's `enabled: false`, often `!ENV [CI, false]`: it does not run)
      if (disabled(p.options())) {
        continue;
      }
      if (p.name().equals("exclude-search") && p.options() instanceof YamlNode.Mapping o) {
        // (its pages left out of the search by the docs kind: searchExcluded)
        excludeSearchNamed(o, file, diags);
      }
      if (p.name().startsWith("git-revision-date")) {
        lastUpdated = true;
      }
      if (p.name().equals("macros")) {
        // mkdocs-macros: its variables of the config are filled in; what else a page asks of it is named where it stands
        macros = true;
        templates = true;
        continue;
      }
      if (p.name().equals("i18n")) {
        // its languages are read by i18n()
        continue;
      }
      if (p.name().equals("roamlinks") || p.name().equals("ezlinks") || p.name().equals("autolinks")) {
        // Obsidian's wiki links, and links by a page's file name from any folder
        obsidian = true;
        continue;
      }
      if (material && (p.name().equals("blog") || p.name().equals("material/blog"))) {
        blog = blog(p.options(), file, diags);
        schedule = drafts(p.options(), file, diags);
        continue;
      }
      // Material's own plugins are also named material/search, material/tags, ...
      if (!PLUGINS_DONE.contains(p.name().startsWith("material/") ? p.name().substring("material/".length()) : p.name())) {
        Diagnostic d = Diagnostic.warning(CODE, p.at(), "the MkDocs plugin `" + p.name() + "` is not run here: the site is built without it");
        // (Material's social cards: pictures of link previews, drawn here by none)
        diags.add(p.name().endsWith("social") ? d.withHint("link previews show the image a site.yaml beside mkdocs.yml names (`image: docs/img/card.png`), or a page's own (`image:` in its front matter)") : d);
        templates = true;
      }
    }
    YamlNode.Scalar tagsFile = tagsFileNode(map);
    if (tagsFile != null && !files.contains(tagsFile(map))) {
      diags.add(warning(file, tagsFile, "the tags plugin's `tags_file` names no page in the docs folder: `" + tagsFile.value().strip() + "`: the tags' listing is not drawn").withHint("name a Markdown page of the docs folder, or write `<!-- material/tags -->` where the listing goes"));
    }
    java.util.Set<RenderOptions.Extension> markdown = java.util.EnumSet.noneOf(RenderOptions.Extension.class);
    RenderOptions.Extensions magic = RenderOptions.Extensions.NONE;
    // heading ids as the toc extension makes them by default, unless its slugify is another (pymdownx.slugs': GitHub's)
    boolean ownSlugs = false;
    for (Named x : named(map.get("markdown_extensions"), file)) {
      String name = x.name().startsWith("markdown.extensions.") ? x.name().substring("markdown.extensions.".length()) : x.name();
      if (name.equals("toc") && x.options() instanceof YamlNode.Mapping o && o.entries().containsKey("slugify")) {
        // the toc extension's own functions by their Python names (YamlParser), else another's: GitHub's ids
        String function = o.get("slugify") instanceof YamlNode.Scalar v && v.value() != null ? v.value().strip() : "";
        switch (function) {
          case "!!python/name:markdown.extensions.toc.slugify" -> {}
          case "!!python/name:markdown.extensions.toc.slugify_unicode" -> markdown.add(RenderOptions.Extension.TOC_SLUGS_UNICODE);
          default -> ownSlugs = true;
        }
      }
      if (name.equals("pymdownx.inlinehilite")) {
        markdown.add(RenderOptions.Extension.INLINE_HILITE);
        if (x.options() instanceof YamlNode.Mapping o && o.get("custom_inline") != null) {
          diags.add(Diagnostic.warning(CODE, o.entries().get("custom_inline").keySpan(file), "inlinehilite's `custom_inline` is not read here: such code is shown as code of its language"));
        }
      } else if (name.equals("pymdownx.critic")) {
        if (x.options() instanceof YamlNode.Mapping o && o.get("mode") != null) {
          String mode = o.get("mode") instanceof YamlNode.Scalar v && v.value() != null ? v.value().strip() : "";
          switch (mode) {
            case "view" -> {}
            case "accept" -> markdown.add(RenderOptions.Extension.CRITIC_ACCEPT);
            case "reject" -> markdown.add(RenderOptions.Extension.CRITIC_REJECT);
            default -> diags.add(warning(file, o.get("mode"), "critic's `mode` is view, accept or reject: changes are shown as in view"));
          }
        }
      } else if (name.equals("nl2br")) {
        markdown.add(RenderOptions.Extension.NL2BR);
      } else if (name.equals("smarty")) {
        markdown.addAll(smarty(x.options(), file, diags));
      } else if (name.equals("pymdownx.magiclink")) {
        magic = magicLink(x.options(), file, diags);
        markdown.addAll(magic.on());
      } else if (name.equals("pymdownx.smartsymbols")) {
        markdown.addAll(symbols(x.options(), file, diags));
      } else if (!EXTENSIONS.contains(name)) {
        diags.add(Diagnostic.warning(CODE, x.at(), "the Markdown extension `" + x.name() + "` is not known here: pages are read without it"));
      }
    }
    if (!ownSlugs) {
      markdown.add(RenderOptions.Extension.TOC_SLUGS);
    }
    if (obsidian) {
      markdown.add(RenderOptions.Extension.OBSIDIAN_LINKS);
    }
    if (material && feature(map.get("theme"), "content.code.annotate")) {
      markdown.add(RenderOptions.Extension.CODE_ANNOTATE);
    }
    if (!templates) {
      markdown.add(RenderOptions.Extension.TEMPLATES_AS_TEXT);
    }
    if (macros) {
      markdown.add(RenderOptions.Extension.JINJA);
    }
    String title = text(map, "site_name");
    String description = text(map, "site_description");
    String baseUrl = text(map, "site_url");
    if (baseUrl != null && !baseUrl.matches("https?://[^\\s\"'<>]+")) {
      diags.add(warning(file, map.get("site_url"), "`site_url` is not an absolute http(s) URL: the site is built without it"));
      baseUrl = null;
    }
    YamlNode.Mapping theme = map.get("theme") instanceof YamlNode.Mapping t ? t : null;
    return new MkDocsConfig(
        title, description, baseUrl, editUrl(map, docsFolder == null ? DOCS : docsFolder, file, diags), lastUpdated, language(map, file, diags), image(theme, "logo", files, file, diags),
        image(theme, "favicon", files, file, diags), copyright(map, file, diags), tabs(map.get("theme")),
        stylesheets(map.get("extra_css"), files, file, diags), color(theme, file, diags), repository(map, file), social(map, file), blog, schedule, toc(map, file, diags), failsOn(map),
        new RenderOptions.Extensions(markdown, magic.provider(), magic.user(), magic.repo()).withVariables(macros ? macroVariables(map) : Map.of()));
  }

  /**
   * The variables mkdocs-macros gives a page from the config: {@code config.site_name} and every
   * other setting by its path, and the values of {@code extra} by their names ({@code version})
   * and as {@code extra.version}.
   */
  private static Map<String, String> macroVariables(YamlNode.Mapping map) {
    Map<String, String> out = new java.util.TreeMap<>(TemplateVariables.of(map, "config."));
    YamlNode extra = map.get("extra");
    out.putAll(TemplateVariables.of(extra, "extra."));
    out.putAll(TemplateVariables.of(extra, ""));
    return out;
  }

  /** An option of Python-Markdown's smarty: the replacements it turns on or off, and whether they are on by default. */
  private record SmartyOption(RenderOptions.Extension turns, boolean byDefault) {}

  private static final Map<String, SmartyOption> SMARTY =
      Map.of(
          "smart_quotes", new SmartyOption(RenderOptions.Extension.SMART_QUOTES, true),
          "smart_dashes", new SmartyOption(RenderOptions.Extension.SMART_DASHES, true),
          "smart_ellipses", new SmartyOption(RenderOptions.Extension.SMART_ELLIPSIS, true),
          "smart_angled_quotes", new SmartyOption(RenderOptions.Extension.SMART_ANGLES, false));

  /** The replacements smarty's options leave on (quotes, dashes and ellipses by default; angled quotes where asked). */
  private static java.util.Set<RenderOptions.Extension> smarty(YamlNode options, String file, Diagnostics diags) {
    java.util.Set<RenderOptions.Extension> on = java.util.EnumSet.noneOf(RenderOptions.Extension.class);
    SMARTY.values().stream().filter(SmartyOption::byDefault).forEach(v -> on.add(v.turns()));
    if (!(options instanceof YamlNode.Mapping o)) {
      return on;
    }
    for (YamlNode.Mapping.Entry e : o.entries().values()) {
      SmartyOption option = SMARTY.get(e.key());
      if (option == null) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "smarty's option `" + e.key() + "` is not read here"));
      } else if (!(e.value() instanceof YamlNode.Scalar v && v.type() == YamlNode.Scalar.Type.BOOLEAN)) {
        diags.add(warning(file, e.value(), "smarty's `" + e.key() + "` is true or false: it is not read"));
      } else if (v.value().equals("true")) {
        on.add(option.turns());
      } else {
        on.remove(option.turns());
      }
    }
    return on;
  }

  /** The hosts pymdownx.magiclink's shorthand links to: code hosts, then social ones. */
  private static final List<String> PROVIDERS = List.of("github", "gitlab", "bitbucket", "x", "twitter");

  /**
   * What pymdownx.magiclink's options ask: its shorthand for the provider's users, repositories,
   * issues and commits ({@code repo_url_shorthand}) and for social accounts
   * ({@code social_url_shorthand}), with its {@code provider}, {@code user} and {@code repo}.
   * Its bare addresses are links in any page. Options that change what else it draws are named.
   */
  private static RenderOptions.Extensions magicLink(YamlNode options, String file, Diagnostics diags) {
    java.util.Set<RenderOptions.Extension> on = java.util.EnumSet.noneOf(RenderOptions.Extension.class);
    String provider = "github";
    String user = "";
    String repo = "";
    if (options instanceof YamlNode.Mapping o) {
      for (YamlNode.Mapping.Entry e : o.entries().values()) {
        String value = e.value() instanceof YamlNode.Scalar v && v.value() != null ? v.value().strip() : "";
        switch (e.key()) {
          case "repo_url_shorthand", "social_url_shorthand" -> {
            if ("true".equals(value)) {
              on.add(e.key().startsWith("repo") ? RenderOptions.Extension.MAGIC_REPO : RenderOptions.Extension.MAGIC_SOCIAL);
            }
          }
          case "provider" -> {
            if (PROVIDERS.contains(value)) {
              provider = value;
            } else {
              diags.add(warning(file, e.value(), "magiclink's `provider` is one of " + String.join(", ", PROVIDERS) + ": its links go to github"));
            }
          }
          case "user" -> user = value;
          case "repo" -> repo = value;
          case "repo_url_shortener", "normalize_issue_symbols" -> {
            if ("true".equals(value)) {
              on.add(e.key().startsWith("repo") ? RenderOptions.Extension.MAGIC_SHORTENER : RenderOptions.Extension.MAGIC_NORMALIZE);
            }
          }
          case "hide_protocol" -> {
            if ("true".equals(value)) {
              diags.add(Diagnostic.warning(CODE, e.keySpan(file), "magiclink's `" + e.key() + "` is not read here: links are shown as written"));
            }
          }
          default -> diags.add(Diagnostic.warning(CODE, e.keySpan(file), "magiclink's option `" + e.key() + "` is not read here"));
        }
      }
    }
    return new RenderOptions.Extensions(on, provider, user, repo);
  }

  /** The replacements of pymdownx.smartsymbols its options leave on: all but those set to {@code false}. */
  private static java.util.Set<RenderOptions.Extension> symbols(YamlNode options, String file, Diagnostics diags) {
    java.util.Set<RenderOptions.Extension> on = java.util.EnumSet.copyOf(RenderOptions.Extension.SYMBOLS.values());
    if (!(options instanceof YamlNode.Mapping o)) {
      return on;
    }
    for (YamlNode.Mapping.Entry e : o.entries().values()) {
      RenderOptions.Extension symbol = RenderOptions.Extension.SYMBOLS.get(e.key());
      if (symbol == null) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "smartsymbols' option `" + e.key() + "` is not known here: it is not read"));
      } else if (!(e.value() instanceof YamlNode.Scalar v && v.type() == YamlNode.Scalar.Type.BOOLEAN)) {
        diags.add(warning(file, e.value(), "smartsymbols' `" + e.key() + "` is true or false: it is left on"));
      } else if (v.value().equals("false")) {
        on.remove(symbol);
      }
    }
    return on;
  }

  /**
   * The broken links MkDocs fails the build on: with {@code strict: true}, those its
   * {@code validation} makes warnings ({@code links.not_found}, a warning by default;
   * {@code links.anchors}, by default only told), as codes of the messages here.
   */
  private static List<String> failsOn(YamlNode.Mapping map) {
    if (!(map.get("strict") instanceof YamlNode.Scalar strict && "true".equals(strict.value()))) {
      return List.of();
    }
    YamlNode.Mapping validation = map.get("validation") instanceof YamlNode.Mapping v ? v : null;
    YamlNode.Mapping links = validation != null && validation.get("links") instanceof YamlNode.Mapping l ? l : null;
    List<String> out = new java.util.ArrayList<>();
    if (level(links, validation, "not_found", "warn").equals("warn")) {
      out.add("link.unresolved");
    }
    if (level(links, validation, "anchors", "info").equals("warn")) {
      out.add("link.anchor");
    }
    return List.copyOf(out);
  }

  /** A validation's level: the links' own ({@code validation.links.anchors}), else the shorthand for all ({@code validation.anchors}), else MkDocs'. */
  private static String level(YamlNode.Mapping links, YamlNode.Mapping validation, String key, String otherwise) {
    for (YamlNode.Mapping m : java.util.Arrays.asList(links, validation)) {
      if (m != null && m.get(key) instanceof YamlNode.Scalar v && v.value() != null) {
        return v.value().strip();
      }
    }
    return otherwise;
  }

  /** Every level from H2, as MkDocs' toc extension lists them by default. */
  private static final handbook.content.Mount.Toc ALL_LEVELS = new handbook.content.Mount.Toc(2, 6);

  /**
   * The levels of headings in a page's table of contents: the toc extension's {@code toc_depth}, a
   * level (the headings down to it) or a range ({@code "2-4"}); from H2, the page's title being its
   * H1. One that is neither is named.
   */
  private static handbook.content.Mount.Toc toc(YamlNode.Mapping map, String file, Diagnostics diags) {
    for (Named x : named(map.get("markdown_extensions"), file)) {
      if (!(x.name().equals("toc") || x.name().equals("markdown.extensions.toc")) || !(x.options() instanceof YamlNode.Mapping options) || options.get("toc_depth") == null) {
        continue;
      }
      YamlNode depth = options.get("toc_depth");
      String written = depth instanceof YamlNode.Scalar v && v.value() != null ? v.value().strip() : "";
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:([1-6])\\s*-\\s*)?([1-6])").matcher(written);
      if (!m.matches() || m.group(1) != null && Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
        diags.add(warning(file, depth, "`toc_depth` is a level of headings (`3`) or a range of them (`2-4`), found `" + written + "`: the tables of contents list every level"));
        return ALL_LEVELS;
      }
      return new handbook.content.Mount.Toc(m.group(1) == null ? 2 : Math.max(2, Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)));
    }
    return ALL_LEVELS;
  }

  /**
   * The blog's posts published by their dates: with {@code draft_if_future_date}, one dated after
   * the build is a draft, and not published, as Material builds. Drafts published
   * ({@code draft: true}) is named: they are not.
   */
  private static handbook.content.Mount.Schedule drafts(YamlNode options, String file, Diagnostics diags) {
    YamlNode.Mapping o = options instanceof YamlNode.Mapping m ? m : null;
    if (o != null && o.get("draft") instanceof YamlNode.Scalar d && "true".equals(d.value())) {
      diags.add(warning(file, d, "the blog's `draft: true` is not followed: drafts are not published"));
    }
    boolean future = !(o != null && o.get("draft_if_future_date") instanceof YamlNode.Scalar f && "true".equals(f.value()));
    return new handbook.content.Mount.Schedule(future, true, java.time.ZoneOffset.UTC);
  }

  /** The day formats of MkDocs Material's post URLs that are followed: years, months and days, with separators. */
  private static final java.util.regex.Pattern URL_DAY = java.util.regex.Pattern.compile("[yMd]+(?:[/_-][yMd]+)*");

  /**
   * MkDocs Material's blog, as its plugin's options give it: its {@code blog_dir} (the blog's page
   * its {@code index.md}), {@code post_dir}, {@code post_url_format}, {@code post_url_date_format}
   * and {@code post_readtime} (with {@code post_readtime_words_per_minute});
   * none where it is not {@code enabled}. A format with other placeholders is named.
   */
  private static handbook.content.Mount.Blog blog(YamlNode options, String file, Diagnostics diags) {
    YamlNode.Mapping o = options instanceof YamlNode.Mapping m ? m : null;
    if (o != null && o.get("enabled") instanceof YamlNode.Scalar on && "false".equals(on.value())) {
      return null;
    }
    String dir = o == null || text(o, "blog_dir") == null ? "blog" : text(o, "blog_dir").replaceAll("^\\./|/+$", "");
    String home = dir.isEmpty() || dir.equals(".") ? "docs/" : "docs/" + dir + "/";
    String posts = o == null || text(o, "post_dir") == null ? "{blog}/posts" : text(o, "post_dir");
    String folder = handbook.content.Urls.normalize("docs/" + posts.replace("{blog}", dir).replaceAll("^\\./|/+$", "") + "/");
    String format = o == null || text(o, "post_url_format") == null ? "{date}/{slug}" : text(o, "post_url_format");
    if (!format.replaceAll("\\{(date|slug|file|categories)\\}", "").matches("[\\w/.-]*")) {
      diags.add(warning(file, o.get("post_url_format"), "the blog's `post_url_format` `" + format + "` is not followed: posts are at `{date}/{slug}`"));
      format = "{date}/{slug}";
    }
    String day = o == null || text(o, "post_url_date_format") == null ? "yyyy/MM/dd" : text(o, "post_url_date_format");
    if (!URL_DAY.matcher(day).matches()) {
      diags.add(warning(file, o.get("post_url_date_format"), "the blog's `post_url_date_format` `" + day + "` is not followed: the day in a post's URL is `yyyy/MM/dd`"));
      day = "yyyy/MM/dd";
    }
    if (folder == null || !folder.startsWith(home) && !home.equals("docs/")) {
      diags.add(warning(file, o == null ? null : o.get("post_dir"), "the blog's `post_dir` is not in its `blog_dir`: its posts are not read as posts"));
      return null;
    }
    // each post's reading time, unless post_readtime is false (265 words a minute, or its own)
    int reading = o != null && o.get("post_readtime") instanceof YamlNode.Scalar rt && "false".equals(rt.value()) ? 0 : 265;
    if (reading > 0 && o != null && o.get("post_readtime_words_per_minute") instanceof YamlNode.Scalar wpm && wpm.value() != null && wpm.value().strip().matches("\\d{1,4}") && Integer.parseInt(wpm.value().strip()) > 0) {
      reading = Integer.parseInt(wpm.value().strip());
    }
    // its pages of ten posts, as Material's pagination has them (pagination_per_page, pagination_url_format)
    int perPage = o != null && o.get("pagination") instanceof YamlNode.Scalar p && "false".equals(p.value()) ? 0 : 10;
    if (perPage > 0 && o != null && o.get("pagination_per_page") instanceof YamlNode.Scalar n && n.value() != null && n.value().strip().matches("\\d{1,4}") && Integer.parseInt(n.value().strip()) > 0) {
      perPage = Integer.parseInt(n.value().strip());
    }
    String pages = o == null || text(o, "pagination_url_format") == null ? "page/{page}" : text(o, "pagination_url_format");
    if (!pages.matches("[\\w./-]*\\{page\\}[\\w./-]*") || pages.startsWith("/") || pages.contains("..")) {
      diags.add(warning(file, o.get("pagination_url_format"), "the blog's `pagination_url_format` `" + pages + "` is not followed: its pages are at `page/{page}`"));
      pages = "page/{page}";
    }
    return new handbook.content.Mount.Blog(folder, home, null, format, day, reading, "atom.xml", "rss.xml", perPage, pages.replaceAll("/+$", "") + "/");
  }

  /**
   * MkDocs Material's social links ({@code extra.social}: {@code link}, with a {@code name}, else
   * named by the link's host as Material's title is); its icons are not drawn.
   */
  private static List<SiteLink> social(YamlNode.Mapping map, String file) {
    if (!(map.get("extra") instanceof YamlNode.Mapping extra) || !(extra.get("social") instanceof YamlNode.Seq social)) {
      return List.of();
    }
    List<SiteLink> out = new java.util.ArrayList<>();
    for (YamlNode item : social.items()) {
      if (item instanceof YamlNode.Mapping m && text(m, "link") != null) {
        String link = text(m, "link");
        String name = text(m, "name") != null ? text(m, "name") : link.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*:(//)?(?:www\\.)?", "").replaceFirst("[/?#].*", "");
        YamlNode at = m.get("link");
        out.add(new SiteLink(name.isEmpty() ? link : name, link, at.span(file), false));
      }
    }
    return out;
  }

  /**
   * The header's link to the repository, as MkDocs' themes show it: {@code repo_url}, named by
   * {@code repo_name}, else by its host as MkDocs names it ({@code GitHub}, {@code GitLab},
   * {@code Bitbucket}, else the host's first word).
   */
  private static List<SiteLink> repository(YamlNode.Mapping map, String file) {
    String url = text(map, "repo_url");
    if (url == null || !url.matches("https?://[^\\s\"'<>]+")) {
      return List.of();
    }
    String name = text(map, "repo_name");
    if (name == null) {
      String host = url.replaceFirst("^https?://(?:[^/@]*@)?", "").replaceFirst("[/:?#].*", "").toLowerCase(Locale.ROOT);
      String word = host.split("\\.", -1)[0];
      name = switch (host) {
        case "github.com" -> "GitHub";
        case "gitlab.com" -> "GitLab";
        case "bitbucket.org" -> "Bitbucket";
        default -> word.isEmpty() ? url : Character.toUpperCase(word.charAt(0)) + word.substring(1);
      };
    }
    YamlNode at = map.get("repo_url");
    return List.of(new SiteLink(name, url, at.span(file), false));
  }

  /**
   * MkDocs Material's primary colour: {@code theme.palette.primary}, or the first scheme's of a
   * list of palettes; indigo, Material's default, where none is named. One it does not know, or
   * one this theme cannot draw (white, custom), is named.
   */
  private static String color(YamlNode.Mapping theme, String file, Diagnostics diags) {
    if (theme == null || !(theme.get("name") instanceof YamlNode.Scalar n) || !"material".equals(n.value())) {
      return null;
    }
    YamlNode primary = primary(theme);
    if (!(primary instanceof YamlNode.Scalar s) || s.value() == null) {
      return handbook.theme.Accent.MATERIAL.get("indigo");
    }
    String name = s.value().strip().toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
    String hex = handbook.theme.Accent.MATERIAL.get(name);
    // custom: the colour is in the site's stylesheets ({@link #customColor})
    if (hex == null && !name.equals("custom")) {
      diags.add(
          warning(file, primary, "the palette's primary colour `" + s.value().strip() + "` is not drawn here: the theme's own colour is shown")
              .withHint("set `color` in a site.yaml beside mkdocs.yml, for example `color: \"#4051b5\"`"));
    }
    return hex;
  }

  /** The palette's primary colour as written: {@code theme.palette.primary}, or the first scheme's. */
  private static YamlNode primary(YamlNode.Mapping theme) {
    YamlNode palette = theme.get("palette");
    if (palette instanceof YamlNode.Seq list && !list.items().isEmpty()) {
      palette = list.items().get(0);
    }
    return palette instanceof YamlNode.Mapping p ? p.get("primary") : null;
  }


  /**
   * The colour of Material's {@code primary: custom}: the first {@code --md-primary-fg-color} of
   * the site's stylesheets ({@code extra_css}, their texts by content path), or null where the
   * palette says otherwise; where none sets it, that is named.
   */
  public static String customColor(YamlNode.Mapping settings, String file, List<String> stylesheets, java.util.function.Function<String, String> text, Diagnostics diags) {
    YamlNode primary = settings != null && settings.get("theme") instanceof YamlNode.Mapping theme ? primary(theme) : null;
    if (!(primary instanceof YamlNode.Scalar s) || s.value() == null || !s.value().strip().equalsIgnoreCase("custom")) {
      return null;
    }
    for (String css : stylesheets) {
      String t = text.apply(css);
      String color = t == null ? null : handbook.theme.Accent.declared(t, "--md-primary-fg-color");
      if (color != null) {
        return color;
      }
    }
    diags.add(
        warning(file, primary, "the palette's primary colour `custom` is set by no stylesheet of `extra_css` (`--md-primary-fg-color`): the theme's own colour is shown")
            .withHint("set `--md-primary-fg-color` in a stylesheet `extra_css` names, or `color` in a site.yaml beside mkdocs.yml"));
    return null;
  }

  /** {@code extra_css}: the docs folder's stylesheets it names; one elsewhere or not there is named. */
  private static List<String> stylesheets(YamlNode node, Set<String> files, String file, Diagnostics diags) {
    List<String> out = new java.util.ArrayList<>();
    if (!(node instanceof YamlNode.Seq seq)) {
      return out;
    }
    for (YamlNode item : seq.items()) {
      String written = item instanceof YamlNode.Scalar s && s.value() != null ? s.value().strip() : "";
      if (ELSEWHERE.matcher(written).matches() || written.startsWith("//")) {
        diags.add(warning(file, item, "the stylesheet `" + written + "` of `extra_css` is on another host: the site loads nothing from other hosts, and it is not linked").withHint("copy it into `docs/` and name that file"));
        continue;
      }
      String path = handbook.content.Urls.normalize("docs/" + written.replaceAll("^/+", ""));
      if (path == null || !files.contains(path)) {
        diags.add(warning(file, item, "`extra_css` names no file of the docs folder: `" + written + "`: it is not linked"));
      } else if (!out.contains(path)) {
        out.add(path);
      }
    }
    return out;
  }

  /** Whether the theme shows the top-level sections as tabs: MkDocs' own (the default) does, Material with {@code navigation.tabs}. */
  /** Whether the theme's {@code features} name one. */
  private static boolean feature(YamlNode theme, String name) {
    return theme instanceof YamlNode.Mapping t && t.get("features") instanceof YamlNode.Seq f && f.items().stream().anyMatch(i -> i instanceof YamlNode.Scalar s && name.equals(s.value()));
  }

  private static boolean tabs(YamlNode theme) {
    if (theme instanceof YamlNode.Scalar s) {
      return s.value() == null || s.value().strip().equals("mkdocs");
    }
    if (!(theme instanceof YamlNode.Mapping t)) {
      return true;
    }
    String name = t.get("name") instanceof YamlNode.Scalar n && n.value() != null ? n.value().strip() : "mkdocs";
    return name.equals("mkdocs") || feature(t, "navigation.tabs");
  }

  /** The theme's image under {@code key}: a path from the docs folder, as a content path; named when it is not there. */
  private static String image(YamlNode.Mapping theme, String key, Set<String> files, String file, Diagnostics diags) {
    if (theme == null || !(theme.get(key) instanceof YamlNode.Scalar s) || s.value() == null || s.value().isBlank()) {
      return null;
    }
    String written = s.value().strip();
    String path = handbook.content.Urls.normalize("docs/" + written.replaceAll("^/+", ""));
    if (path == null || !files.contains(path) || !SiteConfigParser.IMAGE.matcher(path).matches()) {
      diags.add(
          warning(file, s, "the theme's `" + key + "` names no image in the docs folder: `" + written + "`: the theme's own is shown")
              .withHint("an image of another host is not loaded under the site's Content-Security-Policy; copy it into `docs/`"));
      return null;
    }
    return path;
  }

  /** {@code copyright} as the text of its HTML; its links are named (they are shown as their text). */
  private static String copyright(YamlNode.Mapping map, String file, Diagnostics diags) {
    if (!(map.get("copyright") instanceof YamlNode.Scalar s) || s.value() == null || s.value().isBlank()) {
      return "";
    }
    if (s.value().contains("<a ")) {
      diags.add(warning(file, s, "the links in `copyright` are shown as their text"));
    }
    return org.jsoup.Jsoup.parseBodyFragment(s.value()).text().strip();
  }

  /** The theme's language: Norwegian (nb, nn, no) or English; another is named and English. */
  private static String language(YamlNode.Mapping map, String file, Diagnostics diags) {
    if (!(map.get("theme") instanceof YamlNode.Mapping theme)) {
      return "en";
    }
    YamlNode node = theme.get("language") != null ? theme.get("language") : theme.get("locale");
    if (!(node instanceof YamlNode.Scalar s) || s.value() == null) {
      return "en";
    }
    return Languages.site(s.value(), "the theme's language", s.span(file), CODE, diags);
  }

  /**
   * The content folder's address in the repository's editor: MkDocs joins {@code repo_url} and
   * {@code edit_uri} (by default {@code edit/master/docs/} on GitHub and GitLab) to the docs
   * folder's, from which the address of the folder around it is taken.
   */
  private static String editUrl(YamlNode.Mapping map, String docs, String file, Diagnostics diags) {
    String repo = text(map, "repo_url");
    YamlNode uriNode = map.get("edit_uri");
    String uri = uriNode == null ? null : uriNode instanceof YamlNode.Scalar s && s.value() != null ? s.value() : "";
    if (uri == null && repo != null) {
      String host = repo.toLowerCase(Locale.ROOT);
      uri = host.contains("://github.com/") || host.contains("://gitlab.com/") ? "edit/master/docs/" : host.contains("://bitbucket.org/") ? "src/default/docs/" : null;
    }
    if (uri == null || uri.isBlank()) {
      return null;
    }
    String docsFolder;
    if (uri.matches("(?i)https?://.*")) {
      docsFolder = uri;
    } else if (repo == null || !repo.matches("https?://[^\\s\"'<>]+")) {
      diags.add(warning(file, uriNode, "`edit_uri` without an http(s) `repo_url`: pages get no edit links"));
      return null;
    } else {
      if (!uri.startsWith("?") && !uri.startsWith("#") && !repo.endsWith("/")) {
        repo = repo + "/";
      }
      try {
        docsFolder = java.net.URI.create(repo).resolve(uri).toString();
      } catch (IllegalArgumentException e) {
        diags.add(warning(file, uriNode, "`edit_uri` does not join `repo_url` to an address: pages get no edit links"));
        return null;
      }
    }
    if (!docsFolder.endsWith("/")) {
      docsFolder = docsFolder + "/";
    }
    if (!docsFolder.endsWith("/" + docs)) {
      diags.add(
          warning(file, uriNode == null ? map.get("repo_url") : uriNode, "the edit address `" + docsFolder + "` is not of a `" + docs + "` folder: pages get no edit links")
              .withHint("set `edit_url` in site.yaml to the address of the folder that holds `" + docs + "`"));
      return null;
    }
    return docsFolder.substring(0, docsFolder.length() - docs.length());
  }

  /**
   * The folder of the pages a config's {@code docs_dir} names ({@code documentation/}), when it is
   * one inside the project's other than {@code docs/}; else null: the pages are in {@code docs/}
   * (a {@code docs_dir} outside the project, or one the folder's listing leaves out, is named by
   * {@link #read}).
   */
  public static String docsFolder(YamlNode.Mapping map) {
    String dir = text(map, "docs_dir");
    return dir == null ? null : DocsFolder.inside(dir);
  }

  /** The same, of a config's text (null also when it is not a map of settings). */
  public static String docsFolder(String path, Function<String, String> text, Map<String, String> env) {
    YamlNode.Mapping map = settings(path, text, env);
    return map == null ? null : docsFolder(map);
  }

  /** The settings of a config's text ({@link #settings(SourceFile, Map, Function)}), or null. */
  public static YamlNode.Mapping settings(String path, Function<String, String> text, Map<String, String> env) {
    Function<String, SourceFile> read = p -> {
      String t = text.apply(p);
      return t == null ? null : new SourceFile(p, p, t);
    };
    SourceFile config = read.apply(path);
    return config == null ? null : settings(config, env, read);
  }

  /**
   * The languages of the i18n plugin (mkdocs-static-i18n), where it tells a page's translations by
   * their suffix ({@code about.fr.md}; its {@code docs_structure: suffix}, the default) and names more
   * than one language: the default one ({@code default: true}, else the first) at the site's root,
   * each other one ({@code build: false} leaves it out) in its folder ({@code fr/}), named by its
   * {@code name}, its site named by its {@code site_name}; with {@code fallback_to_default} (on by
   * default) a page it has no translation of is the default language's. What is not followed is
   * named: the folder structure, a language's own {@code nav}, {@code nav_translations} and other keys.
   *
   * @param locales the languages, the default one first; empty for one, or where the plugin is not followed
   * @param fallback whether a language shows the default language's page where it has no translation
   * @param titles each language's {@code site_name}, by its code
   */
  public record I18n(java.util.List<SiteLocale> locales, boolean fallback, Map<String, String> titles) {
    public static final I18n NONE = new I18n(java.util.List.of(), true, Map.of());
  }

  /** The keys of a language of the i18n plugin that are read. */
  private static final Set<String> I18N_READ = Set.of("locale", "name", "default", "build", "site_name", "link", "fixed_link", "nav_translations");

  /** The i18n plugin's languages ({@link I18n}), what it cannot take named. */
  public static I18n i18n(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode.Mapping options = null;
    for (Named p : named(map.get("plugins"), file)) {
      if (p.name().equals("i18n") && !disabled(p.options()) && p.options() instanceof YamlNode.Mapping o) {
        options = o;
      }
    }
    if (options == null || !(options.get("languages") instanceof YamlNode.Seq list)) {
      return I18n.NONE;
    }
    String structure = text(options, "docs_structure");
    if (structure != null && !structure.equals("suffix")) {
      diags.add(warning(file, options.get("docs_structure"), "the i18n plugin's `docs_structure: " + structure + "` is not followed: the site is built in one language, of the docs folder's pages")
          .withHint("name each page's translation by its suffix (`about.fr.md`), the plugin's default structure"));
      return I18n.NONE;
    }
    boolean fallback = !(options.get("fallback_to_default") instanceof YamlNode.Scalar f && "false".equals(f.value()));
    java.util.List<SiteLocale> out = new java.util.ArrayList<>();
    Map<String, String> titles = new java.util.HashMap<>();
    int main = -1;
    for (YamlNode item : list.items()) {
      if (!(item instanceof YamlNode.Mapping lang)) {
        continue;
      }
      String code = text(lang, "locale");
      if (code == null || !code.matches("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}")) {
        diags.add(warning(file, lang, "a language of the i18n plugin without a `locale` that is a language code is not built"));
        continue;
      }
      if (lang.get("build") instanceof YamlNode.Scalar b && "false".equals(b.value()) || out.stream().anyMatch(l -> l.code().equals(code))) {
        continue;
      }
      for (YamlNode.Mapping.Entry e : lang.entries().values()) {
        if (!I18N_READ.contains(e.key())) {
          diags.add(Diagnostic.warning(CODE, e.keySpan(file), "`" + e.key() + "` of the `" + code + "` language of the i18n plugin is not followed"
              + (e.key().startsWith("nav") ? ": its pages are in the site's nav, by their own titles" : "")));
        }
      }
      if (main < 0 && lang.get("default") instanceof YamlNode.Scalar d && "true".equals(d.value())) {
        main = out.size();
      }
      String name = text(lang, "name");
      String tag = Languages.tag(code);
      out.add(new SiteLocale(code, code + "/", name == null ? SiteLocale.nameOf(code) : name, tag == null ? "en" : tag, false, ""));
      if (text(lang, "site_name") != null) {
        titles.put(code, text(lang, "site_name"));
      }
    }
    if (out.size() < 2) {
      return I18n.NONE;
    }
    SiteLocale first = out.remove(Math.max(main, 0));
    out.add(0, new SiteLocale(first.code(), "", first.label(), first.tag(), first.rtl(), first.source()));
    return new I18n(java.util.List.copyOf(out), fallback, Map.copyOf(titles));
  }

  /** The i18n plugin's {@code nav_translations} of a language: the nav's titles in it, by the titles the nav gives. */
  public static Map<String, String> navTranslations(YamlNode.Mapping map, String code) {
    for (Named p : named(map.get("plugins"), "")) {
      if (p.name().equals("i18n") && p.options() instanceof YamlNode.Mapping o && o.get("languages") instanceof YamlNode.Seq list) {
        for (YamlNode item : list.items()) {
          if (item instanceof YamlNode.Mapping lang && code.equals(text(lang, "locale")) && lang.get("nav_translations") instanceof YamlNode.Mapping titles) {
            Map<String, String> out = new java.util.HashMap<>();
            titles.entries().forEach((k, e) -> {
              if (e.value() instanceof YamlNode.Scalar v && v.value() != null && !v.value().isBlank()) {
                out.put(k, v.value().strip());
              }
            });
            return Map.copyOf(out);
          }
        }
      }
    }
    return Map.of();
  }

  /**
   * A redirect of the redirects plugin's {@code redirect_maps}: from an old page's path to a page
   * (both content paths; the target may end in an anchor) or an address elsewhere.
   */
  public record Redirect(String from, String to, Span at) {
    /** Whether it sends readers to an address elsewhere, not to a page. */
    public boolean elsewhere() {
      return ELSEWHERE.matcher(to).matches();
    }
  }

  private static final java.util.regex.Pattern ELSEWHERE = java.util.regex.Pattern.compile("(?i)https?://\\S+");

  /**
   * The page of the tags plugin's {@code tags_file} (a content path under {@code docs/}), or null:
   * the tags listing is drawn there, at its {@code <!-- material/tags -->} or at its end.
   */
  public static String tagsFile(YamlNode.Mapping settings) {
    YamlNode.Scalar f = tagsFileNode(settings);
    return f == null ? null : handbook.content.Urls.normalize("docs/" + f.value().strip().replaceFirst("^/+", ""));
  }

  private static YamlNode.Scalar tagsFileNode(YamlNode.Mapping settings) {
    if (settings == null || !(settings.get("plugins") instanceof YamlNode.Seq plugins)) {
      return null;
    }
    for (YamlNode item : plugins.items()) {
      if (item instanceof YamlNode.Mapping m) {
        for (String name : java.util.List.of("tags", "material/tags")) {
          if (m.get(name) instanceof YamlNode.Mapping options && options.get("tags_file") instanceof YamlNode.Scalar f && f.value() != null && !f.value().isBlank()) {
            return f;
          }
        }
      }
    }
    return null;
  }

  /**
   * The pages the exclude-search plugin leaves out of the search, by their paths ({@code docs/x.md}):
   * those its {@code exclude} entries name as Python's fnmatch reads them ({@code *} across
   * folders, {@code ?}, classes), but those its {@code ignore} entries name. An entry of one
   * heading ({@code x.md#setup}), in either list, keeps its page in the search whole (named, with
   * {@code exclude_unreferenced}, by {@link #excludeSearchNamed}).
   */
  public static java.util.function.Predicate<String> searchExcluded(YamlNode.Mapping settings) {
    YamlNode.Mapping options = excludeSearch(settings);
    if (options == null) {
      return path -> false;
    }
    java.util.List<Glob> excluded = new java.util.ArrayList<>();
    java.util.List<Glob> kept = new java.util.ArrayList<>();
    for (String list : java.util.List.of("exclude", "ignore")) {
      if (options.get(list) instanceof YamlNode.Seq entries) {
        for (YamlNode e : entries.items()) {
          if (e instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
            String entry = s.value().strip().replaceFirst("^/+", "");
            int hash = entry.indexOf('#');
            // (a heading's entry keeps its page: it is searched whole)
            (list.equals("exclude") && hash < 0 ? excluded : kept).add(fnmatch(DOCS + (hash < 0 ? entry : entry.substring(0, hash))));
          }
        }
      }
    }
    return path -> excluded.stream().anyMatch(g -> g.matches(path)) && kept.stream().noneMatch(g -> g.matches(path));
  }

  /** What of the exclude-search plugin's options is not done here: entries of one heading, {@code exclude_unreferenced}. */
  private static void excludeSearchNamed(YamlNode.Mapping options, String file, Diagnostics diags) {
    for (String list : java.util.List.of("exclude", "ignore")) {
      if (options.get(list) instanceof YamlNode.Seq entries) {
        for (YamlNode e : entries.items()) {
          if (e instanceof YamlNode.Scalar s && s.value() != null && s.value().contains("#")) {
            diags.add(
                warning(file, s, "exclude-search's entry of a heading (`" + s.value().strip() + "`) is not followed: its page is searched whole")
                    .withHint("the search leaves out whole pages here: name the page (`" + s.value().strip().replaceFirst("#.*$", "") + "`) to leave it out"));
          }
        }
      } else if (options.get(list) != null) {
        diags.add(warning(file, options.get(list), "exclude-search's `" + list + "` is a list of pages' paths: it is not read"));
      }
    }
    if (options.get("exclude_unreferenced") instanceof YamlNode.Scalar u && "true".equals(u.value())) {
      diags.add(warning(file, u, "exclude-search's `exclude_unreferenced` is not followed: the pages outside the nav are searched").withHint("name them in `exclude`"));
    }
  }

  /** Whether a plugin's options turn it off ({@code enabled: false}). */
  private static boolean disabled(YamlNode options) {
    return options instanceof YamlNode.Mapping o && o.get("enabled") instanceof YamlNode.Scalar on && on.type() == YamlNode.Scalar.Type.BOOLEAN && on.value().equals("false");
  }

  /** The exclude-search plugin's options, where the config names it with options (and does not turn it off); else null. */
  private static YamlNode.Mapping excludeSearch(YamlNode.Mapping settings) {
    if (settings == null || !(settings.get("plugins") instanceof YamlNode.Seq plugins)) {
      return null;
    }
    for (YamlNode item : plugins.items()) {
      if (item instanceof YamlNode.Mapping m && m.get("exclude-search") instanceof YamlNode.Mapping options) {
        return disabled(options) ? null : options;
      }
    }
    return null;
  }

  /** A pattern as Python's fnmatch reads it: {@code *} any characters ({@code /} too), {@code ?} one, {@code [...]} a class. */
  private static Glob fnmatch(String pattern) {
    java.util.List<Glob.Part> parts = new java.util.ArrayList<>();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        parts.add(Glob.ANY);
      } else if (c == '?') {
        parts.add(Glob.ONE);
      } else if (c == '[' && pattern.indexOf(']', i + 2) > 0) {
        // (a class: read as .gitignore reads one)
        int close = pattern.indexOf(']', i + 2);
        Glob.wildcards(pattern.substring(i, close + 1), parts);
        i = close;
      } else {
        parts.add(new Glob.Char(c));
      }
    }
    return Glob.of(parts);
  }

  /** The redirects plugin's {@code redirect_maps}, in their order; an entry that names no Markdown path is named. */
  public static java.util.List<Redirect> redirects(YamlNode.Mapping settings, String file, Diagnostics diags) {
    java.util.List<Redirect> out = new java.util.ArrayList<>();
    if (settings == null || !(settings.get("plugins") instanceof YamlNode.Seq plugins)) {
      return out;
    }
    for (YamlNode item : plugins.items()) {
      if (item instanceof YamlNode.Mapping m && m.get("redirects") instanceof YamlNode.Mapping options && options.get("redirect_maps") instanceof YamlNode.Mapping maps) {
        for (YamlNode.Mapping.Entry e : maps.entries().values()) {
          Span at = e.keySpan(file);
          String from = e.key().strip().replaceFirst("^/+", "");
          String to = e.value() instanceof YamlNode.Scalar s && s.value() != null ? s.value().strip() : "";
          String toPath = to.replaceFirst("#.*$", "");
          boolean elsewhere = ELSEWHERE.matcher(to).matches();
          if (!from.endsWith(".md") || handbook.content.Urls.normalize("docs/" + from) == null || !elsewhere && (!toPath.endsWith(".md") || handbook.content.Urls.normalize("docs/" + toPath.replaceFirst("^/+", "")) == null)) {
            diags.add(Diagnostic.warning(CODE, at, "the redirect `" + e.key().strip() + "` is not made: redirect_maps maps a page's path (`old.md`) to another page's path or an address"));
            continue;
          }
          out.add(new Redirect(handbook.content.Urls.normalize("docs/" + from), elsewhere ? to : handbook.content.Urls.normalize("docs/" + toPath.replaceFirst("^/+", "")) + to.substring(toPath.length()), at));
        }
      }
    }
    return out;
  }

  /** A plugin or extension: its name, where it is named, its options (or null). */
  private record Named(String name, Span at, YamlNode options) {}

  /** The names in a list of plugins or extensions: {@code - name} or {@code - name: {options}}. */
  private static java.util.List<Named> named(YamlNode list, String file) {
    java.util.List<Named> out = new java.util.ArrayList<>();
    if (list instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar s && s.value() != null) {
          out.add(new Named(s.value().strip(), s.span(file), null));
        } else if (item instanceof YamlNode.Mapping m) {
          m.entries().values().forEach(e -> out.add(new Named(e.key().strip(), e.keySpan(file), e.value())));
        }
      }
    } else if (list instanceof YamlNode.Mapping m) {
      m.entries().values().forEach(e -> out.add(new Named(e.key().strip(), e.keySpan(file), e.value())));
    }
    return out;
  }

  private static String text(YamlNode.Mapping map, String key) {
    return map.get(key) instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING && !s.value().isBlank() ? s.value().strip() : null;
  }

  private static Diagnostic warning(String file, YamlNode at, String message) {
    return Diagnostic.warning(CODE, at == null ? Span.file(file) : at.span(file), message);
  }
}
