package handbook.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which generator made a cache: its version and a hash of its jar's contents, so a rebuilt jar
 * (even with the same version number) never trusts parse results or pages of another. The hash
 * is of the jar's directory (each entry's name, size and CRC-32), not of its bytes: reading the
 * whole jar cost every build 40 ms before anything else could start.
 */
public final class GeneratorVersion {
  private GeneratorVersion() {}

  private static final String ID = compute();

  public static String id() {
    return ID;
  }

  private static String compute() {
    String v = GeneratorVersion.class.getPackage().getImplementationVersion();
    String version = v == null ? "dev" : v;
    try {
      CodeSource src = GeneratorVersion.class.getProtectionDomain().getCodeSource();
      if (src != null) {
        Path p = Path.of(src.getLocation().toURI());
        if (Files.isRegularFile(p)) {
          return version + "+" + HexFormat.of().formatHex(contents(p), 0, 8);
        }
      }
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // without a jar (classes in a folder, as in tests) the version alone names the generator
    }
    return version + "+classes";
  }

  /** A hash of the jar's entries: name, size and CRC-32 of each, in the jar's order. */
  static byte[] contents(Path jar) throws IOException, NoSuchAlgorithmException {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    ByteBuffer numbers = ByteBuffer.allocate(20);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] name = entry.getName().getBytes(StandardCharsets.UTF_8);
        numbers.clear();
        numbers.putInt(name.length).putLong(entry.getSize()).putLong(entry.getCrc());
        d.update(numbers.array());
        d.update(name);
      }
    }
    return d.digest();
  }
}
