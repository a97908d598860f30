package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), Map.of(), false);

  private List<Node> blocks(String markdown) {
    Document doc = engine.parse(markdown, "t.md", 1).document();
    List<Node> out = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) {
        out.add(n);
      }
    }
    return out;
  }

  @Test
  void topLevelBlocksReadAsFlexmarksVisitorReadsThem() {
    String md =
        """
        ## Using `foo` and *emphasis* here

        Text with **strong**, _em_, ~~gone~~, `code`, [a link](x.md) and ![an image](i.png).
        An entity &amp; &copy;, an escape \\* and \\[, a hard break\\
        next line, two spaces  \s
        and a soft break. <span>inline html</span> <!-- a comment --> <https://example.com> and
        a footnote[^1], a [reference][r] and [another] one.

        | Head `a` | Head *b* |
        |----------|----------|
        | cell [x](y.md) | **z** &lt; |

        - a list item with `code`
        - > a quote with [link](q.md)

        [^1]: The note.

        [r]: https://example.com
        [another]: https://example.org
        """;
    List<Node> blocks = blocks(md);
    assertTrue(blocks.size() >= 10, "blocks: " + blocks.size());
    for (Node n : blocks) {
      assertEquals(new TextCollectingVisitor().collectAndGetText(n), PlainText.of(n), () -> "text of " + n);
    }
    // a document without a backslash or an ampersand: its text read without looking for them
    String plain = md.replace("\\", "").replace("&", "");
    for (Node n : blocks(plain)) {
      String base = (String) n.getChars().getBase();
      assertEquals(new TextCollectingVisitor().collectAndGetText(n), PlainText.of(n, base), () -> "text of " + n);
    }
  }

  @Test
  void codeInsideAnIndentedBlockLeavesNoStrayBacktick() {
    // flexmark's visitor gives "Trykk `/ for å søke" here: its sequence builder shifts the range
    List<Node> blocks = blocks("!!! tip \"Søk\"\n    Trykk `/` for å søke, og `db01` er serveren.\n");
    assertEquals(1, blocks.size());
    assertEquals("Trykk / for å søke, og db01 er serveren.", PlainText.of(blocks.get(0)).strip());
  }

  @Test
  void theSeparatorRowOfATableHasNoText() {
    List<Node> cells = blocks("| a | b |\n|---|---|\n| c | d |\n");
    assertEquals(List.of("a", "b", "", "", "c", "d"), cells.stream().map(PlainText::of).toList());
  }
}
