package handbook.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer that encodes what it is given as UTF-8 into a byte array, which it keeps from page to
 * page (one thread's pages): a page goes from the template to its bytes without a string
 * between. The bytes are those of {@code String.getBytes(UTF_8)} of all it was given, an unpaired
 * surrogate made {@code ?}, also when a pair comes in two writes.
 */
final class Utf8Sink extends Writer {
  private byte[] bytes = new byte[16384];
  private int count;
  private final char[] chars = new char[2048];
  private final char[] one = new char[1];
  /** A high surrogate whose low one may still come, or 0. */
  private char high;
  /** Whether a rendering is writing into it. */
  boolean busy;

  /** Empties the sink for the next page (a buffer grown past 1 MB for a huge one is not kept). */
  void reset() {
    if (bytes.length > 1 << 20) {
      bytes = new byte[16384];
    }
    count = 0;
    high = 0;
  }

  /** The bytes of what was written since {@link #reset}. */
  byte[] toByteArray() {
    if (high != 0) {
      ensure(1);
      bytes[count++] = '?';
      high = 0;
    }
    return Arrays.copyOf(bytes, count);
  }

  @Override
  public void write(int c) {
    one[0] = (char) c;
    encode(one, 0, 1);
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public void write(String s, int off, int len) {
    // a whole string at once through the JDK's encoder, which copies an ASCII string's bytes as
    // they are (the loop below widens each to a char first, then narrows it); not when a
    // surrogate pair may be cut between this write and another
    if (len >= 32 && off == 0 && len == s.length() && high == 0 && !Character.isHighSurrogate(s.charAt(len - 1))) {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ensure(b.length);
      System.arraycopy(b, 0, bytes, count, b.length);
      count += b.length;
      return;
    }
    while (len > 0) {
      int n = Math.min(len, chars.length);
      s.getChars(off, off + n, chars, 0);
      encode(chars, 0, n);
      off += n;
      len -= n;
    }
  }

  @Override
  public void write(char[] c, int off, int len) {
    encode(c, off, len);
  }

  private void ensure(int more) {
    if (count + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
    }
  }

  private void encode(char[] c, int off, int len) {
    ensure(3 * len + 4);
    byte[] b = bytes;
    int at = count;
    int end = off + len;
    int i = off;
    if (high != 0 && i < end) {
      char first = c[i];
      if (Character.isLowSurrogate(first)) {
        at = four(b, at, Character.toCodePoint(high, first));
        i++;
      } else {
        b[at++] = '?';
      }
      high = 0;
    }
    for (; i < end; i++) {
      char ch = c[i];
      if (ch < 0x80) {
        b[at++] = (byte) ch;
      } else if (ch < 0x800) {
        b[at++] = (byte) (0xc0 | ch >> 6);
        b[at++] = (byte) (0x80 | ch & 0x3f);
      } else if (Character.isHighSurrogate(ch)) {
        if (i + 1 == end) {
          high = ch; // its low surrogate may come with the next write
        } else if (Character.isLowSurrogate(c[i + 1])) {
          at = four(b, at, Character.toCodePoint(ch, c[++i]));
        } else {
          b[at++] = '?';
        }
      } else if (Character.isLowSurrogate(ch)) {
        b[at++] = '?';
      } else {
        b[at++] = (byte) (0xe0 | ch >> 12);
        b[at++] = (byte) (0x80 | ch >> 6 & 0x3f);
        b[at++] = (byte) (0x80 | ch & 0x3f);
      }
    }
    count = at;
  }

  private static int four(byte[] b, int at, int cp) {
    b[at++] = (byte) (0xf0 | cp >> 18);
    b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
    b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
    b[at++] = (byte) (0x80 | cp & 0x3f);
    return at;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
