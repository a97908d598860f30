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
import handbook.output.StagedSite;
import handbook.render.NavLink;
import handbook.render.Navigation;
import handbook.render.PageView;
import handbook.render.SiteView;
import handbook.render.Templates;
import handbook.render.UiStrings;
import handbook.source.ContentScanner;
import handbook.source.SourceFile;
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
    return List.of(new DocsKind(), new handbook.checklist.ChecklistKind(), new handbook.course.CourseKind());
  }

  public BuildResult run(BuildOptions opts) {
    long start = System.nanoTime();
    Diagnostics diags = new Diagnostics();
    Map<String, String> texts = new ConcurrentHashMap<>();
    int[] written = {0};
    try {
      written[0] = pipeline(opts, diags, texts);
    } catch (ContentException e) {
      diags.addAll(e.diagnostics());
    } catch (Templates.TemplateProblem e) {
      diags.add(e.diagnostic());
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new BuildResult(diags.hasErrors() ? 0 : written[0], diags.sorted(), texts, millis);
  }

  private int pipeline(BuildOptions opts, Diagnostics diags, Map<String, String> texts) {
    progress.update("scan", 0, 0);
    ContentScanner.Scan scan = new ContentScanner().scan(opts.content(), contentName(opts.content()), diags);
    for (SourceFile f : scan.sources()) {
      texts.put(f.displayPath(), f.text());
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
    MarkdownEngine markdown = new MarkdownEngine(directives.keySet(), strings, false);
    LoadContext load = new LoadContext(config, scan.sources(), scan.assets(), markdown, diags);
    progress.update("parse", 0, scan.sources().size());
    for (ContentKind k : kinds) {
      k.load(load);
    }
    List<Page> pages = new ArrayList<>(load.pages());
    pages.add(new NotFoundPage(strings.get("notfound.title")));
    addRedirects(pages, diags);
    SiteIndex index = new SiteIndex(pages, scan.assets(), load.schemes(), diags);
    gate(diags);

    Templates templates;
    try {
      templates = new Templates(opts.templates(), displayPath(opts.templates()));
    } catch (IOException e) {
      throw new ContentException(
          List.of(Diagnostic.error("template.read", Span.file(displayPath(opts.templates())), "cannot read templates: " + e.getMessage())));
    }
    for (String t : List.of("doc", "section", "404", "redirect")) {
      templates.get(t);
    }
    progress.update("links", 0, pages.size());
    LinkResolver resolver = new LinkResolver(index, config.rootLinks(), config.rootFallback());
    Map<Page, Resolved> resolved = new ConcurrentHashMap<>();
    pages.parallelStream().forEach(p -> resolved.put(p, resolve(p, resolver, directives, templates, diags)));
    gate(diags);

    List<PageInfo> infos = index.pages().stream().map(Page::info).toList();
    NavTree tree = new NavTree(infos, config.nav(), Locale.forLanguageTag(config.language()));
    Navigation nav = new Navigation(tree);

    if (!opts.write()) {
      renderAll(index.pages(), resolved, tree, nav, templates, config, strings, (path, bytes) -> {});
      return index.pages().size();
    }
    try (StagedSite site = new StagedSite(opts.out())) {
      renderAll(index.pages(), resolved, tree, nav, templates, config, strings, site::write);
      for (String asset : scan.assets()) {
        site.copy(opts.content().resolve(asset), asset);
      }
      copyTree(opts.templates().resolve("assets"), "assets/", site);
      load.files().forEach(site::write);
      site.write("sitemap.xml", sitemap(index.pages(), config).getBytes(StandardCharsets.UTF_8));
      site.write("robots.txt", robots(config).getBytes(StandardCharsets.UTF_8));
      gate(diags);
      progress.update("write", 0, 0);
      site.commit();
    } catch (StagedSite.Locked e) {
      throw new ContentException(List.of(Diagnostic.error("output.locked", Span.file(displayPath(opts.out())), e.getMessage())));
    } catch (IOException e) {
      throw new ContentException(List.of(Diagnostic.error("output.write", Span.file(displayPath(opts.out())), "cannot write the site: " + e.getMessage())));
    }
    return index.pages().size();
  }

  /** The hrefs and embeds of one page. */
  private record Resolved(Map<String, String> hrefs, Map<String, String> titles, Map<Object, String> embeds) {}

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

  private void renderAll(
      List<Page> pages,
      Map<Page, Resolved> resolved,
      NavTree tree,
      Navigation nav,
      Templates templates,
      SiteConfig config,
      Map<String, String> strings,
      Sink sink) {
    AtomicInteger done = new AtomicInteger();
    int total = pages.size();
    pages.parallelStream()
        .forEach(
            p -> {
              String html = renderPage(p, resolved.get(p), tree, nav, templates, config, strings);
              sink.write(Urls.outputFile(p.info().url()), html.getBytes(StandardCharsets.UTF_8));
              int n = done.incrementAndGet();
              if ((n & 255) == 0 || n == total) {
                progress.update("render", n, total);
              }
            });
  }

  private static String renderPage(
      Page p,
      Resolved r,
      NavTree tree,
      Navigation nav,
      Templates templates,
      SiteConfig config,
      Map<String, String> strings) {
    PageInfo info = p.info();
    String url = info.url();
    boolean rootBased = info.kind().equals("404");
    String rootPrefix = rootBased ? rootPath(config) : Urls.toRoot(url);
    Function<String, String> href =
        rootBased ? to -> rootPrefix + Urls.encodePath(to) : to -> Urls.encodePath(Urls.relative(url, to));
    List<PageContext.Child> children = new ArrayList<>();
    for (PageInfo c : tree.children(url)) {
      children.add(new PageContext.Child(c.title(), href.apply(c.url()), c.description(), !tree.children(c.url()).isEmpty()));
    }
    PageContext ctx = new PageContext(url, r.hrefs(), r.titles(), r.embeds(), children);
    SiteView site =
        new SiteView(
            config.title(),
            config.description(),
            config.language(),
            config.version(),
            rootPrefix,
            strings,
            nav.tabs(url, href));
    String canonical = config.baseUrl().isEmpty() ? null : stripSlash(config.baseUrl()) + "/" + url;
    if (p instanceof RedirectPage rp && !config.baseUrl().isEmpty()) {
      canonical = stripSlash(config.baseUrl()) + "/" + rp.targetUrl();
    }
    PageView view =
        new PageView(
            site,
            url,
            info.title(),
            info.description(),
            info.kind(),
            canonical,
            nav.breadcrumbs(url, href),
            info.inNav() ? nav.prev(url, href) : null,
            info.inNav() ? nav.next(url, href) : null,
            nav.sidebar(url, href),
            nav.section(url),
            info.tags(),
            info.extra(),
            p.body(ctx));
    return templates.render(p.template(), view);
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

  private static String sitemap(List<Page> pages, SiteConfig config) {
    String base = config.baseUrl().isEmpty() ? "/" : stripSlash(config.baseUrl()) + "/";
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

  private static void copyTree(Path from, String prefix, StagedSite site) {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        site.copy(p, prefix + from.relativize(p).toString().replace('\\', '/'));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
