package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A table right after a paragraph's lines, as GFM reads it; at a block's start alone on MkDocs' and Jekyll's pages. */
class TableStartsTest {
  private final MarkdownEngine engine = new MarkdownEngine(FastHtmlTest.DIRECTIVES, UiStrings.load("en"), false);

  private String html(String md, RenderOptions.Extension... on) {
    RenderOptions options = RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(on)));
    return engine.render(engine.compile(md, "x.md", 1, options), Map.of(), Map.of()).strip();
  }

  private static final String TABLE = "<table class=\"table\">\n<thead>\n<tr><th>Option</th><th>Meaning</th></tr>\n</thead>\n<tbody>\n<tr><td>a</td><td><em>b</em> <a href=\"https://x.org\">https://x.org</a></td></tr>\n</tbody>\n</table>";

  @Test
  void aTableEndsTheParagraphItFollows() {
    String md = "The options,\nall of them:\n| Option | Meaning |\n|--------|---------|\n| a | *b* https://x.org |\n";
    assertEquals("<p>The options,\nall of them:</p>\n" + TABLE, html(md));
    // the lines after its rows are rows too, one without a pipe a row of one cell (GFM)
    assertEquals(
        "<p>Before</p>\n" + TABLE.replace("</tbody>", "<tr><td>after <strong>it</strong></td><td></td></tr>\n<tr><td>3</td><td>4</td></tr>\n</tbody>"),
        html("Before\n| Option | Meaning |\n|---|---|\n| a | *b* https://x.org |\nafter **it**\n3 | 4\n"));
    // in a list item and a quote
    assertTrue(html("- item\n  | Option | Meaning |\n  |:-|-:|\n  | a | b |\n").startsWith("<ul>\n<li>item\n<table class=\"table\">"), html("- item\n  | Option | Meaning |\n  |:-|-:|\n  | a | b |\n"));
    assertTrue(html("> quote\n> | Option | Meaning |\n> |---|---|\n").matches("(?s)<blockquote>\n<p>quote</p>\n<table class=\"table\">.*<th>Meaning</th>.*</blockquote>"), html("> quote\n> | Option | Meaning |\n> |---|---|\n"));
    // a link to a definition elsewhere in the page, in a cell and in the paragraph before
    assertEquals(
        "<p>See <a href=\"https://d.org\">d</a>:</p>\n<table class=\"table\">\n<thead>\n<tr><th>A</th></tr>\n</thead>\n<tbody>\n<tr><td><a href=\"https://d.org\">d</a></td></tr>\n</tbody>\n</table>\n<p>[d]: https://d.org</p>".replace("\n<p>[d]: https://d.org</p>", ""),
        html("See [d]:\n| A |\n|---|\n| [d] |\n\n[d]: https://d.org\n"));
  }

  /**
   * A row indented by tabs more than the table's first line: its cells are its own (flexmark's
   * reader counted a tab's columns as characters: the line before's characters were in its first
   * cell, and near a body's start the build failed), on every kind of page and by both parsers.
   */
  @Test
  void rowsIndentedByTabsAreTheirOwn() {
    String row = "<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>";
    for (RenderOptions.Extension[] on : List.of(new RenderOptions.Extension[0], new RenderOptions.Extension[] {RenderOptions.Extension.TABLES_START_BLOCKS})) {
      assertTrue(html("Some text before it.\n\n| a | b |\n|---|---|\n\t| 1 | 2 |\n", on).contains(row), html("Some text before it.\n\n| a | b |\n|---|---|\n\t| 1 | 2 |\n", on));
      assertTrue(html("| a | b |\n|---|---|\n\t\t\t\t\t| 1 | 2 |\n", on).contains(row), html("| a | b |\n|---|---|\n\t\t\t\t\t| 1 | 2 |\n", on));
      assertTrue(html("x\n\n| a | b |\n|---|---|\n\t\t| 1 | 2 |\n  | 3 | 4 |\n", on).contains("<tr><td>1</td><td>2</td></tr>\n<tr><td>3</td><td>4</td></tr>"));
    }
    MarkdownEngine flexmarks = new MarkdownEngine(FastHtmlTest.DIRECTIVES, UiStrings.load("en"), false, false, false);
    assertTrue(flexmarks.render(flexmarks.compile("| a | b |\n|---|---|\n\t\t\t\t\t| 1 | 2 |\n", "x.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of()).contains(row));
  }

  @Test
  void linesWithoutAPipeAfterATablesRowsAreRows() {
    // GFM's example 201: a table at a paragraph's start, its rows, a line without a pipe, a blank line
    assertEquals(
        "<table class=\"table\">\n<thead>\n<tr><th>abc</th><th>def</th></tr>\n</thead>\n<tbody>\n<tr><td>bar</td><td>baz</td></tr>\n<tr><td>bar</td><td></td></tr>\n</tbody>\n</table>\n<p>bar</p>",
        html("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n"));
    // aligned as its column; after a header alone
    assertEquals(
        "<table class=\"table\">\n<thead>\n<tr><th align=\"right\">a</th></tr>\n</thead>\n<tbody>\n<tr><td align=\"right\">row</td></tr>\n</tbody>\n</table>",
        html("| a |\n|--:|\nrow\n"));
    // Jekyll's pages: a paragraph, as kramdown's tables end at it
    assertTrue(html("| a |\n|---|\nrow\n", RenderOptions.Extension.TABLES_START_BLOCKS).endsWith("</table>\n<p>row</p>"));
    // MkDocs' pages: rows up to the blank line, as Python-Markdown reads a table's block; still no table after a paragraph's lines
    assertEquals(
        "<table class=\"table\">\n<thead>\n<tr><th>abc</th><th>def</th></tr>\n</thead>\n<tbody>\n<tr><td>bar</td><td>baz</td></tr>\n<tr><td>bar</td><td></td></tr>\n</tbody>\n</table>\n<p>bar</p>",
        html("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n", RenderOptions.Extension.TABLES_START_BLOCKS, RenderOptions.Extension.TABLE_ROWS_TO_BLANK));
    assertEquals(
        "<p>Text\n| a |\n|---|\nrow</p>", html("Text\n| a |\n|---|\nrow\n", RenderOptions.Extension.TABLES_START_BLOCKS, RenderOptions.Extension.TABLE_ROWS_TO_BLANK));
  }

  @Test
  void whatIsNoTableStaysText() {
    // a delimiter row of another number of cells, a line of dashes without a pipe (a heading's), a row without a header
    assertEquals("<p>Text\n| a | b |\n|---|</p>", html("Text\n| a | b |\n|---|\n"));
    assertEquals("<h2 id=\"text-a--b-\">Text\n| a | b |</h2>", html("Text\n| a | b |\n---\n").replaceAll(" <a class=\"heading-anchor\".*</a>", ""));
    assertEquals("<p>Text\nmore\n|---|---|</p>", html("Text\nmore\n|---|---|\n"));
  }

  @Test
  void mkdocsAndJekyllPagesReadATableAtABlocksStartAlone() {
    String md = "The options:\n| Option | Meaning |\n|---|---|\n| a | b |\n";
    assertEquals("<p>The options:\n| Option | Meaning |\n|---|---|\n| a | b |</p>", html(md, RenderOptions.Extension.TABLES_START_BLOCKS));
    assertTrue(html("\n" + md.substring(md.indexOf('|')), RenderOptions.Extension.TABLES_START_BLOCKS).startsWith("<table"), "after a blank line it is one");
    assertTrue(html(md).contains("<table"), html(md));
  }
}
