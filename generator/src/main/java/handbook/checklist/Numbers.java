package handbook.checklist;

import java.util.Map;

/**
 * Numbers written the way the site's language writes them, with the decimal mark and the per cent
 * pattern from the UI strings ({@code checklist.decimal}, {@code checklist.percent}): {@code 17,5 %}
 * in Norwegian, {@code 17.5%} in English. Attribute values and JSON keep the plain form.
 */
final class Numbers {
  private final String decimal;
  private final String percent;

  Numbers(Map<String, String> strings) {
    this.decimal = strings.getOrDefault("checklist.decimal", ".");
    this.percent = strings.getOrDefault("checklist.percent", "{0}%");
  }

  /** {@code 17.5} → {@code 17,5}; {@code 14.0} → {@code 14}. */
  String number(double v) {
    return Scores.number(v).replace(".", decimal);
  }

  /** {@code 17.5} → {@code 17,5 %}. */
  String percent(double v) {
    return percent.replace("{0}", number(v));
  }

  /** The total in the seed's form, localised: {@code 14/80 (17,5 %)}. */
  String total(double points, int max, double pct) {
    return number(points) + "/" + max + " (" + percent(pct) + ")";
  }
}
