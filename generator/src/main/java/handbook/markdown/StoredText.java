package handbook.markdown;

import java.nio.charset.StandardCharsets;

/**
 * A text that may be kept as its UTF-8 bytes (a part of a larger array, not copied) until it is
 * first read: a cached body that a build does not render again is never decoded.
 */
public final class StoredText {
  private final byte[] bytes;
  private final int offset;
  private final int length;
  private volatile String text;

  private StoredText(String text, byte[] bytes, int offset, int length) {
    this.text = text;
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
  }

  /** The text itself; null for null. */
  public static StoredText of(String text) {
    return text == null ? null : new StoredText(text, null, 0, 0);
  }

  /** The text the bytes {@code [offset, offset + length)} of {@code bytes} encode; they must not change. */
  public static StoredText utf8(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    return new StoredText(null, bytes, offset, length);
  }

  /** The text (decoded on the first call). */
  public String get() {
    String t = text;
    if (t == null) {
      t = new String(bytes, offset, length, StandardCharsets.UTF_8);
      text = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredText s && get().equals(s.get());
  }

  @Override
  public int hashCode() {
    return get().hashCode();
  }

  @Override
  public String toString() {
    return get();
  }
}
