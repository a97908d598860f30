package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.render.UiStrings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Abbreviations (Python-Markdown's abbr) as {@link Abbreviations} reads their definitions. */
class AbbreviationsTest {
  final MarkdownEngine engine = new MarkdownEngine(Set.of(), UiStrings.load("en"), false);

  private Document html(String body) {
    RenderedMarkdown md = engine.compile(body, "t.md", 1, RenderOptions.DEFAULT);
    return Jsoup.parseBodyFragment(engine.render(md, Map.of(), Map.of()));
  }

  /** (A finding of the Markdown fuzzer: flexmark's abbreviations read past a line's end in a list.) */
  @Test
  void anAbbreviationsDefinitionIsReadAtALinesStartAndIsTextElsewhere() {
    assertEquals("An HTML page.", html("*[HTML]: Hyper Text\n\nAn HTML page.\n").text());
    assertEquals("Hyper Text", html("*[HTML]: Hyper Text\n\nAn HTML page.\n").selectFirst("abbr").attr("title"));
    for (String body : List.of("- *[x]:", "> *[x]:\n", "1. *[x]:\n", "[ ] \n  - *[^1]:", "- *[HTML]: Hyper Text\n\nAn HTML page.\n")) {
      Document d = html(body);
      assertTrue(d.text().contains("*["), body + " => " + d.html());
      assertTrue(d.select("abbr").isEmpty(), body + " => " + d.html());
    }
  }

}
