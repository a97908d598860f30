package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentScannerTest {
  /** A tree of two files with content ids (as a git tree has), counting what is read and stamped. */
  private static final class CountingTree implements SourceTree {
    final List<String> read = new ArrayList<>();
    final List<String> stamped = new ArrayList<>();
    final Map<String, String> ids = Map.of("docs/a.md", "blob-1", "docs/b.md", "blob-2");

    @Override
    public List<String> files() {
      return List.of("docs/a.md", "docs/b.md");
    }

    @Override
    public byte[] read(String path) {
      read.add(path);
      return ("# " + path + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean exists() {
      return true;
    }

    @Override
    public FileStamp stamp(String path) {
      stamped.add(path);
      return new FileStamp(1, 2, 3, 4, 5);
    }

    @Override
    public String contentId(String path) {
      return ids.get(path);
    }
  }

  @Test
  void aFileWhoseContentIdIsKnownIsNotReadAndKeepsItsOwnNames() {
    CountingTree tree = new CountingTree();
    SourceFile earlier = new SourceFile("docs/a.md", "v1:content/docs/a.md", "# earlier\n", "hash-1");
    List<FileStamp> stamps = new ArrayList<>();
    ContentScanner.Decoder decoder =
        new ContentScanner.Decoder() {
          @Override
          public SourceFile decode(String rel, String display, byte[] bytes, FileStamp stamp, String contentId, Diagnostics diags) {
            stamps.add(stamp);
            return ContentScanner.decode(rel, display, bytes, diags);
          }

          @Override
          public SourceFile known(String rel, String display, String contentId) {
            return contentId.equals("blob-1") ? new SourceFile(rel, display, earlier.text(), earlier.hash()) : null;
          }
        };
    Diagnostics diags = new Diagnostics();
    SourceFile a = ContentScanner.read(tree, "v2:content", "docs/a.md", diags, decoder);
    SourceFile b = ContentScanner.read(tree, "v2:content", "docs/b.md", diags, decoder);
    assertEquals(List.of("docs/b.md"), tree.read, "only the file of an unknown blob is read");
    assertEquals("v2:content/docs/a.md", a.displayPath());
    assertEquals("# earlier\n", a.text());
    assertEquals("hash-1", a.hash());
    assertEquals("# docs/b.md\n", b.text());
    assertEquals(List.of(), tree.stamped, "a decoder that does not look at stamps gets none taken");
    assertEquals(1, stamps.size());
    assertNull(stamps.get(0));
    assertEquals(0, diags.sorted().size());
  }

  @Test
  void aDecoderThatLooksAtStampsGetsTheStampTakenBeforeTheRead() {
    CountingTree tree = new CountingTree();
    List<FileStamp> stamps = new ArrayList<>();
    ContentScanner.Decoder decoder =
        new ContentScanner.Decoder() {
          @Override
          public SourceFile decode(String rel, String display, byte[] bytes, FileStamp stamp, String contentId, Diagnostics diags) {
            stamps.add(stamp);
            return ContentScanner.decode(rel, display, bytes, diags);
          }

          @Override
          public boolean stamps() {
            return true;
          }
        };
    ContentScanner.read(tree, "content", "docs/a.md", new Diagnostics(), decoder);
    assertEquals(List.of("docs/a.md"), tree.stamped);
    assertEquals(List.of(new FileStamp(1, 2, 3, 4, 5)), stamps);
  }
}
