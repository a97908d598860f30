package handbook.content;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work on every item of a list on all cores, the calling thread included, in the common pool.
 * Every thread takes the next item not taken yet, one at a time, until none is left: when the
 * costly items bunch together (the few changed pages of a version, the one large spec) the other
 * threads take the rest. Unlike a fork-join split of the list, where a thread outside the pool
 * (the build's main thread) cannot take over a half another thread took and waits for all of
 * it, no thread waits for more than the one item each other thread is on.
 */
public final class Parallel {
  private Parallel() {}

  /** {@code f} of every item, in the list's order. */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    Object[] out = new Object[items.size()];
    run(items, (i, item) -> out[i] = f.apply(item));
    @SuppressWarnings("unchecked")
    List<R> result = (List<R>) java.util.Collections.unmodifiableList(Arrays.asList(out));
    return result;
  }

  /** Runs {@code f} on every item, in no particular order. */
  public static <T> void forEach(List<T> items, Consumer<? super T> f) {
    run(items, (i, item) -> f.accept(item));
  }

  /** Runs {@code step} on every item with its index, in no particular order. */
  public static <T> void forEachIndexed(List<T> items, Step<T> step) {
    run(items, step);
  }

  /** Runs {@code f} on every index from 0 to {@code n} (excluded), in no particular order. */
  public static void range(int n, IntConsumer f) {
    if (n > 0) {
      run(n, f);
    }
  }

  /** Work on one item of a list, at its index. */
  public interface Step<T> {
    void apply(int index, T item);
  }

  private static <T> void run(List<T> items, Step<T> step) {
    if (!items.isEmpty()) {
      run(items.size(), i -> step.apply(i, items.get(i)));
    }
  }

  private static void run(int n, IntConsumer step) {
    Work work = new Work(n, step);
    // a helper for each other thread of the pool, as far as there are items for them
    int others = Math.min(ForkJoinPool.getCommonPoolParallelism(), n - 1);
    Helper[] helpers = new Helper[others];
    for (int i = 0; i < others; i++) {
      helpers[i] = new Helper(work);
      helpers[i].fork();
    }
    work.take();
    // a helper no thread started yet is not waited for (it finds the work done if it runs later);
    // one that started is on its last item
    for (Helper h : helpers) {
      if (!h.started.compareAndSet(false, true)) {
        h.join();
      }
    }
    work.rethrow();
  }

  /** The indexes of one run and the next one not taken; the first failure, by index. */
  private static final class Work {
    private final int n;
    private final IntConsumer step;
    private final AtomicInteger next = new AtomicInteger();
    private Throwable failure;
    private int failedAt = Integer.MAX_VALUE;

    Work(int n, IntConsumer step) {
      this.n = n;
      this.step = step;
    }

    /** Takes indexes until none is left (or one failed: the others are not started). */
    void take() {
      for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
        try {
          step.accept(i);
        } catch (Throwable e) {
          failed(i, e);
          next.set(n);
        }
      }
    }

    private synchronized void failed(int index, Throwable e) {
      if (index < failedAt) {
        failedAt = index;
        failure = e;
      }
    }

    synchronized void rethrow() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
    }
  }

  /** Another thread's share of a run: it takes items as the caller does, once started. */
  private static final class Helper extends RecursiveAction {
    private final Work work;
    final AtomicBoolean started = new AtomicBoolean();

    Helper(Work work) {
      this.work = work;
    }

    @Override
    protected void compute() {
      if (started.compareAndSet(false, true)) {
        work.take();
      }
    }
  }
}
