package handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class YamlParserTest {
  private final YamlParser parser = new YamlParser();

  @Test
  void positionsAreFileLinesWhenTheBlockStartsLater() {
    YamlParser.Result r = parser.parse("title: A\ntags:\n  - x\n  - y\n", "f.md", 2);
    YamlNode.Mapping m = (YamlNode.Mapping) r.root();
    assertEquals(2, m.entries().get("title").keyLine());
    YamlNode.Seq tags = (YamlNode.Seq) m.get("tags");
    assertEquals(4, tags.items().get(0).line());
    assertEquals(5, tags.items().get(1).line());
    assertEquals(5, tags.items().get(1).column());
  }

  @Test
  void syntaxErrorIsReportedAtTheFileLine() {
    YamlParser.Result r = parser.parse("title: A\ntags: [a, b\nweight: 1\n", "f.md", 2);
    assertNull(r.root());
    assertEquals("yaml.syntax", r.errors().get(0).code());
    assertEquals(4, r.errors().get(0).span().line());
  }

  @Test
  void duplicateKeysAreErrors() {
    YamlParser.Result r = parser.parse("a: 1\nb: 2\na: 3\n", "s.yaml", 1);
    assertEquals("s.yaml:3:1: error[yaml.duplicate-key]: key `a` appears twice in this map", r.errors().get(0).headline());
    assertEquals("the first one is on line 1", r.errors().get(0).hint());
  }

  @Test
  void aliasesAreRefusedAtTheirPlace() {
    YamlParser.Result r = parser.parse("a: &x [1, 2]\nb: *x\n", "f.md", 2);
    assertEquals("f.md:3:4: error[yaml.alias]: YAML aliases (`*x`) are not supported", r.errors().get(0).headline());
  }

  @Test
  void scalarsKeepTheirTypes() {
    YamlNode.Mapping m = (YamlNode.Mapping) parser.parse("n: 3\nb: true\ns: 'true'\nd: 2026-01-02\nz: ~\n", "s", 1).root();
    assertEquals(YamlNode.Scalar.Type.INTEGER, ((YamlNode.Scalar) m.get("n")).type());
    assertEquals(YamlNode.Scalar.Type.BOOLEAN, ((YamlNode.Scalar) m.get("b")).type());
    assertEquals(YamlNode.Scalar.Type.STRING, ((YamlNode.Scalar) m.get("s")).type());
    assertEquals("2026-01-02", ((YamlNode.Scalar) m.get("d")).value());
    assertEquals(YamlNode.Scalar.Type.NULL, ((YamlNode.Scalar) m.get("z")).type());
  }
}
