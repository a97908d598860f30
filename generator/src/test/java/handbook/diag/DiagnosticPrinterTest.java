package handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
  void fileLevelDiagnosticHasNoSourceLine() {
    Diagnostic d = Diagnostic.warning("page.no-title", Span.file("content/a.md"), "no title");
    assertEquals("content/a.md: warning[page.no-title]: no title\n", new DiagnosticPrinter(f -> null).format(d));
  }

  @Test
  void suggestionsNeedToBeClose() {
    assertEquals("backup.md", Suggest.closest("bakup.md", List.of("backup.md", "deploy.md")));
    assertNull(Suggest.closest("zzzzzz.md", List.of("backup.md", "deploy.md")));
  }
}
