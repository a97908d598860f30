package handbook.content;

import handbook.source.SourceFile;

/** Content hashes for fingerprints. */
public final class Hashes {
  private Hashes() {}

  /** The first 16 hex digits of the SHA-256 of a text (the first half of {@link SourceFile#hashOf}). */
  public static String of(String text) {
    return SourceFile.hashOf(text).substring(0, 16);
  }
}
