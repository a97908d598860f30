package handbook.theme;

import handbook.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The built-in theme: the templates and assets packaged into the generator jar from the
 * repository's {@code templates/} folder. A project's own templates override it file by file.
 */
public final class Theme {
  /** Where the theme lies inside the jar. */
  public static final String FOLDER = "handbook/theme/builtin";

  private Theme() {}

  /** The built-in theme, read from the jar once (it cannot change while the jar runs). */
  public static SourceTree builtIn() {
    return BuiltIn.THEME;
  }

  private static final class BuiltIn {
    static final SourceTree THEME = read();

    private static SourceTree read() {
      try {
        return new Files(java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(JarFolder.read(FOLDER))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code overrides} (a project's templates folder, which may not exist) over the built-in theme. */
  public static SourceTree over(SourceTree overrides) {
    return new LayeredTree(overrides, builtIn());
  }

  /** Files held in memory. */
  record Files(Map<String, byte[]> bytes) implements SourceTree {
    @Override
    public List<String> files() {
      return List.copyOf(bytes.keySet());
    }

    @Override
    public byte[] read(String path) throws IOException {
      byte[] b = bytes.get(path);
      if (b == null) {
        throw new IOException("no file " + path + " in the built-in theme");
      }
      return b.clone();
    }

    @Override
    public boolean exists() {
      return !bytes.isEmpty();
    }
  }
}
