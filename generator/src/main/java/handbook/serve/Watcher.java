package handbook.serve;

import handbook.source.DiskTree;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells which files changed under some folders: from the operating system's file events
 * ({@link WatchService}: every folder registered, new folders as they appear), collected until
 * the folders are quiet for a moment, so an editor's save of several files is one change. Where
 * events are not available, or were lost (overflow), it says "everything", and falls back to
 * comparing the trees' times and sizes.
 */
final class Watcher implements AutoCloseable {
  /** How long the folders must be quiet before a change is reported. */
  static final long QUIET_MILLIS = 25;
  static final long POLL_MILLIS = 300;

  private final List<Path> roots;
  /**
   * The git folder of the content's repository, or null: a tag or commit made while serving
   * changes the released versions and the days of {@code last_updated}. Its own files but
   * {@link #GIT_FILES} are left alone (git writes its index on every status).
   */
  private final Path git;
  private WatchKey gitKey;
  private final WatchService service;
  /** The folders of each key: more than one where a folder is also reached through a link inside the content. */
  private final Map<WatchKey, List<Path>> folders = new HashMap<>();
  private String fingerprint;
  /** A key taken by {@link #pending}, for {@link #next} to start from. */
  private WatchKey held;

  /** @param events whether to take file events where the platform has them (false: poll) */
  Watcher(List<Path> roots, boolean events) {
    this(roots, events, null);
  }

  /** The same, with the refs of a git folder ({@code git}, or null) watched as well. */
  Watcher(List<Path> roots, boolean events, Path git) {
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.git = git == null ? null : git.toAbsolutePath().normalize();
    WatchService s = null;
    try {
      if (events) {
        s = FileSystems.getDefault().newWatchService();
        for (Path r : this.roots) {
          registerAll(s, r, true);
        }
        if (this.git != null && Files.isDirectory(this.git)) {
          gitKey = this.git.register(s, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
          folders.put(gitKey, new java.util.ArrayList<>(List.of(this.git)));
          registerAll(s, this.git.resolve("refs"), false);
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      s = null;
    }
    this.service = s;
    if (s == null) {
      fingerprint = fingerprint();
    }
  }

  /** Whether changes come from file events (else from polling). */
  boolean events() {
    return service != null;
  }

  /** Registers a folder and those in it; {@code skipping}: not those a content tree leaves out (hidden ones, node_modules). */
  private void registerAll(WatchService s, Path root, boolean skipping) throws IOException {
    if (!Files.isDirectory(root) || skipping && (skipped(root) || DiskTree.environment(root))) {
      return;
    }
    walk(
        root,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
            if (skipping && !d.equals(root) && (skipped(d) || DiskTree.environment(d))) {
              return java.nio.file.FileVisitResult.SKIP_SUBTREE;
            }
            WatchKey key =
                d.register(s, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            // a folder registered again by another path (a link to it) is one key: its events are each path's
            List<Path> paths = folders.computeIfAbsent(key, k -> new java.util.ArrayList<>());
            if (!paths.contains(d)) {
              paths.add(d);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Walks a folder as the content's listing does: following symbolic links, the one it starts
   * from included (a folder given as a link was not watched, and serve saw no edit), and links to
   * folders inside it (their files are pages too), not those that lead out of it; a link to a
   * folder that holds it goes to {@code visitFileFailed}. The paths handed to {@code visitor} are
   * under {@code root} as given.
   */
  static void walk(Path root, java.nio.file.FileVisitor<Path> visitor) throws IOException {
    Path real = root.toRealPath();
    Files.walkFileTree(
        root,
        java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new java.nio.file.FileVisitor<Path>() {
          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
            if (!d.equals(root) && Files.isSymbolicLink(d) && !d.toRealPath().startsWith(real)) {
              return java.nio.file.FileVisitResult.SKIP_SUBTREE;
            }
            return visitor.preVisitDirectory(d, attrs);
          }

          @Override
          public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
            return visitor.visitFile(f, attrs);
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
            return visitor.visitFileFailed(f, e);
          }

          @Override
          public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            return visitor.postVisitDirectory(d, e);
          }
        });
  }

  /** Whether a path inside a watched root is one its content tree leaves out ({@link DiskTree#hidden}). */
  private boolean skipped(Path p) {
    for (Path r : roots) {
      if (p.startsWith(r) && !p.equals(r)) {
        return DiskTree.hidden(r.relativize(p).toString().replace('\\', '/'));
      }
    }
    return false;
  }

  /**
   * Waits for a change and returns the paths that changed (absolute), or null when that is not
   * known (events lost, or polling): then everything must be looked at again.
   */
  Set<Path> next() throws InterruptedException {
    if (service == null) {
      while (true) {
        Thread.sleep(POLL_MILLIS);
        String now = fingerprint();
        if (!now.equals(fingerprint)) {
          fingerprint = now;
          return null;
        }
      }
    }
    Set<Path> changed = new LinkedHashSet<>();
    boolean lost = false;
    try {
      // git's files other than its refs change no page: waited past
      while (changed.isEmpty() && !lost) {
        WatchKey key = held != null ? held : service.take();
        held = null;
        while (key != null) {
          lost |= drain(key, changed);
          key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
      }
    } catch (ClosedWatchServiceException e) {
      throw new InterruptedException("the watcher is closed");
    }
    return lost ? null : changed;
  }

  /** The files of the git folder itself that say which commit is checked out, and the refs packed. */
  static final Set<String> GIT_FILES = Set.of("HEAD", "packed-refs");

  /**
   * Whether a change has come that {@link #next} would return at once (when polling, at its
   * next look: the trees are compared here too, and left for {@link #next} to see).
   */
  boolean pending() {
    if (service == null) {
      return !fingerprint().equals(fingerprint);
    }
    if (held == null) {
      try {
        held = service.poll();
      } catch (ClosedWatchServiceException e) {
        return false;
      }
    }
    return held != null;
  }

  /** Takes a key's events; true when some were lost. */
  private boolean drain(WatchKey key, Set<Path> changed) {
    List<Path> paths = folders.get(key);
    boolean lost = false;
    for (WatchEvent<?> e : key.pollEvents()) {
      if (e.kind() == StandardWatchEventKinds.OVERFLOW || paths == null) {
        lost = true;
        continue;
      }
      for (Path folder : List.copyOf(paths)) {
        lost |= changed(key, folder.resolve((Path) e.context()), e, changed);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
    return lost;
  }

  /** Takes one event of a folder's file {@code p}; true when some changes were lost. */
  private boolean changed(WatchKey key, Path p, WatchEvent<?> e, Set<Path> changed) {
    if (key == gitKey && !GIT_FILES.contains(p.getFileName().toString())) {
      return false;
    }
    // the git folder's refs are watched, though a content folder that holds it would leave it out
    boolean inGit = git != null && p.startsWith(git);
    if (!inGit && skipped(p)) {
      return false;
    }
    changed.add(p);
    if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
      try {
        registerAll(service, p, !inGit);
        // files made in the new folder before it was registered
        try (Stream<Path> walk = Files.walk(p)) {
          walk.forEach(changed::add);
        }
      } catch (IOException ex) {
        return true;
      }
    }
    return false;
  }

  private String fingerprint() {
    StringBuilder b = new StringBuilder();
    List<Path> all = new java.util.ArrayList<>(roots);
    if (git != null) {
      GIT_FILES.forEach(f -> all.add(git.resolve(f)));
      all.add(git.resolve("refs"));
    }
    for (Path root : all) {
      if (Files.isRegularFile(root)) {
        try {
          b.append(root).append(Files.getLastModifiedTime(root).toMillis()).append(':').append(Files.size(root)).append('\n');
        } catch (IOException e) {
          b.append("?");
        }
        continue;
      }
      if (!Files.isDirectory(root)) {
        continue;
      }
      // the folders a content tree leaves out are not walked
      List<Path> found = new java.util.ArrayList<>();
      try {
        walk(
            root,
            new java.nio.file.SimpleFileVisitor<>() {
              @Override
              public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (!d.equals(root) && (skipped(d) || DiskTree.environment(d))) {
                  return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                found.add(d);
                return java.nio.file.FileVisitResult.CONTINUE;
              }

              @Override
              public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (!skipped(f)) {
                  found.add(f);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
              }

              @Override
              public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                found.add(f);
                return java.nio.file.FileVisitResult.CONTINUE;
              }
            });
        found.sort(null);
        for (Path p : found) {
          b.append(p).append(Files.isRegularFile(p) ? Files.getLastModifiedTime(p).toMillis() + ":" + Files.size(p) : "").append('\n');
        }
      } catch (IOException e) {
        b.append("?");
      }
    }
    return b.toString();
  }

  @Override
  public void close() throws IOException {
    if (service != null) {
      service.close();
    }
  }
}
