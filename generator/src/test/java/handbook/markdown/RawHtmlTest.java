package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RawHtmlTest {
  @Test
  void findsTheAddressesOfImagesLinksSourcesAndVideos() {
    String html = "<p><IMG alt=\"x\" SRC=\"a.png\"> <a href='b/c.md#d'>x</a> <video src=v.mp4 poster=\"p.png\"><source src=\"s.webm\"></video> <span src=\"no\"></p>";
    List<RawHtml.Address> found = RawHtml.addresses(html);
    assertEquals(List.of("a.png", "b/c.md#d", "v.mp4", "p.png", "s.webm"), found.stream().map(RawHtml.Address::value).toList());
    assertEquals(List.of(true, false, true, true, true), found.stream().map(RawHtml.Address::image).toList());
    RawHtml.Address first = found.get(0);
    assertEquals("a.png", html.substring(first.start(), first.end()));
    assertEquals(false, found.get(2).quoted());
  }

  @Test
  void addressesInCommentsAreNotRead() {
    assertEquals(List.of("b.png"), RawHtml.addresses("<!-- <img src=\"a.png\"> --><img src=\"b.png\">").stream().map(RawHtml.Address::value).toList());
  }

  @Test
  void entitiesInAddressesAreDecoded() {
    assertEquals("a?b=1&c=2", RawHtml.addresses("<a href=\"a?b=1&amp;c=2\">").get(0).value());
  }

  @Test
  void rewritingQuotesAnUnquotedValue() {
    assertEquals("<img src=\"X\" alt=y><a href=\"Y\">", RawHtml.rewrite("<img src=a.png alt=y><a href=\"b\">", a -> a.value().equals("a.png") ? "X" : "Y"));
    assertEquals("<img src=\"a.png\">", RawHtml.rewrite("<img src=\"a.png\">", a -> null));
  }

  @Test
  void disallowedTagsAreEscapedOpeningAndClosing() {
    assertEquals(
        "<strong> &lt;title> &lt;style type=\"x\"> &lt;/STYLE> <em> &lt;textarea> <scripts> &lt;script/>",
        RawHtml.filterDisallowed("<strong> <title> <style type=\"x\"> </STYLE> <em> <textarea> <scripts> <script/>"));
  }

  @Test
  void aMegabyteOfTagsIsReadInLinearTime() {
    // each tag's attributes are read where they stand: a search for one ran to the text's end
    String html = "<span class=x>y</span>".repeat(50_000) + "<a href=\"z.md\">z</a>";
    long start = System.nanoTime();
    assertEquals(List.of("z.md"), RawHtml.addresses(html).stream().map(RawHtml.Address::value).toList());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 30_000, "took " + millis + " ms");
  }

  @Test
  void htmlOfManyLinesInAQuoteIsReadInLinearTime() {
    // a block's 19,000 lines (just under the limit of a quote), each a part of flexmark's joined
    // content, which grows one part at a time: 60,000 of them took minutes
    String body = "> <div>\n" + "> <span>x</span>\n".repeat(19_000) + "> <a href=\"#top\">top</a>\n> </div>\n";
    MarkdownEngine engine = new MarkdownEngine(Set.of(), Map.of(), false);
    long start = System.nanoTime();
    RenderedMarkdown md = engine.compile(body, "big.md", 1, RenderOptions.DEFAULT);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 30_000, "took " + millis + " ms");
    LinkRef top = md.links().get(0);
    assertEquals("#top", top.target());
    assertEquals("big.md:19002:12", top.span().toString(), "the address in raw HTML at its line");
  }
}
