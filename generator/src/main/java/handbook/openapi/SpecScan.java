package handbook.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
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

  /** A key that a map has twice: where it is again, and where it was first. */
  record Duplicate(String key, Pos pos, Pos first) {}

  private final List<Duplicate> duplicates = new ArrayList<>();

  private final Map<String, Pos> positions = new HashMap<>();
  private final List<Ref> refs = new ArrayList<>();
  private String versionKey;
  private String version;
  private Pos versionPos;
  private String syntaxError;
  private Pos syntaxPos;
  private String tooLarge;
  private String tooLargeHint;
  private Pos tooLargePos;
  /** YAML anchors by name, with the number of values each stands for; and the first alias. */
  private final Map<String, Long> anchors = new HashMap<>();
  private long expanded;
  private Pos firstAlias;

  /** The most characters a YAML spec may have (SnakeYAML's limit, which swagger-parser reads it with). */
  static final int MAX_YAML_CHARS = 3 * 1024 * 1024;
  /** The most values aliases may add to a spec: more is an alias bomb, not an API. */
  static final long MAX_ALIAS_VALUES = 100_000;

  /** Thrown out of the walk when aliases expand too far. */
  private static final class AliasBomb extends RuntimeException {
    AliasBomb() {
      super(null, null, false, false);
    }
  }

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  private SpecScan() {}

  /** Scans {@code text}; JSON when {@code json}, YAML otherwise. Never throws on bad input. */
  static SpecScan of(String text, boolean json) {
    SpecScan s = new SpecScan();
    if (!json && text.length() > MAX_YAML_CHARS && text.codePointCount(0, text.length()) > MAX_YAML_CHARS) {
      s.tooLarge = "the spec has more than " + MAX_YAML_CHARS + " characters, the most a YAML spec may have";
      s.tooLargeHint = "split it into files joined by `$ref`, or write it as JSON";
      s.tooLargePos = new Pos(1, 1);
      return s;
    }
    try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
      if (p.nextToken() != null) {
        s.walk(p, new ArrayDeque<>(), "");
      }
    } catch (AliasBomb e) {
      s.tooLarge = "YAML aliases in the spec stand for more than " + MAX_ALIAS_VALUES + " values";
      s.tooLargeHint = "an alias repeats what its anchor stands for; write the values out instead of nesting aliases";
      s.tooLargePos = s.firstAlias;
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

  /** Walks one value; returns how many values it stands for, counting what its aliases repeat. */
  private long walk(JsonParser p, Deque<String> path, String pointer) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    Pos here = new Pos(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    positions.putIfAbsent(pointer, here);
    JsonToken t = p.currentToken();
    String anchor = p instanceof YAMLParser y ? y.getObjectId() : null;
    long size = 1;
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      if (firstAlias == null) {
        firstAlias = here;
      }
      size = anchors.getOrDefault(p.getText(), 1L);
      expanded += size;
      if (expanded > MAX_ALIAS_VALUES) {
        throw new AliasBomb();
      }
      return size;
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, Pos> keys = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation kl = p.currentTokenLocation();
        Pos keyPos = new Pos(Math.max(1, kl.getLineNr()), Math.max(1, kl.getColumnNr()));
        Pos first = keys.putIfAbsent(key, keyPos);
        if (first != null) {
          duplicates.add(new Duplicate(key, keyPos, first));
        }
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
        size += walk(p, path, child);
        path.pop();
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        path.push(Integer.toString(i));
        size += walk(p, path, pointer + "/" + i);
        path.pop();
        i++;
      }
    }
    if (anchor != null) {
      anchors.put(anchor, size);
    }
    return size;
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

  /** Keys a map has twice, in the order they stand. */
  List<Duplicate> duplicates() {
    return duplicates;
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

  /** Why the spec is too large to read (a YAML alias bomb, too many characters), or null. */
  String tooLarge() {
    return tooLarge;
  }

  String tooLargeHint() {
    return tooLargeHint;
  }

  /** Where: the first alias, or the start of the file. */
  Pos tooLargePos() {
    return tooLargePos;
  }
}
