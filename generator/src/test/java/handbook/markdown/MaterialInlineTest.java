package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MkDocs Material's inline syntax and emoji beyond the golden file: their text in headings and search, and their edges. */
class MaterialInlineTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);

  private String html(String body) {
    return engine.render(engine.compile(body, "t.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of());
  }

  @Test
  void headingsAndSearchReadKeysAndEmojiAsTheirText() {
    RenderedMarkdown md = engine.compile("## :bulb: Press ++ctrl+c++\n\nCopy ==it== with ++ctrl+c++ :tada:\n", "t.md", 1, RenderOptions.DEFAULT);
    Heading h = md.headings().get(0);
    assertEquals("\uD83D\uDCA1 Press Ctrl+C", h.text());
    assertEquals("-press-ctrlc", h.id());
    SearchSection s = md.sections().stream().filter(x -> x.anchor().equals("-press-ctrlc")).findFirst().orElseThrow();
    assertEquals("Copy Ctrl", s.terms());
    assertTrue(s.snippet().startsWith("Copy") && s.snippet().contains("Ctrl"), s.snippet());
  }

  @Test
  void formulasAreReadAsArithmatexWritesThem() {
    MarkdownEngine plain = new MarkdownEngine(Set.of(), UiStrings.load("en"), false, false);
    for (MarkdownEngine e : List.of(engine, plain)) {
      String html = e.render(e.compile(
          "Energy $E = mc^2$ and $a_1 < b_*$, for $5 and $10. Not \\$y\\$ nor $`z`$, `$z$` or $ x$, $HOME/$USER.\n\n$$\n\\sum_{i=1}^n i\n$$\n\n```math\n\\sqrt{x}\n```\n\n$$a$$ and $$b$$\n",
          "t.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of());
      assertEquals(
          "<p>Energy <span class=\"arithmatex\">\\(E = mc^2\\)</span> and <span class=\"arithmatex\">\\(a_1 &lt; b_*\\)</span>, for $5 and $10. Not $y$ nor $<code>z</code>$, <code>$z$</code> or $ x$, $HOME/$USER.</p>\n"
              + "<div class=\"arithmatex\">\\[\\sum_{i=1}^n i\\]</div>\n"
              + "<div class=\"arithmatex\">\\[\\sqrt{x}\\]</div>\n"
              + "<p>$$a$$ and $$b$$</p>\n",
          html);
    }
    // arithmatex's other forms: \(...\) in the text, \[...\] and an environment alone
    for (MarkdownEngine e : List.of(engine, plain)) {
      String html = e.render(e.compile(
          "Then \\(x_{i=1}\\) and \\( alone.\n\n\\[\nx = 1\n\\]\n\n\\begin{aligned}\na &= b\n\\end{aligned}\n\n\\begin{a} x \\end{b}\n",
          "t.md", 1, RenderOptions.DEFAULT), Map.of(), Map.of());
      assertEquals(
          "<p>Then <span class=\"arithmatex\">\\(x_{i=1}\\)</span> and ( alone.</p>\n"
              + "<div class=\"arithmatex\">\\[x = 1\\]</div>\n"
              + "<div class=\"arithmatex\">\\[\\begin{aligned}\na &amp;= b\n\\end{aligned}\\]</div>\n"
              + "<p>\\begin{a} x \\end{b}</p>\n",
          html);
    }
    // the TeX is the heading's text, and no attribute list ({i=1}) of another tool
    List<handbook.diag.Diagnostic> warnings = new java.util.ArrayList<>();
    RenderedMarkdown md = engine.compile("## Sum $x_i$\n\n$$\n\\sum_{i=1}^n x_i\n$$\n\n$$not alone$$ here\n", "t.md", 1, RenderOptions.DEFAULT, warnings::add);
    assertEquals("Sum x_i", md.headings().get(0).text());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).message().contains("display math"), warnings.toString());
  }

  /** Each form of a formula on lines of its own is found when it is the body's only one. */
  @Test
  void eachFormulaBlockAloneIsFound() {
    Map<String, String> bodies = new java.util.LinkedHashMap<>();
    bodies.put("Intro.\n\n```math\nx\n```\n", "\\[x\\]");
    bodies.put("Intro.\n\n~~~~  Math\nx\n~~~~\n", "\\[x\\]");
    bodies.put("- list\n\n    ```\tmath\n    x\n    ```\n", "\\[x\\]");
    bodies.put("Intro.\n\n\\[\nx\n\\]\n", "\\[x\\]");
    bodies.put("Intro.\n\n\\begin{align}\nx\n\\end{align}\n", "\\[\\begin{align}\nx\n\\end{align}\\]");
    bodies.put("Intro.\n\n$$\nx\n$$\n", "\\[x\\]");
    bodies.forEach((body, tex) -> assertTrue(html(body).contains("<div class=\"arithmatex\">" + tex + "</div>"), body + " gave " + html(body)));
    // a fence of another language, with math later on its line, is code
    assertTrue(html("```python math\nx\n```\n").contains("<code class=\"language-python\">"), html("```python math\nx\n```\n"));
  }

  @Test
  void keysTakeKnownNamesInAnyCaseAndQuotedText() {
    assertEquals(
        "<p><span class=\"keys\"><kbd class=\"key-page-down\">Page Down</kbd></span> <span class=\"keys\"><kbd class=\"key-f12\">F12</kbd></span> "
            + "<span class=\"keys\"><kbd class=\"key-backslash\">\\</kbd></span> <span class=\"keys\"><kbd>a &quot;b&quot; &lt;c&gt;</kbd></span></p>\n",
        html("++PgDn++ ++f12++ ++backslash++ ++\"a \\\"b\\\" <c>\"++\n"));
    // not closed, an empty quote, a space in a name, a name not known: as written
    for (String text : List.of("++ctrl+c", "++\"\"++", "++page up++", "++ctrl+hyper++", "++ctrl++c++x")) {
      String html = html(text + "\n");
      assertTrue(html.startsWith("<p>" + text.substring(0, 2)) || html.contains("<kbd class=\"key-control\">"), html);
    }
    assertEquals("<p>++ctrl+c</p>\n", html("++ctrl+c\n"));
    assertEquals("<p>++page up++</p>\n", html("++page up++\n"));
    assertEquals("<p>\\++ctrl++</p>\n".replace("\\", ""), html("\\++ctrl++\n").replace("<span class=\"keys\">", "X"));
  }

  @Test
  void superscriptsAndSubscriptsHoldPlainTextWithoutSpaces() {
    assertEquals("<p>x<sup>2</sup> CO<sub>2</sub> a<sup>b</sup><sub>c</sub></p>\n", html("x^2^ CO~2~ a^b^~c~\n"));
    for (String text : List.of("x^a b^", "x^^", "x^*a*^", "a~[b](c.md)~", "x ^ y ^ z", "a~~b~")) {
      String html = html(text + "\n");
      assertTrue(!html.contains("<sup>") && !html.contains("<sub>"), text + " -> " + html);
    }
    // the double marks stay GFM's strikethrough and pymdownx's insertion, nested too
    assertEquals("<p><del>a <sub>2</sub> b</del> <ins>b <mark>c</mark></ins></p>\n", html("~~a ~2~ b~~ ^^b ==c==^^\n"));
  }

  @Test
  void whatALongRunOfMarksLeavesAfterAPairIsText() {
    // a run of three, then one of seven, left one mark and then five: the one once read past its start (found by fuzzing)
    assertEquals("<p>x=<mark>y</mark>=====</p>\n", html("x===y=======\n"));
    assertEquals("<p><ins>a</ins>^ b <ins>c</ins>^^^</p>\n", html("^^a^^^ b ^^c^^^^^\n"));
  }

  @Test
  void iconsAreDrawnInlineWithTheirListsClassesAndAreNotText() {
    RenderedMarkdown md = engine.compile("## :material-rocket:{ #go .lg } Launch\n\nSee :octicons-arrow-right-24: here\n", "t.md", 1, RenderOptions.DEFAULT);
    assertEquals("Launch", md.headings().get(0).text().strip());
    assertTrue(md.anchors().contains("go"), md.anchors().toString());
    String html = engine.render(md, Map.of(), Map.of());
    assertTrue(html.contains("<span class=\"twemoji lg\" id=\"go\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\""), html);
    assertTrue(html.contains("See <span class=\"twemoji\"><svg"), html);
  }

  /** Every icon is paths only (nothing that could run or load) in a view box of numbers. */
  @Test
  void everyIconIsPathsOnly() throws java.io.IOException {
    int n = 0;
    for (String set : List.of("material", "octicons")) {
      for (char c : "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
        String part = "icons/" + set + "-" + c + ".tsv";
        if (MaterialInline.class.getResource(part) == null) {
          continue;
        }
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(MaterialInline.class.getResourceAsStream(part), java.nio.charset.StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] row = line.split("\t", -1);
            assertEquals(3, row.length, line);
            assertTrue(row[0].matches(set + "-" + c + "[a-z0-9-]*"), part + ": " + row[0]);
            assertTrue(row[1].matches("\\d+ \\d+"), line);
            assertTrue(row[2].matches("(<path( (d|fill-rule|clip-rule|fill)=\"[-0-9A-Za-z ,.]*\")+/>)+"), row[0]);
            assertTrue(MaterialInline.IconNames.find(row[0]) != null, row[0]);
            n++;
          }
        }
      }
    }
    assertEquals(8231, n, "the icons of both sets");
    assertEquals(null, MaterialInline.IconNames.find("material-"));
    assertEquals(null, MaterialInline.IconNames.find("material-\u00e6"));
  }

  @Test
  void emojiAreGitHubsAndMaterialsNamesOnly() {
    assertEquals("<p>\uD83D\uDC4D \uD83D\uDC4E :thumbs_upp: :Smile: ::</p>\n", html(":+1: :-1: :thumbs_upp: :Smile: ::\n"));
    assertEquals("<p>[<a href=\"a.md\">\uD83D\uDE80</a>]</p>\n", html("[[:rocket:](a.md)]\n"));
    // MkDocs Material's names (pymdownx.emoji's Twemoji index: JoyPixels'), but a country's two letters
    assertEquals("<p>\uD83D\uDE4B\u200D\u2642\uFE0F \uD83C\uDDF3\uD83C\uDDF4 \uD83D\uDC4D\uD83C\uDFFB :no: :in:</p>\n", html(":man_raising_hand: :flag_no: :thumbsup_tone1: :no: :in:\n"));
  }
}
