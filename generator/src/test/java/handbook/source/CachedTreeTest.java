package handbook.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder {@code serve} keeps between builds: after the watcher's changes it reads as the disk does, and keeps the rest. */
class CachedTreeTest {
  @TempDir Path tmp;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path p, String s) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, s);
  }

  private static void delete(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void aChangedFileIsReadAgainAndTheOthersAreKept() throws IOException {
    Path c = tmp.resolve("c");
    write(c.resolve("docs/a.md"), "a");
    write(c.resolve("docs/b.md"), "b");
    CachedTree tree = new CachedTree(c);
    assertEquals(List.of("docs/a.md", "docs/b.md"), tree.files());
    byte[] b = tree.read("docs/b.md");
    assertArrayEquals(bytes("a"), tree.read("docs/a.md"));
    write(c.resolve("docs/a.md"), "a2");
    // not told yet: the kept bytes
    assertArrayEquals(bytes("a"), tree.read("docs/a.md"));
    tree.changed(Set.of(c.resolve("docs/a.md")));
    assertArrayEquals(bytes("a2"), tree.read("docs/a.md"));
    assertSame(b, tree.read("docs/b.md"));
    assertEquals(List.of("docs/a.md", "docs/b.md"), tree.files());
  }

  @Test
  void foldersMadeAndRemovedChangeOnlyWhatIsUnderThem() throws IOException {
    Path c = tmp.resolve("c");
    write(c.resolve("docs/a.md"), "a");
    write(c.resolve("docs/a-b.md"), "ab");
    write(c.resolve("docs/a/c.md"), "c");
    CachedTree tree = new CachedTree(c);
    tree.files();
    byte[] ab = tree.read("docs/a-b.md");
    tree.read("docs/a/c.md");
    write(c.resolve("docs/n/x.md"), "x");
    write(c.resolve("docs/n/deeper/y.md"), "y");
    delete(c.resolve("docs/a"));
    tree.changed(Set.of(c.resolve("docs/n"), c.resolve("docs/a")));
    assertEquals(List.of("docs/a-b.md", "docs/a.md", "docs/n/deeper/y.md", "docs/n/x.md"), tree.files());
    assertThrows(IOException.class, () -> tree.read("docs/a/c.md"));
    assertSame(ab, tree.read("docs/a-b.md"));
    assertArrayEquals(bytes("y"), tree.read("docs/n/deeper/y.md"));
  }

  @Test
  void aFolderReplacedByAFileAndBack() throws IOException {
    Path c = tmp.resolve("c");
    write(c.resolve("docs/x/a.md"), "a");
    write(c.resolve("docs/x/.hidden.md"), "h");
    CachedTree tree = new CachedTree(c);
    assertEquals(List.of("docs/x/a.md"), tree.files());
    tree.read("docs/x/a.md");
    tree.read("docs/x/.hidden.md");
    delete(c.resolve("docs/x"));
    write(c.resolve("docs/x"), "now a file");
    tree.changed(Set.of(c.resolve("docs/x")));
    assertEquals(List.of("docs/x"), tree.files());
    assertThrows(IOException.class, () -> tree.read("docs/x/a.md"));
    assertThrows(IOException.class, () -> tree.read("docs/x/.hidden.md"));
    Files.delete(c.resolve("docs/x"));
    write(c.resolve("docs/x/b.md"), "b");
    tree.changed(Set.of(c.resolve("docs/x")));
    assertEquals(List.of("docs/x/b.md"), tree.files());
    assertThrows(IOException.class, () -> tree.read("docs/x"));
  }

  @Test
  void aHiddenFileThatWasReadIsReadAgainWhenItChanges() throws IOException {
    // not listed (an include reads it): its change must not leave the old text
    Path c = tmp.resolve("c");
    write(c.resolve("docs/.abbreviations.md"), "*[API]: old");
    write(c.resolve("docs/a.md"), "a");
    CachedTree tree = new CachedTree(c);
    assertEquals(List.of("docs/a.md"), tree.files());
    assertArrayEquals(bytes("*[API]: old"), tree.read("docs/.abbreviations.md"));
    write(c.resolve("docs/.abbreviations.md"), "*[API]: new");
    tree.changed(Set.of(c.resolve("docs/.abbreviations.md")));
    assertArrayEquals(bytes("*[API]: new"), tree.read("docs/.abbreviations.md"));
    assertEquals(List.of("docs/a.md"), tree.files());
  }

  @Test
  void theListingIsTheSameObjectUntilAFileComesOrGoes() throws IOException {
    Path c = tmp.resolve("c");
    write(c.resolve("docs/a.md"), "a");
    CachedTree tree = new CachedTree(c);
    SourceTree.Listing first = tree.listing();
    assertSame(first, tree.listing());
    write(c.resolve("docs/a.md"), "a2");
    tree.changed(Set.of(c.resolve("docs/a.md")));
    assertSame(first, tree.listing(), "an edit keeps the listing");
    write(c.resolve("docs/b.md"), "b");
    tree.changed(Set.of(c.resolve("docs/b.md")));
    SourceTree.Listing second = tree.listing();
    assertEquals(List.of("docs/a.md", "docs/b.md"), second.files());
    Files.delete(c.resolve("docs/b.md"));
    tree.changed(Set.of(c.resolve("docs/b.md")));
    assertEquals(List.of("docs/a.md"), tree.listing().files());
    assertNotSame(second, tree.listing());
  }

  @Test
  void linksThatLeaveTheFolderAreRefusedAsInABuildAlsoWhenMadeLater() throws IOException {
    // serve reported nothing of them: its listing kept the files alone
    Path c = tmp.resolve("c");
    write(c.resolve("docs/a.md"), "a");
    write(tmp.resolve("outside/secret.md"), "secret");
    Files.createSymbolicLink(c.resolve("docs/secret.md"), tmp.resolve("outside/secret.md"));
    CachedTree tree = new CachedTree(c);
    assertEquals(new DiskTree(c).listing(), tree.listing());
    assertEquals(List.of("docs/secret.md"), tree.listing().refused().stream().map(SourceTree.Refused::path).toList());
    write(c.resolve("docs/a.md"), "a2");
    tree.changed(Set.of(c.resolve("docs/a.md")));
    assertEquals(1, tree.listing().refused().size(), "still refused after an edit");
    Files.createSymbolicLink(c.resolve("docs/more.md"), tmp.resolve("outside/secret.md"));
    write(c.resolve("docs/new/x.md"), "x");
    Files.createSymbolicLink(c.resolve("docs/new/out"), tmp.resolve("outside"));
    tree.changed(Set.of(c.resolve("docs/more.md"), c.resolve("docs/new")));
    assertEquals(new DiskTree(c).listing(), tree.listing());
    assertEquals(List.of("docs/a.md", "docs/new/x.md"), tree.files());
    assertEquals(List.of("docs/more.md", "docs/new/out", "docs/secret.md"), tree.listing().refused().stream().map(SourceTree.Refused::path).toList());
    Files.delete(c.resolve("docs/secret.md"));
    tree.changed(Set.of(c.resolve("docs/secret.md")));
    assertEquals(new DiskTree(c).listing(), tree.listing());
  }
}
