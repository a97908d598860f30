package handbook.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import handbook.source.SourceFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * The parse memo of a build: values in memory, and for {@code build --cache} the encoded
 * results of the last builds, read from one pack file; this build's new results are appended to
 * it when the build ends (see {@link #write}). Each entry carries a checksum of its key and
 * bytes; an entry that does not decode is parsed again; a pack from another generator is ignored
 * whole. {@link #endRun} forgets what the last run did not use, so a long-lived {@code serve}
 * holds one site's worth.
 */
public final class MemoStore implements ParseMemo {
  private static final String MAGIC = "handbook-memo-2";

  /** A result, its codec and encoded bytes (null until encoded). */
  private record Entry(Object value, Codec<?> codec, Slice bytes) {}

  /** An entry's encoded bytes: a part of the pack as read (no copy), or an array of its own. */
  private record Slice(byte[] all, int offset, int length) {
    static Slice of(byte[] b) {
      return new Slice(b, 0, b.length);
    }

    DataInputStream input() {
      return new ByteReader(all, offset, length);
    }
  }

  /** The pack file as this memo read it: its length, and how much of it was sound (whole entries). */
  private record Pack(long length, long sound) {}

  private final String generator;
  /** This run's results (those it used, read or made), and the last run's in {@code serve}. */
  private final RunMap<String, Entry> values = new RunMap<>(ConcurrentHashMap::new);
  private final Map<String, Slice> stored;
  private record KeyParts(String namespace, String path, Environment environment, String hash) {
    // (a record's own hash and equals go through method handles: slow under the quick JIT, for
    // every file of every language on each edit of serve; the environment is the one kept)
    @Override
    public int hashCode() {
      return ((namespace.hashCode() * 31 + path.hashCode()) * 31 + System.identityHashCode(environment)) * 31 + hash.hashCode();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KeyParts k && environment == k.environment && hash.equals(k.hash) && path.equals(k.path) && namespace.equals(k.namespace);
    }
  }
  private final RunMap<KeyParts, String> keys = new RunMap<>(ConcurrentHashMap::new);
  /** The pack this memo was read from; null when there was none (or none of this generator). */
  private volatile Pack pack;
  /** Reading the pack (done at once when there is none). */
  private final CompletableFuture<Void> loading;
  /** Whether a stored entry did not decode: the pack is then written anew, without it. */
  private volatile boolean damaged;

  private MemoStore(String generator) {
    this.generator = generator;
    this.stored = new ConcurrentHashMap<>();
    this.loading = CompletableFuture.completedFuture(null);
  }

  private MemoStore(String generator, Path pack) {
    this.generator = generator;
    this.stored = new ConcurrentHashMap<>();
    // the pack is read while the build scans the content folder; the memo waits for it when first used
    this.loading = CompletableFuture.runAsync(() -> this.pack = read(pack, generator, stored), task -> {
      Thread t = new Thread(task, "handbook-memo-read");
      t.setDaemon(true);
      t.start();
    });
  }

  /**
   * An empty memo of this process only: it is never written, so it needs no name of the
   * generator (hashing the jar for one cost a cold build 17 ms before its scan).
   */
  public static MemoStore inMemory() {
    return new MemoStore("this process");
  }

  /**
   * The memo with the entries of a pack file, read in the background; empty when the file is
   * missing, damaged or from another generator.
   */
  public static MemoStore load(Path pack, String generator) {
    return Files.isRegularFile(pack) ? new MemoStore(generator, pack) : new MemoStore(generator);
  }

  /** Waits until the pack is read. */
  private Map<String, Slice> stored() {
    loading.join();
    return stored;
  }

  /** Reads the entries of a pack file into {@code entries}; what was read of it, or null when it is not of this generator or not there. */
  private static Pack read(Path pack, String generator, Map<String, Slice> entries) {
    try {
      // one array for the whole pack, its entries parts of it: no copy of each entry to collect
      byte[] all = Files.readAllBytes(pack);
      ByteReader in = new ByteReader(all, 0, all.length);
      if (!MAGIC.equals(Codecs.string(in)) || !generator.equals(Codecs.string(in))) {
        return null;
      }
      int sound = all.length - in.remaining();
      // entries until the end; a damaged or cut-short one ends the reading (a killed append)
      while (in.remaining() > 0) {
        int keyLength = in.readInt();
        if (keyLength < 0 || keyLength > in.remaining()) {
          break;
        }
        int keyAt = in.position();
        in.skipNBytes(keyLength);
        int len = in.readInt();
        if (len < 0 || len > in.remaining() - 4) {
          break;
        }
        Slice b = new Slice(all, in.position(), len);
        in.skipNBytes(len);
        CRC32C c = new CRC32C();
        c.update(all, keyAt, keyLength);
        c.update(all, b.offset(), len);
        if ((int) c.getValue() != in.readInt()) {
          break;
        }
        entries.put(new String(all, keyAt, keyLength, StandardCharsets.UTF_8), b);
        sound = in.position();
      }
      return new Pack(all.length, sound);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      // a damaged pack keeps what was read before the damage; one too large for an array is
      // not read at all (its files are parsed again)
      return null;
    }
  }

  @Override
  public String key(String namespace, SourceFile file, String environment) {
    // made once per file and environment while the memo lives (each run of serve asks again)
    KeyParts parts = new KeyParts(namespace, file.path(), same(environment), file.hash());
    return keys.computeIfAbsent(parts, k -> k.environment().prefix(k.namespace()).copy().add(k.path()).add(k.hash()).build());
  }

  /**
   * An environment as the memo keeps it, one for each text: compared by identity, and with the
   * digest of each namespace's key parts before the file's (the generator, the namespace and the
   * environment), made once for the files that share them (the environment is hundreds of
   * characters, hashed again for each file before).
   */
  private final class Environment {
    private final String text;
    private final Map<String, Keys.Builder> prefixes = new ConcurrentHashMap<>();

    Environment(String text) {
      this.text = text;
    }

    Keys.Builder prefix(String namespace) {
      return prefixes.computeIfAbsent(namespace, n -> new Keys.Builder().add(generator).add(n).add(text));
    }
  }

  /** The environment string a run passes for many files. */
  private record Known(String given, Environment kept) {}

  private volatile Known lastEnvironment = new Known("", new Environment(""));
  private final Map<String, Environment> environments = new ConcurrentHashMap<>();

  /**
   * The one environment kept of a text equal to this one: a run makes its environment string
   * anew, and comparing (and hashing) a long string for each of thousands of files showed in a
   * profile of {@code serve}; the kept one compares by identity.
   */
  private Environment same(String environment) {
    Known last = lastEnvironment;
    if (last.given() == environment) {
      return last.kept();
    }
    Environment kept = environments.computeIfAbsent(environment, Environment::new);
    lastEnvironment = new Known(environment, kept);
    return kept;
  }

  @Override
  public <T> T get(String namespace, SourceFile file, String environment, Codec<T> codec, Supplier<T> parse) {
    String key = key(namespace, file, environment);
    Entry e = values.get(key);
    if (e != null) {
      @SuppressWarnings("unchecked")
      T v = (T) e.value();
      return v;
    }
    Slice b = stored().get(key);
    if (b != null) {
      try {
        T v = codec.read(b.input());
        values.put(key, new Entry(v, codec, b));
        return v;
      } catch (IOException | RuntimeException ex) {
        stored.remove(key);
        damaged = true;
      }
    }
    T v = parse.get();
    values.put(key, new Entry(v, codec, null));
    return v;
  }

  /** How many results it holds in memory. */
  public int held() {
    return values.values().size() + stored().size() + keys.size() + environments.values().stream().mapToInt(e -> e.prefixes.size()).sum();
  }

  /** Forgets what this run did not use. */
  public void endRun() {
    Set<String> used = values.used().keySet();
    values.endRun();
    if (!stored().isEmpty()) {
      stored.keySet().retainAll(used);
    }
    Set<KeyParts> asked = keys.used().keySet();
    keys.endRun();
    if (environments.size() > 8) {
      environments.clear();
      asked.forEach(k -> environments.putIfAbsent(k.environment().text, k.environment()));
    }
  }

  /**
   * Writes this run's entries to the pack file. When the pack is the one this memo read, sound to
   * its end, and at most a quarter of it holds entries this run did not use, only the new
   * entries are appended (a killed append leaves a damaged end, which the next load stops at and
   * the next write replaces). Otherwise the pack is written anew with this run's entries alone,
   * atomically (a killed write leaves the old pack).
   */
  public void write(Path pack) throws IOException {
    Map<String, Slice> stored = stored();
    Pack was = this.pack;
    if (was != null && was.sound() == was.length() && !damaged) {
      long unused = 0;
      for (Map.Entry<String, Slice> e : stored.entrySet()) {
        if (!values.used().containsKey(e.getKey())) {
          unused += e.getKey().length() + e.getValue().length() + 12;
        }
      }
      if (unused * 4 <= was.length() && Files.size(pack) == was.length()) {
        List<String> fresh = values.used().keySet().stream().filter(k -> !stored.containsKey(k)).sorted().toList();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buf);
        entries(fresh, out);
        out.flush();
        if (buf.size() > 0) {
          try (FileChannel ch = FileChannel.open(pack, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer bb = ByteBuffer.wrap(buf.toByteArray());
            while (bb.hasRemaining()) {
              ch.write(bb);
            }
          }
        }
        return;
      }
    }
    List<String> keys = values.used().keySet().stream().sorted().toList();
    Store.write(
        pack,
        out -> {
          Codecs.string(out, MAGIC);
          Codecs.string(out, generator);
          entries(keys, out);
        });
  }

  /** Each entry: its key, its bytes (length first) and a checksum of both. */
  private void entries(List<String> keys, DataOutputStream out) throws IOException {
    Map<String, Slice> stored = stored();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    for (String k : keys) {
      Entry e = values.used().get(k);
      Slice b = e == null ? stored.get(k) : e.bytes();
      if (b == null && e != null) {
        buf.reset();
        encode(e, new DataOutputStream(buf));
        b = Slice.of(buf.toByteArray());
      }
      if (b == null) {
        continue;
      }
      byte[] key = k.getBytes(StandardCharsets.UTF_8);
      CRC32C c = new CRC32C();
      c.update(key);
      c.update(b.all(), b.offset(), b.length());
      out.writeInt(key.length);
      out.write(key);
      out.writeInt(b.length());
      out.write(b.all(), b.offset(), b.length());
      out.writeInt((int) c.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private static void encode(Entry e, DataOutputStream out) throws IOException {
    ((Codec<Object>) e.codec()).write(e.value(), out);
    out.flush();
  }
}
