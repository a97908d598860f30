package handbook.assets;

import handbook.cache.Outputs;
import handbook.output.SiteOutput;
import handbook.search.SearchDoc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * An output that writes a gzip copy beside every text file ({@code page/index.html.gz}), for
 * servers that send precompressed files (nginx {@code gzip_static on}). The copies are the same
 * for the same file (no time stamp, best compression).
 */
public final class GzipCopies implements SiteOutput {
  static final Set<String> TEXT = Set.of("html", "css", "js", "mjs", "json", "svg", "xml", "txt", "map");
  private final SiteOutput out;
  private final Function<String, byte[]> reader;

  /**
   * @param out where the files go
   * @param reader reads a file back from {@code out} (a page {@link #reuse} put in place)
   */
  public GzipCopies(SiteOutput out, Function<String, byte[]> reader) {
    this.out = out;
    this.reader = reader;
  }

  /** Whether a site path gets a gzip copy. */
  public static boolean isText(String sitePath) {
    int slash = sitePath.lastIndexOf('/');
    int dot = sitePath.lastIndexOf('.');
    return dot > slash && TEXT.contains(sitePath.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** The gzip bytes of a file: no name, no time, best compression. */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream b = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(b) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  @Override
  public void write(String sitePath, byte[] bytes) {
    out.write(sitePath, bytes);
    if (isText(sitePath)) {
      out.write(sitePath + ".gz", gzip(bytes));
    }
  }

  @Override
  public boolean reuse(String sitePath, String key, Outputs.Rendered kept) {
    if (!out.reuse(sitePath, key, kept)) {
      return false;
    }
    if (isText(sitePath)) {
      out.write(sitePath + ".gz", gzip(reader.apply(sitePath)));
    }
    return true;
  }

  @Override
  public void restrict(String sitePath, Set<java.nio.file.attribute.PosixFilePermission> source) {
    out.restrict(sitePath, source);
    if (isText(sitePath)) {
      out.restrict(sitePath + ".gz", source);
    }
  }

  @Override
  public void same(String sitePath, String existing) {
    out.same(sitePath, existing);
    if (isText(sitePath) && isText(existing)) {
      out.same(sitePath + ".gz", existing + ".gz");
    }
  }

  @Override
  public Outputs.Rendered keep(String sitePath, String key, List<SearchDoc> search) {
    return out.keep(sitePath, key, search);
  }

  @Override
  public void copyFolder(String from, String to) throws IOException {
    out.copyFolder(from, to);
  }

  @Override
  public void commit() throws IOException {
    out.commit();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
