package handbook.versions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders version labels like {@code v1.2}, {@code v1.10.0}, {@code 2.0.0-rc.1} by semantic version. */
public final class Semver {
  private static final Pattern NUM = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:-([0-9A-Za-z.-]+))?");

  private Semver() {}

  /** Oldest first; labels without numbers sort first, by name. */
  public static final Comparator<String> ORDER = Semver::compare;

  public static int compare(String a, String b) {
    List<Object> x = key(a);
    List<Object> y = key(b);
    if (x == null || y == null) {
      return x == null && y == null ? a.compareTo(b) : x == null ? -1 : 1;
    }
    for (int i = 0; i < 3; i++) {
      int c = Long.compare((Long) x.get(i), (Long) y.get(i));
      if (c != 0) {
        return c;
      }
    }
    String pa = (String) x.get(3);
    String pb = (String) y.get(3);
    if (pa == null || pb == null) {
      return pa == null && pb == null ? a.compareTo(b) : pa == null ? 1 : -1;
    }
    int c = comparePreRelease(pa, pb);
    return c != 0 ? c : a.compareTo(b);
  }

  /**
   * SemVer 2.0.0, section 11: pre-release identifiers compare one by one from the left; numeric
   * ones as numbers and lower than alphanumeric ones, others in ASCII order; a shorter list that
   * is a prefix of a longer one comes first.
   */
  static int comparePreRelease(String a, String b) {
    String[] x = a.split("\\.", -1);
    String[] y = b.split("\\.", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean nx = x[i].matches("\\d+");
      boolean ny = y[i].matches("\\d+");
      int c;
      if (nx && ny) {
        c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
      } else if (nx || ny) {
        c = nx ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static List<Object> key(String label) {
    Matcher m = NUM.matcher(label);
    if (!m.find()) {
      return null;
    }
    List<Object> k = new ArrayList<>();
    for (int g = 1; g <= 3; g++) {
      k.add(m.group(g) == null ? 0L : Long.parseLong(m.group(g)));
    }
    k.add(m.group(4));
    return k;
  }
}
