package handbook.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher tells of a change before it is taken (so quiet rebuilds stop for it), with file events and when polling. */
class WatcherTest {
  @TempDir Path tmp;

  private static boolean pendingWithin(Watcher w, long millis) throws InterruptedException {
    long until = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < until) {
      if (w.pending()) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  @Test
  void aChangeIsPendingUntilTakenWithFileEventsAndWhenPolling() throws Exception {
    for (boolean events : new boolean[] {true, false}) {
      Path root = tmp.resolve(events ? "events" : "polling");
      Files.createDirectories(root.resolve("docs"));
      Files.writeString(root.resolve("docs/a.md"), "a");
      try (Watcher w = new Watcher(List.of(root), events)) {
        assertTrue(w.events() == events);
        assertFalse(w.pending(), "nothing changed yet");
        Files.writeString(root.resolve("docs/a.md"), "a, edited and longer");
        assertTrue(pendingWithin(w, 5000), "the edit is pending (" + (events ? "events" : "polling") + ")");
        assertTrue(w.pending(), "and stays so until taken");
        Set<Path> changed = w.next();
        if (events) {
          assertTrue(changed.contains(root.resolve("docs/a.md")), String.valueOf(changed));
        } else {
          assertNull(changed, "polling does not know which files changed");
        }
        assertFalse(w.pending(), "taken");
      }
    }
  }

  @Test
  void aContentFolderGivenAsALinkIsWatchedThroughIt() throws Exception {
    // a walk does not follow the link it starts from: nothing was watched, and serve saw no edit
    for (boolean events : new boolean[] {true, false}) {
      Path real = tmp.resolve(events ? "real-events" : "real-polling");
      Files.createDirectories(real.resolve("docs/deep"));
      Files.writeString(real.resolve("docs/deep/a.md"), "a");
      Path link = Files.createSymbolicLink(tmp.resolve(events ? "link-events" : "link-polling"), real);
      try (Watcher w = new Watcher(List.of(link), events)) {
        Files.writeString(link.resolve("docs/deep/a.md"), "a, edited and longer");
        assertTrue(pendingWithin(w, 5000), "the edit is seen (" + (events ? "events" : "polling") + ")");
        Set<Path> changed = w.next();
        if (events) {
          assertTrue(changed.contains(link.resolve("docs/deep/a.md")), "named under the folder as given: " + changed);
        }
      }
    }
  }

  @Test
  void aFolderLinkedInsideTheContentIsWatchedAndOneLeadingOutIsNot() throws Exception {
    // the content's listing follows a link to a folder inside it (its files are pages too): an
    // edit there is told under both its paths, as both are files of the content
    for (boolean events : new boolean[] {true, false}) {
      Path root = tmp.resolve(events ? "inside-events" : "inside-polling");
      Path outside = tmp.resolve(events ? "outside-events" : "outside-polling");
      Files.createDirectories(root.resolve("shared/deep"));
      Files.createDirectories(root.resolve("docs"));
      Files.createDirectories(outside);
      Files.writeString(root.resolve("shared/deep/a.md"), "a");
      Files.writeString(outside.resolve("b.md"), "b");
      Files.createSymbolicLink(root.resolve("docs/shared"), root.resolve("shared"));
      Files.createSymbolicLink(root.resolve("docs/elsewhere"), outside);
      Files.createSymbolicLink(root.resolve("docs/loop"), root.resolve("docs"));
      try (Watcher w = new Watcher(List.of(root), events)) {
        Files.writeString(outside.resolve("b.md"), "b, edited and longer");
        assertFalse(pendingWithin(w, events ? 300 : 1500), "a folder out of the content is not watched (" + (events ? "events" : "polling") + ")");
        Files.writeString(root.resolve("docs/shared/deep/a.md"), "a, edited and longer");
        assertTrue(pendingWithin(w, 5000), "the edit through the link is seen (" + (events ? "events" : "polling") + ")");
        Set<Path> changed = w.next();
        if (events) {
          assertTrue(changed.contains(root.resolve("docs/shared/deep/a.md")) && changed.contains(root.resolve("shared/deep/a.md")), "both paths: " + changed);
        }
      }
    }
  }

  @Test
  void theRefsOfTheGitFolderAreWatchedAndItsOtherFilesAreNot() throws Exception {
    for (boolean events : new boolean[] {true, false}) {
      Path root = tmp.resolve(events ? "git-events" : "git-polling");
      Path git = root.resolve(".git");
      Files.createDirectories(root.resolve("content/docs"));
      Files.createDirectories(git.resolve("refs/tags"));
      Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
      Files.writeString(git.resolve("index"), "i");
      try (Watcher w = new Watcher(List.of(root.resolve("content")), events, git)) {
        // git status writes its index: no change of the site
        Files.writeString(git.resolve("index"), "index written again, longer");
        Thread.sleep(events ? 200 : 2 * Watcher.POLL_MILLIS);
        // a tag made
        Files.writeString(git.resolve("refs/tags/v1.0"), "0123456789012345678901234567890123456789\n");
        Set<Path> changed = nextWithin(w, 5000);
        if (events) {
          assertTrue(changed.contains(git.resolve("refs/tags/v1.0").toAbsolutePath().normalize()), String.valueOf(changed));
          assertFalse(changed.stream().anyMatch(p -> p.endsWith("index")), String.valueOf(changed));
        } else {
          assertNull(changed);
        }
        // a branch switched (HEAD) is a change too
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/other-branch\n");
        Set<Path> head = nextWithin(w, 5000);
        if (events) {
          assertTrue(head.contains(git.resolve("HEAD").toAbsolutePath().normalize()), String.valueOf(head));
        }
        // the index alone: nothing to take
        Files.writeString(git.resolve("index"), "and again, longer still");
        assertThrows(java.util.concurrent.TimeoutException.class, () -> nextWithin(w, 1000), "the index alone is no change (" + (events ? "events" : "polling") + ")");
      }
    }
  }

  @Test
  void foldersTheContentLeavesOutAreNotWatched() throws Exception {
    for (boolean events : new boolean[] {true, false}) {
      Path root = tmp.resolve(events ? "out-events" : "out-polling");
      Files.createDirectories(root.resolve("docs"));
      Files.createDirectories(root.resolve("node_modules/pkg"));
      Files.createDirectories(root.resolve(".venv/lib"));
      Files.createDirectories(root.resolve("venv/lib"));
      Files.writeString(root.resolve("venv/pyvenv.cfg"), "home = /usr/bin\n");
      Files.writeString(root.resolve("node_modules/pkg/index.js"), "x");
      try (Watcher w = new Watcher(List.of(root), events)) {
        // npm install, a Python environment and a new package folder: no change of the site
        Files.writeString(root.resolve("node_modules/pkg/index.js"), "x, installed again");
        Files.writeString(root.resolve(".venv/lib/site.py"), "y");
        Files.writeString(root.resolve("venv/lib/site.py"), "y");
        Files.createDirectories(root.resolve("docs/__pycache__"));
        Files.writeString(root.resolve("docs/__pycache__/hooks.pyc"), "z");
        if (!events) {
          assertFalse(pendingWithin(w, 3 * Watcher.POLL_MILLIS), "left out (polling)");
        } else {
          Thread.sleep(300);
        }
        Files.writeString(root.resolve("docs/a.md"), "a");
        Set<Path> changed = nextWithin(w, 5000);
        if (events) {
          // what came before the page's change, and with it: none of it left out
          Set<Path> all = new java.util.HashSet<>(changed);
          while (!all.contains(root.resolve("docs/a.md"))) {
            all.addAll(nextWithin(w, 5000));
          }
          assertTrue(all.stream().noneMatch(p -> p.toString().contains("node_modules") || p.toString().contains("venv") || p.toString().contains("__pycache__")), String.valueOf(all));
        } else {
          assertNull(changed);
        }
      }
    }
  }

  /** What {@link Watcher#next} returns within {@code millis} (run on a thread of its own), else a timeout. */
  private static Set<Path> nextWithin(Watcher w, long millis) throws Exception {
    java.util.concurrent.FutureTask<Set<Path>> next = new java.util.concurrent.FutureTask<>(w::next);
    Thread t = new Thread(next);
    t.setDaemon(true);
    t.start();
    try {
      return next.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      t.interrupt();
      throw e;
    }
  }
}
