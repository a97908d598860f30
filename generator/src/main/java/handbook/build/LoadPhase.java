package handbook.build;

import handbook.config.Project.Tool;
import handbook.config.SiteConfig;
import handbook.config.SiteConfigParser;
import handbook.content.AllContent;
import handbook.content.ContentKind;
import handbook.content.Fact;
import handbook.content.LinkScheme;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.Page;
import handbook.content.PageInfo;
import handbook.content.SiteSettings;
import handbook.cache.ParseMemo;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.markdown.MarkdownEngine;
import handbook.render.UiStrings;
import handbook.source.ContentScanner;
import handbook.source.DiskTree;
import handbook.source.SourceFile;
import handbook.source.SourceTree;
import handbook.content.Directive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads one version: scans its content, reads {@code site.yaml}, lets every content kind load
 * (then the after-all hook), and adds the pages the generator makes itself (404, search, the
 * changes page, alias redirects).
 */
final class LoadPhase {
  /** Docusaurus' {@code <DocCardList />}: nothing where it stands, as a folder's page draws its pages' cards after its text. */
  private static final handbook.content.Directive DOC_CARDS =
      new handbook.content.Directive() {
        @Override
        public String name() {
          return MarkdownEngine.DOC_CARDS;
        }

        @Override
        public String expand(handbook.markdown.DirectiveCall call, handbook.content.ResolveContext ctx) {
          return "";
        }
      };

  private final List<ContentKind<?>> kinds;
  private final Run run;

  LoadPhase(List<ContentKind<?>> kinds, Run run) {
    this.kinds = kinds;
    this.run = run;
  }

  /** A loaded version. */
  record Model(
      VersionInput input,
      SiteConfig config,
      String siteYaml,
      Map<String, String> strings,
      MarkdownEngine markdown,
      List<Page> pages,
      Map<String, LinkScheme> schemes,
      Map<String, Directive> directives,
      Map<String, byte[]> files,
      List<Fact> facts,
      List<String> assets,
      List<String> factGroups,
      Map<String, String> unpublished,
      List<PageInfo> menuGroups,
      List<handbook.config.SiteLocale> locales) {}

  /** Loads a version; {@code configured} is told its {@code site.yaml} as soon as it is read. */
  Model load(VersionInput in, Diagnostics diags, java.util.function.Consumer<SiteConfig> configured) {
    run.progress.update("scan", 0, 0);
    // a Docusaurus project's blog's folder: its posts are read as text
    List<String> pageFolders = docusaurusPageFolders(in);
    // a Docsify site's index.html, where its text says so
    String docsifyFile = handbook.config.DocsifyConfig.uses(text(in, handbook.config.Project.DOCS + "index.html")) ? handbook.config.Project.DOCS + "index.html" : null;
    // a Mintlify project's docs.json (or mint.json), where its text says so (its whole folder is shown in docs/)
    String mintlifyConfig = "".equals(moved(in)) ? handbook.config.MintlifyConfig.file(name -> text(in, handbook.config.Project.DOCS + name)) : null;
    String mintlifyPath = mintlifyConfig == null ? null : handbook.config.Project.DOCS + mintlifyConfig;
    ContentScanner scanner =
        ContentScanner.byListing(
            files -> {
              handbook.config.Project project = handbook.config.Project.of(files, pageFolders, moved(in), docsifyFile, mintlifyPath);
              return path -> project.text(path, p -> owner(p) != null, this::docsKind);
            },
            new ContentScanner.Decoder() {
              @Override
              public SourceFile decode(String rel, String display, byte[] bytes, handbook.source.FileStamp stamp, String contentId, Diagnostics diags) {
                return LoadPhase.this.decode(rel, display, bytes, stamp, contentId, diags);
              }

              @Override
              public SourceFile known(String rel, String display, String contentId) {
                SourceFile f = run.byContentId.get(contentId);
                return f == null ? null : new SourceFile(rel, display, f.text(), f.hash());
              }

              @Override
              public SourceFile unchanged(SourceTree tree, String rel, String display, handbook.source.FileStamp stamp) {
                return LoadPhase.this.unchanged(tree, rel, display, stamp);
              }

              @Override
              public boolean stamps() {
                return run.cache != null;
              }
            },
            // serve's working tree: its listing is the same object until a file comes or goes
            run.warm != null && in.label() == null ? run.warm.language(Build.languageCode(in)).scanned : null,
            // (what is text changes with the blog's folder)
            List.of(kinds.stream().map(Object::getClass).toList(), pageFolders));
    ContentScanner.Scan scan = scanner.scan(in.content(), in.contentName(), diags);
    run.sources.add(in.prefix(), scan.sources());
    run.checkpoint();
    Set<String> allFiles = new HashSet<>(scan.assets());
    scan.sources().forEach(f -> allFiles.add(f.path()));
    Set<String> contentFiles = java.util.Collections.unmodifiableSet(allFiles);
    // a file the MkDocs config inherits, as text
    java.util.function.Function<String, SourceFile> inherited = path -> contentFiles.contains(path) ? read(in, path, diags) : null;
    SiteConfigParser parser = new SiteConfigParser(kinds, contentFiles, run.options.environment(), inherited);
    SourceFile siteYaml = scan.sources().stream().filter(f -> f.path().equals("site.yaml")).findFirst().orElse(null);
    handbook.config.Project project = handbook.config.Project.of(contentFiles, pageFolders, moved(in), docsifyFile, mintlifyPath);
    // an MkDocs project's config, a text source (the docs kind reads its nav)
    String mkdocsName = project.config(Tool.MKDOCS);
    SourceFile mkdocs = mkdocsName == null ? null : scan.sources().stream().filter(f -> f.path().equals(mkdocsName)).findFirst().orElse(null);
    // a Docusaurus project's config: JavaScript, not a text source of a kind; read for the site's settings
    String docusaurusName = project.config(Tool.DOCUSAURUS);
    SourceFile docusaurus = docusaurusName == null ? null : config(in, docusaurusName, "config.docusaurus", diags);
    // a Hugo project's: its content folder is the pages (read as the docs kind's), its static/ is at the root
    String hugoName = project.config(Tool.HUGO);
    SourceFile hugo = hugoName == null ? null : config(in, hugoName, "config.hugo", diags);
    // (and the files of its config folder that Hugo merges over it)
    List<SourceFile> hugoFolder = hugoName == null ? List.of() : handbook.config.HugoConfig.folderFiles(contentFiles, hugoName, run.options.environment()).stream().map(p -> read(in, p, diags)).filter(java.util.Objects::nonNull).toList();
    // a Jekyll project's: its pages anywhere but in Jekyll's own folders and those it excludes
    String jekyllName = project.config(Tool.JEKYLL);
    SourceFile jekyllFile = jekyllName == null ? null : config(in, jekyllName, "config.jekyll", diags);
    handbook.config.JekyllConfig jekyll = jekyllFile == null ? null : jekyllData(in, handbook.config.JekyllConfig.read(jekyllFile, contentFiles, diags), contentFiles, diags);
    handbook.config.HugoConfig hugoConfig =
        hugo == null ? null : handbook.config.HugoConfig.read(hugo, hugoFolder, contentFiles, run.options.environment(), in.locale() == null ? null : in.locale().code(), diags);
    // a GitHub wiki's: its pages anywhere, its footer the site's footer line
    handbook.config.GitHubWiki.Settings wiki = project.config(Tool.WIKI) == null ? null : wikiSettings(in, scan.sources(), diags);
    // a VitePress project's: JavaScript, read for the site's settings (the docs kind reads its sidebar)
    String vitepressName = project.config(Tool.VITEPRESS);
    SourceFile vitepressFile = vitepressName == null ? null : config(in, vitepressName, "config.vitepress", diags);
    // (its pages at the root or in its srcDir, read as in docs/: its edit links name them there)
    String vitepressBase = vitepressName == null || in.content().origin(vitepressName).startsWith(handbook.config.VitePressConfig.DOCS) ? handbook.config.VitePressConfig.DOCS : "";
    String pageOrigin = in.content().origin(handbook.config.VitePressConfig.DOCS + "x");
    String vitepressPages = pageOrigin.substring(0, pageOrigin.length() - 1);
    handbook.config.VitePressConfig vitepress =
        vitepressFile == null ? null
            : handbook.config.VitePressConfig.vuePress(vitepressName) ? handbook.config.VuePressConfig.read(vitepressFile.text(), vitepressFile.displayPath(), vitepressPages, contentFiles, in.locale(), diags)
            : handbook.config.VitePressConfig.read(vitepressFile.text(), vitepressFile.displayPath(), vitepressBase, vitepressPages, contentFiles, in.locale(), diags);
    if (vitepress != null) {
      vitePressTheme(in, vitepress.vuePress(), diags);
    }
    // an Astro Starlight project's: JavaScript, read for the site's settings (the docs kind reads its sidebar)
    String astroName = project.config(Tool.STARLIGHT);
    SourceFile astroFile = astroName == null ? null : config(in, astroName, handbook.config.StarlightConfig.CODE, diags);
    handbook.config.StarlightConfig starlight = astroFile == null ? null : handbook.config.StarlightConfig.read(astroFile.text(), astroFile.displayPath(), contentFiles, in.locale(), diags);
    // a GitBook project's: its .gitbook.yaml read for what it cannot take, its title the folder's name (GitBook's is not in it)
    String gitBookName = project.config(Tool.GITBOOK);
    String gitBook = null;
    handbook.config.GitBookConfig gitBookConfig = null;
    if (gitBookName != null) {
      SourceFile yaml = gitBookName.endsWith(handbook.config.GitBookConfig.FILE) ? config(in, gitBookName, handbook.config.GitBookConfig.CODE, diags) : null;
      gitBookConfig = handbook.config.GitBookConfig.read(yaml == null ? null : yaml.text(), yaml == null ? null : yaml.displayPath(), diags);
      String folder = handbook.config.GitHubWiki.settings(in.contentName(), null).title();
      gitBook = folder.equals("Wiki") ? "" : folder;
    }
    // an mdBook project's: its book.toml (the docs kind reads its SUMMARY.md)
    String mdBookName = project.config(Tool.MDBOOK);
    SourceFile mdBookFile = mdBookName == null ? null : config(in, mdBookName, handbook.config.MdBookConfig.CODE, diags);
    handbook.config.MdBookConfig mdBook = mdBookFile == null ? null : handbook.config.MdBookConfig.read(mdBookFile.text(), mdBookFile.displayPath(), diags);
    if (mdBook != null) {
      // (its theme: templates, styles and scripts of mdBook's own pages)
      scan.assets().stream().filter(a -> a.startsWith(mdBook.theme())).findFirst().ifPresent(a -> diags.add(
          Diagnostic.warning(handbook.config.MdBookConfig.CODE, Span.file(in.contentName() + "/" + in.content().origin(a)), "mdBook's theme (`" + mdBook.theme() + "`) is not used here: the site has its own theme, which runs under a strict content security policy")
              .withHint("give the site's colour and logo in a `site.yaml` instead")));
    }
    // a Docsify site's: its index.html's config (the docs kind reads its sidebar)
    String docsifyName = project.config(Tool.DOCSIFY);
    SourceFile docsifyHtml = docsifyName == null ? null : config(in, docsifyName, handbook.config.DocsifyConfig.CODE, diags);
    handbook.config.DocsifyConfig docsifyConfig = docsifyHtml == null ? null : handbook.config.DocsifyConfig.read(docsifyHtml.text(), docsifyName, docsifyHtml.displayPath(), contentFiles, diags);
    // (and its navbar's links, in the header)
    String navbarPath = docsifyConfig == null || docsifyConfig.navbar() == null ? null : handbook.config.Project.DOCS + docsifyConfig.navbar();
    SourceFile navbar = navbarPath != null && contentFiles.contains(navbarPath) ? read(in, navbarPath, diags) : null;
    handbook.config.DocsifyConfig docsify = navbar == null ? docsifyConfig : docsifyConfig.withNavbar(navbar.text(), navbar.displayPath());
    // a Mintlify project's: its docs.json (the docs kind reads its navigation)
    String mintlifyName = project.config(Tool.MINTLIFY);
    SourceFile mintlifyFile = mintlifyName == null ? null : config(in, mintlifyName, handbook.config.MintlifyConfig.CODE, diags);
    handbook.config.MintlifyConfig mintlify = mintlifyFile == null ? null : handbook.config.MintlifyConfig.read(mintlifyFile.text(), mintlifyName, mintlifyFile.displayPath(), contentFiles, diags);
    SiteConfig parsed = parser.parse(siteYaml, mkdocs, docusaurus, hugoConfig, jekyll, wiki, vitepress, starlight, gitBook, mdBook, docsify, mintlify, diags);
    if ((mkdocs != null || docusaurus != null || vitepress != null || starlight != null || gitBook != null || mdBook != null || docsify != null) && siteYaml == null) {
      unreadBesideProject(scan.assets(), project, vitepress != null && vitepress.vuePress(), in.contentName(), diags);
    }
    SiteConfig projectConfig = docusaurus == null ? parsed : docusaurusColor(in, docusaurusVersions(in, parsed, docusaurus, contentFiles, diags), docusaurus, contentFiles, diags);
    // the config's settings, parsed once here (the site's settings and the docs kind read it apart)
    handbook.yaml.YamlNode.Mapping mkdocsSettings = mkdocs == null ? null : handbook.config.MkDocsConfig.settings(mkdocs, run.options.environment(), inherited);
    String custom =
        mkdocs == null || projectConfig.color() != null ? null : handbook.config.MkDocsConfig.customColor(mkdocsSettings, mkdocs.displayPath(), projectConfig.stylesheets(), css -> text(in, css), diags);
    SiteConfig colored = custom == null ? projectConfig : projectConfig.withColor(custom);
    // an MkDocs project's i18n plugin's languages, and their sites' names
    handbook.config.MkDocsConfig.I18n i18n = mkdocs == null ? handbook.config.MkDocsConfig.I18n.NONE : handbook.config.MkDocsConfig.i18n(mkdocsSettings, mkdocs.displayPath(), diags);
    // the languages of a site built in several, its default one first: a Docusaurus project's locales, a Hugo project's languages, an MkDocs project's, a Starlight or VitePress project's
    List<handbook.config.SiteLocale> siteLanguages =
        in.label() != null ? List.of()
            : docusaurus != null ? built(handbook.config.DocusaurusConfig.locales(docusaurus.text(), docusaurus.displayPath(), diags), docusaurus, "config.docusaurus", colored, diags)
            : hugoConfig != null ? built(hugoConfig.locales(), hugo, "config.hugo", colored, diags)
            : mkdocs != null ? built(i18n.locales(), mkdocs, "config.mkdocs", colored, diags)
            : starlight != null ? built(starlight.locales(), astroFile, handbook.config.StarlightConfig.CODE, colored, diags)
            : vitepress != null ? built(vitepress.languages(), vitepressFile, "config.vitepress", colored, diags)
            : List.of();
    // (the working tree's are made in each other language by the build)
    List<handbook.config.SiteLocale> locales = in.locale() != null ? List.of() : siteLanguages;
    // the language of a site built in several: a translation's pages are in it, and so are the site's words where they can be
    handbook.config.SiteLocale language = in.locale() != null ? in.locale() : siteLanguages.isEmpty() ? null : siteLanguages.get(0);
    SiteConfig inLanguage = in.locale() == null ? colored : colored.withLanguage(in.locale().tag());
    if (language != null && i18n.titles().containsKey(language.code()) && siteYaml == null) {
      inLanguage = inLanguage.withTitle(i18n.titles().get(language.code()));
    }
    SiteConfig config =
        docusaurus == null || language == null
            ? inLanguage
            : handbook.config.DocusaurusTranslations.withBlog(
                handbook.config.DocusaurusTranslations.translated(
                    inLanguage, labels(in, language, handbook.config.DocusaurusTranslations.NAVBAR, diags), labels(in, language, handbook.config.DocusaurusTranslations.FOOTER, diags)),
                labels(in, language, handbook.config.DocusaurusTranslations.BLOG, diags));
    if (docusaurus != null) {
      docusaurusLeftOut(scan.assets(), in.contentName(), !locales.isEmpty(), diags);
      untranslated(scan.assets(), locales, handbook.config.DocusaurusConfig.moreDocsFolders(docusaurus.text()).keySet(), in.contentName(), diags);
    }
    Build.gate(diags);
    configured.accept(config);

    Map<String, String> strings = new TreeMap<>(UiStrings.load(config.language()));
    Set<String> directiveNames = new TreeSet<>();
    for (ContentKind<?> k : kinds) {
      strings.putAll(k.strings(config.language()));
      directiveNames.addAll(k.directiveNames());
    }
    if (docusaurus != null && language != null) {
      strings.putAll(handbook.config.DocusaurusTranslations.words(labels(in, language, handbook.config.DocusaurusTranslations.WORDS, diags)));
    }
    if (starlight != null) {
      strings.putAll(starlightWords(in, contentFiles, language != null ? language.tag() : config.language(), siteLanguages, diags));
    }
    // MkDocs Material's tags listing, drawn once every page is loaded
    directiveNames.add(MarkdownEngine.TAGS_LISTING);
    // Docusaurus' cards of a folder page's pages, which the page draws after its text
    directiveNames.add(MarkdownEngine.DOC_CARDS);
    // GitBook's links to pages (content-ref), each a card with its page's title
    directiveNames.add(MarkdownEngine.PAGE_CARD);
    strings = java.util.Collections.unmodifiableMap(new TreeMap<>(strings));
    MarkdownEngine markdown = run.markdown(directiveNames, strings);
    Map<String, List<SourceFile>> byKind = new LinkedHashMap<>();
    kinds.forEach(k -> byKind.put(k.name(), new ArrayList<>()));
    // a Docusaurus project whose config says docs: false publishes no docs/
    boolean docsOff = docusaurus != null && handbook.config.DocusaurusConfig.docsOff(docusaurus.text());
    for (SourceFile f : scan.sources()) {
      ContentKind<?> k =
          (hugoConfig != null || jekyll != null || docusaurus != null || wiki != null) && project.page(f.path())
              ? (jekyll != null && (jekyll.excludes(f.path()) || !jekyll.publishes(f.path())) || hugoConfig != null && hugoConfig.ignores(f.path()) ? null : docs())
              : owner(f.path());
      if (k != null && docsOff && k == docs() && f.path().startsWith(handbook.config.DocusaurusConfig.DOCS)) {
        k = null;
      }
      if (k != null) {
        byKind.get(k.name()).add(f);
      }
    }
    // a build that keeps nothing and has one version in one language finds nothing in a memo: it hashes no text for one
    ParseMemo memo = run.keepsNothing() && config.versions() == null && in.label() == null && locales.isEmpty() && in.locale() == null ? ParseMemo.ONCE : run.memo();
    Shared shared = new Shared(in, config.site(), scan.assets(), contentFiles, markdown, strings, run.options.buildInstant(), memo, diags, language, siteLanguages);

    run.progress.update("load", 0, scan.sources().size());
    List<Input> inputs = new ArrayList<>();
    for (ContentKind<?> k : kinds) {
      inputs.add(new Input(shared, k.name(), byKind.get(k.name()), run.options.strict().contains(k.name())));
    }
    List<Loaded> loaded = loadAll(inputs, config);
    run.checkpoint();
    List<Page> firstPages = new ArrayList<>();
    Map<String, LinkScheme> firstSchemes = new TreeMap<>();
    loaded.forEach(l -> {
      firstPages.addAll(l.pages());
      firstSchemes.putAll(l.schemes());
    });
    AllContent all =
        new AllContent() {
          @Override
          public List<Page> pages() {
            return firstPages;
          }

          @Override
          public LinkScheme scheme(String name) {
            return firstSchemes.get(name);
          }
        };
    Set<String> parts = new HashSet<>();
    loaded.forEach(l -> parts.addAll(l.parts()));
    Map<String, String> unpublished = new TreeMap<>();
    loaded.forEach(l -> unpublished.putAll(l.unpublished()));
    List<Page> pages = new ArrayList<>();
    Map<String, LinkScheme> schemes = new TreeMap<>();
    Map<String, Directive> directives = new TreeMap<>();
    Map<String, byte[]> files = new TreeMap<>();
    List<Fact> facts = new ArrayList<>();
    List<String> factGroups = new ArrayList<>();
    List<PageInfo> menuGroups = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      ContentKind<?> k = kinds.get(i);
      Loaded l = afterAll(k, loaded.get(i), all, inputs.get(i), config.kind(k.name()));
      pages.addAll(l.pages());
      menuGroups.addAll(l.menuGroups());
      schemes.putAll(l.schemes());
      directives.putAll(l.directives());
      files.putAll(l.files());
      facts.addAll(l.facts());
      factGroups.addAll(k.factGroups());
    }
    pages.add(new NotFoundPage(strings.get("notfound.title")));
    pages.add(new SearchPage(strings.get("search.title")));
    // every version of a versioned site has one: its pages link it (a released version's own
    // settings need not ask for versions: a Docusaurus version's, a tag's from before they did)
    if (config.versions() != null || in.label() != null) {
      pages.add(new ChangesPage(strings, factGroups));
    }
    addRedirects(pages, in.contentName(), diags);
    if (mkdocs != null) {
      redirectsOfMkDocs(pages, handbook.config.MkDocsConfig.redirects(mkdocsSettings, mkdocs.displayPath(), diags), config.mount(), mkdocs.path(), "config.mkdocs", diags);
    }
    if (gitBookConfig != null) {
      redirectsOfMkDocs(pages, gitBookConfig.redirects(), config.mount(), gitBookName, handbook.config.GitBookConfig.CODE, diags);
    }
    if (docusaurus != null) {
      redirectsOfDocusaurus(pages, handbook.config.DocusaurusConfig.redirects(docusaurus.text(), docusaurus.displayPath(), diags), docusaurus.path(), "config.docusaurus", diags);
    }
    if (starlight != null) {
      redirectsOfDocusaurus(pages, starlight.redirects(), astroName, handbook.config.StarlightConfig.CODE, diags);
    }
    if (mintlify != null) {
      redirectsOfDocusaurus(pages, mintlify.redirects(), mintlifyName, handbook.config.MintlifyConfig.CODE, diags);
    }
    if (mdBook != null) {
      redirectsOfDocusaurus(pages, toPages(mdBook.redirects(), pages), mdBookName, handbook.config.MdBookConfig.CODE, diags);
    }
    // (worked out where they are listed or have pages: 10,000 pages' tags took a third of an edit in serve)
    // (serve: the last run's where no listed page's tags, title, address or description changed)
    // (each language's kept apart)
    WarmState.Language warmLanguage = run.warm == null || in.label() != null ? null : run.warm.language(Build.languageCode(in));
    TagPages.Lazy tags = new TagPages.Lazy(pages, warmLanguage != null && warmLanguage.tags != null ? warmLanguage.tags.known() : null);
    if (warmLanguage != null) {
      warmLanguage.tags = tags;
    }
    // a tags listing's headings are there to link to (tags.md#tag:setup)
    pages.replaceAll(p -> p instanceof handbook.docs.DocPage d && TagPages.holdsListing(p) ? d.withDrawn(TagListing.headings(p, tags.get())) : p);
    if (config.tagPages()) {
      TagPages.add(pages, tags, strings, in.contentName(), diags);
    }
    blogRoutes(pages, tags, config.mount());
    taxonomyRoutes(pages, config.mount());
    // a Hugo page's front matter puts it in the main menu (Docsy's sections): in the header
    List<handbook.config.HugoConfig.MenuEntry> inMenu = hugoConfig == null ? List.of() : pagesInMenu(pages, in.contentName());
    SiteConfig shown = inMenu.isEmpty() ? config : config.withHeaderLinks(handbook.config.HugoConfig.menu(hugoConfig.menu(), inMenu));
    directives.put(MarkdownEngine.TAGS_LISTING, new TagListing(tags));
    directives.put(MarkdownEngine.DOC_CARDS, DOC_CARDS);
    directives.put(MarkdownEngine.PAGE_CARD, new handbook.docs.PageCard());
    // (awesome-pages' .pages and MkDocs Material's blog authors are read, where they are, never published)
    // (nor VitePress' and VuePress' config, in whatever project, nor VuePress' public files but in its project)
    boolean vuePress = config.mount().vuePress();
    List<String> assets =
        scan.assets().stream()
            .filter(a -> !parts.contains(a) && !a.endsWith("/.authors.yml") && !a.endsWith("/.pages") && !handbook.config.VitePressConfig.ALL.contains(a) && !handbook.source.DiskTree.vuePressConfig(a))
            .filter(a -> vuePress || !(a.startsWith(".vuepress/") || a.contains("/.vuepress/")))
            // (GitBook's config and assets are listed, its assets published in its project alone)
            .filter(a -> !a.endsWith(handbook.config.GitBookConfig.FILE) && (config.mount().gitBook() || !handbook.source.DiskTree.gitBookAssets(in.content().origin(a))))
            .filter(a -> !handbook.source.DiskTree.gitBookIncludes(in.content().origin(a)))
            // (an mdBook project's book.toml, in its pages' folder where its src is the root)
            .filter(a -> !a.equals(mdBookName) && !a.equals(docsifyName))
            // (Mintlify's .mintignore, read in its project)
            .filter(a -> !a.endsWith("/" + handbook.config.MintlifyConfig.IGNORE) && !a.equals(handbook.config.MintlifyConfig.IGNORE))
            .toList();
    if (!vuePress) {
      // (a VuePress config in YAML or TOML: not read)
      scan.assets().stream().filter(handbook.source.DiskTree::vuePressConfig).findFirst().ifPresent(a -> diags.add(
          Diagnostic.warning("config.value", Span.file(in.contentName() + "/" + in.content().origin(a)), "`" + a.substring(a.lastIndexOf('/') + 1) + "` is a VuePress project's config, which is not read here: its pages are built as Handbook's own, without its title, menus and home page")
              .withHint(a.endsWith(".yml") || a.endsWith(".toml")
                  ? "a config written in JavaScript (`.vuepress/config.js`) is read; else give the site's title and menu in a `site.yaml`"
                  : "VuePress' config is read in `docs/.vuepress/`, in `.vuepress/` at the root, or in the folder a `package.json` script builds (`vuepress build src`)")));
    }
    if (mkdocs != null) {
      assets = ofProject(assets, scan.sources(), handbook.config.MkDocsExclude.of(mkdocsSettings), null);
    } else if (vitepress != null || gitBook != null || mdBook != null || docsify != null) {
      assets = ofProject(assets, scan.sources(), handbook.config.MkDocsExclude.none(), null);
    } else if (mintlify != null) {
      // its files but its config, those it leaves out by itself (node_modules/, hidden folders) and those its .mintignore names
      String root = handbook.config.Project.DOCS;
      String ignoreName = root + handbook.config.MintlifyConfig.IGNORE;
      SourceFile ignoreFile = contentFiles.contains(ignoreName) ? read(in, ignoreName, diags) : null;
      handbook.config.MkDocsExclude ignored = ignoreFile == null ? handbook.config.MkDocsExclude.none() : handbook.config.MkDocsExclude.ofText(ignoreFile.text());
      assets =
          ofProject(assets, scan.sources(), ignored, null).stream()
              .filter(a -> !a.equals(mintlifyName) && !handbook.config.MintlifyConfig.FILES.contains(a.substring(root.length())) && !(a.startsWith(root) && handbook.config.MintlifyConfig.ignored(a.substring(root.length()))))
              .toList();
    } else if (starlight != null) {
      // its pages' files and public/, and the images and other media of src/ its pages import (src/assets/)
      List<String> media = assets.stream().filter(a -> a.startsWith("src/") && STARLIGHT_MEDIA.matcher(a).find()).toList();
      // (Markdoc's pages, which the Markdoc integration makes, are not read)
      List<String> markdoc = assets.stream().filter(a -> a.startsWith(handbook.config.Project.DOCS) && a.endsWith(".mdoc")).toList();
      if (!markdoc.isEmpty()) {
        diags.add(
            Diagnostic.warning(handbook.config.StarlightConfig.CODE, Span.file(in.contentName() + "/" + in.content().origin(markdoc.get(0))), "a page written in Markdoc is not read here, and not published" + more(markdoc))
                .withHint("write it in Markdown (" + markdoc.get(0).substring(markdoc.get(0).lastIndexOf('/') + 1).replaceFirst("\\.mdoc$", ".md") + ")"));
        assets = assets.stream().filter(a -> !markdoc.contains(a)).toList();
      }
      assets = java.util.stream.Stream.concat(ofProject(assets, scan.sources(), handbook.config.MkDocsExclude.none(), handbook.config.StarlightConfig.PUBLIC).stream(), media.stream()).sorted().distinct().toList();
    } else if (docusaurus != null) {
      // its blog's authors and tags files are read, not published; with no blog, nothing of its folder is
      handbook.content.Mount.Blog blog = config.mount().blog();
      String posts = blog == null ? handbook.config.DocusaurusConfig.BLOG : blog.folder();
      assets =
          ofProject(assets, scan.sources(), handbook.config.MkDocsExclude.none(), handbook.config.DocusaurusConfig.STATIC).stream()
              .filter(a -> !a.startsWith(posts) || blog != null && !a.substring(posts.length()).matches("(authors|tags)\\.(ya?ml|json)"))
              .filter(a -> !docsOff || !a.startsWith(handbook.config.DocusaurusConfig.DOCS))
              .toList();
    } else if (hugoConfig != null) {
      // a Hugo project publishes its content folder and static/; the pages it writes in HTML are not read
      String pagesFolder = config.mount().docs();
      // (the files of the pages' folder that ignoreFiles leaves out are not published)
      assets = assets.stream().filter(a -> !(a.startsWith(pagesFolder) && hugoConfig.ignores(a))).toList();
      List<String> html = assets.stream().filter(a -> a.startsWith(pagesFolder) && (a.endsWith(".html") || a.endsWith(".htm"))).toList();
      if (!html.isEmpty()) {
        diags.add(
            Diagnostic.warning("config.hugo", Span.file(in.contentName() + "/" + html.get(0)), "a page written in HTML is not read here, and not published" + more(html))
                .withHint("write it in Markdown (" + html.get(0).replaceFirst("\\.html?$", ".md") + ")"));
      }
      assets = assets.stream().filter(a -> config.mount().folderOf(a) != null && !html.contains(a)).toList();
    } else if (jekyll != null) {
      // a Jekyll project publishes every file but its own and those it excludes
      assets = assets.stream().filter(a -> jekyll.publishes(a) && !jekyll.excludes(a)).toList();
      // a file with front matter is one Jekyll makes (Liquid, a layout, Sass): not read here, nor published as written
      List<String> liquid = assets.stream().filter(a -> JEKYLL_MADE.matcher(a).find() && frontMatter(in, a)).toList();
      List<String> htmlPages = liquid.stream().filter(a -> a.endsWith(".html") || a.endsWith(".htm")).toList();
      List<String> others = liquid.stream().filter(a -> !htmlPages.contains(a)).toList();
      if (!htmlPages.isEmpty()) {
        diags.add(
            Diagnostic.warning("config.jekyll", Span.file(in.contentName() + "/" + htmlPages.get(0)), "a page written in HTML with front matter (for Jekyll's Liquid and layouts) is not read here, and not published" + more(htmlPages))
                .withHint(htmlPages.get(0).equals("404.html") ? "the site has a 404 page of its own" : "write it in Markdown (" + htmlPages.get(0).replaceFirst("\\.html?$", ".md") + ")"));
      }
      if (!others.isEmpty()) {
        diags.add(
            Diagnostic.warning("config.jekyll", Span.file(in.contentName() + "/" + others.get(0)), "a file with front matter (for Jekyll's Liquid or Sass) is not read here, and not published" + more(others))
                .withHint(others.get(0).matches(".*\\.(s?css|sass)") ? "the site's look is its theme's; CSS of your own goes in site.yaml's `extra_css`" : "publish it without front matter"));
      }
      assets = assets.stream().filter(a -> !liquid.contains(a)).toList();
      // as Jekyll, a file of _posts/ not named by its day is no post: named, where Jekyll says nothing
      List<String> undated =
          contentFiles.stream().filter(f -> handbook.config.JekyllConfig.inPosts(f) && !handbook.config.JekyllConfig.post(f)).sorted().toList();
      if (!undated.isEmpty()) {
        diags.add(
            Diagnostic.warning("config.jekyll", Span.file(in.contentName() + "/" + undated.get(0)), "a file of `_posts/` not named by its day is no post: it is not published" + (undated.size() == 1 ? "" : " (" + undated.size() + " files)"))
                .withHint("name a post by its day, as `_posts/2024-05-06-" + undated.get(0).substring(undated.get(0).lastIndexOf('/') + 1) + "`"));
      }
    }
    if (wiki != null) {
      // a wiki's files named with a leading _ are no pages (GitHub shows none of them)
      List<String> hidden = assets.stream().filter(handbook.content.Urls::isMarkdown).toList();
      if (!hidden.isEmpty()) {
        diags.add(
            Diagnostic.warning("config.wiki", Span.file(in.contentName() + "/" + hidden.get(0)), "a file named with a leading `_` (or in such a folder) is no page of the wiki: it is not published" + more(hidden))
                .withHint("name it without the `_` to make it a page"));
      }
      assets = assets.stream().filter(a -> !handbook.content.Urls.isMarkdown(a)).toList();
      // (a page in another of Gollum's markups: GitHub shows it, here it is a file)
      List<String> otherMarkup = assets.stream().filter(handbook.config.GitHubWiki::otherMarkup).toList();
      if (!otherMarkup.isEmpty()) {
        diags.add(
            Diagnostic.warning("config.wiki", Span.file(in.contentName() + "/" + otherMarkup.get(0)), "a page of the wiki in another markup than Markdown is not read here: it is published as a file" + more(otherMarkup))
                .withHint("write it in Markdown (" + otherMarkup.get(0).replaceFirst("\\.[^.]+$", ".md") + ")"));
      }
    }
    markdownAssets(assets, in.contentName(), diags);
    return new Model(
        in, shown, siteYaml == null ? "" : siteYaml.text(), strings, markdown, List.copyOf(pages), schemes, directives, files, List.copyOf(facts),
        assets, List.copyOf(factGroups), java.util.Collections.unmodifiableMap(unpublished), List.copyOf(menuGroups), siteLanguages);
  }

  /**
   * Names the Markdown files published as they are, which no content kind reads as pages (a
   * {@code blog/} or {@code notes/} folder, a README beside the content's folders): one
   * warning for them all, at the first.
   */
  private static void markdownAssets(List<String> assets, String contentName, Diagnostics diags) {
    List<String> md = assets.stream().filter(handbook.content.Urls::isMarkdown).toList();
    if (md.isEmpty()) {
      return;
    }
    diags.add(
        Diagnostic.warning("source.markdown", Span.file(contentName + "/" + md.get(0)), "a Markdown file outside the folders of pages is published as it is, not as a page" + more(md))
            .withHint("pages are read under docs/ (and runbooks/, course/); move it there, or link to it as a download"));
  }

  /**
   * The other pages a blog has in its tool, sending readers (and links) to the pages that hold
   * what they hold: Docusaurus' {@code blog/archive/} to the blog's page, {@code blog/tags/} and
   * {@code blog/tags/<tag>/} to the tags' pages; MkDocs Material's {@code blog/archive/<year>/} to
   * the blog's page and {@code blog/category/<category>/} to the tag's page. None at an address a
   * page has.
   */
  private static void blogRoutes(List<Page> pages, TagPages.Lazy tags, handbook.content.Mount mount) {
    handbook.content.Mount.Blog blog = mount.blog();
    if (blog == null || mount.jekyll()) {
      return;
    }
    Map<String, Page> byUrl = new java.util.HashMap<>();
    pages.forEach(p -> byUrl.putIfAbsent(p.info().url(), p));
    String home = mount.pageUrl(blog.home());
    Page blogPage = byUrl.get(home);
    if (blogPage == null) {
      return;
    }
    Map<String, String> routes = new TreeMap<>();
    Set<String> posts = new HashSet<>();
    for (Page p : pages) {
      if (p.info().source() != null && blog.post(p.info().source())) {
        posts.add(p.info().url());
        if (mount.unnumbered()) {
          continue;
        }
        // Material: each year's archive
        java.time.LocalDate day = handbook.docs.BlogPosts.day(p.info().source(), blog, p.info().extra().get("date"));
        if (day != null) {
          routes.put(home + "archive/" + day.getYear() + "/", home);
        }
      }
    }
    if (mount.unnumbered()) {
      routes.put(home + "archive/", home);
      Page root = byUrl.get(TagPages.ROOT);
      if (root != null && TagPages.made(root, pages)) {
        routes.put(home + TagPages.ROOT, TagPages.ROOT);
      }
    }
    for (TagPages.Tag tag : tags.get()) {
      boolean ofPost = tag.entries().stream().anyMatch(e -> posts.contains(e.url()));
      if (ofPost && byUrl.containsKey(tag.url())) {
        routes.put(home + (mount.unnumbered() ? tag.url() : "category/" + tag.url().substring(TagPages.ROOT.length())), tag.url());
      }
    }
    redirects(pages, byUrl, routes, url -> blog.home());
  }

  /** A page at each route's address (one no page has) that sends its reader to the route's target, made for the file {@code from} names. */
  private static void redirects(List<Page> pages, Map<String, Page> byUrl, Map<String, String> routes, java.util.function.Function<String, String> from) {
    routes.forEach((url, target) -> {
      if (!byUrl.containsKey(url)) {
        pages.add(new RedirectPage(url, target, byUrl.get(target).info().title(), url, from.apply(url)));
      }
    });
  }

  /**
   * The entries Hugo's pages give its main menu: {@code menu: main}, a list with {@code main}, or
   * {@code menu: {main: {name, weight}}} (also as {@code menus}); named by their {@code name}, else
   * their link title, weighed by their {@code weight}, else the page's.
   */
  private static List<handbook.config.HugoConfig.MenuEntry> pagesInMenu(List<Page> pages, String contentName) {
    List<handbook.config.HugoConfig.MenuEntry> out = new ArrayList<>();
    for (Page p : pages) {
      PageInfo info = p.info();
      Object menu = info.source() == null ? null : info.extra().containsKey("menu") ? info.extra().get("menu") : info.extra().get("menus");
      Map<?, ?> main;
      if (menu instanceof Map<?, ?> m && m.containsKey("main")) {
        main = m.get("main") instanceof Map<?, ?> e ? e : Map.of();
      } else if ("main".equals(menu) || menu instanceof List<?> l && l.contains("main")) {
        main = Map.of();
      } else {
        continue;
      }
      String name = main.get("name") instanceof String n && !n.isBlank() ? n.strip() : info.linkTitle() != null ? info.linkTitle() : info.title();
      int weight = main.get("weight") instanceof Number w ? w.intValue() : info.weight() != null ? info.weight() : 0;
      out.add(new handbook.config.HugoConfig.MenuEntry(weight, name, new handbook.config.SiteLink(name, info.source(), Span.file(contentName + "/" + info.source()), false)));
    }
    return out;
  }

  /**
   * A Hugo project's addresses of its other taxonomies' terms ({@code categories/ops/}, and
   * {@code categories/}), which redirect to the tags' pages that list them.
   */
  private static void taxonomyRoutes(List<Page> pages, handbook.content.Mount mount) {
    if (!mount.hugo() || mount.taxonomies().isEmpty()) {
      return;
    }
    Map<String, Page> byUrl = new java.util.HashMap<>();
    pages.forEach(p -> byUrl.putIfAbsent(p.info().url(), p));
    Map<String, String> routes = new TreeMap<>();
    // (the first page with each, for a message that names where an address comes from)
    Map<String, String> origins = new java.util.HashMap<>();
    for (Page p : pages) {
      p.info().extra().forEach((key, value) -> {
        String taxonomy = key.toLowerCase(java.util.Locale.ROOT);
        if (p.info().source() == null || !mount.taxonomies().contains(taxonomy)) {
          return;
        }
        for (Object term : value instanceof List<?> l ? l : List.of(value)) {
          String target = term == null ? null : TagPages.url(String.valueOf(term));
          if (target != null && byUrl.containsKey(target)) {
            String url = taxonomy + "/" + target.substring(TagPages.ROOT.length());
            routes.put(url, target);
            origins.putIfAbsent(url, p.info().source());
            if (byUrl.containsKey(TagPages.ROOT)) {
              routes.put(taxonomy + "/", TagPages.ROOT);
              origins.putIfAbsent(taxonomy + "/", p.info().source());
            }
          }
        }
      });
    }
    redirects(pages, byUrl, routes, origins::get);
  }

  /** The files after a message's first, named: {@code  (2 more: `a`, `b`)}, up to five; none for one file. */
  private static String more(List<String> files) {
    return files.size() == 1 ? "" : " (" + (files.size() - 1) + " more: " + String.join(", ", files.subList(1, Math.min(files.size(), 6)).stream().map(f -> "`" + f + "`").toList()) + (files.size() > 6 ? ", ..." : "") + ")";
  }

  /** The files Jekyll makes of a template where they start with front matter: pages, feeds, styles, scripts, text. */
  private static final java.util.regex.Pattern JEKYLL_MADE = java.util.regex.Pattern.compile("\\.(?:html?|xml|txt|json|css|scss|sass|js)$");

  /** Whether a content file starts with front matter ({@code ---} alone on its first line), looked at in its bytes; false where it cannot be read. */
  private static boolean frontMatter(VersionInput in, String path) {
    byte[] b;
    try {
      b = in.content().read(path);
    } catch (IOException e) {
      return false;
    }
    if (b.length < 3 || b[0] != '-' || b[1] != '-' || b[2] != '-') {
      return false;
    }
    for (int i = 3; i < b.length && b[i] != '\n'; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The files of a Starlight project's {@code src/} that a page may show or link (Astro publishes those its pages import). */
  private static final java.util.regex.Pattern STARLIGHT_MEDIA = java.util.regex.Pattern.compile("(?i)\\.(png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|mp4|webm|ogg|mp3|wav|pdf|zip)$");

  /** The folder the content shows as {@code docs/} ({@link handbook.config.Project#pages}): empty for the whole tree, {@code docs/} where nothing is moved. */
  private static String moved(VersionInput in) {
    String origin = in.content().origin(handbook.config.Project.DOCS + "x");
    return origin.substring(0, origin.length() - 1);
  }

  /**
   * The files an MkDocs or Docusaurus project publishes: as those tools publish their docs folder
   * alone, not the project's other files (its README, code, an old build), only those in a folder
   * that holds content (under {@code docs/}, {@code runbooks/}, ...) or in {@code staticFolder}
   * (Docusaurus' {@code static/}, or null), and not those its config leaves out. Links to the
   * others are broken links.
   */
  private static List<String> ofProject(List<String> assets, List<SourceFile> sources, handbook.config.MkDocsExclude excluded, String staticFolder) {
    Set<String> roots = new HashSet<>();
    if (staticFolder != null) {
      roots.add(staticFolder);
    }
    for (SourceFile f : sources) {
      int slash = f.path().indexOf('/');
      if (slash > 0) {
        roots.add(f.path().substring(0, slash + 1));
      }
    }
    return assets.stream().filter(a -> a.indexOf('/') > 0 && roots.contains(a.substring(0, a.indexOf('/') + 1)) && !excluded.excludes(a)).toList();
  }

  /**
   * Every kind's own load, in the kinds' order. Kinds with files load at the same time: the one
   * with the most files on the calling thread, each other on a thread of its own (not a pool
   * thread: a kind's own parallel work needs the thread that calls it, and a pool thread would
   * not get it). Loaded one after the other, the API reference's and the course's set-up left a
   * core idle while the docs were done (a third of the handbook's own build). All kinds load
   * even when one fails, so that the errors reported do not depend on which finished first.
   */
  private List<Loaded> loadAll(List<Input> inputs, SiteConfig config) {
    int largest = 0;
    for (int i = 1; i < inputs.size(); i++) {
      if (inputs.get(i).sources().size() > inputs.get(largest).sources().size()) {
        largest = i;
      }
    }
    List<java.util.concurrent.FutureTask<Loaded>> tasks = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      ContentKind<?> k = kinds.get(i);
      Input input = inputs.get(i);
      java.util.concurrent.FutureTask<Loaded> task = new java.util.concurrent.FutureTask<>(() -> loadKind(k, input, config.kind(k.name())));
      tasks.add(task);
      if (i != largest && !input.sources().isEmpty()) {
        Thread t = new Thread(task, "handbook-load-" + k.name());
        t.setDaemon(true);
        t.start();
      }
    }
    for (int i = 0; i < tasks.size(); i++) {
      if (i == largest || inputs.get(i).sources().isEmpty()) {
        tasks.get(i).run();
      }
    }
    List<Loaded> loaded = new ArrayList<>();
    List<Diagnostic> failed = new ArrayList<>();
    RuntimeException thrown = null;
    for (java.util.concurrent.FutureTask<Loaded> task : tasks) {
      try {
        loaded.add(task.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the content loaded", e);
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof handbook.diag.ContentException c) {
          failed.addAll(c.diagnostics());
        } else if (cause instanceof Error err) {
          throw err;
        } else if (thrown == null) {
          thrown = cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
      }
    }
    if (thrown != null) {
      throw thrown;
    }
    if (!failed.isEmpty()) {
      throw new handbook.diag.ContentException(failed);
    }
    return loaded;
  }

  @SuppressWarnings("unchecked")
  private static <S> Loaded loadKind(ContentKind<S> kind, LoadInput in, Object settings) {
    return kind.load(in, (S) settings);
  }

  @SuppressWarnings("unchecked")
  private static <S> Loaded afterAll(ContentKind<S> kind, Loaded own, AllContent all, LoadInput in, Object settings) {
    return kind.allLoaded(own, all, in, (S) settings);
  }

  private ContentKind<?> owner(String path) {
    for (ContentKind<?> k : kinds) {
      if (k.claims(path)) {
        return k;
      }
    }
    return null;
  }

  /** The docs kind, which reads a Hugo or Jekyll project's pages. */
  private ContentKind<?> docs() {
    return kinds.stream().filter(k -> k.name().equals(handbook.docs.DocsKind.NAME)).findFirst().orElse(null);
  }

  /**
   * The folders of a Docusaurus project's pages other than its docs', by its config where there is
   * one: its blog's posts ({@code blog/} else) and the docs of its other docs plugins.
   */
  private static List<String> docusaurusPageFolders(VersionInput in) {
    for (String name : handbook.config.DocusaurusConfig.FILES) {
      String text = text(in, name);
      if (text != null) {
        return handbook.config.DocusaurusConfig.pageFolders(text);
      }
    }
    return List.of(handbook.config.DocusaurusConfig.BLOG);
  }

  /** What a GitHub wiki gives the site: its folder's name, its footer's line (its links named: shown as their text). */
  private static handbook.config.GitHubWiki.Settings wikiSettings(VersionInput in, List<SourceFile> sources, Diagnostics diags) {
    SourceFile footer = sources.stream().filter(f -> handbook.config.GitHubWiki.FOOTERS.contains(f.path())).findFirst().orElse(null);
    if (footer != null && handbook.config.GitHubWiki.footer(footer.text()).hasLinks()) {
      diags.add(
          Diagnostic.warning("config.wiki", Span.file(footer.displayPath()), "the wiki's footer is the site's footer line: its links are shown as their text")
              .withHint("links of the footer go in a `site.yaml`'s `footer_links`"));
    }
    SourceFile header = sources.stream().filter(f -> handbook.config.GitHubWiki.HEADERS.contains(f.path())).findFirst().orElse(null);
    if (header != null && !header.text().isBlank()) {
      diags.add(Diagnostic.warning("config.wiki", Span.file(header.displayPath()), "the wiki's header is not shown here: each page has the site's own"));
    }
    return handbook.config.GitHubWiki.settings(in.contentName(), footer == null ? null : footer.text());
  }

  /** A content file's text as UTF-8, or null when it cannot be read. */
  private static String text(VersionInput in, String path) {
    try {
      return new String(in.content().read(path), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** A content file as text (decoded and checked like a source), shown by messages; null when it cannot be read (reported). */
  private SourceFile read(VersionInput in, String path, Diagnostics diags) {
    SourceFile f = ContentScanner.read(in.content(), in.contentName(), path, diags, this::decode);
    if (f != null) {
      run.sources.add(in.prefix(), f);
    }
    return f;
  }

  /** A Jekyll project's config with the values of its {@code _data/} files, for Liquid's {@code {{ site.data.x }}}. */
  private handbook.config.JekyllConfig jekyllData(VersionInput in, handbook.config.JekyllConfig jekyll, Set<String> files, Diagnostics diags) {
    List<SourceFile> data = new java.util.ArrayList<>();
    for (String path : files.stream().filter(handbook.config.JekyllConfig::dataFile).sorted().toList()) {
      SourceFile f = config(in, path, "config.jekyll", diags);
      if (f != null) {
        data.add(f);
      }
    }
    return jekyll.withValues(handbook.config.JekyllConfig.data(data, diags));
  }

  /** A config file of another tool, read as UTF-8 text and shown by messages; null (named under {@code code}) when it cannot be read. */
  private SourceFile config(VersionInput in, String path, String code, Diagnostics diags) {
    // (named by where it is: a VitePress project's at the root is read as docs/'s)
    String display = in.contentName() + "/" + in.content().origin(path);
    try {
      SourceFile f = new SourceFile(path, display, new String(in.content().read(path), java.nio.charset.StandardCharsets.UTF_8));
      run.sources.add(in.prefix(), f);
      return f;
    } catch (IOException e) {
      diags.add(Diagnostic.warning(code, Span.file(display), "cannot read the file: " + e.getMessage()));
      return null;
    }
  }

  /**
   * A Docusaurus project's settings with the released versions its {@code versions.json} lists
   * (their docs in {@code versioned_docs/}) as its docs' options choose and show them, unless
   * site.yaml asks for the repository's tags; a {@code versioned_docs/} that is not built, and
   * options not followed, are named.
   */
  private SiteConfig docusaurusVersions(VersionInput in, SiteConfig config, SourceFile docusaurus, Set<String> files, Diagnostics diags) {
    String list = handbook.versions.DocusaurusVersion.LIST;
    boolean docs = files.stream().anyMatch(f -> f.startsWith("versioned_docs/"));
    Span folder = Span.file(in.contentName() + "/versioned_docs/");
    if (config.versions() != null) {
      if (docs) {
        diags.add(
            Diagnostic.warning("config.docusaurus", folder, "`versioned_docs/` is not built here: site.yaml's `versions` are the repository's tags")
                .withHint("remove `versions` from site.yaml to build the versions `" + list + "` lists"));
      }
      handbook.config.DocusaurusConfig.versionOptionsNotFollowed(docusaurus.text(), docusaurus.displayPath(), "site.yaml's `versions` are the repository's tags", diags);
      return config;
    }
    if (!files.contains(list)) {
      if (docs) {
        diags.add(
            Diagnostic.warning("config.docusaurus", folder, "`versioned_docs/` is not built here: no `" + list + "` lists its versions")
                .withHint("list them in `" + list + "`, newest first, as Docusaurus does: `[\"2.0\", \"1.0\"]`"));
      }
      return config;
    }
    SourceFile f = config(in, list, "config.docusaurus", diags);
    List<String> labels = f == null ? List.of() : handbook.config.DocusaurusConfig.versions(f.text(), f.displayPath(), files, diags);
    if (labels.isEmpty()) {
      return config;
    }
    SiteConfig.Versions versions = handbook.config.DocusaurusConfig.versioning(docusaurus.text(), docusaurus.displayPath(), labels, diags);
    return versions == null ? config : config.withVersions(versions);
  }

  /** A Docusaurus project's settings with the primary colour of its theme's stylesheet ({@code customCss}), unless site.yaml gives one. */
  private SiteConfig docusaurusColor(VersionInput in, SiteConfig config, SourceFile docusaurus, Set<String> files, Diagnostics diags) {
    String css = config.color() != null ? null : handbook.config.DocusaurusConfig.customCss(docusaurus.text(), files);
    SourceFile f = css == null ? null : config(in, css, "config.docusaurus", diags);
    String color = f == null ? null : handbook.config.DocusaurusConfig.primaryColor(f.text());
    return color == null ? config : config.withColor(color);
  }

  /**
   * The messages of a file of the folder of a language's translations ({@link handbook.config.DocusaurusTranslations}),
   * by key: none where the file is not there. (A translation's tree shows none of them: they are read from its project.)
   */
  private static Map<String, String> labels(VersionInput in, handbook.config.SiteLocale language, String file, Diagnostics diags) {
    handbook.source.TranslatedTree t = handbook.source.TranslatedTree.of(in.content());
    handbook.source.SourceTree project = t == null ? in.content() : t.tree();
    String path = language.source() + file;
    byte[] bytes;
    try {
      bytes = project.read(path);
    } catch (java.io.IOException | RuntimeException e) {
      return Map.of();
    }
    return handbook.config.DocusaurusTranslations.messages(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), in.contentName() + "/" + project.origin(path), diags);
  }

  /**
   * A Starlight project's words in a language ({@code tag}), from its file of them
   * ({@code src/content/i18n/fr.json}) where it has one; its files of words of no language the
   * site is built in are named (once, by the default language's build).
   */
  private Map<String, String> starlightWords(VersionInput in, Set<String> files, String tag, List<handbook.config.SiteLocale> languages, Diagnostics diags) {
    String words = handbook.config.StarlightConfig.wordsFile(files, tag);
    SourceFile file = words == null ? null : read(in, words, diags);
    if (in.locale() == null) {
      List<String> unread = new ArrayList<>();
      for (String f : new java.util.TreeSet<>(files)) {
        if (f.startsWith(handbook.config.StarlightConfig.WORDS) && (languages.isEmpty() ? !f.equals(words) : languages.stream().noneMatch(l -> f.equals(handbook.config.StarlightConfig.wordsFile(List.of(f), l.tag()))))) {
          unread.add(f);
        }
      }
      if (!unread.isEmpty()) {
        diags.add(
            Diagnostic.warning(handbook.config.StarlightConfig.CODE, Span.file(in.contentName() + "/" + in.content().origin(unread.get(0))), "these words are not read: the site is built in no language of this name" + more(unread))
                .withHint("a language's words are read from `" + handbook.config.StarlightConfig.WORDS + "` in a JSON file named by its tag (`fr.json`, `zh-CN.json`)"));
      }
    }
    return file == null ? Map.of() : handbook.config.StarlightConfig.words(file.text(), file.displayPath(), diags);
  }

  /**
   * The languages a project's config names that the site is built in: those of one of several
   * languages; none for a versioned one (named at its config, {@code code}: the site is built in
   * its default language).
   */
  private static List<handbook.config.SiteLocale> built(List<handbook.config.SiteLocale> locales, SourceFile config, String code, SiteConfig settings, Diagnostics diags) {
    if (!locales.isEmpty() && settings.versions() != null) {
      diags.add(
          Diagnostic.warning(code, Span.file(config.displayPath()), "the translations of a versioned project are not built here: the site is built in its default language `" + locales.get(0).code() + "`")
              .withHint("build each language's content folder as a site of its own"));
      return List.of();
    }
    return locales;
  }

  /**
   * The files of a Docusaurus project's translations that are not read (named once, at the first):
   * those of a language its config does not list, and those of a language it lists that are no
   * pages of its docs, blog or pages and none of the words of its navbar, footer, sidebars and
   * theme ({@link handbook.config.DocusaurusTranslations}); the default language's pages.
   */
  private static void untranslated(List<String> assets, List<handbook.config.SiteLocale> locales, Set<String> moreDocs, String contentName, Diagnostics diags) {
    if (locales.isEmpty()) {
      return;
    }
    String source = locales.get(0).source();
    String root = source.substring(0, source.lastIndexOf('/', source.length() - 2) + 1);
    List<String> unread = new ArrayList<>();
    for (String a : assets) {
      if (!a.startsWith(root)) {
        continue;
      }
      handbook.config.SiteLocale l = locales.stream().filter(x -> a.startsWith(x.source())).findFirst().orElse(null);
      String rest = l == null ? null : a.substring(l.source().length());
      boolean read = rest != null && (handbook.config.DocusaurusTranslations.READ.contains(rest)
          || !l.isDefault() && (handbook.config.DocusaurusTranslations.PAGES.stream().anyMatch(rest::startsWith) || moreDocs.stream().anyMatch(id -> rest.startsWith(handbook.config.DocusaurusTranslations.otherDocs(id)))));
      if (!read) {
        unread.add(a);
      }
    }
    if (!unread.isEmpty()) {
      diags.add(
          Diagnostic.warning("config.docusaurus", Span.file(contentName + "/" + unread.get(0)), "this file of the translations is not read" + more(unread))
              .withHint("the translations read are the pages of the docs (those of each docs plugin built too), the blog and src/pages of each language but the default one, and code.json, navbar.json, footer.json, the docs' current.json and the blog's options.json of each"));
    }
  }

  /** What a Docusaurus project has that is not built here: its own pages, and its translations where its languages are not built. Named once each. */
  private static void docusaurusLeftOut(List<String> assets, String contentName, boolean translated, Diagnostics diags) {
    if (!translated && assets.stream().anyMatch(a -> a.startsWith("i18n/"))) {
      diags.add(
          Diagnostic.warning("config.docusaurus", Span.file(contentName + "/i18n/"), "`i18n/` is not built here: the site is built in one language")
              .withHint("build each language's content folder as a site of its own"));
    }
    String pages = assets.stream().filter(a -> a.startsWith("src/pages/")).findFirst().orElse(null);
    if (pages != null) {
      diags.add(Diagnostic.warning("config.docusaurus", Span.file(contentName + "/src/pages/"), "the pages of `src/pages/` (React) are not built here: the home lists the site's sections"));
    }
  }

  /**
   * A VitePress project's theme of its own ({@code .vitepress/theme/}, its Vue and CSS), or a
   * VuePress project's (its {@code .vuepress/theme/}, its client's code, its styles): named once,
   * as the site has its own look.
   */
  private static void vitePressTheme(VersionInput in, boolean vuePress, Diagnostics diags) {
    List<String> names =
        vuePress
            ? List.of("theme/index.js", "theme/index.ts", "enhanceApp.js", "enhanceApp.ts", "client.js", "client.ts", "clientAppEnhance.js", "clientAppEnhance.ts", "styles/index.styl", "styles/palette.styl", "styles/index.scss", "styles/palette.scss")
            : List.of("theme/index.ts", "theme/index.js", "theme/index.mts", "theme/index.mjs");
    String folder = vuePress ? ".vuepress/" : ".vitepress/";
    for (String name : names) {
      String path = handbook.config.VitePressConfig.DOCS + folder + name;
      try {
        in.content().read(path);
      } catch (IOException | RuntimeException e) {
        continue;
      }
      diags.add(
          Diagnostic.warning(vuePress ? "config.vuepress" : "config.vitepress", Span.file(in.contentName() + "/" + in.content().origin(path)), "the project's own " + (vuePress ? "theme, client code and styles (`.vuepress/" + name.substring(0, name.indexOf('/') < 0 ? name.length() : name.indexOf('/') + 1) + "`) are" : "theme (`.vitepress/theme/`) is") + " not used: " + (vuePress ? "their" : "its") + " components and styles are not run here")
              .withHint("the site has its own look; a site.yaml's `stylesheets` adds a stylesheet of the content"));
      return;
    }
  }

  private boolean docsKind(String path) {
    ContentKind<?> k = owner(path);
    return k == null || k.name().equals(handbook.docs.DocsKind.NAME);
  }

  /** The root folders (and files) of other kinds than the docs that another tool's project alone leaves unread: named once. */
  private void unreadBesideProject(List<String> assets, handbook.config.Project project, boolean vuePress, String contentName, Diagnostics diags) {
    Set<String> roots = new java.util.TreeSet<>();
    for (String a : assets) {
      if (!docsKind(a)) {
        int slash = a.indexOf('/');
        roots.add(slash < 0 ? a : a.substring(0, slash + 1));
      }
    }
    if (roots.isEmpty()) {
      return;
    }
    String first = roots.iterator().next();
    String more = roots.size() == 1 ? "" : " (and " + String.join(", ", roots.stream().skip(1).map(r -> "`" + r + "`").toList()) + ")";
    String config = project.config();
    String code;
    String why;
    switch (project.tool()) {
      case MKDOCS -> {
        code = "config.mkdocs";
        why = "an MkDocs project publishes its docs folder alone";
      }
      case VITEPRESS -> {
        code = vuePress ? "config.vuepress" : "config.vitepress";
        why = "a " + (vuePress ? "VuePress" : "VitePress") + " project's pages are in its docs folder";
      }
      case STARLIGHT -> {
        code = handbook.config.StarlightConfig.CODE;
        why = "an Astro Starlight project publishes its pages and public/ alone";
      }
      case GITBOOK -> {
        code = handbook.config.GitBookConfig.CODE;
        why = "a GitBook project publishes its pages alone";
      }
      case MDBOOK -> {
        code = handbook.config.MdBookConfig.CODE;
        why = "an mdBook project publishes its pages' folder alone (a file its pages include is shown where they include it)";
      }
      case DOCSIFY -> {
        code = handbook.config.DocsifyConfig.CODE;
        why = "a Docsify site publishes its pages' folder alone";
      }
      default -> {
        code = "config.docusaurus";
        why = "a Docusaurus project's docs are in its docs folder";
      }
    }
    diags.add(
        Diagnostic.warning(code, Span.file(contentName + "/" + first), "`" + first + "`" + more + " beside " + config + " " + (roots.size() == 1 ? "is" : "are") + " not read: " + why)
            .withHint("a site.yaml beside " + config + " makes this a Handbook project, whose `api/`, `runbooks/`, `course/` and `checklist.yaml` are read"));
  }

  /**
   * A file whose stamp is the one it had when an earlier build decoded it without a problem: its
   * hash is known, and it is read only when its text is asked for. Read then, a text of another
   * hash (the file was written since its stamp was taken) is noted: the run does not update the
   * cache (see {@link Run#changedWhileRead}).
   */
  private SourceFile unchanged(SourceTree tree, String rel, String display, handbook.source.FileStamp stamp) {
    String known = run.cache == null ? null : run.cache.stamps().hash(display, stamp);
    if (known == null) {
      return null;
    }
    SourceFile f =
        SourceFile.unread(
            rel,
            display,
            known,
            () -> {
              String text;
              try {
                text = ContentScanner.decodeKnown(rel, display, tree.read(rel), known).text();
              } catch (IOException e) {
                text = "";
              }
              if (!SourceFile.hashOf(text).equals(known)) {
                run.changedWhileRead.add(display);
              }
              return text;
            });
    run.cache.stamps().clean(display, stamp, f, run.startMillis);
    return f;
  }

  /**
   * Decodes a file, or takes its decoded text from the warm state of {@code serve} (by its path: a
   * file of a git tree is kept by its blob instead). A file decoded without a problem is noted
   * for later: by its stamp in the cache folder, by its git blob for the run's other versions
   * (and {@code serve}'s next runs).
   */
  private SourceFile decode(String rel, String display, byte[] bytes, handbook.source.FileStamp stamp, String contentId, Diagnostics diags) {
    WarmState warm = contentId == null ? run.warm : null;
    if (warm != null) {
      WarmState.Decoded d = warm.sources.get(display);
      // (a file of a Docusaurus version is shown by its path in the project, as the working tree shows it)
      if (d != null && d.file().path().equals(rel) && (d.bytes() == bytes || Arrays.equals(d.bytes(), bytes))) {
        d.diagnostics().forEach(diags::add);
        return d.file();
      }
    }
    Diagnostics own = new Diagnostics();
    SourceFile f = ContentScanner.decode(rel, display, bytes, own);
    List<handbook.diag.Diagnostic> problems = own.sorted();
    problems.forEach(diags::add);
    if (warm != null) {
      warm.sources.put(display, new WarmState.Decoded(bytes, f, problems));
    } else if (problems.isEmpty()) {
      if (run.cache != null && stamp != null) {
        run.cache.stamps().clean(display, stamp, f, run.startMillis);
      }
      if (contentId != null) {
        // a later version with the same git blob takes this file (text and hash) instead of reading it
        run.byContentId.computeIfAbsent(contentId, id -> f);
      }
    }
    return f;
  }

  /** What every kind's input shares. */
  private record Shared(
      VersionInput version,
      SiteSettings site,
      List<String> assets,
      Set<String> files,
      MarkdownEngine markdown,
      Map<String, String> strings,
      java.time.Instant buildTime,
      ParseMemo memo,
      Diagnostics diagnostics,
      handbook.config.SiteLocale language,
      List<handbook.config.SiteLocale> languages) {}

  /** A kind's view of the version. */
  private final class Input implements LoadInput {
    private final Shared shared;
    private final List<SourceFile> sources;
    private final boolean strict;

    Input(Shared shared, String kind, List<SourceFile> sources, boolean strict) {
      this.shared = shared;
      this.sources = List.copyOf(sources);
      this.strict = strict;
    }

    @Override
    public SiteSettings site() {
      return shared.site();
    }

    @Override
    public List<SourceFile> sources() {
      return sources;
    }

    @Override
    public List<String> assets() {
      return shared.assets();
    }

    @Override
    public boolean exists(String path) {
      return shared.files().contains(path);
    }

    @Override
    public Set<String> files() {
      return shared.files();
    }

    @Override
    public List<handbook.config.SiteLocale> languages() {
      return shared.languages();
    }

    @Override
    public handbook.config.SiteLocale language() {
      return shared.language();
    }

    @Override
    public Map<String, String> labels(String file) {
      return shared.language() == null ? Map.of() : LoadPhase.labels(shared.version(), shared.language(), file, shared.diagnostics());
    }

    @Override
    public SourceFile read(String path) {
      if (!shared.files().contains(path)) {
        return null;
      }
      VersionInput v = shared.version();
      return LoadPhase.this.read(v, path, shared.diagnostics());
    }

    @Override
    public Path onDisk() {
      return LoadPhase.this.onDisk(shared.version().content());
    }

    @Override
    public MarkdownEngine markdown() {
      return shared.markdown();
    }

    @Override
    public Map<String, String> strings() {
      return shared.strings();
    }

    @Override
    public java.time.Instant buildTime() {
      return shared.buildTime();
    }

    @Override
    public boolean strict() {
      return strict;
    }

    @Override
    public Diagnostics diagnostics() {
      return shared.diagnostics();
    }

    @Override
    public String contentName() {
      return shared.version().contentName();
    }

    @Override
    public String origin(String path) {
      return shared.version().content().origin(path);
    }

    @Override
    public Map<String, String> environment() {
      return run.options.environment();
    }

    @Override
    public ParseMemo memo() {
      return shared.memo();
    }
  }

  /**
   * The content folder on disk: the folder itself for the working tree; for a git tag's tree a
   * temporary copy, made on first use in this run and removed when the run ends.
   */
  private Path onDisk(SourceTree tree) {
    if (tree instanceof DiskTree d) {
      return d.root();
    }
    if (tree instanceof handbook.source.CachedTree c) {
      return c.root();
    }
    return run.copies.computeIfAbsent(tree, t -> {
      try {
        Path dir = Files.createTempDirectory("handbook-version-");
        for (String f : t.files()) {
          Path p = dir.resolve(f);
          Files.createDirectories(p.getParent());
          Files.write(p, t.read(f));
        }
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The pages of the MkDocs redirects plugin's {@code redirect_maps}: at an old page's address, to
   * a page (with its anchor) or an address elsewhere; one at a page's address, or to no page, is
   * named and not made.
   */
  private static void redirectsOfMkDocs(List<Page> pages, List<handbook.config.MkDocsConfig.Redirect> redirects, handbook.content.Mount mount, String file, String code, Diagnostics diags) {
    if (redirects.isEmpty()) {
      return;
    }
    Map<String, Page> bySource = new java.util.HashMap<>();
    Set<String> urls = new HashSet<>();
    for (Page p : pages) {
      if (p.info().source() != null) {
        bySource.put(p.info().source(), p);
      }
      urls.add(p.info().url());
    }
    for (handbook.config.MkDocsConfig.Redirect r : redirects) {
      String url = mount.url(handbook.content.Urls.ofSource(r.from()));
      String shown = r.from().substring("docs/".length());
      if (!urls.add(url)) {
        diags.add(Diagnostic.warning(code, r.at(), "the redirect from `" + shown + "` is not made: a page is at its address `/" + url + "`"));
        continue;
      }
      int hash = r.to().indexOf('#');
      boolean elsewhere = r.elsewhere();
      Page target = elsewhere ? null : bySource.get(hash < 0 ? r.to() : r.to().substring(0, hash));
      if (!elsewhere && target == null) {
        diags.add(Diagnostic.warning(code, r.at(), "the redirect from `" + shown + "` is not made: `" + r.to().substring("docs/".length()) + "` is no page of the site"));
        urls.remove(url);
        continue;
      }
      String to = elsewhere ? r.to() : target.info().url() + (hash < 0 ? "" : r.to().substring(hash));
      pages.add(new RedirectPage(url, to, elsewhere ? r.to() : target.info().title(), shown, file));
    }
  }

  /**
   * The redirects of Docusaurus' client-redirects plugin: a page at each {@code from} that sends
   * readers to the page at {@code to} (a site path, its anchor kept) or to an address elsewhere.
   */
  private static void redirectsOfDocusaurus(List<Page> pages, List<handbook.config.DocusaurusConfig.Redirect> redirects, String file, String code, Diagnostics diags) {
    if (redirects.isEmpty()) {
      return;
    }
    Map<String, Page> byUrl = new java.util.HashMap<>();
    pages.forEach(p -> byUrl.putIfAbsent(p.info().url(), p));
    for (handbook.config.DocusaurusConfig.Redirect r : redirects) {
      String url = sitePath(r.from());
      if (url == null) {
        diags.add(Diagnostic.warning(code, r.at(), "the redirect from `" + r.from() + "` is not made: it is no address of the site"));
        continue;
      }
      if (byUrl.containsKey(url)) {
        diags.add(Diagnostic.warning(code, r.at(), "the redirect from `" + r.from() + "` is not made: a page is at its address `/" + url + "`"));
        continue;
      }
      boolean elsewhere = r.to().matches("(?i)https?://\\S+");
      int hash = r.to().indexOf('#');
      String path = (hash < 0 ? r.to() : r.to().substring(0, hash)).replaceFirst("\\?.*$", "");
      String at = sitePath(path);
      Page target = elsewhere || at == null ? null : byUrl.get(at);
      if (target == null && at != null && (at.endsWith("/index/") || at.equals("index/"))) {
        // a folder's page named by its file (Mintlify's /editor/index): the folder's address
        target = byUrl.get(at.substring(0, at.length() - "index/".length()));
      }
      if (!elsewhere && (target == null || target instanceof RedirectPage)) {
        diags.add(Diagnostic.warning(code, r.at(), "the redirect from `" + r.from() + "` is not made: `" + r.to() + "` is no page of the site"));
        continue;
      }
      RedirectPage page = new RedirectPage(url, elsewhere ? r.to() : target.info().url() + (hash < 0 ? "" : r.to().substring(hash)), elsewhere ? r.to() : target.info().title(), r.from(), file);
      pages.add(page);
      byUrl.put(url, page);
    }
  }

  /**
   * mdBook's redirects to a page's address as mdBook writes it ({@code /guide/setup.html}, a page's
   * old address here, or {@code /guide/index.html}, a folder's page), to the page's URL.
   */
  private static List<handbook.config.DocusaurusConfig.Redirect> toPages(List<handbook.config.DocusaurusConfig.Redirect> redirects, List<Page> pages) {
    Map<String, String> byAddress = new java.util.HashMap<>();
    for (Page p : pages) {
      if (!(p instanceof RedirectPage)) {
        p.info().aliases().forEach(a -> byAddress.putIfAbsent(a, p.info().url()));
      }
    }
    List<handbook.config.DocusaurusConfig.Redirect> out = new ArrayList<>();
    for (handbook.config.DocusaurusConfig.Redirect r : redirects) {
      int hash = r.to().indexOf('#');
      String path = (hash < 0 ? r.to() : r.to().substring(0, hash)).replaceFirst("^/+", "");
      String url = byAddress.get(path);
      if (url == null && (path.equals("index.html") || path.endsWith("/index.html"))) {
        url = path.substring(0, path.length() - "index.html".length());
      }
      out.add(url == null ? r : new handbook.config.DocusaurusConfig.Redirect(r.from(), "/" + url + (hash < 0 ? "" : r.to().substring(hash)), r.at()));
    }
    return out;
  }

  /**
   * A site path as the URL of a page there: {@code /docs/old} and {@code /docs/old/} are
   * {@code docs/old/}, {@code /old.html} is {@code old.html}, {@code /} the home; null for one
   * that leaves the site, is a file's ({@code /feed.xml}) or no file system's.
   */
  private static String sitePath(String path) {
    String p = handbook.content.Urls.normalize(path.strip().replaceFirst("^/+", ""));
    // (a query, a fragment, a space, or a part no file system takes as a name: no page's address)
    if (p != null && !p.isEmpty() && (!p.matches("[^?#\\s\\\\]+") || java.util.Arrays.stream(p.split("/")).anyMatch(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200))) {
      return null;
    }
    if (p == null || p.isEmpty() || p.endsWith("/")) {
      return p;
    }
    String name = p.substring(p.lastIndexOf('/') + 1);
    if (name.matches(".+\\.html?")) {
      return p;
    }
    // (a file's address, search-index.json, is none a page can take)
    return name.matches(".+\\.[A-Za-z0-9]+") ? null : p + "/";
  }

  private static void addRedirects(List<Page> pages, String contentName, Diagnostics diags) {
    List<Page> extra = new ArrayList<>();
    for (Page p : pages) {
      for (String alias : p.info().aliases()) {
        String a = alias.strip().replaceFirst("^/+", "");
        if (a.isEmpty() || a.contains("..")) {
          diags.add(Diagnostic.error("page.alias", Span.file(contentName + "/" + p.info().source()), "alias `" + alias + "` is not a path inside the site"));
          continue;
        }
        if (!a.endsWith("/") && !a.endsWith(".html")) {
          a = a + "/";
        }
        extra.add(new RedirectPage(a, p.info().url(), p.info().title(), alias, p.info().source()));
      }
    }
    pages.addAll(extra);
  }
}
