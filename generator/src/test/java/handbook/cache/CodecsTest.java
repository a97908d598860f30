package handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import handbook.markdown.StoredText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CodecsTest {
  private static byte[] written(String... strings) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    for (String s : strings) {
      Codecs.string(out, s);
    }
    out.writeInt(42);
    return b.toByteArray();
  }

  /** The bytes with {@code before} and {@code after} bytes around them: a part of a larger array. */
  private static byte[] framed(byte[] body, int before, int after) {
    byte[] framed = new byte[before + body.length + after];
    System.arraycopy(body, 0, framed, before, body.length);
    return framed;
  }

  @Test
  void storedTextReadsWhatStringWroteFromAPartOfAnArrayOrAnyInput() throws IOException {
    byte[] body = written("<p>Blåbær ✓</p>", null, "");
    byte[] framed = framed(body, 3, 4);
    ByteReader r = new ByteReader(framed, 3, body.length);
    StoredText a = Codecs.storedText(r);
    assertNull(Codecs.storedText(r));
    StoredText empty = Codecs.storedText(r);
    assertEquals(42, r.readInt(), "the reader is past the texts");
    Arrays.fill(framed, 0, 3, (byte) 'x');
    assertEquals("<p>Blåbær ✓</p>", a.get());
    assertEquals("", empty.get());
    DataInputStream plain = new DataInputStream(new ByteArrayInputStream(body));
    assertEquals(StoredText.of("<p>Blåbær ✓</p>"), Codecs.storedText(plain), "from another input, a copy");
    assertNull(Codecs.storedText(plain));
  }

  @Test
  void aLengthBeyondThePartIsAnError() throws IOException {
    byte[] body = written("abcdef");
    ByteReader r = new ByteReader(body, 0, body.length - 6); // cut inside the text
    assertThrows(IOException.class, () -> Codecs.storedText(r));
  }

  @Test
  void aStringFromAPartOfAnArrayIsReadFromTheArrayAndACutOneIsAnError() throws IOException {
    byte[] body = written("Blåbær ✓", null, "");
    ByteReader r = new ByteReader(framed(body, 2, 3), 2, body.length);
    assertEquals("Blåbær ✓", Codecs.string(r));
    assertNull(Codecs.string(r));
    assertEquals("", Codecs.string(r));
    assertEquals(42, r.readInt(), "the reader is past the strings");
    ByteReader cut = new ByteReader(body, 0, 6);
    assertThrows(IOException.class, () -> Codecs.string(cut));
  }

  /** A list block read lazily is the list written, from a part of an array or any input; the reader goes past it at once. */
  @Test
  void aStoredListIsTheListWrittenAndIsDecodedOnlyWhenRead() throws IOException {
    java.util.List<String> list = java.util.List.of("en", "", "tre ✓");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    Codecs.listBlock(out, list, Codecs.STRING);
    Codecs.listBlock(out, java.util.List.of(), Codecs.STRING);
    out.writeInt(42);
    byte[] body = b.toByteArray();
    ByteReader r = new ByteReader(body, 0, body.length);
    java.util.List<String> read = Codecs.storedList(r, Codecs.STRING);
    java.util.List<String> empty = Codecs.storedList(r, Codecs.STRING);
    assertEquals(42, r.readInt(), "the reader is past both blocks");
    assertEquals(list, read);
    assertEquals(java.util.List.of(), empty);
    assertEquals(list, Codecs.storedList(new DataInputStream(new ByteArrayInputStream(body)), Codecs.STRING), "from another input");
    // a damaged block is found when the list is read, as an error, not as a shorter list
    body[7] = 120;
    java.util.List<String> damaged = Codecs.storedList(new ByteReader(body, 0, body.length), Codecs.STRING);
    assertThrows(java.io.UncheckedIOException.class, damaged::size);
    ByteReader cut = new ByteReader(body, 0, 6);
    assertThrows(IOException.class, () -> Codecs.storedList(cut, Codecs.STRING));
  }
}
