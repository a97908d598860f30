package handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.diag.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configs merged as MkDocs' INHERIT and Hugo's config folder merge them, each value still naming its file. */
class YamlMergeTest {
  private static YamlNode.Mapping map(String text) {
    return (YamlNode.Mapping) new YamlParser().parse(text, "x", 1).root();
  }

  @Test
  void theChildsValuesWinAndMapsMergeKeyByKey() {
    YamlNode.Mapping parent = map("a: 1\ntheme:\n  name: material\n  language: nb\nlist: [1, 2]\nb: 2\n").from("base.yml");
    YamlNode.Mapping child = map("theme:\n  features: [tabs]\n  name: mkdocs\nlist: [3]\nc: 3\n");
    YamlNode.Mapping merged = parent.mergedWith(child, false);
    assertEquals(
        Map.of("a", 1L, "theme", Map.of("name", "mkdocs", "language", "nb", "features", List.of("tabs")), "list", List.of(3L), "b", 2L, "c", 3L),
        merged.toPlain());
    // the parent's order, then the child's new keys
    assertEquals(List.of("a", "theme", "list", "b", "c"), List.copyOf(merged.entries().keySet()));
    assertEquals(List.of("name", "language", "features"), List.copyOf(((YamlNode.Mapping) merged.get("theme")).entries().keySet()));
    // each value names the file it is from: the parent's its own, the child's the one its reader is given
    YamlNode.Mapping theme = (YamlNode.Mapping) merged.get("theme");
    assertEquals(new Span("base.yml", 4, 13), theme.get("language").span("mkdocs.yml"));
    assertEquals(new Span("mkdocs.yml", 3, 9), theme.get("name").span("mkdocs.yml"));
    assertEquals(new Span("base.yml", 6, 1), merged.entries().get("b").keySpan("mkdocs.yml"));
    assertEquals(new Span("mkdocs.yml", 4, 1), merged.entries().get("list").keySpan("mkdocs.yml"));
  }

  @Test
  void keysInAnyCaseAreOneKeyWhereAsked() {
    YamlNode.Mapping parent = map("baseURL: /\nParams:\n  a: 1\n");
    YamlNode.Mapping child = map("baseurl: https://x.example/\nparams:\n  b: 2\n").from("production.yml");
    YamlNode.Mapping merged = parent.mergedWith(child, true);
    assertEquals(List.of("baseurl", "params"), List.copyOf(merged.entries().keySet()));
    assertEquals(Map.of("a", 1L, "b", 2L), merged.get("params").toPlain());
    assertEquals("https://x.example/", ((YamlNode.Scalar) merged.get("baseurl")).value());
    assertNull(merged.get("baseURL"));
    // (MkDocs' keys are of one case: both stay)
    assertEquals(List.of("baseURL", "Params", "baseurl", "params"), List.copyOf(parent.mergedWith(child, false).entries().keySet()));
  }

  @Test
  void aNodeNamingItsFileKeepsIt() {
    YamlNode.Mapping grand = map("a: 1\n").from("grand.yml");
    YamlNode.Mapping parent = grand.mergedWith(map("b: 2\n"), false).from("parent.yml");
    assertEquals("grand.yml", parent.get("a").file());
    assertEquals("parent.yml", parent.get("b").file());
    // a merged map that names its child's file still gives its other parts theirs
    YamlNode.Mapping named = map("m:\n  a: 1\n").mergedWith(map("m:\n  b: 2\n").from("child.yml"), false).from("root.yml");
    YamlNode.Mapping m = (YamlNode.Mapping) named.get("m");
    assertEquals("child.yml", m.file());
    assertEquals("root.yml", m.get("a").file());
    assertEquals("child.yml", m.get("b").file());
  }
}
