package handbook.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What to build.
 *
 * @param write false for {@code check}: everything but the write
 * @param buildTime the date used for anything time-dependent, from SOURCE_DATE_EPOCH (may be null)
 * @param siteVersion the label of the working tree's version, overriding {@code versions.current}
 * @param cache a folder where rendered pages are kept between runs, or null
 * @param strictRunbooks true to report stale runbooks as errors instead of warnings
 */
public record BuildOptions(
    Path content, Path out, Path templates, boolean write, Instant buildTime, String siteVersion, Path cache, boolean strictRunbooks) {
  public BuildOptions(Path content, Path out, Path templates, boolean write, Instant buildTime) {
    this(content, out, templates, write, buildTime, null, null, false);
  }

  public BuildOptions(Path content, Path out, Path templates, boolean write, Instant buildTime, String siteVersion) {
    this(content, out, templates, write, buildTime, siteVersion, null, false);
  }

  public BuildOptions(Path content, Path out, Path templates, boolean write, Instant buildTime, String siteVersion, Path cache) {
    this(content, out, templates, write, buildTime, siteVersion, cache, false);
  }

  /** The day of the build (UTC): from {@code buildTime}, or today when it is not set. */
  public LocalDate buildDate() {
    return LocalDate.ofInstant(buildTime == null ? Instant.now() : buildTime, ZoneOffset.UTC);
  }
}
