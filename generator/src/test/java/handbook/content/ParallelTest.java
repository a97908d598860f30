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

  @Test
  void theCallerTakesTheItemsLeftWhileAPoolThreadIsOnALongOne() throws Exception {
    // the pool's thread stays on its first item until the caller has done every other: where
    // the caller could not take over what a pool thread took, it would wait and this would not end
    Thread caller = Thread.currentThread();
    int n = 64;
    java.util.concurrent.CountDownLatch poolStarted = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch othersDone = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger byCaller = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger byPool = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    Parallel.forEach(IntStream.range(0, n).boxed().toList(), i -> {
      assertEquals(true, seen.add(i));
      try {
        if (Thread.currentThread() == caller) {
          // (the first item waits until a pool thread has taken one)
          if (byCaller.get() == 0 && !poolStarted.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            timedOut.set(true);
          }
          if (byCaller.incrementAndGet() == n - 1) {
            othersDone.countDown();
          }
        } else if (byPool.incrementAndGet() == 1) {
          poolStarted.countDown();
          if (!othersDone.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            timedOut.set(true);
          }
        }
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertEquals(n, seen.size());
    assertEquals(false, timedOut.get());
    assertEquals(1, byPool.get());
    assertEquals(n - 1, byCaller.get());
  }

  @Test
  void theCallerDoesEverythingWhenThePoolIsBusy() throws Exception {
    // every thread of the pool blocked: the caller takes every item and waits for no helper
    int threads = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism();
    java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(threads);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<?>> blockers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      blockers.add(java.util.concurrent.ForkJoinPool.commonPool().submit(() -> {
        busy.countDown();
        release.await();
        return null;
      }));
    }
    try {
      assertEquals(true, busy.await(30, java.util.concurrent.TimeUnit.SECONDS));
      Set<Integer> seen = ConcurrentHashMap.newKeySet();
      // (run on a thread of the timeout's, which is then the caller)
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
        Thread caller = Thread.currentThread();
        Parallel.forEach(IntStream.range(0, 100).boxed().toList(), i -> {
          assertEquals(true, seen.add(i));
          assertEquals(caller, Thread.currentThread());
        });
      });
      assertEquals(100, seen.size());
    } finally {
      release.countDown();
    }
    for (java.util.concurrent.Future<?> b : blockers) {
      b.get(30, java.util.concurrent.TimeUnit.SECONDS);
    }
  }

  @Test
  void rangeVisitsEveryIndexOnce() {
    int[] counts = new int[500];
    Parallel.range(500, i -> {
      synchronized (counts) {
        counts[i]++;
      }
    });
    assertEquals(true, java.util.Arrays.stream(counts).allMatch(c -> c == 1));
    Parallel.range(0, i -> {
      throw new IllegalStateException("no index");
    });
  }
}
