package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bodies flexmark cannot read in bounded stack or time are refused at their line, never thrown on. */
class MarkdownGuardTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), Map.of(), false);

  private Diagnostic refused(String body) {
    ContentException e = assertThrows(ContentException.class, () -> engine.compile(body, "content/docs/x.md", 4, RenderOptions.DEFAULT));
    assertEquals(1, e.diagnostics().size());
    return e.diagnostics().get(0);
  }

  @Test
  void tenThousandNestedQuotesAreRefusedAtTheirLine() {
    Diagnostic d = refused("Tekst.\n\n" + ">".repeat(10_000) + " x\n");
    assertEquals("content/docs/x.md:6:102: error[markdown.too-deep]: nesting deeper than 100 levels (quotes, lists, emphasis or links in one another)", d.headline());
  }

  @Test
  void tenThousandNestedListItemsAreRefused() {
    assertEquals("markdown.too-deep", refused("- ".repeat(10_000) + "x\n").code());
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      lines.append("  ".repeat(i)).append("- x\n");
    }
    Diagnostic d = refused(lines.toString());
    assertEquals("markdown.too-deep", d.code());
    assertEquals(4 + 101 - 1, d.span().line(), d.headline());
  }

  @Test
  void deepInlineNestingIsRefusedNotAStackOverflow() {
    assertEquals("markdown.too-deep", refused("x " + "*a ".repeat(10_000) + "b" + " c*".repeat(10_000) + "\n").code());
    assertEquals("markdown.too-deep", refused("x " + "![".repeat(5_000) + "a" + "](/b)".repeat(5_000) + "\n").code());
    assertEquals("markdown.too-deep", refused("x " + "*a ".repeat(300) + "b" + " c*".repeat(300) + "\n").code());
  }

  @Test
  void nestingUpToTheLimitStillReads() {
    String quotes = ">".repeat(60) + " x\n";
    String html = engine.render(engine.compile(quotes, "x.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of());
    assertEquals(60, html.split("<blockquote>", -1).length - 1);
    engine.compile("x " + "*a ".repeat(50) + "b" + " c*".repeat(50) + "\n", "x.md", 1, RenderOptions.DEFAULT);
  }

  @Test
  void fencedCodeIsNotCountedAsNesting() {
    engine.compile("```\n" + "> ".repeat(200) + "\n```\n", "x.md", 1, RenderOptions.DEFAULT);
  }

  @Test
  void aParagraphOfMoreThanSixtyFourKilobytesIsRefusedAtItsLine() {
    Diagnostic d = refused("# Tittel\n\nKort.\n\n" + "`a ".repeat(30_000) + "\n");
    assertEquals("content/docs/x.md:8:1: error[markdown.too-large]: a paragraph of more than 65536 characters is too large to read", d.headline());
    assertEquals("split it into paragraphs with blank lines", d.hint());
    engine.compile("`a ".repeat(20_000) + "\n", "x.md", 1, RenderOptions.DEFAULT);
  }

  @Test
  void aVeryLongLineOfBreakCharactersIsRefusedNotAStackOverflow() {
    Diagnostic d = refused("Tekst.\n\n" + "*".repeat(300_000) + "\n");
    assertEquals("content/docs/x.md:6:1: error[markdown.too-large]: a line of more than 65536 characters is too large to read", d.headline());
  }

  @Test
  void anAdmonitionLineWithManyBackslashesIsTextNotAnExponentialSearch() {
    // flexmark's admonition pattern took 15 s for 40 backslashes, four times more for each two more
    long start = System.nanoTime();
    String html = engine.render(engine.compile("!!! warning \"" + "\\".repeat(60) + " |\n|x\n", "x.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of());
    assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
    assertTrue(html.startsWith("<p>!!! warning"), html);
    String title = engine.render(engine.compile("!!! warning \"C:\\\\temp\"\n    Tekst\n", "x.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of());
    assertTrue(title.contains("class=\"admonition warning\""), "a few backslashes are still a title: " + title);
  }

  @Test
  void aQuoteListItemOrIndentedBlockOfMoreThanTwentyThousandLinesIsRefusedAtItsStart() {
    // flexmark joins such a block's lines in time that grows with the square of their number
    // (a code block of 60,000 lines in a list item took seconds, 250,000 would take minutes)
    String first = "Tekst.\n\n- item\n\n  ```\n" + "  code\n".repeat(20_000) + "  ```\n";
    assertEquals("content/docs/x.md:6:1: error[markdown.too-large]: a quote, list item or indented block of more than 20000 lines is too large to read", refused(first).headline());
    // blank lines and lazy lines do not end a quote's block, nor do they end the count
    String quote = "> <div>\n" + "> a\nb\n".repeat(10_001);
    assertEquals("content/docs/x.md:4:1: error[markdown.too-large]: a quote, list item or indented block of more than 20000 lines is too large to read", refused(quote).headline());
    // the same where flexmark strips each line's indentation: a paragraph's indented lines
    String indented = "word\n" + "  a\n".repeat(20_001);
    assertEquals("content/docs/x.md:5:1: error[markdown.too-large]: a quote, list item or indented block of more than 20000 lines is too large to read", refused(indented).headline());
  }

  @Test
  void longQuotesListsAndCodeBelowTheLimitAreRead() {
    // just under the limit in one item; many short items; a top-level code block of any length
    String item = "- item\n\n  ```\n" + "  code\n".repeat(19_990) + "  ```\n";
    String items = "- short\n  more\n".repeat(30_000);
    String code = "```\n" + "> not a quote\n".repeat(30_000) + "```\n";
    for (String body : new String[] {item, items, code}) {
      RenderedMarkdown md = engine.compile(body, "content/docs/x.md", 4, RenderOptions.DEFAULT);
      assertTrue(md.html().length() > body.length() / 2, body.substring(0, 20));
    }
  }
}
