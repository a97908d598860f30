package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import handbook.render.UiStrings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MarkdownEngine#following} visits the nodes flexmark's {@code getDescendants} does, in its order. */
class DocumentOrderTest {
  private final MarkdownEngine engine = new MarkdownEngine(Set.of("checklist"), UiStrings.load("nb"), false);

  private static void same(Document doc, String name) {
    List<Node> expected = new ArrayList<>();
    doc.getDescendants().forEach(expected::add);
    List<Node> walked = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = MarkdownEngine.following(n, doc)) {
      walked.add(n);
    }
    assertEquals(expected.size(), walked.size(), name);
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(expected.get(i) == walked.get(i), name + ": node " + i);
    }
  }

  @Test
  void theSpecTheGoldenFilesTheCorporaAndTheContentAreWalkedInDocumentOrder() throws Exception {
    int walked = 0;
    for (CommonMarkSpecTest.Example e : CommonMarkSpecTest.examples()) {
      same(engine.parse(e.markdown(), "spec", 1).document(), "spec-" + e.number());
      walked++;
    }
    for (Path p : handbook.testing.MarkdownFiles.all()) {
      same(engine.parse(Files.readString(p), p.toString(), 1).document(), p.toString());
      walked++;
    }
    assertTrue(walked > 600, "documents walked: " + walked);
  }
}
