package handbook.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void aCopyGoesOnFromThePartsGivenSoFar() {
    Keys.Builder prefix = new Keys.Builder().add("generator").add("docs").add("environment");
    String whole = new Keys.Builder().add("generator").add("docs").add("environment").add("docs/a.md").add("hash").build();
    assertEquals(whole, prefix.copy().add("docs/a.md").add("hash").build());
    // the prefix is unchanged by its copies: each file's key from it is its own
    assertEquals(whole, prefix.copy().add("docs/a.md").add("hash").build());
    assertNotEquals(whole, prefix.copy().add("docs/b.md").add("hash").build());
    assertEquals(Keys.of("generator", "docs", "environment"), prefix.build());
  }

  @Test
  void partsCannotShiftIntoEachOther() {
    assertNotEquals(new Keys.Builder().add("ab").add("c").build(), new Keys.Builder().add("a").add("bc").build());
    assertNotEquals(new Keys.Builder().add(null).build(), new Keys.Builder().add("null").build());
    assertEquals(Keys.of("a", "b"), new Keys.Builder().add("a").add("b").build());
  }
}
