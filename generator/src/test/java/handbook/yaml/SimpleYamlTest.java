package handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link SimpleYaml} reads front matter into the nodes and positions the YAML parser gives: every
 * front matter of the test corpora and the handbook, and random blocks made to hit its edges.
 */
class SimpleYamlTest {
  final YamlParser parser = new YamlParser();
  private int taken;

  private void same(String name, String text, int firstLine) {
    YamlNode simple = SimpleYaml.parse(text, firstLine);
    if (simple == null) {
      return;
    }
    taken++;
    YamlParser.Result yaml = parser.parseYaml(text, "f.md", firstLine);
    assertTrue(yaml.ok(), () -> name + ": " + yaml.errors());
    assertEquals(yaml.root(), simple, () -> name + ":\n" + text);
  }

  @Test
  void theFrontMatterOfTheCorporaAndTheHandbookReadsAsTheYamlParserReadsIt() throws Exception {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("src/test/resources", "../content")) {
      try (Stream<Path> s = Files.walk(Path.of(folder))) {
        s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
      }
    }
    for (Path p : files) {
      String body = Files.readString(p);
      if (body.startsWith("---\n") && body.indexOf("\n---\n", 3) > 0) {
        same(p.toString(), body.substring(4, body.indexOf("\n---\n", 3) + 1), 2);
      }
    }
    assertTrue(taken > 60, "front matter taken: " + taken + " of " + files.size());
  }

  static final String[] LINES = {
    "title: \"Backup av databasen\"", "title: 'Enkel'", "title: Plain words here", "title: \"Kolon: og # her\"", "title: \"Æøå og «sitat»\"",
    "description: \"Med \\\"escape\\\"\"", "description: 'it''s'", "weight: 960", "weight: 0", "weight: 007", "weight: 12.5", "weight: -3", "weight: +3",
    "weight: 1e3", "weight: 0x1F", "weight: 123456789012345678901", "tags: [frontend, howto, kubernetes]", "tags: []", "tags: [ a ]", "tags: [a,b]",
    "tags: [\"quoted\", x]", "tags: [yes, no]", "tags: [v2.3, a/b, c_d]", "draft: true", "draft: True", "draft: yes", "draft: off", "draft: null",
    "draft: ~", "date: 2026-01-02", "version: v2.3", "version: 2.3", "on: x", "yes: y", "key-with-dash: v", "_under: v", "9lives: v",
    "nested:", "  child: 1", "- item", "list:", "  - a", "# comment", "title: x # comment", "title: a  b", "title: trailing ", "title:  two spaces",
    "title:\tx", "title: \"open", "title: \"a\" extra", "url: https://x.org/a", "path: /etc/hosts", "title: .hidden", "title: Ærlig", "title: a: b",
    "", "title: x\r", "title: \"tab\there\"", "---", "title: 'single \"double\" inside'", "title: \"single 'inside' double\"",
  };

  @Test
  void randomBlocksReadAsTheYamlParserReadsThem() {
    Random r = new Random(21);
    for (int t = 0; t < 4000; t++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(5) + 1; k > 0; k--) {
        b.append(LINES[r.nextInt(LINES.length)]).append('\n');
      }
      if (r.nextInt(4) == 0) {
        b.setLength(b.length() - 1);
      }
      same("random-" + t, b.toString(), 1 + r.nextInt(3));
    }
    assertTrue(taken > 200, "random blocks taken: " + taken);
  }

  @Test
  void theCommonFrontMatterIsTakenAndTheRestIsLeft() {
    assertNotNull(SimpleYaml.parse("title: \"A\"\nweight: 3\ntags: [a, b]\n", 2));
    assertNull(SimpleYaml.parse("draft: true\n", 2), "a boolean");
    assertNull(SimpleYaml.parse("a: 1\na: 2\n", 2), "a duplicate key is the YAML parser's error");
    assertNull(SimpleYaml.parse("", 2), "nothing");
  }
}
