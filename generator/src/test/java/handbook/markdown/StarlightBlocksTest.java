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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Astro Starlight's components in an MDX page, read as the Markdown they stand for ({@link StarlightBlocks}). */
class StarlightBlocksTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);
  final List<Diagnostic> warnings = new ArrayList<>();

  static final String IMPORT = "import { Aside, Card, CardGrid, Steps, FileTree, LinkCard, LinkButton, Badge } from '@astrojs/starlight/components';\n\n";

  private Document html(String md) {
    RenderOptions mdx = RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.MDX)));
    return Jsoup.parseBodyFragment(engine.render(engine.compile(md, "content/docs/x.mdx", 1, mdx, warnings::add), Map.of(), Map.of()));
  }

  @Test
  void nestedBlocksLoseTheIndentationOfTheInnermostAroundTheirLines() {
    Document d = html(IMPORT + "<Aside>\n  <Steps>\n\n    1. One\n\n        ```sh\n        ls\n        ```\n\n    2. Two\n\n  </Steps>\n</Aside>\n");
    assertEquals("note", d.selectFirst(".admonition").className().replace("admonition ", ""));
    assertEquals(List.of("One\nls", "Two"), d.select(".admonition ol > li").stream().map(li -> li.wholeText().strip().replaceAll("\\s*\\n\\s*", "\n")).toList());
    assertEquals("ls", d.selectFirst("ol pre code").text(), "a fenced block in a step stays code");
    assertEquals(List.of(), warnings);
  }

  @Test
  void tagsThatDoNotPairUpOrAreNotKnownAreLeftAndNamed() {
    Document d = html(IMPORT + "<Aside type=\"sparkle\">\nShiny.\n</Aside>\n\n<Steps>\n\n1. One\n\n</FileTree>\n");
    assertTrue(d.html().contains("Shiny."), d.html());
    assertFalse(d.select(".admonition").size() > 0, d.html());
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).headline().contains("`<Aside>` is an MDX component"), warnings.get(0).headline());
  }

  @Test
  void aPageWithoutStarlightsImportKeepsItsTagsAsHtml() {
    html("<Card title=\"X\">\nText\n</Card>\n");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).headline().contains("`<Card>` is an MDX component"), warnings.get(0).headline());
  }

  @Test
  void manyBlocksInOneAnotherAndCardsNeverClosedAreReadInOnePass() {
    // (a pass for each block, or for each line up to the next tag, would take minutes here)
    int n = 9_000;
    StringBuilder b = new StringBuilder(IMPORT);
    b.append("<Steps>\n".repeat(n)).append("  text\n").append("</Steps>\n".repeat(n));
    b.append("<LinkCard title=\"a\" href=\"/b/\"\n\n".repeat(n)).append("plain\n\n".repeat(n)).append("<Badge text=\"x\" />\n");
    // (and tags of thousands of attributes: a run of them read by recursion overflowed the stack)
    b.append("<Steps").append(" a".repeat(n)).append(">\n\n<Aside").append(" title=\"t\"".repeat(n)).append(">\n\n<LinkCard").append(" a".repeat(n)).append("\n\n");
    Document d = html(b.toString());
    assertTrue(d.text().contains("text"), d.text().substring(0, 100));
    assertEquals(1, d.select(".badge").size());
    // VitePress' badges and Docusaurus' admonitions alike
    String many = "<Badge" + " a".repeat(n) + "\n\n<Admonition" + " type=\"tip\"".repeat(n) + ">\n";
    RenderOptions vue = RenderOptions.DEFAULT.withExtensions(RenderOptions.Extensions.of(Set.of(RenderOptions.Extension.VUE)));
    String vuePage = engine.render(engine.compile(many, "content/docs/x.md", 1, vue, warnings::add), Map.of(), Map.of());
    assertFalse(vuePage.contains("class=\"badge"), "more attributes than a badge has: left as written");
    assertFalse(html(many).html().contains("class=\"admonition"), "more attributes than an admonition has: left as written");
  }
}
