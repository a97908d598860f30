package handbook.versions;

import handbook.source.DiskTree;
import handbook.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** A folder of a commit, read from the git object database without checking anything out. */
public final class GitTree implements SourceTree {
  private final Repository repo;
  private final Map<String, ObjectId> blobs;
  private final List<String> files;

  /** The files of a folder of a git tree and their blobs: the same for as long as the tree's id is. */
  public record Listing(Map<String, ObjectId> blobs, List<String> files) {}

  /** A folder of a tree as {@link #listing} lists it, read from {@code repo}. */
  public GitTree(Repository repo, Listing listing) {
    this.repo = repo;
    this.blobs = listing.blobs();
    this.files = listing.files();
  }

  /** The files of {@code folder} (inside the repository, e.g. {@code content}) in {@code tree}, hidden ones left out, in order. */
  public static Listing listing(Repository repo, RevTree tree, String folder) throws IOException {
    Map<String, ObjectId> blobs = new HashMap<>();
    List<String> files = new ArrayList<>();
    String prefix = folder.isEmpty() ? "" : folder + "/";
    try (TreeWalk walk = new TreeWalk(repo)) {
      walk.addTree(tree);
      walk.setRecursive(true);
      if (!folder.isEmpty()) {
        walk.setFilter(PathFilter.create(folder));
      }
      while (walk.next()) {
        String path = walk.getPathString();
        if (path.startsWith(prefix)) {
          String rel = path.substring(prefix.length());
          if (!DiskTree.hidden(rel)) {
            blobs.put(rel, walk.getObjectId(0));
            files.add(rel);
          }
        }
      }
    }
    files.sort(null);
    return new Listing(Map.copyOf(blobs), List.copyOf(files));
  }

  @Override
  public List<String> files() {
    return files;
  }

  @Override
  public byte[] read(String path) throws IOException {
    ObjectId id = blobs.get(path);
    if (id == null) {
      throw new IOException("no file " + path);
    }
    try (ObjectReader reader = repo.newObjectReader()) {
      return reader.open(id).getBytes();
    }
  }

  @Override
  public String contentId(String path) {
    ObjectId id = blobs.get(path);
    return id == null ? null : id.name();
  }

  @Override
  public boolean exists() {
    return !files.isEmpty();
  }
}
