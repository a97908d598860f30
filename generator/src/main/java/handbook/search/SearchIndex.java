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
    byte[] full = write(docs);
    if (full.length <= BUDGET) {
      return full;
    }
    // too large by section: one document per page, its sections' words merged
    docs = byPage(docs);
    full = write(docs);
    if (full.length <= BUDGET) {
      return full;
    }
    long textBytes = 0;
    for (SearchDoc d : docs) {
      textBytes += d.text().length();
    }
    long fixed = full.length - textBytes;
    double share = Math.max(0.02, (BUDGET * 0.95 - fixed) / (double) textBytes);
    List<SearchDoc> trimmed =
        docs.stream()
            .map(d -> new SearchDoc(d.kind(), d.title(), d.page(), d.crumbs(), d.url(), d.keywords(), firstWords(d.text(), share), d.snippet()))
            .toList();
    return write(trimmed);
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
