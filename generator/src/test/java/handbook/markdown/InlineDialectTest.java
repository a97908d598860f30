package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import handbook.render.UiStrings;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InlineDialectTest {
  private final MarkdownEngine engine = new MarkdownEngine(FastHtmlTest.DIRECTIVES, UiStrings.load("en"), false);

  private String html(String md, RenderOptions.Extension... on) {
    RenderOptions options = RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(on)));
    return engine.render(engine.compile(md, "x.md", 1, options), Map.of(), Map.of()).strip();
  }

  private String gfm(String md) {
    return html(md, RenderOptions.Extension.PLAIN_INLINE, RenderOptions.Extension.SINGLE_TILDES);
  }

  @Test
  void singleTildesPairAsGfmsDelimitersDo() {
    assertEquals("<p><del>a <del>b</del> c</del></p>", gfm("~a ~b~ c~"));
    assertEquals("<p><del><em>em</em> text</del> and <em>a ~b</em> c~</p>", gfm("~*em* text~ and *a ~b* c~"));
    assertEquals("<p><a href=\"x.md\"><del>link text</del></a></p>", gfm("[~link text~](x.md)"));
    // code, an escaped tilde, a tilde beside another, one before a space or after one
    assertEquals("<p><code>~code~</code> ~esc~ ~~x~ ~ y~ a~ b</p>", gfm("`~code~` \\~esc~ ~~x~ ~ y~ a~ b"));
    assertEquals("<p>~/.config and ~/.ssh, ~5 to ~6</p>", gfm("~/.config and ~/.ssh, ~5 to ~6"));
    // runs of three are no strikethrough (GFM's example 493)
    assertEquals("<p>This will ~~~not~~~ strike.</p>", gfm("This will ~~~not~~~ strike."));
    // in a heading (its id of its text) and a table's cell
    assertEquals("<h2 id=\"old-title\">Old title</h2>".replace("Old title", "<del>Old</del> title"), gfm("## ~Old~ title").replaceAll(" <a class=\"heading-anchor\".*</a>", ""));
    assertEquals(true, gfm("| a |\n|---|\n| ~x y~ |").contains("<td><del>x y</del></td>"));
    // across lines of a paragraph, not across paragraphs
    assertEquals("<p><del>one\ntwo</del></p>\n<p>~three</p>\n<p>four~</p>", gfm("~one\ntwo~\n\n~three\n\nfour~"));
  }

  @Test
  void pymdownxsSyntaxIsTextOnOtherToolsPages() {
    assertEquals("<p>~x~ ==m== ^s^ ^^i^^ ++ctrl+c++ <del>d</del></p>", html("~x~ ==m== ^s^ ^^i^^ ++ctrl+c++ ~~d~~", RenderOptions.Extension.PLAIN_INLINE));
    assertEquals("<p>==<em>a</em> b==</p>", html("==*a* b==", RenderOptions.Extension.PLAIN_INLINE));
    // MkDocs' (and Handbook's own)
    assertEquals("<p><sub>x</sub> <mark>m</mark> <sup>s</sup> <ins>i</ins> <del>d</del></p>", html("~x~ ==m== ^s^ ^^i^^ ~~d~~"));
  }
}
