package handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * {@link SimpleYaml} on blocks made of the pieces front matter is made of: whatever it takes, it
 * reads as the YAML parser reads it, positions included.
 */
class SimpleYamlFuzzTest {
  private static final String[] PIECES = {
    "\n", "\n", "title", "tags", "weight", "on", "a-b", "_k", "9", ":", ": ", " ", "  ", "\"", "'", "[", "]", ", ", ",", "#", "-", "- ", "~", "null",
    "true", "Yes", "1", "0", "12", "1.5", "2026-01-02", "v2.3", "a/b", "word", "two words", "Æø", "\\", "\t", "\r", "{", "}", "&a", "*a", "!", "|", ">", "%", "@", "`"
  };

  private final YamlParser parser = new YamlParser();

  @FuzzTest(maxDuration = "1m")
  void takenBlocksReadAsTheYamlParserReadsThem(byte[] data) {
    String text = handbook.testing.Pieces.join(data, PIECES);
    YamlNode simple = SimpleYaml.parse(text, 2);
    if (simple != null) {
      YamlParser.Result yaml = parser.parseYaml(text, "f.md", 2);
      assertTrue(yaml.ok(), () -> text + ": " + yaml.errors());
      assertEquals(yaml.root(), simple, text);
    }
  }
}
