package handbook.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cache.Outputs;
import java.io.IOException;
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

  /** Whatever made a site path, one that leads out of the site is refused: nothing is written outside. */
  @Test
  void aSitePathThatLeadsOutIsRefused() throws Exception {
    Path out = tmp.resolve("site");
    try (StagedSite s = new StagedSite(out)) {
      for (String bad : List.of("../x/index.html", "a/../../x.html", "/etc/x", "a/./b.html", "a\\..\\..\\x")) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.write(bad, new byte[] {1}), bad);
      }
      s.write("a/b.html", new byte[] {1});
      s.commit();
    }
    assertFalse(Files.exists(tmp.resolve("x")) || Files.exists(tmp.resolve("x.html")), "nothing beside the site: " + beside());
    assertTrue(Files.exists(out.resolve("a/b.html")));
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

  private static void commit(Path out, boolean keep, java.util.Map<String, String> files) throws Exception {
    try (StagedSite s = new StagedSite(out, keep)) {
      for (var e : new java.util.TreeMap<>(files).entrySet()) {
        s.write(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      s.commit();
    }
  }

  private static java.util.Map<String, String> files(Path root) throws Exception {
    java.util.Map<String, String> m = new java.util.TreeMap<>();
    try (Stream<Path> w = Files.walk(root)) {
      for (Path p : w.filter(p -> !Files.isDirectory(p)).toList()) {
        m.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    return m;
  }

  @Test
  void aBuildThatKeepsItsPreviousFolderUpdatesTheOneBeforeAndTrustsNothingInIt() throws Exception {
    Path out = tmp.resolve("site");
    commit(out, true, java.util.Map.of("index.html", "one", "a/index.html", "a1", "b/index.html", "b1", "c.html", "c1"));
    Path first = out.toRealPath();
    commit(out, true, java.util.Map.of("index.html", "two", "a/index.html", "a1", "b/index.html", "b1", "c.html", "c1"));
    Path second = out.toRealPath();
    assertTrue(Files.isDirectory(first), "the replaced build folder is kept for the next build");
    assertEquals(List.of(first.getFileName().toString(), second.getFileName().toString(), "site").stream().sorted().toList(), beside());

    // what a killed build or a hand could leave in the folder kept
    Files.writeString(first.resolve("a/index.html"), "edited in place");
    Files.writeString(first.resolve("extra.html"), "not of this build");
    Files.createDirectories(first.resolve("gone/deep"));
    Files.writeString(first.resolve("gone/deep/index.html"), "old page");
    StagedSite.deleteTree(first.resolve("b"));
    Files.writeString(first.resolve("b"), "a file where a folder must be");
    Files.delete(first.resolve("c.html"));
    Files.createDirectories(first.resolve("c.html/x"));
    Files.delete(first.resolve("index.html"));
    Files.createLink(first.resolve("index.html"), second.resolve("index.html")); // shared with the live site
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.createSymbolicLink(first.resolve("d"), outside);

    java.util.Map<String, String> third =
        java.util.Map.of("index.html", "three", "a/index.html", "a1", "b/index.html", "b1", "c.html", "c1", "d/index.html", "d1");
    try (StagedSite s = new StagedSite(out, true)) {
      assertEquals(first, s.root(), "the folder before the live one is brought up to date");
      for (var e : new java.util.TreeMap<>(third).entrySet()) {
        s.write(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      assertEquals("two", Files.readString(out.resolve("index.html")), "a file shared with the live site is replaced, not written through");
      s.commit();
    }
    assertEquals(first, out.toRealPath());
    java.util.Map<String, String> expected = new java.util.TreeMap<>(third);
    expected.put(OutputGuard.MARKER, "Generated by Handbook. This folder is replaced on every build.\n");
    assertEquals(expected, files(out.toRealPath()), "exactly this build's files");
    try (Stream<Path> s = Files.list(outside)) {
      assertEquals(0, s.count(), "nothing written through a link found in the folder");
    }
    assertEquals("two", Files.readString(second.resolve("index.html")), "the folder kept now is as the build before left it");
  }

  @Test
  void aKeptFileOrLinkAlreadyInPlaceIsLeftAsItIs() throws Exception {
    Path out = tmp.resolve("site");
    Path kept = Files.writeString(Files.createDirectories(tmp.resolve("cache")).resolve("page"), "kept page");
    Object key = Files.readAttributes(kept, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    for (int i = 0; i < 2; i++) {
      try (StagedSite s = new StagedSite(out, true)) {
        s.place("p/index.html", kept, key);
        s.link("latest/p/index.html", "p/index.html");
        s.write("index.html", ("build " + i).getBytes(StandardCharsets.UTF_8));
        s.commit();
      }
    }
    String live = out.toRealPath().getFileName().toString();
    Path older = tmp.resolve(beside().stream().filter(n -> n.startsWith(".site.build-") && !n.equals(live)).findFirst().orElseThrow());
    long before = Files.readAttributes(older.resolve("p"), java.nio.file.attribute.BasicFileAttributes.class).lastModifiedTime().toMillis();
    long beforeLatest = Files.readAttributes(older.resolve("latest/p"), java.nio.file.attribute.BasicFileAttributes.class).lastModifiedTime().toMillis();
    Thread.sleep(20);
    try (StagedSite s = new StagedSite(out, true)) {
      s.place("p/index.html", kept, key);
      s.link("latest/p/index.html", "p/index.html");
      s.commit();
    }
    assertEquals(older, out.toRealPath());
    assertTrue(Files.isSameFile(kept, out.resolve("p/index.html")));
    assertTrue(Files.isSameFile(kept, out.resolve("latest/p/index.html")));
    assertEquals(before, Files.readAttributes(older.resolve("p"), java.nio.file.attribute.BasicFileAttributes.class).lastModifiedTime().toMillis(), "its folder was not changed");
    assertEquals(beforeLatest, Files.readAttributes(older.resolve("latest/p"), java.nio.file.attribute.BasicFileAttributes.class).lastModifiedTime().toMillis(), "nor the folder of its link");
    assertFalse(Files.exists(out.resolve("index.html")), "what this build did not write is gone");
  }
  @Test
  void serveAfterItsLinkWasRemovedLeavesNoBuildFolderBehind() throws Exception {
    // "rm -rf site" removes the link: the folder it led to stays, hidden, until the next serve
    Path out = tmp.resolve("site");
    StagedSite.createLinked(out); // as serve's output makes a missing one
    Path first = out.toRealPath();
    Files.writeString(first.resolve("index.html"), "one");
    Files.delete(out);
    StagedSite.createLinked(out);
    assertTrue(Files.isSymbolicLink(out));
    assertFalse(Files.exists(first), "the folder of the removed link is gone");
    assertEquals(List.of(out.toRealPath().getFileName().toString(), "site"), beside());
  }

  @Test
  void aBuildAfterItsLinkWasRemovedLeavesNoBuildFolderBehindWhenItCloses() throws Exception {
    // "rm -rf site" removes the link: the folder it led to is removed while the next build runs
    Path out = tmp.resolve("site");
    commit(out, false, java.util.Map.of("index.html", "one"));
    Path first = out.toRealPath();
    Files.delete(out);
    try (StagedSite s = new StagedSite(out)) {
      s.write("index.html", "two".getBytes(StandardCharsets.UTF_8));
      s.commit();
    }
    assertFalse(Files.exists(first), "the folder of the removed link is gone");
    assertEquals("two", Files.readString(out.resolve("index.html")));
    assertEquals(List.of(out.toRealPath().getFileName().toString(), "site"), beside());
  }

  @Test
  void aBuildFolderOfABuildThatHoldsTheOutputIsLeftAlone() throws Exception {
    Path out = tmp.resolve("site");
    try (StagedSite building = new StagedSite(out)) {
      building.write("index.html", "building".getBytes(StandardCharsets.UTF_8));
      StagedSite.createLinked(out);
      assertEquals("building", Files.readString(building.root().resolve("index.html")), "the build's folder is kept");
    }
  }

  @Test
  void aTreeIsDeletedWholeOnAllCoresWithoutFollowingLinks() throws Exception {
    // more folders than are opened before the subtrees are deleted on all cores, at several depths,
    // with files beside them and links (to a folder and a file outside) at each depth
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("kept.txt"), "kept");
    Path tree = tmp.resolve("tree");
    int folders = 0;
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < StagedSite.SUBTREES; b++) {
        Path page = Files.createDirectories(tree.resolve("docs/s" + a + "/p" + b + "/deep"));
        Files.writeString(page.resolve("index.html"), "x");
        Files.writeString(page.getParent().resolve("index.html"), "y");
        folders++;
      }
      Files.writeString(tree.resolve("docs/s" + a + "/index.html"), "z");
      Files.createSymbolicLink(tree.resolve("docs/s" + a + "/out"), outside);
    }
    Files.writeString(tree.resolve("index.html"), "home");
    Files.createSymbolicLink(tree.resolve("out"), outside);
    Files.createSymbolicLink(tree.resolve("docs/file-link"), outside.resolve("kept.txt"));
    assertEquals(3 * StagedSite.SUBTREES, folders);

    StagedSite.deleteTree(tree);

    assertFalse(Files.exists(tree, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertEquals("kept", Files.readString(outside.resolve("kept.txt")), "no link is followed");
    // a file, a link and a missing path
    Path file = Files.writeString(tmp.resolve("file.txt"), "f");
    StagedSite.deleteTree(file);
    assertFalse(Files.exists(file));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), outside);
    StagedSite.deleteTree(link);
    assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.isDirectory(outside));
    StagedSite.deleteTree(tmp.resolve("missing"));
  }

  /** A file that cannot be deleted, in a subtree deleted beside others: an IOException, as on one thread. */
  @Test
  void aDeletionThatFailsInASubtreeIsAnIOException() throws Exception {
    Path tree = tmp.resolve("site");
    for (int b = 0; b < 2 * StagedSite.SUBTREES; b++) {
      Files.createDirectories(tree.resolve("docs/p" + b + "/deep"));
      Files.writeString(tree.resolve("docs/p" + b + "/deep/index.html"), "x");
    }
    Path folder = tree.resolve("docs/p7/deep");
    Path stuck = folder.resolve("index.html");
    // a folder that cannot be written; root writes anyway, so there the file is made immutable
    Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean root = Files.isWritable(folder);
    if (root) {
      org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("chattr", "+i", stuck.toString()).start().waitFor() == 0, "chattr +i is refused here");
    }
    try {
      IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> StagedSite.deleteTree(tree));
      assertTrue(e.getMessage().contains("index.html") || e.getMessage().contains("deep"), e.getMessage());
      assertTrue(Files.exists(stuck));
    } finally {
      if (root) {
        new ProcessBuilder("chattr", "-i", stuck.toString()).start().waitFor();
      }
      Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
