package handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  @Test
  void printsHeadlineSourceLineCaretAndHint() {
    Diagnostic d =
        Diagnostic.error("link.unresolved", Span.at("content/docs/x.md", 2, 5), "no page `b.md`")
            .withHint("did you mean `a.md`?");
    String text = "# X\nSe [b](b.md)\n";
    assertEquals(
        """
        content/docs/x.md:2:5: error[link.unresolved]: no page `b.md`
         2 | Se [b](b.md)
           |     ^
           = hint: did you mean `a.md`?
        """,
        new DiagnosticPrinter(Map.of("content/docs/x.md", text)::get).format(d));
  }

  @Test
  void aLongLineIsShownAsAWindowAroundTheColumn() {
    String line = "a".repeat(1000) + "X" + "b".repeat(1000);
    Diagnostic d = Diagnostic.error("markdown.too-deep", Span.at("content/x.md", 1, 1001), "deep");
    String[] printed = new DiagnosticPrinter(f -> line).format(d).split("\n");
    assertTrue(printed[1].length() < 140, printed[1]);
    assertTrue(printed[1].startsWith(" 1 | …a") && printed[1].endsWith("b…"), printed[1]);
    // the caret stands under the X
    assertEquals(printed[1].indexOf('X'), printed[2].indexOf('^'));
    // near the start nothing is cut before
    Diagnostic first = Diagnostic.error("x.y", Span.at("content/x.md", 1, 3), "z");
    String[] start = new DiagnosticPrinter(f -> line).format(first).split("\n");
    assertTrue(start[1].startsWith(" 1 | aaa") && start[1].endsWith("…"), start[1]);
    assertEquals(start[1].indexOf(" | ") + 3 + 2, start[2].indexOf('^'));
  }

  @Test
  void fileLevelDiagnosticHasNoSourceLine() {
    Diagnostic d = Diagnostic.warning("page.no-title", Span.file("content/a.md"), "no title");
    assertEquals("content/a.md: warning[page.no-title]: no title\n", new DiagnosticPrinter(f -> null).format(d));
  }

  @Test
  void suggestionsNeedToBeClose() {
    assertEquals("backup.md", Suggest.closest("bakup.md", List.of("backup.md", "deploy.md")));
    assertNull(Suggest.closest("zzzzzz.md", List.of("backup.md", "deploy.md")));
  }

  @Test
  void manyDiagnosticsOfOneFileReadItOnce() {
    // a minified or hostile file with thousands of problems on one long line: each diagnostic
    // took the whole line again (200,000 of them on a 2.5 MB line ran for minutes)
    String line = "[" + "\"x\", ".repeat(5000) + "]";
    String text = "{\n" + line + "\n}\n";
    int[] reads = {0};
    DiagnosticPrinter printer = new DiagnosticPrinter(f -> {
      reads[0]++;
      return text;
    });
    for (int i = 0; i < 5000; i++) {
      int column = 2 + 5 * i;
      String[] printed = printer.format(Diagnostic.warning("x.y", Span.at("content/v.json", 2, column), "bad")).split("\n");
      assertEquals('"', printed[1].charAt(printed[2].indexOf('^')), "the caret under the item's quote: " + i);
    }
    assertEquals("{", printer.format(Diagnostic.warning("x.y", Span.at("content/v.json", 1, 1), "first")).split("\n")[1].substring(5));
    assertEquals(1, reads[0], "the file's text is asked for once");
  }
}
