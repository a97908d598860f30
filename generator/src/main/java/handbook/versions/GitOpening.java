package handbook.versions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The repository of a content folder, opened on a thread of its own from when the site asks for
 * versions until the build reads them: JGit's start, the repository and its HEAD commit took a
 * tenth of a second that the build otherwise waited for after loading the content.
 */
public final class GitOpening implements AutoCloseable {
  private final Path folder;
  private FutureTask<GitVersions> task;

  public GitOpening(Path folder) {
    this.folder = folder;
  }

  /** Starts opening the repository, once. */
  public synchronized void start() {
    if (task == null) {
      task = new FutureTask<>(() -> {
        GitVersions git = GitVersions.find(folder);
        if (git != null) {
          git.head();
        }
        return git;
      });
      Thread t = new Thread(task, "handbook-git");
      t.setDaemon(true);
      t.start();
    }
  }

  /** The repository holding the folder, or null outside git (started here if it was not). */
  public GitVersions get() throws IOException {
    FutureTask<GitVersions> t;
    synchronized (this) {
      start();
      t = task;
    }
    try {
      return t.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while opening the repository", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Closes the repository if it was opened. */
  @Override
  public void close() {
    FutureTask<GitVersions> t;
    synchronized (this) {
      t = task;
    }
    if (t == null) {
      return;
    }
    try {
      GitVersions git = t.get();
      if (git != null) {
        git.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // nothing was opened
    }
  }
}
