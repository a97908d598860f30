package handbook.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The text of one content file. {@code path} is relative to the content folder with forward
 * slashes ({@code docs/ops/backup.md}); {@code displayPath} is how diagnostics name it
 * ({@code content/docs/ops/backup.md}). Its {@link #hash()} is computed once, on first use.
 */
public final class SourceFile {
  private final String path;
  private final String displayPath;
  private final String text;
  private volatile String hash;

  public SourceFile(String path, String displayPath, String text) {
    this(path, displayPath, text, null);
  }

  /** @param hash what {@link #hash()} gives for this text, known from before (null: computed when asked) */
  public SourceFile(String path, String displayPath, String text, String hash) {
    this.path = Objects.requireNonNull(path, "path");
    this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
    this.text = Objects.requireNonNull(text, "text");
    this.hash = hash;
  }

  public static SourceFile of(String path, String text) {
    return new SourceFile(path, "content/" + path, text);
  }

  public String path() {
    return path;
  }

  public String displayPath() {
    return displayPath;
  }

  public String text() {
    return text;
  }

  /** 128 bits of the SHA-256 of the text, as hex: what caches key the file's results by. */
  public String hash() {
    String h = hash;
    if (h == null) {
      try {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        h = HexFormat.of().formatHex(d, 0, 16);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return displayPath;
  }
}
