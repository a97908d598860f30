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
    mustKeep = Set.copyOf(mustKeep);
    mustNotAdd = Set.copyOf(mustNotAdd);
    values = Map.copyOf(values);
  }

  public static Fact simple(String group, String key, String title, String url, String fingerprint) {
    return new Fact(group, key, title, url, fingerprint, Set.of(), Set.of(), Map.of());
  }
}
