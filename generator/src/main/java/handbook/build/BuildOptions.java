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
 * @param strict the content kinds whose soft problems are errors ({@code runbooks} for
 *     {@code --strict-runbooks}: overdue reviews)
 * @param environment the variables an MkDocs config's {@code !ENV} values are read from (the
 *     process's, for the command line)
 */
public record BuildOptions(
    Path content, Path out, Path templates, boolean write, Instant buildTime, String siteVersion, Path cache, java.util.Set<String> strict, java.util.Map<String, String> environment) {
  public BuildOptions {
    strict = java.util.Set.copyOf(strict);
    environment = java.util.Map.copyOf(environment);
  }

  public BuildOptions(Path content, Path out, Path templates, boolean write, Instant buildTime, String siteVersion, Path cache, java.util.Set<String> strict) {
    this(content, out, templates, write, buildTime, siteVersion, cache, strict, java.util.Map.of());
  }

  /** The same, with {@code !ENV} values read from these variables. */
  public BuildOptions withEnvironment(java.util.Map<String, String> variables) {
    return new BuildOptions(content, out, templates, write, buildTime, siteVersion, cache, strict, variables);
  }

  public BuildOptions(Path content, Path out, Path templates, boolean write, Instant buildTime) {
    this(content, out, templates, write, buildTime, null, null, java.util.Set.of());
  }

  public BuildOptions(Path content, Path out, Path templates, boolean write, Instant buildTime, String siteVersion) {
    this(content, out, templates, write, buildTime, siteVersion, null, java.util.Set.of());
  }

  public BuildOptions(Path content, Path out, Path templates, boolean write, Instant buildTime, String siteVersion, Path cache) {
    this(content, out, templates, write, buildTime, siteVersion, cache, java.util.Set.of());
  }

  /** The time of the build: {@code buildTime}, or now when it is not set. */
  public Instant buildInstant() {
    return buildTime == null ? Instant.now() : buildTime;
  }

  /** The day of the build (UTC): from {@code buildTime}, or today when it is not set. */
  public LocalDate buildDate() {
    return LocalDate.ofInstant(buildInstant(), ZoneOffset.UTC);
  }
}
