package handbook.course;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as authors write them: {@code 2 t}, {@code 90 min}, {@code 1 t 30 min} (also
 * {@code time}/{@code timer}/{@code h} for hours and {@code m}/{@code minutter} for minutes).
 * They parse to whole minutes and print back in the short Norwegian (or English) form.
 */
public final class Durations {
  private Durations() {}

  private static final Pattern FORM =
      Pattern.compile(
          "(?:(\\d{1,3})\\s*(?:t|time|timer|h|hour|hours))?\\s*(?:(\\d{1,4})\\s*(?:min|m|minutt|minutter|minute|minutes))?");

  /** The minutes of a duration, or empty when the text is not one (or is zero). */
  public static OptionalInt parse(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = FORM.matcher(t);
    if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
      return OptionalInt.empty();
    }
    int minutes = (m.group(1) == null ? 0 : 60 * Integer.parseInt(m.group(1))) + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    return minutes > 0 ? OptionalInt.of(minutes) : OptionalInt.empty();
  }

  /** {@code 90} → {@code 1 t 30 min}; {@code hour} is the hour unit of the site's language. */
  public static String format(int minutes, String hour) {
    int h = minutes / 60;
    int m = minutes % 60;
    if (h == 0) {
      return m + " min";
    }
    return m == 0 ? h + " " + hour : h + " " + hour + " " + m + " min";
  }

  /** What a wrong duration should look like, for hints. */
  static final String HINT = "write it like `2 t`, `90 min` or `1 t 30 min`";
}
