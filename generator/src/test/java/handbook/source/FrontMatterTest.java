package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void splitsYamlAndBodyWithTheirFileLines() {
    FrontMatter fm = FrontMatter.split("---\ntitle: A\nweight: 2\n---\n# Hei\n");
    assertEquals("title: A\nweight: 2\n", fm.yaml());
    assertEquals(2, fm.yamlFirstLine());
    assertEquals("# Hei\n", fm.body());
    assertEquals(5, fm.bodyFirstLine());
    assertFalse(fm.unclosed());
  }

  @Test
  void noFrontMatterMeansTheBodyStartsAtLineOne() {
    FrontMatter fm = FrontMatter.split("# Hei\n---\n");
    assertNull(fm.yaml());
    assertEquals(1, fm.bodyFirstLine());
  }

  @Test
  void unclosedFrontMatterIsFlagged() {
    assertTrue(FrontMatter.split("---\ntitle: A\n# Hei\n").unclosed());
  }
}
