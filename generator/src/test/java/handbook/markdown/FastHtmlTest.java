package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link FastHtml} writes what flexmark's renderer writes: every document of the CommonMark
 * spec, the golden files, the corpora and random Markdown is rendered by an engine with it and
 * one without, compiled with slots and from the tree, with links resolved and directives embedded.
 */
class FastHtmlTest {
  static final Set<String> DIRECTIVES = Set.of("checklist");
  final MarkdownEngine fast = new MarkdownEngine(DIRECTIVES, UiStrings.load("nb"), false);
  final MarkdownEngine flexmark = new MarkdownEngine(DIRECTIVES, UiStrings.load("nb"), false, false);
  final MarkdownEngine fastUntrusted = new MarkdownEngine(DIRECTIVES, UiStrings.load("en"), true);
  final MarkdownEngine flexmarkUntrusted = new MarkdownEngine(DIRECTIVES, UiStrings.load("en"), true, false);

  private int written;

  private void same(String name, String body) {
    for (RenderOptions options : List.of(RenderOptions.DEFAULT, new RenderOptions(1, "p-", true, true), new RenderOptions(0, "", false, false))) {
      same(name, body, options, fast, flexmark);
    }
    same(name, body, RenderOptions.DEFAULT, fastUntrusted, flexmarkUntrusted);
  }

  void same(String name, String body, RenderOptions options, MarkdownEngine a, MarkdownEngine b) {
    RenderedMarkdown ca = a.compile(body, name, 1, options);
    RenderedMarkdown cb = b.compile(body, name, 1, options);
    Map<String, String> hrefs = new HashMap<>();
    int i = 0;
    for (LinkRef l : ca.links()) {
      hrefs.put(l.target(), (i++ % 3 == 0 ? "../a&b/" : "x/") + l.target());
    }
    Map<DirectiveCall, String> embeds = new HashMap<>();
    ca.directives().forEach(d -> embeds.put(d, "<div class=\"embed\">" + d.index() + "</div>"));
    Map<DirectiveCall, String> embedsB = new HashMap<>();
    cb.directives().forEach(d -> embedsB.put(d, "<div class=\"embed\">" + d.index() + "</div>"));
    assertEquals(b.render(cb, hrefs, embedsB), a.render(ca, hrefs, embeds), () -> name + " (compiled) " + options + ":\n" + body);
    MarkdownDoc ta = a.parse(body, name, 1, options);
    MarkdownDoc tb = b.parse(body, name, 1, options);
    assertEquals(b.render(tb, hrefs, Map.of()), a.render(ta, hrefs, Map.of()), () -> name + " (tree) " + options + ":\n" + body);
    if (FastHtml.handles(ta.document(), true)) {
      written++;
    }
  }

  /** Docusaurus' magic comments: the lines they mark are highlighted, as its braces mark them, and they are left out. */
  @Test
  void magicCommentsMarkLinesAndAreLeftOut() {
    String body = "```js {1}\na\n// highlight-next-line\nb\n/* highlight-start */\nc\nd\n{/* highlight-end */}\ne\n```\n\n```sh\n# highlight-next-line\nx\n```\n\n```css\n.highlight-next-line { }\n```\n";
    String html = fast.render(fast.compile(body, "t.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of());
    assertEquals(
        "<pre tabindex=\"0\" class=\"code-lines\"><span class=\"code-gutter\" aria-hidden=\"true\"><span class=\"hl\"></span>\n<span class=\"hl\"></span>\n<span class=\"hl\"></span>\n<span class=\"hl\"></span>\n<span></span></span><code class=\"language-js\">a\nb\nc\nd\ne\n</code></pre>\n"
            + "<pre tabindex=\"0\" class=\"code-lines\"><span class=\"code-gutter\" aria-hidden=\"true\"><span class=\"hl\"></span></span><code class=\"language-sh\">x\n</code></pre>\n"
            + "<pre tabindex=\"0\"><code class=\"language-css\">.highlight-next-line { }\n</code></pre>\n",
        html);
    same("magic", body);
    // blank lines in such a block are kept by both writers (flexmark's collapsed them; found by the fuzzer)
    same("blank lines", "```\n\n\n\nhighlight-");
    same("blank lines", "```js {2}\na\n\n\n\nb\n```\n\nText[^1].\n\n[^1]: A footnote.\n");
  }

  @Test
  void theSpecTheGoldenFilesAndTheCorporaAreWrittenAsFlexmarkWritesThem() throws Exception {
    for (CommonMarkSpecTest.Example e : CommonMarkSpecTest.examples()) {
      same("spec-" + e.number(), e.markdown());
    }
    int spec = written;
    assertTrue(spec > 250, "spec examples written here: " + spec);
    List<Path> files = handbook.testing.MarkdownFiles.ofTests();
    for (Path p : files) {
      same(p.toString(), Files.readString(p));
    }
    assertTrue(written - spec > 4 * 50, "corpus files written here: " + (written - spec) / 4 + " of " + files.size());
  }

  @Test
  void randomMarkdownIsWrittenAsFlexmarkWritesIt() {
    String[] blocks = {
      "# Tittel\n", "## Del *med* `kode`\n", "Setext\n---\n", "Avsnitt med **sterk** og _kursiv_ tekst.\n", "Linje én  \nlinje to\\\nlinje tre\n",
      "- a\n- b\n  - c\n", "1. en\n2. to\n", "3) tre\n4) fire\n", "- løs\n\n- liste\n", "> sitat\n> - i liste\n", "> # overskrift i sitat\n",
      "```python\nprint(\"<x>\")\n```\n", "```\nuten språk\n\n\n\nmed tomme linjer\n```\n", "    innrykket\n    kode\n", "***\n",
      "| a | b |\n|:--|--:|\n| `x` | [l](y.md) |\n", "| én |\n|----|\n", "[lenke](a.md \"tittel & mer\") og [tom]() og <https://x.org/a?b&c>\n",
      "https://www.example.org/sti og www.example.com.\n", "&amp; &copy; &#35; &nbsp;\n", "tekst med \\*escaped\\* og \\\\\n", "[ref]\n\n[ref]: /url \"T\"\n",
      "```checklist\nkategori: x\n```\n", "- [ ] oppgave\n", "~~strek~~\n", "<div>html</div>\n", "tekst <b>inline</b>\n", "![bilde](b.png)\n",
      "Fotnote[^1]\n\n[^1]: her\n", "!!! note \"Merk\"\n    innhold\n", ":::tip\nhei\n:::\n", "> [!NOTE]\n> varsel\n", "- a\n\n  avsnitt\n\n  ```\n  kode\n  ```\n",
      "* [lenke *med* kursiv](../b.md#del) `a  b` `` c ` d ``\n", "Æøå \"sitat\" 'enkel' <>&\n", "\u0000 nul\n", "tekst\r\nmed crlf\r\n",
      "| a | b |\n|---|---|\n| c | d |\n[Tabelltekst]\n", "| x |\n|:-:|\n", "<!-- kommentar -->\n", "tekst <!-- inne --> mer\n",
      "<details>\n<summary>S</summary>\n\ninnhold\n\n</details>\n", "[a]: <> \"t\"\n\n[a]\n", "![alt *med* `kode`](b.png \"T\")\n",
      "- a\n\n      kode i punkt\n", "1. a\n   > sitat\n", "***sterk kursiv*** og `` ` ``\n", "mail@example.org og <mail@example.org>\n",
      "[js](javascript:alert(1)) og ![b](javascript:x) og <javascript:y> og [J](JavaScript:z)\n", "[r] og ![r]\n\n[r]: javascript:z\n", "siste <!-- kommentar -->", "<!-- blokk uten linjeslutt -->", "- <!-- i punkt -->\n",
      "=== \"A\"\n\n    innhold *a*\n\n=== \"B <b>\"\n\n    - punkt\n", "===+ \"Valgt\"\n    x\n", "``` py title=\"a&b <c>.py\" linenums=\"1\"\nx\n```\n", "```{ .js title='t.js' }\ny\n```\n", "*[HTML]: Hyper Text\n", "Term\n: Definisjon\n", "Term\n:   lang\n\n    avsnitt\n", "HTML og CSS i tekst\n", "*[CSS]: Cascading \"Style\" & <Sheets>\n", "===! \"Ny\"\n    ## Overskrift\n",
      "Trykk ++ctrl+alt+del++ og ++\"<x> & y\"++, ikke ++ctrl+ukjent++\n", "==merket *tekst*== og ^^satt inn^^ og ~~ut~~\n", "H~2~O og E=mc^2^ og a ~b c~\n",
      ":smile: :+1: :finnes_ikke: 10:30:00\n", "## :rocket: Start ++F1++\n", "![bilde :smile: ++ctrl++](b.png)\n", "[lenke ==merket==](a.md)\n",
      "[knapp](a.md){ .md-button #k }\n", "![b](b.png \"T\"){ width=\"30\" style=x }\n", "[r]{: target=_blank .a .b }\n\n[r]: /u \"t\"\n", "`k`{ .x } [l](b.md) {.y}\n",
      ":material-check:{ .lg .middle #i } :octicons-mark-github-16: :material-nope: :fontawesome-brands-x:\n", "## :material-rocket: Ikon\n",
      "``` py linenums=\"3\" hl_lines=\"1 2-3\"\na\nb\n\nc\n```\n", "```js {2} showLineNumbers\nx\ny\n```\n", "```js title=\"a.js\" {1} ins={2} del={3-4} mark={5} \"word\"\na\nb\nc\nd\ne\n```\n", "``` { .sh hl_lines=\"1\" }\nz\n```\n", "```\n```\n",
      "```js {1}\na\n// highlight-next-line\nb\n  # highlight-start\nc\n<!-- highlight-end -->\n```\n", "```css\n.highlight-next-line {}\n```\n",
      "=== \":material-check: `kode` :smile: <i>\"\n    innhold\n"
    };
    Random r = new Random(5);
    for (int t = 0; t < 600; t++) {
      same("random-" + t, handbook.testing.Pieces.blocks(r, blocks, 6));
    }
    assertTrue(written > 200, "random documents written here: " + written);
  }
}
