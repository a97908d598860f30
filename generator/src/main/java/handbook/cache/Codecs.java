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
      if (n > r.remaining()) {
        throw new IOException("string of " + n + " bytes, " + r.remaining() + " left");
      }
      String s = new String(r.array(), r.position(), n, StandardCharsets.UTF_8);
      r.skipNBytes(n);
      return s;
    }
    if (n > 1 << 30) {
      throw new IOException("string of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
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
      if (n < 0 || n > r.remaining()) {
        throw new IOException("block of " + n + " bytes, " + r.remaining() + " left");
      }
      array = r.array();
      offset = r.position();
      r.skipNBytes(n);
    } else {
      if (n < 0 || n > 1 << 30) {
        throw new IOException("block of " + n + " bytes");
      }
      array = new byte[n];
      in.readFully(array);
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
      if (n > r.remaining()) {
        throw new IOException("string of " + n + " bytes, " + r.remaining() + " left");
      }
      handbook.markdown.StoredText t = handbook.markdown.StoredText.utf8(r.array(), r.position(), n);
      r.skipNBytes(n);
      return t;
    }
    if (n > 1 << 30) {
      throw new IOException("string of " + n + " bytes");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return handbook.markdown.StoredText.utf8(b, 0, n);
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
