package handbook.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which generator made a cache: its version and a hash of its jar, so a rebuilt jar (even with
 * the same version number) never trusts parse results or pages of another.
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
          MessageDigest d = MessageDigest.getInstance("SHA-256");
          try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
              d.update(buf, 0, n);
            }
          }
          return version + "+" + HexFormat.of().formatHex(d.digest(), 0, 8);
        }
      }
    } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
      // without a jar (classes in a folder, as in tests) the version alone names the generator
    }
    return version + "+classes";
  }
}
