package handbook.testing;

/** Fuzz input as text: each byte picks one of a test's pieces, so bodies are made of real syntax. */
public final class Pieces {
  private Pieces() {}

  public static String join(byte[] data, String[] pieces) {
    StringBuilder b = new StringBuilder();
    for (byte x : data) {
      b.append(pieces[(x & 0xff) % pieces.length]);
    }
    return b.toString();
  }
}
