package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ranges answer as a scan of every range would, before and after each change. */
class RangesTest {
  private static boolean scan(List<int[]> ranges, int offset) {
    for (int[] r : ranges) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean scanMeets(List<int[]> ranges, int from, int to) {
    for (int[] r : ranges) {
      if (r[0] < to && r[1] > from && r[1] > r[0]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void overlappingEmptyAndUnsortedRangesAnswerAsAScan() {
    Random random = new Random(46);
    for (int round = 0; round < 200; round++) {
      Ranges ranges = new Ranges();
      List<int[]> plain = new ArrayList<>();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        int start = random.nextInt(300);
        int[] r = {start, start + random.nextInt(20) - 2};
        ranges.add(r);
        plain.add(r);
        if (i % 7 == 0) {
          // asked between changes: the index is made again after the next one
          int at = random.nextInt(320);
          assertEquals(scan(plain, at), ranges.contains(at), "at " + at);
        }
      }
      if (n > 3 && round % 2 == 0) {
        ranges.remove(1);
        plain.remove(1);
        ranges.removeIf(r -> r[0] % 5 == 0);
        plain.removeIf(r -> r[0] % 5 == 0);
      }
      for (int at = -1; at < 330; at++) {
        assertEquals(scan(plain, at), ranges.contains(at), "at " + at);
        assertEquals(scan(plain, at), ForeignMarkers.inside(ranges, at));
        int to = at + random.nextInt(10) + 1;
        assertEquals(scanMeets(plain, at, to), ranges.meets(at, to), "[" + at + ", " + to + ")");
      }
    }
  }
}
