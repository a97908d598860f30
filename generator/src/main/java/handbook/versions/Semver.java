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
    return pa.compareTo(pb);
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
