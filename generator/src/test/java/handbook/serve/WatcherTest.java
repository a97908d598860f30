package handbook.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
}
