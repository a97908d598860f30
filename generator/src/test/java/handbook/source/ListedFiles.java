package handbook.source;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A tree of the given files, each holding its own path: for the trees that show another's files elsewhere. */
final class ListedFiles implements SourceTree {
  private final Listing listing;

  ListedFiles(String... paths) {
    listing = new Listing(List.of(paths), List.of());
  }

  @Override
  public List<String> files() {
    return listing.files();
  }

  @Override
  public Listing listing() {
    return listing;
  }

  @Override
  public byte[] read(String path) {
    return path.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean exists() {
    return true;
  }
}
