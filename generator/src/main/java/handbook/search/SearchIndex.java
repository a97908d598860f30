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

  /** The index file, documents in URL order so the output is deterministic. */
  public static byte[] json(Collection<SearchDoc> docs) {
    List<SearchDoc> sorted = docs.stream().sorted(Comparator.comparing(SearchDoc::url).thenComparing(SearchDoc::title)).toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("version", 1);
      g.writeArrayFieldStart("docs");
      int id = 0;
      for (SearchDoc d : sorted) {
        g.writeStartObject();
        g.writeNumberField("id", id++);
        g.writeStringField("k", d.kind());
        g.writeStringField("t", d.title());
        g.writeStringField("p", d.page());
        g.writeStringField("b", d.crumbs());
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
