package handbook.source;

import java.io.IOException;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A tree that shows another's files at other paths (a folder of it in another's place): each
 * file is read, stamped and named where it is in that tree ({@link #inTree}).
 */
public interface RenamedTree extends SourceTree {
  /**
   * What a tree shows: its listing (the paths shown, in order, with the refused files of the
   * tree it shows) and where each path shown elsewhere than it is is read from.
   */
  record Shown(Listing listing, java.util.Map<String, String> renamed) {
    /** The listing of the paths {@code shown} (each read from its value), with {@code refused}. */
    static Shown of(java.util.Map<String, String> shown, java.util.List<Refused> refused) {
      java.util.List<String> files = new java.util.ArrayList<>(shown.keySet());
      files.sort(null);
      java.util.Map<String, String> moved = new java.util.HashMap<>();
      shown.forEach((at, from) -> {
        if (!at.equals(from)) {
          moved.put(at, from);
        }
      });
      return new Shown(new Listing(files, refused), java.util.Map.copyOf(moved));
    }
  }

  /** The files shown, and those of the tree it shows that were refused. */
  @Override
  Listing listing() throws IOException;

  /** The paths of its {@link #listing}. */
  @Override
  default java.util.List<String> files() throws IOException {
    return listing().files();
  }

  /** The tree whose files are shown. */
  SourceTree tree();

  /** Where a path shown here is in {@link #tree}. */
  String inTree(String path);

  @Override
  default String origin(String path) {
    return tree().origin(inTree(path));
  }

  @Override
  default boolean untranslated(String path) {
    return tree().untranslated(inTree(path));
  }

  @Override
  default byte[] read(String path) throws IOException {
    return tree().read(inTree(path));
  }

  @Override
  default boolean exists() {
    return tree().exists();
  }

  @Override
  default FileStamp stamp(String path) {
    return tree().stamp(inTree(path));
  }

  @Override
  default String contentId(String path) {
    return tree().contentId(inTree(path));
  }

  @Override
  default Set<PosixFilePermission> permissions(String path) {
    return tree().permissions(inTree(path));
  }
}
