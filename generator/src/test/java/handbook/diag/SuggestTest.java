package handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestTest {
  @Test
  void theClosestPathIsSuggestedWhenItIsCloseEnough() {
    List<String> paths = List.of("docs/drift/backup.md", "docs/drift/deploy.md", "docs/index.md");
    assertEquals("docs/drift/backup.md", Suggest.closest("docs/drift/bakcup.md", paths));
    assertEquals("docs/drift/deploy.md", Suggest.closest("DOCS/drift/deploy.md", paths), "case is not a difference");
    assertNull(Suggest.closest("docs/other/thing.md", paths));
  }

  @Test
  void theBoundedSearchChoosesAsMeasuringEveryCandidateWhollyWould() {
    Random r = new Random(11);
    String letters = "abcAB/.-\u0130";
    for (int t = 0; t < 3000; t++) {
      String wrong = word(r, letters, 1 + r.nextInt(14));
      List<String> candidates = new ArrayList<>();
      for (int i = r.nextInt(12); i > 0; i--) {
        // some near the wrong one (an edit or two away), some anything
        candidates.add(r.nextBoolean() ? word(r, letters, r.nextInt(16)) : edited(r, wrong, letters));
      }
      assertEquals(closestByFullDistance(wrong, candidates), Suggest.closest(wrong, candidates), () -> wrong + " among " + candidates);
      String a = word(r, letters, r.nextInt(12));
      String b = word(r, letters, r.nextInt(12));
      int full = Suggest.distance(a, b);
      int bound = r.nextInt(6);
      int bounded = Suggest.distance(a, b, bound);
      assertTrue(full <= bound ? bounded == full : bounded > bound, () -> a + " / " + b + ": " + full + ", bound " + bound + ": " + bounded);
    }
  }

  /** What {@link Suggest#closest} chose before it bounded its search: the nearest by full distance (then by name), if near enough. */
  private static String closestByFullDistance(String wrong, List<String> candidates) {
    String w = wrong.toLowerCase(Locale.ROOT);
    java.util.function.ToIntFunction<String> far = c -> Suggest.distance(w, c.toLowerCase(Locale.ROOT));
    return candidates.stream()
        .min(java.util.Comparator.comparingInt(far).thenComparing(java.util.Comparator.naturalOrder()))
        .filter(best -> far.applyAsInt(best) <= Math.max(2, Math.min(wrong.length(), best.length()) / 3))
        .orElse(null);
  }

  private static String word(Random r, String letters, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }

  private static String edited(Random r, String s, String letters) {
    StringBuilder b = new StringBuilder(s);
    for (int k = 1 + r.nextInt(3); k > 0; k--) {
      int at = r.nextInt(b.length() + 1);
      switch (r.nextInt(3)) {
        case 0 -> b.insert(at, letters.charAt(r.nextInt(letters.length())));
        case 1 -> {
          if (at < b.length()) {
            b.deleteCharAt(at);
          }
        }
        default -> {
          if (at < b.length()) {
            b.setCharAt(at, letters.charAt(r.nextInt(letters.length())));
          }
        }
      }
    }
    return b.toString();
  }
}
