package handbook.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict UTF-8 decoding and detection of double-encoded UTF-8 (mojibake). */
public final class Decoding {
  private Decoding() {}

  /** Thrown for bytes that are not UTF-8; {@code offset} is the byte offset of the bad byte. */
  public static final class NotUtf8 extends Exception {
    private final int offset;

    NotUtf8(int offset) {
      super("not UTF-8 at byte " + offset, null, false, false);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  public static String utf8(byte[] bytes) throws NotUtf8 {
    // the JDK's own decoding is much quicker; without a U+FFFD in what it made, nothing was malformed
    String quick = new String(bytes, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return quick;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      CharsetDecoder probe =
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
      var out = java.nio.CharBuffer.allocate(bytes.length + 1);
      probe.decode(in, out, true);
      throw new NotUtf8(in.position());
    }
  }

  /** The bytes as UTF-8, with U+FFFD for each malformed sequence. */
  public static String lenient(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * UTF-8 that was read as a single-byte code page (Windows-1252/1254, Latin-1) and written
   * again as UTF-8: "Ã¥" where "å" belongs, "â€™" for "’", "ğŸ" or "ðŸ" where an emoji was.
   */
  private static final Pattern MOJIBAKE =
      Pattern.compile("Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]|â€|[ğð]Ÿ");

  /** The offset of the first double-encoded sequence in {@code text}, or -1. */
  public static int mojibakeOffset(String text) {
    if (text.indexOf('\u00C3') < 0 && text.indexOf('\u00E2') < 0 && text.indexOf('\u011F') < 0 && text.indexOf('\u00F0') < 0) {
      return -1;
    }
    Matcher m = MOJIBAKE.matcher(text);
    return m.find() ? m.start() : -1;
  }
}
