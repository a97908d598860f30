package handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cache.Outputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder: a link to one build folder, replaced whole; serve's in-place output fits in. */
class StagedSiteTest {
  @TempDir Path tmp;

  private List<String> beside() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
    }
  }

  @Test
  void aCommitReplacesTheLinkAndTheOldBuildFolderIsGoneWhenItCloses() throws Exception {
    Path out = tmp.resolve("site");
    try (StagedSite s = new StagedSite(out)) {
      s.write("index.html", "one".getBytes(StandardCharsets.UTF_8));
      s.commit();
    }
    Path first = out.toRealPath();
    try (StagedSite s = new StagedSite(out)) {
      s.write("index.html", "two".getBytes(StandardCharsets.UTF_8));
      s.commit();
    }
    assertTrue(Files.isSymbolicLink(out));
    assertEquals("two", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(first), "the old build folder is removed");
    assertEquals(List.of("." + "site" + ".build-" + out.toRealPath().getFileName().toString().substring(".site.build-".length()), "site"), beside());
  }

  @Test
  void serveMakesItsOutputAsALinkSoTheNextBuildSwapsItWithoutMovingAFolderAside() throws Exception {
    Path out = tmp.resolve("site");
    LiveOutput live = new LiveOutput(out, new Outputs(), null);
    live.write("index.html", "served".getBytes(StandardCharsets.UTF_8));
    live.commit();
    assertTrue(Files.isSymbolicLink(out), "serve's output is a link to a build folder");
    assertEquals("served", Files.readString(out.resolve("index.html")));
    Path served = out.toRealPath();
    try (StagedSite s = new StagedSite(out)) {
      s.write("index.html", "built".getBytes(StandardCharsets.UTF_8));
      s.commit();
    }
    assertTrue(Files.isSymbolicLink(out));
    assertEquals("built", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(served), "serve's folder is replaced like a build's");
    assertEquals(2, beside().size(), "only the link and its build folder: " + beside());
  }
}
