package handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Rendered pages kept between runs in a cache folder, by a hash of everything the page's output
 * depends on. A build reads a page from here instead of rendering it again when nothing it depends
 * on changed; entries no build used are removed at the end, so the folder holds one site's pages.
 */
public final class PageCache {
  private final Path dir;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  public PageCache(Path dir) throws IOException {
    this.dir = dir.toAbsolutePath().normalize();
    Files.createDirectories(this.dir.resolve("pages"));
  }

  private Path file(String key) {
    return dir.resolve("pages").resolve(key.substring(0, 2)).resolve(key + ".html");
  }

  /** The cached page, or null. */
  public byte[] get(String key) {
    used.add(key);
    Path f = file(key);
    try {
      return Files.isRegularFile(f) ? Files.readAllBytes(f) : null;
    } catch (IOException e) {
      return null;
    }
  }

  public void put(String key, byte[] html) {
    used.add(key);
    Path f = file(key);
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), key, ".tmp");
      Files.write(tmp, html);
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes entries this run did not use. */
  public void prune() throws IOException {
    try (Stream<Path> walk = Files.walk(dir.resolve("pages"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        String key = name.endsWith(".html") ? name.substring(0, name.length() - 5) : name;
        if (!used.contains(key)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
