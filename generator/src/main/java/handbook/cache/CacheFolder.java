package handbook.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cache folder of {@code build --cache DIR}: {@code memo.pack} (parse results),
 * {@code outputs.pack} (what each page was made from, its search documents), {@code stamps.pack}
 * (the stamp and hash of each content file) and
 * {@code objects/} (each rendered page once, by its output key, shared with the site by hard
 * links). The build that holds {@code lock} writes; a second build at the same time only reads,
 * so two builds never corrupt it. A kept page whose size or time changed (edited through a hard
 * link) is not trusted: it is rendered again.
 */
public final class CacheFolder implements AutoCloseable {
  private final Path root;
  private final String generator;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final MemoStore memo;
  private final Outputs outputs;
  private final Stamps stamps;

  private CacheFolder(Path root, String generator, FileChannel lockChannel, FileLock lock) {
    this.root = root;
    this.generator = generator;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.memo = MemoStore.load(root.resolve("memo.pack"), generator);
    this.outputs = Outputs.load(root.resolve("outputs.pack"), generator);
    this.stamps = Stamps.load(root.resolve("stamps.pack"), generator);
    this.loadedKeys = Set.copyOf(outputs.keys());
  }

  /** The keys of the pages the last build kept. */
  private final Set<String> loadedKeys;
  /** The keys of the pages this build kept. */
  private final Set<String> made = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public static CacheFolder open(Path dir, String generator) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    Files.createDirectories(root.resolve("objects"));
    Path tag = root.resolve("CACHEDIR.TAG");
    if (!Files.exists(tag)) {
      Files.writeString(tag, "Signature: 8a477f597d28d172789f06886806bc55\n# Handbook build cache: safe to delete.\n", StandardCharsets.UTF_8);
    }
    FileChannel ch = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l != null) {
      // what a killed build left half-written is never read: remove it
      try (Stream<Path> s = Files.list(root)) {
        for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return new CacheFolder(root, generator, ch, l);
  }

  /** False when another build holds the folder: this one reads it and writes nothing. */
  public boolean writable() {
    return lock != null;
  }

  public MemoStore memo() {
    return memo;
  }

  public Outputs outputs() {
    return outputs;
  }

  public Stamps stamps() {
    return stamps;
  }

  private Path object(String key) {
    return root.resolve("objects").resolve(key.substring(0, 2)).resolve(key);
  }

  /** A kept page: its file and the file's key (its inode, null where the file system has none). */
  public record Kept(Path file, Object fileKey) {}

  /** The kept page of {@code key}; null when there is none or it changed since it was kept. */
  public Kept kept(String key, Outputs.Rendered r) {
    Path obj = object(key);
    try {
      BasicFileAttributes a = Files.readAttributes(obj, BasicFileAttributes.class);
      if (a.size() != r.size() || a.lastModifiedTime().toMillis() != r.modified()) {
        if (writable()) {
          Files.deleteIfExists(obj);
        }
        return null;
      }
      return new Kept(obj, a.fileKey());
    } catch (IOException e) {
      return null;
    }
  }

  /** Keeps a written page under its key (a hard link to it); the stat to record, or null when it could not be kept. */
  public long[] keep(String key, Path written) {
    if (!writable()) {
      return null;
    }
    Path obj = object(key);
    try {
      Files.createDirectories(obj.getParent());
      made.add(key);
      try {
        Files.createLink(obj, written);
      } catch (FileAlreadyExistsException e) {
        Files.delete(obj);
        Files.createLink(obj, written);
      } catch (UnsupportedOperationException e) {
        Files.copy(written, obj);
      }
      BasicFileAttributes a = Files.readAttributes(obj, BasicFileAttributes.class);
      return new long[] {a.size(), a.lastModifiedTime().toMillis()};
    } catch (IOException e) {
      return null;
    }
  }

  /** Removes the pages this run kept that the last build had not: the folder stays as the last build left it. */
  public void abandon() throws IOException {
    if (!writable()) {
      return;
    }
    for (String key : made) {
      if (!loadedKeys.contains(key)) {
        Files.deleteIfExists(object(key));
      }
    }
  }

  /** Writes the memo and the outputs of this run and removes kept pages no output names any more. */
  public void finish() throws IOException {
    if (!writable()) {
      return;
    }
    memo.write(root.resolve("memo.pack"));
    outputs.write(root.resolve("outputs.pack"), generator);
    stamps.write(root.resolve("stamps.pack"), generator);
    // the kept pages no output names any more: those the last build kept and this one did not,
    // or, when what the last build kept is not known (a new or damaged folder), any
    Set<String> keep = outputs.keys();
    if (loadedKeys.isEmpty()) {
      try (Stream<Path> walk = Files.walk(root.resolve("objects"))) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          if (!keep.contains(p.getFileName().toString())) {
            Files.deleteIfExists(p);
          }
        }
      }
      return;
    }
    for (String key : loadedKeys) {
      if (!keep.contains(key)) {
        Files.deleteIfExists(object(key));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock != null) {
        lock.release();
      }
    } finally {
      lockChannel.close();
    }
  }
}
