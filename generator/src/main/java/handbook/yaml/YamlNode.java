package handbook.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value and its 1-based position in the file it came from. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Seq, YamlNode.Mapping {
  int line();

  int column();

  /** A plain Java view: String, Long, Double, Boolean, null, List or Map. */
  Object toPlain();

  /** What the node is, for messages: "a string", "a list", "a map". */
  String describe();

  /** A scalar; {@code value} is its text, null for YAML null; {@code type} what YAML made of it. */
  record Scalar(String value, Type type, int line, int column) implements YamlNode {
    public enum Type {
      STRING,
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL
    }

    @Override
    public Object toPlain() {
      return switch (type) {
        case STRING -> value;
        case INTEGER -> {
          try {
            yield Long.parseLong(value);
          } catch (NumberFormatException e) {
            yield value;
          }
        }
        case FLOAT -> Double.parseDouble(value);
        case BOOLEAN -> Boolean.parseBoolean(value);
        case NULL -> null;
      };
    }

    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "a string";
        case INTEGER -> "an integer";
        case FLOAT -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "nothing";
      };
    }
  }

  record Seq(List<YamlNode> items, int line, int column) implements YamlNode {
    @Override
    public Object toPlain() {
      return items.stream().map(YamlNode::toPlain).toList();
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A map; keys keep their file order and their own positions. */
  record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
    public record Entry(String key, int keyLine, int keyColumn, YamlNode value) {}

    public YamlNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    @Override
    public Object toPlain() {
      Map<String, Object> m = new LinkedHashMap<>();
      entries.forEach((k, e) -> m.put(k, e.value().toPlain()));
      return m;
    }

    @Override
    public String describe() {
      return "a map";
    }
  }
}
