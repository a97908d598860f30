package handbook.checklist;

/** A flat SVG badge in the shields.io style: a grey label, a coloured value. */
final class Badge {
  private Badge() {}

  static String svg(String label, String value, String level) {
    String color =
        switch (level) {
          case "ok" -> "#2e7d32";
          case "warning" -> "#8a6100";
          default -> "#c62828";
        };
    int lw = width(label);
    int vw = width(value);
    int w = lw + vw;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"20\" role=\"img\" aria-label=\"" + handbook.render.Html.escape(label) + ": " + handbook.render.Html.escape(value) + "\">"
        + "<title>" + handbook.render.Html.escape(label) + ": " + handbook.render.Html.escape(value) + "</title>"
        + "<rect width=\"" + lw + "\" height=\"20\" rx=\"3\" fill=\"#555\"/>"
        + "<rect x=\"" + lw + "\" width=\"" + vw + "\" height=\"20\" rx=\"3\" fill=\"" + color + "\"/>"
        + "<rect x=\"" + (lw - 3) + "\" width=\"6\" height=\"20\" fill=\"" + color + "\"/>"
        + "<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">"
        + "<text x=\"" + (lw / 2) + "\" y=\"14\">" + handbook.render.Html.escape(label) + "</text>"
        + "<text x=\"" + (lw + vw / 2) + "\" y=\"14\">" + handbook.render.Html.escape(value) + "</text>"
        + "</g></svg>\n";
  }

  /** An estimate of the text width in Verdana 11px, plus padding. */
  static int width(String s) {
    return (int) Math.round(s.length() * 7.0) + 12;
  }

}
