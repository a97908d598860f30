package handbook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
  /** A set emptied and filled again, text after text, answers as a new set of strings would. */
  @Test
  void reusedSetAnswersAsANewOne() {
    Random random = new Random(11);
    for (boolean fold : new boolean[] {false, true}) {
      WordSet set = new WordSet(4, fold);
      for (int text = 0; text < 300; text++) {
        set.clear();
        Set<String> model = new HashSet<>();
        // now and then a text with many words, so the tables grow past the size clear() keeps
        int words = text % 50 == 7 ? 20_000 : random.nextInt(200);
        for (int w = 0; w < words; w++) {
          String word = word(random, words > 1000 ? 6 : 2);
          char[] a = ("  " + word + " ").toCharArray();
          String key = fold ? word.toLowerCase(Locale.ROOT) : word;
          assertEquals(model.contains(key), set.contains(a, 2, 2 + word.length()), word);
          assertEquals(model.add(key), set.add(a, 2, 2 + word.length()), word);
          assertEquals(model.size(), set.size());
        }
      }
    }
  }

  private static String word(Random random, int maxLength) {
    char[] w = new char[1 + random.nextInt(maxLength)];
    for (int i = 0; i < w.length; i++) {
      w[i] = "abAB".charAt(random.nextInt(4));
    }
    return new String(w);
  }
}
