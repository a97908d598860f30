package handbook.markdown;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A list kept as it was stored until it is first read: a cached body whose search sections a
 * build does not need (a page it does not render again) is never decoded. Unmodifiable.
 */
public final class StoredList<T> extends AbstractList<T> implements java.util.RandomAccess {
  private final Supplier<List<T>> decode;
  private volatile List<T> items;

  /** @param decode makes the list; called once, on first read */
  public StoredList(Supplier<List<T>> decode) {
    this.decode = decode;
  }

  private List<T> items() {
    List<T> i = items;
    if (i == null) {
      synchronized (this) {
        i = items;
        if (i == null) {
          i = List.copyOf(decode.get());
          items = i;
        }
      }
    }
    return i;
  }

  @Override
  public T get(int index) {
    return items().get(index);
  }

  @Override
  public int size() {
    return items().size();
  }
}
