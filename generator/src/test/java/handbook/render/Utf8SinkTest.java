package handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8SinkTest {
  private static final char[] CHARS = {
    'a', 'Z', ' ', '<', '&', '\n', 'å', 'ø', 'é', '\u00a0', '›', '→', '€', '\u4e2d', '\uffff',
    '\ud83d', '\ude00', '\ud800', '\udfff'
  };

  /** Mostly ASCII, as most pages are: whole strings of it take another way into the sink. */
  private static final char[] ASCII = {'a', 'b', 'c', 'd', 'e', 'f', '<', '/', '>', ' ', '\n', 'ø', '\ud83d', '\ude00'};

  /** The bytes are those of the whole text's getBytes, however it is cut into writes. */
  @Test
  void sameBytesAsTheTextsEncoding() {
    sameBytes(CHARS, 7);
  }

  @Test
  void sameBytesForMostlyAsciiText() {
    sameBytes(ASCII, 8);
  }

  private static void sameBytes(char[] chars, long seed) {
    Random random = new Random(seed);
    Utf8Sink sink = new Utf8Sink();
    for (int round = 0; round < 20_000; round++) {
      int length = random.nextInt(round % 100 == 0 ? 40_000 : 60);
      char[] text = new char[length];
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(chars == ASCII ? 40 * chars.length : chars.length);
        text[i] = chars[pick < chars.length ? pick : pick % 10];
      }
      String s = new String(text);
      sink.reset();
      // a page's output before this one must not show in it
      if (round % 3 == 0) {
        sink.write("\ud83d");
        sink.reset();
      }
      for (int at = 0; at < length; ) {
        int n = Math.min(length - at, random.nextInt(10) == 0 ? 1 + random.nextInt(2000) : 1 + random.nextInt(8));
        switch (random.nextInt(4)) {
          case 0 -> sink.write(s, at, n);
          case 1 -> sink.write(text, at, n);
          case 2 -> sink.write(s.substring(at, at + n));
          default -> {
            n = 1;
            sink.write(text[at]);
          }
        }
        at += n;
      }
      assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), sink.toByteArray(), () -> "text: " + s.chars().mapToObj(Integer::toHexString).toList());
    }
  }
}
