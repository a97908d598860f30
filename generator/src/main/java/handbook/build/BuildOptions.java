package handbook.build;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param write false for {@code check}: everything but the write
 * @param buildTime the date used for anything time-dependent, from SOURCE_DATE_EPOCH (may be null)
 */
public record BuildOptions(Path content, Path out, Path templates, boolean write, java.time.Instant buildTime) {}
