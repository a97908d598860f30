package handbook.build;

import handbook.assets.Assets;
import handbook.assets.GzipCopies;
import handbook.cache.CacheFolder;
import handbook.cache.Outputs;
import handbook.config.SiteConfig;
import handbook.content.ContentKind;
import handbook.content.Page;
import handbook.content.Urls;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.output.LiveOutput;
import handbook.output.SiteOutput;
import handbook.output.StagedOutput;
import handbook.output.StagedSite;
import handbook.render.Templates;
import handbook.search.SearchDoc;
import handbook.search.SearchIndex;
import handbook.source.DiskTree;
import handbook.source.SourceTree;
import handbook.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds a site. Data flows one way through the phases, each with its own class: load (scan,
 * {@code site.yaml}, every content kind), link (index, resolve links and directives), gate on
 * errors, render (only pages whose inputs changed, see {@link PageRenderer#key}), write (staging
 * folder and atomic swap, or the served folder in place). A {@code Build} holds no state of a
 * run: each {@link #run} makes a {@link Run}; what {@code serve} keeps between runs is an explicit
 * {@link WarmState}.
 */
public final class Build {
  private final Supplier<List<ContentKind<?>>> kinds;
  private final Progress progress;

  /** @param kinds makes the content kinds of the site */
  public Build(Supplier<List<ContentKind<?>>> kinds, Progress progress) {
    this.kinds = kinds;
    this.progress = progress;
  }

  /** The content kinds of a standard site. */
  public static List<ContentKind<?>> standardKinds() {
    return SiteKinds.standard();
  }

  public BuildResult run(BuildOptions opts) {
    return run(opts, null);
  }

  /** One run; with a warm state (from {@code serve}) it reuses the last run's work and writes in place. */
  public BuildResult run(BuildOptions opts, WarmState warm) {
    return run(opts, warm, null);
  }

  /**
   * A run that was asked to stop before its end: {@code serve}'s quiet runs (of what did not
   * change) give way to an edit's as soon as it comes.
   */
  public static final class Stopped extends RuntimeException {
    Stopped() {
      super("the run was stopped", null, false, false);
    }
  }

  /**
   * {@link #run(BuildOptions, WarmState)}, stopped with {@link Stopped} between its phases once
   * {@code stop} says so. Only for a run that changes nothing (the warm state's files are as
   * the last run saw them): then it writes nothing, and what it made is kept or not as a whole;
   * the next run ends for both (what neither used is forgotten then).
   */
  public BuildResult run(BuildOptions opts, WarmState warm, java.util.function.BooleanSupplier stop) {
    long start = System.nanoTime();
    CacheFolder cache = null;
    Diagnostics early = new Diagnostics();
    if (opts.cache() != null && warm == null && opts.write()) {
      try {
        cache = CacheFolder.open(opts.cache(), cacheId(opts.content()));
      } catch (IOException e) {
        early.add(Diagnostic.warning("cache.open", Span.file(displayPath(opts.cache())), "cannot use the cache folder: " + e.getMessage()));
      }
    }
    Run run = new Run(opts, progress, cache, warm, stop);
    run.diagnostics.addAll(early.sorted());
    int written = 0;
    Set<String> changed = Set.of();
    try {
      Written w = pipeline(run);
      written = w.pages();
      changed = w.changed();
    } catch (ContentException e) {
      run.diagnostics.addAll(e.diagnostics());
    } catch (Templates.TemplateProblem e) {
      run.diagnostics.add(e.diagnostic());
    } finally {
      if (cache != null) {
        try {
          cache.close();
        } catch (IOException e) {
          // the lock is released when the process ends
        }
      }
      for (Path copy : run.copies.values()) {
        try {
          StagedSite.deleteTree(copy);
        } catch (IOException e) {
          // a temporary folder left behind is harmless
        }
      }
    }
    if (warm != null) {
      run.memo.endRun();
      warm.endRun();
      // page keys of pages this run did not have are not needed again
      warm.pageKeys.endRun();
      warm.blobs.endRun();
      warm.factsDigests.endRun();
      warm.days.endRun();
      if (run.releasesRead) {
        warm.releases.endRun();
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    boolean ok = !run.diagnostics.hasErrors();
    return new BuildResult(ok ? written : 0, run.diagnostics.sorted(), texts(run.sources), millis, run.stats, ok ? changed : Set.of(), run.rendered.get(), run.reused.get());
  }

  /** What a run wrote: pages, and (in place) the site paths that changed. */
  private record Written(int pages, Set<String> changed) {}

  /**
   * What a version's templates folder gives: its templates compiled (the page templates), their
   * keys, and its published assets (whose names the pages link); made from {@code files}, the
   * folder's files by path, shown as {@code folder} in messages.
   */
  record ThemeParts(Templates templates, TemplateKeys.Lazy keys, Assets assets, String folder, Map<String, byte[]> files) {
    /** Whether these parts were made from the same files, shown under the same name. */
    boolean madeFrom(String otherFolder, Map<String, byte[]> other) {
      if (!folder.equals(otherFolder) || !files.keySet().equals(other.keySet())) {
        return false;
      }
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        if (!java.util.Arrays.equals(e.getValue(), other.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
  }

  private Written pipeline(Run run) {
    BuildOptions opts = run.options;
    List<ContentKind<?>> siteKinds = kinds.get();
    SourceTree content = run.warm == null ? new DiskTree(opts.content()) : run.warm.tree(opts.content());
    SourceTree templates = run.warm == null ? new DiskTree(opts.templates()) : run.warm.tree(opts.templates());
    VersionInput work =
        new VersionInput(null, content, handbook.theme.Theme.over(templates), contentName(opts.content()), displayPath(opts.templates()), "", "", "");
    List<Ready> versions = new ArrayList<>();
    String[] head = {"", ""};
    Ready current;
    SiteConfig.Versions spec;
    // the repository opens while the content loads when site.yaml asks for versions
    try (handbook.versions.GitOpening git = new handbook.versions.GitOpening(opts.content())) {
      current = prepare(work, siteKinds, run, run.diagnostics, config -> {
        if (config.versions() != null || config.lastUpdated()) {
          git.start();
        }
        handbook.content.NavTree.prepareCollator(java.util.Locale.forLanguageTag(config.language()));
      });
      gate(run.diagnostics);
      current = current.withDays(LastChanged.days(run, git, current.linked().model(), null));
      spec = current.linked().model().config().versions();
      Releases releases = new Releases(run, progress, (in, diags, made) -> prepare(in, siteKinds, run, diags, config -> {}, made));
      if (spec != null && spec.labels() != null) {
        versions.addAll(releases.docusaurus(spec, current, head, git));
        gate(run.diagnostics);
      } else if (spec != null) {
        versions.addAll(releases.tags(spec, head, git));
        if (run.warm != null && run.releasesRead) {
          run.warm.themes = List.copyOf(run.themes);
        }
        gate(run.diagnostics);
      }
    }
    if (versions.isEmpty()) {
      List<Ready> languages = new ArrayList<>(List.of(current));
      languages.addAll(Translations.of(work, current, run, (in, diags, made) -> prepare(in, siteKinds, run, diags, config -> {}, made)));
      gate(run.diagnostics);
      return write(run, languages, null);
    }
    if (!spec.withCurrent()) {
      // a Docusaurus project whose docs' options leave the docs being written out
      return write(run, versions, spec);
    }
    String label = opts.siteVersion() != null ? opts.siteVersion() : spec.current();
    versions.add(new Ready(current.input().withLabel(label, head[0], head[1]), current.linked(), current.theme(), current.days()));
    return write(run, versions, spec);
  }

  /**
   * Loads and links one version. Its templates and assets are made on a thread of their own
   * while the content loads (minifying and hashing the assets and compiling the templates took a
   * tenth of a second on the main thread); their problems are reported after the content's, as
   * when they were made after it.
   */
  private Ready prepare(VersionInput in, List<ContentKind<?>> siteKinds, Run run, Diagnostics diags, java.util.function.Consumer<SiteConfig> configured) {
    return prepare(in, siteKinds, run, diags, configured, null);
  }

  /** The same, with the version's templates and assets when they were made already ({@code made}, else null). */
  private Ready prepare(
      VersionInput given, List<ContentKind<?>> siteKinds, Run run, Diagnostics diags, java.util.function.Consumer<SiteConfig> configured, ThemeParts made) {
    WarmState warm = given.label() == null && given.locale() == null ? run.warm : null;
    // (serve: the trees a language of the working tree is shown through are kept, each language's)
    WarmState.Language language = given.label() == null && run.warm != null ? run.warm.language(languageCode(given)) : null;
    VersionInput in = docsDir(given, language, run.options.environment());
    ThemeParts known = warm == null ? null : warm.theme;
    java.util.concurrent.Future<ThemeParts> making;
    if (made != null) {
      making = java.util.concurrent.CompletableFuture.completedFuture(made);
    } else {
      java.util.concurrent.FutureTask<ThemeParts> task = new java.util.concurrent.FutureTask<>(() -> theme(in, known, run));
      Thread thread = new Thread(task, "handbook-theme");
      thread.setDaemon(true);
      thread.start();
      making = task;
    }
    LoadPhase.Model model = new LoadPhase(siteKinds, run).load(in, diags, configured);
    gate(diags);
    ThemeParts theme = joined(making, "the templates were compiled");
    if (warm != null) {
      warm.theme = theme;
    }
    // the working tree's resolutions are kept by serve; the releases of a run pass theirs from one to the next
    LinkPhase.Memory links =
        in.label() != null || run.warm == null ? (in.label() == null && in.locale() == null ? null : run.releaseLinks) : run.warm.language(languageCode(in)).links;
    LinkPhase.Linked linked = LinkPhase.link(model, theme.templates(), run, diags, links);
    run.checkpoint();
    return new Ready(in, linked, theme);
  }

  /** The code of the language a working tree's input is in: "" for the default one (or a site's one). */
  static String languageCode(VersionInput in) {
    return in.locale() == null ? "" : in.locale().code();
  }

  /**
   * A version's content as its pages are read: an MkDocs project's with its {@code docs_dir}, a
   * Docusaurus project's with its docs' {@code path}, a VitePress project's at its root, shown as {@code docs/}
   * ({@link handbook.source.MovedFolder}); any other as it is.
   */
  private static VersionInput docsDir(VersionInput given, WarmState.Language warm, Map<String, String> env) {
    VersionInput in = foldered(suffixed(given, env, warm), env, warm);
    // (a released version of a Docusaurus project's docs is in its versioned_docs/ folder)
    java.util.function.Function<String, String> text = path -> text(in.content(), path);
    handbook.config.Project.Pages pages = in.content() instanceof handbook.versions.DocusaurusVersion ? null : handbook.config.Project.pages(text, env);
    if (pages == null) {
      return rewritten(in, warm);
    }
    String folder = pages.folder();
    String docs = handbook.config.Project.DOCS;
    // (a VitePress project's .vitepress/, where its pages are in its srcDir)
    String kept = pages.kept();
    handbook.source.MovedFolder moved =
        warm != null && warm.moved != null && warm.moved.shows(in.content(), folder, docs, kept, pages.also()) ? warm.moved : new handbook.source.MovedFolder(in.content(), folder, docs, kept, pages.also());
    if (warm != null) {
      warm.moved = moved;
    }
    return rewritten(in.withContent(moved), warm);
  }

  /**
   * An MkDocs project whose i18n plugin names its pages' translations by suffix, in the language
   * it is built in ({@link handbook.source.SuffixedTree}: {@code about.fr.md} as {@code about.md}
   * in French, not in the others); any other as it is.
   */
  private static VersionInput suffixed(VersionInput in, Map<String, String> env, WarmState.Language warm) {
    String name = handbook.config.MkDocsConfig.FILES.stream().filter(f -> text(in.content(), f) != null).findFirst().orElse(null);
    if (name == null || in.label() != null) {
      return in;
    }
    handbook.yaml.YamlNode.Mapping settings = handbook.config.MkDocsConfig.settings(name, path -> text(in.content(), path), env);
    // (its messages are the site's settings' to tell)
    handbook.config.MkDocsConfig.I18n i18n = settings == null ? handbook.config.MkDocsConfig.I18n.NONE : handbook.config.MkDocsConfig.i18n(settings, name, new Diagnostics());
    if (i18n.locales().isEmpty()) {
      return in;
    }
    String docs = java.util.Objects.requireNonNullElse(handbook.config.MkDocsConfig.docsFolder(settings), handbook.config.Project.DOCS);
    Set<String> codes = new HashSet<>();
    i18n.locales().forEach(l -> codes.add(l.code()));
    String code = in.locale() != null ? in.locale().code() : i18n.locales().get(0).code();
    boolean fallback = in.locale() == null || i18n.fallback();
    String main = i18n.locales().get(0).code();
    handbook.source.SuffixedTree tree =
        warm != null && warm.suffixed != null && warm.suffixed.shows(in.content(), docs, code, codes, main, fallback)
            ? warm.suffixed
            : new handbook.source.SuffixedTree(in.content(), docs, code, codes, main, fallback);
    if (warm != null) {
      warm.suffixed = tree;
    }
    return in.withContent(tree);
  }

  /**
   * A Starlight or VitePress project built in several languages, in the language it is built in
   * ({@link handbook.source.LocaleFolderTree}: {@code src/content/docs/fr/about.md} as
   * {@code src/content/docs/about.md} in French, the default language's page where French has
   * none); any other as it is.
   */
  private static VersionInput foldered(VersionInput in, Map<String, String> env, WarmState.Language warm) {
    if (in.label() != null) {
      return in;
    }
    String starlight = handbook.config.StarlightConfig.FILES.stream().map(name -> text(in.content(), name)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    String pages;
    List<handbook.config.SiteLocale> locales;
    if (starlight != null && handbook.config.StarlightConfig.uses(starlight)) {
      pages = handbook.config.StarlightConfig.PAGES;
      locales = handbook.config.StarlightConfig.languages(starlight);
    } else {
      String config = handbook.config.VitePressConfig.ALL.stream().filter(f -> text(in.content(), f) != null).findFirst().orElse(null);
      if (config == null && text(in.content(), "package.json") == null) {
        return in;
      }
      handbook.config.Project.Pages found = handbook.config.Project.pages(path -> text(in.content(), path), env);
      pages = found == null ? handbook.config.VitePressConfig.DOCS : found.folder();
      // (a VuePress project's config may be in the folder its package.json builds)
      String name = config != null ? config : handbook.source.DiskTree.VUEPRESS_CONFIGS.stream().map(n -> pages + ".vuepress/" + n).filter(f -> text(in.content(), f) != null).findFirst().orElse(null);
      if (name == null) {
        return in;
      }
      String text = text(in.content(), name);
      locales = handbook.config.VitePressConfig.vuePress(name) ? handbook.config.VuePressConfig.languages(text, pages) : handbook.config.VitePressConfig.languages(text, pages);
    }
    if (locales.isEmpty()) {
      return in;
    }
    Set<String> folders = new java.util.TreeSet<>();
    locales.forEach(l -> {
      if (!l.source().isEmpty()) {
        folders.add(l.source().substring(pages.length()));
      }
    });
    handbook.config.SiteLocale shown = in.locale() != null ? in.locale() : locales.get(0);
    String own = shown.source().isEmpty() ? "" : shown.source().substring(pages.length());
    String main = locales.get(0).source().isEmpty() ? "" : locales.get(0).source().substring(pages.length());
    handbook.source.LocaleFolderTree tree =
        warm != null && warm.foldered != null && warm.foldered.shows(in.content(), pages, own, main, folders, true)
            ? warm.foldered
            : new handbook.source.LocaleFolderTree(in.content(), pages, own, main, folders, true);
    if (warm != null) {
      warm.foldered = tree;
    }
    return in.withContent(tree);
  }

  /**
   * A VitePress project's content with the pages its config's {@code rewrites} move shown where
   * they are published ({@link handbook.source.RewrittenTree}); any other as it is.
   */
  private static VersionInput rewritten(VersionInput in, WarmState.Language warm) {
    String config = handbook.config.VitePressConfig.FILES.stream().map(name -> text(in.content(), name)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    handbook.config.VitePressRewrites rules = handbook.config.VitePressRewrites.of(config);
    if (rules == null) {
      return in;
    }
    String docs = handbook.config.VitePressConfig.DOCS;
    java.util.function.Predicate<String> excluded = handbook.config.VitePressConfig.srcExclude(config);
    handbook.source.RewrittenTree tree =
        warm != null && warm.rewritten != null && warm.rewritten.shows(in.content(), config)
            ? warm.rewritten
            : new handbook.source.RewrittenTree(
                in.content(), docs, config, path -> handbook.config.VitePressConfig.page(path) && !excluded.test(path) ? rules.rewrite(path) : null, handbook.config.VitePressConfig::page,
                "config.vitepress");
    if (warm != null) {
      warm.rewritten = tree;
    }
    return in.withContent(tree);
  }

  /** A file's text, or null where the tree has none. */
  static String text(handbook.source.SourceTree tree, String path) {
    try {
      return new String(tree.read(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** The result of work done on another thread; what it threw is thrown as it was. */
  private static <T> T joined(java.util.concurrent.Future<T> work, String during) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + during, e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * A version's templates and assets: those of serve's last build ({@code known}, or any its
   * last run made) or of another version of this run when made from the same files, else new
   * ones (with the last build's templates when only assets changed). Those used are listed in
   * {@link Run#themes}.
   */
  static ThemeParts theme(VersionInput in, ThemeParts known, Run run) {
    List<ThemeParts> made = run.themes;
    Map<String, byte[]> files = new java.util.TreeMap<>();
    TemplateKeys.Lazy keys;
    Templates templates;
    try {
      for (String f : in.templates().files()) {
        files.put(f, in.templates().read(f));
      }
      if (known != null && known.madeFrom(in.templatesName(), files)) {
        return used(made, known);
      }
      for (ThemeParts p : made) {
        if (p.madeFrom(in.templatesName(), files)) {
          return p;
        }
      }
      for (ThemeParts p : run.warm == null ? List.<ThemeParts>of() : run.warm.themes) {
        if (p.madeFrom(in.templatesName(), files)) {
          return used(made, p);
        }
      }
      keys = new TemplateKeys.Lazy(files);
      templates = known != null && keys.get().equals(known.keys().get()) ? known.templates() : new Templates(in.templates(), in.templatesName());
    } catch (IOException e) {
      throw new ContentException(List.of(Diagnostic.error("template.read", Span.file(in.templatesName()), "cannot read templates: " + e.getMessage())));
    }
    for (String t : List.of("doc", "section", "404", "redirect", "search")) {
      templates.get(t);
    }
    Map<String, byte[]> assets = new java.util.TreeMap<>();
    files.forEach((f, bytes) -> {
      if (f.startsWith(Assets.FOLDER)) {
        assets.put(f.substring(Assets.FOLDER.length()), bytes);
      }
    });
    ThemeParts parts = new ThemeParts(templates, keys, Assets.of(assets), in.templatesName(), files);
    made.add(parts);
    return parts;
  }

  /** {@code parts}, listed among those of the run (once). */
  private static synchronized ThemeParts used(List<ThemeParts> made, ThemeParts parts) {
    if (made.stream().noneMatch(p -> p == parts)) {
      made.add(parts);
    }
    return parts;
  }

  /**
   * Writes the versions: a site with one version at the root of the output; several under their
   * labels with {@code latest/}, {@code versions.json}, a versions page and a root index.
   */
  private Written write(Run run, List<Ready> ready, SiteConfig.Versions spec) {
    boolean versioned = spec != null;
    VersionSet set = null;
    List<VersionSet.Version> vs = new ArrayList<>();
    if (versioned) {
      // the versions' indexes share most documents: each one's JSON is written once
      run.search.keepJson();
      for (Ready r : ready) {
        Set<String> urls = new HashSet<>();
        r.linked().pages().forEach(p -> urls.add(p.info().url()));
        SiteConfig.Shown shown = spec.shownIn(r.input().label());
        vs.add(
            new VersionSet.Version(
                r.input().label(), r.input().commit(), r.input().date(), Set.copyOf(urls), r.linked().model().facts(), shown == null ? r.input().label() : shown.label(),
                shown == null ? null : shown.banner(), shown != null && shown.ownPath()));
      }
      // the working tree last, where it is built
      VersionSet.Version cur = spec.withCurrent() ? vs.get(vs.size() - 1) : null;
      List<VersionSet.Version> released = cur == null ? vs : vs.subList(0, vs.size() - 1);
      // the newest release (the working tree where none is), or the version a Docusaurus project's lastVersion names
      String named = spec.latest();
      VersionSet.Version latest =
          cur != null && (named != null && named.equals(spec.current()) || released.isEmpty())
              ? cur
              : released.stream().filter(v -> v.label().equals(named)).findFirst().orElse(released.get(released.size() - 1));
      set = new VersionSet(vs, latest, cur, run.warm != null ? run.warm.factsDigests : null);
    }
    BuildOptions opts = run.options;
    SiteOutput out = null;
    LiveOutput live = null;
    try {
      if (opts.write()) {
        if (run.warm != null) {
          live = new LiveOutput(opts.out(), run.warm.outputs, run.warm.made, run.warm.copies);
          out = live;
        } else {
          StagedOutput staged = new StagedOutput(opts.out(), run.cache);
          out = ready.get(ready.size() - 1).linked().model().config().gzip() ? new GzipCopies(staged, staged::read) : staged;
        }
      }
      Map<String, Assets> assets = new java.util.HashMap<>();
      Map<String, String> firstByKey = new ConcurrentHashMap<>();
      LanguageMenu languages = versioned ? null : Translations.menu(ready);
      // the theme's files the default language wrote, by path: another language's same files are linked to them
      Map<String, byte[]> themeFiles = languages == null ? null : new ConcurrentHashMap<>();
      int n = 0;
      // several versions: each one is finished (its pages the same as another version's, its
      // search index and extra files) on a thread of its own while the next one renders
      try (Finisher finisher = new Finisher(versioned && out != null)) {
        for (int i = 0; i < ready.size(); i++) {
          Ready r = ready.get(i);
          String prefix = r.input().folder();
          Assets versionAssets = r.theme().assets();
          assets.put(prefix, versionAssets);
          PageRenderer renderer =
              new PageRenderer(
                  r.linked(), r.theme().templates(), r.theme().keys(), set, versioned ? vs.get(i) : null, prefix, versionAssets.names(),
                  run.warm != null ? run.warm.pageKeys : versioned ? run.releasePageParts : null, keyed(run, out, versioned), r.days(),
                  r.input().content(), languages, languages == null ? null : r.input().locale() != null ? r.input().locale() : r.linked().model().locales().get(0));
          SearchPages search = new SearchPages(run.cache != null, r.linked().pages().size());
          // the optional libraries the version's pages load (Assets.libraries)
          java.util.concurrent.atomic.AtomicInteger libraries = new java.util.concurrent.atomic.AtomicInteger();
          List<String[]> duplicates = renderAll(run, r.linked(), renderer, prefix, out, search, firstByKey, versioned, libraries);
          if (!versioned) {
            run.checkpoint();
          }
          SiteOutput to = out;
          boolean last = i == ready.size() - 1;
          finisher.then(() -> {
            sameFiles(run, to, search, duplicates, libraries);
            if (to != null) {
              writeExtras(run, r, prefix, search, to, last, versionAssets.onlyLibraries(libraries.get()), themeFiles);
            }
          });
          n += r.linked().pages().size();
        }
        finisher.await();
      }
      if (out == null) {
        return new Written(n, Set.of());
      }
      SiteConfig config = ready.get(ready.size() - 1).linked().model().config();
      Map<String, String> strings = ready.get(ready.size() - 1).linked().model().strings();
      if (versioned) {
        String latest = set.latest().label();
        out.copyFolder(latest + "/", "latest/");
        out.same("404.html", latest + "/404.html");
        out.write("versions.json", set.json());
        out.write("index.html", set.rootIndex(config.language(), config.title(), strings).getBytes(StandardCharsets.UTF_8));
        String css = "../latest/" + assets.get(latest + "/").names().get("handbook.css");
        out.write("versions/index.html", set.versionsPage(config.language(), config.title(), strings, css).getBytes(StandardCharsets.UTF_8));
        out.write("robots.txt", robots(config).getBytes(StandardCharsets.UTF_8));
        if (spec.labels() != null) {
          // a Docusaurus project's versions: its pages' addresses there lead to them here
          // (the docs' route: docs/, another routeBasePath, or the site's root)
          for (Map.Entry<String, String> e : set.docusaurusAddresses(config.mount().pageUrl(config.mount().docs())).entrySet()) {
            out.write(e.getKey() + "index.html", VersionSet.redirect(e.getKey(), e.getValue(), config.language(), config.title()).getBytes(StandardCharsets.UTF_8));
          }
        }
      }
      progress.update("write", 0, 0);
      if (run.diagnostics.hasErrors()) {
        return new Written(0, Set.of());
      }
      out.commit();
      if (run.cache != null) {
        if (run.changedWhileRead.isEmpty()) {
          run.cache.outputs().replaceWith(run.outputs);
          try {
            run.cache.finish();
          } catch (IOException e) {
            // the site is written; what the cache holds of this build is read as damaged next time
            run.diagnostics.add(cacheWriteFailed(displayPath(opts.cache()), e));
          }
        } else {
          // what this run made of a file it read in two states is not kept for the next build
          run.cache.abandon();
          run.changedWhileRead.stream().sorted().forEach(path -> run.diagnostics.add(
              Diagnostic.warning("source.changed", Span.file(path), "the file was written while the build read it: the build cache is left as it was")
                  .withHint("build again to bring the site and the cache up to date")));
        }
      }
      if (run.warm != null) {
        run.warm.outputs = run.outputs;
        run.warm.made = live.made();
        run.warm.copies = live.copies();
        run.warm.indexes = run.indexes;
        return new Written(n, live.changed());
      }
      return new Written(n, Set.of());
    } catch (StagedSite.Locked e) {
      throw new ContentException(List.of(Diagnostic.error("output.locked", Span.file(displayPath(opts.out())), e.getMessage())));
    } catch (IOException | UncheckedIOException e) {
      throw new ContentException(List.of(writeFailed(displayPath(opts.out()), e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)));
    } finally {
      if (out != null) {
        try {
          out.close();
        } catch (IOException e) {
          // the staging folder is removed by the next build
        }
      }
    }
  }

  /**
   * Renders (or reuses) every page of a version. A page whose key an earlier build kept is put
   * in place without rendering; a page whose key another version of this run already wrote
   * becomes the same file.
   */
  private List<String[]> renderAll(
      Run run, LinkPhase.Linked v, PageRenderer renderer, String prefix, SiteOutput out, SearchPages search, Map<String, String> firstByKey, boolean versioned,
      java.util.concurrent.atomic.AtomicInteger libraries) {
    List<Page> pages = v.pages();
    int total = pages.size();
    AtomicInteger done = new AtomicInteger();
    List<String[]> duplicates = java.util.Collections.synchronizedList(new ArrayList<>());
    handbook.content.Parallel.forEachIndexed(
        pages,
        (index, page) -> {
          String path = prefix + Urls.outputFile(page.info().url());
          // page keys are for the cache, serve and pages the same in several versions
          String key = keyed(run, out, versioned) ? renderer.key(page) : null;
          // only versions share pages (a page's key has its URL)
          if (key != null && versioned) {
            String first = firstByKey.putIfAbsent(key, path);
            if (first != null) {
              duplicates.add(new String[] {path, first, key});
              return;
            }
          }
          Outputs.Rendered kept = key == null || run.previous == null ? null : run.previous.get(key);
          if (key != null && kept != null && out.reuse(path, key, kept)) {
            // documents made from Markdown sections are made again from the parse result, when
            // the search index asks for them (what it made of the page last time may do)
            List<SearchDoc> docs = kept.search();
            if (docs == null && kept.indexed() != null && !versioned) {
              docs = new SearchIndex.Deferred(() -> renderer.search(page, null), kept.indexed(), page.info().kind());
            } else if (docs == null) {
              docs = shared(run, versioned, List.copyOf(renderer.search(page, null)));
              kept = kept.withSearch(docs);
            }
            search.add(index, docs, key, kept.indexed());
            libraries.accumulateAndGet(kept.libraries(), (a, b) -> a | b);
            run.outputs.put(path, key, kept);
            run.reused.incrementAndGet();
          } else {
            byte[] html = renderer.render(page);
            int loads = Assets.libraries(html);
            libraries.accumulateAndGet(loads, (a, b) -> a | b);
            // the search documents of a page without Markdown sections are read from its HTML
            String text = page.searchSections() == null ? new String(html, StandardCharsets.UTF_8) : null;
            List<SearchDoc> docs = shared(run, versioned, List.copyOf(renderer.search(page, text)));
            search.add(index, docs, key, null);
            run.rendered.incrementAndGet();
            if (out != null) {
              out.write(path, html);
              if (key != null) {
                Outputs.Rendered r = out.keep(path, key, docs);
                run.outputs.put(path, key, new Outputs.Rendered(docs, r.size(), r.modified(), page.searchSections() != null).withLibraries(loads));
              }
            }
          }
          int n = done.incrementAndGet();
          if ((n & 255) == 0 || n == total) {
            progress.update("render", n, total);
          }
        });
    return duplicates;
  }

  /** Whether pages get output keys: for the cache, serve and pages the same in several versions. */
  private static boolean keyed(Run run, SiteOutput out, boolean versioned) {
    return out != null && (versioned || !run.keepsNothing());
  }

  /** Makes each page the same as one another version of the run wrote: {path, first path, key}. */
  private static void sameFiles(Run run, SiteOutput out, SearchPages search, List<String[]> duplicates, java.util.concurrent.atomic.AtomicInteger libraries) {
    // the files on all cores: the last version's are linked while nothing else is left to do
    handbook.content.Parallel.forEach(duplicates, d -> out.same(d[0], d[1]));
    for (String[] d : duplicates) {
      Outputs.Rendered r = run.outputs.get(d[2]);
      if (r != null) {
        search.add(-1, r.search(), d[2], null);
        libraries.accumulateAndGet(r.libraries(), (a, b) -> a | b);
        run.outputs.put(d[0], d[2], r);
      }
    }
  }

  /**
   * Runs steps one after another, on a thread of its own when asked (else at once): the versions
   * of a run are finished in order while the next one renders. A step's failure is thrown by
   * {@link #await}.
   */
  private static final class Finisher implements AutoCloseable {
    private final java.util.concurrent.ExecutorService thread;
    private final List<java.util.concurrent.Future<?>> steps = new ArrayList<>();

    Finisher(boolean background) {
      this.thread =
          background
              ? java.util.concurrent.Executors.newSingleThreadExecutor(
                  r -> {
                    Thread t = new Thread(r, "handbook-finish");
                    t.setDaemon(true);
                    return t;
                  })
              : null;
    }

    void then(Runnable step) {
      if (thread == null) {
        step.run();
      } else {
        steps.add(thread.submit(step));
      }
    }

    /** Waits for every step; the first failure is thrown as it was. */
    void await() {
      if (thread == null) {
        return;
      }
      for (java.util.concurrent.Future<?> f : steps) {
        joined(f, "versions were written");
      }
    }

    @Override
    public void close() {
      if (thread != null) {
        thread.shutdownNow();
      }
    }
  }

  /**
   * The search documents of a version's pages as they are rendered; for pages with an output key,
   * the key, and what the last build's search index made of the page.
   */
  private static final class SearchPages {
    /** Whether the run has a cache folder: only then are keys noted. */
    final boolean cached;
    /** Each page's documents at its index in the version's pages; those added without one after them. */
    private final Object[] byPage;
    private final Queue<List<SearchDoc>> more = new ConcurrentLinkedQueue<>();
    final Map<List<SearchDoc>, String> keys = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    final Map<List<SearchDoc>, SearchIndex.Merged> known = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    SearchPages(boolean cached, int pages) {
      this.cached = cached;
      this.byPage = new Object[pages];
    }

    /** Notes a page's documents; {@code index} is the page's in the version's pages, or -1. */
    void add(int index, List<SearchDoc> docs, String key, SearchIndex.Merged indexed) {
      if (index >= 0) {
        byPage[index] = docs;
      } else {
        more.add(docs);
      }
      if (key != null && cached) {
        keys.put(docs, key);
      }
      if (indexed != null) {
        known.put(docs, indexed);
      }
    }

    /**
     * Every page's documents: in the pages' order, then those added without an index; none of a
     * page that has none (the 404 and search pages), which give the index nothing and would sort
     * apart.
     */
    @SuppressWarnings("unchecked")
    List<List<SearchDoc>> lists() {
      List<List<SearchDoc>> all = new ArrayList<>(byPage.length + more.size());
      for (Object docs : byPage) {
        if (docs != null) {
          all.add((List<SearchDoc>) docs);
        }
      }
      all.addAll(more);
      all.removeIf(l -> !(l instanceof SearchIndex.Deferred) && l.isEmpty());
      return all;
    }
  }

  /**
   * Whether two lists hold the same objects, each as often, in any order (the index does not
   * depend on the order: the pages the same as another version's come in the order they finish).
   */
  private static boolean sameLists(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    Map<Object, Integer> count = new java.util.IdentityHashMap<>(a.size() * 2);
    for (Object x : a) {
      count.merge(x, 1, Integer::sum);
    }
    for (Object x : b) {
      Integer n = count.get(x);
      if (n == null) {
        return false;
      }
      if (n == 1) {
        count.remove(x);
      } else {
        count.put(x, n - 1);
      }
    }
    return count.isEmpty();
  }

  /** A page's search documents; in a versioned run, one list for a page the same in several versions, whose work the search index then does once. */
  private static List<SearchDoc> shared(Run run, boolean versioned, List<SearchDoc> docs) {
    return versioned ? run.searchLists.computeIfAbsent(docs, d -> d) : docs;
  }

  /** Assets, extra files of the kinds, the search index, sitemap and robots.txt of one version. */
  /** @param themeFiles the theme's files the default language wrote (for the others to link), or null */
  private void writeExtras(Run run, Ready r, String prefix, SearchPages search, SiteOutput out, boolean reportStats, Assets assets, Map<String, byte[]> themeFiles) {
    LoadPhase.Model m = r.linked().model();
    handbook.theme.Accent accent = m.config().color() == null ? null : new handbook.theme.Accent(m.config().color());
    boolean ownRobots = prefix.isEmpty();
    Set<String> pageFiles = null;
    try {
      for (String asset : m.assets()) {
        String path = m.config().mount().url(asset);
        if (path.endsWith(".html") && pageFiles == null) {
          pageFiles = new HashSet<>();
          for (Page p : m.pages()) {
            pageFiles.add(Urls.outputFile(p.info().url()));
          }
        }
        // a file at an address the site writes itself (an MkDocs project's docs/sitemap.xml): named, not published; a robots.txt is the site's
        if (assets.files().containsKey(path) || m.files().containsKey(path) || path.equals("search-index.json") || path.equals("sitemap.xml") || pageFiles != null && pageFiles.contains(path)
            || accent != null && path.equals(accent.path())) {
          run.diagnostics.add(
              Diagnostic.warning("source.taken", Span.file(r.input().prefix() + r.input().contentName() + "/" + r.input().content().origin(asset)), "`" + asset + "` is not published: the site writes its own `" + path + "`")
                  .withHint("give the file another name"));
          continue;
        }
        if (path.equals("robots.txt")) {
          ownRobots = false;
        }
        String at = prefix + path;
        out.write(at, r.input().content().read(asset));
        out.restrict(at, r.input().content().permissions(asset));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assets.files().forEach((path, bytes) -> {
      if (themeFiles != null && !prefix.isEmpty() && java.util.Arrays.equals(themeFiles.get(path), bytes)) {
        out.same(prefix + path, path);
      } else {
        out.write(prefix + path, bytes);
        if (themeFiles != null && prefix.isEmpty()) {
          themeFiles.put(path, bytes);
        }
      }
    });
    if (accent != null) {
      out.write(prefix + accent.path(), accent.css().getBytes(StandardCharsets.UTF_8));
    }
    java.util.Set<String> feeds = prefix.isEmpty() || m.config().baseUrl().isEmpty() ? java.util.Set.of() : handbook.docs.BlogFeeds.paths(m.config().mount());
    m.files().forEach((path, bytes) -> out.write(prefix + path, feeds.contains(path) ? handbook.docs.BlogFeeds.inFolder(bytes, m.config().baseUrl(), prefix) : bytes));
    // the index puts them in URL order: it does not depend on the order pages were rendered in
    List<List<SearchDoc>> pages = search.lists();
    Map<String, String> kindLabels = new java.util.TreeMap<>();
    m.strings().forEach((k, v) -> {
      if (k.startsWith("kind.")) {
        kindLabels.put(k.substring(5), v);
      }
    });
    long budget = m.config().searchMaxSize() > 0 ? m.config().searchMaxSize() : SearchIndex.BUDGET;
    // serve: a version whose pages have the same search documents as in the last run (a release,
    // and every version while nothing changed: the same lists) has the same index
    WarmState.Index last = run.warm == null ? null : run.warm.indexes.get(prefix);
    SearchIndex.Result index;
    if (last != null && last.budget() == budget && last.labels().equals(kindLabels) && sameLists(last.pages(), pages)) {
      index = last.result();
      run.search.keep(pages);
    } else {
      index = SearchIndex.index(pages, run.search, kindLabels, run.cache == null ? null : new java.util.IdentityHashMap<>(search.known), budget);
    }
    if (run.warm != null) {
      run.indexes.put(prefix, new WarmState.Index(pages, kindLabels, budget, index));
    }
    if (run.cache != null) {
      // kept with the pages, for the next build
      index.merged().forEach((docs, merged) -> {
        String key = search.keys.get(docs);
        if (key != null) {
          run.outputs.indexed(key, merged);
        }
      });
    }
    byte[] searchIndex = index.json();
    if (!index.trimmed().isEmpty()) {
      run.diagnostics.add(trimmedSearch(index.trimmed(), r.input().named() + r.input().contentName(), budget));
    }
    out.write(prefix + "search-index.json", searchIndex);
    if (reportStats) {
      run.stats.put("search index", (long) searchIndex.length);
    }
    out.write(prefix + "sitemap.xml", sitemap(run.warm, r.linked().pages(), m.config(), prefix));
    if (ownRobots) {
      out.write("robots.txt", robots(m.config()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The site could not be written: the system's reason, and what to do about a full disk. */
  static Diagnostic writeFailed(String out, IOException e) {
    String reason = reason(e);
    Diagnostic d = Diagnostic.error("output.write", Span.file(out), "cannot write the site: " + reason);
    return diskFull(reason) ? d.withHint("the disk is full: free some space on it and build again") : d;
  }

  /** The cache could not be written after the site was: a warning, with what to do about a full disk. */
  static Diagnostic cacheWriteFailed(String cache, IOException e) {
    String reason = reason(e);
    Diagnostic d = Diagnostic.warning("cache.write", Span.file(cache), "cannot write the build cache: " + reason + "; the site is written, the next build does more work");
    return diskFull(reason) ? d.withHint("the disk is full: free some space on it") : d;
  }

  private static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Whether a system's reason is ENOSPC: Linux's and macOS's words for it, and Windows'. */
  private static boolean diskFull(String reason) {
    String lower = reason.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("no space left") || lower.contains("not enough space");
  }

  /** A search index over its budget: which pages lost words, never in silence. */
  private static Diagnostic trimmedSearch(List<String> trimmed, String contentName, long budget) {
    List<String> named = trimmed.stream().limit(3).map(url -> "`" + (url.isEmpty() ? "/" : url) + "`").toList();
    String more = trimmed.size() > 3 ? " and " + (trimmed.size() - 3) + " more" : "";
    String size = budget % (1024 * 1024) == 0 ? budget / (1024 * 1024) + " MB" : budget / 1024 + " KB";
    return Diagnostic.warning(
            "search.trimmed",
            Span.file(contentName),
            "the search index is over its " + size + " budget: "
                + (trimmed.size() == 1 ? "1 page is searchable by its" : trimmed.size() + " pages are searchable by their") + " first words only: " + String.join(", ", named) + more)
        .withHint("split very large pages, or give the index more room in site.yaml (`search: {max_size: 16 MB}`)");
  }

  /** The sitemap of a version's pages; in {@code serve} the last run's when made of the same URLs. */
  private static byte[] sitemap(WarmState warm, List<Page> pages, SiteConfig config, String prefix) {
    String base = (config.baseUrl().isEmpty() ? "/" : PageRenderer.stripSlash(config.baseUrl()) + "/") + prefix;
    List<String> urls = new ArrayList<>(pages.size());
    for (Page p : pages) {
      if (p.info().listed()) {
        urls.add(p.info().url());
      }
    }
    WarmState.Sitemap last = warm == null ? null : warm.sitemaps.get(prefix);
    if (last != null && last.base().equals(base) && last.urls().equals(urls)) {
      return last.bytes();
    }
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String url : urls) {
      b.append("  <url><loc>").append(handbook.render.Html.escape(base + Urls.encodePath(url))).append("</loc></url>\n");
    }
    byte[] bytes = b.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    if (warm != null) {
      warm.sitemaps.put(prefix, new WarmState.Sitemap(base, urls, bytes));
    }
    return bytes;
  }

  private static String robots(SiteConfig config) {
    String s = "User-agent: *\nAllow: /\n";
    if (!config.baseUrl().isEmpty()) {
      s += "Sitemap: " + PageRenderer.stripSlash(config.baseUrl()) + "/sitemap.xml\n";
    }
    return s;
  }

  /** The text of each source by its diagnostic path, read only when asked for (see {@link SourceFile#unread}). */
  private static Map<String, String> texts(Run.Sources files) {
    return new java.util.AbstractMap<>() {
      @Override
      public String get(Object path) {
        SourceFile f = files.byPath().get(path);
        return f == null ? null : f.text();
      }

      @Override
      public boolean containsKey(Object path) {
        return files.byPath().containsKey(path);
      }

      @Override
      public Set<Map.Entry<String, String>> entrySet() {
        Set<Map.Entry<String, String>> entries = new java.util.LinkedHashSet<>();
        files.byPath().forEach((path, f) -> entries.add(Map.entry(path, f.text())));
        return entries;
      }
    };
  }

  /** Stops the pipeline when a phase ended with errors (they are already collected). */
  static void gate(Diagnostics diags) {
    if (diags.hasErrors()) {
      throw new ContentException(List.of());
    }
  }

  /**
   * Whose a cache folder's contents are: this generator's, for a content folder of this name (a
   * cache of another folder's name is not used: its messages name that folder).
   */
  public static String cacheId(Path content) {
    return GeneratorVersion.id() + "|" + contentName(content);
  }

  /**
   * How diagnostics name the content folder: as it was typed when that was a relative path
   * ({@code content}, {@code ../handbook/content}), else by its own name; every path in a
   * diagnostic starts with it ({@code content/docs/x.md}).
   */
  static String contentName(Path content) {
    String typed = content.normalize().toString().replace('\\', '/');
    if (!content.isAbsolute() && !typed.isEmpty() && !typed.equals(".")) {
      return typed.replaceAll("/+$", "");
    }
    Path name = content.toAbsolutePath().normalize().getFileName();
    return name == null ? "content" : name.toString();
  }

  static String displayPath(Path p) {
    Path cwd = Path.of("").toAbsolutePath();
    Path abs = p.toAbsolutePath().normalize();
    return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : p.toString();
  }
}
