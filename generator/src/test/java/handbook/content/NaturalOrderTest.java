package handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
  private static List<String> sorted(String... names) {
    Collator c = Collator.getInstance(Locale.forLanguageTag("nb"));
    c.setStrength(Collator.SECONDARY);
    List<String> out = new ArrayList<>(List.of(names));
    out.sort(new NaturalOrder(c));
    return out;
  }

  @Test
  void numbersInNamesAreComparedByValue() {
    assertEquals(List.of("Example 9", "Example 65", "Example 649"), sorted("Example 649", "Example 65", "Example 9"));
    assertEquals(List.of("v1.2", "v1.10", "v2"), sorted("v1.10", "v2", "v1.2"));
  }

  @Test
  void leadingZerosDoNotChangeTheValue() {
    assertEquals(List.of("1 b", "01 c", "2 a"), sorted("2 a", "01 c", "1 b"));
  }

  @Test
  void textIsComparedByTheLanguage() {
    assertEquals(List.of("Arkiv", "Zebra", "Ærlig", "Øl", "Ål"), sorted("Ål", "Øl", "Zebra", "Ærlig", "Arkiv"));
    assertEquals(List.of("Side", "Side 2"), sorted("Side 2", "Side"));
  }
}
