package handbook.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content folder on disk: links stay inside it by their real location, and nothing is skipped in silence. */
class DiskTreeTest {
  @TempDir Path tmp;

  private Path content() throws IOException {
    Path c = tmp.resolve("content");
    Files.createDirectories(c.resolve("docs/sub"));
    Files.writeString(c.resolve("docs/index.md"), "# Hei\n");
    Files.writeString(c.resolve("docs/sub/a.txt"), "a");
    Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(tmp.resolve("outside/secret.txt"), "secret");
    return c;
  }

  @Test
  void vitePressConfigIsListedInItsHiddenFolderButNotTheRestOfIt() throws IOException {
    Path c = tmp.resolve("vp");
    for (String f : List.of("docs/.vitepress/config.mts", "docs/.vitepress/theme/index.ts", "docs/.vitepress/cache/deps/a.js", ".vitepress/config.js", "docs/x/.vitepress/config.mts", "docs/index.md")) {
      Files.createDirectories(c.resolve(f).getParent());
      Files.writeString(c.resolve(f), "x");
    }
    assertEquals(List.of(".vitepress/config.js", "docs/.vitepress/config.mts", "docs/index.md"), new DiskTree(c).files());
    assertTrue(!DiskTree.hidden("docs/.vitepress/config.mts") && DiskTree.hidden("docs/.vitepress/theme/index.ts") && DiskTree.hidden("docs/x/.vitepress/config.mts"));
  }

  @Test
  void vuePressConfigAndPublicFilesAreListedInItsHiddenFolderButNotTheRestOfIt() throws IOException {
    Path c = tmp.resolve("vue");
    for (String f :
        List.of(
            "src/.vuepress/config.js", "src/.vuepress/public/img/logo.png", "src/.vuepress/public/.DS_Store", "src/.vuepress/public/x~", "src/.vuepress/theme/Layout.vue", "src/.vuepress/dist/index.html",
            ".vuepress/config.yml", ".vuepress/public/a.png", "docs/x/.vuepress/config.js", "docs/x/.vuepress/public/b.png", ".x/.vuepress/config.js", "src/index.md")) {
      Files.createDirectories(c.resolve(f).getParent());
      Files.writeString(c.resolve(f), "x");
    }
    assertEquals(List.of(".vuepress/config.yml", ".vuepress/public/a.png", "src/.vuepress/config.js", "src/.vuepress/public/img/logo.png", "src/index.md"), new DiskTree(c).files());
    assertTrue(DiskTree.vuePressConfig("src/.vuepress/config.js") && DiskTree.vuePressConfig(".vuepress/config.yml") && !DiskTree.vuePressConfig("docs/x/.vuepress/config.js") && !DiskTree.vuePressConfig("src/.vuepress/public/config.js"));
  }

  @Test
  void linksThatLeaveTheFolderAreRefusedAndNeverRead() throws IOException {
    Path c = content();
    Files.createSymbolicLink(c.resolve("docs/passwd.md"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(c.resolve("docs/shadow.txt"), Path.of("../../outside/secret.txt"));
    Files.createSymbolicLink(c.resolve("docs/out"), tmp.resolve("outside"));
    DiskTree tree = new DiskTree(c);
    SourceTree.Listing l = tree.listing();
    assertEquals(List.of("docs/index.md", "docs/sub/a.txt"), l.files());
    assertEquals(List.of("docs/out", "docs/passwd.md", "docs/shadow.txt"), l.refused().stream().map(SourceTree.Refused::path).toList());
    l.refused().forEach(r -> assertEquals("source.outside", r.code()));
    assertTrue(l.refused().get(2).message().startsWith("`docs/shadow.txt` is a symbolic link to `"), l.refused().get(2).message());
    IOException e = assertThrows(IOException.class, () -> tree.read("docs/shadow.txt"));
    assertEquals("`docs/shadow.txt` leads outside the content folder", e.getMessage());
    assertThrows(IOException.class, () -> tree.read("docs/out/secret.txt"));
    assertThrows(IOException.class, () -> tree.read("../outside/secret.txt"), "a path that climbs out");
    assertThrows(IOException.class, () -> tree.read("docs/../../outside/secret.txt"), "a path that climbs out on the way");
    assertArrayEquals("# Hei\n".getBytes(StandardCharsets.UTF_8), tree.read("docs/sub/../index.md"), "a path that climbs inside");
  }

  @Test
  void pythonEnvironmentsAreNoContent() throws IOException {
    Path c = content();
    // python -m venv venv beside mkdocs.yml: its python is a link out of the folder
    Files.createDirectories(c.resolve("venv/bin"));
    Files.writeString(c.resolve("venv/pyvenv.cfg"), "home = /usr/bin\n");
    Files.createSymbolicLink(c.resolve("venv/bin/python"), tmp.resolve("outside/secret.txt"));
    Files.createDirectories(c.resolve("env/conda-meta"));
    Files.writeString(c.resolve("env/conda-meta/history"), "x");
    // a folder of that name without the marks is content
    Files.createDirectories(c.resolve("docs/venv"));
    Files.writeString(c.resolve("docs/venv/index.md"), "# Om virtuelle miljøer\n");
    SourceTree.Listing l = new DiskTree(c).listing();
    assertEquals(List.of("docs/index.md", "docs/sub/a.txt", "docs/venv/index.md"), l.files());
    assertEquals(List.of(), l.refused());
  }

  @Test
  void linksInsideTheFolderAreFollowed() throws IOException {
    Path c = content();
    Files.createSymbolicLink(c.resolve("docs/alias.md"), Path.of("index.md"));
    Files.createSymbolicLink(c.resolve("docs/more"), Path.of("sub"));
    DiskTree tree = new DiskTree(c);
    assertEquals(List.of("docs/alias.md", "docs/index.md", "docs/more/a.txt", "docs/sub/a.txt"), tree.listing().files());
    assertArrayEquals("# Hei\n".getBytes(StandardCharsets.UTF_8), tree.read("docs/alias.md"));
    assertEquals(List.of(), tree.listing().refused());
  }

  @Test
  void aContentFolderThatIsItselfALinkWorks() throws IOException {
    Path c = content();
    Path link = Files.createSymbolicLink(tmp.resolve("via-link"), c);
    assertEquals(List.of("docs/index.md", "docs/sub/a.txt"), new DiskTree(link).listing().files());
    assertArrayEquals("# Hei\n".getBytes(StandardCharsets.UTF_8), new DiskTree(link).read("docs/index.md"));
  }

  @Test
  void brokenLinksLoopsAndPipesAreLeftOutWithAWarning() throws Exception {
    Path c = content();
    Files.createSymbolicLink(c.resolve("docs/broken.txt"), Path.of("nowhere.txt"));
    Files.createSymbolicLink(c.resolve("docs/sub/loop"), Path.of(".."));
    Process mkfifo = new ProcessBuilder("mkfifo", c.resolve("docs/pipe").toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Diagnostics d = new Diagnostics();
    ContentScanner.Scan scan = new ContentScanner(p -> p.endsWith(".md")).scan(new DiskTree(c), "content", d);
    assertEquals(List.of("docs/sub/a.txt"), scan.assets());
    assertEquals(
        List.of(
            "content/docs/broken.txt: warning[source.link]: `docs/broken.txt` is a symbolic link to nothing; it is left out",
            "content/docs/pipe: warning[source.special]: `docs/pipe` is not a regular file (a pipe, socket or device); it is left out",
            "content/docs/sub/loop: warning[source.link]: `docs/sub/loop` is a symbolic link to a folder that holds it; it is left out"),
        d.sorted().stream().map(Diagnostic::headline).toList());
  }

  @Test
  void namesThatDifferOnlyInCaseOrNormalizationAreErrors() throws IOException {
    Path c = content();
    Files.writeString(c.resolve("docs/Foo.md"), "a");
    Files.writeString(c.resolve("docs/foo.md"), "b");
    Files.writeString(c.resolve("docs/bl\u00e5.md"), "nfc");
    Files.writeString(c.resolve("docs/bla\u030a.md"), "nfd");
    Diagnostics d = new Diagnostics();
    new ContentScanner(p -> p.endsWith(".md")).scan(new DiskTree(c), "content", d);
    assertEquals(
        List.of(
            "content/docs/bl\u00e5.md: error[source.twin]: `docs/bl\u00e5.md` and `docs/bla\u030a.md` differ only in how their letters are encoded (Unicode NFC and NFD): on macOS and Windows they are one file",
            "content/docs/foo.md: error[source.twin]: `docs/foo.md` and `docs/Foo.md` differ only in letter case: on macOS and Windows they are one file"),
        d.sorted().stream().map(Diagnostic::headline).toList());
  }

  @Test
  void invalidUtf8IsReportedAtTheBadBytesColumnWithItsLine() {
    Diagnostics d = new Diagnostics();
    byte[] bytes = {'a', '\n', 'b', 'c', (byte) 0xFF, 'd', '\n'};
    SourceFile f = ContentScanner.decode("docs/x.md", "content/docs/x.md", bytes, d);
    assertEquals("content/docs/x.md:2:3: error[encoding.invalid]: file is not valid UTF-8 (byte 4)", d.sorted().get(0).headline());
    assertEquals("a\nbc\uFFFDd\n", f.text(), "the text the error's source line is printed from");
  }

  @Test
  void hiddenFilesAreLeftOutButThePagesFilesOfAwesomePagesAndTheBlogsAuthors() {
    org.junit.jupiter.api.Assertions.assertFalse(DiskTree.hidden("docs/guide/.pages"));
    org.junit.jupiter.api.Assertions.assertFalse(DiskTree.hidden("docs/.pages"));
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden(".pages"), "only in a folder");
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden(".authors.yml"));
    // (an MkDocs project's docs_dir may be any folder: listed, never published)
    org.junit.jupiter.api.Assertions.assertFalse(DiskTree.hidden("documentation/.pages"));
    org.junit.jupiter.api.Assertions.assertFalse(DiskTree.hidden("src/docs/blog/.authors.yml"));
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden("docs/.git/.pages"), "not in a hidden folder");
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden("docs/.pages.bak"));
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden("docs/a/.DS_Store"));
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden("docs/a.md~"));
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden("node_modules/react/index.js"), "installed packages");
    org.junit.jupiter.api.Assertions.assertTrue(DiskTree.hidden("docs/__pycache__/hooks.cpython-311.pyc"));
    org.junit.jupiter.api.Assertions.assertFalse(DiskTree.hidden("docs/node_modules.md"));
  }
}
