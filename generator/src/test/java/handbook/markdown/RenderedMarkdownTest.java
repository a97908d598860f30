package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A body compiled once with slots and filled later renders exactly like the body rendered with
 * its links known, on every Markdown file the tests have (golden inputs, the Homebrew corpus,
 * the handbook's own content).
 */
class RenderedMarkdownTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of("checklist", "quiz"), UiStrings.load("nb"), false);

  @Test
  void compiledBodiesFillToTheSameHtmlAsDirectRendering() throws IOException {
    List<Path> files = handbook.testing.MarkdownFiles.all();
    assertTrue(files.size() > 100, "markdown files found: " + files.size());
    int links = 0;
    for (Path p : files) {
      String md = Files.readString(p, StandardCharsets.UTF_8);
      MarkdownDoc doc = engine.parse(md, p.toString(), 1);
      Map<String, String> hrefs = new HashMap<>();
      // every other target resolved, some to hrefs that need escaping
      int i = 0;
      for (LinkRef l : doc.links()) {
        if (i++ % 2 == 0) {
          hrefs.put(l.target(), "../x/" + i + "/?a=1&b=\"2\"#" + l.target().length());
        }
      }
      links += doc.links().size();
      Map<DirectiveCall, String> embeds = new HashMap<>();
      for (DirectiveCall call : doc.directives()) {
        if (call.index() % 2 == 0) {
          embeds.put(call, "<div class=\"embed\">" + call.name() + "</div>");
        }
      }
      String direct = engine.render(doc, hrefs, embeds);
      RenderedMarkdown compiled = engine.compile(md, p.toString(), 1, RenderOptions.DEFAULT);
      assertEquals(direct, engine.render(compiled, hrefs, embeds), p.toString());
      assertEquals(doc.headings(), compiled.headings(), p.toString());
      assertEquals(doc.links(), compiled.links(), p.toString());
    }
    assertTrue(links > 500, "links seen: " + links);
  }

  @Test
  void directivesBecomeEmbedsOrStayCodeBlocks() {
    String md = "Før\n\n```checklist\ncategory: backup\n```\n\n```quiz\nx: 1\n```\n\nEtter [lenke](a.md).\n";
    RenderedMarkdown r = engine.compile(md, "t.md", 1, RenderOptions.DEFAULT);
    assertEquals(2, r.directives().size());
    String html = engine.render(r, Map.of("a.md", "../a/"), Map.of(r.directives().get(0), "<div>EMBED</div>"));
    assertTrue(html.contains("<p>Før</p>\n<div>EMBED</div>\n<pre"), html);
    assertTrue(html.contains("language-quiz"), html);
    assertTrue(html.contains("<a href=\"../a/\">lenke</a>"), html);
    assertFalse(html.chars().anyMatch(c -> c >= 1 && c <= 3), html);
  }

  @Test
  void bodyHoldingSlotCharactersIsKeptAsSourceAndStillRenders() {
    String md = "Kontrolltegn \u0001 og [lenke](a.md)\n";
    RenderedMarkdown r = engine.compile(md, "t.md", 1, RenderOptions.DEFAULT);
    assertNull(r.html());
    assertNotNull(r.source());
    assertEquals("<p>Kontrolltegn \u0001 og <a href=\"b/\">lenke</a></p>\n", engine.render(r, Map.of("a.md", "b/"), Map.of()));
    // U+0005 stands for plain text while a body is rendered: a body holding it is kept as source too
    RenderedMarkdown text = engine.compile("Tegn \u0005 og [lenke](a.md)\n", "t.md", 1, RenderOptions.DEFAULT);
    assertNull(text.html());
    assertEquals("<p>Tegn \u0005 og <a href=\"b/\">lenke</a></p>\n", engine.render(text, Map.of("a.md", "b/"), Map.of()));
  }

  @Test
  void plainTextWrittenThroughItsSlotsComesOutAsFlexmarkWritesIt() {
    String md = "# Tittel\n\nTekst med *vekt*, `kode` og [lenke](a.md).\nNy linje  \nhard\n\n> sitat\n\n- punkt\n  fortsatt\n\n| a | b |\n|---|---|\n| c | d |\n\nFotnote[^1].\n\n[^1]: Den.\n";
    RenderedMarkdown r = engine.compile(md, "t.md", 1, RenderOptions.DEFAULT);
    String html = engine.render(r, Map.of("a.md", "b/"), Map.of());
    assertFalse(r.html().chars().anyMatch(c -> c == 5), "no text slot is left: " + r.html());
    // the same body kept as source (a slot character in a code span keeps it so) renders without text slots
    RenderedMarkdown whole = engine.compile(md + "\n`\u0001`\n", "t.md", 1, RenderOptions.DEFAULT);
    String expected = engine.render(whole, Map.of("a.md", "b/"), Map.of());
    assertEquals(expected.substring(0, expected.lastIndexOf("<p><code>")), html.substring(0, Math.min(html.length(), expected.lastIndexOf("<p><code>"))));
  }

  @Test
  void optionsShiftHeadingsPrefixIdsAndDropTheLeadingTitle() {
    RenderedMarkdown r = engine.compile("# Tittel\n\n## Del\n\nTekst\n", "t.md", 1, new RenderOptions(1, "l1-", true));
    assertEquals("Tittel", r.droppedH1());
    assertEquals(List.of(new Heading(2, "Del", "l1-del", 3)), r.headings());
    assertEquals(
        "<h3 id=\"l1-del\">Del <a class=\"heading-anchor\" href=\"#l1-del\" aria-label=\"Lenke til denne delen\">#</a></h3>\n<p>Tekst</p>\n",
        engine.render(r, Map.of(), Map.of()));
  }

  @Test
  void searchSectionsFollowHeadingsAndLeaveCommentsOut() {
    String md =
        "Innledning med `kode`.\n\n<!-- TODO: intern merknad -->\n\n## Backup\n\nTa backup <!-- skjult --> daglig.\n\n"
            + "```bash\npg_dump mindframe\n```\n\n<div>Rå <b>HTML</b></div>\n\n##### Liten\n\nMer.\n\n## Gjenoppretting\n\n1. Stopp\n2. Start\n";
    RenderedMarkdown r = engine.compile(md, "t.md", 1, RenderOptions.DEFAULT);
    assertEquals(
        List.of(
            SearchSection.of("", "", "Innledning med kode."),
            SearchSection.of("backup", "Backup", "Ta backup daglig. pg_dump mindframe Rå HTML Liten Mer."),
            SearchSection.of("gjenoppretting", "Gjenoppretting", "Stopp Start")),
        r.sections());
    assertEquals(Set.of("gjenoppretting"), r.stepSections());
  }

  @Test
  void aSectionHasStepsWhereverItsNumberedListStands() {
    String md =
        "## Sitat\n\n> Gjør slik:\n>\n> 1. en\n\n## Punkt\n\n- ytre\n  1. indre\n\n## Merk\n\n!!! note\n    1. i merknad\n\n"
            + "## Tekst\n\nAvsnitt som nevner 1. og 2. uten liste.\n\n| 1. | celle |\n|----|-------|\n\n## Under\n\n### Del\n\n1. under en lavere overskrift\n";
    RenderedMarkdown r = engine.compile(md, "t.md", 1, RenderOptions.DEFAULT);
    assertEquals(Set.of("sitat", "punkt", "merk", "under", "del"), r.stepSections());
  }

  @Test
  void aTextWithoutAmpersandAngleBracketsOrQuoteIsWhatFlexmarkEscapingLeavesIt() {
    for (char c = 1; c < 0x3000; c++) {
      String one = "a" + c + "b";
      if (!RenderedMarkdown.needsEscape(one)) {
        assertEquals(one, com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(one, true), "U+" + Integer.toHexString(c));
        assertEquals(one, com.vladsch.flexmark.util.sequence.Escaping.escapeHtml(one, false), "U+" + Integer.toHexString(c));
      }
    }
  }
}
