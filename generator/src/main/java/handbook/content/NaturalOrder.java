package handbook.content;

import java.text.Collator;
import java.util.Comparator;

/**
 * Orders names as a reader counts: runs of digits by their value ({@code Example 65} before
 * {@code Example 649}, {@code 2} before {@code 10}), everything else by the language's collator.
 * Names equal that way are ordered by the collator on the whole name.
 */
public final class NaturalOrder implements Comparator<String> {
  private final Collator collator;

  public NaturalOrder(Collator collator) {
    this.collator = collator;
  }

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ei = end(a, i);
      int ej = end(b, j);
      boolean da = Character.isDigit(a.charAt(i));
      boolean db = Character.isDigit(b.charAt(j));
      int c;
      if (da && db) {
        c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
      } else {
        c = collator.compare(a.substring(i, ei), b.substring(j, ej));
      }
      if (c != 0) {
        return c;
      }
      i = ei;
      j = ej;
    }
    if (i < a.length() || j < b.length()) {
      return i < a.length() ? 1 : -1;
    }
    return collator.compare(a, b);
  }

  /** The end of the run of digits, or of other characters, that starts at {@code from}. */
  private static int end(String s, int from) {
    boolean digit = Character.isDigit(s.charAt(from));
    int k = from + 1;
    while (k < s.length() && Character.isDigit(s.charAt(k)) == digit) {
      k++;
    }
    return k;
  }

  private static int compareNumbers(String x, String y) {
    String a = x.replaceFirst("^0+(?=.)", "");
    String b = y.replaceFirst("^0+(?=.)", "");
    if (a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    for (int k = 0; k < a.length(); k++) {
      int c = Integer.compare(Character.digit(a.charAt(k), 10), Character.digit(b.charAt(k), 10));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length(), y.length());
  }
}
