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
  private SearchIndex() {}

  /** The size the index is trimmed to: beyond it, sections keep fewer of their words. */
  public static final int BUDGET = 4 * 1024 * 1024;

  /**
   * The index file, documents in URL order so the output is deterministic. When it would grow
   * past {@link #BUDGET}, sections are merged into one document per page; if that is still too
   * large, every document keeps a proportionally smaller share of its distinct words (titles,
   * keywords and snippets stay whole), so large sites stay searchable by their most prominent
   * words.
   */
  public static byte[] json(Collection<SearchDoc> docs) {
    return json(pagesOf(docs), new Memory(), Map.of());
  }

  /** What a build keeps of the index for the next one ({@code serve}): merged pages and their JSON. */
  public static final class Memory {
    private final Map<List<SearchDoc>, SearchDoc> merged = new java.util.IdentityHashMap<>();
    private final Map<SearchDoc, Fragment> fragments = new java.util.IdentityHashMap<>();
    private final Map<List<SearchDoc>, Long> sizes = new java.util.IdentityHashMap<>();

    private record Fragment(double share, byte[] json) {}

    /** How many pages it holds something of. */
    public int held() {
      return merged.size() + fragments.size() + sizes.size();
    }

    /** Forgets what belongs to pages not in this list (the last build's pages, all versions). */
    public void keepOnly(Collection<List<SearchDoc>> pages) {
      java.util.Set<List<SearchDoc>> lists = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      lists.addAll(pages);
      merged.keySet().retainAll(lists);
      sizes.keySet().retainAll(lists);
      java.util.Set<SearchDoc> docs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      docs.addAll(merged.values());
      fragments.keySet().retainAll(docs);
    }
  }

  /**
   * The same from each page's documents. A site whose sections fit the budget gets a document
   * per section; a larger one a document per page (its sections' words merged), each written on
   * its own, so {@code memory} can keep a page's merged document and its JSON by the identity of
   * the page's list: in the next build of {@code serve} only the pages that changed are done again.
   */
  public static byte[] json(Collection<List<SearchDoc>> pages, Memory memory, Map<String, String> kindLabels) {
    List<SearchDoc> docs = new java.util.ArrayList<>();
    pages.forEach(docs::addAll);
    long estimate = 64;
    for (List<SearchDoc> page : pages) {
      estimate += memory.sizes.computeIfAbsent(page, SearchIndex::estimate) - 64;
    }
    Map<String, String> labels = new java.util.TreeMap<>();
    for (SearchDoc d : docs) {
      String l = kindLabels.get(d.kind());
      if (l != null) {
        labels.put(d.kind(), l);
      }
    }
    if (estimate <= BUDGET * 0.9) {
      return write(docs, labels);
    }
    if (estimate <= BUDGET * 1.1) {
      byte[] full = write(docs, labels);
      if (full.length <= BUDGET) {
        return full;
      }
    }
    // too large by section: one document per page, its sections' words merged
    List<SearchDoc> merged = new java.util.ArrayList<>();
    for (List<SearchDoc> page : pages) {
      if (!page.isEmpty()) {
        merged.add(memory.merged.computeIfAbsent(page, p -> byPage(p).get(0)));
      }
    }
    merged.sort(Comparator.comparing(SearchDoc::url));
    long textBytes = 0;
    long all = 64;
    for (SearchDoc d : merged) {
      textBytes += d.text().length();
      all += 64 + d.kind().length() + d.title().length() + d.crumbs().length() + d.url().length() * 2 + d.keywords().length() + d.text().length() + d.snippet().length();
    }
    long fixed = all - textBytes;
    // a share of each page's words, in steps of 1/64 so that one edit seldom changes it
    double share = all <= BUDGET * 0.95 ? 1.0 : Math.max(0.02, Math.floor((BUDGET * 0.95 - fixed) / (double) textBytes * 64) / 64);
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, all + 1024));
    out.writeBytes(("{\"version\":3," + kinds(labels) + "\"docs\":[").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    boolean first = true;
    for (SearchDoc d : merged) {
      Memory.Fragment f = memory.fragments.get(d);
      if (f == null || f.share() != share) {
        f = new Memory.Fragment(share, page(d, share));
        memory.fragments.put(d, f);
      }
      if (!first) {
        out.write(',');
      }
      first = false;
      out.writeBytes(f.json());
    }
    out.writeBytes("]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** {@code "kinds":{...},}: the label of each kind of result, for the results list. */
  private static String kinds(Map<String, String> labels) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
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

  /** One page's document: its URL is its id, its page title and breadcrumb inline. */
  private static byte[] page(SearchDoc d, double share) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + d.text().length());
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", d.url());
      g.writeStringField("k", d.kind());
      g.writeStringField("t", d.title());
      g.writeStringField("b", d.crumbs());
      g.writeStringField("u", d.url());
      if (!d.keywords().isEmpty()) {
        g.writeStringField("w", d.keywords());
      }
      g.writeStringField("x", share >= 1.0 ? d.text() : firstWords(d.text(), share));
      g.writeStringField("s", d.snippet());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** About how many bytes the index of these documents takes. */
  static long estimate(Collection<SearchDoc> docs) {
    long n = 64;
    for (SearchDoc d : docs) {
      n += 48 + d.kind().length() + d.title().length() + d.url().length() + d.keywords().length() + d.text().length() + d.snippet().length();
    }
    return n;
  }

  private static List<List<SearchDoc>> pagesOf(Collection<SearchDoc> docs) {
    java.util.Map<String, List<SearchDoc>> pages = new java.util.LinkedHashMap<>();
    for (SearchDoc d : docs) {
      int hash = d.url().indexOf('#');
      pages.computeIfAbsent(hash < 0 ? d.url() : d.url().substring(0, hash), k -> new java.util.ArrayList<>()).add(d);
    }
    return List.copyOf(pages.values());
  }

  /** One document per page: the page's opening section, with every section's keywords and words. */
  static List<SearchDoc> byPage(Collection<SearchDoc> docs) {
    java.util.Map<String, List<SearchDoc>> pages = new java.util.LinkedHashMap<>();
    for (SearchDoc d : docs) {
      int hash = d.url().indexOf('#');
      pages.computeIfAbsent(hash < 0 ? d.url() : d.url().substring(0, hash), k -> new java.util.ArrayList<>()).add(d);
    }
    List<SearchDoc> out = new java.util.ArrayList<>();
    pages.forEach((url, list) -> {
      SearchDoc first = list.get(0);
      java.util.Set<String> words = new java.util.LinkedHashSet<>();
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      for (SearchDoc d : list) {
        words.addAll(java.util.Arrays.asList(d.title().split(" ")));
        words.addAll(java.util.Arrays.asList(d.text().split(" ")));
        if (!d.keywords().isEmpty()) {
          keys.addAll(java.util.Arrays.asList(d.keywords().split(" ")));
        }
      }
      String snippet = first.snippet().isEmpty() && list.size() > 1 ? list.get(1).snippet() : first.snippet();
      out.add(new SearchDoc(first.kind(), first.page(), first.page(), first.crumbs(), url, String.join(" ", keys), String.join(" ", words), snippet));
    });
    return out;
  }

  private static String firstWords(String terms, double share) {
    String[] words = terms.split(" ");
    int keep = (int) Math.max(4, Math.floor(words.length * share));
    return keep >= words.length ? terms : String.join(" ", java.util.Arrays.asList(words).subList(0, keep));
  }

  private static byte[] write(Collection<SearchDoc> docs, Map<String, String> labels) {
    List<SearchDoc> sorted = docs.stream().sorted(Comparator.comparing(SearchDoc::url).thenComparing(SearchDoc::title)).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    // page title and breadcrumb are the same for every section of a page: stored once
    java.util.Map<String, Integer> pages = new java.util.LinkedHashMap<>();
    for (SearchDoc d : sorted) {
      pages.putIfAbsent(d.page() + "\u0000" + d.crumbs(), pages.size());
    }
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("version", 2);
      g.writeObjectFieldStart("kinds");
      for (Map.Entry<String, String> e : labels.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("pages");
      for (String key : pages.keySet()) {
        int z = key.indexOf('\u0000');
        g.writeStartArray();
        g.writeString(key.substring(0, z));
        g.writeString(key.substring(z + 1));
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("docs");
      int id = 0;
      for (SearchDoc d : sorted) {
        g.writeStartObject();
        g.writeNumberField("id", id++);
        g.writeStringField("k", d.kind());
        g.writeStringField("t", d.title());
        g.writeNumberField("g", pages.get(d.page() + "\u0000" + d.crumbs()));
        g.writeStringField("u", d.url());
        if (!d.keywords().isEmpty()) {
          g.writeStringField("w", d.keywords());
        }
        g.writeStringField("x", d.text());
        g.writeStringField("s", d.snippet());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
