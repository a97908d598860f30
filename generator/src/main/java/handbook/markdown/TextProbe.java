package handbook.markdown;

/**
 * Which ASCII characters a text holds, and which pairs of them stand side by side, found in one
 * pass: a quick "not there" before a search for a string. A body is tested for a dozen syntaxes
 * ({@code $$}, {@code ][}, {@code code-group}, ...), most of them absent; each search read the
 * whole text, and the quick compiler the builds run on does not make {@code String.indexOf} fast.
 * A "may be there" is only a maybe (pairs share bits): the search follows.
 */
final class TextProbe {
  private static final int PAIR_BITS = 2048;

  /** The ASCII characters seen: 0-63 in {@code low}, 64-127 in {@code high}. */
  private final long low;

  private final long high;

  /** The pairs of ASCII characters seen, hashed to {@link #PAIR_BITS} bits. */
  private final long[] pairs;

  private final byte[] latin1;

  private TextProbe(long low, long high, long[] pairs, byte[] latin1) {
    this.low = low;
    this.high = high;
    this.pairs = pairs;
    this.latin1 = latin1;
  }

  static TextProbe of(String text) {
    long low = 0;
    long high = 0;
    long[] pairs = new long[PAIR_BITS / 64];
    // the text as Latin-1 bytes: a copy of most texts' own bytes, read without a call a character;
    // a character beyond Latin-1 is a question mark (one more character and pairs, never one less)
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    int previous = 0x80; // none: no pair with the first character
    for (byte b : bytes) {
      int c = b;
      if (c < 0) {
        previous = 0x80;
        continue;
      }
      if (c < 64) {
        low |= 1L << c;
      } else {
        high |= 1L << c; // (shifts take the low 6 bits)
      }
      if (previous != 0x80) {
        int h = pair(previous, c);
        pairs[h >>> 6] |= 1L << h;
      }
      previous = c;
    }
    // (a pair of surrogates is one question mark: then the bytes' places are not the text's)
    return new TextProbe(low, high, pairs, bytes.length == text.length() ? bytes : null);
  }

  private static int pair(int a, int b) {
    return ((a << 4) ^ b) & (PAIR_BITS - 1);
  }

  /**
   * The text's characters as Latin-1 bytes, each at its character's place (a character beyond
   * Latin-1 a question mark), for a pass that looks for ASCII characters without a call a
   * character; null when the places differ.
   */
  byte[] latin1() {
    return latin1;
  }

  /** Whether the text holds {@code c} (an ASCII character). */
  boolean has(char c) {
    return c < 64 ? (low & 1L << c) != 0 : c < 128 && (high & 1L << c) != 0;
  }

  /** Whether the text holds a control character other than a line end: a tab, a carriage return, NUL and such. */
  boolean hasControls() {
    return (low & 0xFFFF_FFFFL & ~(1L << '\n')) != 0;
  }

  /**
   * Whether the text may hold {@code s} (of ASCII characters): false when it surely does not
   * (one of its characters or pairs is not in the text).
   */
  boolean mayContain(String s) {
    int previous = -1;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (!has(c)) {
        return false;
      }
      if (previous >= 0 && !hasPair(previous, c)) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * Whether the text may hold {@code s} (of ASCII characters, its letters lower-case) with its
   * letters in any case: false when it surely does not.
   */
  boolean mayContainIgnoringCase(String s) {
    int previous = -1;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      char upper = Character.toUpperCase(c);
      if (!has(c) && !has(upper)) {
        return false;
      }
      if (previous >= 0) {
        char previousUpper = Character.toUpperCase((char) previous);
        if (!hasPair(previous, c) && !hasPair(previous, upper) && !hasPair(previousUpper, c) && !hasPair(previousUpper, upper)) {
          return false;
        }
      }
      previous = c;
    }
    return true;
  }

  private boolean hasPair(int a, int b) {
    int h = pair(a, b);
    return (pairs[h >>> 6] & 1L << h) != 0;
  }

  /** Whether the text holds {@code s}: the probe first, then the search. */
  static boolean contains(TextProbe probe, String text, String s) {
    return probe.mayContain(s) && text.contains(s);
  }
}
