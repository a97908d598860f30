package handbook.versions;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/** The released versions of a content folder: the git tags that match a pattern. */
public final class GitVersions implements AutoCloseable {
  private final Repository repo;
  private final Path workTree;
  private String[] head;

  private GitVersions(Repository repo) {
    this.repo = repo;
    this.workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /** The repository holding {@code folder}, or null outside git. */
  public static GitVersions find(Path folder) throws IOException {
    FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().normalize().toFile());
    if (b.getGitDir() == null) {
      return null;
    }
    return new GitVersions(b.setMustExist(true).build());
  }

  /** The repository's git folder ({@code .git}). */
  public Path gitDir() {
    return repo.getDirectory().toPath();
  }

  /** True for a shallow clone: its history, tags and dates are incomplete. */
  public boolean shallow() {
    return Files.exists(repo.getDirectory().toPath().resolve("shallow"));
  }

  /** The path of a folder inside the repository ({@code content}), or null when it is outside. */
  public String inside(Path folder) {
    Path f = folder.toAbsolutePath().normalize();
    return f.startsWith(workTree) ? workTree.relativize(f).toString().replace('\\', '/') : null;
  }

  /**
   * Tags matching the glob, oldest first by semantic version; their trees are taken from those
   * listed before by tree id and folder ({@code earlier}, empty for none) and put in {@code used}
   * ({@code serve} keeps them from run to run).
   */
  public List<Release> releases(String glob, String contentFolder, String templatesFolder, Map<String, GitTree.Listing> earlier, Map<String, GitTree.Listing> used)
      throws IOException {
    PathMatcher match = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<Release> out = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repo)) {
      for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
        String name = ref.getName().substring(Constants.R_TAGS.length());
        if (!match.matches(Path.of(name))) {
          continue;
        }
        ObjectId id = repo.getRefDatabase().peel(ref).getPeeledObjectId();
        RevCommit commit = walk.parseCommit(id != null ? id : ref.getObjectId());
        GitTree content = tree(commit.getTree(), contentFolder, earlier, used);
        if (!content.exists()) {
          continue;
        }
        GitTree templates = templatesFolder == null ? null : tree(commit.getTree(), templatesFolder, earlier, used);
        String date = Instant.ofEpochSecond(commit.getCommitTime()).toString();
        out.add(new Release(name, commit.getName(), date, content, templates != null && templates.exists() ? templates : null));
      }
    }
    out.sort((a, b) -> Semver.compare(a.label(), b.label()));
    return out;
  }

  private GitTree tree(RevTree tree, String folder, Map<String, GitTree.Listing> earlier, Map<String, GitTree.Listing> used)
      throws IOException {
    String key = tree.getName() + "/" + folder;
    GitTree.Listing l = used.get(key);
    if (l == null) {
      l = earlier.get(key);
      if (l == null) {
        l = GitTree.listing(repo, tree, folder);
      }
      used.put(key, l);
    }
    return new GitTree(repo, l);
  }

  /**
   * The day each file of {@code folder} (paths inside it) was last changed in the history of
   * {@code commit} (HEAD when null): the author's date of the newest commit that changed it, as
   * {@code yyyy-MM-dd} in UTC. Walks back from the commit, compared with each commit's first
   * parent, until every file of the folder at the commit has a date.
   */
  public Map<String, String> lastChanged(String commit, String folder) throws IOException {
    Map<String, String> days = new java.util.HashMap<>();
    ObjectId start = commit == null ? repo.resolve(Constants.HEAD) : ObjectId.fromString(commit);
    if (start == null) {
      return days;
    }
    String prefix = folder.isEmpty() ? "" : folder + "/";
    TreeFilter inFolder =
        folder.isEmpty()
            ? TreeFilter.ANY_DIFF
            : AndTreeFilter.create(PathFilter.create(folder), TreeFilter.ANY_DIFF);
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit head = walk.parseCommit(start);
      Set<String> files = new java.util.HashSet<>(GitTree.listing(repo, head.getTree(), folder).files());
      // only the commits that changed the folder, each with the one before it that did as parent
      walk.setTreeFilter(inFolder);
      walk.markStart(head);
      for (RevCommit c : walk) {
        try (TreeWalk diff = new TreeWalk(repo)) {
          diff.setRecursive(true);
          diff.setFilter(inFolder);
          diff.addTree(c.getTree());
          if (c.getParentCount() > 0) {
            diff.addTree(walk.parseCommit(c.getParent(0)).getTree());
          } else {
            diff.addTree(new EmptyTreeIterator());
          }
          String day = null;
          while (diff.next()) {
            String path = diff.getPathString();
            // the files of the folder at the commit (not one removed since, nor a hidden one)
            String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : null;
            if (rel != null && files.contains(rel) && !days.containsKey(rel)) {
              if (day == null) {
                day = java.time.LocalDate.ofInstant(c.getAuthorIdent().getWhenAsInstant(), java.time.ZoneOffset.UTC).toString();
              }
              days.put(rel, day);
            }
          }
        }
        if (days.size() >= files.size()) {
          break;
        }
      }
    }
    return days;
  }

  /** The commit and date of HEAD, for the working tree's entry in versions.json; read once. */
  public synchronized String[] head() throws IOException {
    if (head == null) {
      ObjectId id = repo.resolve(Constants.HEAD);
      if (id == null) {
        head = new String[] {"", ""};
      } else {
        try (RevWalk walk = new RevWalk(repo)) {
          RevCommit c = walk.parseCommit(id);
          head = new String[] {c.getName(), Instant.ofEpochSecond(c.getCommitTime()).toString()};
        }
      }
    }
    return head.clone();
  }

  @Override
  public void close() {
    repo.close();
  }
}
