package handbook.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import handbook.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * The parse memo of a build: values in memory, and for {@code build --cache} the encoded
 * results of the last build, read from one pack file and written back (with this build's
 * results) when the build ends. Each entry carries a checksum; an entry that does not decode is
 * parsed again; a pack from another generator is ignored whole. {@link #endRun} forgets what the
 * last run did not use, so a long-lived {@code serve} holds one site's worth.
 */
public final class MemoStore implements ParseMemo {
  private static final String MAGIC = "handbook-memo-1";

  private record Entry(Object value, Codec<?> codec, Slice bytes) {}

  /** An entry's encoded bytes: a part of the pack as read (no copy), or an array of its own. */
  private record Slice(byte[] all, int offset, int length) {
    static Slice of(byte[] b) {
      return new Slice(b, 0, b.length);
    }

    DataInputStream input() {
      return new ByteReader(all, offset, length);
    }

    int crc() {
      CRC32C c = new CRC32C();
      c.update(all, offset, length);
      return (int) c.getValue();
    }
  }

  private final String generator;
  private final Map<String, Entry> values = new ConcurrentHashMap<>();
  private final Map<String, Slice> stored;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final Map<String, Object> derived = new ConcurrentHashMap<>();
  private final Set<String> derivedUsed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger parsed = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();

  private MemoStore(String generator, Map<String, Slice> stored) {
    this.generator = generator;
    this.stored = new ConcurrentHashMap<>(stored);
  }

  /** An empty memo (memory only). */
  public static MemoStore inMemory(String generator) {
    return new MemoStore(generator, Map.of());
  }

  /** The memo with the entries of a pack file; empty when the file is missing, damaged or from another generator. */
  public static MemoStore load(Path pack, String generator) {
    if (!Files.isRegularFile(pack)) {
      return inMemory(generator);
    }
    Map<String, Slice> entries = new java.util.HashMap<>();
    try {
      // one array for the whole pack, its entries parts of it: no copy of each entry to collect
      byte[] all = Files.readAllBytes(pack);
      ByteArrayInputStream bytes = new ByteArrayInputStream(all);
      DataInputStream in = new DataInputStream(bytes);
      if (!MAGIC.equals(Codecs.string(in)) || !generator.equals(Codecs.string(in))) {
        return inMemory(generator);
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = Codecs.string(in);
        int len = in.readInt();
        int offset = all.length - bytes.available();
        if (len < 0 || len > bytes.available()) {
          break;
        }
        in.skipNBytes(len);
        Slice b = new Slice(all, offset, len);
        int crc = in.readInt();
        if (b.crc() == crc) {
          entries.put(key, b);
        }
      }
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      // a damaged pack keeps what was read before the damage; one too large for an array is
      // not read at all (its files are parsed again)
    }
    return new MemoStore(generator, entries);
  }

  @Override
  public String key(String namespace, SourceFile file, String environment) {
    return Keys.of(generator, namespace, file.path(), environment, file.hash());
  }

  @Override
  public <T> T get(String namespace, SourceFile file, String environment, Codec<T> codec, Supplier<T> parse) {
    String key = key(namespace, file, environment);
    used.add(key);
    Entry e = values.get(key);
    if (e != null) {
      reused.incrementAndGet();
      @SuppressWarnings("unchecked")
      T v = (T) e.value();
      return v;
    }
    Slice b = stored.get(key);
    if (b != null) {
      try {
        T v = codec.read(b.input());
        values.put(key, new Entry(v, codec, b));
        reused.incrementAndGet();
        return v;
      } catch (IOException | RuntimeException ex) {
        stored.remove(key);
      }
    }
    T v = parse.get();
    values.put(key, new Entry(v, codec, null));
    parsed.incrementAndGet();
    return v;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(String key, Supplier<T> make) {
    derivedUsed.add(key);
    return (T) derived.computeIfAbsent(key, k -> make.get());
  }

  /** How many results it holds in memory. */
  public int held() {
    return values.size() + stored.size() + derived.size();
  }

  /** Files parsed and results reused since the last {@link #endRun}. */
  public int parsed() {
    return parsed.get();
  }

  public int reused() {
    return reused.get();
  }

  /** Forgets what this run did not use and starts counting anew. */
  public void endRun() {
    values.keySet().retainAll(used);
    stored.keySet().retainAll(used);
    derived.keySet().retainAll(derivedUsed);
    used.clear();
    derivedUsed.clear();
    parsed.set(0);
    reused.set(0);
  }

  /** Writes this run's entries to a pack file, atomically (a killed write leaves the old pack). */
  public void write(Path pack) throws IOException {
    List<String> keys = used.stream().sorted().toList();
    Store.write(
        pack,
        out -> {
          Codecs.string(out, MAGIC);
          Codecs.string(out, generator);
          ByteArrayOutputStream buf = new ByteArrayOutputStream();
          List<Slice> bodies = new java.util.ArrayList<>();
          List<String> names = new java.util.ArrayList<>();
          for (String k : keys) {
            Entry e = values.get(k);
            Slice b = e == null ? stored.get(k) : e.bytes();
            if (b == null && e != null) {
              buf.reset();
              encode(e, new DataOutputStream(buf));
              b = Slice.of(buf.toByteArray());
            }
            if (b != null) {
              names.add(k);
              bodies.add(b);
            }
          }
          out.writeInt(names.size());
          for (int i = 0; i < names.size(); i++) {
            Codecs.string(out, names.get(i));
            Slice b = bodies.get(i);
            out.writeInt(b.length());
            out.write(b.all(), b.offset(), b.length());
            out.writeInt(b.crc());
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static void encode(Entry e, DataOutputStream out) throws IOException {
    ((Codec<Object>) e.codec()).write(e.value(), out);
    out.flush();
  }
}
