package handbook.source;

import java.util.Objects;

/**
 * The text of one content file. {@code path} is relative to the content folder with forward
 * slashes ({@code docs/ops/backup.md}); {@code displayPath} is how diagnostics name it
 * ({@code content/docs/ops/backup.md}).
 */
public record SourceFile(String path, String displayPath, String text) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(text, "text");
  }

  public static SourceFile of(String path, String text) {
    return new SourceFile(path, "content/" + path, text);
  }
}
