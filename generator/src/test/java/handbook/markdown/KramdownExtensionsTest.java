package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.diag.Diagnostic;
import handbook.render.UiStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** kramdown's extensions in a Jekyll project's page (comments left out, options named, text kept as written read and named), and its formulas in a line. */
class KramdownExtensionsTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);
  final List<Diagnostic> warnings = new ArrayList<>();

  private String html(String md, RenderOptions options) {
    return engine.render(engine.compile(md, "content/x.md", 1, options, warnings::add), Map.of(), Map.of());
  }

  static final String PAGE =
      """
      Before.

      {::comment}
      A comment, with {: .x } and {% include x.md %} in it.
      {:/comment}

      Inline {::comment}hidden{:/comment} text.
      A line
      {::comment}
      hidden
      {:/}
      of the same paragraph.

      {::nomarkdown}
      <div class="raw">Kept</div>
      {:/nomarkdown}

      {::options toc_levels="2..3" /}

      ```
      {::comment}code{:/comment}
      ```
      """;

  @Test
  void commentsAreLeftOutAndTheRestNamed() {
    assertEquals(
        """
        <p>Before.</p>
        <p>Inline  text.
        A line
        of the same paragraph.</p>
        <div class="raw">Kept</div>
        <pre tabindex="0"><code>{::comment}code{:/comment}
        </code></pre>
        """,
        html(PAGE, RenderOptions.DEFAULT.withLiquid()));
    assertEquals(
        List.of(
            "content/x.md:14:1: warning[markdown.marker]: `{::nomarkdown}` is kramdown's text kept as written, which is not kept here: what it holds is read as Markdown and HTML (1 more marker of another tool, on line 18)"),
        warnings.stream().map(Diagnostic::headline).toList());
  }

  @Test
  void outsideAJekyllProjectTheyAreNamed() {
    String html = html("{::comment}\nA comment.\n{:/comment}\n", RenderOptions.DEFAULT);
    assertEquals("<p>{::comment}\nA comment.\n{:/comment}</p>\n", html);
    assertEquals(List.of("content/x.md:1:1: warning[markdown.marker]: `{::comment}` is a kramdown extension, which is not run here: it is shown as written (1 more marker of another tool, on line 3)"),
        warnings.stream().map(Diagnostic::headline).toList());
  }

  /** kramdown's {@code $$x$$} in a line's text is a formula there, as kramdown makes it one for MathJax; a paragraph of one alone is one on lines of its own. */
  @Test
  void formulasInALineAreFormulas() {
    String md = "Here $$b^2 + c_1$$ and `$$code$$`, \\$$x$$ not, $$z$$ yes.\n\n$$x$$ starts it and $$y$$ ends it.\n\n$$\nE = mc^2\n$$\n";
    assertEquals(
        """
        <p>Here <span class="arithmatex">\\(b^2 + c_1\\)</span> and <code>$$code$$</code>, $$x$$ not, <span class="arithmatex">\\(z\\)</span> yes.</p>
        <p><span class="arithmatex">\\(x\\)</span> starts it and <span class="arithmatex">\\(y\\)</span> ends it.</p>
        <div class="arithmatex">\\[E = mc^2\\]</div>
        """,
        html(md, RenderOptions.DEFAULT.withLiquid()));
    assertEquals(List.of(), warnings);
    // elsewhere $$ in a line is text, and a paragraph that starts with it is named
    assertEquals("<p>$$x$$ starts it.</p>\n", html("$$x$$ starts it.\n", RenderOptions.DEFAULT));
    assertEquals(1, warnings.size());
  }
}
