package handbook.cache;

import handbook.source.SourceFile;
import java.util.function.Supplier;

/**
 * Parse results by file content: a file whose text, parser and settings are the same as in an
 * earlier build (or an earlier version in this build) is not parsed again.
 */
public interface ParseMemo {
  /**
   * The value {@code parse} made from this text before, or {@code parse}'s result now (kept).
   *
   * @param namespace who parses what ({@code docs}); a codec's shape belongs to its namespace
   * @param file the file (its path and the hash of its text count)
   * @param environment everything else the result depends on (settings, language)
   */
  <T> T get(String namespace, SourceFile file, String environment, Codec<T> codec, Supplier<T> parse);

  /** The key a result is kept under: also a fingerprint of everything it was made from. */
  String key(String namespace, SourceFile file, String environment);

  /**
   * No memory and no fingerprints, for a build that keeps nothing (no cache, not {@code serve},
   * one version): nothing compares its keys with another build's, so a key only names the file
   * and settings, and no text is hashed.
   */
  ParseMemo ONCE =
      new ParseMemo() {
        @Override
        public <T> T get(String namespace, SourceFile file, String environment, Codec<T> codec, Supplier<T> parse) {
          return parse.get();
        }

        @Override
        public String key(String namespace, SourceFile file, String environment) {
          return namespace + "\u0000" + file.path() + "\u0000" + environment;
        }
      };
}
