package handbook.cache;

import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A map that keeps, across runs of a long-lived process ({@code serve}), what the last run used:
 * this run's entries, and the last run's, moved over when used again. {@link #endRun} forgets
 * what this run did not use by dropping the last run's map, not by looking up every key (which
 * showed in a profile of {@code serve} on 10,000 pages). Safe for threads within a run when its
 * maps are; {@link #endRun} is called between runs.
 */
public final class RunMap<K, V> {
  private final IntFunction<Map<K, V>> maps;
  private Map<K, V> now;
  private Map<K, V> earlier;

  /**
   * @param maps makes an empty map for about as many entries as it is given (concurrent when a
   *     run uses it from several threads): a run's map is made for as many as the last run used
   *     (growing a map of 10,000 entries from empty showed in a profile of {@code serve})
   */
  public RunMap(IntFunction<Map<K, V>> maps) {
    this.maps = maps;
    this.now = maps.apply(0);
    this.earlier = maps.apply(0);
  }

  /** The value of {@code key} in this run or the last, or null; a value of the last run is kept for the next. */
  public V get(K key) {
    V v = now.get(key);
    if (v == null) {
      v = earlier.get(key);
      if (v != null) {
        V other = now.putIfAbsent(key, v);
        v = other != null ? other : v;
      }
    }
    return v;
  }

  /** The value of {@code key} in this run or the last, else {@code make}'s (made once where the map is concurrent). */
  public V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
    V v = get(key);
    return v != null ? v : now.computeIfAbsent(key, make);
  }

  public void put(K key, V value) {
    now.put(key, value);
  }

  /** This run's entries (those it used, read or made). */
  public Map<K, V> used() {
    return now;
  }

  /** Every value held: this run's, then those of the last run not used again. */
  public java.util.List<V> values() {
    java.util.List<V> all = new java.util.ArrayList<>(now.values());
    earlier.forEach((k, v) -> {
      if (!now.containsKey(k)) {
        all.add(v);
      }
    });
    return all;
  }

  /** Forgets what this run did not use; the next run starts. */
  public void endRun() {
    earlier = now;
    now = maps.apply(earlier.size());
  }

  /** How many entries it holds (this run's and the last's). */
  public int size() {
    return now.size() + earlier.size();
  }
}
