package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.diag.Diagnostic;
import handbook.render.UiStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** just-the-docs' block attribute lists in a Jekyll project's page: callouts, and classes of style put on their blocks. */
class KramdownBlocksTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);
  final List<Diagnostic> warnings = new ArrayList<>();

  private String html(String md, RenderOptions options) {
    return engine.render(engine.compile(md, "content/docs/x.md", 1, options, warnings::add), Map.of(), Map.of());
  }

  static final String PAGE =
      """
      ## Setup
      {: .no_toc }

      Intro.
      {: .fs-6 .fw-300 }

      {: .warning }
      A warning.
      Its second line.

      {: .note-title }
      > My title
      >
      > The note.

      {: .important }
      > One
      >
      > Two

      ```
      {: .note }
      Code.
      ```

      {: .custom }
      Its class.

      {: ald }
      Left as written.
      """;

  @Test
  void calloutsAreCalloutsAndStylesArePutOnTheirBlocks() {
    assertEquals(
        """
        <h2 id="setup" class="no_toc">Setup <a class="heading-anchor" href="#setup" aria-label="Link to this section">#</a></h2>
        <p class="fs-6 fw-300">Intro.</p>
        <div class="admonition warning" role="note"><p class="admonition-title">Warning</p>
        <p>A warning.
        Its second line.</p>
        </div>
        <div class="admonition note" role="note"><p class="admonition-title">My title</p>
        <p>The note.</p>
        </div>
        <div class="admonition info" role="note"><p class="admonition-title">Important</p>
        <p>One</p>
        <p>Two</p>
        </div>
        <pre tabindex="0"><code>{: .note }
        Code.
        </code></pre>
        <p class="custom">Its class.</p>
        <p>{: ald }
        Left as written.</p>
        """,
        html(PAGE, RenderOptions.DEFAULT.withLiquid()));
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals("content/docs/x.md:29:1: warning[markdown.marker]: `{: ald }` is a kramdown attribute list, which is not run here: it is shown as written", warnings.get(0).headline());
  }

  @Test
  void outsideAJekyllProjectTheyAreNamed() {
    String html = html(PAGE, RenderOptions.DEFAULT);
    assertEquals(true, html.contains("<p>{: .warning }\nA warning."), html);
    assertEquals(1, warnings.size(), warnings.toString());
  }
}
