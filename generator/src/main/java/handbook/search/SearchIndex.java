package handbook.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The search index of one site (one version): every section of every page, written compactly
 * as {@code search-index.json}. Field names are short because the file is loaded by the browser.
 */
public final class SearchIndex {
  private SearchIndex() {}

  /** The size the index is kept to: beyond it, the largest texts are cut. */
  public static final int BUDGET = 4 * 1024 * 1024;

  /** The index file, and the documents whose text was cut to fit the budget (largest first). */
  public record Result(byte[] json, List<SearchDoc> trimmed) {}

  /** The index file; see {@link #index}. */
  public static byte[] json(Collection<SearchDoc> docs) {
    return index(docs).json();
  }

  /**
   * The index file, documents in URL order so the output is deterministic. When it would grow
   * past {@link #BUDGET}, the largest pages give way first, so that one huge page (thousands of
   * sections) loses its own detail, not the whole site's: pages above one common size have their
   * sections merged into one document and, if that is still too large, their text cut. When the
   * budget is still exceeded (a large site of ordinary pages), every page's sections are merged,
   * and then the largest texts are cut to one length. Titles, keywords and snippets stay whole.
   */
  public static Result index(Collection<SearchDoc> docs) {
    byte[] full = write(docs);
    if (full.length <= BUDGET) {
      return new Result(full, List.of());
    }
    Result fair = largestPagesGiveWay(docs);
    if (fair != null) {
      return fair;
    }
    // too large by section: one document per page, its sections' words merged
    docs = byPage(docs);
    full = write(docs);
    if (full.length <= BUDGET) {
      return new Result(full, List.of());
    }
    long available = (long) (BUDGET * 0.95) - (full.length - textLength(docs));
    long cap = waterLevel(docs.stream().mapToLong(d -> d.text().length()).sorted().toArray(), available);
    List<SearchDoc> out = new java.util.ArrayList<>();
    List<SearchDoc> trimmed = new java.util.ArrayList<>();
    for (SearchDoc d : docs) {
      if (d.text().length() > cap) {
        trimmed.add(d);
        out.add(new SearchDoc(d.kind(), d.title(), d.page(), d.crumbs(), d.url(), d.keywords(), firstWords(d.text(), cap), d.snippet()));
      } else {
        out.add(d);
      }
    }
    trimmed.sort(Comparator.comparingInt((SearchDoc d) -> -d.text().length()).thenComparing(SearchDoc::url));
    return new Result(write(out), List.copyOf(trimmed));
  }

  /**
   * The index with only the pages above a common size made smaller (their sections merged, then
   * their text cut to fit); null when the other pages alone are already too large for that.
   */
  private static Result largestPagesGiveWay(Collection<SearchDoc> docs) {
    java.util.Map<String, List<SearchDoc>> pages = new java.util.LinkedHashMap<>();
    for (SearchDoc d : docs) {
      pages.computeIfAbsent(pageUrl(d.url()), k -> new java.util.ArrayList<>()).add(d);
    }
    java.util.Map<String, Long> sizes = new java.util.HashMap<>();
    pages.forEach((url, list) -> sizes.put(url, list.stream().mapToLong(SearchIndex::size).sum()));
    long available = (long) (BUDGET * 0.9);
    long cap = waterLevel(sizes.values().stream().mapToLong(Long::longValue).sorted().toArray(), available);
    List<SearchDoc> out = new java.util.ArrayList<>();
    List<SearchDoc> trimmed = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, List<SearchDoc>> e : pages.entrySet()) {
      if (sizes.get(e.getKey()) <= cap) {
        out.addAll(e.getValue());
        continue;
      }
      SearchDoc merged = byPage(e.getValue()).get(0);
      long room = cap - (size(merged) - merged.text().length());
      if (room < 200) {
        return null; // the page cannot shrink to its share: the site as a whole is too large
      }
      if (merged.text().length() > room) {
        merged = new SearchDoc(merged.kind(), merged.title(), merged.page(), merged.crumbs(), merged.url(), merged.keywords(), firstWords(merged.text(), room), merged.snippet());
      }
      out.add(merged);
      trimmed.add(merged);
    }
    byte[] json = write(out);
    if (json.length > BUDGET) {
      return null;
    }
    trimmed.sort(Comparator.comparingLong((SearchDoc d) -> -sizes.get(d.url())).thenComparing(SearchDoc::url));
    return new Result(json, List.copyOf(trimmed));
  }

  /** About the bytes a document takes in the index. */
  private static long size(SearchDoc d) {
    return 48L + d.title().length() + d.url().length() + d.keywords().length() + d.text().length() + d.snippet().length() + d.kind().length();
  }

  /** A document's page: its URL without the fragment (the path is encoded, so a {@code #} starts the fragment). */
  private static String pageUrl(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static long textLength(Collection<SearchDoc> docs) {
    long n = 0;
    for (SearchDoc d : docs) {
      n += d.text().length();
    }
    return n;
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

  /** One document per page: the page's opening section, with every section's keywords and words. */
  static List<SearchDoc> byPage(Collection<SearchDoc> docs) {
    java.util.Map<String, List<SearchDoc>> pages = new java.util.LinkedHashMap<>();
    for (SearchDoc d : docs) {
      pages.computeIfAbsent(pageUrl(d.url()), k -> new java.util.ArrayList<>()).add(d);
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

  /** The first words of a text that fit in {@code max} characters, and never fewer than four. */
  private static String firstWords(String terms, long max) {
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
    return terms.substring(0, end).strip();
  }

  private static byte[] write(Collection<SearchDoc> docs) {
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
