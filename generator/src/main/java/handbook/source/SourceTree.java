package handbook.source;

import java.io.IOException;
import java.util.List;

/**
 * A folder of files to build from: the working tree on disk, or a folder of a git tag read
 * straight from the object database. Paths are relative, with forward slashes.
 */
public interface SourceTree {
  /** Every file, sorted, hidden files left out. */
  List<String> files() throws IOException;

  byte[] read(String path) throws IOException;

  boolean exists();
}
