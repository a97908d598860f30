package handbook.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Keeps a copied file no more open than its source: a file only its owner may read stays so in the site. */
final class FileModes {
  private FileModes() {}

  /** Takes from {@code file} every permission {@code source} does not have; nothing when either has no POSIX modes. */
  static void restrict(Path file, Set<PosixFilePermission> source) {
    if (source == null) {
      return;
    }
    try {
      Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
      Set<PosixFilePermission> kept = now.isEmpty() ? EnumSet.noneOf(PosixFilePermission.class) : EnumSet.copyOf(now);
      kept.retainAll(source);
      if (!kept.equals(now)) {
        Files.setPosixFilePermissions(file, kept);
      }
    } catch (UnsupportedOperationException e) {
      // no POSIX modes on this file system
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
