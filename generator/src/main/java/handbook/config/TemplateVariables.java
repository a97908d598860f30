package handbook.config;

import handbook.yaml.YamlNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values of a config that another tool's template expressions name before the Markdown is
 * read: each text, number or truth value under a mapping, by its path ({@code site.title},
 * {@code site.author.name}, {@code extra.version}). Lists and empty values are none.
 */
final class TemplateVariables {
  private TemplateVariables() {}

  /** How deep a path goes: a config's values are near its top. */
  private static final int DEPTH = 6;

  /** The values under {@code node}, each by {@code prefix} and its path. */
  static Map<String, String> of(YamlNode node, String prefix) {
    Map<String, String> out = new TreeMap<>();
    add(node, prefix, 0, out);
    return out;
  }

  private static void add(YamlNode node, String path, int depth, Map<String, String> out) {
    if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL && s.value() != null && !path.isEmpty()) {
      out.put(path, s.value());
    } else if (node instanceof YamlNode.Mapping m && depth < DEPTH) {
      for (YamlNode.Mapping.Entry e : m.entries().values()) {
        if (e.key().matches("[A-Za-z_]\\w*")) {
          add(e.value(), path.isEmpty() || path.endsWith(".") ? path + e.key() : path + "." + e.key(), depth + 1, out);
        }
      }
    }
  }
}
