package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.diag.Diagnostic;
import handbook.render.UiStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** kramdown's block attribute lists on lines of their own in a Jekyll project's page, placed on their blocks as kramdown places them. */
class KramdownIalsTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);
  final List<Diagnostic> warnings = new ArrayList<>();

  /** A Jekyll project's page: Liquid, its inline syntax, its tables (rows start with a pipe). */
  static final RenderOptions JEKYLL =
      RenderOptions.DEFAULT.withLiquid().withExtensions(Set.of(RenderOptions.Extension.PLAIN_INLINE, RenderOptions.Extension.TABLES_START_BLOCKS));

  private RenderedMarkdown compiled(String md, RenderOptions options) {
    return engine.compile(md, "content/x.md", 1, options, warnings::add);
  }

  private String html(String md, RenderOptions options) {
    return engine.render(compiled(md, options), Map.of(), Map.of());
  }

  /** kramdown's own test of block lists (its test/testcases/block/11_ial/simple.text), without its definitions' names, with attributes written here. */
  static final String KRAMDOWNS =
      """
      Some paragraph.
      {:.class #para title="val"}

      > quote
      {: #id}
        {: .class}

          code block
      {: #other}

          other code block

      ## A header
      {:#myid}

      {:.cls}
      Some paragraph here

      Paragraph
      {:.cls}
      Paragraph

      Another header
      ==============
      {: .class #other2}

      * list
      {: title="val"}

      {:.invalid}
      """;

  @Test
  void kramdownsOwnCaseIsReadAsKramdownReadsIt() {
    assertEquals(
        """
        <p id="para" class="class" title="val">Some paragraph.</p>
        <blockquote id="id" class="class">
        <p>quote</p>
        </blockquote>
        <pre tabindex="0" id="other"><code>code block
        </code></pre>
        <pre tabindex="0"><code>other code block
        </code></pre>
        <h2 id="myid">A header <a class="heading-anchor" href="#myid" aria-label="Link to this section">#</a></h2>
        <p class="cls">Some paragraph here</p>
        <p class="cls">Paragraph</p>
        <p>Paragraph</p>
        <h1 id="other2" class="class">Another header <a class="heading-anchor" href="#other2" aria-label="Link to this section">#</a></h1>
        <ul title="val">
        <li>list</li>
        </ul>
        """,
        html(KRAMDOWNS, JEKYLL));
    assertEquals(List.of(), warnings);
  }

  static final String MORE =
      """
      - a
        - b
      {: .ends-both}

      * x
        * y
        {: .ends-inner}

      > > a
      > {: .ends-inner-quote}

      > a
      > {: .in-quote}

      Intro.

      {: .over-blank-lines}

      1. one

      ***
      {: .rule}

      ```
      code
      ```
      {: .c #fenced}

          indented
      {: .language-ruby .wide}

      | a |
      |---|
      | 1 |
      {: .table .striped}

      {: .before-html}
      <div>x</div>

      The end.

      {: .for-nothing}
      """;

  /**
   * An unindented list's line ends the lists it is a lazy line of (the outer ones, where it is
   * unindented as theirs), one inside a quote's markers ends the quote inside; one after blank
   * lines is the next block's; code's language; a table's classes after its own.
   */
  @Test
  void listsQuotesCodeTablesAndRules() {
    assertEquals(
        """
        <ul class="ends-both">
        <li>a
        <ul>
        <li>b</li>
        </ul>
        </li>
        </ul>
        <ul>
        <li>x
        <ul class="ends-inner">
        <li>y</li>
        </ul>
        </li>
        </ul>
        <blockquote>
        <blockquote class="ends-inner-quote">
        <p>a</p>
        </blockquote>
        </blockquote>
        <blockquote>
        <p class="in-quote">a</p>
        </blockquote>
        <p>Intro.</p>
        <ol class="over-blank-lines">
        <li>one</li>
        </ol>
        <hr class="rule" />
        <pre tabindex="0" id="fenced" class="c"><code>code
        </code></pre>
        <pre tabindex="0" class="wide"><code class="language-ruby">indented
        </code></pre>
        <table class="table striped">
        <thead>
        <tr><th>a</th></tr>
        </thead>
        <tbody>
        <tr><td>1</td></tr>
        </tbody>
        </table>
        <p>{: .before-html}</p>
        <div>x</div>
        <p>The end.</p>
        """,
        html(MORE, JEKYLL));
    // (before raw HTML: not placed, shown and named; at the end, after a blank line: no block's, as in kramdown)
    assertEquals(List.of("content/x.md:37:1: warning[markdown.marker]: `{: .before-html}` is a kramdown attribute list, which is not run here: it is shown as written"),
        warnings.stream().map(Diagnostic::headline).toList());
  }

  /** A heading's list gives it its id (links name that one, as in kramdown, whose automatic id is then not made) and classes; {@code no_toc} keeps it out of the table of contents. */
  @Test
  void aHeadingsListGivesItsIdAndNoTocKeepsItOutOfTheContents() {
    String page = "# Title\n{: .no_toc }\n\n## Contents\n{: .no_toc .text-delta }\n\n## Setup\n{: #install }\n";
    assertEquals(
        List.of(new Heading(1, "Title", "title", 1, false), new Heading(2, "Contents", "contents", 4, false), new Heading(2, "Setup", "install", 7, true)),
        compiled(page, JEKYLL).headings());
    assertEquals(List.of(), warnings);
    // outside a Jekyll project the id is an anchor where the list is, the heading's own as its text makes it
    assertEquals(List.of(new Heading(1, "Title", "title", 1, true), new Heading(2, "Contents", "contents", 4, true), new Heading(2, "Setup", "setup", 7, true)),
        compiled(page, RenderOptions.DEFAULT).headings());
  }
}
