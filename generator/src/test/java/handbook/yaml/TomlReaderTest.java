package handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hugo's TOML front matter read into the nodes of YAML, each key at the line and column where it is set. */
class TomlReaderTest {
  final TomlReader reader = new TomlReader();

  static final String TEXT =
      """
      title = "Drift"
      weight = 3
      ratio = 0.5
      draft = false
      date = 2024-01-02T03:04:05Z
      'quoted key' = 'literal \\\\ text'
      tags = [
        "a",
        "b",
      ]
      site.name = "dotted"
      # a comment = 1

      [params]
        author = "x"
        nested.deep = true

      [[menu.main]]
        name = "Hjem"
      """;

  @Test
  void valuesBecomeNodesOfTheirTypes() {
    YamlParser.Result r = reader.parse(TEXT, "content/docs/a.md", 2);
    assertTrue(r.ok(), r.errors().toString());
    YamlNode.Mapping root = (YamlNode.Mapping) r.root();
    assertEquals(
        Map.of(
            "title", "Drift",
            "weight", 3L,
            "ratio", 0.5,
            "draft", false,
            "date", "2024-01-02T03:04:05Z",
            "quoted key", "literal \\\\ text",
            "tags", List.of("a", "b"),
            "site", Map.of("name", "dotted"),
            "params", Map.of("author", "x", "nested", Map.of("deep", true)),
            "menu", Map.of("main", List.of(Map.of("name", "Hjem")))),
        root.toPlain());
    assertEquals(YamlNode.Scalar.Type.INTEGER, ((YamlNode.Scalar) root.get("weight")).type());
  }

  @Test
  void eachKeyIsWhereItIsSetInTheFile() {
    YamlNode.Mapping root = (YamlNode.Mapping) reader.parse(TEXT, "content/docs/a.md", 2).root();
    // the text starts at line 2 of the file (after +++)
    YamlNode.Mapping.Entry title = root.entries().get("title");
    assertEquals(List.of(2, 1, 2, 9), List.of(title.keyLine(), title.keyColumn(), title.value().line(), title.value().column()));
    YamlNode.Mapping.Entry quoted = root.entries().get("quoted key");
    assertEquals(List.of(7, 1, 7, 16), List.of(quoted.keyLine(), quoted.keyColumn(), quoted.value().line(), quoted.value().column()));
    assertEquals(8, root.get("tags").line(), "an array where its key is");
    assertEquals(12, ((YamlNode.Mapping) root.get("site")).entries().get("name").keyLine(), "a dotted key");
    YamlNode.Mapping params = (YamlNode.Mapping) root.get("params");
    assertEquals(15, params.line(), "a table at its header");
    assertEquals(List.of(16, 3), List.of(params.entries().get("author").keyLine(), params.entries().get("author").keyColumn()));
    assertEquals(17, ((YamlNode.Mapping) params.get("nested")).entries().get("deep").keyLine());
  }

  @Test
  void aSyntaxErrorIsAtItsLineOfTheFile() {
    YamlParser.Result r = reader.parse("title = \"A\"\nweight = = 3\n", "content/docs/a.md", 2);
    assertNull(r.root());
    assertEquals(1, r.errors().size());
    String headline = r.errors().get(0).headline();
    assertTrue(headline.startsWith("content/docs/a.md:3:") && headline.contains("error[frontmatter.toml]: invalid TOML: "), headline);
    YamlParser.Result twice = reader.parse("title = \"A\"\ntitle = \"B\"\n", "content/docs/a.md", 2);
    assertEquals("content/docs/a.md:3:1: error[frontmatter.toml]: invalid TOML: `title` is set twice (first on line 2)", twice.errors().get(0).headline());
  }

  @Test
  void nothingIsNoRoot() {
    YamlParser.Result r = reader.parse("# only a comment\n", "content/docs/a.md", 2);
    assertTrue(r.ok());
    assertNull(r.root());
  }
}
