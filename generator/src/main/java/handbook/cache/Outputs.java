package handbook.cache;

import handbook.search.SearchDoc;
import handbook.search.SearchIndex;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build wrote: for each output key (a hash of everything a page was made from) its
 * search documents and the size and time of the file kept for it; and which key each site path
 * got. A page whose key is here is not rendered again.
 */
public final class Outputs {
  private static final String MAGIC = "handbook-outputs-4";

  /**
   * A rendered page: its search documents, and the stat of its kept file (0 when none is kept).
   * {@code fromSections} marks documents made from the page's Markdown sections, which the cache
   * folder does not store (they are made again from the parse result, cheaply); {@code search} is
   * null for such a page read from the cache folder. {@code indexed}: what the search index made
   * of the page, when it gave every page one document (else null).
   */
  public record Rendered(List<SearchDoc> search, long size, long modified, boolean fromSections, SearchIndex.Merged indexed, int libraries) {
    public Rendered {
      search = search == null ? null : List.copyOf(search);
    }

    public Rendered(List<SearchDoc> search, long size, long modified, boolean fromSections, SearchIndex.Merged indexed) {
      this(search, size, modified, fromSections, indexed, 0);
    }

    public Rendered(List<SearchDoc> search, long size, long modified, boolean fromSections) {
      this(search, size, modified, fromSections, null);
    }

    /** The same, saying which of the site's optional libraries the page loads ({@link handbook.assets.Assets#libraries}: KaTeX, Mermaid). */
    public Rendered withLibraries(int used) {
      return new Rendered(search, size, modified, fromSections, indexed, used);
    }

    public Rendered(List<SearchDoc> search, long size, long modified) {
      this(search, size, modified, false);
    }

    public Rendered withSearch(List<SearchDoc> docs) {
      return new Rendered(docs, size, modified, fromSections, indexed, libraries);
    }

    /** With what the search index made of the page (see {@link SearchIndex.Merged}). */
    public Rendered withIndexed(SearchIndex.Merged m) {
      return new Rendered(search, size, modified, fromSections, m, libraries);
    }
  }

  private final Map<String, Rendered> byKey;
  private final Map<String, String> byPath;

  public Outputs() {
    this(16);
  }

  /** Sized for about {@code pages} pages (a run's, made as large as the last one's). */
  public Outputs(int pages) {
    byKey = new ConcurrentHashMap<>(pages);
    byPath = new ConcurrentHashMap<>(pages);
  }

  /** How many pages it holds. */
  public int size() {
    return byPath.size();
  }

  public Rendered get(String key) {
    return key == null ? null : byKey.get(key);
  }

  /** The key of what was written at a site path. */
  public String keyAt(String sitePath) {
    return byPath.get(sitePath);
  }

  /** Notes what the search index made of the page of {@code key}, if this run wrote one. */
  public void indexed(String key, SearchIndex.Merged m) {
    byKey.computeIfPresent(key, (k, r) -> r.withIndexed(m));
  }

  public void put(String sitePath, String key, Rendered r) {
    byKey.put(key, r);
    byPath.put(sitePath, key);
  }

  public Set<String> paths() {
    return byPath.keySet();
  }

  public Set<String> keys() {
    return byKey.keySet();
  }

  /** Holds what {@code other} holds, and nothing else (after a run: what it wrote). */
  public void replaceWith(Outputs other) {
    byKey.clear();
    byPath.clear();
    byKey.putAll(other.byKey);
    byPath.putAll(other.byPath);
  }

  public static Outputs load(Path file, String generator) {
    Outputs read =
        Store.readPack(
            file,
            MAGIC,
            generator,
            in -> {
              Outputs o = new Outputs();
              int keys = in.readInt();
              for (int i = 0; i < keys; i++) {
                String key = Codecs.string(in);
                boolean fromSections = in.readBoolean();
                int libraries = in.readUnsignedByte();
                List<SearchDoc> search = Codecs.list(in, SEARCH_DOC);
                long size = in.readLong();
                long modified = in.readLong();
                SearchIndex.Merged indexed = null;
                if (in.readBoolean()) {
                  String url = Codecs.string(in);
                  long estimate = in.readLong();
                  long textLength = in.readLong();
                  long docSize = in.readLong();
                  long cap = in.readLong();
                  byte[] json = new byte[in.readInt()];
                  in.readFully(json);
                  indexed = new SearchIndex.Merged(url, estimate, textLength, docSize, cap, json);
                }
                o.byKey.put(key, new Rendered(fromSections ? null : search, size, modified, fromSections, indexed, libraries));
              }
              int paths = in.readInt();
              for (int i = 0; i < paths; i++) {
                o.byPath.put(Codecs.string(in), Codecs.string(in));
              }
              return o;
            });
    return read == null ? new Outputs() : read;
  }

  public void write(Path file, String generator) throws IOException {
    Store.writePack(
        file,
        MAGIC,
        generator,
        out -> {
          List<String> keys = byKey.keySet().stream().sorted().toList();
          out.writeInt(keys.size());
          for (String k : keys) {
            Rendered r = byKey.get(k);
            Codecs.string(out, k);
            out.writeBoolean(r.fromSections());
            out.writeByte(r.libraries());
            Codecs.list(out, r.fromSections() || r.search() == null ? List.of() : r.search(), SEARCH_DOC);
            out.writeLong(r.size());
            out.writeLong(r.modified());
            SearchIndex.Merged m = r.indexed();
            out.writeBoolean(m != null);
            if (m != null) {
              Codecs.string(out, m.url());
              out.writeLong(m.estimate());
              out.writeLong(m.textLength());
              out.writeLong(m.size());
              out.writeLong(m.cap());
              out.writeInt(m.json().length);
              out.write(m.json());
            }
          }
          List<String> paths = byPath.keySet().stream().sorted().toList();
          out.writeInt(paths.size());
          for (String p : paths) {
            Codecs.string(out, p);
            Codecs.string(out, byPath.get(p));
          }
        });
  }

  public static final Codec<SearchDoc> SEARCH_DOC =
      new Codec<>() {
        @Override
        public void write(SearchDoc d, DataOutput out) throws IOException {
          Codecs.string(out, d.kind());
          Codecs.string(out, d.title());
          Codecs.string(out, d.page());
          Codecs.string(out, d.crumbs());
          Codecs.string(out, d.url());
          Codecs.string(out, d.keywords());
          Codecs.string(out, d.text());
          Codecs.string(out, d.snippet());
          out.writeDouble(d.boost());
        }

        @Override
        public SearchDoc read(DataInput in) throws IOException {
          return new SearchDoc(
              Codecs.string(in), Codecs.string(in), Codecs.string(in), Codecs.string(in), Codecs.string(in), Codecs.string(in),
              Codecs.string(in), Codecs.string(in), in.readDouble());
        }
      };
}
