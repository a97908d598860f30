package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.Diagnostic;
import handbook.render.UiStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The block shortcodes of Hugo's documentation themes: callouts, details and tabs. */
class HugoBlocksTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);
  final List<Diagnostic> warnings = new ArrayList<>();

  private String html(String md) {
    return engine.render(engine.compile(md, "content/docs/x.md", 1, RenderOptions.DEFAULT, warnings::add), Map.of(), Map.of());
  }

  @Test
  void calloutsOfEachThemeAreCallouts() {
    String html =
        html(
            """
            {{< alert title="Heads up" color="warning" >}}
            Alert **body**.
            {{< /alert >}}

            {{% notice tip "A tip" %}}
            Notice.
            {{% /notice %}}

            {{< hint danger >}}
            Hint.
            {{< /hint >}}

            {{< callout type="error" >}}
            Hextra.
            {{< /callout >}}

            {{< callout context="caution" title="Careful" icon="x" >}}
            Doks.
            {{< /callout >}}

            {{< admonition type=tip title="LoveIt" >}}
            LoveIt.
            {{< /admonition >}}

            {{< note >}}
            Kubernetes.
            {{< /note >}}

            {{< alert >}}
            Docsy's default.
            {{< /alert >}}
            """);
    assertEquals(
        """
        <div class="admonition warning" role="note"><p class="admonition-title">Heads up</p>
        <p>Alert <strong>body</strong>.</p>
        </div>
        <div class="admonition tip" role="note"><p class="admonition-title">A tip</p>
        <p>Notice.</p>
        </div>
        <div class="admonition danger" role="note"><p class="admonition-title">Danger</p>
        <p>Hint.</p>
        </div>
        <div class="admonition danger" role="note"><p class="admonition-title">Error</p>
        <p>Hextra.</p>
        </div>
        <div class="admonition warning" role="note"><p class="admonition-title">Careful</p>
        <p>Doks.</p>
        </div>
        <div class="admonition tip" role="note"><p class="admonition-title">LoveIt</p>
        <p>LoveIt.</p>
        </div>
        <div class="admonition note" role="note"><p class="admonition-title">Note</p>
        <p>Kubernetes.</p>
        </div>
        <div class="admonition note" role="note"><p class="admonition-title">Note</p>
        <p>Docsy's default.</p>
        </div>
        """,
        html);
    assertEquals(List.of(), warnings);
  }

  @Test
  void detailsAndTabsNestAndATabpaneShowsCode() {
    String html =
        html(
            """
            {{< details summary="More" open=true >}}
            Hidden.
            {{< /details >}}

            {{% details title="Closed" %}}
            Folded.
            {{% /details %}}

            {{< tabs items="JSON,YAML" >}}
              {{< tab >}}**JSON** text.{{< /tab >}}
              {{< tab >}}YAML text.{{< /tab >}}
            {{< /tabs >}}

            {{< tabpane >}}
            {{< tab header="Go" lang="go" >}}
            fmt.Println("{{ x }}")
            {{< /tab >}}
            {{% tab header="Prose" %}}
            Some *prose*.
            {{% /tab %}}
            {{< /tabpane >}}

            {{< tabs "os" >}}
            {{< tab "macOS" >}}
            Use brew.

            {{< hint warning >}}
            Nested.
            {{< /hint >}}
            {{< /tab >}}
            {{< /tabs >}}
            """);
    assertTrue(html.startsWith("<details class=\"admonition note\" open><summary class=\"admonition-title\">More</summary>\n<p>Hidden.</p>\n</details>\n"
        + "<details class=\"admonition note\"><summary class=\"admonition-title\">Closed</summary>\n<p>Folded.</p>\n</details>\n"), html);
    // three sets of tabs, each its own
    assertEquals(3, html.split("<div class=\"tabbed-set\">", -1).length - 1, html);
    assertTrue(html.contains("<label for=\"__tabbed_1_1\">JSON</label><label for=\"__tabbed_1_2\">YAML</label>"), "Hextra's items name its tabs: " + html);
    assertTrue(html.contains("<p><strong>JSON</strong> text.</p>"), html);
    assertTrue(html.contains("<p class=\"tabbed-title\">Go</p>\n<pre tabindex=\"0\"><code class=\"language-go\">fmt.Println(&quot;{{ x }}&quot;)\n</code></pre>"), "a tabpane's tab is code: " + html);
    assertTrue(html.contains("<p class=\"tabbed-title\">Prose</p>\n<p>Some <em>prose</em>.</p>"), "one written with % is Markdown: " + html);
    assertTrue(html.contains("<p>Use brew.</p>\n<div class=\"admonition warning\" role=\"note\"><p class=\"admonition-title\">Warning</p>\n<p>Nested.</p>\n</div>"), html);
    assertEquals(List.of(), warnings);
  }

  @Test
  void landingBlocksCardsColumnsAndButtonsKeepWhatTheyHold() {
    String html =
        html(
            """
            {{< blocks/cover title="Welcome" height="full" >}}
            Cover text.
            {{< /blocks/cover >}}

            {{% blocks/section color="dark" %}}
            {{% blocks/feature icon="fa-lightbulb" title="Metrics" %}}
            Feature text.
            {{% /blocks/feature %}}
            {{% /blocks/section %}}

            {{% pageinfo %}}
            A placeholder.
            {{% /pageinfo %}}

            {{< columns >}}
            Left.
            <--->
            Right.
            {{< /columns >}}

            {{< card header="**Cards**" >}}
            Card text.
            {{< /card >}}

            {{< cards >}}
              {{< card link="a.md" title="A" subtitle="First" >}}
              {{< card link="b.md" title="B" >}}
            {{< /cards >}}

            {{< button href="a.md" >}}Get started{{< /button >}}

            {{< youtube id="w7Ft2ymGmfc" title="A talk" >}}
            """);
    assertEquals(
        """
        <h2 id="welcome">Welcome <a class="heading-anchor" href="#welcome" aria-label="Link to this section">#</a></h2>
        <p>Cover text.</p>
        <h3 id="metrics">Metrics <a class="heading-anchor" href="#metrics" aria-label="Link to this section">#</a></h3>
        <p>Feature text.</p>
        <div class="admonition note" role="note"><p class="admonition-title">Note</p>
        <p>A placeholder.</p>
        </div>
        <p>Left.</p>
        <p>Right.</p>
        <p><strong>Cards</strong></p>
        <p>Card text.</p>
        <ul>
        <li><a href="a.md">A</a>: First</li>
        <li><a href="b.md">B</a></li>
        </ul>
        <p><a class="md-button" href="a.md">Get started</a></p>
        <p><a href="https://www.youtube.com/watch?v=w7Ft2ymGmfc">A talk</a></p>
        """,
        html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:32:1: warning[markdown.marker]: `{{< youtube id=\"w7Ft2ymGmfc\" title=\"A talk\" >}}` is a Hugo shortcode, which is shown as a link to the video: the site loads nothing from other hosts",
        warnings.get(0).headline());
  }

  @Test
  void anErrorAfterATabOfOneLineIsAtItsLineAsWritten() {
    // the tab's content goes on a line of its own: the lines after it move down in the text read,
    // where the callouts' indentation makes the quotes too deep (they are not, as written)
    String md = "{{< tabs >}}\n{{< tab \"A\" >}}x{{< /tab >}}\n{{< /tabs >}}\n\n" + "{{< note >}}\n".repeat(16) + "> ".repeat(60) + "deep\n" + "{{< /note >}}\n".repeat(16);
    handbook.diag.ContentException e = org.junit.jupiter.api.Assertions.assertThrows(handbook.diag.ContentException.class, () -> engine.compile(md, "content/docs/x.md", 3, RenderOptions.DEFAULT, warnings::add));
    assertEquals("markdown.too-deep", e.diagnostics().get(0).code());
    assertEquals(23, e.diagnostics().get(0).span().line(), e.diagnostics().get(0).headline());
  }

  @Test
  void hugoBooksExpandTocCenterAndFormulas() {
    String html = html("{{< toc >}}\n\n{{< expand \"More\" >}}\nHidden.\n{{< /expand >}}\n\n{{< center >}}\nCentred.\n{{< /center >}}\n\n{{< katex display=true >}}\nf(x) = x^2\n{{< /katex >}}\n\nInline:\n{{< katex >}}a_1{{< /katex >}}\n");
    assertTrue(html.startsWith("<details class=\"admonition note\"><summary class=\"admonition-title\">More</summary>\n<p>Hidden.</p>\n</details>\n<p>Centred.</p>\n"), html);
    assertEquals(2, html.split("arithmatex", -1).length - 1, "a display formula and an inline one: " + html);
    assertTrue(!html.contains("{{"), html);
    assertEquals(List.of(), warnings);
  }

  @Test
  void blocksDeeperThanAPageHasThemAreLeftAsWritten() {
    int deep = HugoBlocks.MAX_DEPTH + 1;
    String html = html("{{< note >}}\n".repeat(deep) + "Inside.\n" + "{{< /note >}}\n".repeat(deep));
    assertEquals(HugoBlocks.MAX_DEPTH, html.split("<div class=\"admonition note\"", -1).length - 1, html);
    assertTrue(html.contains("{{&lt; note &gt;}}\nInside.\n{{&lt; /note &gt;}}"), "the deepest is text: " + html);
    assertEquals(1, warnings.size(), warnings.toString());
  }

  @Test
  void aTagNotClosedOrInsideCodeIsLeftAsWritten() {
    String html = html("{{< alert >}}\nNot closed.\n\n```\n{{< note >}}\nCode.\n{{< /note >}}\n```\n\n{{< tab \"Lone\" >}}\nNo group.\n{{< /tab >}}\n");
    assertTrue(html.startsWith("<p>{{&lt; alert &gt;}}\nNot closed.</p>\n<pre tabindex=\"0\"><code>{{&lt; note &gt;}}\nCode.\n{{&lt; /note &gt;}}\n</code></pre>\n<p>{{&lt; tab &quot;Lone&quot; &gt;}}"), html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:1:1: warning[markdown.marker]: `{{< alert >}}` is a Hugo shortcode, which is not run here: it is shown as written (2 more markers of other tools, on lines 10, 12)",
        warnings.get(0).headline());
  }
}
