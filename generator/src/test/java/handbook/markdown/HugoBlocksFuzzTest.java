package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.render.UiStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bodies of Hugo's block shortcodes, and of Jekyll's callouts and links, nested, unclosed, in code
 * and quotes: a body compiles and renders, or fails with a positioned {@code markdown.*} error,
 * and every warning is at a line of the body.
 */
class HugoBlocksFuzzTest {
  static final String[] PIECES = {
    "{{< alert title=\"T\" >}}", "{{< /alert >}}", "{{% notice tip \"T\" %}}", "{{% /notice %}}", "{{< tabs items=\"A,B\" >}}", "{{< /tabs >}}", "{{< tab >}}", "{{< /tab >}}",
    "{{< tabpane >}}", "{{< /tabpane >}}", "{{< tab header=\"G\" lang=\"go\" >}}", "{{% tab \"P\" %}}", "{{% /tab %}}", "{{< details summary=\"S\" open >}}", "{{< /details >}}",
    "{{< card link=\"a.md\" title=\"A\" >}}", "{{< card header=\"H\" >}}", "{{< /card >}}", "{{< youtube abc >}}", "{{< button href=\"a\" >}}x{{< /button >}}",
    "{{< tab >}}x{{< /tab >}}", "{{< columns >}}", "<--->", "{{< /columns >}}", "{{< blocks/cover title=\"C\" >}}", "{{< /blocks/cover >}}", "{{% pageinfo %}}",
    "{{% /pageinfo %}}", "{{< katex >}}", "{{< /katex >}}", "{{< katex >}}x{{< /katex >}}", "{{< toc >}}", "{{< expand \"E\" >}}", "{{< /expand >}}", "$$", "{{< highlight go >}}", "{{< /highlight >}}", "{{< ref \"a.md\" >}}", "\n", "\n", "\n\n", "  ", "    ", "x", "```", "- ", "> ", "{{", "}}", "%}}",
    ">}}", "{{<", "\"", "=", "\\", "`", "::: tip", ":::", "!!! note"
  };

  private final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);

  /** A site's engine for GitBook's pages: its links to pages are directive blocks ({@link MarkdownEngine#PAGE_CARD}). */
  private final MarkdownEngine gitBook = new MarkdownEngine(Set.of(MarkdownEngine.PAGE_CARD), UiStrings.load("en"), false);

  /** Jekyll's: kramdown's block attribute lists (just-the-docs' callouts) and extensions, Liquid's links. */
  static final String[] JEKYLL_PIECES = {
    "{: .note }", "{: .note-title }", "{: .warning }", "{: .no_toc }", "{: .fs-6 .fw-300 }", "{: .x }", "{:", "}", "> ", ">", "\n", "\n", "\n\n", "x", "  ", "    ", "```",
    "{% link a.md %}", "{{ site.baseurl }}", "{% comment %}", "{% endcomment %}", "{% capture x %}", "{% endcapture %}", "{% assign a = 1 %}", "{::comment}", "{:/comment}", "{:/}", "{::nomarkdown}", "{:/nomarkdown}", "{::options a=\"1\" /}", "{: #i }", "\n| a |\n|---|\n", "{{ \"/x/\" | relative_url }}", "[a](", ")", "{% raw %}", "{% endraw %}", "- ", "# ",
    "{% if site.title %}", "{% if site.title == 'Widgets' and site.x %}", "{% elsif site.title contains 'W' %}", "{% else %}", "{% endif %}", "{% unless site.title %}", "{% endunless %}",
    "{% if site.nothing %}", "{%- if site.title -%}", "{{ site.title }}", "{%- else -%}", "{%- endif %}", "{% endif -%}", "\n- a\n", " \n "
  };

  /** GitBook's blocks. */
  static final String[] GITBOOK_PIECES = {
    "{% hint style=\"info\" %}", "{% endhint %}", "{% tabs %}", "{% endtabs %}", "{% tab title=\"A\" %}", "{% endtab %}", "{% code title=\"a.js\" lineNumbers=\"true\" %}", "{% endcode %}",
    "{% embed url=\"https://example.org/v\" %}", "{% endembed %}", "{% content-ref url=\"a.md\" %}", "{% endcontent-ref %}", "{% content-ref url=\"b.md\" %}[b.md](b.md){% endcontent-ref %}", "{% content-ref %}", "{% file src=\"a.pdf\" %}", "{% endfile %}", "{% file src=\"b.pdf\" %}c{% endfile %}",
    "{% stepper %}", "{% endstepper %}", "{% step %}", "{% endstep %}", "{% columns %}", "{% column %}", "{% endcolumn %}", "{% endcolumns %}", "{% swagger %}", "{%", "%}",
    "\n", "\n", "\n\n", "x", "  ", "    ", "```", "```js", "- ", "> ", "[a](b.md)", "\""
  };

  @FuzzTest(maxDuration = "1m")
  void gitBookBodiesCompileWithWarningsInPlace(byte[] data) {
    compiles(gitBook, handbook.testing.Pieces.join(data, GITBOOK_PIECES), RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.GITBOOK, RenderOptions.Extension.PLAIN_INLINE))));
  }

  @FuzzTest(maxDuration = "2m")
  void shortcodeBodiesCompileWithWarningsInPlace(byte[] data) {
    compiles(engine, handbook.testing.Pieces.join(data, PIECES), RenderOptions.DEFAULT);
  }

  @FuzzTest(maxDuration = "1m")
  void jekyllBodiesCompileWithWarningsInPlace(byte[] data) {
    RenderOptions liquid = RenderOptions.DEFAULT.withLiquid();
    compiles(engine, handbook.testing.Pieces.join(data, JEKYLL_PIECES), liquid.withExtensions(liquid.extensions().withVariables(Map.of("site.title", "Widgets"))));
  }

  private static void compiles(MarkdownEngine engine, String body, RenderOptions options) {
    int lines = body.split("\n", -1).length;
    List<Diagnostic> warnings = new ArrayList<>();
    try {
      RenderedMarkdown compiled = engine.compile(body, "content/docs/x.md", 3, options, warnings::add);
      assertTrue(engine.render(compiled, Map.of(), Map.of()) != null);
    } catch (ContentException e) {
      warnings.addAll(e.diagnostics());
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(d.code().equals("markdown.too-deep") || d.code().equals("markdown.too-large"), d.headline());
      }
    }
    for (Diagnostic d : warnings) {
      assertTrue(d.span().line() == 0 || d.span().line() >= 3 && d.span().line() < 3 + lines, d.headline() + "\n" + body);
    }
  }
}
