package handbook.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** How the cache writes its files: whole or not at all. */
final class Store {
  private Store() {}

  /** Writes the body of a file. */
  interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  /** Reads the body of a file. */
  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  /**
   * Writes a pack that is trusted whole or not at all: {@code magic} and {@code generator}, the
   * body, then {@code end} (see {@link #readPack}).
   */
  static void writePack(Path file, String magic, String generator, Body body) throws IOException {
    write(
        file,
        out -> {
          Codecs.string(out, magic);
          Codecs.string(out, generator);
          body.write(out);
          Codecs.string(out, "end");
        });
  }

  /**
   * What a pack written by {@link #writePack} holds; null when it is missing, from another
   * generator, cut short or damaged anywhere the reader or the end mark notices.
   */
  static <T> T readPack(Path file, String magic, String generator, Reader<T> body) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!magic.equals(Codecs.string(in)) || !generator.equals(Codecs.string(in))) {
        return null;
      }
      T value = body.read(in);
      return "end".equals(Codecs.string(in)) ? value : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Writes {@code file} through a temporary file beside it ({@code .NAME-*.tmp}, which the next
   * build removes if this one is killed) put in its place in one step: a reader sees the old file
   * or the new one, never half of one.
   */
  static void write(Path file, Body body) throws IOException {
    Files.createDirectories(file.getParent());
    String name = file.getFileName().toString();
    Path tmp = Files.createTempFile(file.getParent(), "." + name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.')) + "-", ".tmp");
    try {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
        body.write(out);
      }
      replace(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Puts {@code tmp} in place of {@code target} in one step where the file system can. */
  static void replace(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
