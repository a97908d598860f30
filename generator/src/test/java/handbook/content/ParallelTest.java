package handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void mapKeepsTheOrderOfTheList() {
    List<Integer> in = IntStream.range(0, 1000).boxed().toList();
    assertEquals(in.stream().map(i -> i * 3).toList(), Parallel.map(in, i -> i * 3));
    assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
    assertEquals(List.of("a"), Parallel.map(List.of(1), i -> "a"));
  }

  @Test
  void mapKeepsNulls() {
    List<String> out = Parallel.map(List.of(1, 2, 3), i -> i == 2 ? null : "x" + i);
    List<String> expected = new ArrayList<>();
    expected.add("x1");
    expected.add(null);
    expected.add("x3");
    assertEquals(expected, out);
  }

  @Test
  void forEachVisitsEveryItemOnceAlsoWhenNested() {
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    List<Integer> outer = IntStream.range(0, 40).boxed().toList();
    Parallel.forEach(outer, o -> Parallel.forEach(IntStream.range(0, 25).boxed().toList(), i -> assertEquals(true, seen.add(o * 25 + i))));
    assertEquals(1000, seen.size());
  }

  @Test
  void aFailureReachesTheCaller() {
    List<Integer> in = IntStream.range(0, 100).boxed().toList();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Parallel.forEach(in, i -> {
          if (i == 77) {
            throw new IllegalStateException("item 77");
          }
        }));
    String messages = e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
    assertEquals(true, messages.contains("item 77"), messages);
  }
}
