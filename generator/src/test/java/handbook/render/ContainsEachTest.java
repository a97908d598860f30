package handbook.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContainsEachTest {
  @Test
  void eachStringIsFoundOrNotAsContainsSays() {
    String html = "<pre class=\"language-sh\"><code>x</code></pre>\n<nav class=\"toc-inline\">a</nav><p class=\"arith\">b</p>";
    List<String> wanted = List.of("class=\"language-", "class=\"arithmatex\"", "class=\"language-mermaid\"", "class=\"toc-inline\"");
    assertEquals(List.of(true, false, false, true), ContainsEach.found(html, wanted));
    // strings with no common start, an empty text, a string at the very end
    assertEquals(List.of(true, false, true), ContainsEach.found("abc</p>", List.of("abc", "x", "</p>")));
    assertEquals(List.of(false, false), ContainsEach.found("", List.of("class=\"a", "class=\"b")));
    assertEquals(List.of(true, true), ContainsEach.found("class=\"b\" class=\"a", List.of("class=\"a", "class=\"b")));
    // from a template: markup as it is written, and plain strings
    Object markup = assertDoesNotThrow(() -> freemarker.core.HTMLOutputFormat.INSTANCE.fromMarkup("<p class=\"x\">&amp;</p>"));
    assertEquals(List.of(true, true, false),
        assertDoesNotThrow(() -> new ContainsEach().exec(List.of(markup, new freemarker.template.SimpleScalar("class=\"x\""), new freemarker.template.SimpleScalar("&amp;"), new freemarker.template.SimpleScalar("&lt;")))));
    assertThrows(freemarker.template.TemplateModelException.class, () -> new ContainsEach().exec(List.of(new freemarker.template.SimpleScalar("x"))));
    // against contains, over texts made of the strings' pieces
    java.util.Random r = new java.util.Random(3);
    String[] pieces = {"class=\"", "language-", "mermaid\"", "toc-inline\"", "arithmatex\"", "<p>", "\""};
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(8); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      assertEquals(wanted.stream().map(text::contains).toList(), ContainsEach.found(text, wanted), text);
    }
  }
}
