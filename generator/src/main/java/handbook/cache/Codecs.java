package handbook.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Building blocks for codecs: strings of any length (or null), lists, sets and maps. */
public final class Codecs {
  private Codecs() {}

  public static void string(DataOutput out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  public static String string(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    if (in instanceof ByteReader r) {
      // decoded from the array itself, not from a copy of its bytes
      return new String(r.array(), take(r, n, "string"), n, StandardCharsets.UTF_8);
    }
    return new String(copy(in, n, "string"), StandardCharsets.UTF_8);
  }

  /** Skips the next {@code n} bytes of {@code r} after checking they are there; where they start in its array. */
  private static int take(ByteReader r, int n, String what) throws IOException {
    if (n < 0 || n > r.remaining()) {
      throw new IOException(what + " of " + n + " bytes, " + r.remaining() + " left");
    }
    int at = r.position();
    r.skipNBytes(n);
    return at;
  }

  /** The next {@code n} bytes of any input, copied. */
  private static byte[] copy(DataInput in, int n, String what) throws IOException {
    if (n < 0 || n > 1 << 30) {
      throw new IOException(what + " of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  /**
   * Writes a list as one block of bytes, so that {@link #storedList} can keep it unread: its
   * length, then the list as {@link #list(DataOutput, List, Codec)} writes it.
   */
  public static <T> void listBlock(DataOutput out, List<T> list, Codec<T> codec) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.DataOutputStream block = new java.io.DataOutputStream(bytes);
    list(block, list, codec);
    block.flush();
    out.writeInt(bytes.size());
    out.write(bytes.toByteArray());
  }

  /**
   * A list written by {@link #listBlock}, decoded when it is first read: from a part of the array
   * a {@link ByteReader} reads (which must not change), or from a copy of the bytes of any other
   * input.
   */
  public static <T> handbook.markdown.StoredList<T> storedList(DataInput in, Codec<T> codec) throws IOException {
    int n = in.readInt();
    byte[] array;
    int offset;
    if (in instanceof ByteReader r) {
      array = r.array();
      offset = take(r, n, "block");
    } else {
      array = copy(in, n, "block");
      offset = 0;
    }
    return new handbook.markdown.StoredList<>(() -> {
      try {
        ByteReader block = new ByteReader(array, offset, n);
        List<T> items = list(block, codec);
        if (block.remaining() != 0) {
          throw new IOException(block.remaining() + " bytes left in a block");
        }
        return items;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /**
   * A string written by {@link #string(DataOutput, String)}, kept as its bytes until read: a
   * part of the array a {@link ByteReader} reads, or a copy of the bytes from any other input.
   */
  public static handbook.markdown.StoredText storedText(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    if (in instanceof ByteReader r) {
      return handbook.markdown.StoredText.utf8(r.array(), take(r, n, "string"), n);
    }
    return handbook.markdown.StoredText.utf8(copy(in, n, "string"), 0, n);
  }

  public static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public void write(String value, DataOutput out) throws IOException {
          string(out, value);
        }

        @Override
        public String read(DataInput in) throws IOException {
          return string(in);
        }
      };

  public static <T> void list(DataOutput out, List<T> list, Codec<T> codec) throws IOException {
    out.writeInt(list.size());
    for (T t : list) {
      codec.write(t, out);
    }
  }

  public static <T> List<T> list(DataInput in, Codec<T> codec) throws IOException {
    int n = count(in);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(codec.read(in));
    }
    return out;
  }

  public static void strings(DataOutput out, java.util.Collection<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      string(out, s);
    }
  }

  public static List<String> strings(DataInput in) throws IOException {
    return list(in, STRING);
  }

  public static Set<String> stringSet(DataInput in) throws IOException {
    return new LinkedHashSet<>(strings(in));
  }

  public static void stringMap(DataOutput out, Map<String, String> map) throws IOException {
    out.writeInt(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      string(out, e.getKey());
      string(out, e.getValue());
    }
  }

  public static Map<String, String> stringMap(DataInput in) throws IOException {
    int n = count(in);
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put(string(in), string(in));
    }
    return m;
  }

  public static void nullableInt(DataOutput out, Integer i) throws IOException {
    out.writeBoolean(i != null);
    if (i != null) {
      out.writeInt(i);
    }
  }

  public static Integer nullableInt(DataInput in) throws IOException {
    return in.readBoolean() ? in.readInt() : null;
  }

  private static int count(DataInput in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 24) {
      throw new IOException("count " + n);
    }
    return n;
  }
}
