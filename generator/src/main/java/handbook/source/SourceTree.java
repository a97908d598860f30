package handbook.source;

import java.io.IOException;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * A folder of files to build from: the working tree on disk, or a folder of a git tag read
 * straight from the object database. Paths are relative, with forward slashes.
 */
public interface SourceTree {
  /** Every file, sorted, hidden files left out. */
  List<String> files() throws IOException;

  byte[] read(String path) throws IOException;

  boolean exists();

  /**
   * The files and what was left out of them, with why: a link that leads outside the tree, a
   * folder that cannot be read, a name the system cannot decode.
   */
  default Listing listing() throws IOException {
    return new Listing(files(), List.of());
  }

  /** A file's stamp, where the tree has one (null otherwise): taken before it is read. */
  default FileStamp stamp(String path) {
    return null;
  }

  /**
   * An id only the same bytes have, known without reading the file (git's blob id), or null where
   * the tree has none: two files with one id are read and decoded once.
   */
  default String contentId(String path) {
    return null;
  }

  /**
   * Where a file is in the folder the user edits, when this tree shows it elsewhere (a released
   * version of a Docusaurus project's docs): messages and edit links name that path.
   */
  default String origin(String path) {
    return path;
  }

  /**
   * Whether the file at a path is shown in a language that has no translation of it: the default
   * language's, in a site built in another (its page says so). False where the tree shows one language.
   */
  default boolean untranslated(String path) {
    return false;
  }

  /** A file's permissions, where the tree has them (null otherwise). */
  default Set<PosixFilePermission> permissions(String path) {
    return null;
  }

  /** The files of a tree, sorted, and the paths left out. */
  record Listing(List<String> files, List<Refused> refused) {
    public Listing {
      files = List.copyOf(files);
      refused = List.copyOf(refused);
    }
  }

  /**
   * A path left out of the listing: {@code code} is the diagnostic code ({@code source.outside}),
   * {@code error} false for a warning.
   */
  record Refused(String path, String code, boolean error, String message, String hint) {}
}
