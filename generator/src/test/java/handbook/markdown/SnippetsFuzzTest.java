package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.render.UiStrings;
import java.util.Set;

/**
 * An MDX page's includes put in (partials, Docusaurus' CodeBlock of a template literal or of a file
 * imported with raw-loader), unclosed and nested: every line of the result comes from a line of
 * the page or of a file it names, every problem is at a line of the page, and the result compiles.
 */
class SnippetsFuzzTest {
  static final String[] PIECES = {
    "import Source from '!!raw-loader!./a.js';\n", "import Part from './_part.mdx';\n", "<Part />\n", "<CodeBlock language=\"js\">", "<CodeBlock language=\"js\" title=\"t\" showLineNumbers>\n",
    "</CodeBlock>", "{Source}", "{Other}", "{`", "`}", "\\`", "\\${", "${x}", "\\u00e6", "\\u{1F600}", "\\x41", "\\", "```", "```js\n", "\n", "\n", "\n\n", "  ", "x", "{", "}", "`", "'", "\"",
    "<CodeBlock language=\"js\">{`a`}</CodeBlock>\n", "--8<-- \"a.js\"\n", "<Tabs>\n", "</Tabs>\n"
  };

  private static final Snippets.Source PART = new Snippets.Source("docs/_part.mdx", "content/docs/_part.mdx", "Part {`x`}\n<CodeBlock>{`y`}</CodeBlock>\n");
  private static final Snippets.Source CODE = new Snippets.Source("docs/a.js", "content/docs/a.js", "const a = ```;\nb\n");

  /** mdBook's includes, escapes, markers and code blocks, in pieces. */
  static final String[] BOOK_PIECES = {
    "{{#include a.rs}}\n", "{{#include a.rs:2}}\n", "{{#include a.rs:2:9}}\n", "{{#include a.rs::1}}\n", "{{#include a.rs:main}}\n", "{{#include a.rs:none}}\n", "{{#rustdoc_include a.rs:1:}}\n",
    "{{#playground a.rs editable}}\n", "{{#include p.md}}\n", "{{#title T}}\n", "{{#x}}", "\\{{#include a.rs}}", "{{#", "}}", "```rust\n", "```rust,ignore\n", "```toml,hidelines=!!\n", "```\n", "~~~\n",
    "# hidden\n", "## shown\n", "#[attr]\n", "!! h\n", "`", "\n", "\n\n", "  ", "x", "{#id}", "\\"
  };

  private static final Snippets.Source RUST = new Snippets.Source("listings/a.rs", "content/listings/a.rs", "// ANCHOR: main\nfn main() {}\n# x\n// ANCHOR_END: main\n");
  private static final Snippets.Source BOOK_PART = new Snippets.Source("docs/p.md", "content/docs/p.md", "Part {{#include ../listings/a.rs}}\n{{#include ../listings/a.rs:main}}\n");

  @FuzzTest(maxDuration = "1m")
  void mdBookIncludesExpandWithLinesInPlace(byte[] data) {
    String body = handbook.testing.Pieces.join(data, BOOK_PIECES).replace("a.rs", "../listings/a.rs").replace("p.md", "./p.md");
    int lines = body.split("\n", -1).length;
    Snippets.Expanded x =
        Snippets.expand(new Snippets.Source("docs/c.md", "content/docs/c.md", body), 1, p -> p.equals(RUST.path()) ? RUST : p.equals(BOOK_PART.path()) ? BOOK_PART : null, java.util.Set.of(Snippets.Form.MDBOOK));
    for (Diagnostic d : x.problems()) {
      assertTrue(d.span().file().equals("content/docs/c.md") && d.span().line() >= 1 && d.span().line() <= lines || d.span().file().equals(BOOK_PART.display()) && d.span().line() <= 2, d.headline() + "\n" + body);
    }
    int expanded = x.text().split("\n", -1).length - (x.text().endsWith("\n") ? 1 : 0);
    for (int line = 1; line <= expanded; line++) {
      Span s = x.at(Span.at("content/docs/c.md", line, 1));
      int most = s.file().equals("content/docs/c.md") ? lines : s.file().equals(RUST.display()) ? 4 : s.file().equals(BOOK_PART.display()) ? 2 : -1;
      assertTrue(s.line() >= 1 && s.line() <= most, "line " + line + " at " + s + "\n" + body);
    }
    try {
      engine.compile(x.text(), "content/docs/c.md", 1, RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.TEMPLATES_AS_TEXT))).withIncludesRead(), d -> {});
    } catch (ContentException e) {
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(d.code().equals("markdown.too-deep") || d.code().equals("markdown.too-large"), d.headline());
      }
    }
  }

  /** Docsify's helpers, embeds and links' configurations, in pieces. */
  static final String[] DOCSIFY_PIECES = {
    "!> ", "?> ", "[p](_media/p.md ':include')\n", "[c](_media/c.rs ':include :type=code')\n", "[v](v.mp4 ':include :type=video')\n", "[x](y ':target=_blank')", "[x](y \":disabled\")",
    " ':a=b", " ':", "'", "\"", ":", "=", ")", "](", "[", "```\n", "\n", "\n\n", "  ", "x", "> "
  };

  private static final Snippets.Source DOCSIFY_PART = new Snippets.Source("docs/_media/p.md", "content/docs/_media/p.md", "?> part\n[c](c.rs ':include :type=code')\n");
  private static final Snippets.Source DOCSIFY_CODE = new Snippets.Source("docs/_media/c.rs", "content/docs/_media/c.rs", "fn main() {}\n````\n");

  @FuzzTest(maxDuration = "1m")
  void docsifyHelpersAndEmbedsExpandWithLinesInPlace(byte[] data) {
    String body = handbook.testing.Pieces.join(data, DOCSIFY_PIECES);
    int lines = body.split("\n", -1).length;
    Snippets.Expanded x =
        Snippets.expand(
            new Snippets.Source("docs/c.md", "content/docs/c.md", body), 1, p -> p.equals(DOCSIFY_PART.path()) ? DOCSIFY_PART : p.equals(DOCSIFY_CODE.path()) ? DOCSIFY_CODE : null, java.util.Set.of(Snippets.Form.DOCSIFY));
    for (Diagnostic d : x.problems()) {
      assertTrue(d.span().file().equals("content/docs/c.md") && d.span().line() >= 1 && d.span().line() <= lines || d.span().file().equals(DOCSIFY_PART.display()) && d.span().line() <= 2, d.headline() + "\n" + body);
    }
    int expanded = x.text().split("\n", -1).length - (x.text().endsWith("\n") ? 1 : 0);
    for (int line = 1; line <= expanded; line++) {
      Span s = x.at(Span.at("content/docs/c.md", line, 1));
      int most = s.file().equals("content/docs/c.md") ? lines : s.file().equals(DOCSIFY_PART.display()) ? 2 : s.file().equals(DOCSIFY_CODE.display()) ? 2 : -1;
      assertTrue(s.line() >= 1 && s.line() <= most, "line " + line + " at " + s + "\n" + body);
    }
    try {
      engine.compile(x.text(), "content/docs/c.md", 1, RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.PLAIN_INLINE))).withIncludesRead(), d -> {});
    } catch (ContentException e) {
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(d.code().equals("markdown.too-deep") || d.code().equals("markdown.too-large"), d.headline());
      }
    }
  }

  private final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);

  static final String[] MINTLIFY_PIECES = {
    "<Note>", "</Note>", "<Card title=\"A\" href=\"/x\">", "</Card>", "<Card", " title=\"B\"", ">", "/>", "<Steps>", "</Steps>", "<Step title=\"S\">", "</Step>", "<Tabs>", "</Tabs>",
    "<Tab title=\"T\">", "</Tab>", "<CodeGroup>", "</CodeGroup>", "```bash npm\n", "```\n", "<Accordion title=\"Q\">", "</Accordion>", "<ParamField path=\"id\" default={1} required>",
    "</ParamField>", "<Tooltip tip=\"t\">w</Tooltip>", "<Icon icon=\"x\" />", "<Badge>b</Badge>", "import I from '/snippets/i.mdx';\n", "<I />", "\n", "\n\n", "  ", "    ", "\t", "x", "<", "</"
  };

  private static final Snippets.Source MINTLIFY_PART = new Snippets.Source("docs/snippets/i.mdx", "content/docs/snippets/i.mdx", "<Tip>In a snippet.</Tip>\n");

  @FuzzTest(maxDuration = "1m")
  void mintlifyComponentsExpandWithLinesInPlace(byte[] data) {
    String body = handbook.testing.Pieces.join(data, MINTLIFY_PIECES);
    int lines = body.split("\n", -1).length;
    Snippets.Expanded x =
        Snippets.expand(new Snippets.Source("docs/p.mdx", "content/docs/p.mdx", body), 1, p -> p.equals(MINTLIFY_PART.path()) ? MINTLIFY_PART : null, java.util.Set.of(Snippets.Form.MDX, Snippets.Form.MINTLIFY));
    for (Diagnostic d : x.problems()) {
      assertTrue(d.span().file().equals("content/docs/p.mdx") && d.span().line() >= 1 && d.span().line() <= lines, d.headline() + "\n" + body);
    }
    int expanded = x.text().split("\n", -1).length - (x.text().endsWith("\n") ? 1 : 0);
    for (int line = 1; line <= expanded; line++) {
      Span s = x.at(Span.at("content/docs/p.mdx", line, 1));
      int most = s.file().equals("content/docs/p.mdx") ? lines : s.file().equals(MINTLIFY_PART.display()) ? 1 : -1;
      assertTrue(s.line() >= 1 && s.line() <= most, "line " + line + " at " + s + "\n" + body);
    }
    try {
      engine.compile(
          x.text(), "content/docs/p.mdx", 1,
          RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.MDX, RenderOptions.Extension.MINTLIFY, RenderOptions.Extension.PLAIN_INLINE))).withIncludesRead(), d -> {});
    } catch (ContentException e) {
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(d.code().equals("markdown.too-deep") || d.code().equals("markdown.too-large"), d.headline());
      }
    }
  }

  @FuzzTest(maxDuration = "1m")
  void mdxIncludesExpandWithLinesInPlace(byte[] data) {
    String body = handbook.testing.Pieces.join(data, PIECES);
    int lines = body.split("\n", -1).length;
    Snippets.Expanded x =
        Snippets.expand(new Snippets.Source("docs/p.mdx", "content/docs/p.mdx", body), 1, p -> p.equals(PART.path()) ? PART : p.equals(CODE.path()) ? CODE : null, java.util.Set.of(Snippets.Form.MDX));
    for (Diagnostic d : x.problems()) {
      assertTrue(d.span().file().equals("content/docs/p.mdx") && d.span().line() >= 1 && d.span().line() <= lines, d.headline() + "\n" + body);
    }
    // (the line after a last line break is none)
    int expanded = x.text().split("\n", -1).length - (x.text().endsWith("\n") ? 1 : 0);
    for (int line = 1; line <= expanded; line++) {
      Span s = x.at(Span.at("content/docs/p.mdx", line, 1));
      int most = s.file().equals("content/docs/p.mdx") ? lines : s.file().equals(PART.display()) ? 3 : s.file().equals(CODE.display()) ? 3 : -1;
      assertTrue(s.line() >= 1 && s.line() <= most, "line " + line + " at " + s + "\n" + body);
    }
    try {
      engine.compile(x.text(), "content/docs/p.mdx", 1, RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.MDX))).withIncludesRead(), d -> {});
    } catch (ContentException e) {
      for (Diagnostic d : e.diagnostics()) {
        assertTrue(d.code().equals("markdown.too-deep") || d.code().equals("markdown.too-large"), d.headline());
      }
    }
  }
}
