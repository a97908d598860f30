package handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A site being written: files go to a new build folder beside the output
 * ({@code .site.build-N}), and {@link #commit()} makes it the site in one atomic step: the
 * output is a symbolic link to the build folder, and a new link replaces it with one
 * {@code rename}. At every moment {@code site} is the whole old site or the whole new one; a
 * build that fails or is killed leaves only its build folder, removed by the next build. An
 * output that is a link the user made (to {@code /var/www/handbook}, say) keeps pointing where it
 * points: the swap happens where it leads. An output that is still a plain folder (from before,
 * or on a file system without links) is moved aside once, with a window that the next build
 * repairs. A lock file refuses a second build on the same output.
 *
 * <p>A build that {@linkplain #StagedSite(Path, boolean) keeps its previous build folder} (with
 * a cache: most pages are the same from one build to the next) does not make a new tree: it
 * brings the build folder before the live one up to date and swaps that in. It never trusts what
 * it finds there (a killed build may have left it half-updated): a file is left as it is only
 * when it is the very file the build would put there (the same kept page, by inode), everything
 * else is replaced, never written through (it may be a link shared with the live site), and what
 * this build did not put there is removed before the swap. The live site is never touched.
 */
public final class StagedSite implements AutoCloseable {
  private final Path out;
  private final String name;
  private final Path staging;
  private final Path previous;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private boolean committed;
  private Thread cleaner;
  /** Removes the build folders no build holds (a killed build's, a site's whose link was removed) while this build runs. */
  private Thread staleCleaner;
  /** True when {@link #staging} is an earlier build folder being brought up to date. */
  private final boolean updating;
  /** The files found in the folder being updated, by path, with their file keys (inodes). */
  private final Map<Path, Object> found = new ConcurrentHashMap<>();
  /** The folders found in the folder being updated, parents before children. */
  private final List<Path> foundFolders = new ArrayList<>();
  /** Every file this build put in the staging folder. */
  private final Set<Path> placed = ConcurrentHashMap.newKeySet();
  /** Folders made in a new build folder, so that each is made once (not once a file). */
  private final Set<Path> made = ConcurrentHashMap.newKeySet();
  private final boolean keepPrevious;

  /** Thrown when another build holds the output. */
  public static final class Locked extends IOException {
    Locked(String message) {
      super(message);
    }
  }

  public StagedSite(Path out) throws IOException {
    this(out, false);
  }

  /**
   * @param keepPrevious keep the replaced build folder beside the site after the swap, and bring
   *     such a folder up to date instead of making a new one (for builds with a cache)
   */
  public StagedSite(Path out, boolean keepPrevious) throws IOException {
    this.keepPrevious = keepPrevious;
    this.out = swapped(out.toAbsolutePath().normalize());
    Path parent = this.out.getParent();
    Files.createDirectories(parent);
    String name = this.out.getFileName().toString();
    this.name = name;
    lockChannel =
        FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock l = tryLock(lockChannel);
    if (l == null) {
      lockChannel.close();
      throw new Locked("another build is writing `" + out + "`");
    }
    lock = l;
    previous = parent.resolve("." + name + ".previous");
    recoverInterruptedSwap();
    Path live = current();
    cleanStale(parent, "." + name + ".staging-", null);
    cleanStale(parent, "." + name + ".link-", null);
    Path spare = keepPrevious ? newest(parent, "." + name + BUILD, live) : null;
    // (on a thread of their own: 10,000 pages' folder took 0.3 s, before rendering began; close() waits for it)
    List<Path> stale = stale(parent, "." + name + BUILD, live, spare);
    staleCleaner = stale.isEmpty() ? null : removing("handbook-remove-stale", stale);
    if (spare != null && !inventory(spare)) {
      try {
        deleteTree(spare);
      } catch (IOException | UncheckedIOException e) {
        // left beside the site; the next build tries again
      }
      spare = null;
    }
    updating = spare != null;
    if (updating) {
      staging = spare;
      haltForTest("spare-listed");
    } else {
      staging = newBuildFolder(parent);
    }
    write(OutputGuard.MARKER, "Generated by Handbook. This folder is replaced on every build.\n".getBytes(StandardCharsets.UTF_8));
  }

  /** The lock of the output, or null when a build (of this process or another) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return null;
    }
  }

  private Path newBuildFolder(Path parent) throws IOException {
    // not createTempDirectory: its 0700 mode would make the site unreadable to a web server
    Path dir = null;
    java.security.SecureRandom random = new java.security.SecureRandom();
    while (dir == null) {
      try {
        dir = Files.createDirectory(parent.resolve("." + name + BUILD + Long.toUnsignedString(random.nextLong(), 36)));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // try another name
      }
    }
    return dir;
  }

  /** The most recently changed build folder beside the output that is not the live one, or null. */
  private static Path newest(Path parent, String prefix, Path live) throws IOException {
    Path best = null;
    long bestTime = Long.MIN_VALUE;
    try (Stream<Path> s = Files.list(parent)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.equals(live)).sorted().toList()) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isDirectory() && a.lastModifiedTime().toMillis() > bestTime) {
          best = p;
          bestTime = a.lastModifiedTime().toMillis();
        }
      }
    }
    return best;
  }

  /**
   * Lists what the folder to update holds; anything but files and folders (a link someone put
   * there) is removed at once, so that no write goes through it. False when it cannot be listed.
   */
  private boolean inventory(Path folder) {
    try {
      list(folder);
      return true;
    } catch (IOException | UncheckedIOException e) {
      // a folder that cannot be read through is not brought up to date but replaced
      found.clear();
      foundFolders.clear();
      return false;
    }
  }

  private void list(Path folder) throws IOException {
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            foundFolders.add(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (attrs.isRegularFile() && attrs.fileKey() != null) {
              found.put(file, attrs.fileKey());
            } else {
              Files.delete(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Makes a missing output as a build would: a link to a new build folder, so that a later
   * build swaps it like any other (for {@code serve}, which changes its output in place). An
   * output that exists is left as it is; without links, a plain folder is made.
   */
  public static void createLinked(Path out) throws IOException {
    Path o = out.toAbsolutePath().normalize();
    if (Files.exists(o, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isSymbolicLink(o) && !Files.exists(o)) {
        Files.createDirectories(o.resolveSibling(Files.readSymbolicLink(o)).normalize());
      }
      return;
    }
    Files.createDirectories(o.getParent());
    String name = o.getFileName().toString();
    // build folders of an output whose link was removed ("rm -rf site" removes the link, not the
    // folder it leads to): removed, unless a build holds the output (its folder is one of them)
    try (FileChannel channel = FileChannel.open(o.resolveSibling("." + name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock l = tryLock(channel);
      if (l != null) {
        try {
          cleanStale(o.getParent(), "." + name + BUILD, null);
        } finally {
          l.release();
        }
      }
    }
    Path dir = Files.createDirectory(o.resolveSibling("." + name + BUILD + Long.toUnsignedString(new java.security.SecureRandom().nextLong(), 36)));
    try {
      Files.createSymbolicLink(o, dir.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      Files.delete(dir);
      Files.createDirectories(o);
    }
  }

  /** The folder to write into. */
  public Path root() {
    return staging;
  }

  /**
   * Held by each write, and taken whole by {@link #close}: a build that fails on one thread (a
   * full disk) closes while the others may still write; they finish first, and write nothing
   * after, so the build folder removed stays removed.
   */
  private final java.util.concurrent.locks.ReentrantReadWriteLock writing = new java.util.concurrent.locks.ReentrantReadWriteLock();

  private boolean closed;

  /** Writes a file at a site path; nothing once the site is closed. */
  public void write(String sitePath, byte[] bytes) {
    Path p = SitePath.in(staging, sitePath);
    java.util.concurrent.locks.Lock held = writing.readLock();
    held.lock();
    try {
      if (closed) {
        return;
      }
      clear(p);
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      held.unlock();
    }
  }

  /**
   * Makes way for a file at {@code p}: its folders exist, and in a folder being updated what was
   * there is gone (unlinked, never written through: it may be the live site's file too).
   */
  private void clear(Path p) throws IOException {
    Path parent = p.getParent();
    if (!placed.add(p)) {
      Files.deleteIfExists(p); // put there earlier in this build: replaced, not written through
    }
    if (!updating) {
      if (!made.contains(parent)) {
        Files.createDirectories(parent);
        made.add(parent);
      }
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // a file where a folder must be now
      for (Path q = staging.relativize(parent), at = staging; q != null && q.getNameCount() > 0; q = q.getNameCount() > 1 ? q.subpath(1, q.getNameCount()) : null) {
        at = at.resolve(q.getName(0));
        if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(at); // another thread may have removed it first
          found.remove(at);
          break;
        }
      }
      Files.createDirectories(parent);
    }
    if (found.containsKey(p)) {
      Files.deleteIfExists(p);
    } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(p); // a folder where a file must be now
      found.keySet().removeIf(f -> f.startsWith(p));
    }
  }

  /**
   * Puts a file (the cache's copy of a page, or one written earlier in this run) at a site path
   * as a hard link (a copy where the file system has none); in a folder being updated that
   * already holds that very file, nothing is done.
   *
   * @param fileKey the file's key (its inode), or null when not known
   */
  public void place(String sitePath, Path kept, Object fileKey) throws IOException {
    java.util.concurrent.locks.Lock held = writing.readLock();
    held.lock();
    try {
      if (!closed) {
        placeOpen(sitePath, kept, fileKey);
      }
    } finally {
      held.unlock();
    }
  }

  private void placeOpen(String sitePath, Path kept, Object fileKey) throws IOException {
    Path p = SitePath.in(staging, sitePath);
    if (updating && fileKey != null && fileKey.equals(found.get(p))) {
      placed.add(p);
      return;
    }
    clear(p);
    try {
      Files.createLink(p, kept);
    } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
      if (e instanceof java.nio.file.FileAlreadyExistsException) {
        throw (IOException) e;
      }
      Files.copy(kept, p);
    }
  }

  /**
   * Makes {@code sitePath} the same file as {@code existing} (a hard link; a copy where the file
   * system has none), for pages that are byte for byte the same in several versions.
   */
  public void link(String sitePath, String existing) {
    Path from = SitePath.in(staging, existing);
    try {
      // in a folder being updated the file there may already be that very file
      Object key = updating && found.containsKey(SitePath.in(staging, sitePath)) ? Files.readAttributes(from, BasicFileAttributes.class).fileKey() : null;
      place(sitePath, from, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where a site path is in the staging folder. */
  public Path path(String sitePath) {
    return SitePath.in(staging, sitePath);
  }

  /**
   * Puts a folder of the staged site at another place in it too ({@code v1.3/} at {@code latest/}),
   * as hard links: no second copy on disk (a copy where the file system has no links).
   */
  public void copyFolder(String from, String to) throws IOException {
    Path src = staging.resolve(from);
    // what this build put there (a folder being updated holds old files too)
    for (Path p : placed.stream().filter(p -> p.startsWith(src)).sorted().toList()) {
      String rel = src.relativize(p).toString().replace('\\', '/');
      link(to + rel, from + rel);
    }
  }

  /**
   * Makes the build folder the site: a new link to it replaces the output in one rename. An
   * output that is a plain folder is first moved aside (once; {@link #recoverInterruptedSwap}
   * puts it back if the build dies right then). Where the file system has no links, the build
   * folder is renamed into place instead.
   */
  public void commit() throws IOException {
    if (updating) {
      removeLeftovers();
      haltForTest("spare-updated");
    }
    Path old = current();
    Path link = out.resolveSibling("." + name + ".link-" + staging.getFileName().toString().substring(name.length() + BUILD.length() + 1));
    try {
      Files.createSymbolicLink(link, staging.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      commitByRenames();
      return;
    }
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      move(out, previous);
      haltForTest("moved-aside");
    }
    haltForTest("before-swap");
    Files.move(link, out, StandardCopyOption.ATOMIC_MOVE); // rename(2): replaces the old link at once
    committed = true;
    haltForTest("after-swap");
    // the old site is removed while the build finishes (its cache); close() waits for it
    cleaner = removing("handbook-remove-old-site", old != null && !keepPrevious ? List.of(old, previous) : List.of(previous));
  }

  /** Deletes these trees on a thread of its own, started here ({@link #close} waits for it). */
  private static Thread removing(String name, List<Path> trees) {
    Thread t =
        new Thread(
            () -> {
              for (Path p : trees) {
                try {
                  deleteTree(p);
                } catch (IOException | UncheckedIOException e) {
                  // left for the next build, which removes stale build folders
                }
              }
            },
            name);
    t.start();
    return t;
  }

  /**
   * Removes from the folder being updated every file this build did not put there, and the
   * folders left empty, children before parents.
   */
  private void removeLeftovers() throws IOException {
    for (Path p : found.keySet()) {
      if (!placed.contains(p)) {
        Files.deleteIfExists(p);
      }
    }
    Set<Path> used = new java.util.HashSet<>();
    for (Path p : placed) {
      for (Path d = p.getParent(); d != null && d.startsWith(staging) && used.add(d); d = d.getParent()) {
        // every folder holding a file of this build
      }
    }
    for (int i = foundFolders.size() - 1; i >= 0; i--) {
      Path d = foundFolders.get(i);
      if (!used.contains(d) && !d.equals(staging) && Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
        try {
          Files.delete(d);
        } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
          // a folder this build made again inside it, or gone with its parent
        }
      }
    }
  }

  /** Without links: the old output moved aside and the build folder renamed into its place. */
  private void commitByRenames() throws IOException {
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      move(out, previous);
    }
    move(staging, out);
    committed = true;
    deleteTree(previous);
  }

  private static final String BUILD = ".build-";

  /** How many subtrees {@link #deleteTree} deletes at the same time at least, where there are. */
  static final int SUBTREES = 32;

  /** The build folder the output links to now, or null when it is no link of ours. */
  private Path current() throws IOException {
    if (!Files.isSymbolicLink(out)) {
      return null;
    }
    Path target = Files.readSymbolicLink(out);
    return ours(name, target) ? out.resolveSibling(target) : null;
  }

  private static boolean ours(String name, Path target) {
    return target.getNameCount() == 1 && !target.isAbsolute() && target.toString().startsWith("." + name + BUILD);
  }

  /**
   * The path whose link is swapped: the output itself, unless it is a link the user made, which
   * is followed (links of links too) to where the site lives.
   */
  static Path swapped(Path out) throws IOException {
    Path p = out;
    for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
      Path target = Files.readSymbolicLink(p);
      if (ours(p.getFileName().toString(), target)) {
        return p;
      }
      p = p.resolveSibling(target).normalize();
    }
    return p;
  }

  /**
   * A test-only hook: with {@code -Dhandbook.test.halt=POINT} the process stops dead at that point
   * of the swap ({@code moved-aside}, {@code before-swap}, {@code after-swap}), as a kill would.
   */
  private static void haltForTest(String point) {
    if (point.equals(System.getProperty("handbook.test.halt"))) {
      Runtime.getRuntime().halt(137);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** A build killed after moving a plain output folder aside leaves it as {@code .previous}: put it back. */
  private void recoverInterruptedSwap() throws IOException {
    if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
      if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(previous);
      } else {
        move(previous, out);
      }
    }
  }

  private static void cleanStale(Path parent, String prefix, Path keep) throws IOException {
    cleanStale(parent, prefix, keep, null);
  }

  private static void cleanStale(Path parent, String prefix, Path keep, Path alsoKeep) throws IOException {
    for (Path p : stale(parent, prefix, keep, alsoKeep)) {
      deleteTree(p);
    }
  }

  /** The files and folders beside the site whose names start with {@code prefix}, but {@code keep} and {@code alsoKeep}. */
  private static List<Path> stale(Path parent, String prefix, Path keep, Path alsoKeep) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && !p.equals(keep) && !p.equals(alsoKeep)).toList();
    }
  }

  @Override
  public void close() throws IOException {
    // the writes under way end first; none starts after
    writing.writeLock().lock();
    try {
      closed = true;
    } finally {
      writing.writeLock().unlock();
    }
    try {
      if (!committed && !keepPrevious) {
        deleteTree(staging);
      }
      if (cleaner != null) {
        cleaner.join();
      }
      if (staleCleaner != null) {
        staleCleaner.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.release();
      lockChannel.close();
    }
  }

  /**
   * Deletes a folder and what is in it; a link is removed, never followed. Its first folders are
   * opened until there are {@link #SUBTREES} or more below them, which are deleted on all cores
   * (the previous site of 10,000 pages took 0.4 s on one: a rebuild waits for it at its end).
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.delete(root);
      return;
    }
    // (in the order opened: each after the folder it is in, so they are deleted from the last)
    List<Path> opened = new ArrayList<>();
    java.util.ArrayDeque<Path> subtrees = new java.util.ArrayDeque<>(List.of(root));
    while (!subtrees.isEmpty() && subtrees.size() < SUBTREES) {
      Path folder = subtrees.poll();
      opened.add(folder);
      try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        for (Path entry : entries) {
          if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            subtrees.add(entry);
          } else {
            Files.delete(entry);
          }
        }
      }
    }
    try {
      handbook.content.Parallel.forEach(List.copyOf(subtrees), tree -> {
        try {
          walkAndDelete(tree);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause(); // as a deletion on one thread fails: callers handle an IOException
    }
    for (int i = opened.size() - 1; i >= 0; i--) {
      Files.delete(opened.get(i));
    }
  }

  private static void walkAndDelete(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
