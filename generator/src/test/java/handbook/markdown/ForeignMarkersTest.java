package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.Diagnostic;
import handbook.render.UiStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Markers of Jekyll, kramdown, Hugo and MkDocs: handled, or named in one warning per file. */
class ForeignMarkersTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);
  final List<Diagnostic> warnings = new ArrayList<>();

  private RenderedMarkdown compile(String md) {
    return engine.compile(md, "content/docs/x.md", 3, RenderOptions.DEFAULT, warnings::add);
  }

  private String html(String md) {
    return engine.render(compile(md), Map.of(), Map.of());
  }

  @Test
  void kramdownTocAndItsPlaceholderListAreDropped() {
    String html = html("# FAQ\n\n* Table of Contents\n{:toc}\n\n## First\n");
    assertEquals("<h1 id=\"faq\">FAQ <a class=\"heading-anchor\" href=\"#faq\" aria-label=\"Link to this section\">#</a></h1>\n"
        + "<h2 id=\"first\">First <a class=\"heading-anchor\" href=\"#first\" aria-label=\"Link to this section\">#</a></h2>\n", html);
    assertEquals(List.of(), warnings);
  }

  @Test
  void tableOfContentsPlacesOfOtherToolsAreDropped() {
    String html = html("# FAQ\n\n[TOC]\n\n## First\n\n[[_TOC_]]\n\n  [toc]  \n\nNot [TOC] here, nor `[TOC]`.\n");
    assertEquals("<h1 id=\"faq\">FAQ <a class=\"heading-anchor\" href=\"#faq\" aria-label=\"Link to this section\">#</a></h1>\n"
        + "<h2 id=\"first\">First <a class=\"heading-anchor\" href=\"#first\" aria-label=\"Link to this section\">#</a></h2>\n"
        + "<p>Not [TOC] here, nor <code>[TOC]</code>.</p>\n", html);
    assertEquals(List.of(), warnings, "GitLab's [[_TOC_]] is no wiki link");
  }

  @Test
  void blocksOfPymdownxAreAdmonitionsDetailsAndTabs() {
    String md =
        "/// warning | Careful\nA [link](a.md).\n///\n\n"
            + "//// details | More\n    open: true\n    attrs: {class: x}\n\nHidden.\n\n/// tip\nInner.\n\n```\n///\n```\n///\n\n///\n////\n\n"
            + "/// tab | One\nFirst.\n///\n\n/// tab | Two\n    new: true\n\nSecond.\n///\n\n"
            + "/// my-widget\nRaw.\n///\n";
    RenderedMarkdown compiled = compile(md);
    assertEquals("content/docs/x.md:4:10", compiled.links().get(0).span().toString(), "a link in a block is where it was written");
    String html = engine.render(compiled, Map.of(), Map.of());
    assertTrue(html.startsWith("<div class=\"admonition warning\" role=\"note\"><p class=\"admonition-title\">Careful</p>\n<p>A <a href=\"a.md\">link</a>.</p>\n</div>\n"), html);
    assertTrue(html.contains("<details class=\"admonition note\" open><summary class=\"admonition-title\">More</summary>\n<p>Hidden.</p>\n<div class=\"admonition tip\""), html);
    assertTrue(html.contains("<p>Inner.</p>\n<pre tabindex=\"0\"><code>///\n</code></pre>\n</div>\n"), "slashes in code close nothing: " + html);
    assertTrue(html.contains("</div>\n<p>///</p>\n</details>"), "three slashes close no block of four: " + html);
    assertEquals(2, html.split("class=\"tabbed-set\"", -1).length - 1, "new: true starts a second set: " + html);
    assertTrue(html.contains("<p>/// my-widget\nRaw.\n///</p>"), html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:9:5: warning[markdown.marker]: `attrs: {class: x}` is an option of pymdownx.blocks (MkDocs) not read here, it is left out (1 more marker of another tool, on line 34)",
        warnings.get(0).headline());
  }

  @Test
  void htmlBlocksOfPymdownxWrapTheirMarkdownInTheirElement() {
    String md =
        "/// html | div.result#res.wide[data-x=\"a b\" title='<i>\"']\nSome *Markdown* and a [link](a.md).\n///\n\n"
            + "/// note\n/// html | section\n    attrs: {class: inner}\n\n- in a note\n///\n///\n\n"
            + "/// html | span\nInline.\n///\n\n"
            + "/// html | aside\n    markdown: raw\nLeft open.\n";
    RenderedMarkdown compiled = compile(md);
    assertEquals("content/docs/x.md:4:30", compiled.links().get(0).span().toString(), "a link in a block is where it was written");
    String html = engine.render(compiled, Map.of(), Map.of());
    assertTrue(html.startsWith("<div class=\"result wide\" id=\"res\" data-x=\"a b\" title=\"&lt;i&gt;&quot;\">\n<p>Some <em>Markdown</em> and a <a href=\"a.md\">link</a>.</p>\n</div>\n"), html);
    assertTrue(html.contains("<p class=\"admonition-title\">Note</p>\n<section class=\"inner\">\n<ul>\n<li>in a note</li>\n</ul>\n</section>\n</div>\n"), "in an admonition, its Markdown indented with it: " + html);
    assertTrue(html.contains("<p>/// html | span\nInline.\n///</p>"), "an element of inline content is not made: " + html);
    assertTrue(html.endsWith("<p>/// html | aside\nmarkdown: raw\nLeft open.</p>\n"), "an unclosed block is left as written: " + html);
    assertTrue(compiled.anchors().contains("res"), compiled.anchors().toString());
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:15:1: warning[markdown.marker]: `/// html | span` is a block of pymdownx.blocks (MkDocs) of a kind not known here, which is not run here: it is shown as written (1 more marker of another tool, on line 19)",
        warnings.get(0).headline());
    warnings.clear();
    compile("Text.\n\n/// caption\nNever closed.\n");
    assertEquals(
        "content/docs/x.md:5:1: warning[markdown.marker]: `/// caption` is a block of pymdownx.blocks (MkDocs) that is not closed (no `///` after it), it is shown as written",
        warnings.get(0).headline());
  }

  @Test
  void captionsOfPymdownxPutTheBlockBeforeThemInAFigure() {
    String md =
        "Fruit | Amount\n----- | ------\nApple | 20\n\n/// table-caption\nFruit *count*, see [more](b.md)\n///\n\n"
            + "![One](one.png)\n/// figure-caption\nFirst\n///\n\n"
            + "![Two](two.png)\n\n/// caption\nInner\n///\n\n/// figure-caption | #outer\n    attrs: {class: \"wide\"}\nOuter\n///\n\n"
            + "//// html | figure.sub\n![Three](three.png)\n\n/// figure-caption\nPart\n///\n////\n\n/// figure-caption\n- Whole\n///\n\n"
            + "/// caption | <\nAbove\n///\n";
    RenderedMarkdown compiled = compile(md);
    assertEquals("content/docs/x.md:8:27", compiled.links().get(0).span().toString());
    String html = engine.render(compiled, Map.of(), Map.of());
    assertTrue(html.startsWith("<figure id=\"__table-caption_1\">\n<table"), html);
    assertTrue(html.contains("</table>\n<figcaption>\n<p><span class=\"caption-prefix\">Table 1.</span> Fruit <em>count</em>, see <a href=\"b.md\">more</a></p>\n</figcaption>\n</figure>\n"), html);
    assertTrue(html.contains("<figure id=\"__figure-caption_1\">\n<p><img src=\"one.png\" alt=\"One\" /></p>\n<figcaption>\n<p><span class=\"caption-prefix\">Figure 1.</span> First</p>"), "a caption right under its image: " + html);
    assertTrue(html.contains("<figure class=\"wide\" id=\"outer\">\n<figure>\n<p><img src=\"two.png\" alt=\"Two\" /></p>\n<figcaption>\n<p>Inner</p>\n</figcaption>\n</figure>\n<figcaption>\n<p><span class=\"caption-prefix\">Figure 2.</span> Outer</p>"), "two captions: two figures, one in the other: " + html);
    assertTrue(html.contains("<figure class=\"sub\" id=\"__figure-caption_3\">\n<figure id=\"__figure-caption_3_1\">\n<p><img src=\"three.png\" alt=\"Three\" /></p>\n<figcaption>\n<p><span class=\"caption-prefix\">Figure 3.1.</span> Part</p>\n</figcaption>\n</figure>\n<figcaption>\n<p><span class=\"caption-prefix\">Figure 3.</span></p>\n<ul>\n<li>Whole</li>\n</ul>\n</figcaption>\n</figure>\n"), "a caption after a figure without one goes in it: " + html);
    assertTrue(html.endsWith("<figcaption>\n<p>Above</p>\n</figcaption>\n</figure>\n"), html);
    assertTrue(compiled.anchors().containsAll(List.of("__table-caption_1", "__figure-caption_1", "outer", "__figure-caption_3", "__figure-caption_3_1")), compiled.anchors().toString());
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:39:15: warning[markdown.marker]: `<` is a caption put before its block (pymdownx.blocks.caption), it is put after",
        warnings.get(0).headline());
    MarkdownEngine norwegian = new MarkdownEngine(Set.of(), UiStrings.load("nb"), false);
    String whole = html("- item\n\n  ```\n  code\n  ```\n\n- more\n\n/// caption\nA list\n///\n\n    indented code\n\n/// caption\nCode\n///\n");
    assertTrue(whole.startsWith("<figure>\n<ul>\n<li>\n<p>item</p>\n<pre tabindex=\"0\"><code>code\n</code></pre>\n</li>\n<li>\n<p>more</p>\n</li>\n</ul>\n<figcaption>"), "the block before a caption is the whole list: " + whole);
    assertTrue(whole.contains("<figure>\n<pre tabindex=\"0\"><code>indented code\n</code></pre>\n<figcaption>"), whole);
    String element = html("<div class=\"grid\" markdown>\n\n<div markdown>\n\nOne\n\n</div>\n\nTwo\n\n</div>\n\n/// caption\nBoth\n///\n");
    assertTrue(element.startsWith("<figure>\n<div class=\"grid\">\n<div>\n<p>One</p>\n</div>\n<p>Two</p>\n</div>\n<figcaption>"), "an element of md_in_html is one block: " + element);
    String nb = norwegian.render(norwegian.compile("![Et](et.png)\n/// figure-caption\nFørst\n///\n", "x.md", 1, RenderOptions.DEFAULT, d -> {}), Map.of(), Map.of());
    assertTrue(nb.contains("<span class=\"caption-prefix\">Figur 1.</span> Først"), nb);
  }

  @Test
  void definitionBlocksOfPymdownxAreDefinitionLists() {
    String md =
        "/// define\nApple\n\n- Pomaceous fruit of plants of the genus Malus in\n  the family Rosaceae.\n\nTerm 1\n\nTerm 2\n\n- Definition a\n- Definition b\n///\n\n"
            + "Prose between.\n\n/// note\n//// define\n    attrs: {class: x}\nA *term*\n* its [definition](d.md)\n////\n///\n";
    RenderedMarkdown compiled = compile(md);
    assertEquals("content/docs/x.md:23:20", compiled.links().get(0).span().toString());
    String html = engine.render(compiled, Map.of(), Map.of());
    assertTrue(html.startsWith("<dl>\n<dt>Apple</dt>\n<dd>\n<p>Pomaceous fruit of plants of the genus Malus in\nthe family Rosaceae.</p>\n</dd>\n"
        + "<dt>Term 1</dt>\n<dt>Term 2</dt>\n<dd>\n<p>Definition a</p>\n</dd>\n<dd>\n<p>Definition b</p>\n</dd>\n</dl>\n<p>Prose between.</p>"), "terms written apart are terms of one definition: " + html);
    assertTrue(html.contains("<p>Prose between.</p>"), html);
    assertTrue(html.contains("<p class=\"admonition-title\">Note</p>\n<dl>\n<dt>A <em>term</em></dt>\n<dd>its <a href=\"d.md\">definition</a></dd>\n</dl>"), html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:21:5: warning[markdown.marker]: `attrs: {class: x}` is an option of pymdownx.blocks (MkDocs) not read here, it is left out",
        warnings.get(0).headline());
  }

  @Test
  void tablesWithOneDashAColumnAreTablesAsOnGitHub() {
    String html = html("Cell | B\n-----|--\nx | z\n\n| A | B |\n|-|:-:|\n| a | b |\n| `a \\| b` | `ls | wc` |\n\nHeading | not a table\n-\n\n`a \\| b` outside\n");
    assertTrue(html.startsWith("<table class=\"table\">\n<thead>\n<tr><th>Cell</th><th>B</th></tr>\n</thead>\n<tbody>\n<tr><td>x</td><td>z</td></tr>\n</tbody>\n</table>\n"), html);
    assertTrue(html.contains("<tr><th>A</th><th align=\"center\">B</th></tr>"), html);
    assertTrue(html.contains("<h2 id=\"heading--not-a-table\">Heading | not a table"), "a dash alone under a line is its heading: " + html);
    assertTrue(html.contains("<tr><td><code>a | b</code></td><td align=\"center\"><code>ls | wc</code></td></tr>"), "a pipe escaped in a cell's code is a pipe (GFM); one not escaped is the code's (Python-Markdown): " + html);
    assertTrue(html.contains("<p><code>a \\| b</code> outside</p>"), html);
    assertEquals(List.of(), warnings);
    // one header row (GFM): a delimiter row alone, or in a list item, is text; of two rows over
    // one, the first is a paragraph's line (cmark-gfm)
    assertEquals(
        "<p>| --- | --- |</p>\n<ul>\n<li>| - | -</li>\n</ul>\n<p>| A | B |</p>\n<table class=\"table\">\n<thead>\n<tr><th>C</th><th>D</th></tr>\n</thead>\n<tbody>\n<tr><td>e</td><td>f</td></tr>\n</tbody>\n</table>",
        html("| --- | --- |\n\n- | - | -\n\n| A | B |\n| C | D |\n|---|---|\n| e | f |\n").strip());
  }

  @Test
  void htmlBlocksAndCaptionsOfUntrustedTextAreNamed() {
    MarkdownEngine untrusted = new MarkdownEngine(Set.of(), UiStrings.load("en"), true);
    String html = untrusted.render(untrusted.compile("/// html | div[title=x]\nText.\n///\n\n![A](a.png)\n/// caption\nA\n///\n", "api.yaml", 1, RenderOptions.DEFAULT, warnings::add), Map.of(), Map.of());
    assertFalse(html.contains("<div") || html.contains("<figure"), html);
    assertTrue(html.contains("/// html | div[title=x]"), html);
    assertEquals(1, warnings.size(), warnings.toString());
  }

  @Test
  void rawHtmlTheSiteDoesNotTakeIsNamed() {
    String html = html("<iframe src=\"https://video.example/x\"></iframe>\n\nText <span style=\"color:red\" onclick=\"x()\">red</span>.\n\n<div class=\"ok\" data-x=\"1\">Fine.</div>\n\n`<script>` in code, <!-- <script> in a comment -->.\n");
    assertTrue(html.startsWith("&lt;iframe"), html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:3:1: warning[markdown.html]: `<iframe>` is raw HTML that this site, as GitHub, does not take: it is shown as text (1 more, on line 5)",
        warnings.get(0).headline());
    warnings.clear();
    html("A <b style=\"x\">b</b>.\n");
    assertEquals(
        "content/docs/x.md:3:6: warning[markdown.html]: `style=` is an attribute of raw HTML that the site's Content-Security-Policy refuses: browsers ignore it",
        warnings.get(0).headline());
    assertTrue(warnings.get(0).hint().startsWith("give the element a class"), warnings.get(0).hint());
  }

  /** An SVG's title is its name, as every tool but GitHub's filter keeps it; a title elsewhere is still shown as text. */
  @Test
  void anSvgsTitleIsKept() {
    String html = html("<svg viewBox=\"0 0 10 10\" role=\"img\">\n  <title>Et kart</title>\n  <circle cx=\"5\" cy=\"5\" r=\"4\"/>\n</svg>\n\n<title>Ikke her</title>\n");
    assertTrue(html.contains("<title>Et kart</title>"), html);
    assertTrue(html.contains("&lt;title>Ikke her&lt;/title>"), html);
    assertEquals(List.of("content/docs/x.md:8:1: warning[markdown.html]: `<title>` is raw HTML that this site, as GitHub, does not take: it is shown as text"), warnings.stream().map(d -> d.headline()).toList());
    // (an svg in a comment or a value opens none)
    String notInSvg = html("<!-- <svg> -->\n<p title=\"<svg\">x</p><title>Heller ikke</title>\n");
    assertTrue(notInSvg.contains("&lt;title>Heller ikke"), notInSvg);
  }

  @Test
  void hugosHighlightIsAFencedBlockAndItsFigureAnImage() {
    String html =
        html("{{< highlight go \"linenos=table,hl_lines=2 3,linenostart=10\" >}}\nfunc main() {\n    x := \"{{ hei }}\"\n}\n{{< /highlight >}}\n\n"
            + "  {{< highlight python >}}\nx = 1\n  {{< /highlight >}}\n\n"
            + "{{< figure src=\"bilde.png\" alt=\"Et bilde\" title=\"Tittel\" >}}\n\n{{< figure src=\"/img/b.png\" caption=\"Bare tekst\" >}}\n\n{{< gist x 1 >}}\n");
    assertTrue(html.startsWith("<pre tabindex=\"0\" class=\"code-lines numbered\"><span class=\"code-gutter\" aria-hidden=\"true\"><span>10</span>\n<span class=\"hl\">11</span>\n<span class=\"hl\">12</span></span><code class=\"language-go\">func main() {\n    x := &quot;{{ hei }}&quot;\n}\n</code></pre>\n"), html);
    assertTrue(html.contains("<code class=\"language-python\">x = 1\n</code></pre>"), html);
    assertTrue(html.contains("<img src=\"bilde.png\" alt=\"Et bilde\" title=\"Tittel\" />") && html.contains("<img src=\"/img/b.png\" alt=\"Bare tekst\" title=\"Bare tekst\" />"), html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:17:1: warning[markdown.marker]: `{{< gist x 1 >}}` is a Hugo shortcode, which is not run here: it is shown as written",
        warnings.get(0).headline(),
        "the code's {{ }} is code");
    assertEquals(" linenums=\"1\" hl_lines=\"8 15-17\"", ForeignMarkers.highlightOptions("linenos=inline, hl_lines=[8,\"15-17\"], style=emacs"));
    assertEquals("", ForeignMarkers.highlightOptions("\"linenos=false\""));
  }

  @Test
  void jekyllsHighlightIsAFencedBlock() {
    String html = html("{% highlight ruby linenos mark_lines=\"2\" %}\ndef foo\n  puts '{{ x }}'\nend\n{% endhighlight %}\n\n{%- highlight js -%}\nx();\n{%- endhighlight -%}\n");
    assertTrue(html.startsWith("<pre tabindex=\"0\" class=\"code-lines numbered\"><span class=\"code-gutter\" aria-hidden=\"true\"><span>1</span>\n<span class=\"hl\">2</span>\n<span>3</span></span><code class=\"language-ruby\">def foo\n  puts '{{ x }}'\nend\n</code></pre>\n"), html);
    assertTrue(html.contains("<code class=\"language-js\">x();\n</code></pre>"), html);
    assertEquals(List.of(), warnings, "the code's {{ }} is code, the tags are read");
  }

  @Test
  void liquidRawMarkersAreDroppedAroundTheirContent() {
    String html = html("Before.\n\n{% raw %}\n```liquid\n{{ page.title }}\n```\n{% endraw %}\n\nInline {% raw %}{{ x }}{% endraw %}.\n");
    assertEquals("<p>Before.</p>\n<pre tabindex=\"0\"><code class=\"language-liquid\">{{ page.title }}\n</code></pre>\n<p>Inline {{ x }}.</p>\n", html);
    assertEquals(List.of(), warnings, "what raw protects is literal, not a marker");
  }

  /** In a Jekyll project's page Liquid's comments, captures and assignments are left out, as Liquid writes nothing of them; elsewhere they are named. */
  @Test
  void liquidCommentsCapturesAndAssignmentsWriteNothing() {
    String page =
        "Before.\n\n{% comment %}\nHidden **text**, {{ site.nothing }}.\n{% endcomment %}\n\nInline {% comment %}x{% endcomment %}text.\n\n"
            + "{% capture note %}Captured{% endcapture %}\n\n{% assign x = \"y\" %}\n\n{% raw %}{% comment %}kept{% endcomment %}{% endraw %}\n\n{% comment %} never closed\n";
    String html = engine.render(engine.compile(page, "content/docs/x.md", 3, RenderOptions.DEFAULT.withLiquid(), warnings::add), Map.of(), Map.of());
    assertEquals("<p>Before.</p>\n<p>Inline text.</p>\n<p>{% comment %}kept{% endcomment %}</p>\n<p>{% comment %} never closed</p>\n", html);
    assertEquals(
        List.of("content/docs/x.md:17:1: warning[markdown.marker]: `{% comment %}` is Liquid (Jekyll) template syntax, which is not closed: it is shown as written"),
        warnings.stream().map(Diagnostic::headline).toList());
    warnings.clear();
    assertTrue(html("{% comment %}\nA note.\n{% endcomment %}\n").contains("A note."));
    assertEquals(1, warnings.size(), "outside a Jekyll project: named");
  }

  @Test
  void hugoRefsBecomeLinksAtTheirPosition() {
    RenderedMarkdown md = compile("See [setup]({{< ref \"setup.md#install\" >}}) and [more]({{% relref path=\"more.md\" %}}).\n");
    assertEquals(List.of("setup.md#install", "more.md"), md.links().stream().map(LinkRef::target).toList());
    assertEquals("content/docs/x.md:3:13", md.links().get(0).span().toString(), "the link stands where its shortcode was written");
    assertEquals("content/docs/x.md:3:56", md.links().get(1).span().toString());
    assertTrue(engine.render(md, Map.of("setup.md#install", "../setup/#install"), Map.of()).contains("<a href=\"../setup/#install\">setup</a>"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void markdownInAnHtmlElementIsReadAlsoWhereItFollowsItsTagOnTheNextLine() {
    String body = "<div class=\"grid\" markdown>\n\n**Read**\n\n</div>\n\n<figure markdown=\"span\">\n  ![Title](img.png){ width=\"300\" } {% x %}\n  <figcaption>Caption</figcaption>\n</figure>\n\n<div markdown>\n<p>HTML</p>\n</div>\n\n<div markdown=\"1\">\n**Not closed** on its line</div>\n";
    RenderedMarkdown md = compile(body);
    String html = engine.render(md, Map.of(), Map.of());
    assertTrue(html.contains("<p><strong>Read</strong></p>"), html);
    assertTrue(html.contains("<figure>\n<p><img src=\"img.png\" alt=\"Title\" width=\"300\" /> {% x %}</p>\n  <figcaption>Caption</figcaption>\n</figure>"), html);
    assertTrue(html.contains("<div>\n<p>HTML</p>\n</div>"), html);
    // md_in_html's attribute is taken out, as Python-Markdown does; others named so are kept
    assertTrue(html.startsWith("<div class=\"grid\">\n") && !html.contains(" markdown"), html);
    assertEquals("<div id=k><span class=\"a\" data-markdown=\"x\" title='markdown'>x</span><br /><x-y>",
        RawHtml.withoutMarkdownAttribute("<div markdown='1' id=k><span class=\"a\" markdown data-markdown=\"x\" title='markdown'>x</span><br markdown /><x-y markdown = \"span\">"));
    // the image is a link of the page on its line as written; the marker after it is named on its line
    assertEquals("content/docs/x.md:10:12", md.links().get(0).span().toString());
    assertEquals(
        List.of("content/docs/x.md:10:36: warning[markdown.marker]: `{% x %}` is Liquid (Jekyll) template syntax, which is not run here: it is shown as written (1 more marker of another tool, on line 18)"),
        warnings.stream().map(Diagnostic::headline).toList());
    // where its closing tag does not stand on a line of its own, and in untrusted text: named
    assertTrue(html.contains("**Not closed** on its line</div>"), html);
    warnings.clear();
    MarkdownEngine untrusted = new MarkdownEngine(Set.of(), UiStrings.load("en"), true);
    String spec = untrusted.render(untrusted.compile("<figure markdown>\n  ![T](i.png)\n</figure>\n", "spec.yaml", 1, RenderOptions.DEFAULT, warnings::add), Map.of(), Map.of());
    assertTrue(spec.contains("![T](i.png)"), spec);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).headline().contains("is Markdown in an HTML element (md_in_html), which is read here only where a blank line follows"), warnings.get(0).headline());
  }

  @Test
  void attributeListsWithAnIdBecomeAnchors() {
    RenderedMarkdown md = compile("## Another heading {#custom-anchor}\n\n*   **`locale`**{ #mkdocs-locale }: text\n");
    assertTrue(md.anchors().containsAll(List.of("custom-anchor", "mkdocs-locale")), md.anchors().toString());
    String html = engine.render(md, Map.of(), Map.of());
    assertFalse(html.contains("{"), html);
    assertEquals(List.of(), warnings);
  }

  /**
   * A list at a heading's end gives the heading its id and classes (Python-Markdown's attr_list,
   * Goldmark, kramdown, Docusaurus, VitePress); one at a paragraph's end that starts with an id
   * gives the paragraph its id (it was shown as text). Also where flexmark writes the page (a
   * footnote), and a page's headings keep their ids made of their text otherwise.
   */
  @Test
  void listsAtTheEndOfHeadingsAndParagraphsAreApplied() {
    String body = "## Setup {#install .wide}\n\n## Notes {: .only }\n\n## Setup\n\nA paragraph. {#pid}\n\nAnother. { #p2 .c }\n\nSee [a](#install) [b](#notes) [c](#pid) [d](#setup).\n";
    for (String md : List.of(body, body + "\nNote[^1].\n\n[^1]: A note.\n")) {
      RenderedMarkdown compiled = compile(md);
      assertTrue(compiled.anchors().containsAll(List.of("install", "notes", "setup", "pid", "p2")) && !compiled.anchors().contains("setup-wide"), compiled.anchors().toString());
      String html = engine.render(compiled, Map.of(), Map.of());
      assertTrue(html.contains("<h2 id=\"install\" class=\"wide\">Setup <a class=\"heading-anchor\" href=\"#install\""), html);
      assertTrue(html.contains("<h2 id=\"notes\" class=\"only\">Notes <a"), html);
      assertTrue(html.contains("<h2 id=\"setup\">Setup <a"), html);
      assertTrue(html.contains("<p id=\"pid\">A paragraph.</p>") && html.contains("<p id=\"p2\" class=\"c\">Another.</p>"), html);
      assertEquals(List.of(), warnings);
    }
  }

  @Test
  void otherMarkersOutsideCodeGiveOneWarningNamingTheFirst() {
    String html = html("Intro.\n\n{% include note.html %}\n\n`{% in code %}`\n\n    {{< indented >}}\n\n{{< gist x 1 >}}\n\nText\n{: .note}\n\n::: mkdocs.plugins.BasePlugin\n");
    assertTrue(html.contains("{% include note.html %}"), "it is shown as written: " + html);
    assertEquals(1, warnings.size(), warnings.toString());
    Diagnostic w = warnings.get(0);
    assertEquals(
        "content/docs/x.md:5:1: warning[markdown.marker]: `{% include note.html %}` is Liquid (Jekyll) template syntax, which is not run here: it is shown as written (2 more markers of other tools, on lines 11, 16)",
        w.headline());
    assertTrue(html.contains("<p class=\"note\">Text</p>"), "a list at a paragraph's end is the paragraph's: " + html);
  }

  @Test
  void diagramsOtherToolsDrawAreNamedAndShownAsTheirSourceAndFormulasAreFormulas() {
    String html = html("Intro.\n\n```plantuml\nA -> B\n```\n\n$$\nE = mc^2\n$$\n\n``` Math\nx^2\n```\n\n```sh\nls\n```\n\nCosts $$5, or $$6.\n\n```mermaid\ngraph TD\n  A --> B\n```\n");
    assertTrue(html.contains("<code class=\"language-plantuml\">A -&gt; B\n</code>"), "shown as code: " + html);
    // a Mermaid diagram is code the page draws (diagrams.js), not named
    assertTrue(html.contains("<code class=\"language-mermaid\">graph TD\n  A --&gt; B\n</code>"), html);
    assertTrue(html.contains("<div class=\"arithmatex\">\\[E = mc^2\\]</div>\n<div class=\"arithmatex\">\\[x^2\\]</div>"), html);
    assertTrue(html.contains("<p>Costs $$5, or $$6.</p>"), html);
    assertEquals(1, warnings.size(), warnings.toString());
    Diagnostic w = warnings.get(0);
    assertEquals(
        "content/docs/x.md:5:1: warning[markdown.marker]: ````plantuml` is a PlantUML diagram (GitLab draws it), which is not drawn here: its source is shown as code",
        w.headline());
    assertTrue(w.hint().startsWith("draw it as an image"), w.hint());
    // after a marker of another kind (edits before it move no line)
    warnings.clear();
    html("{{< gist x 1 >}}\n\n```plantuml\nA -> B\n```\n");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).headline().endsWith("(1 more marker of another tool, on line 5)"), warnings.get(0).headline());
    warnings.clear();
    html("```java\nint x;\n```\n\nPrices: $$ and $5.\n");
    assertEquals(List.of(), warnings, "code of a language, and dollars in prose");
  }

  @Test
  void templateExpressionsAndWikiLinksAreNamed() {
    String html =
        html("Home: [b]({{ site.baseurl }}/b) and {{ \"/x\" | relative_url }}.\n\nSee [[Other page]] and [[Other page|the other]].\n\n"
            + "`{{ site.code }}` and `[[code]]`; cited [[1]](https://example.org) and [[2]][ref]; [[ -f x ]], {{color: 'red'}}, {{{ triple }}}.\n\n"
            + "[ref]: https://example.org\n");
    assertTrue(html.contains("[b]({{ site.baseurl }}/b)") && html.contains("[[Other page|the other]]"), "shown as written: " + html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:3:11: warning[markdown.marker]: `{{ site.baseurl }}` is a template expression (Liquid in Jekyll, Jinja in mkdocs-macros, Vue in VitePress), which is not run here: it is shown as written (3 more markers of other tools, on lines 3, 5)",
        warnings.get(0).headline());
    warnings.clear();
    html("A matrix [[1, 2], [3, 4]] and [[1, 2]] in prose.\n");
    assertEquals(List.of(), warnings, "numbers are no page's name");
    html("Wiki: [[Page]].\n");
    assertEquals(
        "content/docs/x.md:3:7: warning[markdown.marker]: `[[Page]]` is a wiki link (GitHub wikis, Obsidian, Python-Markdown's wikilinks), which is not a link here: it is shown as written",
        warnings.get(0).headline());
  }

  @Test
  void aFootnoteWithoutTextOrWithoutAReferenceIsNamed() {
    String html = html("A note[^1], one with no text[^2].\n\n[^1]: The note.\n[^3]: Nothing refers to it.\n");
    assertTrue(html.contains("with no text[^2]") && !html.contains("Nothing refers"), html);
    assertEquals(
        List.of(
            "content/docs/x.md:3:29: warning[markdown.footnote]: footnote `[^2]` has no text: it is shown as written",
            "content/docs/x.md:6:1: warning[markdown.footnote]: footnote `[^3]` is not referred to: its text is not shown"),
        warnings.stream().map(Diagnostic::headline).toList());
    warnings.clear();
    html("A note[^a] twice[^a].\n\n[^a]: Text.\n");
    assertEquals(List.of(), warnings);
  }

  @Test
  void mkdocsMaterialsInlineSyntaxIsDrawnAndWhatIsNotReadIsNamed() {
    String html = html("Press ++ctrl+alt+del++, see ==this== and ^^that^^, not ++ctrl+nokey++\n\n:fontawesome-brands-github: :material-check:\n\n`++in code++`\n");
    assertTrue(html.contains("<kbd class=\"key-control\">Ctrl</kbd>"), html);
    assertTrue(html.contains("<mark>this</mark> and <ins>that</ins>"), html);
    assertTrue(html.contains("not ++ctrl+nokey++"), html);
    assertTrue(html.contains("<p>:fontawesome-brands-github: <span class=\"twemoji\"><svg"), html);
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(
        "content/docs/x.md:3:56: warning[markdown.marker]: `++ctrl+nokey++` is keys of pymdownx.keys (MkDocs Material) with a key name not known here, which is not run here: it is shown as written (1 more marker of another tool, on line 5)",
        warnings.get(0).headline());
    // what prose holds is not taken for them
    warnings.clear();
    assertEquals(
        "<p>C++ and C++, a == b, x ^^ y, i++ + j++, 10:30: and \uD83D\uDE04 and ===</p>\n",
        html("C++ and C++, a == b, x ^^ y, i++ + j++, 10:30: and :smile: and ===\n"));
    assertEquals(List.of(), warnings);
  }

  @Test
  void attributeListsAreAppliedToLinksAndImagesAndWhatIsNotAppliedIsNamed() {
    RenderedMarkdown md = compile("[a](b.md){ .md-button #go }\n\n![i](i.png){ width=\"30\" style=\"color:red\" }\n");
    assertTrue(md.anchors().contains("go"), md.anchors().toString());
    String html = engine.render(md, Map.of(), Map.of());
    assertTrue(html.contains("<a href=\"b.md\" id=\"go\" class=\"md-button\">a</a>"), html);
    assertTrue(html.contains("<img src=\"i.png\" alt=\"i\" width=\"30\" />"), html);
    assertEquals(
        List.of("content/docs/x.md:5:12: warning[markdown.marker]: `{ width=\"30\" style=\"color:red\" }` is an attribute list, applied without style: only ids, classes, sizes, loading, align, target, rel, lang, dir, title and data-* are put on the element"),
        warnings.stream().map(Diagnostic::headline).toList());
    warnings.clear();
    // a title (MkDocs Material's tooltips on icons and links), escaped
    String titled = html(":material-home:{ title=\"Important & urgent\" } [a](b.md){ title='Go \"there\"' }\n");
    assertTrue(titled.startsWith("<p><span class=\"twemoji\" title=\"Important &amp; urgent\"><svg") && titled.contains("<a href=\"b.md\" title=\"Go &quot;there&quot;\">a</a>"), titled);
    assertEquals(List.of(), warnings);
    // a list of a style only (MkDocs Material's coloured icons): the element without it, named
    String styled = html("[a](b.md){ style=\"color: red\" }\n\n:material-home:{ style=\"color: #EE0F0F\" }\n\nPara. { style=\"x\" }\n");
    assertTrue(styled.startsWith("<p><a href=\"b.md\">a</a></p>\n<p><span class=\"twemoji\"><svg") && styled.endsWith("<p>Para.</p>\n"), styled);
    assertEquals(
        List.of("content/docs/x.md:3:10: warning[markdown.marker]: `{ style=\"color: red\" }` is an attribute list, applied without style: only ids, classes, sizes, loading, align, target, rel, lang, dir, title and data-* are put on the element (2 more markers of other tools, on lines 5, 7)"),
        warnings.stream().map(Diagnostic::headline).toList());
    warnings.clear();
    // at a paragraph's end, on its last line or after a space: the paragraph's
    html = html("Text\n{ .note }\n\nMore [x](y.md) {: .lead #more data-n=2 }\n");
    assertTrue(html.contains("<p class=\"note\">Text</p>\n<p id=\"more\" class=\"lead\" data-n=\"2\">More <a href=\"y.md\">x</a></p>"), html);
    assertEquals(List.of(), warnings);
    // elsewhere: as written, named; an id with more is an anchor, the rest named (a heading's is the heading's)
    html = html("- Item { .note }\n\n{ .alone }\n\n## Title { #t .big }\n\nIn *a { #x .y } text*.\n");
    assertTrue(html.contains("<li>Item { .note }</li>") && html.contains("<p>{ .alone }</p>") && html.contains("<h2 id=\"t\" class=\"big\">Title <a"), html);
    assertTrue(html.contains("<p>In <em>a <span id=\"x\"></span> text</em>.</p>"), html);
    assertEquals(
        List.of("content/docs/x.md:3:8: warning[markdown.marker]: `{ .note }` is an attribute list (attr_list), which is applied here only right after a link or an image, or at the end of a paragraph or a heading: it is shown as written (2 more markers of other tools, on lines 5, 9)"),
        warnings.stream().map(Diagnostic::headline).toList());
    warnings.clear();
    // not in untrusted text: a spec's description could pass for the page's own ids
    MarkdownEngine untrusted = new MarkdownEngine(Set.of(), UiStrings.load("en"), true);
    RenderedMarkdown spec = untrusted.compile("[a](b.md){ #site-search .x }\n\n## H {#h}\n", "spec.yaml", 1, RenderOptions.DEFAULT, warnings::add);
    String specHtml = untrusted.render(spec, Map.of(), Map.of());
    assertTrue(specHtml.contains("<a href=\"b.md\">a</a>{ #site-search .x }") && specHtml.contains("H {#h}"), specHtml);
    assertFalse(specHtml.contains("id=\"site-search\"") || specHtml.contains("span"), specHtml);
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).headline().contains("which is not applied to untrusted text"), warnings.get(0).headline());
  }

  @Test
  void theProbeNeverSkipsATextTheFullPassFindsAMarkerIn() {
    // (and the pass over the text's bytes finds what the pass over its characters finds)
    String[] pieces = {"{", "{%", "{{", "{:", "{ .x }", ":::", ":material-home:", ":fontawesome-brands-x:", ":octicons-x-16:", ":simple-y:", ":Material-x:", "8<-",
      "[[", "[TOC]", "[toc]", "[Toc]", "///", "<!-- material/tags -->", "<div markdown>\n", "<div\tmarkdown=\"1\">\nText", "import x from 'y';", "export const a = 1;",
      "\n", " ", "a", "++ctrl+a++", "==mark==", "^^ins^^", "port ", "=", "+", "^", ":", "8", "[", "/", "<", "p", "æ", "€", "\uD83D\uDE00", "\t", "`"};
    java.util.Random r = new java.util.Random(11);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(6); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String body = b.toString();
      boolean full = ForeignMarkers.scanFor(body, null);
      assertEquals(full, ForeignMarkers.mayHold(body), body);
      found += full ? 1 : 0;
    }
    assertTrue(found > 5_000 && found < 19_000, "found " + found);
  }

  @Test
  void onlyImportsOfModulesAndExportedDeclarationsAreTakenForMdx() {
    assertFalse(ForeignMarkers.mayHold("import asyncio\nexport PATH=/bin\n"), "Python's import and a shell's export");
    assertTrue(ForeignMarkers.mayHold("Text.\nimport Tabs from '@theme/Tabs';\n"));
    assertTrue(ForeignMarkers.mayHold("export const x = 1;\n"));
  }

  @Test
  void aTextWithoutMarkersIsParsedOnce() {
    assertEquals("<p>Plain {text} with braces.</p>\n", html("Plain {text} with braces.\n"));
    assertEquals(List.of(), warnings);
  }

  private static final String[] MARKER_PIECES = {
    "{", "{{", "{%", "%}", "}}", "{{<", ">}}", "{{%", "{:", "{#", "{ #", "}", "#", ":", ":::", "8<-", "--8<--", "-", "*",
    " ", "\n", "\t", "a", "id", "toc", "ref", "relref", " raw ", " endraw ", "\"x.md\"", "`y.md`", "path=", "1.", "<", ">",
    "++", "+", "ctrl", "==", "=", "^^", "^", ":material-check:", ":octicons-", "{ .", ".md-button", "w=1", "k=\"v w\"", "'", "#id", "[a](b)",
    "import ", "export const ", "export ", " from ", "'@theme/Tabs';", "\"x\"", "{/*", "*/}", "<Tabs>",
    "[[", "]]", "[", "]", "|", "site.url", "$x", "(1)", "{{ ", " }}", "{{-", "[TOC]", "[[_TOC_]]", "toc", "_",
  };

  /** Each syntax tried only where its text stands finds what find finds trying every offset. */
  @Test
  void eachSyntaxFindsWhatFindFindsEverywhere() throws java.io.IOException {
    List<String> bodies = new ArrayList<>();
    for (java.nio.file.Path p : handbook.testing.MarkdownFiles.all()) {
      bodies.add(java.nio.file.Files.readString(p));
    }
    java.util.Random r = new java.util.Random(11);
    for (int k = 0; k < 4000; k++) {
      bodies.add(handbook.testing.Pieces.blocks(r, MARKER_PIECES, 40).replace("\n\n", r.nextBoolean() ? "\n" : "\n\n"));
    }
    int found = 0;
    for (String body : bodies) {
      for (ForeignMarkers.Syntax syntax : ForeignMarkers.ALL) {
        List<String> expected = syntax.pattern().matcher(body).results().map(ForeignMarkersTest::describe).toList();
        List<String> actual = syntax.matches(body).stream().map(ForeignMarkersTest::describe).toList();
        assertEquals(expected, actual, () -> syntax.pattern() + " in `" + body + "`");
        if (syntax.start() == ForeignMarkers.Start.TEXT) {
          boolean at = java.util.stream.IntStream.range(0, body.length()).anyMatch(i -> syntax.at(body, i));
          assertEquals(!expected.isEmpty(), at, () -> syntax.pattern() + " at its text in `" + body + "`");
        }
        found += expected.size();
      }
    }
    assertTrue(found > 2000, "the bodies hold markers: " + found);
  }

  private static String describe(java.util.regex.MatchResult m) {
    StringBuilder b = new StringBuilder();
    for (int g = 0; g <= m.groupCount(); g++) {
      b.append(m.start(g)).append('-').append(m.end(g)).append(' ');
    }
    return b.toString();
  }
}
