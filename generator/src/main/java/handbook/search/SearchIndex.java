package handbook.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The search index of one site (one version): every section of every page, written compactly
 * as {@code search-index.json}. Field names are short because the file is loaded by the browser.
 */
public final class SearchIndex {
  /** Shared: a factory is thread-safe, and each new one sets up its symbol tables again. */
  private static final JsonFactory JSON = new JsonFactory();

  private SearchIndex() {}

  /** How many of the pages whose text was cut are put first, largest first. */
  static final int LARGEST = 3;

  /** The size the index is kept to: beyond it, the largest texts are cut. */
  public static final int BUDGET = 4 * 1024 * 1024;

  /**
   * The index file; the URLs of the pages whose text was cut to fit the budget (the {@value
   * #LARGEST} largest first, which a warning names, the others after them in URL order: sorting
   * thousands of them showed in a profile of {@code serve}); when each page got one document,
   * what was made of each page, by the identity of its list.
   */
  public record Result(byte[] json, List<String> trimmed, Map<List<SearchDoc>, Merged> merged) {
    Result(byte[] json, List<String> trimmed) {
      this(json, trimmed, Map.of());
    }
  }

  /**
   * What the index made of one page when it gave every page one document: kept with the page's
   * output by the cache, so that the next build need not merge the page's sections again. Used
   * only for documents of the same {@code estimate}; {@code json} is the page's entry with its
   * text cut to {@code cap} characters; {@code url} its page's URL.
   */
  public record Merged(String url, long estimate, long textLength, long size, long cap, byte[] json) {}

  /**
   * A page's documents, made only when something asks for them: until then what the last build's
   * index made of the page ({@code known}, for a page whose output key is unchanged) and the
   * page's kind stand in for them. A build with a cache uses it for the pages it reuses, whose
   * documents the index seldom needs.
   */
  public static final class Deferred extends java.util.AbstractList<SearchDoc> {
    private final java.util.function.Supplier<List<SearchDoc>> make;
    private final Merged known;
    private final String kind;
    private volatile List<SearchDoc> docs;

    public Deferred(java.util.function.Supplier<List<SearchDoc>> make, Merged known, String kind) {
      this.make = make;
      this.known = java.util.Objects.requireNonNull(known);
      this.kind = kind;
    }

    private List<SearchDoc> docs() {
      List<SearchDoc> d = docs;
      if (d == null) {
        synchronized (this) {
          d = docs;
          if (d == null) {
            d = List.copyOf(make.get());
            docs = d;
          }
        }
      }
      return d;
    }

    /** What the last build made of the page. */
    public Merged known() {
      return known;
    }

    @Override
    public SearchDoc get(int i) {
      return docs().get(i);
    }

    @Override
    public int size() {
      return docs().size();
    }

    // identity, as the index's memory and the build's maps key pages by it
    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** The index file; see {@link #index(Collection, Memory, Map, Map)}. */
  public static byte[] json(Collection<SearchDoc> docs) {
    return index(docs).json();
  }

  /** The index of these documents, grouped into pages by their URL. */
  public static Result index(Collection<SearchDoc> docs) {
    return index(pagesOf(docs), new Memory(), Map.of(), Map.of());
  }

  /**
   * What a build keeps of the index for the next one ({@code serve}), and from one version's index
   * to the next: merged pages, their cut texts and their JSON.
   */
  public static final class Memory {
    private final Map<List<SearchDoc>, SearchDoc> merged = new java.util.IdentityHashMap<>();
    /**
     * Whether it keeps each document's JSON: {@code serve}'s, whose index is written again on every
     * edit, and a build's of several versions, whose indexes share most documents.
     */
    private boolean keepsJson;
    /** Each document's JSON but its id and page ({@code ,"k":...}), as this run and the last wrote it. */
    private Map<SearchDoc, byte[]> json = new java.util.IdentityHashMap<>();
    private Map<SearchDoc, byte[]> lastJson = new java.util.IdentityHashMap<>();

    /** A memory of one build. */
    public Memory() {
      this(false);
    }

    /** @param keepsJson whether it keeps each document's JSON from run to run ({@code serve}) */
    public Memory(boolean keepsJson) {
      this.keepsJson = keepsJson;
    }

    /** Keeps each document's JSON from now on: for the indexes of a build's versions. */
    public void keepJson() {
      keepsJson = true;
    }

    /** Each merged document's text cut to a length, the last one asked for. */
    private final Map<SearchDoc, Cut> cuts = new java.util.IdentityHashMap<>();

    private record Cut(int end, SearchDoc doc) {}

    /**
     * A merged document with its text cut to {@code room} characters: the same object as long as
     * the cut falls after the same word (so that its JSON is kept with it, from version to version
     * and edit to edit).
     */
    private SearchDoc cut(SearchDoc d, long room) {
      int end = firstWordsEnd(d.text(), room);
      Cut c = cuts.get(d);
      if (c == null || c.end() != end) {
        c = new Cut(end, withText(d, d.text().substring(0, end).strip()));
        cuts.put(d, c);
      }
      return c.doc();
    }

    /** A document's JSON as this run or the last wrote it, or null; kept for the next run. */
    private byte[] json(SearchDoc d) {
      byte[] b = json.get(d);
      if (b == null) {
        b = lastJson.get(d);
        if (b != null) {
          json.put(d, b);
        }
      }
      return b;
    }
    private final Map<SearchDoc, Fragment> fragments = new java.util.IdentityHashMap<>();
    private final Map<List<SearchDoc>, Size> sizes = new java.util.IdentityHashMap<>();
    /** The run {@link #size} marks entries with, and how many distinct ones it marked in it. */
    private int run;
    private int marked;
    /**
     * Each page's list by its URL, and the lists a new list of the same URL replaced in this run:
     * kept from the first {@link #endRun} on (serve), not by a build that ends once.
     */
    private Map<String, List<SearchDoc>> byUrl;
    private List<List<SearchDoc>> replaced = new java.util.ArrayList<>();

    /**
     * A page's estimated size in the index, its documents' kinds (once they are known: not for a
     * deferred page whose documents are not made), and the last run that asked for it.
     */
    private static final class Size {
      final long estimate;
      String[] kinds;
      int run;

      Size(long estimate) {
        this.estimate = estimate;
      }
    }

    /** The page's entry (made with {@code make}'s estimate for a page it does not know), marked as used in this run. */
    private Size entry(List<SearchDoc> page, java.util.function.ToLongFunction<List<SearchDoc>> make) {
      Size s = sizes.get(page);
      if (s == null) {
        s = new Size(make.applyAsLong(page));
        sizes.put(page, s);
        List<SearchDoc> old = byUrl == null ? null : byUrl.put(url(page), page);
        if (old != null) {
          replaced.add(old);
        }
      }
      if (s.run != run) {
        s.run = run;
        marked++;
      }
      return s;
    }

    private long size(List<SearchDoc> page) {
      return sizes.get(page).estimate;
    }

    /**
     * Marks the pages of an index this run took from the last as used in it, as {@link #index}
     * marks those it reads: else {@link #endRun} forgets them, and the next run that makes an
     * index merges every page again.
     */
    public void keep(Collection<List<SearchDoc>> pages) {
      for (List<SearchDoc> page : pages) {
        Size s = sizes.get(page);
        if (s != null && s.run != run) {
          s.run = run;
          marked++;
        }
      }
    }

    /** A page's URL; a deferred page's without making its documents. */
    private static String url(List<SearchDoc> page) {
      return page instanceof Deferred d ? d.known().url() : page.isEmpty() ? "" : page.get(0).url();
    }

    /** A page's JSON, its text cut to {@code cap} characters. */
    private record Fragment(long cap, byte[] json) {}

    /** How many pages it holds something of. */
    public int held() {
      return merged.size() + fragments.size() + cuts.size() + sizes.size() + (byUrl == null ? 0 : byUrl.size());
    }

    /** Forgets a page: its size, its merged document and that document's JSON (each document is one page's). */
    private void forget(List<SearchDoc> page) {
      sizes.remove(page);
      SearchDoc d = merged.remove(page);
      if (d != null) {
        fragments.remove(d);
        cuts.remove(d);
      }
    }

    /**
     * Called when a run ends: forgets what belongs to pages this run's indexes (all versions')
     * did not have, by the run each was last asked for in. After an edit those are the lists that
     * the edited pages' new lists replaced (by URL): only they are looked at. A page gone without
     * a new one at its URL (removed, moved) takes one pass over all.
     */
    public void endRun() {
      lastJson = json;
      json = new java.util.IdentityHashMap<>();
      if (byUrl == null) {
        byUrl = new java.util.HashMap<>();
        sizes.keySet().forEach(p -> byUrl.put(url(p), p));
      }
      int ended = run++;
      int stale = sizes.size() - marked;
      marked = 0;
      List<List<SearchDoc>> old = replaced;
      replaced = new java.util.ArrayList<>();
      if (stale == 0) {
        return;
      }
      for (List<SearchDoc> page : old) {
        Size s = sizes.get(page);
        if (s != null && s.run != ended) {
          forget(page);
          stale--;
        }
      }
      if (stale == 0) {
        return;
      }
      sizes.entrySet().stream().filter(e -> e.getValue().run != ended).map(Map.Entry::getKey).toList().forEach(this::forget);
      byUrl.values().removeIf(p -> !sizes.containsKey(p));
    }
  }

  /**
   * The index file from each page's documents, in URL order whatever the order given, so that
   * the output is deterministic. A site whose sections fit {@link #BUDGET} gets a document per
   * section. Beyond it, the largest pages give way first, so that one huge page loses its own
   * detail, not the whole site's: pages above one common size have their sections merged into
   * one document and, if that is still too large, their text cut. When that is not enough (a
   * large site of ordinary pages), every page gets one document, its sections' words merged, and
   * the longest texts are cut to one length. Titles, keywords and snippets stay whole. Those
   * per-page documents are written one by one, so {@code memory} can keep a page's document and
   * its JSON by the identity of the page's list: in the next build of {@code serve} only the
   * pages that changed are done again.
   * A build with a cache passes what the last build made of its unchanged pages ({@code known},
   * by the identity of the page's list; see {@link Merged}), and gets what this one made of
   * each page in {@link Result#merged}; a build without one passes null.
   */
  public static Result index(Collection<List<SearchDoc>> pages, Memory memory, Map<String, String> kindLabels, Map<List<SearchDoc>, Merged> known) {
    return index(pages, memory, kindLabels, known, BUDGET);
  }

  /** {@link #index(Collection, Memory, Map, Map)} within {@code budget} bytes instead of {@link #BUDGET}. */
  public static Result index(
      Collection<List<SearchDoc>> pages, Memory memory, Map<String, String> kindLabels, Map<List<SearchDoc>, Merged> known, long budget) {
    long estimate = 64;
    java.util.Set<String> kinds = new java.util.HashSet<>();
    String lastKind = null;
    for (List<SearchDoc> page : pages) {
      if (page instanceof Deferred d && d.docs == null) {
        // documents of the kind of their page, of the size the last build found
        estimate += memory.entry(page, p -> d.known.estimate()).estimate - 64;
        kinds.add(d.kind);
        continue;
      }
      Memory.Size size = memory.entry(page, SearchIndex::estimate);
      estimate += size.estimate - 64;
      if (size.kinds == null) {
        size.kinds = kindsOf(page);
      }
      // the page's own kinds: its documents are not read again on every run
      for (String k : size.kinds) {
        if (!k.equals(lastKind)) {
          lastKind = k;
          kinds.add(k);
        }
      }
    }
    Map<String, String> labels = new java.util.TreeMap<>();
    for (String k : kinds) {
      String l = kindLabels.get(k);
      if (l != null) {
        labels.put(k, l);
      }
    }
    if (estimate <= budget * 0.9) {
      return new Result(write(allDocs(pages), labels, memory), List.of());
    }
    if (estimate <= budget * 1.1) {
      byte[] full = write(allDocs(pages), labels, memory);
      if (full.length <= budget) {
        return new Result(full, List.of());
      }
    }
    // (a build that keeps nothing of its index merges only the words it writes)
    boolean plain = known == null && !memory.keepsJson;
    Result fair = largestPagesGiveWay(pages, memory, labels, budget, plain);
    if (fair != null) {
      return fair;
    }
    // one document per page, its sections' words merged (by a build that keeps nothing of its
    // index, only the first words where the texts are cut to fewer)
    List<PageDoc> firstWords = plain ? firstWordsMerged(pages, memory, budget) : null;
    boolean shortened = firstWords != null;
    List<PageDoc> merged = shortened ? firstWords : new java.util.ArrayList<>(mergedPages(pages, memory, known == null ? Map.of() : known));
    if (!shortened && !inUrlOrder(merged)) {
      merged.sort(Comparator.comparing(PageDoc::url));
    }
    long cap = coarse(level(merged, budget));
    long level = cap;
    byte[][] made = new byte[merged.size()][];
    boolean[] fresh = new boolean[merged.size()];
    handbook.content.Parallel.range(merged.size(), i -> {
      PageDoc d = merged.get(i);
      long length = d.textLength();
      Merged k = d.known();
      if (k != null) {
        // a fragment at another length is as good where the text was not cut at either
        made[i] = k.cap() == level || length <= k.cap() && length <= level ? k.json() : page(byPage(d.page()).get(0), level);
        return;
      }
      Memory.Fragment f = shortened ? null : memory.fragments.get(d.doc());
      if (f == null || (f.cap() != level && (length > f.cap() || length > level))) {
        made[i] = page(d.doc(), level);
        fresh[i] = !shortened;
      } else {
        made[i] = f.json();
      }
    });
    // the file in one array of its exact size: each page's JSON is known by now
    byte[] head = ("{\"version\":3," + kinds(labels) + "\"docs\":[").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long length = head.length + 2 + Math.max(0, made.length - 1);
    for (byte[] json : made) {
      length += json.length;
    }
    byte[] file = new byte[Math.toIntExact(length)];
    System.arraycopy(head, 0, file, 0, head.length);
    int at = head.length;
    List<PageDoc> trimmed = new java.util.ArrayList<>();
    Map<List<SearchDoc>, Merged> summaries = known == null ? null : new java.util.IdentityHashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      PageDoc d = merged.get(i);
      if (d.textLength() > cap) {
        trimmed.add(d);
      }
      byte[] json = made[i];
      if (fresh[i]) {
        memory.fragments.put(d.doc(), new Memory.Fragment(cap, json));
      }
      if (summaries != null) {
        summaries.put(d.page(), new Merged(d.url(), d.estimate(), d.textLength(), d.size(), cap, json));
      }
      if (i > 0) {
        file[at++] = ',';
      }
      System.arraycopy(json, 0, file, at, json.length);
      at += json.length;
    }
    file[at++] = ']';
    file[at] = '}';
    // the largest pages by their documents' size, as where only they give way (a text cut
    // short does not know its whole length)
    return new Result(file, largestFirst(trimmed, PageDoc::estimate, PageDoc::url), summaries == null ? Map.of() : summaries);
  }

  /**
   * The length every page's text is cut to (before {@link #coarse}): the water level of their
   * lengths in what the index leaves them; {@link Long#MAX_VALUE} where all fit.
   */
  private static long level(List<PageDoc> merged, long budget) {
    long textBytes = 0;
    long all = 64;
    for (PageDoc d : merged) {
      textBytes += d.textLength();
      all += d.size();
    }
    if (all <= budget * 0.95) {
      return Long.MAX_VALUE;
    }
    long available = (long) (budget * 0.95) - (all - textBytes);
    return waterLevel(merged.stream().mapToLong(PageDoc::textLength).sorted().toArray(), available);
  }

  /**
   * Each page's merged document with only the first words of its text, in URL order, where that
   * is known to make the same index as the whole merge; else null. The texts are merged up to
   * twice the room each page's text gets on average (and 64 characters more): a large site of
   * ordinary pages, whose texts the index cuts to a few words each, need not merge every word of
   * every page. Exact when the cut falls within those characters: the water level of lengths
   * that are whole below it and at least past it above it is the same, and so are the first
   * words of each text.
   */
  private static List<PageDoc> firstWordsMerged(Collection<List<SearchDoc>> pages, Memory memory, long budget) {
    List<List<SearchDoc>> list = new java.util.ArrayList<>(pages.size());
    long besides = 64;
    for (List<SearchDoc> page : pages) {
      if (page instanceof Deferred) {
        return null;
      }
      if (page.isEmpty()) {
        continue;
      }
      list.add(page);
      // what the page's document holds besides its text (its keywords unmerged, so at most)
      SearchDoc d = page.get(0);
      besides += 64 + d.kind().length() + d.page().length() + d.crumbs().length() + d.url().length() + d.snippet().length();
      for (SearchDoc section : page) {
        besides += section.keywords().length() + 1;
      }
    }
    if (list.isEmpty()) {
      return null;
    }
    long room = Math.max(0, (long) (budget * 0.95) - besides) / list.size();
    int limit = (int) Math.min(Integer.MAX_VALUE - 1, 2 * room + 64);
    PageDoc[] done = new PageDoc[list.size()];
    handbook.content.Parallel.range(list.size(), i -> done[i] = PageDoc.of(list.get(i), memory.size(list.get(i)), byPage(list.get(i), limit).get(0)));
    List<PageDoc> merged = java.util.Arrays.asList(done);
    if (!inUrlOrder(merged)) {
      merged.sort(Comparator.comparing(PageDoc::url));
    }
    boolean cut = merged.stream().anyMatch(d -> d.textLength() > limit);
    return !cut || level(merged, budget) <= limit ? merged : null;
  }

  /**
   * The URLs of {@code items} (in URL order): the {@link #LARGEST} largest first (by size, then
   * URL), then the others in the order given. Only the largest are found at once: the others'
   * URLs are listed when asked for (a warning names the largest and counts the others, after
   * every edit in {@code serve} of a large site).
   */
  static <T> List<String> largestFirst(List<T> items, java.util.function.ToLongFunction<T> size, java.util.function.Function<T, String> url) {
    Comparator<T> larger = Comparator.comparingLong((T t) -> -size.applyAsLong(t)).thenComparing(url);
    List<T> top = new java.util.ArrayList<>(LARGEST + 1);
    for (T t : items) {
      if (top.size() < LARGEST || larger.compare(t, top.get(top.size() - 1)) < 0) {
        int at = top.size();
        while (at > 0 && larger.compare(t, top.get(at - 1)) < 0) {
          at--;
        }
        top.add(at, t);
        if (top.size() > LARGEST) {
          top.remove(LARGEST);
        }
      }
    }
    return new java.util.AbstractList<>() {
      private List<String> others;

      @Override
      public String get(int i) {
        if (i < top.size()) {
          return url.apply(top.get(i));
        }
        if (others == null) {
          java.util.Set<T> first = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
          first.addAll(top);
          others = items.stream().filter(t -> !first.contains(t)).map(url).toList();
        }
        return others.get(i - top.size());
      }

      @Override
      public int size() {
        return items.size();
      }
    };
  }

  /** The kinds of a page's documents, each once, in their order. */
  private static String[] kindsOf(List<SearchDoc> page) {
    List<String> kinds = new java.util.ArrayList<>(1);
    for (SearchDoc d : page) {
      if (!kinds.contains(d.kind())) {
        kinds.add(d.kind());
      }
    }
    return kinds.toArray(new String[0]);
  }

  private static List<SearchDoc> allDocs(Collection<List<SearchDoc>> pages) {
    List<SearchDoc> docs = new java.util.ArrayList<>();
    pages.forEach(docs::addAll);
    return docs;
  }

  private static boolean inUrlOrder(List<PageDoc> docs) {
    for (int i = 1; i < docs.size(); i++) {
      if (docs.get(i - 1).url().compareTo(docs.get(i).url()) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A page's one document: made here ({@code doc}), or known from an earlier build ({@code
   * known}, no document); {@code size} is about what it takes in the index.
   */
  private record PageDoc(List<SearchDoc> page, String url, long estimate, long textLength, long size, SearchDoc doc, Merged known) {
    static PageDoc of(List<SearchDoc> page, long estimate, SearchDoc d) {
      long size = 64 + d.kind().length() + d.title().length() + d.crumbs().length() + d.url().length() + d.keywords().length() + d.text().length() + d.snippet().length();
      return new PageDoc(page, d.url(), estimate, d.text().length(), size, d, null);
    }
  }

  /**
   * Each page's merged document (the memory's where it has one, what {@code known} says where
   * that is for documents of the same estimate), made on all cores; the memory is only read
   * while they work and written after.
   */
  private static List<PageDoc> mergedPages(Collection<List<SearchDoc>> pages, Memory memory, Map<List<SearchDoc>, Merged> known) {
    // a deferred page is never empty: the last build made something of it
    List<List<SearchDoc>> list = pages.stream().filter(p -> p instanceof Deferred || !p.isEmpty()).toList();
    PageDoc[] done = new PageDoc[list.size()];
    boolean[] fresh = new boolean[list.size()];
    handbook.content.Parallel.range(list.size(), i -> {
      List<SearchDoc> page = list.get(i);
      long estimate = memory.size(page);
      SearchDoc d = memory.merged.get(page);
      Merged k = d != null ? null : page instanceof Deferred deferred ? deferred.known : known.get(page);
      if (k != null && k.estimate() == estimate) {
        done[i] = new PageDoc(page, k.url(), estimate, k.textLength(), k.size(), null, k);
        return;
      }
      if (d == null) {
        d = byPage(page).get(0);
        fresh[i] = true;
      }
      done[i] = PageDoc.of(page, estimate, d);
    });
    for (int i = 0; i < done.length; i++) {
      if (fresh[i]) {
        memory.merged.put(list.get(i), done[i].doc());
      }
    }
    return java.util.Arrays.asList(done);
  }

  /**
   * The index with only the pages above a common size made smaller (their sections merged, then
   * their text cut to fit); null when the other pages alone are already too large for that.
   * {@code plain}: a build that keeps nothing of its index merges a page's words only up to the
   * common size, which its text is cut to at most.
   */
  private static Result largestPagesGiveWay(Collection<List<SearchDoc>> pages, Memory memory, Map<String, String> labels, long budget, boolean plain) {
    long available = (long) (budget * 0.9);
    long cap = waterLevel(pages.stream().mapToLong(p -> memory.size(p) - 64).sorted().toArray(), available);
    List<SearchDoc> out = new java.util.ArrayList<>();
    List<SearchDoc> trimmed = new java.util.ArrayList<>();
    Map<SearchDoc, Long> sizes = new java.util.IdentityHashMap<>();
    List<List<SearchDoc>> list = new java.util.ArrayList<>(pages);
    // a build that keeps nothing of its index shrinks each large page on all cores first, null
    // where one cannot shrink to its share (the memory of one that keeps it is filled in order)
    SearchDoc[] shrunk = plain ? new SearchDoc[list.size()] : null;
    if (plain) {
      handbook.content.Parallel.range(list.size(), i -> {
        List<SearchDoc> page = list.get(i);
        if (memory.size(page) - 64 > cap) {
          shrunk[i] = fitted(byPage(page, (int) Math.min(cap, Integer.MAX_VALUE - 1)).get(0), cap, (d, room) -> withText(d, firstWords(d.text(), room)));
        }
      });
    }
    for (int i = 0; i < list.size(); i++) {
      List<SearchDoc> page = list.get(i);
      long size = memory.size(page) - 64;
      if (size <= cap) {
        out.addAll(page);
        continue;
      }
      SearchDoc merged = plain ? shrunk[i] : fitted(memory.merged.computeIfAbsent(page, p -> byPage(p).get(0)), cap, memory::cut);
      if (merged == null) {
        return null; // the page cannot shrink to its share: the site as a whole is too large
      }
      out.add(merged);
      trimmed.add(merged);
      sizes.put(merged, size);
    }
    byte[] json = write(out, labels, memory);
    if (json.length > budget) {
      return null;
    }
    trimmed.sort(Comparator.comparing(SearchDoc::url));
    return new Result(json, largestFirst(trimmed, sizes::get, SearchDoc::url));
  }

  /**
   * A page's merged document within a page's share {@code cap}: as it is where its text fits,
   * else its text {@code cut} to the room the rest of it leaves; null where that room is under
   * 200 characters (the page cannot shrink to its share).
   */
  private static SearchDoc fitted(SearchDoc merged, long cap, java.util.function.BiFunction<SearchDoc, Long, SearchDoc> cut) {
    long room = cap - (estimate(List.of(merged)) - 64 - merged.text().length());
    return room < 200 ? null : merged.text().length() <= room ? merged : cut.apply(merged, room);
  }

  /** A length rounded down to three significant bits, so that one edit seldom changes it. */
  private static long coarse(long cap) {
    if (cap == Long.MAX_VALUE || cap < 64) {
      return cap;
    }
    long step = Long.highestOneBit(cap) / 8;
    return cap / step * step;
  }

  /**
   * The largest length every text may keep so that all of them fit {@code available}: texts
   * shorter than it keep everything, longer ones are cut to it ({@code lengths} ascending).
   */
  static long waterLevel(long[] lengths, long available) {
    long left = Math.max(0, available);
    for (int i = 0; i < lengths.length; i++) {
      long rest = lengths.length - i;
      if (lengths[i] * rest > left) {
        return left / rest;
      }
      left -= lengths[i];
    }
    return Long.MAX_VALUE;
  }

  /** {@code "kinds":{...},}: the label of each kind of result, for the results list. */
  private static String kinds(Map<String, String> labels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, String> e : labels.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "\"kinds\":" + out.toString(java.nio.charset.StandardCharsets.UTF_8) + ",";
  }

  /**
   * One page's document: its URL is its id (and not written again as its link, which the page
   * reads from the id: a tenth of a large index), its page title and breadcrumb inline.
   */
  private static byte[] page(SearchDoc d, long cap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + d.text().length());
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", d.url());
      g.writeStringField("k", d.kind());
      g.writeStringField("t", d.title());
      g.writeStringField("b", d.crumbs());
      if (!d.keywords().isEmpty()) {
        g.writeStringField("w", d.keywords());
      }
      g.writeStringField("x", d.text().length() <= cap ? d.text() : firstWords(d.text(), cap));
      g.writeStringField("s", d.snippet());
      boost(g, d);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A document's page's boost ({@code r}), where it ranks higher than others'. */
  private static void boost(JsonGenerator g, SearchDoc d) throws IOException {
    if (d.boost() != 1) {
      g.writeNumberField("r", d.boost());
    }
  }

  /** About how many bytes the index of these documents takes. */
  static long estimate(Collection<SearchDoc> docs) {
    long n = 64;
    for (SearchDoc d : docs) {
      n += 48 + d.kind().length() + d.title().length() + d.url().length() + d.keywords().length() + d.text().length() + d.snippet().length();
    }
    return n;
  }

  /** A document's page: its URL without the fragment (the path is encoded, so a {@code #} starts the fragment). */
  private static String pageUrl(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static List<List<SearchDoc>> pagesOf(Collection<SearchDoc> docs) {
    java.util.Map<String, List<SearchDoc>> pages = new java.util.LinkedHashMap<>();
    for (SearchDoc d : docs) {
      pages.computeIfAbsent(pageUrl(d.url()), k -> new java.util.ArrayList<>()).add(d);
    }
    return List.copyOf(pages.values());
  }

  /** Each thread's sets of a page's words and keywords, kept from page to page. */
  private static final ThreadLocal<WordSet> PAGE_WORDS = ThreadLocal.withInitial(() -> new WordSet(512, false));

  private static final ThreadLocal<WordSet> PAGE_KEYWORDS = ThreadLocal.withInitial(() -> new WordSet(16, false));

  /** One document per page: the page's opening section, with every section's keywords and words. */
  static List<SearchDoc> byPage(Collection<SearchDoc> docs) {
    return byPage(docs, Integer.MAX_VALUE);
  }

  /**
   * How many words a merged text cut short keeps at least: {@link #firstWords} may keep four past
   * its cut, and it reads an empty word (of an empty title, say) as part of the word after it.
   */
  private static final int SHORT_WORDS = 5;

  /**
   * {@link #byPage(Collection)} with each page's text ended after the word that takes it past
   * {@code limit} characters, once it has {@value #SHORT_WORDS} words: the first characters of
   * the whole merge, as the words are merged in order.
   */
  static List<SearchDoc> byPage(Collection<SearchDoc> docs, int limit) {
    java.util.Map<String, List<SearchDoc>> pages = new java.util.LinkedHashMap<>();
    for (SearchDoc d : docs) {
      pages.computeIfAbsent(pageUrl(d.url()), k -> new java.util.ArrayList<>()).add(d);
    }
    boolean whole = limit == Integer.MAX_VALUE;
    List<SearchDoc> out = new java.util.ArrayList<>();
    pages.forEach((url, list) -> {
      SearchDoc first = list.get(0);
      int length = 0;
      for (SearchDoc d : list) {
        length += d.title().length() + d.text().length() + 2;
      }
      WordSet seenWords = WordSet.reused(PAGE_WORDS);
      StringBuilder words = new StringBuilder(whole ? length : Math.min(length, limit + 64));
      WordSet seenKeys = WordSet.reused(PAGE_KEYWORDS);
      StringBuilder keys = new StringBuilder();
      // the page's titles and texts in one array, which the word set points into (a text cut
      // short copies only the texts it reads, each to an array of its own)
      char[] all = whole ? new char[length] : null;
      int at = 0;
      for (SearchDoc d : list) {
        if (whole) {
          d.title().getChars(0, d.title().length(), all, at);
          at = distinct(d.title(), all, at, seenWords, words, limit);
          d.text().getChars(0, d.text().length(), all, at);
          at = distinct(d.text(), all, at, seenWords, words, limit);
        } else if (!ended(words, seenWords, limit)) {
          distinct(d.title(), d.title().toCharArray(), 0, seenWords, words, limit);
          if (!ended(words, seenWords, limit)) {
            distinct(d.text(), d.text().toCharArray(), 0, seenWords, words, limit);
          }
        }
        if (!d.keywords().isEmpty()) {
          distinct(d.keywords(), d.keywords().toCharArray(), 0, seenKeys, keys, Integer.MAX_VALUE);
        }
      }
      String snippet = first.snippet().isEmpty() && list.size() > 1 ? list.get(1).snippet() : first.snippet();
      out.add(new SearchDoc(first.kind(), first.page(), first.page(), first.crumbs(), url, keys.toString(), words.toString(), snippet, first.boost()));
    });
    return out;
  }

  /** Whether a merge cut short at {@code limit} has all the words it keeps. */
  private static boolean ended(StringBuilder words, WordSet seen, int limit) {
    return words.length() > limit && seen.size() >= SHORT_WORDS;
  }

  /**
   * Appends the parts of {@code text.split(" ")} not seen before to {@code out}, as joining the
   * distinct parts with spaces would (split drops trailing empty parts, keeps the others), and
   * stops where a merge cut short at {@code limit} has all its words. The text is in {@code a}
   * at {@code at}; returns where the next text goes.
   */
  private static int distinct(String text, char[] a, int at, WordSet seen, StringBuilder out, int limit) {
    int n = text.length();
    if (n == 0) {
      add(a, at, at, text, at, seen, out); // "" splits to one empty part
      return at;
    }
    int last = at + n;
    while (last > at && a[last - 1] == ' ') {
      last--;
    }
    for (int start = at; last > at && start <= last && !ended(out, seen, limit); ) {
      int end = start;
      while (end < last && a[end] != ' ') {
        end++;
      }
      add(a, start, end, text, at, seen, out);
      start = end + 1;
    }
    return at + n;
  }

  /** Adds the word {@code a[start, end)}, which is {@code text} from {@code at} on, unless seen. */
  private static void add(char[] a, int start, int end, String text, int at, WordSet seen, StringBuilder out) {
    if (seen.add(a, start, end)) {
      if (seen.size() > 1) {
        out.append(' ');
      }
      out.append(text, start - at, end - at);
    }
  }

  /** The same document with another text. */
  private static SearchDoc withText(SearchDoc d, String text) {
    return new SearchDoc(d.kind(), d.title(), d.page(), d.crumbs(), d.url(), d.keywords(), text, d.snippet(), d.boost());
  }

  /** The first words of a text that fit in {@code max} characters, and never fewer than four. */
  private static String firstWords(String terms, long max) {
    return terms.substring(0, firstWordsEnd(terms, max)).strip();
  }

  /** Where {@link #firstWords} ends the text. */
  private static int firstWordsEnd(String terms, long max) {
    int end = 0;
    int words = 0;
    while (end < terms.length()) {
      int next = terms.indexOf(' ', end + 1);
      next = next < 0 ? terms.length() : next;
      if (next > max && words >= 4) {
        break;
      }
      end = next;
      words++;
    }
    return end;
  }

  /** Documents written by one task: enough that a task is worth starting, few enough to share the work. */
  private static final int DOCS_PER_TASK = 256;

  private static byte[] write(Collection<SearchDoc> docs, Map<String, String> labels, Memory memory) {
    List<SearchDoc> sorted = docs.stream().sorted(Comparator.comparing(SearchDoc::url).thenComparing(SearchDoc::title)).toList();
    // page title and breadcrumb are the same for every section of a page: stored once
    java.util.Map<PageKey, Integer> pages = new java.util.LinkedHashMap<>();
    int[] pageOf = new int[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      SearchDoc d = sorted.get(i);
      Integer known = pages.putIfAbsent(new PageKey(d.page(), d.crumbs()), pages.size());
      pageOf[i] = known == null ? pages.size() - 1 : known;
    }
    ByteArrayOutputStream head = new ByteArrayOutputStream(4 * 1024 + pages.size() * 64);
    try (JsonGenerator g = JSON.createGenerator(head)) {
      g.writeStartObject();
      g.writeNumberField("version", 2);
      g.writeObjectFieldStart("kinds");
      for (Map.Entry<String, String> e : labels.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("pages");
      for (PageKey key : pages.keySet()) {
        g.writeStartArray();
        g.writeString(key.title());
        g.writeString(key.crumbs());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the documents in parts written at the same time, each a run of objects split by commas,
    // joined as one generator would have written them
    // (where the memory keeps documents' JSON, one it has is copied, and one written is kept)
    byte[][] fields = new byte[sorted.size()][];
    if (memory.keepsJson) {
      for (int i = 0; i < fields.length; i++) {
        fields[i] = memory.json(sorted.get(i));
      }
    }
    byte[][] made = memory.keepsJson ? new byte[sorted.size()][] : null;
    int tasks = (sorted.size() + DOCS_PER_TASK - 1) / DOCS_PER_TASK;
    byte[][] parts = new byte[tasks][];
    handbook.content.Parallel.range(tasks, t -> parts[t] = docs(sorted, pageOf, t * DOCS_PER_TASK, Math.min(sorted.size(), (t + 1) * DOCS_PER_TASK), fields, made));
    if (made != null) {
      for (int i = 0; i < made.length; i++) {
        if (made[i] != null) {
          memory.json.put(sorted.get(i), made[i]);
        }
      }
    }
    byte[] opening = head.toByteArray();
    byte[] docsField = ",\"docs\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long length = opening.length - 1 + docsField.length + Math.max(0, tasks - 1) + 2;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] file = new byte[Math.toIntExact(length)];
    // the head without its closing brace
    System.arraycopy(opening, 0, file, 0, opening.length - 1);
    int at = opening.length - 1;
    System.arraycopy(docsField, 0, file, at, docsField.length);
    at += docsField.length;
    for (int t = 0; t < tasks; t++) {
      if (t > 0) {
        file[at++] = ',';
      }
      System.arraycopy(parts[t], 0, file, at, parts[t].length);
      at += parts[t].length;
    }
    file[at++] = ']';
    file[at] = '}';
    return file;
  }

  /**
   * The JSON objects of documents {@code from} to {@code to} (their ids are their places), split
   * by commas: each one's id and page, then its other fields, copied from {@code fields} where it
   * has them; those written are put in {@code made} where it is not null.
   */
  private static byte[] docs(List<SearchDoc> sorted, int[] pageOf, int from, int to, byte[][] fields, byte[][] made) {
    Bytes out = new Bytes((to - from) * 1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (int id = from; id < to; id++) {
        SearchDoc d = sorted.get(id);
        if (id > from) {
          out.write(',');
        }
        if (fields[id] != null) {
          out.writeBytes(("{\"id\":" + id + ",\"g\":" + pageOf[id]).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          out.writeBytes(fields[id]);
          continue;
        }
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("g", pageOf[id]);
        g.flush();
        int start = out.size();
        g.writeStringField("k", d.kind());
        g.writeStringField("t", d.title());
        g.writeStringField("u", d.url());
        if (!d.keywords().isEmpty()) {
          g.writeStringField("w", d.keywords());
        }
        g.writeStringField("x", d.text());
        g.writeStringField("s", d.snippet());
        boost(g, d);
        g.writeEndObject();
        g.flush();
        if (made != null) {
          made[id] = out.copy(start);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A page's title and breadcrumb, which its documents share. */
  private record PageKey(String title, String crumbs) {
    // (a record's own hash is made through a method handle: slow under the quick JIT, once a document)
    @Override
    public int hashCode() {
      return 31 * title.hashCode() + crumbs.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PageKey k && title.equals(k.title) && crumbs.equals(k.crumbs);
    }
  }

  /** A byte stream whose last bytes can be copied. */
  private static final class Bytes extends ByteArrayOutputStream {
    Bytes(int size) {
      super(size);
    }

    /** The bytes from {@code start} on. */
    byte[] copy(int start) {
      return java.util.Arrays.copyOfRange(buf, start, count);
    }
  }
}
