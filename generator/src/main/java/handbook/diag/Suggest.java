package handbook.diag;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" suggestions by edit distance. */
public final class Suggest {
  private Suggest() {}

  /** The candidate closest to {@code wrong}, or null when none is close enough to help. */
  public static String closest(String wrong, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = wrong.toLowerCase(Locale.ROOT);
    // no candidate further than this is close enough (see the limit below): those are not measured
    int cap = Math.max(2, wrong.length() / 3);
    for (String c : candidates) {
      int bound = Math.min(cap, bestDistance);
      String lower = c.toLowerCase(Locale.ROOT);
      if (Math.abs(lower.length() - w.length()) > bound) {
        continue;
      }
      int d = distance(w, lower, bound);
      if (d > bound) {
        continue;
      }
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        bestDistance = d;
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    int limit = Math.max(2, Math.min(wrong.length(), best.length()) / 3);
    return bestDistance <= limit ? best : null;
  }

  /** Levenshtein distance when it is at most {@code bound}, else a number above it. */
  static int distance(String a, String b, int bound) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int least = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        least = Math.min(least, cur[j]);
      }
      if (least > bound) {
        return bound + 1; // every later row is at least as far
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE - 1);
  }
}
