package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.util.ast.Document;
import handbook.render.UiStrings;
import java.util.Set;

/**
 * {@link FastBlocks} on bodies made of the pieces block structure is made of (markers, indents,
 * line ends, fences, pipes), so that the fuzzer reaches the bodies it takes: whatever it takes,
 * its tree is flexmark's, node by node.
 */
class FastBlocksFuzzTest {
  static final String[] PIECES = {
    "\n", "\n", "\n\n", " ", "  ", "   ", "    ", "- ", "* ", "+ ", "1. ", "2) ", "10. ", "# ", "## ", "###### ", "```", "~~~", "```js", "---", "***", "___",
    "===", "|", "| a |", "|---|", ":--", "> ", "<div>", "<!-- c -->", "[", "]", "(", ")", "[x]: /u", "[^1]", "!!! note", ":::tip", "`", "``", "*", "**", "_",
    "~~", "\\", "&amp;", "a", "b c", "ord", "1", ".", ":", "!", "?", "\"", "'", "https://x.org", "[a](b.md)", "![i](p.png)", "<a@b.org>", "[ ] ", "[x] ", "\t", "\r", "```checklist", ">", "\n> ", "[l](javascript:x)", "<b>", "&#35;", "[^1]:", "    - ", "1) ", "<!--", "-->", "\n  - ", "\n  ", "\n   ", "\n    ", "\n\n  ",
    "==", "^", "^^", "~", "++", "ctrl", "+", "\"", ":smile:", ":+1"
  };

  private final MarkdownEngine engine = new MarkdownEngine(Set.of("checklist"), UiStrings.load("nb"), false);
  private final MarkdownEngine flexmark = new MarkdownEngine(Set.of("checklist"), UiStrings.load("nb"), false, true, false);

  @FuzzTest(maxDuration = "2m")
  void takenBodiesGiveFlexmarksTree(byte[] data) {
    String body = handbook.testing.Pieces.join(data, PIECES);
    LargeStack.run(
        () -> {
          Document fast = engine.blocks().parseOrFail(body);
          if (fast != null) {
            assertEquals(FastBlocksTest.dump(flexmark.parser().parse(body)), FastBlocksTest.dump(fast), body);
          }
        });
  }
}
