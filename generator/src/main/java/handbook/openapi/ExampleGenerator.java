package handbook.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example value for a schema, for bodies whose spec gives none: the schema's own example,
 * const, default or first enum value where there is one, otherwise a value built from the types
 * and formats. Bounded: a recursive reference is left out, and nothing nests deeper than
 * {@link #MAX_DEPTH}. Requests leave out read-only properties, responses write-only ones.
 */
final class ExampleGenerator {
  static final int MAX_DEPTH = 6;
  private static final Object OMIT = new Object();

  @SuppressWarnings("rawtypes")
  private final Map<String, Schema> components;

  @SuppressWarnings("rawtypes")
  ExampleGenerator(Map<String, Schema> components) {
    this.components = components;
  }

  /** An example value (Map, List, String, Number, Boolean or null) for a request or a response body. */
  @SuppressWarnings("rawtypes")
  Object example(Schema schema, boolean request) {
    Object v = value(schema, request, 0, new HashSet<>());
    return v == OMIT ? null : v;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Object value(Schema s, boolean request, int depth, Set<String> refs) {
    if (s == null) {
      return OMIT;
    }
    if (s.get$ref() != null) {
      String name = ViewMapper.refName(s.get$ref(), "schemas");
      Schema target = name == null ? null : components.get(name);
      if (target == null || refs.contains(name) || depth >= MAX_DEPTH) {
        return OMIT;
      }
      refs.add(name);
      try {
        Object v = value(target, request, depth + 1, refs);
        return v instanceof Map m ? discriminated(m, target, name, 0) : v;
      } finally {
        refs.remove(name);
      }
    }
    if (s.getExample() != null) {
      return s.getExample();
    }
    if (s.getExamples() != null && !s.getExamples().isEmpty()) {
      return s.getExamples().get(0);
    }
    if (s.getConst() != null) {
      return s.getConst();
    }
    if (s.getDefault() != null) {
      return s.getDefault();
    }
    if (s.getEnum() != null && !s.getEnum().isEmpty() && s.getEnum().get(0) != null) {
      return s.getEnum().get(0);
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      Map<String, Object> merged = new LinkedHashMap<>();
      Object other = OMIT;
      for (Object o : s.getAllOf()) {
        Object part = value((Schema) o, request, depth + 1, refs);
        if (part instanceof Map m) {
          merged.putAll(m);
        } else if (part != OMIT && other == OMIT) {
          other = part;
        }
      }
      if (s.getProperties() != null) {
        merged.putAll(object(s, request, depth, refs));
      }
      return merged.isEmpty() ? other : merged;
    }
    for (List<Schema> options : new List[] {s.getOneOf(), s.getAnyOf()}) {
      if (options != null) {
        for (Schema o : options) {
          Object v = value(o, request, depth + 1, refs);
          String optionName = o.get$ref() == null ? null : ViewMapper.refName(o.get$ref(), "schemas");
          if (v instanceof Map m && s.getDiscriminator() != null && s.getDiscriminator().getPropertyName() != null && optionName != null) {
            Map<String, Object> copy = new LinkedHashMap<>(m);
            copy.put(s.getDiscriminator().getPropertyName(), mappingValues(s.getDiscriminator(), optionName).get(0));
            v = copy;
          }
          if (v != OMIT) {
            if (v instanceof Map m && s.getProperties() != null) {
              Map<String, Object> merged = new LinkedHashMap<>(m);
              merged.putAll(object(s, request, depth, refs));
              return merged;
            }
            return v;
          }
        }
      }
    }
    String type = type(s);
    if (type == null) {
      return s.getProperties() != null || ViewMapper.additionalProperties(s) instanceof Schema ? object(s, request, depth, refs) : OMIT;
    }
    switch (type) {
      case "object":
        return object(s, request, depth, refs);
      case "array": {
        List<Object> list = new ArrayList<>();
        if (depth < MAX_DEPTH && s.getPrefixItems() != null) {
          // (3.1) a tuple: a value for each position
          for (Object position : s.getPrefixItems()) {
            Object item = value((Schema) position, request, depth + 1, refs);
            list.add(item == OMIT ? null : item);
          }
        } else if (depth < MAX_DEPTH && (s.getItems() == null || s.getItems().getBooleanSchemaValue() == null)) {
          Object item = value(s.getItems(), request, depth + 1, refs);
          if (item != OMIT) {
            list.add(item);
          }
        }
        return list;
      }
      case "string":
        return string(s);
      case "integer": {
        BigDecimal min = bound(s);
        return min == null ? 0 : min.longValue();
      }
      case "number": {
        BigDecimal min = bound(s);
        return min == null ? 0 : min;
      }
      case "boolean":
        return true;
      case "null":
        return null;
      default:
        return OMIT;
    }
  }

  /**
   * An example of the named schema {@code name} with its discriminator property (its own, or
   * that of a schema it extends with allOf) set to a value that selects it.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private Map<String, Object> discriminated(Map<String, Object> value, Schema s, String name, int depth) {
    if (s == null || depth > 4) {
      return value;
    }
    io.swagger.v3.oas.models.media.Discriminator d = s.getDiscriminator();
    if (d != null && d.getPropertyName() != null) {
      List<String> values = mappingValues(d, name);
      String v = values.get(0);
      boolean implicit = v.equals(name) && (d.getMapping() == null || !d.getMapping().containsKey(name));
      if (depth == 0 && implicit) {
        // the base schema itself: a value of its mapping, or the value made from the property
        if (d.getMapping() == null || d.getMapping().isEmpty()) {
          return value;
        }
        v = d.getMapping().keySet().iterator().next();
      }
      Map<String, Object> copy = new LinkedHashMap<>(value);
      copy.put(d.getPropertyName(), v);
      return copy;
    }
    if (s.getAllOf() != null) {
      for (Object o : s.getAllOf()) {
        Schema part = (Schema) o;
        String n = part.get$ref() == null ? null : ViewMapper.refName(part.get$ref(), "schemas");
        Map<String, Object> out = discriminated(value, n == null ? part : components.get(n), name, depth + 1);
        if (out != value) {
          return out;
        }
      }
    }
    return value;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private Map<String, Object> object(Schema s, boolean request, int depth, Set<String> refs) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (depth >= MAX_DEPTH) {
      return m;
    }
    if (s.getProperties() != null) {
      for (Map.Entry<String, Schema> e : ((Map<String, Schema>) s.getProperties()).entrySet()) {
        Schema p = e.getValue();
        Schema shown = p != null && p.get$ref() != null ? components.get(ViewMapper.refName(p.get$ref(), "schemas")) : p;
        if (shown != null && (request && Boolean.TRUE.equals(shown.getReadOnly()) || !request && Boolean.TRUE.equals(shown.getWriteOnly()))) {
          continue;
        }
        Object v = value(p, request, depth + 1, refs);
        if (v != OMIT) {
          m.put(e.getKey(), v);
        }
      }
    } else if (ViewMapper.additionalProperties(s) instanceof Schema add) {
      Object v = value(add, request, depth + 1, refs);
      if (v != OMIT) {
        m.put("key", v);
      }
    }
    return m;
  }

  @SuppressWarnings("rawtypes")
  static String type(Schema s) {
    if (s.getTypes() != null && !s.getTypes().isEmpty()) {
      for (String t : new java.util.TreeSet<String>(s.getTypes())) {
        if (!t.equals("null")) {
          return t;
        }
      }
      return "null";
    }
    if (s.getType() != null) {
      return s.getType();
    }
    if (s.getProperties() != null) {
      return "object";
    }
    if (s.getItems() != null || s.getPrefixItems() != null) {
      return "array";
    }
    return null;
  }

  @SuppressWarnings("rawtypes")
  private static BigDecimal bound(Schema s) {
    if (s.getMinimum() != null) {
      return Boolean.TRUE.equals(s.getExclusiveMinimum()) ? s.getMinimum().add(BigDecimal.ONE) : s.getMinimum();
    }
    if (s.getExclusiveMinimumValue() != null) {
      return s.getExclusiveMinimumValue().add(BigDecimal.ONE);
    }
    if (s.getMaximum() != null && s.getMaximum().signum() < 0) {
      return s.getMaximum();
    }
    return null;
  }

  @SuppressWarnings("rawtypes")
  private static String string(Schema s) {
    String f = s.getFormat() == null ? "" : s.getFormat();
    return switch (f) {
      case "date-time" -> "2024-05-14T08:30:00Z";
      case "date" -> "2024-05-14";
      case "time" -> "08:30:00";
      case "email", "idn-email" -> "bruker@example.com";
      case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
      case "uri", "url", "iri", "uri-reference" -> "https://example.com/";
      case "hostname", "idn-hostname" -> "example.com";
      case "ipv4" -> "192.0.2.10";
      case "ipv6" -> "2001:db8::10";
      case "byte" -> "U3dhZ2dlcg==";
      case "binary" -> "<binary>";
      case "password" -> "********";
      case "duration" -> "PT15M";
      default -> "string";
    };
  }

  /**
   * The discriminator values that select a schema: the mapping's keys that name it, or its own
   * name when the mapping names it nowhere (the implicit mapping).
   */
  static List<String> mappingValues(io.swagger.v3.oas.models.media.Discriminator d, String schemaName) {
    List<String> out = new ArrayList<>();
    if (d.getMapping() != null) {
      d.getMapping().forEach((value, target) -> {
        String n = target.startsWith("#") ? ViewMapper.refName(target, "schemas") : target.contains("/") ? null : target;
        if (schemaName.equals(n)) {
          out.add(value);
        }
      });
    }
    if (out.isEmpty()) {
      out.add(schemaName);
    }
    return out;
  }
}
