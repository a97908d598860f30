package handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageInfoTest {
  private static final PageInfo INFO = new PageInfo("docs/a/", "A", "About A", "docs/a.md", "docs/", 3, true, "doc", List.of("t"), Map.of("k", "v"), List.of("old/a/"), "Short", true);

  /** A value of the component's type other than {@code value}. */
  private static Object other(Class<?> type, Object value) {
    if (type == String.class) {
      return value + "x";
    } else if (type == Integer.class) {
      return ((Integer) value) + 1;
    } else if (type == boolean.class) {
      return !(Boolean) value;
    } else if (type == List.class) {
      return List.of("other");
    } else if (type == Map.class) {
      return Map.of("k", "w");
    }
    throw new AssertionError("a field of a type this test does not change: " + type);
  }

  @Test
  void eachFieldChangesTheKeyText() throws Exception {
    RecordComponent[] components = PageInfo.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    var constructor = PageInfo.class.getDeclaredConstructor(types);
    for (int changed = 0; changed < components.length; changed++) {
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(INFO);
      }
      values[changed] = other(types[changed], values[changed]);
      PageInfo other = constructor.newInstance(values);
      assertNotEquals(INFO.keyText(), other.keyText(), components[changed].getName());
    }
    assertEquals(INFO.keyText(), new PageInfo("docs/a/", "A", "About A", "docs/a.md", "docs/", 3, true, "doc", List.of("t"), Map.of("k", "v"), List.of("old/a/"), "Short", true).keyText());
    // a field's text cannot run into the next one's
    assertNotEquals(
        new PageInfo("docs/a/", "AB", "C", "docs/a.md", "docs/", 3, true, "doc", List.of(), Map.of(), List.of(), null, true).keyText(),
        new PageInfo("docs/a/", "A", "BC", "docs/a.md", "docs/", 3, true, "doc", List.of(), Map.of(), List.of(), null, true).keyText());
  }
}
