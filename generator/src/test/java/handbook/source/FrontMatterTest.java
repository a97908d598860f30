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
  void hugosTomlFrontMatterIsSplitAtItsPlusLines() {
    FrontMatter fm = FrontMatter.split("+++\ntitle = \"A\"\n---\n+++\n# Hei\n");
    assertTrue(fm.toml());
    assertEquals("title = \"A\"\n---\n", fm.yaml(), "a --- line is TOML's business");
    assertEquals(5, fm.bodyFirstLine());
    assertFalse(FrontMatter.split("---\ntitle: A\n---\n").toml());
    FrontMatter open = FrontMatter.split("+++\ntitle = \"A\"\n---\n");
    assertTrue(open.unclosed() && open.toml(), "a TOML front matter closes with +++ alone");
    assertNull(FrontMatter.split("++\n+++\n").yaml());
  }

  @Test
  void unclosedFrontMatterIsFlagged() {
    assertTrue(FrontMatter.split("---\ntitle: A\n# Hei\n").unclosed());
  }
}
