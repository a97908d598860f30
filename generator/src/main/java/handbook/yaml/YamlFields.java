package handbook.yaml;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.diag.Suggest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Typed reads from a YAML map, each problem reported as a diagnostic at the value's position.
 * A read that fails returns the fallback, so one run reports every problem of a file.
 */
public final class YamlFields {
  private final YamlNode.Mapping map;
  private final String file;
  private final Diagnostics diags;
  private final String codePrefix;

  public YamlFields(YamlNode.Mapping map, String file, Diagnostics diags, String codePrefix) {
    this.map = map;
    this.file = file;
    this.diags = diags;
    this.codePrefix = codePrefix;
  }

  public YamlNode.Mapping map() {
    return map;
  }

  public String file() {
    return file;
  }

  public Diagnostics diagnostics() {
    return diags;
  }

  /** A node's position: in these fields' file, or in the file the node names (a value merged from another). */
  public Span span(YamlNode node) {
    return node.span(file);
  }

  public boolean has(String key) {
    return map.entries().containsKey(key);
  }

  /** Reports every key not in {@code allowed}, with a "did you mean" when one is close. */
  public void rejectUnknownKeys(Collection<String> allowed, String where) {
    for (YamlNode.Mapping.Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        Diagnostic d =
            Diagnostic.error(
                codePrefix + ".unknown-key",
                Span.at(file, e.keyLine(), e.keyColumn()),
                "unknown key `" + e.key() + "` in " + where);
        String near = Suggest.closest(e.key(), allowed);
        diags.add(
            near != null
                ? d.withHint("did you mean `" + near + "`?")
                : d.withHint("known keys: " + String.join(", ", sorted(allowed))));
      }
    }
  }

  private static List<String> sorted(Collection<String> c) {
    List<String> l = new ArrayList<>(c);
    l.sort(null);
    return l;
  }

  public String string(String key, String fallback) {
    YamlNode n = map.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL)) {
      return fallback;
    }
    if (n instanceof YamlNode.Scalar s) {
      return s.value();
    }
    typeError(key, n, "a string");
    return fallback;
  }

  public String requiredString(String key, String where) {
    String v = string(key, null);
    if (v == null && !has(key)) {
      diags.add(
          Diagnostic.error(
              codePrefix + ".missing-key",
              Span.at(file, map.line(), map.column()),
              "missing key `" + key + "` in " + where));
    }
    return v;
  }

  public int integer(String key, int fallback) {
    YamlNode n = map.get(key);
    if (n == null) {
      return fallback;
    }
    if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
      try {
        return Integer.parseInt(s.value());
      } catch (NumberFormatException e) {
        // falls through to the type error
      }
    }
    typeError(key, n, "an integer");
    return fallback;
  }

  public boolean bool(String key, boolean fallback) {
    YamlNode n = map.get(key);
    if (n == null) {
      return fallback;
    }
    if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
      return Boolean.parseBoolean(s.value());
    }
    typeError(key, n, "true or false");
    return fallback;
  }

  /** A list of strings; a single string is taken as a list of one. */
  public List<String> strings(String key) {
    YamlNode n = map.get(key);
    if (n == null || (n instanceof YamlNode.Scalar s0 && s0.type() == YamlNode.Scalar.Type.NULL)) {
      return List.of();
    }
    if (n instanceof YamlNode.Scalar s) {
      return List.of(s.value());
    }
    if (n instanceof YamlNode.Seq seq) {
      List<String> out = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar s && s.value() != null) {
          out.add(s.value());
        } else {
          diags.add(
              Diagnostic.error(
                  codePrefix + ".type",
                  span(item),
                  "`" + key + "` items must be strings, found " + item.describe()));
        }
      }
      return out;
    }
    typeError(key, n, "a list of strings");
    return List.of();
  }

  public YamlFields child(String key) {
    YamlNode n = map.get(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Mapping m) {
      return new YamlFields(m, file, diags, codePrefix);
    }
    typeError(key, n, "a map");
    return null;
  }

  /** Reports a value that is not one of {@code allowed}. */
  public String oneOf(String key, Set<String> allowed, String fallback) {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    if (!allowed.contains(v)) {
      Diagnostic d =
          Diagnostic.error(
              codePrefix + ".value",
              span(map.get(key)),
              "`" + key + "` must be one of " + String.join(", ", sorted(allowed)) + ", not `" + v + "`");
      String near = Suggest.closest(v, allowed);
      diags.add(near == null ? d : d.withHint("did you mean `" + near + "`?"));
      return fallback;
    }
    return v;
  }

  public void typeError(String key, YamlNode found, String expected) {
    diags.add(
        Diagnostic.error(
            codePrefix + ".type",
            span(found),
            "`" + key + "` must be " + expected + ", found " + found.describe()));
  }
}
