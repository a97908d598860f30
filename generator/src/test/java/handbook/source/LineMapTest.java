package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
  @Test
  void offsetsBecomeLinesAndColumns() {
    LineMap m = new LineMap("ab\ncde\n\nf");
    assertEquals(1, m.line(0));
    assertEquals(2, m.column(1));
    assertEquals(2, m.line(3));
    assertEquals(1, m.column(3));
    assertEquals(3, m.column(5));
    assertEquals(3, m.line(7));
    assertEquals(4, m.line(8));
    assertEquals(4, m.lineCount());
  }

  @Test
  void columnsCountCodePointsSoAnEmojiIsOne() {
    String text = "a😀 [x](mangler.md)";
    LineMap m = new LineMap(text);
    assertEquals(4, text.indexOf('['), "two UTF-16 units for the emoji");
    assertEquals(4, m.column(text.indexOf('[')), "a, emoji, space: the bracket is the fourth code point");
    assertEquals(3, m.column(text.indexOf(' ')));
  }

  @Test
  void aLinkAfterAnEmojiIsReportedAtItsColumnAndTheCaretStandsUnderIt() {
    handbook.markdown.MarkdownEngine md = new handbook.markdown.MarkdownEngine(java.util.Set.of(), handbook.render.UiStrings.load("nb"), false);
    var doc = md.parse("Tekst 🚀 med [lenke](mangler.md).\n", "content/docs/a.md", 1);
    handbook.diag.Span span = doc.links().get(0).span();
    assertEquals(21, span.column(), "T-e-k-s-t, space, rocket, space, m-e-d, space, [, l-e-n-k-e, ], ( : the target is the 21st code point");
    handbook.diag.Diagnostic d = handbook.diag.Diagnostic.error("link.unresolved", span, "no page `mangler.md`");
    String printed = new handbook.diag.DiagnosticPrinter(f -> "Tekst 🚀 med [lenke](mangler.md).\n").format(d);
    assertEquals(
        "content/docs/a.md:1:21: error[link.unresolved]: no page `mangler.md`\n 1 | Tekst 🚀 med [lenke](mangler.md).\n   |                     ^\n",
        printed);
  }

  @Test
  void aStringAndAnyOtherCharSequenceMapAlike() {
    java.util.Random r = new java.util.Random(5);
    for (int t = 0; t < 500; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(60); i > 0; i--) {
        b.append("ab\n\u00e6\ud83d\ude00\r".charAt(r.nextInt(7)));
      }
      LineMap fromString = new LineMap(b.toString());
      LineMap fromBuilder = new LineMap(b);
      assertEquals(fromBuilder.lineCount(), fromString.lineCount());
      for (int o = 0; o <= b.length(); o++) {
        assertEquals(fromBuilder.line(o), fromString.line(o));
        assertEquals(fromBuilder.column(o), fromString.column(o));
      }
    }
  }

  @Test
  void columnsAskedInAnyOrderAreThoseCountedFromTheLinesStart() {
    // the map counts on from the offset asked last: asked forwards, backwards and at random, each
    // column is the one a fresh map counts (the emoji's two units count one, also split apart)
    java.util.Random r = new java.util.Random(7);
    for (int t = 0; t < 200; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(80); i > 0; i--) {
        b.append("ab\n\u00e6\ud83d\ude00 ".charAt(r.nextInt(7)));
      }
      String text = b.toString();
      LineMap kept = new LineMap(text);
      java.util.List<Integer> offsets = new java.util.ArrayList<>();
      for (int o = 0; o <= text.length(); o++) {
        offsets.add(o);
      }
      if (t % 3 == 1) {
        java.util.Collections.reverse(offsets);
      } else if (t % 3 == 2) {
        java.util.Collections.shuffle(offsets, r);
      }
      for (int o : offsets) {
        assertEquals(new LineMap(text).column(o), kept.column(o), "offset " + o + " of " + text);
      }
    }
  }
}
