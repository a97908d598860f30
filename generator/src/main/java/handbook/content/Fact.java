package handbook.content;

import java.util.Map;
import java.util.Set;

/**
 * Something a version has, for comparing versions: a page, an API operation, a checklist item.
 * Two versions' facts with the same group and key are the same thing; a different fingerprint
 * means it changed. {@code mustKeep} lists parts whose removal breaks readers (response
 * properties, with their types); {@code mustNotAdd} parts whose addition does (required
 * parameters).
 */
public record Fact(
    String group,
    String key,
    String title,
    String url,
    String fingerprint,
    Set<String> mustKeep,
    Set<String> mustNotAdd,
    Map<String, String> values) {
  public Fact {
    // sorted: facts are compared and hashed across versions and runs
    mustKeep = sorted(mustKeep);
    mustNotAdd = sorted(mustNotAdd);
    values = values.isEmpty() ? java.util.Collections.emptySortedMap() : java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(values));
  }

  /** A sorted copy; the shared empty set for none (most facts have nothing to keep or add). */
  private static Set<String> sorted(Set<String> s) {
    return s.isEmpty() ? java.util.Collections.emptySortedSet() : java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(s));
  }

  public static Fact simple(String group, String key, String title, String url, String fingerprint) {
    return new Fact(group, key, title, url, fingerprint, Set.of(), Set.of(), Map.of());
  }
}
