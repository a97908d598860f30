package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The linear inline parser reads Markdown exactly as flexmark's own, only faster on hostile text. */
class LinearInlineParserTest {
  private static final MutableDataSet OPTIONS =
      new MutableDataSet().set(Parser.EXTENSIONS, List.of(TableIndents.create(), StrikethroughExtension.create(), FootnoteExtension.create()));
  private static final Parser STOCK = Parser.builder(OPTIONS).build();
  private static final Parser LINEAR = LinearInlineParser.parserBuilder(OPTIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

  static void assertSameAsFlexmark(String markdown, String name) {
    LargeStack.run(
        () -> {
          assertEquals(HTML.render(STOCK.parse(markdown)), HTML.render(LINEAR.parse(markdown)), name);
          assertEquals(tree(STOCK.parse(markdown)), tree(LINEAR.parse(markdown)), name);
        });
  }

  /** Every node with its type and the text range it covers, depth first. */
  static String tree(Node root) {
    StringBuilder b = new StringBuilder();
    for (Node n : root.getDescendants()) {
      b.append(n.getClass().getSimpleName()).append('[').append(n.getStartOffset()).append(',').append(n.getEndOffset()).append("] ");
    }
    return b.toString();
  }

  @Test
  void everyMarkdownFileOfTheTestsParsesAsWithFlexmarksParser() throws IOException {
    List<Path> files = handbook.testing.MarkdownFiles.all();
    assertTrue(files.size() > 100, "markdown files found: " + files.size());
    for (Path p : files) {
      assertSameAsFlexmark(Files.readString(p, StandardCharsets.UTF_8), p.toString());
    }
  }

  @Test
  void backticksLinksAndEscapesParseAsWithFlexmarksParser() {
    for (String s : List.of(
        "`a` ``b`` ```c``` `` ` `` `unclosed ``also",
        "a `b ``c`` d` e",
        "\\`not code` but `this`",
        "``a`b``c` ` ``",
        "`x\ny` `a\r\nb`",
        "[a](b(c)d) [e](f(g) [h](<i j>) ![k](l \"m\") [n](o)p)",
        "[a](" + "(".repeat(20) + "b" + ")".repeat(20) + ")",
        "&amp; &#42; &#x2A; &nope; \\* \\_ <a@b.c> <http://x.y> <b>x</b>",
        "| a | `b|c` |\n|---|---|\n| `d` | [e](f) |",
        "x[^1]\n\n[^1]: `note`",
        "[`a`]: https://x\n\n[`a`] [b][a] [c]\n\n[c]: /c \"t\"")) {
      assertSameAsFlexmark(s, s);
    }
  }

  @Test
  void emphasisRunsReadAsWithFlexmarksParser() {
    // delimiters beside every kind of character their runs are judged by: white space (also
    // Unicode's), ASCII and Unicode punctuation (opening, closing, other), letters, a line's ends
    String[] pieces = {"*", "**", "***", "_", "__", "~", "~~", "a", "Z", "9", " ", "\t", "\n", "\u00A0", "\u2003", "\u3000", ".", ",", "!", "(", ")", "[", "]",
      "{", "}", "<", ">", "\"", "'", "-", "\u00AB", "\u00BB", "\u2014", "\u201C", "\u201D", "\u00BF", "\u3001", "\u00E9", "\u65E5", "\\", "`", "&", "\uD83D\uDE00", "$"};
    java.util.Random r = new java.util.Random(21);
    for (int i = 0; i < 4000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + r.nextInt(14); n > 0; n--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      assertSameAsFlexmark(b.toString(), b.toString());
    }
  }

  @Test
  void linkLabelsWithBackslashesReadAsWithFlexmarksParser() {
    for (String s : List.of(
        "[a\\]b[", "[a\\]: /u\n\n[a\\]", "[\\\\\\]: /u\n\n[\\\\\\]", "[x\\\\]y] [z]", "[" + "\\".repeat(11) + "x", "[" + "\\".repeat(12) + "]",
        "[a\\[b]: /u\n\n[a\\[b]", "[a\\\n]: /u", "[" + "a".repeat(998) + "]: /u\n\n[" + "a".repeat(998) + "]", "[" + "a".repeat(1000) + "]: /u")) {
      assertSameAsFlexmark(s, s);
    }
  }

  @Test
  void aRunOfBackslashesAfterABracketIsReadInLinearTime() {
    // flexmark's own label pattern takes about a minute for 20 backslashes, and doubles with each more
    long start = System.nanoTime();
    LINEAR.parse("[" + "\\".repeat(50_000) + "x\n\n[" + "\\".repeat(40) + "]: /u\n");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 10_000, millis + " ms");
  }

  @Test
  void aLinkDestinationThatOpensMoreThanThirtyTwoParenthesesIsNoLink() {
    String deep = "[a](" + "(".repeat(33) + "b" + ")".repeat(33) + ")";
    assertEquals("<p>[a](" + "(".repeat(33) + "b" + ")".repeat(33) + ")</p>\n", HTML.render(LINEAR.parse(deep)));
    String allowed = "[a](" + "(".repeat(32) + "b" + ")".repeat(32) + ")";
    assertSameAsFlexmark(allowed, allowed);
    // a reference definition's is read whole, as flexmark reads it (read once, it costs no second scan)
    for (String definition : List.of("[x]: /u" + "(".repeat(40) + "()\n\n[x]", "[x]: /u" + "(".repeat(33) + ")".repeat(33) + " \"t\"\n[y]: /v\n\n[x] [y]")) {
      assertSameAsFlexmark(definition, definition);
      assertTrue(HTML.render(LINEAR.parse(definition)).startsWith("<p><a href=\"/u((("), definition);
    }
  }

  @Test
  void aMegabyteOfHostileInlineMarkupParsesInLinearTime() {
    MarkdownEngine engine = new MarkdownEngine(Set.of(), Map.of(), true);
    StringBuilder body = new StringBuilder();
    for (String unit : List.of("`a ``b ", "[a] [b ", "_a_ *a_ a**b c* ", "\\` \\* ", "&amp; &#42; ", "![a](", "<b>x</b> <a@b.c> ",
        "++ctrl+a+", "^a~b:smile ^^", "==a ~~ ^")) {
      String para = unit.repeat(60_000 / unit.length());
      for (int i = 0; i < 2; i++) {
        body.append(para).append("\n\n");
      }
    }
    long start = System.nanoTime();
    engine.compile(body.toString(), "big.md", 1, RenderOptions.DEFAULT);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // flexmark alone needs minutes for this; linear parsing a few seconds even on a busy machine
    assertTrue(millis < 30_000, body.length() + " characters took " + millis + " ms");
  }
}
