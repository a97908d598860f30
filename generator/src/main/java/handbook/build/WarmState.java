package handbook.build;

import handbook.cache.MemoStore;
import handbook.cache.Outputs;
import handbook.source.SourceFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a build leaves for the next one in the same process ({@code serve}): parse results,
 * decoded sources, and what the output folder holds (by path, with the key it was made from).
 * Each run keeps only what it used, so the state stays one site's size however long it lives.
 */
public final class WarmState {
  final MemoStore memo = MemoStore.inMemory();
  /** What the last run wrote (its {@link Run#outputs}, handed over whole). */
  Outputs outputs = new Outputs();
  /** Decoded text files by content path, with the bytes they were decoded from. */
  final Map<String, Decoded> sources = new ConcurrentHashMap<>();

  record Decoded(byte[] bytes, SourceFile file, java.util.List<handbook.diag.Diagnostic> diagnostics) {}

  /** Files of released versions decoded without a problem, by git blob (see {@link Run#byContentId}). */
  final handbook.cache.RunMap<String, SourceFile> blobs = new handbook.cache.RunMap<>(ConcurrentHashMap::new);

  private final Map<java.nio.file.Path, handbook.source.CachedTree> trees = new ConcurrentHashMap<>();

  /** The folder as this state knows it: listing and bytes kept until {@link #changed} says otherwise. */
  handbook.source.CachedTree tree(java.nio.file.Path folder) {
    return trees.computeIfAbsent(folder.toAbsolutePath().normalize(), handbook.source.CachedTree::new);
  }

  /**
   * Tells the state which files changed since the last run (absolute paths, as a file watcher
   * reports them); null when that is not known, so everything is read again.
   */
  public void changed(java.util.Collection<java.nio.file.Path> paths) {
    trees.values().forEach(t -> t.changed(paths));
  }

  /**
   * How many things the state holds (parse results, decoded files, page keys, outputs, search
   * pages): one site's worth after every run, however many runs there were.
   */
  public int held() {
    return memo.held() + sources.size() + blobs.size() + pageKeys.size() + outputs.keys().size() + outputs.paths().size() + search.held()
        + languages.values().stream().mapToInt(l -> l.links.held()).sum() + (made == null ? 0 : made.size()) + releases.size() + themes.size() + factsDigests.size();
  }

  /** The working tree's templates and assets as the last run made them. */
  Build.ThemeParts theme;

  /** The folders of the releases' git trees the last run listed, by tree id and folder (a tree's id names its files). */
  Map<String, handbook.versions.GitTree.Listing> listings = Map.of();

  /** Every version's templates and assets the last run that read its releases made or used. */
  java.util.List<Build.ThemeParts> themes = java.util.List.of();

  /** A released version as a run loaded and linked it without errors, with its warnings (not prefixed). */
  record Release(Build.ThemeParts theme, LinkPhase.Linked linked, java.util.List<handbook.diag.Diagnostic> diagnostics) {}

  /**
   * Released versions by tag, commit and folders: a commit's files never change, so a release
   * is prepared again only when its templates and assets are others (they may come from the
   * working tree). Forgotten when a run that read the releases did not have them.
   */
  final handbook.cache.RunMap<String, Release> releases = new handbook.cache.RunMap<>(ConcurrentHashMap::new);

  /** The day each content file was last changed, by commit and content folder (see {@code Build#days}). */
  final handbook.cache.RunMap<String, Map<String, String>> days = new handbook.cache.RunMap<>(ConcurrentHashMap::new);

  /** The fingerprint of each version's facts (see {@link VersionSet#factsKey}), by the facts' list. */
  final handbook.cache.RunMap<java.util.List<handbook.content.Fact>, String> factsDigests =
      new handbook.cache.RunMap<>(n -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>(n)));

  /** The search index's merged pages and their JSON, kept for the pages that did not change. */
  final handbook.search.SearchIndex.Memory search = new handbook.search.SearchIndex.Memory(true);

  /**
   * What the last run made of the working tree in one of its languages (the only one of a site in
   * one): the trees it was shown through (their listings kept), its scan, tags and links.
   */
  static final class Language {
    /** The tree shown in the language where an MkDocs project names translations by suffix. */
    handbook.source.SuffixedTree suffixed;

    /** The same where each language's pages are in a folder of their own (Starlight, VitePress). */
    handbook.source.LocaleFolderTree foldered;

    /** The tree as read when another tool's docs folder was shown as docs/. */
    handbook.source.MovedFolder moved;

    /** The same for a VitePress project's pages shown where its rewrites publish them. */
    handbook.source.RewrittenTree rewritten;

    /** What the last scan made of the tree's listing. */
    final handbook.source.ContentScanner.Memory scanned = new handbook.source.ContentScanner.Memory();

    /** Its tags (worked out if the run asked for them), or null. */
    TagPages.Lazy tags;

    /** Its resolved links, kept while no page's URL, title or anchors change. */
    final LinkPhase.Memory links = new LinkPhase.Memory();
  }

  /** Each language's, by its code: the default one's (or the one of a site in one) by "". */
  private final Map<String, Language> languages = new ConcurrentHashMap<>();

  /** What the last run made of the working tree in the language of this code ("" the default one). */
  Language language(String code) {
    return languages.computeIfAbsent(code, c -> new Language());
  }

  /** Lets go of what was kept of the languages not among these codes (but the default one's). */
  void keepLanguages(java.util.Set<String> codes) {
    languages.keySet().removeIf(code -> !code.isEmpty() && !codes.contains(code));
  }

  /** Called when a run ends: forgets what belongs to pages it did not have. */
  void endRun() {
    search.endRun();
  }

  /** A version's sitemap (by its folder, "" without versions): made from these page URLs under this base. */
  record Sitemap(String base, java.util.List<String> urls, byte[] bytes) {}

  final Map<String, Sitemap> sitemaps = new ConcurrentHashMap<>();

  /** The part of each page's output key that depends on the page alone, by page and its resolved links. */
  final handbook.cache.RunMap<handbook.content.Page, PageRenderer.PagePart> pageKeys = new handbook.cache.RunMap<>(n -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>(n)));

  /** Every file the last run put in the output folder, or null before the first run. */
  java.util.Set<String> made;
  /** The files of those that were copies of others (see {@code LiveOutput#copies}). */
  java.util.Map<String, String> copies;

  /** A version's search index, made of these pages' documents (their lists) with these labels and budget. */
  record Index(java.util.List<java.util.List<handbook.search.SearchDoc>> pages, Map<String, String> labels, long budget, handbook.search.SearchIndex.Result result) {}

  /** The last run's search index of each version, by its folder ("" without versions). */
  Map<String, Index> indexes = Map.of();
}
