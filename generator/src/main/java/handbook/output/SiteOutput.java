package handbook.output;

import handbook.cache.Outputs;
import handbook.search.SearchDoc;
import java.io.IOException;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * Where a run puts the site: a staging folder swapped in when the build succeeds, or for
 * {@code serve} the served folder itself, changed file by file. Pages rendered before are put in
 * place without rendering them again ({@link #reuse}).
 */
public interface SiteOutput extends AutoCloseable {
  /** Writes a file at a site path. */
  void write(String sitePath, byte[] bytes);

  /**
   * Puts the page made from {@code key} at {@code sitePath} from what an earlier build kept;
   * false when nothing usable is kept, so the page must be rendered.
   */
  boolean reuse(String sitePath, String key, Outputs.Rendered kept);

  /**
   * Takes from the file at {@code sitePath} every permission its source lacks, so copying never
   * widens a file's mode ({@code source} null: nothing to keep to).
   */
  void restrict(String sitePath, Set<PosixFilePermission> source);

  /** Makes {@code sitePath} the same file as {@code existing}, written earlier in this run. */
  void same(String sitePath, String existing);

  /** Keeps the page just written at {@code sitePath} under {@code key} for later builds. */
  Outputs.Rendered keep(String sitePath, String key, List<SearchDoc> search);

  /** Puts a folder of this run's output at another place too ({@code latest/}). */
  void copyFolder(String from, String to) throws IOException;

  /** Makes this run's output the site. */
  void commit() throws IOException;

  @Override
  void close() throws IOException;
}
