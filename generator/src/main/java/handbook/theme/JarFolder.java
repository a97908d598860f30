package handbook.theme;

import handbook.source.DiskTree;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A folder of resources that ships with the generator: read from the generator's jar, or from
 * {@code target/classes} when the classes are not packaged (tests, IDEs).
 */
final class JarFolder {
  private JarFolder() {}

  /**
   * Every file under {@code folder} (e.g. {@code handbook/theme}) with its bytes, by path
   * relative to the folder; hidden files are left out.
   */
  static Map<String, byte[]> read(String folder) throws IOException {
    Path origin = origin();
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    Map<String, byte[]> files = new TreeMap<>();
    if (Files.isDirectory(origin)) {
      Path root = origin.resolve(prefix);
      if (!Files.isDirectory(root)) {
        return files;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(Files::isRegularFile).toList()) {
          String rel = root.relativize(p).toString().replace('\\', '/');
          if (!DiskTree.hidden(rel)) {
            files.put(rel, Files.readAllBytes(p));
          }
        }
      }
      return files;
    }
    try (ZipFile zip = new ZipFile(origin.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory() || !e.getName().startsWith(prefix)) {
          continue;
        }
        String rel = e.getName().substring(prefix.length());
        if (DiskTree.hidden(rel)) {
          continue;
        }
        try (InputStream in = zip.getInputStream(e)) {
          files.put(rel, in.readAllBytes());
        }
      }
    }
    return files;
  }

  /** The jar or classes folder the generator was loaded from. */
  private static Path origin() throws IOException {
    CodeSource source = JarFolder.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IOException("cannot tell where the generator was loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("cannot read the generator's own files at " + source.getLocation() + ": " + e.getMessage());
    }
  }
}
