package handbook.yaml;

import handbook.diag.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value and its 1-based position in the file it came from: the file its reader was given,
 * unless {@link #file} names another (a value an MkDocs config inherits from its parent's file).
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Seq, YamlNode.Mapping {
  int line();

  int column();

  /** The file the node was read from when it is not the one its reader was given; else null. */
  String file();

  /** Its position: in {@code file}, or in the file it was read from when that is another. */
  default Span span(String file) {
    return Span.at(file() != null ? file() : file, line(), column());
  }

  /** The same node, it and its parts read from {@code file} where they name no other. */
  YamlNode from(String file);

  /** A plain Java view: String, Long, Double, Boolean, null, List or Map. */
  Object toPlain();

  /** What the node is, for messages: "a string", "a list", "a map". */
  String describe();

  /** A scalar; {@code value} is its text, null for YAML null; {@code type} what YAML made of it. */
  record Scalar(String value, Type type, int line, int column, String file) implements YamlNode {
    public Scalar(String value, Type type, int line, int column) {
      this(value, type, line, column, null);
    }

    @Override
    public Scalar from(String file) {
      return this.file != null ? this : new Scalar(value, type, line, column, file);
    }

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

  record Seq(List<YamlNode> items, int line, int column, String file) implements YamlNode {
    public Seq(List<YamlNode> items, int line, int column) {
      this(items, line, column, null);
    }

    @Override
    public Seq from(String file) {
      return new Seq(items.stream().map(i -> i.from(file)).toList(), line, column, this.file != null ? this.file : file);
    }

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
  record Mapping(Map<String, Entry> entries, int line, int column, String file) implements YamlNode {
    public Mapping(Map<String, Entry> entries, int line, int column) {
      this(entries, line, column, null);
    }

    /** A key and its value; {@code file} as a node's. */
    public record Entry(String key, int keyLine, int keyColumn, YamlNode value, String file) {
      public Entry(String key, int keyLine, int keyColumn, YamlNode value) {
        this(key, keyLine, keyColumn, value, null);
      }

      /** The key's position, as {@link YamlNode#span}. */
      public Span keySpan(String file) {
        return Span.at(this.file != null ? this.file : file, keyLine, keyColumn);
      }

      Entry from(String file) {
        return new Entry(key, keyLine, keyColumn, value.from(file), this.file != null ? this.file : file);
      }
    }

    /**
     * These settings under {@code child}'s, as MkDocs and Hugo merge configs: this map's keys
     * (in their order, then the child's new ones), each with the child's value where both have
     * one, maps merged key by key, other values replaced; {@code anyCase}: keys equal in any case
     * are one key (the child's spelling kept), as Hugo reads them.
     */
    public Mapping mergedWith(Mapping child, boolean anyCase) {
      Map<String, Entry> out = new LinkedHashMap<>();
      java.util.Set<String> taken = new java.util.HashSet<>();
      entries.forEach((key, before) -> {
        Entry e = child.entries.get(key);
        if (e == null && anyCase) {
          e = child.entries.values().stream().filter(c -> c.key().equalsIgnoreCase(key)).findFirst().orElse(null);
        }
        if (e == null) {
          out.put(key, before);
          return;
        }
        taken.add(e.key());
        out.put(e.key(), before.value() instanceof Mapping p && e.value() instanceof Mapping c ? new Entry(e.key(), e.keyLine(), e.keyColumn(), p.mergedWith(c, anyCase), e.file()) : e);
      });
      child.entries.forEach((key, e) -> {
        if (!taken.contains(key)) {
          out.putIfAbsent(key, e);
        }
      });
      return new Mapping(java.util.Collections.unmodifiableMap(out), child.line(), child.column(), child.file());
    }

    @Override
    public Mapping from(String file) {
      // (a merged map names the file of its own place, its parts theirs: each is asked)
      Map<String, Entry> m = new LinkedHashMap<>();
      entries.forEach((k, e) -> m.put(k, e.from(file)));
      return new Mapping(java.util.Collections.unmodifiableMap(m), line, column, this.file != null ? this.file : file);
    }

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
