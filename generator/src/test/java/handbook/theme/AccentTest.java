package handbook.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccentTest {
  @Test
  void coloursAreReadAsHexOnly() {
    assertEquals("#2e8555", Accent.parse(" #2E8555 "));
    assertEquals("#22ee88", Accent.parse("#2e8"));
    assertNull(Accent.parse("green"));
    assertNull(Accent.parse("#2e855"));
    assertNull(Accent.parse("#2e8555; background: url(x)"));
    assertThrows(IllegalArgumentException.class, () -> new Accent("red"));
  }

  @Test
  void everyColourGivesTextPairsOfAtLeastFourAndAHalfToOne() {
    // any colour, the palest and the darkest included: links on the backgrounds and on their
    // tint, the header's text on the header, in both schemes
    java.util.Random r = new java.util.Random(11);
    java.util.List<String> colours = new java.util.ArrayList<>(java.util.List.of("#ffffff", "#000000", "#ffec3d", "#0e1217", "#2e8555", "#808080"));
    colours.addAll(Accent.MATERIAL.values());
    for (int i = 0; i < 2000; i++) {
      colours.add(Accent.hex(r.nextInt(0x1000000)));
    }
    for (String c : colours) {
      Accent a = new Accent(c);
      int base = Integer.parseInt(c.substring(1), 16);
      int light = a.lightAccent();
      for (int bg : new int[] {0xffffff, 0xf6f8fa, 0xeaeef2, Accent.mix(base, 0xffffff, 0.9)}) {
        assertTrue(Accent.contrast(light, bg) >= 4.5, c + " light on " + Accent.hex(bg));
      }
      int dark = a.darkAccent();
      for (int bg : new int[] {0x0e1217, 0x151b23, 0x212830, Accent.mix(base, 0x0e1217, 0.82)}) {
        assertTrue(Accent.contrast(dark, bg) >= 4.5, c + " dark on " + Accent.hex(bg));
      }
      assertTrue(Accent.contrast(0xf0f6fc, a.darkHeaderBg()) >= 4.5, c + " dark header");
      assertEquals(Accent.hex(light), a.header());
    }
  }

  @Test
  void aColourThatReadsWellIsKeptAsItIs() {
    Accent a = new Accent("#155A96");
    assertEquals("#155a96", a.header(), "the theme's own blue reads on every light background");
    assertEquals("assets/accent-155a96.css", a.path());
    String css = a.css();
    assertTrue(css.contains("@media screen {\n  :root {\n    --accent: #155a96;\n"), css);
    assertTrue(css.contains("@media screen and (prefers-color-scheme: dark) {\n  :root {\n"), css);
    assertTrue(new Accent("#ffec3d").header().compareTo("#ffec3d") != 0, "yellow is darkened for white text and links");
  }
}
