package handbook.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder on disk. */
public record DiskTree(Path root) implements SourceTree {
  @Override
  public List<String> files() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !hidden(p))
          .sorted()
          .toList();
    }
  }

  @Override
  public byte[] read(String path) throws IOException {
    return Files.readAllBytes(root.resolve(path));
  }

  @Override
  public boolean exists() {
    return Files.isDirectory(root);
  }

  /** Files and folders starting with a dot, and editor backups ending with ~. */
  public static boolean hidden(String relPath) {
    for (String part : relPath.split("/")) {
      if (part.startsWith(".") || part.endsWith("~")) {
        return true;
      }
    }
    return false;
  }
}
