package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Liquid's and Jinja's conditions over known values, each with its language's truth and order. */
class TemplateConditionTest {
  static final Map<String, String> VALUES = Map.of("site.on", "true", "site.off", "false", "site.name", "Widgets", "site.count", "3", "site.zero", "0", "extra.v", "2.1");

  @Test
  void truthIsEachLanguages() {
    assertEquals(true, TemplateCondition.holds(" site.zero ", VALUES, false), "only nil and false are false in Liquid");
    assertEquals(false, TemplateCondition.holds(" site.zero ", VALUES, true), "zero is false in Jinja");
    assertEquals(false, TemplateCondition.holds("site.off", VALUES, false));
    assertEquals(true, TemplateCondition.holds("site.on", VALUES, true));
  }

  @Test
  void comparisonsReadTextsAndNumbers() {
    assertEquals(true, TemplateCondition.holds("site.count > 2", VALUES, false));
    assertEquals(true, TemplateCondition.holds("site.count == 3.0", VALUES, false), "numbers by value");
    assertEquals(false, TemplateCondition.holds("site.name != 'Widgets'", VALUES, false));
    assertEquals(true, TemplateCondition.holds("site.name contains \"idg\"", VALUES, false));
    assertEquals(true, TemplateCondition.holds("'idg' in site.name", VALUES, true));
    assertEquals(true, TemplateCondition.holds("extra.v >= 2", VALUES, true));
    assertEquals(true, TemplateCondition.holds("site.name == nil or site.on", VALUES, false));
  }

  @Test
  void andAndOrAreReadInEachLanguagesOrder() {
    // Liquid from the right: false and (false or true); Jinja: (false and false) or true
    assertEquals(false, TemplateCondition.holds("site.off and site.off or site.on", VALUES, false));
    assertEquals(true, TemplateCondition.holds("site.off and site.off or site.on", VALUES, true));
    assertEquals(true, TemplateCondition.holds("not (site.off or site.off) and site.on", VALUES, true));
  }

  @Test
  void whatIsNotKnownHereIsUnread() {
    assertNull(TemplateCondition.holds("site.pages", VALUES, false), "a value of Jekyll's own");
    assertNull(TemplateCondition.holds("site.name | upcase == 'WIDGETS'", VALUES, false), "a filter");
    assertNull(TemplateCondition.holds("site.on == 'true'", VALUES, false), "YAML's true or a text: which is not known");
    assertNull(TemplateCondition.holds("site.count >", VALUES, false));
    assertNull(TemplateCondition.holds("", VALUES, false));
    assertNull(TemplateCondition.holds("site.name site.on", VALUES, false), "two values without an operator");
  }
}
