package handbook.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over a YAML or JSON text, before swagger-parser sees it: the position of
 * every value by JSON pointer, every {@code $ref}, and the top-level {@code openapi} or
 * {@code swagger} version.
 */
final class SpecScan {
  /** A 1-based position in the text. */
  record Pos(int line, int column) {}

  /** A {@code $ref} value and where it stands. */
  record Ref(String value, Pos pos) {}

  private final Map<String, Pos> positions = new HashMap<>();
  private final List<Ref> refs = new ArrayList<>();
  private String versionKey;
  private String version;
  private Pos versionPos;
  private String syntaxError;
  private Pos syntaxPos;

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  private SpecScan() {}

  /** Scans {@code text}; JSON when {@code json}, YAML otherwise. Never throws on bad input. */
  static SpecScan of(String text, boolean json) {
    SpecScan s = new SpecScan();
    try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
      if (p.nextToken() != null) {
        s.walk(p, new ArrayDeque<>(), "");
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      s.syntaxError = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().strip().lines().findFirst().orElse("unreadable");
      s.syntaxPos = l == null ? new Pos(1, 1) : new Pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    } catch (IOException e) {
      s.syntaxError = String.valueOf(e.getMessage());
      s.syntaxPos = new Pos(1, 1);
    }
    return s;
  }

  private void walk(JsonParser p, Deque<String> path, String pointer) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    positions.putIfAbsent(pointer, new Pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr())));
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation kl = p.currentTokenLocation();
        Pos keyPos = new Pos(Math.max(1, kl.getLineNr()), Math.max(1, kl.getColumnNr()));
        p.nextToken();
        String child = pointer + "/" + escape(key);
        if (key.equals("$ref") && p.currentToken().isScalarValue()) {
          JsonLocation vl = p.currentTokenLocation();
          refs.add(new Ref(p.getText(), new Pos(Math.max(1, vl.getLineNr()), Math.max(1, vl.getColumnNr()))));
        }
        if (path.isEmpty() && (key.equals("openapi") || key.equals("swagger")) && versionKey == null) {
          versionKey = key;
          version = p.currentToken().isScalarValue() ? p.getText() : null;
          versionPos = keyPos;
        }
        path.push(key);
        walk(p, path, child);
        path.pop();
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        path.push(Integer.toString(i));
        walk(p, path, pointer + "/" + i);
        path.pop();
        i++;
      }
    }
  }

  /** JSON-pointer escaping of one key: {@code ~} → {@code ~0}, {@code /} → {@code ~1}. */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** The position of the value at a JSON pointer ({@code /paths/~1users/get}), or null. */
  Pos at(String pointer) {
    return positions.get(pointer);
  }

  /** The position of the deepest value on the way to a pointer that exists. */
  Pos nearest(String pointer) {
    String p = pointer;
    while (true) {
      Pos pos = positions.get(p);
      if (pos != null || p.isEmpty()) {
        return pos;
      }
      int slash = p.lastIndexOf('/');
      p = slash < 0 ? "" : p.substring(0, slash);
    }
  }

  List<Ref> refs() {
    return refs;
  }

  /** {@code openapi} or {@code swagger}, or null when the text is not a spec. */
  String versionKey() {
    return versionKey;
  }

  String version() {
    return version;
  }

  Pos versionPos() {
    return versionPos;
  }

  /** The syntax error that stopped the scan, or null. */
  String syntaxError() {
    return syntaxError;
  }

  Pos syntaxPos() {
    return syntaxPos;
  }
}
