package handbook.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Front matter as most of it is written (one {@code key: value} a line; values quoted strings,
 * plain words, whole numbers or flow lists of plain words) read without a YAML parser, into the
 * nodes and positions {@link YamlParser} gives. Anything else (comments, nesting, block lists,
 * escapes, values whose type YAML decides by a pattern: booleans, nulls, dates, decimals) returns
 * null and is left to the YAML parser. Tested against it ({@code SimpleYamlTest}).
 */
final class SimpleYaml {
  private SimpleYaml() {}

  /** Thrown inside to leave the text to the YAML parser. */
  private static final class Other extends RuntimeException {
    Other() {
      super(null, null, false, false);
    }
  }

  private static final Other OTHER = new Other();

  /** The mapping, or null when the text is not of the simple kind. */
  static YamlNode parse(String text, int firstLine) {
    try {
      return mapping(text, firstLine);
    } catch (Other e) {
      return null;
    }
  }

  private static YamlNode mapping(String text, int firstLine) {
    int n = text.length();
    Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
    int line = firstLine;
    int mapLine = -1;
    for (int at = 0; at < n; line++) {
      int eol = text.indexOf('\n', at);
      int end = eol < 0 ? n : eol;
      if (end > at) {
        int colon = key(text, at, end);
        String key = text.substring(at, colon);
        if (colon + 2 >= end || text.charAt(colon + 1) != ' ' || entries.containsKey(key)) {
          throw OTHER; // a nested block, or a duplicate (an error the YAML parser words)
        }
        if (mapLine < 0) {
          mapLine = line;
        }
        int v = colon + 2;
        entries.put(key, new YamlNode.Mapping.Entry(key, line, 1, value(text, v, end, line, v - at + 1)));
      }
      at = eol < 0 ? n : eol + 1;
    }
    if (mapLine < 0) {
      throw OTHER;
    }
    return new YamlNode.Mapping(entries, mapLine, 1);
  }

  /** The end of the key at {@code s} (the colon), a name of letters, digits, {@code _} and {@code -}. */
  private static int key(String text, int s, int end) {
    int i = s;
    while (i < end) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > s && (c >= '0' && c <= '9' || c == '-')) {
        i++;
      } else {
        break;
      }
    }
    // (YAML reads a key of more than 1,024 characters as no key at all)
    if (i == s || i - s > 128 || i >= end || text.charAt(i) != ':' || special(text.substring(s, i))) {
      throw OTHER;
    }
    return i;
  }

  private static YamlNode value(String text, int s, int end, int line, int col) {
    char c = text.charAt(s);
    if (c == '"' || c == '\'') {
      int close = text.indexOf(c, s + 1);
      if (close != end - 1 || text.indexOf('\\', s) >= 0 && text.indexOf('\\', s) < end) {
        throw OTHER; // escapes, a doubled quote, or more after the string
      }
      for (int i = s + 1; i < close; i++) {
        char x = text.charAt(i);
        if (x < ' ' || x == '\u0085' || x == '\u2028' || x == '\u2029' || x == '\uFEFF' || x >= '\uD800' && x <= '\uDFFF' || x == '\u007F') {
          throw OTHER; // line breaks YAML folds, controls and the like
        }
      }
      return new YamlNode.Scalar(text.substring(s + 1, close), YamlNode.Scalar.Type.STRING, line, col);
    }
    if (c == '[') {
      if (text.charAt(end - 1) != ']') {
        throw OTHER;
      }
      List<YamlNode> items = new ArrayList<>();
      int i = s + 1;
      if (i < end - 1) {
        while (true) {
          int stop = i;
          while (stop < end - 1 && text.charAt(stop) != ',') {
            stop++;
          }
          items.add(plain(text, i, stop, line, col + i - s));
          if (stop == end - 1) {
            break;
          }
          if (stop + 1 >= end - 1 || text.charAt(stop + 1) != ' ') {
            throw OTHER;
          }
          i = stop + 2;
        }
      }
      return new YamlNode.Seq(items, line, col);
    }
    return plain(text, s, end, line, col);
  }

  /** A plain scalar: a word or words the YAML parser reads as a string, or a whole number. */
  private static YamlNode.Scalar plain(String text, int s, int e, int line, int col) {
    if (s >= e || text.charAt(s) == ' ' || text.charAt(e - 1) == ' ') {
      throw OTHER;
    }
    char first = text.charAt(s);
    if (first >= '0' && first <= '9') {
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw OTHER; // dates, decimals, versions: the YAML parser decides
        }
      }
      if (e - s > 18 || first == '0' && e - s > 1) {
        throw OTHER;
      }
      return new YamlNode.Scalar(text.substring(s, e), YamlNode.Scalar.Type.INTEGER, line, col);
    }
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
      throw OTHER; // indicators, signs, dots and anything not ASCII
    }
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '_' || c == '.' || c == '/';
      if (!ok || c == ' ' && text.charAt(i - 1) == ' ') {
        throw OTHER;
      }
    }
    String word = text.substring(s, e);
    if (special(word)) {
      throw OTHER;
    }
    return new YamlNode.Scalar(word, YamlNode.Scalar.Type.STRING, line, col);
  }

  /** Words some YAML reads as a boolean, a null or a number. */
  private static boolean special(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "false", "yes", "no", "y", "n", "on", "off", "null", "nan", "inf" -> true;
      default -> false;
    };
  }
}
