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

  /** Decodes as the scanner does, noting each stamp it gets; knows the files of {@code known} by content id. */
  private static final class RecordingDecoder implements ContentScanner.Decoder {
    final List<FileStamp> stamps = new ArrayList<>();
    final boolean wantsStamps;
    final Map<String, SourceFile> known;

    RecordingDecoder(boolean wantsStamps, Map<String, SourceFile> known) {
      this.wantsStamps = wantsStamps;
      this.known = known;
    }

    @Override
    public SourceFile decode(String rel, String display, byte[] bytes, FileStamp stamp, String contentId, Diagnostics diags) {
      stamps.add(stamp);
      return ContentScanner.decode(rel, display, bytes, diags);
    }

    @Override
    public SourceFile known(String rel, String display, String contentId) {
      SourceFile f = known.get(contentId);
      return f == null ? null : new SourceFile(rel, display, f.text(), f.hash());
    }

    @Override
    public boolean stamps() {
      return wantsStamps;
    }
  }

  @Test
  void aFileWhoseContentIdIsKnownIsNotReadAndKeepsItsOwnNames() {
    CountingTree tree = new CountingTree();
    SourceFile earlier = new SourceFile("docs/a.md", "v1:content/docs/a.md", "# earlier\n", "hash-1");
    RecordingDecoder decoder = new RecordingDecoder(false, Map.of("blob-1", earlier));
    Diagnostics diags = new Diagnostics();
    SourceFile a = ContentScanner.read(tree, "v2:content", "docs/a.md", diags, decoder);
    SourceFile b = ContentScanner.read(tree, "v2:content", "docs/b.md", diags, decoder);
    assertEquals(List.of("docs/b.md"), tree.read, "only the file of an unknown blob is read");
    assertEquals("v2:content/docs/a.md", a.displayPath());
    assertEquals("# earlier\n", a.text());
    assertEquals("hash-1", a.hash());
    assertEquals("# docs/b.md\n", b.text());
    assertEquals(List.of(), tree.stamped, "a decoder that does not look at stamps gets none taken");
    assertEquals(1, decoder.stamps.size());
    assertNull(decoder.stamps.get(0));
    assertEquals(0, diags.sorted().size());
  }

  @Test
  void aDecoderThatLooksAtStampsGetsTheStampTakenBeforeTheRead() {
    CountingTree tree = new CountingTree();
    RecordingDecoder decoder = new RecordingDecoder(true, Map.of());
    ContentScanner.read(tree, "content", "docs/a.md", new Diagnostics(), decoder);
    assertEquals(List.of("docs/a.md"), tree.stamped);
    assertEquals(List.of(new FileStamp(1, 2, 3, 4, 5)), decoder.stamps);
  }

  @Test
  void aFileTheDecoderKnowsUnchangedByItsStampIsReadOnlyWhenItsTextIsAskedFor() {
    CountingTree tree = new CountingTree();
    ContentScanner.Decoder decoder =
        new ContentScanner.Decoder() {
          @Override
          public SourceFile decode(String rel, String display, byte[] bytes, FileStamp stamp, String contentId, Diagnostics diags) {
            return ContentScanner.decode(rel, display, bytes, diags);
          }

          @Override
          public SourceFile unchanged(SourceTree t, String rel, String display, FileStamp stamp) {
            return rel.equals("docs/a.md") ? SourceFile.unread(rel, display, "hash-a", () -> new String(tree.read(rel), StandardCharsets.UTF_8)) : null;
          }

          @Override
          public boolean stamps() {
            return true;
          }
        };
    SourceFile a = ContentScanner.read(tree, "content", "docs/a.md", new Diagnostics(), decoder);
    SourceFile b = ContentScanner.read(tree, "content", "docs/b.md", new Diagnostics(), decoder);
    assertEquals(List.of("docs/a.md", "docs/b.md"), tree.stamped);
    assertEquals(List.of("docs/b.md"), tree.read, "the unchanged file is not read");
    assertEquals("hash-a", a.hash());
    assertEquals("# docs/a.md\n", a.text());
    assertEquals("# docs/a.md\n", a.text());
    assertEquals(List.of("docs/b.md", "docs/a.md"), tree.read, "read once, when its text was asked for");
    assertEquals("# docs/b.md\n", b.text());
  }
  /** A tree whose listing is a given object, as serve's folder hands out the same one until a file comes or goes. */
  private static final class ListedTree implements SourceTree {
    SourceTree.Listing listing;
    int predicateCalls;

    @Override
    public List<String> files() {
      return listing.files();
    }

    @Override
    public SourceTree.Listing listing() {
      return listing;
    }

    @Override
    public byte[] read(String path) {
      return ("# " + path + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean exists() {
      return true;
    }
  }

  @Test
  void aRememberedListingGivesTheSameScanAndItsProblemsEveryTime() {
    ListedTree tree = new ListedTree();
    tree.listing = new SourceTree.Listing(List.of("Docs.md", "docs.md", "docs/a.md", "img/x.png"), List.of(new SourceTree.Refused("docs/out.md", "source.outside", true, "leads outside", null)));
    ContentScanner.Memory memory = new ContentScanner.Memory();
    java.util.function.Predicate<String> isText = p -> {
      tree.predicateCalls++;
      return p.endsWith(".md");
    };
    List<String> seen = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      Diagnostics diags = new Diagnostics();
      ContentScanner.Scan scan = new ContentScanner(isText, new RecordingDecoder(false, Map.of()), memory, "kinds").scan(tree, "content", diags);
      assertEquals(List.of("Docs.md", "docs.md", "docs/a.md"), scan.sources().stream().map(SourceFile::path).toList());
      assertEquals(List.of("img/x.png"), scan.assets());
      seen.add(diags.sorted().stream().map(d -> d.code() + " " + d.span().file()).toList().toString());
    }
    assertEquals(4, tree.predicateCalls, "the paths were sorted once");
    assertEquals(List.of("[source.twin content/docs.md, source.outside content/docs/out.md]"), seen.stream().distinct().toList(), "each run reports the same problems");
    // a new listing, or another sorter: sorted again
    tree.listing = new SourceTree.Listing(List.of("docs/a.md", "docs/b.md"), List.of());
    Diagnostics diags = new Diagnostics();
    ContentScanner.Scan scan = new ContentScanner(isText, new RecordingDecoder(false, Map.of()), memory, "kinds").scan(tree, "content", diags);
    assertEquals(List.of("docs/a.md", "docs/b.md"), scan.sources().stream().map(SourceFile::path).toList());
    assertEquals(0, diags.sorted().size());
    new ContentScanner(p -> false, new RecordingDecoder(false, Map.of()), memory, "other kinds").scan(tree, "content", new Diagnostics());
    assertEquals(List.of(), new ContentScanner(isText, new RecordingDecoder(false, Map.of()), memory, "other kinds").scan(tree, "content", new Diagnostics()).sources(), "what the other sorter made");
  }
}
