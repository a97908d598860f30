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
   * past {@link #BUDGET}, every section keeps a proportionally smaller share of its distinct words
   * (titles, headings, keywords and snippets stay whole), so large sites stay searchable by
   * heading and by their most prominent words.
   */
  public static byte[] json(Collection<SearchDoc> docs) {
    byte[] full = write(docs);
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
