package handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import handbook.diag.Diagnostic;
import handbook.diag.Severity;
import handbook.diag.Span;
import handbook.markdown.DirectiveCall;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (not a record's own, which spins method
 * handles on its first call): equal exactly when every component is, a component added later
 * included.
 */
class WrittenOutEqualsTest {
  @Test
  void eachComponentCountsInEqualsAndEqualValuesHashAlike() throws Exception {
    for (Class<?> type : List.of(Span.class, Diagnostic.class, DirectiveCall.class)) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(types[i], 0);
      }
      Constructor<?> make = type.getDeclaredConstructor(types);
      Object one = make.newInstance(values);
      Object same = make.newInstance(values.clone());
      assertEquals(one, same, type.getSimpleName());
      assertEquals(one.hashCode(), same.hashCode(), type.getSimpleName());
      for (int i = 0; i < components.length; i++) {
        Object[] other = values.clone();
        other[i] = sample(types[i], 1);
        assertNotEquals(one, make.newInstance(other), type.getSimpleName() + "." + components[i].getName());
      }
    }
  }

  /** Two different values of a component's type. */
  private static Object sample(Class<?> type, int which) {
    if (type == String.class) {
      return which == 0 ? "a" : "b";
    }
    if (type == int.class) {
      return which == 0 ? 1 : 2;
    }
    if (type == Span.class) {
      return Span.at(which == 0 ? "a.md" : "b.md", 1, 1);
    }
    if (type == Severity.class) {
      return Severity.values()[which];
    }
    throw new AssertionError("no samples of " + type + ": add them here");
  }
}
