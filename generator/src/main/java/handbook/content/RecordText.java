package handbook.content;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A value's text as {@code String.valueOf} writes it, records inside it too, made without calling
 * a record's generated {@code toString}: on its first call that spins method handles (the site
 * config's records, turned into a key on every build, defined about ninety classes at start-up).
 * A record's components are read by reflection; collections and maps are written as theirs do.
 */
public final class RecordText {
  private RecordText() {}

  /** {@code String.valueOf(value)}, the same text. */
  public static String of(Object value) {
    StringBuilder b = new StringBuilder(256);
    append(b, value);
    return b.toString();
  }

  private static void append(StringBuilder b, Object value) {
    if (value instanceof Record r) {
      record(b, r);
    } else if (value instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          b.append(", ");
        }
        first = false;
        append(b, e.getKey());
        b.append('=');
        append(b, e.getValue());
      }
      b.append('}');
    } else if (value instanceof Collection<?> c) {
      b.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          b.append(", ");
        }
        first = false;
        append(b, o);
      }
      b.append(']');
    } else {
      b.append(value);
    }
  }

  private static void record(StringBuilder b, Record r) {
    Class<?> type = r.getClass();
    RecordComponent[] components = type.getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(r);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // a record whose accessors cannot be called from here (not public) writes itself
      b.append(r);
      return;
    }
    b.append(type.getSimpleName()).append('[');
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(components[i].getName()).append('=');
      append(b, values[i]);
    }
    b.append(']');
  }
}
