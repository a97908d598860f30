package handbook.testing;

/** Test input made of a test's pieces of real syntax: picked by a fuzzer's bytes, or at random. */
public final class Pieces {
  private Pieces() {}

  /**
   * Random text of 1 to {@code most} pieces, most of them followed by a blank line (blocks of
   * Markdown, say, that then stand apart or run into each other).
   */
  public static String blocks(java.util.Random r, String[] pieces, int most) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(most) + 1; k > 0; k--) {
      b.append(pieces[r.nextInt(pieces.length)]);
      b.append(r.nextInt(3) == 0 ? "" : "\n");
    }
    return b.toString();
  }

  /** Each byte of a fuzzer's input picks one piece. */
  public static String join(byte[] data, String[] pieces) {
    StringBuilder b = new StringBuilder();
    for (byte x : data) {
      b.append(pieces[(x & 0xff) % pieces.length]);
    }
    return b.toString();
  }
}
