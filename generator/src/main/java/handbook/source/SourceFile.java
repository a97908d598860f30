package handbook.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The text of one content file. {@code path} is relative to the content folder with forward
 * slashes ({@code docs/ops/backup.md}); {@code displayPath} is how diagnostics name it
 * ({@code content/docs/ops/backup.md}). Its {@link #hash()} is computed once, on first use. A
 * file known by its hash from an earlier build ({@link #unread}) is read only when its text is
 * asked for.
 */
public final class SourceFile {
  private final String path;
  private final String displayPath;
  private volatile String text;
  private Supplier<String> reader;
  private volatile String hash;

  public SourceFile(String path, String displayPath, String text) {
    this(path, displayPath, text, (String) null);
  }

  /** @param hash what {@link #hash()} gives for this text, known from before (null: computed when asked) */
  public SourceFile(String path, String displayPath, String text, String hash) {
    this.path = Objects.requireNonNull(path, "path");
    this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
    this.text = Objects.requireNonNull(text, "text");
    this.hash = hash;
  }

  private SourceFile(String path, String displayPath, String hash, Supplier<String> reader) {
    this.path = Objects.requireNonNull(path, "path");
    this.displayPath = Objects.requireNonNull(displayPath, "displayPath");
    this.hash = Objects.requireNonNull(hash, "hash");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * A file whose hash is known without reading it (its stamp is the one it had when an earlier
   * build read it); {@code reader} gives its text when {@link #text()} is first called.
   */
  public static SourceFile unread(String path, String displayPath, String hash, Supplier<String> reader) {
    return new SourceFile(path, displayPath, hash, reader);
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
    String t = text;
    if (t == null) {
      synchronized (this) {
        t = text;
        if (t == null) {
          t = Objects.requireNonNull(reader.get(), "text");
          text = t;
          reader = null;
        }
      }
    }
    return t;
  }

  /** 128 bits of the SHA-256 of the text, as hex: what caches key the file's results by. */
  public String hash() {
    String h = hash;
    if (h == null) {
      h = hashOf(text());
      hash = h;
    }
    return h;
  }

  /** What {@link #hash()} gives for a file of this text. */
  public static String hashOf(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return displayPath;
  }
}
