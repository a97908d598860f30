package handbook.config;

import handbook.content.ContentKind;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code site.yaml}: the site-wide keys here, and each content kind's section by the kind
 * itself. Unknown keys are errors with a "did you mean".
 */
public final class SiteConfigParser {
  static final Set<String> KEYS = Set.of("title", "description", "language", "base_url", "edit_url", "last_updated", "tag_pages", "version", "nav", "links", "versions", "gzip", "search", "logo", "favicon", "copyright", "extra_css", "color", "header_links", "footer_links", "image");
  static final Set<String> HEADER_LINK_KEYS = Set.of("title", "url");
  static final Set<String> FOOTER_LINK_KEYS = Set.of("title", "url", "links");
  /** The files a logo or an icon may be. */
  static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("(?i).+\\.(svg|png|jpe?g|gif|webp|avif|ico)");
  static final Set<String> VERSION_KEYS = Set.of("tags", "current", "on_error");
  static final Set<String> LINK_KEYS = Set.of("root", "fallback", "on_broken");
  static final Set<String> SEARCH_KEYS = Set.of("max_size");
  static final Set<String> LANGUAGES = Set.of("nb", "en");

  private final YamlParser yaml = new YamlParser();
  private final List<ContentKind<?>> kinds;
  private final Set<String> files;
  private final java.util.Map<String, String> env;
  private final java.util.function.Function<String, SourceFile> read;

  public SiteConfigParser(List<ContentKind<?>> kinds) {
    this(kinds, Set.of());
  }

  /** @param files the paths of the content folder's files (a logo or an icon names one) */
  public SiteConfigParser(List<ContentKind<?>> kinds, Set<String> files) {
    this(kinds, files, java.util.Map.of());
  }

  /** @param env the variables an MkDocs config's {@code !ENV} values are read from */
  public SiteConfigParser(List<ContentKind<?>> kinds, Set<String> files, java.util.Map<String, String> env) {
    this(kinds, files, env, path -> null);
  }

  /** @param read a content file as text, or null when there is none (an MkDocs config's {@code INHERIT} names one) */
  public SiteConfigParser(List<ContentKind<?>> kinds, Set<String> files, java.util.Map<String, String> env, java.util.function.Function<String, SourceFile> read) {
    this.kinds = List.copyOf(kinds);
    this.files = files;
    this.env = env;
    this.read = read;
  }

  /** Parses the file; problems go to {@code diags} and the defaults stand in for bad values. */
  public SiteConfig parse(SourceFile file, Diagnostics diags) {
    return parse(file, SiteConfig.defaults(), diags);
  }

  /**
   * The settings of {@code site.yaml} and an MkDocs project's {@code mkdocs.yml} (either may be
   * null): {@code site.yaml} wins where both set a value.
   */
  public SiteConfig parse(SourceFile siteYaml, SourceFile mkdocs, Diagnostics diags) {
    return parse(siteYaml, mkdocs, null, diags);
  }

  /** The same, with a Docusaurus project's config (or null), read under MkDocs' where both are there. */
  public SiteConfig parse(SourceFile siteYaml, SourceFile mkdocs, SourceFile docusaurus, Diagnostics diags) {
    return parse(siteYaml, mkdocs, docusaurus, null, null, diags);
  }

  /** The same, with a Hugo or a Jekyll project's config, read (or null), under the others'. */
  public SiteConfig parse(SourceFile siteYaml, SourceFile mkdocs, SourceFile docusaurus, HugoConfig hugo, JekyllConfig jekyll, Diagnostics diags) {
    return parse(siteYaml, mkdocs, docusaurus, hugo, jekyll, null, diags);
  }

  /** The same, with what a GitHub wiki gives (or null), under the others'. */
  public SiteConfig parse(SourceFile siteYaml, SourceFile mkdocs, SourceFile docusaurus, HugoConfig hugo, JekyllConfig jekyll, GitHubWiki.Settings wiki, Diagnostics diags) {
    return parse(siteYaml, mkdocs, docusaurus, hugo, jekyll, wiki, null, diags);
  }

  /** The same, with a VitePress project's config, read (or null), under MkDocs' and Docusaurus'. */
  public SiteConfig parse(SourceFile siteYaml, SourceFile mkdocs, SourceFile docusaurus, HugoConfig hugo, JekyllConfig jekyll, GitHubWiki.Settings wiki, VitePressConfig vitepress, Diagnostics diags) {
    return parse(siteYaml, mkdocs, docusaurus, hugo, jekyll, wiki, vitepress, null, diags);
  }

  /** The same, with an Astro Starlight project's config, read (or null), under VitePress'. */
  public SiteConfig parse(
      SourceFile siteYaml, SourceFile mkdocs, SourceFile docusaurus, HugoConfig hugo, JekyllConfig jekyll, GitHubWiki.Settings wiki, VitePressConfig vitepress, StarlightConfig starlight, Diagnostics diags) {
    return parse(siteYaml, mkdocs, docusaurus, hugo, jekyll, wiki, vitepress, starlight, null, null, null, diags);
  }

  /** The same, with a GitBook project's title (or null: no GitBook project), an mdBook project's and a Docsify site's config (or null), under the others'. */
  public SiteConfig parse(
      SourceFile siteYaml, SourceFile mkdocs, SourceFile docusaurus, HugoConfig hugo, JekyllConfig jekyll, GitHubWiki.Settings wiki, VitePressConfig vitepress, StarlightConfig starlight, String gitBook,
      MdBookConfig mdBook, DocsifyConfig docsify, Diagnostics diags) {
    return parse(siteYaml, mkdocs, docusaurus, hugo, jekyll, wiki, vitepress, starlight, gitBook, mdBook, docsify, null, diags);
  }

  /** The same, with a Mintlify project's config (or null), under the others'. */
  public SiteConfig parse(
      SourceFile siteYaml, SourceFile mkdocs, SourceFile docusaurus, HugoConfig hugo, JekyllConfig jekyll, GitHubWiki.Settings wiki, VitePressConfig vitepress, StarlightConfig starlight, String gitBook,
      MdBookConfig mdBook, DocsifyConfig docsify, MintlifyConfig mintlify, Diagnostics diags) {
    // another tool's project: the first of MkDocs', Docusaurus', VitePress', Hugo's and Jekyll's configs there
    SiteConfig base = SiteConfig.defaults();
    if (mkdocs != null) {
      MkDocsConfig m = MkDocsConfig.read(mkdocs, files, env, read, diags);
      base = project(m.title(), m.description(), m.language(), m.baseUrl(), "docs", m.editUrl(), m.lastUpdated(), m.logo(), m.favicon(), m.copyright(), m.tabs(), handbook.content.Mount.DOCS.withBlog(m.blog()).withSchedule(m.schedule()).withToc(m.toc()).withFailsOn(m.failsOn()).withMarkdown(m.markdown()), m.stylesheets(), m.links(), m.social()).withColor(m.color());
    } else if (docusaurus != null) {
      DocusaurusConfig d = DocusaurusConfig.read(docusaurus.text(), docusaurus.displayPath(), files, diags);
      // docs at the root: Docusaurus' sidebar holds their whole menu, not one section's
      base =
          project(d.title(), d.description(), d.language(), d.baseUrl(), "static", d.editUrl(), d.lastUpdated(), d.logo(), d.favicon(), d.copyright(), !d.docsAtRoot(),
              (d.docsAtRoot() ? handbook.content.Mount.DOCS_AND_STATIC : handbook.content.Mount.STATIC)
                  .withBlog(d.blog())
                  .withCollections(routes(d))
                  .withToc(d.toc()),
              List.of(), d.links(), d.footer()).withImage(d.image());
      if (d.blog() != null && !d.docsAtRoot() && !d.blogRoute().isEmpty()) {
        // the docs' tab, then the blog's, as Docusaurus' navbar has them
        base = base.withNav(List.of(d.docsRoute().substring(0, d.docsRoute().indexOf('/')), d.blogRoute().substring(0, d.blogRoute().indexOf('/'))));
      }
    } else if (vitepress != null) {
      // its sidebar holds the whole menu; site-root links name its public/ files, else its pages
      VitePressConfig v = vitepress;
      String publicFolder = v.vuePress() ? VuePressConfig.PUBLIC : VitePressConfig.PUBLIC;
      base =
          project(v.title(), v.description(), v.language(), v.baseUrl(), publicFolder.substring(0, publicFolder.length() - 1), v.editUrl(), v.lastUpdated(), v.logo(), v.favicon(), v.copyright(), false,
              (v.vuePress() ? handbook.content.Mount.ofVuePress() : handbook.content.Mount.vitePress(v.cleanUrls())).withToc(v.toc()), List.of(), v.links(), v.social());
      if (!v.locales().isEmpty()) {
        // (the pages of its locales' folders in their languages)
        base = base.withContentLanguage(new PageLanguages(base.contentLanguage() == null ? null : base.contentLanguage().tag(), v.locales()));
      }
    } else if (starlight != null) {
      // its sidebar holds the whole menu; site-root links name its public/ files, else its pages
      StarlightConfig a = starlight;
      base =
          project(a.title(), a.description(), a.language(), a.baseUrl(), StarlightConfig.PUBLIC.substring(0, StarlightConfig.PUBLIC.length() - 1), a.editUrl(), a.lastUpdated(), a.logo(), a.favicon(), "", false,
              handbook.content.Mount.STARLIGHT.withToc(a.toc()), List.of(), List.of(), a.social());
    } else if (mdBook != null) {
      // its SUMMARY.md holds the whole menu; site-root links name its pages' folder's files
      handbook.markdown.RenderOptions.Extensions smart =
          mdBook.smartPunctuation()
              ? handbook.markdown.RenderOptions.Extensions.of(
                  java.util.Set.of(handbook.markdown.RenderOptions.Extension.SMART_QUOTES, handbook.markdown.RenderOptions.Extension.SMART_DASHES, handbook.markdown.RenderOptions.Extension.SMART_ELLIPSIS))
              : handbook.markdown.RenderOptions.Extensions.NONE;
      base =
          project(mdBook.title(), mdBook.description(), mdBook.language(), "", "docs", mdBook.editUrl(), false, null, null, "", false, handbook.content.Mount.MDBOOK.withMarkdown(smart), List.of(),
              mdBook.repository() == null ? List.of() : List.of(mdBook.repository()), List.of());
    } else if (docsify != null) {
      // its _sidebar.md holds the whole menu; site-root links name its pages' folder's files
      base =
          project(docsify.title(), "", "en", "", "docs", null, false, docsify.logo(), null, "", false,
              docsify.relativePath() ? handbook.content.Mount.DOCSIFY.withMarkdown(handbook.markdown.RenderOptions.Extensions.of(java.util.Set.of(handbook.markdown.RenderOptions.Extension.RELATIVE_PATH))) : handbook.content.Mount.DOCSIFY, List.of(),
              java.util.stream.Stream.concat(docsify.links().stream(), java.util.stream.Stream.ofNullable(docsify.repository())).toList(), List.of());
    } else if (mintlify != null) {
      // its navigation holds the whole menu (its tabs' groups too: their pages are often the root's); site-root links name its folder's files
      base =
          project(mintlify.title(), mintlify.description(), "en", "", "docs", null, false, mintlify.logo(), mintlify.favicon(), "", mintlify.tabs(), handbook.content.Mount.MINTLIFY, List.of(),
              mintlify.links(), mintlify.footer());
      if (mintlify.color() != null) {
        base = base.withColor(mintlify.color());
      }
    } else if (gitBook != null) {
      // (its title is GitBook's, not the project's: the folder's name stands for it)
      base = project(gitBook.isEmpty() ? null : gitBook, "", "en", "", "docs", null, false, null, null, "", false, handbook.content.Mount.GITBOOK, List.of(), List.of(), List.of());
    } else if (hugo != null) {
      base =
          project(hugo.title(), hugo.description(), hugo.language(), hugo.baseUrl(), "static", hugo.editUrl(), hugo.lastUpdated(), hugo.logo(), hugo.favicon(), hugo.copyright(), true,
              handbook.content.Mount.hugo(hugo.contentDir(), hugo.languages()).withPermalinks(hugo.permalinks()).withTaxonomies(hugo.taxonomies(), hugo.tagged()).withDefaults(hugo.cascade()).withSchedule(hugo.schedule()).withToc(hugo.toc()).withMarkdown(hugo.markdown()), List.of(), hugo.links(), hugo.footer()).withImage(hugo.image());
    } else if (jekyll != null) {
      // just-the-docs' sidebar holds the whole menu
      base =
          project(jekyll.title(), jekyll.description(), jekyll.language(), jekyll.baseUrl(), "", jekyll.editUrl(), jekyll.lastUpdated(), jekyll.logo(), jekyll.favicon(), jekyll.copyright(), false,
              handbook.content.Mount.jekyll(jekyll.pretty()).withBlog(jekyll.blog()).withCollections(jekyll.collections()).withDefaults(jekyll.defaults()).withSchedule(jekyll.schedule()).withMarkdown(jekyll.markdown()), List.of(), jekyll.links(), List.of());
    } else if (wiki != null) {
      // a wiki's pages in English, as GitHub shows them; its footer's line
      base = project(wiki.title(), "", "en", "", "", null, false, null, null, wiki.copyright(), false, handbook.content.Mount.WIKI, List.of(), List.of(), List.of());
    }
    return siteYaml == null ? withKinds(base, null, diags) : parse(siteYaml, base, diags);
  }

  /** A Docusaurus project's docs and blog folders published at their routeBasePath, as collections are, where it is another. */
  private static List<handbook.content.Mount.Collection> routes(DocusaurusConfig d) {
    List<handbook.content.Mount.Collection> out = new java.util.ArrayList<>();
    if (!d.docsAtRoot() && !d.docsRoute().equals(DocusaurusConfig.DOCS)) {
      out.add(new handbook.content.Mount.Collection(DocusaurusConfig.DOCS, d.docsRoute(), false));
    }
    if (d.blog() != null && !d.blogRoute().equals(d.blog().folder())) {
      out.add(new handbook.content.Mount.Collection(d.blog().folder(), d.blogRoute(), false));
    }
    out.addAll(d.moreDocs());
    return out;
  }

  /** The settings another tool's project gives (the defaults for the rest); a title it lacks is the default one. */
  private static SiteConfig project(
      String title, String description, String language, String baseUrl, String rootLinks, String editUrl, boolean lastUpdated, String logo, String favicon, String copyright, boolean tabs,
      handbook.content.Mount mount, List<String> stylesheets, List<SiteLink> links, List<SiteLink> footer) {
    SiteConfig d = SiteConfig.defaults();
    // (the project's language tag: the pages' language, and that of the site's own words)
    String words = Languages.words(language);
    return new SiteConfig(
        title == null ? d.title() : title, description, words, baseUrl, d.version(), d.nav(), rootLinks, d.rootFallback(), d.brokenLinksWarn(), d.versions(), d.gzip(), d.searchMaxSize(),
        editUrl, lastUpdated, d.tagPages(), logo, favicon, copyright, tabs, mount, stylesheets, null, links, footer, Map.of(), null, language.equals(words) ? null : new PageLanguages(language, Map.of()));
  }

  /** Parses the file over the settings {@code d}, which stand in for values it lacks or gets wrong. */
  private SiteConfig parse(SourceFile file, SiteConfig d, Diagnostics diags) {
    YamlParser.Result r = yaml.parse(file.text(), file.displayPath(), 1);
    diags.addAll(r.errors());
    if (r.root() == null) {
      return withKinds(d, null, diags);
    }
    if (!(r.root() instanceof YamlNode.Mapping map)) {
      diags.add(
          Diagnostic.error(
              "config.type",
              Span.at(file.displayPath(), r.root().line(), r.root().column()),
              "site.yaml must be a map of settings, found " + r.root().describe()));
      return withKinds(d, null, diags);
    }
    YamlFields f = new YamlFields(map, file.displayPath(), diags, "config");
    Set<String> known = new TreeSet<>(KEYS);
    kinds.forEach(k -> known.add(k.name()));
    f.rejectUnknownKeys(known, "site.yaml");
    String rootLinks = d.rootLinks();
    String fallback = null;
    boolean brokenLinksWarn = false;
    YamlFields links = f.child("links");
    if (links != null) {
      links.rejectUnknownKeys(LINK_KEYS, "`links`");
      rootLinks = links.string("root", rootLinks);
      if (rootLinks != null) {
        rootLinks = rootLinks.replaceAll("^/+|/+$", "");
      }
      fallback = links.string("fallback", null);
      if (fallback != null && !fallback.matches("https?://.+")) {
        diags.add(
            Diagnostic.error(
                "config.value",
                links.span(links.map().get("fallback")),
                "`links.fallback` must be an absolute http(s) URL, not `" + fallback + "`"));
        fallback = null;
      }
      if (fallback != null) {
        fallback = fallback.replaceAll("/+$", "");
      }
      brokenLinksWarn = links.oneOf("on_broken", Set.of("error", "warning"), "error").equals("warning");
    }
    List<String> nav = f.has("nav") ? f.strings("nav") : d.nav();
    SiteConfig.Versions versions = null;
    YamlFields v = f.child("versions");
    if (v != null) {
      v.rejectUnknownKeys(VERSION_KEYS, "`versions`");
      versions =
          new SiteConfig.Versions(
              v.string("tags", "v*"), v.string("current", "next"), v.oneOf("on_error", Set.of("fail", "skip"), "fail").equals("skip"));
    }
    String baseUrl = webAddress(f, "base_url", d.baseUrl(), "for example `https://handbook.example.org`", diags);
    String editUrl = webAddress(f, "edit_url", d.editUrl(), "the content folder in your repository's editor, for example `https://github.com/org/handbook/edit/main/content/`", diags);
    if (!editUrl.isEmpty() && !editUrl.endsWith("/")) {
      editUrl = editUrl + "/";
    }
    String language = f.oneOf("language", LANGUAGES, d.language());
    long searchMaxSize = 0;
    YamlFields search = f.child("search");
    if (search != null) {
      search.rejectUnknownKeys(SEARCH_KEYS, "`search`");
      String size = search.string("max_size", null);
      if (size != null) {
        searchMaxSize = size(size);
        if (searchMaxSize < 0) {
          diags.add(
              Diagnostic.error("config.value", search.span(search.map().get("max_size")), "`search.max_size` must be a size from 10 KB to 256 MB, not `" + size + "`")
                  .withHint("for example `max_size: 8 MB`"));
          searchMaxSize = 0;
        }
      }
    }
    SiteConfig site =
        new SiteConfig(
            f.string("title", d.title()),
            f.string("description", d.description()),
            language,
            baseUrl,
            f.string("version", d.version()),
            nav,
            rootLinks,
            fallback,
            brokenLinksWarn,
            versions,
            f.bool("gzip", false),
            searchMaxSize,
            editUrl,
            f.bool("last_updated", d.lastUpdated()),
            f.bool("tag_pages", true),
            image(f, "logo", d.logo(), diags),
            image(f, "favicon", d.favicon(), diags),
            f.string("copyright", d.copyright()).strip(),
            d.tabs(),
            d.mount(),
            stylesheets(f, d.stylesheets(), diags),
            color(f, d.color(), diags),
            headerLinks(f, d.headerLinks()),
            footerLinks(f, d.footerLinks()),
            Map.of(),
            cardImage(f, baseUrl, d.image(), diags),
            // (the language site.yaml names is the pages' too)
            f.map().get("language") != null && d.contentLanguage() != null ? d.contentLanguage().withoutTag() : d.contentLanguage());
    return withKinds(site, f, diags);
  }

  private SiteConfig withKinds(SiteConfig site, YamlFields f, Diagnostics diags) {
    Map<String, Object> settings = new LinkedHashMap<>();
    for (ContentKind<?> k : kinds) {
      YamlFields section = f == null ? null : f.child(k.name());
      settings.put(k.name(), k.settings(section, site.site(), diags));
    }
    return new SiteConfig(
        site.title(), site.description(), site.language(), site.baseUrl(), site.version(), site.nav(), site.rootLinks(), site.rootFallback(),
        site.brokenLinksWarn(), site.versions(), site.gzip(), site.searchMaxSize(), site.editUrl(), site.lastUpdated(), site.tagPages(), site.logo(),
        site.favicon(), site.copyright(), site.tabs(), site.mount(), site.stylesheets(), site.color(), site.headerLinks(), site.footerLinks(), settings, site.image(), site.contentLanguage());
  }

  /**
   * The header's links, {@code header_links}: a list of {@code {title, url}}, each an address on
   * another host or a path of the content folder (checked when the links are); else
   * {@code fallback} (another tool's links, which site.yaml's replace).
   */
  private static List<SiteLink> headerLinks(YamlFields f, List<SiteLink> fallback) {
    return siteLinks(f, "header_links", false, fallback);
  }

  /**
   * The footer's links, {@code footer_links}: links as the header's, and columns of them
   * ({@code {title, links: [...]}}); else {@code fallback}.
   */
  private static List<SiteLink> footerLinks(YamlFields f, List<SiteLink> fallback) {
    return siteLinks(f, "footer_links", true, fallback);
  }

  /** The links of {@code key}, and where {@code columns}, its columns' links in their order. */
  private static List<SiteLink> siteLinks(YamlFields f, String key, boolean columns, List<SiteLink> fallback) {
    YamlNode.Seq seq = links(f, key);
    if (seq == null) {
      return f.map().get(key) == null ? fallback : List.of();
    }
    List<SiteLink> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      YamlFields entry = item(f, key, item, columns ? FOOTER_LINK_KEYS : HEADER_LINK_KEYS);
      if (entry == null) {
        continue;
      }
      if (!entry.has("links")) {
        addLink(entry, null, out);
        continue;
      }
      String column = entry.requiredString("title", "a column of `" + key + "`");
      if (entry.has("url")) {
        entry.diagnostics().add(Diagnostic.error("config.value", entry.span(entry.map().get("url")), "a column of `" + key + "` has `links`, not a `url`"));
      }
      YamlNode.Seq inner = links(entry, "links");
      for (YamlNode x : inner == null ? List.<YamlNode>of() : inner.items()) {
        YamlFields link = item(entry, "links", x, HEADER_LINK_KEYS);
        if (link != null && column != null) {
          addLink(link, column.strip(), out);
        }
      }
    }
    return out;
  }

  /** The list of links under {@code key}; null (with an error where it is something else) where there is none. */
  private static YamlNode.Seq links(YamlFields f, String key) {
    YamlNode node = f.map().get(key);
    if (node == null || node instanceof YamlNode.Seq) {
      return (YamlNode.Seq) node;
    }
    f.typeError(key, node, "a list of links (`- {title: GitHub, url: https://github.com/org/repo}`)");
    return null;
  }

  /** An item of a list of links as its fields; null (with an error) where it is no map. */
  private static YamlFields item(YamlFields f, String key, YamlNode item, Set<String> keys) {
    if (!(item instanceof YamlNode.Mapping map)) {
      f.diagnostics().add(
          Diagnostic.error("config.type", f.span(item), "`" + key + "` items must be maps of `title` and `url`, found " + item.describe())
              .withHint("for example `- {title: GitHub, url: https://github.com/org/repo}`"));
      return null;
    }
    YamlFields fields = new YamlFields(map, f.file(), f.diagnostics(), "config");
    fields.rejectUnknownKeys(keys, "a link of `" + key + "`");
    return fields;
  }

  /** The link of a {@code {title, url}} map, in a footer's column or none. */
  private static void addLink(YamlFields link, String column, List<SiteLink> out) {
    String title = link.requiredString("title", "a link");
    String url = link.requiredString("url", "a link");
    if (title != null && url != null && !title.isBlank() && !url.isBlank()) {
      out.add(new SiteLink(title.strip(), url.strip(), link.span(link.map().get("url")), true).in(column));
    } else if (title != null && url != null) {
      link.diagnostics().add(Diagnostic.error("config.value", link.span(link.map().get("url")), "a link needs a `title` and a `url` that are not empty"));
    }
  }

  /** The site's colour, {@code color}: {@code #rrggbb} or {@code #rgb}; else {@code fallback}. */
  private static String color(YamlFields f, String fallback, Diagnostics diags) {
    String given = f.string("color", null);
    if (given == null) {
      return fallback;
    }
    String c = handbook.theme.Accent.parse(given);
    if (c == null) {
      diags.add(
          Diagnostic.error("config.value", f.span(f.map().get("color")), "`color` must be a colour written in hex, not `" + given + "`")
              .withHint("for example `color: \"#2e8555\"` (quoted: YAML reads # as a comment)"));
      return fallback;
    }
    return c;
  }

  /**
   * The stylesheets of {@code extra_css}: CSS files of the content folder, linked on every page
   * after the theme's; else {@code fallback}. One that is not there is an error.
   */
  private List<String> stylesheets(YamlFields f, List<String> fallback, Diagnostics diags) {
    YamlNode node = f.map().get("extra_css");
    if (node == null) {
      return fallback;
    }
    List<YamlNode> items = node instanceof YamlNode.Seq seq ? seq.items() : List.of(node);
    List<String> out = new ArrayList<>();
    for (YamlNode item : items) {
      String written = item instanceof YamlNode.Scalar s && s.value() != null ? s.value().strip() : "";
      String path = handbook.content.Urls.normalize(written.replaceAll("^/+", ""));
      if (path == null || !files.contains(path) || !path.toLowerCase(java.util.Locale.ROOT).endsWith(".css")) {
        diags.add(
            Diagnostic.error("config.value", f.span(item), "`extra_css` names no CSS file of the content folder: `" + written + "`")
                .withHint("a path from the content folder, such as `docs/css/extra.css`; the site loads nothing from other hosts"));
      } else if (!out.contains(path)) {
        out.add(path);
      }
    }
    return out;
  }

  /** The image file of the content folder under {@code key}, else {@code fallback} (with an error when there is no such image). */
  private String image(YamlFields f, String key, String fallback, Diagnostics diags) {
    String written = f.string(key, null);
    if (written == null) {
      return fallback;
    }
    String path = handbook.content.Urls.normalize(written.strip().replaceAll("^/+", ""));
    if (path == null || !files.contains(path) || !IMAGE.matcher(path).matches()) {
      diags.add(
          Diagnostic.error("config.value", f.span(f.map().get(key)), "`" + key + "` names no image file of the content folder: `" + written + "`")
              .withHint("a path from the content folder, such as `docs/img/logo.svg` (SVG, PNG, JPEG, GIF, WebP, AVIF or ICO)"));
      return fallback;
    }
    return path;
  }

  /**
   * The image of the pages' link previews ({@code image}): an http(s) address, or an image file of
   * the content folder (an error where there is none), which needs {@code base_url} to be named
   * in full (a warning without); else {@code fallback}.
   */
  private String cardImage(YamlFields f, String baseUrl, String fallback, Diagnostics diags) {
    String written = f.string("image", null);
    if (written == null) {
      return fallback;
    }
    if (SiteConfig.vector(written.strip())) {
      diags.add(Diagnostic.warning("config.value", f.span(f.map().get("image")), SiteConfig.VECTOR).withHint(SiteConfig.VECTOR_HINT));
    }
    if (written.strip().matches("https?://[^\\s\"'<>]+")) {
      return written.strip();
    }
    String path = image(f, "image", null, diags);
    if (path != null && baseUrl.isEmpty()) {
      diags.add(
          Diagnostic.warning("config.value", f.span(f.map().get("image")), "link previews need the full address of the image, and the site's (`base_url`) is not set: the pages' show none")
              .withHint("set `base_url: https://...` (where the site is published), or give the image's address"));
      return null;
    }
    return path == null ? fallback : path;
  }

  /** The absolute http(s) URL under {@code key}, else {@code fallback} (with an error when it is something else). */
  private static String webAddress(YamlFields f, String key, String fallback, String hint, Diagnostics diags) {
    String url = f.string(key, fallback);
    if (!url.isEmpty() && !url.matches("https?://[^\\s\"'<>]+")) {
      diags.add(
          Diagnostic.error("config.value", f.span(f.map().get(key)), "`" + key + "` must be an absolute http(s) URL, not `" + url + "`").withHint(hint));
      return fallback;
    }
    return url;
  }

  /** Bytes of a size such as {@code 8 MB} or {@code 500 KB} (1024 to a KB), or -1 when it is none or out of range. */
  static long size(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d{1,6})\\s*(KB|MB)\\s*").matcher(text);
    if (!m.matches()) {
      return -1;
    }
    long bytes = Long.parseLong(m.group(1)) * (m.group(2).equalsIgnoreCase("MB") ? 1024 * 1024 : 1024);
    return bytes >= 10 * 1024 && bytes <= 256L * 1024 * 1024 ? bytes : -1;
  }
}
