package handbook.source;

import java.io.IOException;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * A tree that shows another's files at other paths (a folder of it in another's place): each
 * file is read, stamped and named where it is in that tree ({@link #inTree}).
 */
public interface RenamedTree extends SourceTree {
  /** The tree whose files are shown. */
  SourceTree tree();

  /** Where a path shown here is in {@link #tree}. */
  String inTree(String path);

  @Override
  default String origin(String path) {
    return tree().origin(inTree(path));
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
