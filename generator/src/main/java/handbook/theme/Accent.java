package handbook.theme;

import java.util.Locale;
import java.util.Map;

/**
 * The site's own colour (site.yaml's {@code color}, MkDocs Material's palette, Docusaurus'
 * primary colour): the theme's links, accents and header drawn in it, in light and dark, as a
 * stylesheet linked after the theme's. Each shade is moved towards black or white until its text
 * pairs are at least 4.5:1 (WCAG 2.1 AA), as the theme's own colours are: a pale brand colour
 * gives darker links, not unreadable ones.
 *
 * @param color the colour as given, {@code #rrggbb} in lower case
 */
public record Accent(String color) {
  private static final int WHITE = 0xffffff;
  private static final int BLACK = 0x000000;
  /** The theme's dark background and header text. */
  private static final int DARK_BG = 0x0e1217;
  private static final int DARK_HEADER_FG = 0xf0f6fc;
  private static final double AA = 4.5;

  /** The colour a text names ({@code #2e8555}, {@code #2E8}), as {@code #rrggbb}; null when it names none. */
  public static String parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.matches("#[0-9a-f]{6}")) {
      return t;
    }
    if (t.matches("#[0-9a-f]{3}")) {
      return "#" + t.charAt(1) + t.charAt(1) + t.charAt(2) + t.charAt(2) + t.charAt(3) + t.charAt(3);
    }
    return null;
  }

  /**
   * The colour a stylesheet first gives a custom property ({@code --ifm-color-primary: #2e8555;}),
   * as {@code #rrggbb}; null where it gives none in hex.
   */
  public static String declared(String css, String property) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(property) + "\\s*:\\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\\s*[;}]").matcher(css);
    return m.find() ? parse(m.group(1)) : null;
  }

  /**
   * MkDocs Material's named primary colours (its palette's 500 shades), by the names its
   * {@code theme.palette.primary} takes.
   */
  public static final Map<String, String> MATERIAL =
      Map.ofEntries(
          Map.entry("red", "#ef5350"), Map.entry("pink", "#e92063"), Map.entry("purple", "#ab47bd"), Map.entry("deep purple", "#7e56c2"),
          Map.entry("indigo", "#4051b5"), Map.entry("blue", "#2094f3"), Map.entry("light blue", "#02a6f2"), Map.entry("cyan", "#00bdd6"),
          Map.entry("teal", "#009485"), Map.entry("green", "#4cae4f"), Map.entry("light green", "#8bc34b"), Map.entry("lime", "#cbdc38"),
          Map.entry("yellow", "#ffec3d"), Map.entry("amber", "#ffc105"), Map.entry("orange", "#ffa724"), Map.entry("deep orange", "#ff6e42"),
          Map.entry("brown", "#795649"), Map.entry("grey", "#757575"), Map.entry("blue grey", "#546d78"), Map.entry("black", "#000000"));

  public Accent {
    String parsed = parse(color);
    if (parsed == null) {
      throw new IllegalArgumentException("not a colour: " + color);
    }
    color = parsed;
  }

  /** Where the stylesheet is published: named by its colour, so a changed colour is a new file to browsers. */
  public String path() {
    return "assets/accent-" + color.substring(1) + ".css";
  }

  /** The header's colour in the light scheme (the browser's bar takes it too). */
  public String header() {
    return hex(lightAccent());
  }

  /** The header's colour in the dark scheme. */
  public String darkHeader() {
    return hex(darkHeaderBg());
  }

  private int base() {
    return Integer.parseInt(color.substring(1), 16);
  }

  /** The theme's backgrounds (surface, subtle, muted) in the light and the dark scheme. */
  private static final int[] LIGHT_BACKGROUNDS = {WHITE, 0xf6f8fa, 0xeaeef2};
  private static final int[] DARK_BACKGROUNDS = {DARK_BG, 0x151b23, 0x212830};

  /** The light scheme's accent: readable on the backgrounds and on its own tint. */
  int lightAccent() {
    return readableOn(base(), mix(base(), WHITE, 0.9), LIGHT_BACKGROUNDS, BLACK);
  }

  /** The dark scheme's accent: readable on the dark backgrounds and on its own tint there. */
  int darkAccent() {
    return readableOn(base(), mix(base(), DARK_BG, 0.82), DARK_BACKGROUNDS, WHITE);
  }

  /** {@code c} moved towards {@code away} until it reads at 4.5:1 on each background and the tint. */
  private static int readableOn(int c, int tint, int[] backgrounds, int away) {
    for (int i = 0; i < 60 && !readsOn(c, tint, backgrounds); i++) {
      c = mix(c, away, 0.08);
    }
    return c;
  }

  private static boolean readsOn(int c, int tint, int[] backgrounds) {
    if (contrast(c, tint) < AA) {
      return false;
    }
    for (int b : backgrounds) {
      if (contrast(c, b) < AA) {
        return false;
      }
    }
    return true;
  }

  int darkHeaderBg() {
    int c = mix(base(), DARK_BG, 0.7);
    for (int i = 0; i < 40 && contrast(DARK_HEADER_FG, c) < AA; i++) {
      c = mix(c, BLACK, 0.08);
    }
    return c;
  }

  /** The stylesheet: the theme's colour properties of links, accents and the header, light and dark, on screens (print keeps black on white). */
  public String css() {
    int light = lightAccent();
    int lightMuted = readable(mix(WHITE, light, 0.15), light);
    int dark = darkAccent();
    int darkHeader = darkHeaderBg();
    int darkMuted = readable(mix(DARK_HEADER_FG, darkHeader, 0.2), darkHeader);
    return "/* the site's colour, " + color + " (made by Handbook) */\n"
        + "@media screen {\n  :root {\n"
        + prop("accent", light) + prop("accent-strong", mix(light, BLACK, 0.3)) + prop("accent-bg", mix(base(), WHITE, 0.9)) + prop("accent-border", mix(light, WHITE, 0.55))
        + prop("focus", light) + "    --link-underline: " + rgb(light, 45) + ";\n"
        + prop("header-bg", light) + prop("header-fg", WHITE) + prop("header-muted", lightMuted) + prop("header-border", mix(light, BLACK, 0.25))
        + prop("header-focus", WHITE) + prop("progress-fill", light)
        + "  }\n}\n"
        + "@media screen and (prefers-color-scheme: dark) {\n  :root {\n"
        + prop("accent", dark) + prop("accent-strong", mix(dark, WHITE, 0.4)) + prop("accent-bg", mix(base(), DARK_BG, 0.82)) + prop("accent-border", mix(base(), DARK_BG, 0.5))
        + prop("focus", dark) + "    --link-underline: " + rgb(dark, 50) + ";\n"
        + prop("header-bg", darkHeader) + prop("header-fg", DARK_HEADER_FG) + prop("header-muted", darkMuted) + prop("header-border", mix(base(), DARK_BG, 0.55))
        + prop("header-focus", DARK_HEADER_FG) + prop("progress-fill", dark)
        + "  }\n}\n";
  }

  /** {@code text} where it reads on {@code background} at 4.5:1, else white. */
  private static int readable(int text, int background) {
    return contrast(text, background) >= AA ? text : WHITE;
  }

  private static String prop(String name, int c) {
    return "    --" + name + ": " + hex(c) + ";\n";
  }

  static String hex(int c) {
    return String.format(Locale.ROOT, "#%06x", c & 0xffffff);
  }

  private static String rgb(int c, int percent) {
    return "rgb(" + (c >> 16 & 0xff) + " " + (c >> 8 & 0xff) + " " + (c & 0xff) + " / " + percent + "%)";
  }

  /** {@code a} moved towards {@code b} by {@code share} (0: a, 1: b), each channel rounded. */
  static int mix(int a, int b, double share) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int x = a >> shift & 0xff;
      int y = b >> shift & 0xff;
      out |= (int) Math.round(x + (y - x) * share) << shift;
    }
    return out;
  }

  /** WCAG 2.1's contrast ratio of two colours. */
  static double contrast(int a, int b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(int c) {
    return 0.2126 * channel(c >> 16 & 0xff) + 0.7152 * channel(c >> 8 & 0xff) + 0.0722 * channel(c & 0xff);
  }

  private static double channel(int v) {
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }
}
