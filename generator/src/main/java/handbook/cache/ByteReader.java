package handbook.cache;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;

/** Reads a part of a byte array, and can give parts of that array itself instead of copies. */
public final class ByteReader extends DataInputStream {
  private final Bytes bytes;

  public ByteReader(byte[] array, int offset, int length) {
    this(new Bytes(array, offset, length));
  }

  private ByteReader(Bytes bytes) {
    super(bytes);
    this.bytes = bytes;
  }

  byte[] array() {
    return bytes.array();
  }

  /** The index in {@link #array} of the next byte to read. */
  int position() {
    return bytes.position();
  }

  int remaining() {
    return bytes.available();
  }

  private static final class Bytes extends ByteArrayInputStream {
    Bytes(byte[] array, int offset, int length) {
      super(array, offset, length);
    }

    byte[] array() {
      return buf;
    }

    int position() {
      return pos;
    }
  }
}
