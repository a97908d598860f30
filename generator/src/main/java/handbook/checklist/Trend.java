package handbook.checklist;

import handbook.content.Fact;
import handbook.content.PageContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The readiness score of each version as a line chart drawn on the server: an SVG with a title
 * and a description, and a table of the same numbers for screen readers and print.
 */
public final class Trend {
  /** One point: a version, its score in per cent, and the score as the site's language writes it. */
  public record Point(String label, double percent, String display) {}

  /** The chart's view: the SVG markup (built here, not from content) and the points. */
  public record TrendView(String svg, List<Point> points) {}

  private Trend() {}

  static List<Point> points(PageContext.VersionFacts versions, Numbers numbers) {
    List<Point> out = new ArrayList<>();
    for (int i = 0; i < versions.labels().size(); i++) {
      for (Fact f : versions.facts().get(i)) {
        if (f.group().equals("checklist-score")) {
          double pct = Double.parseDouble(f.values().get("percent"));
          String points = f.values().get("points");
          String max = f.values().get("max");
          String display = points == null || max == null ? f.fingerprint() : numbers.total(Double.parseDouble(points), Integer.parseInt(max), pct);
          out.add(new Point(versions.labels().get(i), pct, display));
        }
      }
    }
    return out;
  }

  /** The chart, or null with fewer than two versions that have a checklist. */
  static TrendView of(PageContext.VersionFacts versions, String title, Numbers numbers) {
    if (versions == null || !versions.showTrend()) {
      return null;
    }
    List<Point> pts = points(versions, numbers);
    if (pts.size() < 2) {
      return null;
    }
    int w = 640;
    int h = 220;
    int left = 44;
    int right = 16;
    int top = 16;
    int bottom = 40;
    double step = (w - left - right) / (double) (pts.size() - 1);
    StringBuilder b = new StringBuilder();
    b.append("<svg class=\"trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" role=\"img\" aria-labelledby=\"trend-title trend-desc\">");
    b.append("<title id=\"trend-title\">").append(handbook.render.Html.escape(title)).append("</title>");
    b.append("<desc id=\"trend-desc\">");
    for (int i = 0; i < pts.size(); i++) {
      b.append(i > 0 ? ", " : "").append(handbook.render.Html.escape(pts.get(i).label())).append(": ").append(handbook.render.Html.escape(numbers.percent(pts.get(i).percent())));
    }
    b.append("</desc>");
    for (int pct = 0; pct <= 100; pct += 25) {
      double y = top + (h - top - bottom) * (1 - pct / 100.0);
      b.append("<line class=\"trend-grid\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
      b.append("<text class=\"trend-axis\" x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\">").append(pct).append("</text>");
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < pts.size(); i++) {
      double x = left + step * i;
      double y = top + (h - top - bottom) * (1 - pts.get(i).percent() / 100.0);
      line.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
    }
    b.append("<path class=\"trend-line\" d=\"").append(line).append("\"/>");
    for (int i = 0; i < pts.size(); i++) {
      double x = left + step * i;
      double y = top + (h - top - bottom) * (1 - pts.get(i).percent() / 100.0);
      b.append("<circle class=\"trend-point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\"/>");
      b.append("<text class=\"trend-label\" x=\"").append(fmt(x)).append("\" y=\"").append(h - bottom + 18).append("\" text-anchor=\"middle\">").append(handbook.render.Html.escape(pts.get(i).label())).append("</text>");
      b.append("<text class=\"trend-value\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 9)).append("\" text-anchor=\"middle\">").append(handbook.render.Html.escape(numbers.number(pts.get(i).percent()))).append("</text>");
    }
    b.append("</svg>");
    return new TrendView(b.toString(), pts);
  }

  private static String fmt(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

}
