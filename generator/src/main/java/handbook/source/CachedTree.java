package handbook.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A folder on disk whose listing and file bytes are kept between builds ({@code serve}): only
 * the paths the file watcher reports as changed are looked at again, so a rebuild after one edit
 * reads one file, not the whole tree. A file's bytes are the same array until it changes, so
 * what was decoded from them can be reused by identity.
 */
public final class CachedTree implements SourceTree {
  private final DiskTree disk;
  private final Path root;
  private TreeSet<String> listing;
  /** What the walk of the folder left out; kept until a change touches one of them. */
  private List<Refused> refused = List.of();
  /** The listing as last handed out: the same object until a change, so what was made of it can be kept. */
  private Listing given;
  private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();
  /** Whether a file left out of the listing (a hidden one) was read: its bytes are not found by the listing. */
  private volatile boolean readUnlisted;

  public CachedTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.disk = new DiskTree(this.root);
  }

  public Path root() {
    return root;
  }

  /** Forgets what it knows of these paths (absolute; files or folders, existing or not); null: of everything. */
  public synchronized void changed(Collection<Path> paths) {
    if (paths == null || listing == null) {
      forgetAll();
      return;
    }
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.startsWith(root) || abs.equals(root)) {
        continue;
      }
      String rel = root.relativize(abs).toString().replace('\\', '/');
      if (Files.isSymbolicLink(abs) || refused.stream().anyMatch(r -> r.path().equals(rel) || r.path().startsWith(rel + "/"))) {
        // a link (which may lead outside the folder) or a path the walk left out: walked again
        forgetAll();
        return;
      }
      if (DiskTree.hidden(rel)) {
        // not listed, but an include may have read it (or something under it)
        bytes.remove(rel);
        String inside = rel + "/";
        bytes.keySet().removeIf(f -> f.startsWith(inside));
        continue;
      }
      // the path and anything under it (a folder that was made, moved or removed): the paths
      // under it are a range of the sorted listing ('0' comes after '/'), not a walk over all
      String prefix = rel + "/";
      java.util.SortedSet<String> under = listing.subSet(prefix, rel + "0");
      boolean folder = !under.isEmpty();
      under.clear();
      boolean listed = listing.remove(rel);
      bytes.remove(rel);
      boolean file = Files.isRegularFile(abs);
      if (folder || listed != file) {
        given = null; // a file came or went: a new listing
      }
      if (folder || !file || readUnlisted) {
        // what was read under it: the listed files, and hidden ones an include may have read
        bytes.keySet().removeIf(f -> f.startsWith(prefix));
      }
      if (file) {
        listing.add(rel);
      } else if (Files.isDirectory(abs)) {
        try (Stream<Path> walk = Files.walk(abs)) {
          List<Path> found = walk.toList();
          if (found.stream().anyMatch(Files::isSymbolicLink)) {
            // a link in the new folder may lead outside it: the folder is walked again as at the start
            forgetAll();
            return;
          }
          given = null;
          found.stream()
              .filter(Files::isRegularFile)
              .map(f -> root.relativize(f).toString().replace('\\', '/'))
              .filter(f -> !DiskTree.hidden(f))
              .forEach(listing::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          forgetAll();
          return;
        }
      }
    }
  }

  /** Forgets the listing and every file's bytes: the folder is walked and read again. */
  private void forgetAll() {
    listing = null;
    given = null;
    bytes.clear();
    readUnlisted = false;
  }

  @Override
  public synchronized List<String> files() throws IOException {
    return listing().files();
  }

  @Override
  public synchronized Listing listing() throws IOException {
    if (listing == null) {
      Listing walked = disk.listing();
      listing = new TreeSet<>(walked.files());
      refused = walked.refused();
      given = null;
    }
    if (given == null) {
      given = new Listing(new ArrayList<>(listing), refused);
    }
    return given;
  }

  @Override
  public byte[] read(String path) throws IOException {
    byte[] b = bytes.get(path);
    if (b == null) {
      b = disk.read(path);
      if (DiskTree.hidden(path)) {
        readUnlisted = true;
      }
      bytes.put(path, b);
    }
    return b;
  }

  @Override
  public boolean exists() {
    return disk.exists();
  }
}
