package handbook.build;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param write false for {@code check}: everything but the write
 * @param buildTime the date used for anything time-dependent, from SOURCE_DATE_EPOCH (may be null)
 * @param siteVersion the label of the working tree's version, overriding {@code versions.current}
 * @param cache a folder where rendered pages are kept between runs, or null
 */
public record BuildOptions(
    Path content, Path out, Path templates, boolean write, java.time.Instant buildTime, String siteVersion, Path cache) {
  public BuildOptions(Path content, Path out, Path templates, boolean write, java.time.Instant buildTime) {
    this(content, out, templates, write, buildTime, null, null);
  }

  public BuildOptions(Path content, Path out, Path templates, boolean write, java.time.Instant buildTime, String siteVersion) {
    this(content, out, templates, write, buildTime, siteVersion, null);
  }
}
