package handbook.theme;

import handbook.source.SourceTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two trees as one: a file of {@code top} hides the file of {@code base} at the same path. The
 * list of {@code top}'s files is taken once, when the tree is made.
 */
public final class LayeredTree implements SourceTree {
  private final SourceTree top;
  private final SourceTree base;
  private final Set<String> topFiles;

  public LayeredTree(SourceTree top, SourceTree base) {
    this.top = top;
    this.base = base;
    try {
      this.topFiles = Set.copyOf(top.files());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<String> files() throws IOException {
    Set<String> all = new TreeSet<>(base.files());
    all.addAll(topFiles);
    return new ArrayList<>(all);
  }

  @Override
  public byte[] read(String path) throws IOException {
    return topFiles.contains(path) ? top.read(path) : base.read(path);
  }

  @Override
  public boolean exists() {
    return top.exists() || base.exists();
  }

  /** True when {@code path} comes from {@code top}. */
  public boolean overridden(String path) {
    return topFiles.contains(path);
  }
}
