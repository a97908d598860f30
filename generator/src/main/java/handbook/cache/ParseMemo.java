package handbook.cache;

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
   * @param path the file's content path
   * @param text the file's text
   * @param environment everything else the result depends on (settings, language)
   */
  <T> T get(String namespace, String path, String text, String environment, Codec<T> codec, Supplier<T> parse);

  /** The key a result is kept under: also a fingerprint of everything it was made from. */
  String key(String namespace, String path, String text, String environment);

  /** No memory: parses every time. */
  ParseMemo NONE =
      new ParseMemo() {
        @Override
        public <T> T get(String namespace, String path, String text, String environment, Codec<T> codec, Supplier<T> parse) {
          return parse.get();
        }

        @Override
        public String key(String namespace, String path, String text, String environment) {
          return Keys.of(namespace, path, environment, text);
        }
      };
}
