package handbook.build;

import handbook.config.SiteConfig;
import handbook.config.SiteConfigParser;
import handbook.content.ContentKind;
import handbook.content.Directive;
import handbook.content.LoadContext;
import handbook.content.NavTree;
import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.ResolveContext;
import handbook.content.SiteIndex;
import handbook.content.Urls;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.docs.DocsKind;
import handbook.link.LinkResolver;
import handbook.markdown.DirectiveCall;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownEngine;
import handbook.output.PageCache;
import handbook.output.StagedSite;
import handbook.render.NavLink;
import handbook.render.Navigation;
import handbook.render.PageView;
import handbook.render.SiteView;
import handbook.render.Templates;
import handbook.render.UiStrings;
import handbook.search.SearchDoc;
import handbook.search.SearchIndex;
import handbook.search.SectionExtractor;
import handbook.source.ContentScanner;
import handbook.source.DiskTree;
import handbook.source.SourceFile;
import handbook.source.SourceTree;
import handbook.content.Fact;
import handbook.versions.GitVersions;
import handbook.versions.Release;
import java.util.Set;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One build of a site. Data flows one way: config, scan, load (every content kind), index,
 * resolve links and directives, gate on errors, render, write to staging, swap.
 */
public final class Build {
  private final java.util.function.Supplier<List<ContentKind>> kindsPerRun;
  private final Progress progress;

  /** @param kinds makes the content kinds for one run (kinds hold the state of their run) */
  public Build(java.util.function.Supplier<List<ContentKind>> kinds, Progress progress) {
    this.kindsPerRun = kinds;
    this.progress = progress;
  }

  /** The content kinds of a standard site, new for each run. */
  public static List<ContentKind> standardKinds() {
    return List.of(
        new DocsKind(),
        new handbook.checklist.ChecklistKind(),
        new handbook.openapi.OpenApiKind(),
        new handbook.runbooks.RunbooksKind(),
        new handbook.course.CourseKind());
  }

  public BuildResult run(BuildOptions opts) {
    long start = System.nanoTime();
    Diagnostics diags = new Diagnostics();
    Map<String, Long> stats = new java.util.TreeMap<>();
    Map<String, String> texts = new ConcurrentHashMap<>();
    int[] written = {0};
    try {
      written[0] = pipeline(opts, diags, texts, stats);
    } catch (ContentException e) {
      diags.addAll(e.diagnostics());
    } catch (Templates.TemplateProblem e) {
      diags.add(e.diagnostic());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new BuildResult(diags.hasErrors() ? 0 : written[0], diags.sorted(), texts, millis, stats);
  }

  /** One version to build: where its content and templates come from, and how it is named. */
  private record VersionInput(
      String label, SourceTree content, SourceTree templates, String contentName, String templatesName, String prefix, String commit, String date) {}

  /** The options of the run in progress. */
  private BuildOptions runOptions;

  private int pipeline(BuildOptions opts, Diagnostics diags, Map<String, String> texts, Map<String, Long> stats) {
    runOptions = opts;
    fromCache.set(0);
    reused.set(0);
    pageCache = null;
    if (opts.cache() != null) {
      try {
        pageCache = new PageCache(opts.cache());
      } catch (IOException e) {
        diags.add(Diagnostic.warning("cache.open", Span.file(displayPath(opts.cache())), "cannot use the cache folder: " + e.getMessage()));
      }
    }
    Map<Object, Object> cache = new ConcurrentHashMap<>();
    SourceTree workContent = new DiskTree(opts.content());
    SourceTree workTemplates = handbook.theme.Theme.over(new DiskTree(opts.templates()));
    VersionInput work =
        new VersionInput(null, workContent, workTemplates, contentName(opts.content()), displayPath(opts.templates()), "", "", "");
    Prepared current = prepare(work, diags, texts, cache);
    gate(diags);

    List<Prepared> versions = new ArrayList<>();
    SiteConfig.Versions spec = current.config.versions();
    String[] head = {"", ""};
    if (spec != null) {
      versions.addAll(releases(opts, spec, diags, texts, cache, head));
      gate(diags);
    }
    if (versions.isEmpty()) {
      return writeSingle(opts, current, stats);
    }
    String label = opts.siteVersion() != null ? opts.siteVersion() : spec.current();
    current.label = label;
    current.commit = head[0];
    current.date = head[1];
    versions.add(current);
    return writeVersions(opts, versions, current, stats);
  }

  /** Prepares every release whose tag matches; broken ones fail the build or are skipped. */
  private List<Prepared> releases(
      BuildOptions opts, SiteConfig.Versions spec, Diagnostics diags, Map<String, String> texts, Map<Object, Object> cache, String[] head) {
    List<Prepared> out = new ArrayList<>();
    try (GitVersions git = GitVersions.find(opts.content())) {
      if (git == null) {
        return out;
      }
      String contentFolder = git.inside(opts.content());
      if (contentFolder == null) {
        return out;
      }
      String templatesFolder = git.inside(opts.templates());
      if (git.shallow()) {
        diags.add(
            Diagnostic.warning("versions.shallow", Span.file(contentName(opts.content())), "this is a shallow clone: older tags and commit dates are missing, so released versions may be left out")
                .withHint("fetch the whole history and the tags, e.g. `fetch-depth: 0` in GitHub Actions or `GIT_DEPTH: 0` in GitLab CI"));
      }
      head[0] = git.head()[0];
      head[1] = git.head()[1];
      for (Release r : git.releases(spec.tags(), contentFolder, templatesFolder)) {
        progress.update("version " + r.label(), 0, 0);
        Diagnostics own = new Diagnostics();
        VersionInput in =
            new VersionInput(
                r.label(),
                r.content(),
                handbook.theme.Theme.over(r.templates() != null ? r.templates() : new DiskTree(opts.templates())),
                contentFolder,
                templatesFolder == null ? displayPath(opts.templates()) : templatesFolder,
                r.label() + ":",
                r.commit(),
                r.date());
        Prepared p = null;
        try {
          p = prepare(in, own, texts, cache);
        } catch (ContentException e) {
          own.addAll(e.diagnostics());
        } catch (Templates.TemplateProblem e) {
          own.add(e.diagnostic());
        }
        if (own.hasErrors() || p == null) {
          if (spec.skipBroken()) {
            diags.add(
                Diagnostic.warning("versions.skipped", Span.file(r.label() + ":" + contentFolder), "version `" + r.label() + "` does not build (" + own.errorCount() + " errors) and is left out")
                    .withHint("`versions.on_error: skip` is set in site.yaml; remove it to see the errors"));
          } else {
            own.sorted().forEach(d -> diags.add(d.prefixed(r.label() + ":")));
          }
          continue;
        }
        own.sorted().forEach(d -> diags.add(d.prefixed(r.label() + ":")));
        p.label = r.label();
        p.commit = r.commit();
        p.date = r.date();
        out.add(p);
      }
    } catch (IOException e) {
      diags.add(Diagnostic.error("versions.git", Span.file(contentName(opts.content())), "cannot read the git repository: " + e.getMessage()));
    }
    return out;
  }

  private Prepared prepare(VersionInput in, Diagnostics diags, Map<String, String> texts, Map<Object, Object> cache) {
    progress.update("scan", 0, 0);
    ContentScanner.Scan scan = new ContentScanner().scan(in.content(), in.contentName(), diags);
    for (SourceFile f : scan.sources()) {
      texts.put(in.prefix() + f.displayPath(), f.text());
    }
    SiteConfig config = SiteConfig.defaults();
    SourceFile siteYaml =
        scan.sources().stream().filter(f -> f.path().equals("site.yaml")).findFirst().orElse(null);
    if (siteYaml != null) {
      config = new SiteConfigParser().parse(siteYaml, diags);
    }
    gate(diags);

    List<ContentKind> kinds = kindsPerRun.get();
    Map<String, String> strings = UiStrings.load(config.language());
    Map<String, Directive> directives = new TreeMap<>();
    for (ContentKind k : kinds) {
      for (Directive d : k.directives()) {
        directives.put(d.name(), d);
      }
    }
    MarkdownEngine markdown =
        (MarkdownEngine) cache.computeIfAbsent(List.of("markdown", directives.keySet(), config.language()), k -> new MarkdownEngine(directives.keySet(), strings, false));
    LoadContext load =
        new LoadContext(config, scan.sources(), scan.assets(), markdown, diags, cache, onDisk(in.content(), cache), runOptions.buildDate(), runOptions.strictRunbooks());
    progress.update("parse", 0, scan.sources().size());
    for (ContentKind k : kinds) {
      k.load(load);
    }
    List<Page> pages = new ArrayList<>(load.pages());
    pages.add(new NotFoundPage(strings.get("notfound.title")));
    pages.add(new SearchPage(strings.get("search.title")));
    if (config.versions() != null) {
      pages.add(new ChangesPage(strings));
    }
    addRedirects(pages, diags);
    SiteIndex index = new SiteIndex(pages, scan.assets(), load.schemes(), diags);
    gate(diags);

    Templates templates;
    try {
      templates = new Templates(in.templates(), in.templatesName());
    } catch (IOException e) {
      throw new ContentException(
          List.of(Diagnostic.error("template.read", Span.file(in.templatesName()), "cannot read templates: " + e.getMessage())));
    }
    for (String t : List.of("doc", "section", "404", "redirect", "search")) {
      templates.get(t);
    }
    progress.update("links", 0, pages.size());
    LinkResolver resolver = new LinkResolver(index, config.rootLinks(), config.rootFallback());
    Map<Page, Resolved> resolved = new ConcurrentHashMap<>();
    pages.parallelStream().forEach(p -> resolved.put(p, resolve(p, resolver, directives, templates, diags)));
    gate(diags);

    List<PageInfo> infos = index.pages().stream().map(Page::info).toList();
    Prepared p = new Prepared();
    p.config = config;
    p.strings = strings;
    p.index = index;
    p.resolved = resolved;
    p.tree = new NavTree(infos, config.nav(), Locale.forLanguageTag(config.language()));
    p.nav = new Navigation(p.tree);
    p.templates = templates;
    p.content = in.content();
    p.templateTree = in.templates();
    p.assets = scan.assets();
    p.files = load.files();
    p.facts = load.facts();
    p.urls = new java.util.HashSet<>();
    infos.forEach(i -> p.urls.add(i.url()));
    p.siteHash = siteHash(in, siteYaml, infos);
    return p;
  }

  /**
   * The content folder on disk, for parsers that read referenced files themselves (swagger-parser
   * follows external {@code $ref}s): the folder itself for the working tree, a copy of a git tag's
   * tree in a temporary folder, made once per run and removed when the JVM exits.
   */
  private static Path onDisk(SourceTree tree, Map<Object, Object> cache) {
    if (tree instanceof DiskTree d) {
      return d.root();
    }
    return (Path) cache.computeIfAbsent(List.of("on-disk", tree), k -> {
      try {
        Path dir = Files.createTempDirectory("handbook-version-");
        for (String f : tree.files()) {
          Path p = dir.resolve(f);
          Files.createDirectories(p.getParent());
          Files.write(p, tree.read(f));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            StagedSite.deleteTree(dir);
          } catch (IOException e) {
            // a temporary folder left behind is harmless
          }
        }));
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Generator, templates, config and the whole navigation: a change to any of them touches every page. */
  private static String siteHash(VersionInput in, SourceFile siteYaml, List<PageInfo> infos) {
    StringBuilder b = new StringBuilder(CACHE_SCHEMA).append('\n');
    String v = Build.class.getPackage().getImplementationVersion();
    b.append(v == null ? "dev" : v).append('\n');
    try {
      for (String f : in.templates().files()) {
        b.append(f).append(':').append(handbook.content.Hashes.of(new String(in.templates().read(f), StandardCharsets.ISO_8859_1))).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    b.append(siteYaml == null ? "" : siteYaml.text()).append('\n');
    for (PageInfo i : infos) {
      b.append(i).append('\n');
    }
    return handbook.content.Hashes.of(b.toString());
  }

  /** Bumped when what the cache key covers changes. */
  private static final String CACHE_SCHEMA = "handbook-page-cache-1";

  /** The site as one version: pages at the root of the output. */
  private int writeSingle(BuildOptions opts, Prepared p, Map<String, Long> stats) {
    if (!opts.write()) {
      renderAll(p, null, "", new java.util.concurrent.ConcurrentLinkedQueue<>(), (path, bytes) -> {});
      return p.index.pages().size();
    }
    return staged(opts, site -> {
      java.util.Queue<SearchDoc> search = new java.util.concurrent.ConcurrentLinkedQueue<>();
      renderAll(p, null, "", search, site::write);
      writeExtras(p, "", search, site, stats);
      return p.index.pages().size();
    });
  }

  /** Every version under its label, {@code latest/}, {@code versions.json} and a root index. */
  private int writeVersions(BuildOptions opts, List<Prepared> versions, Prepared current, Map<String, Long> stats) {
    List<Prepared> releases = versions.stream().filter(v -> v != current).toList();
    Prepared latest = releases.get(releases.size() - 1);
    VersionSet set = new VersionSet(versions, latest, current);
    if (!opts.write()) {
      int n = 0;
      for (Prepared v : versions) {
        renderAll(v, set, v.label + "/", new java.util.concurrent.ConcurrentLinkedQueue<>(), (path, bytes) -> {});
        n += v.index.pages().size();
      }
      return n;
    }
    return staged(opts, site -> {
      int n = 0;
      for (Prepared v : versions) {
        String prefix = v.label + "/";
        java.util.Queue<SearchDoc> search = new java.util.concurrent.ConcurrentLinkedQueue<>();
        renderAll(v, set, prefix, search, (path, bytes) -> site.write(prefix + path, bytes));
        writeExtras(v, prefix, search, site, v == current ? stats : new java.util.TreeMap<>());
        n += v.index.pages().size();
      }
      site.copyFolder(latest.label + "/", "latest/");
      site.copyFile(latest.label + "/404.html", "404.html");
      site.write("versions.json", set.json());
      site.write("index.html", set.rootIndex(current.strings).getBytes(StandardCharsets.UTF_8));
      site.write("robots.txt", robots(current.config).getBytes(StandardCharsets.UTF_8));
      return n;
    });
  }

  private interface SiteWork {
    int write(StagedSite site) throws IOException;
  }

  private int staged(BuildOptions opts, SiteWork work) {
    try (StagedSite site = new StagedSite(opts.out())) {
      int n = work.write(site);
      progress.update("write", 0, 0);
      site.commit();
      if (pageCache != null) {
        pageCache.prune();
      }
      return n;
    } catch (StagedSite.Locked e) {
      throw new ContentException(List.of(Diagnostic.error("output.locked", Span.file(displayPath(opts.out())), e.getMessage())));
    } catch (IOException | UncheckedIOException e) {
      throw new ContentException(List.of(Diagnostic.error("output.write", Span.file(displayPath(opts.out())), "cannot write the site: " + e.getMessage())));
    }
  }

  /** Assets, extra files of the kinds, the search index, sitemap and robots.txt of one version. */
  private void writeExtras(Prepared p, String prefix, java.util.Queue<SearchDoc> search, StagedSite site, Map<String, Long> stats) throws IOException {
    for (String asset : p.assets) {
      site.write(prefix + asset, p.content.read(asset));
    }
    for (String f : p.templateTree.files()) {
      if (f.startsWith("assets/")) {
        site.write(prefix + f, p.templateTree.read(f));
      }
    }
    p.files.forEach((path, bytes) -> site.write(prefix + path, bytes));
    byte[] searchIndex = SearchIndex.json(search);
    site.write(prefix + "search-index.json", searchIndex);
    stats.put("search index", (long) searchIndex.length);
    site.write(prefix + "sitemap.xml", sitemap(p.index.pages(), p.config, prefix).getBytes(StandardCharsets.UTF_8));
    if (prefix.isEmpty()) {
      site.write("robots.txt", robots(p.config).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The hrefs and embeds of one page. */
  record Resolved(Map<String, String> hrefs, Map<String, String> titles, Map<Object, String> embeds) {}

  private static Resolved resolve(
      Page page, LinkResolver resolver, Map<String, Directive> directives, Templates templates, Diagnostics diags) {
    String url = page.info().url();
    String src = page.linkSource() == null ? "" : page.linkSource();
    Map<String, String> hrefs = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (LinkRef ref : page.links()) {
      LinkResolver.Result r = resolver.resolve(ref.target(), ref.span(), src, url, page);
      if (r.error() != null) {
        diags.add(r.error());
      } else {
        if (!r.href().equals(ref.target())) {
          hrefs.put(ref.target(), r.href());
        }
        if (r.title() != null) {
          titles.put(ref.target(), r.title());
        }
      }
    }
    Map<Object, String> embeds = new HashMap<>();
    if (!page.directiveCalls().isEmpty()) {
      ResolveContext ctx =
          new ResolveContext() {
            @Override
            public String pageUrl() {
              return url;
            }

            @Override
            public Diagnostics diagnostics() {
              return diags;
            }

            @Override
            public String href(String siteUrl) {
              return Urls.relative(url, siteUrl);
            }

            @Override
            public String render(String template, Object view) {
              return templates.render(template, view);
            }

            @Override
            public String link(String target, Span span) {
              LinkResolver.Result r = resolver.resolve(target, span, src, url, page);
              if (r.error() != null) {
                diags.add(r.error());
                return null;
              }
              return r.href();
            }
          };
      for (DirectiveCall call : page.directiveCalls()) {
        String html = directives.get(call.name()).expand(call, ctx);
        if (html != null) {
          embeds.put(call.node(), html);
        }
      }
    }
    return new Resolved(hrefs, titles, embeds);
  }

  private interface Sink {
    void write(String path, byte[] bytes);
  }

  /** Pages that are not searched: the 404 page, redirects, the search page. */
  private static boolean searchable(PageInfo info) {
    return info.inNav();
  }

  private void renderAll(Prepared p, VersionSet set, String prefix, java.util.Queue<SearchDoc> search, Sink sink) {
    AtomicInteger done = new AtomicInteger();
    List<Page> pages = p.index.pages();
    int total = pages.size();
    String versionHash = set == null ? "" : set.hash(p);
    pages.parallelStream()
        .forEach(
            page -> {
              String key = pageCache == null ? null : cacheKey(page, p, versionHash);
              byte[] bytes = key == null ? null : pageCache.get(key);
              String html;
              if (bytes != null) {
                html = new String(bytes, StandardCharsets.UTF_8);
                fromCache.incrementAndGet();
              } else {
                html = renderPage(page, p, set, prefix);
                bytes = html.getBytes(StandardCharsets.UTF_8);
                if (key != null) {
                  pageCache.put(key, bytes);
                }
              }
              sink.write(Urls.outputFile(page.info().url()), bytes);
              if (searchable(page.info())) {
                String crumbs = String.join(" › ", p.tree.ancestors(page.info().url()).stream().map(PageInfo::title).toList());
                search.addAll(SectionExtractor.extract(html, page.info().url(), page.info().title(), crumbs, page.info().kind()));
              }
              int n = done.incrementAndGet();
              if ((n & 255) == 0 || n == total) {
                progress.update("render", n, total);
              }
            });
  }

  private String renderPage(Page page, Prepared p, VersionSet set, String prefix) {
    PageInfo info = page.info();
    String url = info.url();
    SiteConfig config = p.config;
    Resolved r = p.resolved.get(page);
    boolean rootBased = info.kind().equals("404");
    String rootPrefix = rootBased ? rootPath(config) + prefix : Urls.toRoot(url);
    Function<String, String> href =
        rootBased ? to -> rootPrefix + Urls.encodePath(to) : to -> Urls.encodePath(Urls.relative(url, to));
    List<PageContext.Child> children = new ArrayList<>();
    for (PageInfo c : p.tree.children(url)) {
      children.add(new PageContext.Child(c.title(), href.apply(c.url()), c.description(), !p.tree.children(c.url()).isEmpty()));
    }
    PageContext ctx =
        new PageContext(url, r.hrefs(), r.titles(), r.embeds(), children, set == null ? null : set.facts(p));
    SiteView site =
        new SiteView(
            config.title(),
            config.description(),
            config.language(),
            set == null ? config.version() : p.label,
            rootPrefix,
            p.strings,
            p.nav.tabs(url, href),
            set == null ? List.of() : set.switcher(p, url, rootPrefix),
            set == null ? null : set.banner(p, url, rootPrefix),
            set == null ? null : rootPrefix + "changes/");
    String canonical = config.baseUrl().isEmpty() ? null : stripSlash(config.baseUrl()) + "/" + prefix + url;
    if (set != null) {
      String latest = set.canonical(p, url, rootPrefix, config.baseUrl());
      if (latest != null) {
        canonical = latest;
      }
    }
    if (page instanceof RedirectPage rp && !config.baseUrl().isEmpty()) {
      canonical = stripSlash(config.baseUrl()) + "/" + prefix + rp.targetUrl();
    }
    PageView view =
        new PageView(
            site,
            url,
            info.title(),
            info.description(),
            info.kind(),
            canonical,
            p.nav.breadcrumbs(url, href),
            info.inNav() ? p.nav.prev(url, href) : null,
            info.inNav() ? p.nav.next(url, href) : null,
            p.nav.sidebar(url, href),
            p.nav.section(url),
            info.tags(),
            info.extra(),
            body(page, ctx, set != null));
    return p.templates.render(page.template(), view);
  }

  /**
   * The page's body view. With several versions, a body built from the same source with the
   * same links and embeds is built once and reused by every version that has it.
   */
  private Object body(Page page, PageContext ctx, boolean versioned) {
    String text = page.sourceText();
    if (!versioned || text == null || ctx.versions() != null && page.info().kind().equals("checklist")) {
      return page.body(ctx);
    }
    List<Object> key = List.of(page.getClass().getName(), ctx.url(), text, new TreeMap<>(ctx.hrefs()), new TreeMap<>(ctx.titles()),
        new TreeMap<>(ctx.embeds().values().stream().collect(java.util.stream.Collectors.toMap(v -> v, v -> v, (a, b) -> a))), ctx.children());
    Object cached = bodies.get(key);
    if (cached != null) {
      reused.incrementAndGet();
      return cached;
    }
    Object body = page.body(ctx);
    bodies.putIfAbsent(key, body);
    return body;
  }

  /**
   * The cache key of a page: the site hash, the version context, and the page's own inputs
   * (source, resolved links, embeds); null for pages whose output depends on more (generated
   * pages, the checklist dashboard with its trend).
   */
  private static String cacheKey(Page page, Prepared p, String versionHash) {
    String text = page.sourceText();
    String kind = page.info().kind();
    if (text == null || kind.equals("checklist")) {
      return null;
    }
    Resolved r = p.resolved.get(page);
    StringBuilder b = new StringBuilder(text.length() + 512);
    b.append(p.siteHash).append('\n').append(versionHash).append('\n').append(page.getClass().getName()).append('\n');
    b.append(page.info()).append('\n').append(new TreeMap<>(r.hrefs())).append('\n').append(new TreeMap<>(r.titles())).append('\n');
    r.embeds().values().stream().sorted().forEach(e -> b.append(e).append('\n'));
    b.append(text);
    return handbook.content.Hashes.of(b.toString());
  }

  private PageCache pageCache;
  private final AtomicInteger fromCache = new AtomicInteger();

  /** How many pages the last run took from the cache folder. */
  public int pagesFromCache() {
    return fromCache.get();
  }

  private final Map<Object, Object> bodies = new ConcurrentHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  /** How many page bodies the last multi-version run reused instead of rendering again. */
  public int reusedBodies() {
    return reused.get();
  }

  private static String rootPath(SiteConfig config) {
    String base = config.baseUrl();
    if (base.isEmpty()) {
      return "/";
    }
    String path = base.replaceFirst("^[a-zA-Z]+://[^/]*", "");
    return path.endsWith("/") ? path : path + "/";
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  private static void addRedirects(List<Page> pages, Diagnostics diags) {
    List<Page> extra = new ArrayList<>();
    for (Page p : pages) {
      for (String alias : p.info().aliases()) {
        String a = alias.strip().replaceFirst("^/+", "");
        if (a.isEmpty() || a.contains("..")) {
          diags.add(
              Diagnostic.error("page.alias", Span.file("content/" + p.info().source()), "alias `" + alias + "` is not a path inside the site"));
          continue;
        }
        if (!a.endsWith("/") && !a.endsWith(".html")) {
          a = a + "/";
        }
        extra.add(new RedirectPage(a, p.info().url(), p.info().title()));
      }
    }
    pages.addAll(extra);
  }

  private static String sitemap(List<Page> pages, SiteConfig config, String prefix) {
    String base = (config.baseUrl().isEmpty() ? "/" : stripSlash(config.baseUrl()) + "/") + prefix;
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (Page p : pages) {
      if (p.info().inNav()) {
        b.append("  <url><loc>").append(xml(base + Urls.encodePath(p.info().url()))).append("</loc></url>\n");
      }
    }
    return b.append("</urlset>\n").toString();
  }

  private static String robots(SiteConfig config) {
    String s = "User-agent: *\nAllow: /\n";
    if (!config.baseUrl().isEmpty()) {
      s += "Sitemap: " + stripSlash(config.baseUrl()) + "/sitemap.xml\n";
    }
    return s;
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Stops the pipeline when a phase ended with errors (they are already collected). */
  private static void gate(Diagnostics diags) {
    if (diags.hasErrors()) {
      throw new ContentException(List.of());
    }
  }

  /** How diagnostics name the content folder: its own name, as in {@code content/docs/x.md}. */
  static String contentName(Path content) {
    Path name = content.toAbsolutePath().normalize().getFileName();
    return name == null ? "content" : name.toString();
  }

  static String displayPath(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : p.toString();
  }
}
