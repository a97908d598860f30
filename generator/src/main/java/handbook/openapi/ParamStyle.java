package handbook.openapi;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a parameter's value is written into a request, as OpenAPI 3 serializes it by its
 * {@code style} and {@code explode} (RFC 6570's expansions): in a query {@code form} (an array
 * {@code id=1&id=2}, or {@code id=1,2} unexploded; an object's properties as pairs),
 * {@code spaceDelimited}, {@code pipeDelimited} (and Swagger 2's tab-separated arrays: {@link Swagger2Params})
 * and {@code deepObject} ({@code f[a]=1}); in a path
 * {@code simple}, {@code label} ({@code .a,b}) and {@code matrix} ({@code ;id=1,2}); headers
 * {@code simple}, cookies {@code form}. A parameter with {@code content} is its JSON.
 */
final class ParamStyle {
  private ParamStyle() {}

  /** A parameter's style and explode, filled in where the spec leaves them out (form explodes, the others do not). */
  record Style(String name, boolean explode) {
    static Style of(Parameter p) {
      String in = p.getIn() == null ? "query" : p.getIn();
      if (p.getExtensions() != null && p.getExtensions().containsKey(Swagger2Params.MARK)) {
        return new Style("tabDelimited", false);
      }
      String name = p.getStyle() != null ? p.getStyle().toString() : in.equals("query") || in.equals("cookie") ? "form" : "simple";
      return new Style(name, p.getExplode() != null ? p.getExplode() : name.equals("form"));
    }
  }

  /**
   * A value as its parameter sends it: a query's pairs joined by {@code &}, a path segment, a
   * header's value, a cookie's pairs joined by {@code ;}. Scalars in it are written as text,
   * what is nested deeper as JSON.
   */
  static String write(Parameter p, Object value) {
    String in = p.getIn() == null ? "query" : p.getIn();
    String name = p.getName() == null ? "" : p.getName();
    if (p.getContent() != null && !p.getContent().isEmpty()) {
      value = value instanceof String ? value : ViewMapper.json(value, false);
    }
    Style style = Style.of(p);
    return switch (in) {
      case "path" -> path(name, value, style);
      case "header" -> simple(value, style.explode(), UnaryOperator.identity());
      case "cookie" -> cookie(name, value, style);
      default -> query(name, value, style, Boolean.TRUE.equals(p.getAllowReserved()));
    };
  }

  private static String query(String name, Object value, Style style, boolean allowReserved) {
    UnaryOperator<String> e = allowReserved ? ParamStyle::encodeUnreserved : ParamStyle::encode;
    String n = e.apply(name);
    switch (style.name()) {
      case "deepObject" -> {
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
          List<String> pairs = new ArrayList<>();
          m.forEach((k, v) -> pairs.add(n + "[" + e.apply(String.valueOf(k)) + "]=" + e.apply(text(v))));
          return String.join("&", pairs);
        }
      }
      case "spaceDelimited", "pipeDelimited", "tabDelimited" -> {
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
          return n + "=" + join(items(value), switch (style.name()) {
            case "spaceDelimited" -> "%20";
            case "tabDelimited" -> "%09";
            default -> "|";
          }, e);
        }
      }
      default -> {}
    }
    // form (and what the styles above do not take: a deepObject's array, a delimited scalar)
    if (value instanceof List<?> l && style.explode() && !l.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      l.forEach(x -> pairs.add(n + "=" + e.apply(text(x))));
      return String.join("&", pairs);
    }
    if (value instanceof Map<?, ?> m && style.explode() && !m.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      m.forEach((k, v) -> pairs.add(e.apply(String.valueOf(k)) + "=" + e.apply(text(v))));
      return String.join("&", pairs);
    }
    return n + "=" + join(items(value), ",", e);
  }

  private static String path(String name, Object value, Style style) {
    UnaryOperator<String> e = s -> encode(s).replace("+", "%20");
    return switch (style.name()) {
      case "label" -> "." + (style.explode() && !(value instanceof Map<?, ?>) ? join(items(value), ".", e) : style.explode() ? pairs(value, ".", e) : join(items(value), ",", e));
      case "matrix" -> {
        if (value instanceof Map<?, ?> m && style.explode()) {
          yield ";" + pairs(m, ";", e);
        }
        if (value instanceof List<?> l && style.explode()) {
          List<String> each = new ArrayList<>();
          l.forEach(x -> each.add(";" + name + "=" + e.apply(text(x))));
          yield l.isEmpty() ? ";" + name : String.join("", each);
        }
        String written = join(items(value), ",", e);
        yield ";" + name + (written.isEmpty() ? "" : "=" + written);
      }
      default -> simple(value, style.explode(), e);
    };
  }

  private static String simple(Object value, boolean explode, UnaryOperator<String> e) {
    return value instanceof Map<?, ?> && explode ? pairs(value, ",", e) : join(items(value), ",", e);
  }

  private static String cookie(String name, Object value, Style style) {
    if (value instanceof List<?> l && style.explode() && !l.isEmpty()) {
      List<String> each = new ArrayList<>();
      l.forEach(x -> each.add(name + "=" + text(x)));
      return String.join("; ", each);
    }
    if (value instanceof Map<?, ?> m && style.explode() && !m.isEmpty()) {
      return pairs(m, "; ", UnaryOperator.identity());
    }
    return name + "=" + join(items(value), ",", UnaryOperator.identity());
  }

  /** A value's parts in order: an array's items, an object's names and values one after the other, or the value. */
  private static List<String> items(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> l) {
      l.forEach(x -> out.add(text(x)));
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        out.add(String.valueOf(k));
        out.add(text(v));
      });
    } else {
      out.add(text(value));
    }
    return out;
  }

  private static String join(List<String> parts, String separator, UnaryOperator<String> e) {
    List<String> out = new ArrayList<>();
    parts.forEach(p -> out.add(e.apply(p)));
    return String.join(separator, out);
  }

  /** An object's properties as {@code name=value}, joined by {@code separator}. */
  private static String pairs(Object value, String separator, UnaryOperator<String> e) {
    List<String> out = new ArrayList<>();
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.add(e.apply(String.valueOf(k)) + "=" + e.apply(text(v))));
    }
    return String.join(separator, out);
  }

  /** A scalar as text; an array or object inside the value as JSON. */
  static String text(Object v) {
    return v == null ? "" : v instanceof Map<?, ?> || v instanceof List<?> ? ViewMapper.json(v, false) : String.valueOf(v);
  }

  /** A query's or path's text percent-encoded ({@code {}} kept: a placeholder's braces). */
  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%7B", "{").replace("%7D", "}");
  }

  /** Percent-encoded but for RFC 3986's reserved characters ({@code allowReserved}). */
  private static String encodeUnreserved(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".indexOf(c) >= 0)) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }
}
