package handbook.build;

import handbook.cache.CacheFolder;
import handbook.cache.MemoStore;
import handbook.cache.Outputs;
import handbook.cache.ParseMemo;
import handbook.diag.Diagnostics;
import handbook.markdown.MarkdownEngine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of the pipeline: its options, its diagnostics, the source texts they print from, and
 * what it may reuse (the cache folder, or the warm state of {@code serve}). Made for each run and
 * dropped after it.
 */
final class Run {
  final BuildOptions options;
  final Progress progress;
  final Diagnostics diagnostics = new Diagnostics();
  /** Every source, for printing source lines. */
  final Sources sources = new Sources();

  /**
   * Every source of a run by its diagnostic path: noted a version's files at a time, put in a map
   * only when a diagnostic asks for a line (ten thousand puts in each run of {@code serve}
   * showed in its profile).
   */
  static final class Sources {
    private record Added(String prefix, List<handbook.source.SourceFile> files) {}

    private final java.util.Queue<Added> added = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private Map<String, handbook.source.SourceFile> byPath;

    /** Notes files shown under {@code prefix} (a version's, or "" for the working tree). */
    void add(String prefix, List<handbook.source.SourceFile> files) {
      added.add(new Added(prefix, files));
    }

    void add(String prefix, handbook.source.SourceFile file) {
      add(prefix, List.of(file));
    }

    /** The files by diagnostic path (a file noted twice: the later one); read after the run. */
    synchronized Map<String, handbook.source.SourceFile> byPath() {
      if (byPath == null) {
        Map<String, handbook.source.SourceFile> m = new java.util.HashMap<>();
        for (Added a : added) {
          for (handbook.source.SourceFile f : a.files()) {
            m.put(a.prefix().isEmpty() ? f.displayPath() : a.prefix() + f.displayPath(), f);
          }
        }
        byPath = m;
      }
      return byPath;
    }
  }
  /**
   * Files whose stamp said they were unchanged but which held another text when read later in
   * the run (written while it ran): the run does not update the cache folder.
   */
  final Set<String> changedWhileRead = ConcurrentHashMap.newKeySet();
  final Map<String, Long> stats = new TreeMap<>();
  final MemoStore memo;
  /** What the last build wrote (from the cache folder or the warm state), or null. */
  final Outputs previous;
  /** What this run writes, for the next one. */
  final Outputs outputs;
  final CacheFolder cache;
  final WarmState warm;
  final AtomicInteger rendered = new AtomicInteger();
  final AtomicInteger reused = new AtomicInteger();
  private final Map<List<Object>, MarkdownEngine> engines = new ConcurrentHashMap<>();
  /** Disk copies of git trees for parsers that read files themselves; removed when the run ends. */
  final Map<handbook.source.SourceTree, java.nio.file.Path> copies = new ConcurrentHashMap<>();

  /**
   * What the search index worked out for pages (merged documents, sizes), for every version of
   * the run: the warm state's in {@code serve}.
   */
  final handbook.search.SearchIndex.Memory search;

  /** Each page's search documents by content, so that a page the same in several versions has one list. */
  final Map<List<handbook.search.SearchDoc>, List<handbook.search.SearchDoc>> searchLists = new ConcurrentHashMap<>();

  /** The releases' resolved links and navigation tree, each release's kept for the next (see {@link LinkPhase.Memory}). */
  final LinkPhase.Memory releaseLinks = new LinkPhase.Memory();
  /** The search index of each version made in this run (by its folder), for the next run of {@code serve}. */
  final Map<String, WarmState.Index> indexes = new ConcurrentHashMap<>();

  /** Whether the run listed the releases (so that {@code serve} may forget those it did not have). */
  boolean releasesRead;

  /** The templates and assets made in this run, for versions whose templates folders hold the same files. */
  final List<Build.ThemeParts> themes = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Each page's own part of its key, for the versions of a run (a page the same in several is one object). */
  final handbook.cache.RunMap<handbook.content.Page, PageRenderer.PagePart> releasePageParts =
      new handbook.cache.RunMap<>(n -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>(n)));

  /**
   * A file decoded without a problem by its content id (a git blob), for the versions of the run;
   * in {@code serve} the warm state's, for the next runs too (a blob's content never changes).
   */
  final handbook.cache.RunMap<String, handbook.source.SourceFile> byContentId;

  /** When the run began (before any file was read). */
  final long startMillis = System.currentTimeMillis();

  /** Asked at points where the run can stop without harm (a quiet run of serve), or null. */
  private final java.util.function.BooleanSupplier stop;

  Run(BuildOptions options, Progress progress, CacheFolder cache, WarmState warm) {
    this(options, progress, cache, warm, null);
  }

  Run(BuildOptions options, Progress progress, CacheFolder cache, WarmState warm, java.util.function.BooleanSupplier stop) {
    this.stop = stop;
    this.options = options;
    this.progress = progress;
    this.cache = cache;
    this.warm = warm;
    search = warm != null ? warm.search : new handbook.search.SearchIndex.Memory();
    byContentId = warm != null ? warm.blobs : new handbook.cache.RunMap<>(ConcurrentHashMap::new);
    if (warm != null) {
      memo = warm.memo;
      previous = warm.outputs;
    } else if (cache != null) {
      memo = cache.memo();
      previous = cache.outputs();
    } else {
      memo = MemoStore.inMemory();
      previous = null;
    }
    outputs = previous == null ? new Outputs() : new Outputs(previous.size());
  }

  /**
   * Stops the run here when it was asked to ({@link Build.Stopped}): called between phases,
   * where what the run made so far is either kept whole in the warm state or not at all.
   */
  void checkpoint() {
    if (stop != null && stop.getAsBoolean()) {
      throw new Build.Stopped();
    }
  }

  ParseMemo memo() {
    return memo;
  }

  /** Whether nothing of this run is kept for another (no cache folder, not {@code serve}). */
  boolean keepsNothing() {
    return cache == null && warm == null;
  }

  /** The Markdown engine for a set of directives and strings, made once per run. */
  MarkdownEngine markdown(Set<String> directives, Map<String, String> strings) {
    return engines.computeIfAbsent(List.of(new java.util.TreeSet<>(directives), strings), k -> new MarkdownEngine(directives, strings, false));
  }
}
