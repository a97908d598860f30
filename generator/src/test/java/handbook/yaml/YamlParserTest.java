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
  void envTagsAreReadFromTheEnvironmentAsMkDocsReadsThem() {
    YamlParser env = new YamlParser(java.util.Map.of("SITE", "Fra miljøet", "CI", "true", "N", "42", "EMPTY", "")::get);
    String text =
        """
        one: !ENV SITE
        first: !ENV [UNSET, SITE, 'default']
        fallback: !ENV [UNSET, 'default']
        typed: !ENV [UNSET, false]
        unset: !ENV UNSET
        single: !ENV [UNSET]
        flag: !ENV CI
        number: !ENV N
        empty: !ENV EMPTY
        nested:
          - plugin:
              enabled: !ENV [CI, false]
        plain: SITE
        """;
    YamlNode.Mapping m = (YamlNode.Mapping) env.parse(text, "mkdocs.yml", 1).root();
    assertEquals(new YamlNode.Scalar("Fra miljøet", YamlNode.Scalar.Type.STRING, 1, 6), m.get("one"));
    assertEquals("Fra miljøet", ((YamlNode.Scalar) m.get("first")).value());
    assertEquals(new YamlNode.Scalar("default", YamlNode.Scalar.Type.STRING, 3, 24), m.get("fallback"), "the default, where it is written");
    assertEquals(new YamlNode.Scalar("false", YamlNode.Scalar.Type.BOOLEAN, 4, 21), m.get("typed"));
    assertEquals(YamlNode.Scalar.Type.NULL, ((YamlNode.Scalar) m.get("unset")).type());
    assertEquals(YamlNode.Scalar.Type.NULL, ((YamlNode.Scalar) m.get("single")).type(), "one item is a name, not a default");
    assertEquals(new YamlNode.Scalar("true", YamlNode.Scalar.Type.BOOLEAN, 7, 7), m.get("flag"));
    assertEquals(YamlNode.Scalar.Type.INTEGER, ((YamlNode.Scalar) m.get("number")).type());
    assertEquals(YamlNode.Scalar.Type.NULL, ((YamlNode.Scalar) m.get("empty")).type());
    YamlNode.Mapping plugin = (YamlNode.Mapping) ((YamlNode.Mapping) ((YamlNode.Seq) m.get("nested")).items().get(0)).get("plugin");
    assertEquals("true", ((YamlNode.Scalar) plugin.get("enabled")).value());
    assertEquals("SITE", ((YamlNode.Scalar) m.get("plain")).value(), "no tag, no variable");
    // a parser without an environment reads the tag's value as written
    assertEquals("SITE", ((YamlNode.Scalar) ((YamlNode.Mapping) parser.parse("one: !ENV SITE\n", "f", 1).root()).get("one")).value());
  }

  /** A Python name (MkDocs' config names functions so: {@code slugify: !!python/name:pymdownx.slugs.uslugify}) is its name as written; another tag's text is the text. */
  @Test
  void pythonNamesAreKeptAsWritten() {
    YamlNode.Mapping m = (YamlNode.Mapping) parser.parse("a: !!python/name:markdown.extensions.toc.slugify_unicode ''\nb: !!python/name:x.y\nc: !!str text\n", "mkdocs.yml", 1).root();
    assertEquals(new YamlNode.Scalar("!!python/name:markdown.extensions.toc.slugify_unicode", YamlNode.Scalar.Type.STRING, 1, 4), m.get("a"));
    assertEquals("!!python/name:x.y", ((YamlNode.Scalar) m.get("b")).value());
    assertEquals("text", ((YamlNode.Scalar) m.get("c")).value());
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
