package handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunMapTest {
  @Test
  void aRunKeepsWhatItUsedAndForgetsTheRest() {
    RunMap<String, String> m = new RunMap<>(ConcurrentHashMap::new);
    m.put("a", "1");
    m.put("b", "2");
    m.endRun();
    assertEquals(2, m.size());
    // the next run uses a only
    assertEquals("1", m.get("a"));
    m.endRun();
    assertEquals(1, m.size());
    assertEquals("1", m.get("a"));
    assertNull(m.get("b"));
  }

  @Test
  void aValueOfTheLastRunIsTheSameObjectAndNotMadeAgain() {
    RunMap<String, Object> m = new RunMap<>(ConcurrentHashMap::new);
    AtomicInteger made = new AtomicInteger();
    Object first = m.computeIfAbsent("k", k -> new Object[] {made.incrementAndGet()});
    assertSame(first, m.computeIfAbsent("k", k -> new Object[] {made.incrementAndGet()}));
    m.endRun();
    assertSame(first, m.computeIfAbsent("k", k -> new Object[] {made.incrementAndGet()}));
    assertEquals(1, made.get());
    assertEquals(1, m.used().size());
  }
}
