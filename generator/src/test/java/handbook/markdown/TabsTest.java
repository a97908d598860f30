package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Content tabs beyond the golden file: ids of several bodies on a page, large sets, headings and links in tabs. */
class TabsTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);

  private String html(String body, RenderOptions options) {
    RenderedMarkdown md = engine.compile(body, "t.md", 1, options);
    return engine.render(md, Map.of(), Map.of());
  }

  @Test
  void theIdsOfABodyShownWithOthersTakeItsPrefix() {
    String html = html("=== \"A\"\n    a\n", new RenderOptions(0, "lesson-2-", false, true));
    assertTrue(html.contains("<input type=\"radio\" name=\"lesson-2-__tabbed_1\" id=\"lesson-2-__tabbed_1_1\" checked>"), html);
    assertTrue(html.contains("<label for=\"lesson-2-__tabbed_1_1\">A</label>"), html);
  }

  @Test
  void aSetOfMoreTabsThanTheStylesheetSwitchesShowsThemAll() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= Tabs.MAX + 1; i++) {
      body.append("=== \"T").append(i).append("\"\n    text ").append(i).append("\n\n");
    }
    String html = html(body.toString(), RenderOptions.DEFAULT);
    assertTrue(html.startsWith("<div class=\"tabbed-set tabbed-all\">"), html);
    assertFalse(html(body.toString().replace("=== \"T21\"\n    text 21\n\n", ""), RenderOptions.DEFAULT).contains("tabbed-all"));
  }

  @Test
  void titlesDrawCodeIconsAndEmojiAndSearchReadsTheirText() {
    assertEquals("docs/index.md", Tabs.titleText(":octicons-file-code-16: `docs/index.md`"));
    assertEquals("\uD83D\uDE04 Hi :nope:", Tabs.titleText(":smile: Hi :nope:"));
    assertEquals("<code>a &lt;b&gt;</code> :nope: &amp; ``", Tabs.titleHtml("`a <b>` :nope: & ``"));
    assertTrue(Tabs.titleHtml(":material-check: Done").startsWith("<span class=\"twemoji\"><svg"), Tabs.titleHtml(":material-check: Done"));
  }

  @Test
  void headingsAndLinksInTabsAreThePagesOwn() {
    RenderedMarkdown md = engine.compile("=== \"A\"\n\n    ## In a tab\n\n    See [b](b.md).\n", "t.md", 1, RenderOptions.DEFAULT);
    assertEquals(List.of("in-a-tab"), md.headings().stream().map(Heading::id).toList());
    assertEquals(List.of("b.md"), md.links().stream().map(LinkRef::target).toList());
    assertEquals(5, md.links().get(0).span().line());
  }
}
