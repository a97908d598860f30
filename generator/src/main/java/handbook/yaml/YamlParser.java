package handbook.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML text into a {@link YamlNode} tree with file positions. The text may be a block
 * inside a larger file (front matter): {@code firstLine} is the file line where it starts, so
 * every position and every error points into the file, not into the block. Aliases
 * ({@code *name}) are refused: Jackson does not expand them, and expanding them is how a few
 * lines of YAML become gigabytes.
 */
public final class YamlParser {
  /** The environment {@code !ENV} values are read from, or null where the tag is not followed. */
  private final java.util.function.Function<String, String> env;

  public YamlParser() {
    this(null);
  }

  /**
   * A parser that follows the {@code !ENV} tag as MkDocs does (its {@code pyyaml_env_tag}):
   * {@code !ENV NAME} is the variable's value, or null; {@code !ENV [A, B, default]} the first
   * variable of those set, else the last item. A value is typed as YAML types it
   * ({@code true} is a boolean).
   *
   * @param env a variable's value by its name, null when it is not set
   */
  public YamlParser(java.util.function.Function<String, String> env) {
    this.env = env;
  }

  /** Shared: a factory is thread-safe, and each new one sets up its symbol tables again. */
  private static final YAMLFactory FACTORY = new YAMLFactory();

  /** The result: the root node (null for an empty document) or the diagnostics that stopped it. */
  public record Result(YamlNode root, List<Diagnostic> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public Result parse(String text, String file, int firstLine) {
    YamlNode simple = env != null && text.contains("!ENV") ? null : SimpleYaml.parse(text, firstLine);
    if (simple != null) {
      return new Result(simple, new ArrayList<>());
    }
    return parseYaml(text, file, firstLine);
  }

  /** Shared, as {@link #FACTORY}. */
  private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

  /** Reads JSON into the same nodes (JSON is YAML, but a tab in its indentation is not); errors are {@code json.syntax}. */
  public Result parseJson(String text, String file) {
    List<Diagnostic> errors = new ArrayList<>();
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Result(null, errors);
      }
      YamlNode root = read(p, file, 1, errors);
      if (p.nextToken() != null) {
        JsonLocation loc = p.currentTokenLocation();
        errors.add(Diagnostic.error("json.syntax", Span.at(file, loc.getLineNr(), Math.max(1, loc.getColumnNr())), "invalid JSON: more after the value"));
        return new Result(null, errors);
      }
      return new Result(root, errors);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
      int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().strip().split("\n", 2)[0];
      errors.add(Diagnostic.error("json.syntax", Span.at(file, line, col), "invalid JSON: " + m));
      return new Result(null, errors);
    } catch (IOException e) {
      errors.add(Diagnostic.error("json.syntax", Span.file(file), "invalid JSON: " + e.getMessage()));
      return new Result(null, errors);
    }
  }

  /** The same, always through the YAML parser (which {@link SimpleYaml} is tested against). */
  Result parseYaml(String text, String file, int firstLine) {
    List<Diagnostic> errors = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Result(null, errors);
      }
      YamlNode root = read(p, file, firstLine, errors);
      return new Result(root, errors);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null ? firstLine : loc.getLineNr() + firstLine - 1;
      int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      errors.add(
          Diagnostic.error("yaml.syntax", Span.at(file, line, col), "invalid YAML: " + clean(e)));
      return new Result(null, errors);
    } catch (IOException e) {
      errors.add(Diagnostic.error("yaml.syntax", Span.file(file), "invalid YAML: " + e.getMessage()));
      return new Result(null, errors);
    }
  }

  private static String clean(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "unreadable";
    }
    m = m.strip();
    int nl = m.indexOf('\n');
    String first = nl < 0 ? m : m.substring(0, nl);
    // SnakeYAML messages look like "while scanning ... \n in 'reader', line 3 ...\nproblem"
    String[] lines = m.split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      String l = lines[i].strip();
      if (!l.isEmpty() && !l.startsWith("in 'reader'") && !l.startsWith("^") && !l.startsWith("at [")) {
        return l.equals(first) ? first : first + ": " + l;
      }
    }
    return first;
  }

  private YamlNode read(JsonParser p, String file, int firstLine, List<Diagnostic> errors)
      throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr() + firstLine - 1;
    int col = Math.max(1, loc.getColumnNr());
    JsonToken t = p.currentToken();
    if (env != null && p instanceof YAMLParser tagged && "ENV".equals(tagged.getTypeId())) {
      YamlNode written = readValue(p, file, firstLine, errors, line, col, t);
      return fromEnvironment(written, line, col);
    }
    return readValue(p, file, firstLine, errors, line, col, t);
  }

  /** What an {@code !ENV} node stands for (see {@link #YamlParser(java.util.function.Function)}), at its place. */
  private YamlNode fromEnvironment(YamlNode written, int line, int col) {
    List<YamlNode> names = written instanceof YamlNode.Seq s ? s.items() : List.of(written);
    YamlNode fallback = null;
    if (names.size() > 1) {
      fallback = names.get(names.size() - 1);
      names = names.subList(0, names.size() - 1);
    }
    for (YamlNode n : names) {
      String value = n instanceof YamlNode.Scalar s && s.value() != null ? env.apply(s.value()) : null;
      if (value != null) {
        return typed(value, line, col);
      }
    }
    return fallback != null ? fallback : new YamlNode.Scalar(null, YamlNode.Scalar.Type.NULL, line, col);
  }

  /** A variable's value as YAML would type it written plain. */
  private static YamlNode typed(String value, int line, int col) {
    String v = value.strip();
    YamlNode.Scalar.Type type;
    if (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null")) {
      return new YamlNode.Scalar(null, YamlNode.Scalar.Type.NULL, line, col);
    } else if (v.matches("true|True|TRUE|false|False|FALSE")) {
      return new YamlNode.Scalar(Boolean.toString(v.equalsIgnoreCase("true")), YamlNode.Scalar.Type.BOOLEAN, line, col);
    } else if (v.matches("[-+]?[0-9]+")) {
      type = YamlNode.Scalar.Type.INTEGER;
    } else if (v.matches("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
      type = YamlNode.Scalar.Type.FLOAT;
    } else {
      return new YamlNode.Scalar(value, YamlNode.Scalar.Type.STRING, line, col);
    }
    return new YamlNode.Scalar(v, type, line, col);
  }

  private static final String PYTHON_NAME = "tag:yaml.org,2002:python/name:";

  private YamlNode readValue(JsonParser p, String file, int firstLine, List<Diagnostic> errors, int line, int col, JsonToken t) throws IOException {
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      // Jackson does not expand aliases: the value would silently be the anchor's name
      errors.add(
          Diagnostic.error("yaml.alias", Span.at(file, line, col), "YAML aliases (`*" + p.getText() + "`) are not supported")
              .withHint("write the value out"));
      return new YamlNode.Scalar(null, YamlNode.Scalar.Type.NULL, line, col);
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation kl = p.currentTokenLocation();
          int keyLine = kl.getLineNr() + firstLine - 1;
          int keyCol = Math.max(1, kl.getColumnNr());
          p.nextToken();
          YamlNode value = read(p, file, firstLine, errors);
          if (entries.containsKey(key)) {
            errors.add(
                Diagnostic.error(
                        "yaml.duplicate-key",
                        Span.at(file, keyLine, keyCol),
                        "key `" + key + "` appears twice in this map")
                    .withHint("the first one is on line " + entries.get(key).keyLine()));
          } else {
            entries.put(key, new YamlNode.Mapping.Entry(key, keyLine, keyCol, value));
          }
        }
        return new YamlNode.Mapping(entries, line, col);
      }
      case START_ARRAY -> {
        List<YamlNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(read(p, file, firstLine, errors));
        }
        return new YamlNode.Seq(items, line, col);
      }
      case VALUE_STRING -> {
        // a Python name (MkDocs' !!python/name:pymdownx.slugs.uslugify, whose text is empty): as written
        if (p.getText().isEmpty() && p instanceof YAMLParser y && y.getTypeId() != null && y.getTypeId().startsWith(PYTHON_NAME)) {
          return new YamlNode.Scalar("!!python/name:" + y.getTypeId().substring(PYTHON_NAME.length()), YamlNode.Scalar.Type.STRING, line, col);
        }
        return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Type.STRING, line, col);
      }
      case VALUE_NUMBER_INT -> {
        return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Type.INTEGER, line, col);
      }
      case VALUE_NUMBER_FLOAT -> {
        return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Type.FLOAT, line, col);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new YamlNode.Scalar(
            Boolean.toString(t == JsonToken.VALUE_TRUE), YamlNode.Scalar.Type.BOOLEAN, line, col);
      }
      case VALUE_NULL -> {
        return new YamlNode.Scalar(null, YamlNode.Scalar.Type.NULL, line, col);
      }
      default -> {
        return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Type.STRING, line, col);
      }
    }
  }
}
