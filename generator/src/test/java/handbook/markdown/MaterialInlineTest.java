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
  void emojiAreGitHubsNamesOnly() {
    assertEquals("<p>\uD83D\uDC4D \uD83D\uDC4E :thumbs_upp: :Smile: ::</p>\n", html(":+1: :-1: :thumbs_upp: :Smile: ::\n"));
    assertEquals("<p>[<a href=\"a.md\">\uD83D\uDE80</a>]</p>\n", html("[[:rocket:](a.md)]\n"));
  }
}
