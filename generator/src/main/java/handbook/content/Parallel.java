package handbook.content;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on every item of a list on all cores, the calling thread included, in the common pool.
 * Unlike a parallel stream, which cuts a list into a few large runs up front, the list is cut
 * down to single items: when the costly items bunch together (the few changed pages of a
 * version, the one large spec) the other threads take them over instead of waiting.
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

  /** Work on one item of a list, at its index. */
  public interface Step<T> {
    void apply(int index, T item);
  }

  private static <T> void run(List<T> items, Step<T> step) {
    if (!items.isEmpty()) {
      // invoke() runs the first half on this thread; forked halves wait in the pool for a thread
      new Part<>(items, step, 0, items.size()).invoke();
    }
  }

  private static final class Part<T> extends RecursiveAction {
    private final List<T> items;
    private final Step<T> step;
    private final int from;
    private final int to;

    Part(List<T> items, Step<T> step, int from, int to) {
      this.items = items;
      this.step = step;
      this.from = from;
      this.to = to;
    }

    @Override
    protected void compute() {
      if (to - from == 1) {
        step.apply(from, items.get(from));
        return;
      }
      int mid = (from + to) >>> 1;
      invokeAll(new Part<>(items, step, from, mid), new Part<>(items, step, mid, to));
    }
  }
}
