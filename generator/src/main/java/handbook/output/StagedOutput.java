package handbook.output;

import handbook.cache.CacheFolder;
import handbook.cache.Outputs;
import handbook.search.SearchDoc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A build's output: everything goes to a staging folder that is swapped in when the build
 * succeeds. With a cache folder, pages rendered by an earlier build are hard links to the kept
 * copies, and pages rendered now are kept there for the next build.
 */
public final class StagedOutput implements SiteOutput {
  private final StagedSite site;
  private final CacheFolder cache;

  /** @param cache the cache folder, or null */
  public StagedOutput(Path out, CacheFolder cache) throws IOException {
    // with a cache most pages are the same from build to build: the build folder before the live
    // one is brought up to date rather than a new tree made
    this.site = new StagedSite(out, cache != null);
    this.cache = cache;
  }

  @Override
  public void write(String sitePath, byte[] bytes) {
    site.write(sitePath, bytes);
  }

  @Override
  public boolean reuse(String sitePath, String key, Outputs.Rendered kept) {
    CacheFolder.Kept k = cache == null || kept == null ? null : cache.kept(key, kept);
    if (k == null) {
      return false;
    }
    try {
      site.place(sitePath, k.file(), k.fileKey());
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void restrict(String sitePath, java.util.Set<java.nio.file.attribute.PosixFilePermission> source) {
    FileModes.restrict(site.path(sitePath), source);
  }

  @Override
  public void same(String sitePath, String existing) {
    site.link(sitePath, existing);
  }

  @Override
  public Outputs.Rendered keep(String sitePath, String key, List<SearchDoc> search) {
    long[] stat = cache == null ? null : cache.keep(key, site.path(sitePath));
    return stat == null ? new Outputs.Rendered(search, 0, 0) : new Outputs.Rendered(search, stat[0], stat[1]);
  }

  /** A file written (or put in place) earlier in this run. */
  public byte[] read(String sitePath) {
    try {
      return java.nio.file.Files.readAllBytes(site.path(sitePath));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void copyFolder(String from, String to) throws IOException {
    site.copyFolder(from, to);
  }

  @Override
  public void commit() throws IOException {
    site.commit();
  }

  @Override
  public void close() throws IOException {
    site.close();
  }
}
