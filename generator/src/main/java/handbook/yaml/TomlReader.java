package handbook.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads TOML (Hugo's front matter between {@code +++} lines) into the nodes the YAML parser
 * gives, so that the fields are read alike; its errors are {@code frontmatter.toml}. Jackson's TOML parser reads the text (dates and
 * times stay text); each key is placed at the line where it is set (after its table's header),
 * found by a scan of the lines, as the parser keeps no positions.
 */
public final class TomlReader {
  /**
   * Shared: a mapper is thread-safe once configured. Made on first use (a holder class): making
   * one loads some 300 classes of Jackson's databind, which a site without TOML never needs.
   */
  private static final class Mapper {
    static final TomlMapper TOML = new TomlMapper();
  }

  /** Reads {@code text}, which starts at line {@code firstLine} of {@code file}. */
  public YamlParser.Result parse(String text, String file, int firstLine) {
    List<Diagnostic> errors = new ArrayList<>();
    JsonNode tree;
    try {
      tree = Mapper.TOML.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      int line = loc == null || loc.getLineNr() < 1 ? firstLine : loc.getLineNr() + firstLine - 1;
      int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
      String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().strip().split("\n", 2)[0];
      int[] twice = m.startsWith("Duplicate key") ? setTwice(text, firstLine) : null;
      if (twice != null) {
        // the parser names neither the key nor the line (it stands past it): the scan finds both
        String key = text.split("\n", -1)[twice[0] - firstLine].substring(twice[2] - 1, twice[1] - 1).replaceFirst("\\s*=\\s*$", "");
        errors.add(Diagnostic.error("frontmatter.toml", Span.at(file, twice[0], twice[2]), "invalid TOML: `" + key + "` is set twice (first on line " + twice[3] + ")"));
      } else {
        errors.add(Diagnostic.error("frontmatter.toml", Span.at(file, line, col), "invalid TOML: " + m));
      }
      return new YamlParser.Result(null, errors);
    } catch (IOException e) {
      errors.add(Diagnostic.error("frontmatter.toml", Span.file(file), "invalid TOML: " + e.getMessage()));
      return new YamlParser.Result(null, errors);
    }
    if (tree == null || tree.isEmpty()) {
      return new YamlParser.Result(null, errors);
    }
    Map<String, int[]> at = positions(text, firstLine);
    return new YamlParser.Result(node(tree, "", new int[] {firstLine, 1}, at), errors);
  }

  private static YamlNode node(JsonNode n, String path, int[] pos, Map<String, int[]> at) {
    int line = pos[0];
    int col = pos[1];
    if (n.isObject()) {
      Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        int[] p = at.getOrDefault(child, pos);
        entries.put(e.getKey(), new YamlNode.Mapping.Entry(e.getKey(), p[0], p[2 < p.length ? 2 : 1], node(e.getValue(), child, p, at)));
      }
      return new YamlNode.Mapping(entries, line, col);
    }
    if (n.isArray()) {
      List<YamlNode> items = new ArrayList<>();
      int i = 0;
      for (JsonNode item : n) {
        String child = path + "[" + i++ + "]";
        items.add(node(item, child, at.getOrDefault(child, pos), at));
      }
      return new YamlNode.Seq(items, line, col);
    }
    if (n.isBoolean()) {
      return new YamlNode.Scalar(n.asText(), YamlNode.Scalar.Type.BOOLEAN, line, col);
    }
    if (n.isIntegralNumber()) {
      return new YamlNode.Scalar(n.asText(), YamlNode.Scalar.Type.INTEGER, line, col);
    }
    if (n.isNumber()) {
      return new YamlNode.Scalar(n.asText(), YamlNode.Scalar.Type.FLOAT, line, col);
    }
    return new YamlNode.Scalar(n.asText(), YamlNode.Scalar.Type.STRING, line, col);
  }

  /**
   * Where each key is set: its dotted path (under the table of the header before it) to
   * {@code {line, value column, key column}}; a table's header gives the table's place. The
   * first place wins; lines inside multi-line strings and arrays are read as lines too, which
   * can only misplace a message.
   */
  static Map<String, int[]> positions(String text, int firstLine) {
    return scan(text, firstLine, null);
  }

  /** The second place a key is set, as {@code {line, value column, key column, first line}}, or null. */
  private static int[] setTwice(String text, int firstLine) {
    int[][] twice = new int[1][];
    scan(text, firstLine, twice);
    return twice[0];
  }

  private static Map<String, int[]> scan(String text, int firstLine, int[][] twice) {
    Map<String, int[]> at = new HashMap<>();
    // the tables of an array of tables so far ([[menu.main]]), by its path: each is placed apart
    Map<String, Integer> arrays = new HashMap<>();
    String table = "";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int start = 0;
      while (start < l.length() && (l.charAt(start) == ' ' || l.charAt(start) == '\t')) {
        start++;
      }
      if (start >= l.length() || l.charAt(start) == '#') {
        continue;
      }
      int line = firstLine + i;
      if (l.charAt(start) == '[') {
        boolean array = l.startsWith("[[", start);
        int close = l.indexOf(array ? "]]" : "]", start);
        if (close > start) {
          table = keyPath(l.substring(start + (array ? 2 : 1), close));
          at.putIfAbsent(table, new int[] {line, start + 1, start + 1});
          if (array) {
            table = table + "[" + (arrays.merge(table, 1, Integer::sum) - 1) + "]";
            at.put(table, new int[] {line, start + 1, start + 1});
          }
          // a table a header makes on the way ([languages.en] makes languages) is placed there too
          for (int dot = table.indexOf('.'); dot > 0; dot = table.indexOf('.', dot + 1)) {
            at.putIfAbsent(table.substring(0, dot), new int[] {line, start + 1, start + 1});
          }
        }
        continue;
      }
      int eq = keyEnd(l, start);
      if (eq < 0) {
        continue;
      }
      String key = keyPath(l.substring(start, eq));
      if (key.isEmpty()) {
        continue;
      }
      int value = eq + 1;
      while (value < l.length() && (l.charAt(value) == ' ' || l.charAt(value) == '\t')) {
        value++;
      }
      int[] before = at.putIfAbsent(table.isEmpty() ? key : table + "." + key, new int[] {line, value + 1, start + 1});
      if (before != null && twice != null && twice[0] == null) {
        twice[0] = new int[] {line, value + 1, start + 1, before[0]};
      }
    }
    return at;
  }

  /** The offset of the {@code =} after a key that starts at {@code start}, or -1 where the line sets no key. */
  private static int keyEnd(String l, int start) {
    for (int i = start; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '=') {
        return i;
      }
      if (c == '"' || c == '\'') {
        int close = l.indexOf(c, i + 1);
        if (close < 0) {
          return -1;
        }
        i = close;
      } else if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' || c == '\t')) {
        return -1;
      }
    }
    return -1;
  }

  /** A key as written ({@code a.b}, {@code "a b"}, {@code 'x'}) as a dotted path of its parts. */
  private static String keyPath(String written) {
    StringBuilder b = new StringBuilder();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '"' || c == '\'') {
        int close = written.indexOf(c, i + 1);
        if (close < 0) {
          close = written.length();
        }
        part.append(written, i + 1, close);
        i = close;
      } else if (c == '.') {
        b.append(b.length() > 0 ? "." : "").append(part.toString().strip());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    String last = part.toString().strip();
    if (!last.isEmpty() || b.length() > 0) {
      b.append(b.length() > 0 ? "." : "").append(last);
    }
    return b.toString();
  }
}
