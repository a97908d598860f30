package handbook.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Ranges of a text ({@code [start, end)}), as {@link ForeignMarkers#inside} reads them: a list
 * that answers whether an offset is in one of them by a binary search over their union, made
 * again once it is asked often after a change (until then, by a scan: where ranges are added
 * between questions, as a loop that adds what it finds does, the union is not sorted again for
 * each). A page of thousands of code spans or template blocks, each marker of it asking, is then
 * not a scan of them all per marker.
 */
final class Ranges extends ArrayList<int[]> {
  /** Starts and ends of the union, sorted; null until asked after a change. */
  private transient int[] starts;
  private transient int[] ends;
  /** Questions asked since the last change, answered by a scan. */
  private transient int unsorted;
  /** How many questions after a change are answered by a scan before the union is sorted. */
  private static final int SCANS = 32;

  Ranges() {}

  Ranges(Collection<int[]> of) {
    super(of);
  }

  /** Whether {@code offset} is in one of the ranges. */
  boolean contains(int offset) {
    if (size() < 16 || starts == null && unsorted++ < SCANS) {
      for (int[] r : this) {
        if (offset >= r[0] && offset < r[1]) {
          return true;
        }
      }
      return false;
    }
    if (starts == null) {
      index();
    }
    int i = Arrays.binarySearch(starts, offset);
    int at = i >= 0 ? i : -i - 2;
    return at >= 0 && offset < ends[at];
  }

  /** Whether one of the ranges meets {@code [from, to)}. */
  boolean meets(int from, int to) {
    if (starts == null) {
      index();
    }
    // the first of the union that ends after from
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < starts.length && starts[lo] < to;
  }

  private void index() {
    int[][] sorted = toArray(new int[0][]);
    Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
    int[] s = new int[sorted.length];
    int[] e = new int[sorted.length];
    int n = 0;
    for (int[] r : sorted) {
      if (r[1] <= r[0]) {
        continue;
      }
      if (n > 0 && r[0] <= e[n - 1]) {
        e[n - 1] = Math.max(e[n - 1], r[1]);
      } else {
        s[n] = r[0];
        e[n] = r[1];
        n++;
      }
    }
    starts = Arrays.copyOf(s, n);
    ends = Arrays.copyOf(e, n);
  }

  private void changed() {
    starts = null;
    ends = null;
    unsorted = 0;
  }

  @Override
  public boolean add(int[] r) {
    changed();
    return super.add(r);
  }

  @Override
  public void add(int index, int[] r) {
    changed();
    super.add(index, r);
  }

  @Override
  public boolean addAll(Collection<? extends int[]> c) {
    changed();
    return super.addAll(c);
  }

  @Override
  public boolean addAll(int index, Collection<? extends int[]> c) {
    changed();
    return super.addAll(index, c);
  }

  @Override
  public int[] set(int index, int[] r) {
    changed();
    return super.set(index, r);
  }

  @Override
  public int[] remove(int index) {
    changed();
    return super.remove(index);
  }

  @Override
  public boolean remove(Object o) {
    changed();
    return super.remove(o);
  }

  @Override
  public boolean removeIf(Predicate<? super int[]> filter) {
    changed();
    return super.removeIf(filter);
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    changed();
    return super.removeAll(c);
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    changed();
    return super.retainAll(c);
  }

  @Override
  public void clear() {
    changed();
    super.clear();
  }

  @Override
  protected void removeRange(int from, int to) {
    changed();
    super.removeRange(from, to);
  }

  @Override
  public void replaceAll(java.util.function.UnaryOperator<int[]> operator) {
    changed();
    super.replaceAll(operator);
  }
}
