package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import handbook.diag.Diagnostics;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {
  @Test
  void detectsUtf8ReadAsWindows1254AndSavedAgain() {
    String original = "Løsning: gjenopprett backup på fem minutter 🏁";
    String broken =
        new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1254"));
    assertEquals(original.indexOf('ø'), Decoding.mojibakeOffset(broken));
    assertEquals(-1, Decoding.mojibakeOffset(original));
  }

  @Test
  void reportsDoubleEncodingAtItsLineWithHint() {
    Diagnostics d = new Diagnostics();
    String text = "# Tittel\n\nDette er lÃ¸sningen.\n";
    SourceFile f = ContentScanner.decode("docs/a.md", "content/docs/a.md", text.getBytes(StandardCharsets.UTF_8), d);
    assertEquals(text, f.text());
    assertEquals(
        "content/docs/a.md:3:11: error[encoding.double]: text looks double-encoded: `Ã¸` is UTF-8 read as a single-byte code page",
        d.sorted().get(0).headline());
  }

  @Test
  void invalidUtf8IsAnErrorNotAGuess() {
    byte[] latin1 = "Overvåking".getBytes(StandardCharsets.ISO_8859_1);
    Decoding.NotUtf8 e = assertThrows(Decoding.NotUtf8.class, () -> Decoding.utf8(latin1));
    assertEquals(5, e.offset());
  }

  @Test
  void strictDecodingAcceptsAndRejectsWhatTheStrictDecoderDoes() throws Exception {
    java.util.Random r = new java.util.Random(8);
    byte[] pieces = "a\u00e6\u20ac\ud83d\ude00\ufffd".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (int t = 0; t < 20000; t++) {
      byte[] b = new byte[r.nextInt(12)];
      for (int i = 0; i < b.length; i++) {
        b[i] = r.nextInt(3) == 0 ? (byte) r.nextInt(256) : pieces[r.nextInt(pieces.length)];
      }
      String strict;
      try {
        strict = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(b)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        strict = null;
      }
      String ours;
      try {
        ours = Decoding.utf8(b);
      } catch (Decoding.NotUtf8 e) {
        ours = null;
      }
      assertEquals(strict, ours, java.util.Arrays.toString(b));
    }
  }
}
