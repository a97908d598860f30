package handbook.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal values of a JavaScript (or TypeScript, or JSON) config file, read as text: objects,
 * arrays, strings, numbers and the words {@code true}, {@code false} and {@code null}. Nothing is
 * run: anything else (a variable, a call, a spread, a string with {@code ${...}}) is kept as
 * {@link Other}, with its text, for the reader to name.
 */
public final class JsLiteral {
  /** A value and the offset in the text where it starts. */
  public sealed interface Value permits Obj, Arr, Str, Other {
    int offset();
  }

  /** An object: its keys in order (a spread or a computed key is an {@link Other} under its text). */
  public record Obj(Map<String, Value> entries, int offset) implements Value {
    public Value get(String key) {
      return entries.get(key);
    }

    /** The string at {@code key}, or null. */
    public String string(String key) {
      return entries.get(key) instanceof Str s ? s.value() : null;
    }
  }

  public record Arr(List<Value> items, int offset) implements Value {}

  /** A string, a number or one of the words {@code true}, {@code false}, {@code null}, as written. */
  public record Str(String value, int offset) implements Value {}

  /** What is not a literal: its text as written. */
  public record Other(String text, int offset) implements Value {
    /** How messages show it: its text in backticks after a space where it is short and on one line ({@code  (`pkg.name`)}), else nothing. */
    String shown() {
      return text.length() <= 40 && text.indexOf('\n') < 0 ? " (`" + text + "`)" : "";
    }
  }

  /** How deep objects and arrays are read; deeper ones are kept as text (no config nests so deep, a hostile file may). */
  static final int MAX_DEPTH = 100;

  private final String text;
  private int at;
  private int depth;

  private JsLiteral(String text, int at) {
    this.text = text;
    this.at = at;
  }

  /** Where a value that starts at {@code offset} of the text stands in its file: line and column. */
  public static handbook.diag.Span span(String text, String file, int offset) {
    int line = 1;
    int start = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        start = i + 1;
      }
    }
    return handbook.diag.Span.at(file, line, offset - start + 1);
  }

  /** The value that starts at {@code offset} (after spaces and comments). */
  public static Value at(String text, int offset) {
    JsLiteral r = new JsLiteral(text, offset);
    r.skipSpace();
    return r.value();
  }

  /**
   * What a module exports, where it says so as config files do: {@code export default X},
   * {@code module.exports = X} or, for a name, the value of {@code const name = X} (a type may
   * follow the name), also inside a helper's call ({@code export default defineConfig({...})});
   * the text's first value for JSON. Null when none is found.
   */
  public static Value exported(String text, boolean json) {
    if (json) {
      return at(text, 0);
    }
    // one pass over the text, past its comments and strings, to the first export
    Matcher m = EXPORT.matcher(text);
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        i = stringEnd(text, i);
      } else if ((c == 'e' || c == 'm') && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)) && text.charAt(i - 1) != '.') && m.region(i, n).lookingAt()) {
        // a helper's call around the object, as VitePress' and Astro's configs write it: defineConfig({...})
        Matcher call = CALL.matcher(text).region(m.end(), n);
        Value v = at(text, call.lookingAt() ? call.end() : m.end());
        // a name, perhaps with TypeScript's `satisfies T` or `as T` after it
        Matcher name = v instanceof Other o ? NAME.matcher(o.text()) : null;
        if (name != null && name.matches()) {
          Matcher d = Pattern.compile("(?m)^\\s*(?:export\\s+)?(?:const|let|var)\\s+" + Pattern.quote(name.group(1)) + "\\s*(?::[^=\\n]+)?=\\s*").matcher(text);
          return d.find() ? at(text, d.end()) : v;
        }
        return v;
      } else {
        i++;
      }
    }
    return null;
  }

  /** Where the string that starts at {@code i} ends (after its closing quote), or the text's end. */
  private static int stringEnd(String text, int i) {
    char quote = text.charAt(i);
    for (int j = i + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote || c == '\n' && quote != '`') {
        return j + 1;
      }
    }
    return text.length();
  }

  private static final Pattern NAME = Pattern.compile("([A-Za-z_$][\\w$]*)(?:\\s+(?:satisfies|as)\\s+[\\w$.<>]+)?");

  private static final Pattern CALL = Pattern.compile("(?:\\s*(?:defineConfig|defineUserConfig|withMermaid)\\s*\\(\\s*)+(?=\\{)");

  private static final Pattern EXPORT = Pattern.compile("(?:export\\s+default\\s+|module\\.exports\\s*=\\s*)");

  private Value value() {
    int start = at;
    if (at >= text.length()) {
      return new Other("", start);
    }
    char c = text.charAt(at);
    if ((c == '{' || c == '[' || c == '(') && depth >= MAX_DEPTH) {
      return other();
    }
    if (c == '{') {
      depth++;
      Value v = object();
      depth--;
      return v;
    }
    if (c == '[') {
      depth++;
      Value v = array();
      depth--;
      return v;
    }
    if (c == '(') {
      // a value in brackets, as configs write an object after a type comment: ({...})
      at++;
      skipSpace();
      depth++;
      Value inner = value();
      depth--;
      skipSpace();
      if (at < text.length() && text.charAt(at) == ')' && !(inner instanceof Other)) {
        at++;
        return inner;
      }
      at = start;
      return other();
    }
    if (c == '\'' || c == '"' || c == '`') {
      String s = string(c);
      if (s != null) {
        return new Str(s, start);
      }
      at = start;
      return other();
    }
    Value v = other();
    String t = v instanceof Other o ? o.text() : "";
    if (t.matches("-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?|true|false|null")) {
      return new Str(t, start);
    }
    return v;
  }

  private Value object() {
    int start = at;
    at++;
    Map<String, Value> entries = new LinkedHashMap<>();
    while (true) {
      skipSpace();
      if (at >= text.length()) {
        return new Other(text.substring(start), start);
      }
      char c = text.charAt(at);
      if (c == '}') {
        at++;
        return new Obj(entries, start);
      }
      if (c == ',') {
        at++;
        continue;
      }
      int keyStart = at;
      String key = null;
      if (c == '\'' || c == '"') {
        key = string(c);
      } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
        while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
          at++;
        }
        key = text.substring(keyStart, at);
      }
      skipSpace();
      if (key != null && at < text.length() && text.charAt(at) == ':') {
        at++;
        skipSpace();
        entries.put(key, value());
      } else if (key != null && at < text.length() && text.charAt(at) == '(') {
        // a method (rewrites(id) {...}): code, under its name
        Value code = other();
        entries.put(key, new Other(((Other) code).text(), keyStart));
        if (at == keyStart) {
          at++;
        }
      } else {
        // a spread, a shorthand or a computed key: kept as its text
        at = keyStart;
        Value o = other();
        entries.put(((Other) o).text(), o);
        if (at == keyStart) {
          at++; // a character that starts nothing (a stray bracket): passed
        }
      }
    }
  }

  private Value array() {
    int start = at;
    at++;
    List<Value> items = new ArrayList<>();
    while (true) {
      skipSpace();
      if (at >= text.length()) {
        return new Other(text.substring(start), start);
      }
      char c = text.charAt(at);
      if (c == ']') {
        at++;
        return new Arr(items, start);
      }
      if (c == ',') {
        at++;
        continue;
      }
      int before = at;
      items.add(value());
      if (at == before) {
        at++;
      }
    }
  }

  /** A quoted string at {@code at}, its escapes read; null for a template with {@code ${}, or one not closed. */
  private String string(char quote) {
    StringBuilder b = new StringBuilder();
    int i = at + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == quote) {
        at = i + 1;
        return b.toString();
      }
      if (c == '\n' && quote != '`' || quote == '`' && c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        return null;
      }
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(++i);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'u' -> {
            if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
              b.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
              i += 4;
            } else {
              b.append(e);
            }
          }
          case '\n' -> {}
          default -> b.append(e);
        }
      } else {
        b.append(c);
      }
      i++;
    }
    return null;
  }

  /** An expression that is not a literal: up to the next comma or closing bracket outside brackets and strings. */
  private Value other() {
    int start = at;
    int depth = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '\'' || c == '"' || c == '`') {
        int before = at;
        if (string(c) == null) {
          at = before + 1;
        }
        continue;
      }
      if (c == '/' && at + 1 < text.length() && (text.charAt(at + 1) == '/' || text.charAt(at + 1) == '*')) {
        if (depth == 0) {
          break;
        }
        skipSpace();
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if ((c == ',' || c == ';') && depth == 0) {
        break;
      }
      at++;
    }
    return new Other(text.substring(start, at).strip(), start);
  }

  private void skipSpace() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (text.startsWith("//", at)) {
        int end = text.indexOf('\n', at);
        at = end < 0 ? text.length() : end + 1;
      } else if (text.startsWith("/*", at)) {
        int end = text.indexOf("*/", at + 2);
        at = end < 0 ? text.length() : end + 2;
      } else {
        return;
      }
    }
  }
}
