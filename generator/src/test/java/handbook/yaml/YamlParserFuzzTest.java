package handbook.yaml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import handbook.diag.Diagnostic;

/**
 * The YAML reader with positions on any text: it never throws, and every position it reports
 * (values and errors) is a line of the block, counted from the file line the block starts on.
 */
class YamlParserFuzzTest {
  private final YamlParser parser = new YamlParser();

  @FuzzTest(maxDuration = "2m")
  void positionsStayInsideTheBlock(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    int firstLine = 7;
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    YamlParser.Result r = parser.parse(text, "f.md", firstLine);
    for (Diagnostic d : r.errors()) {
      int line = d.span().line();
      assertTrue(line == 0 || line >= firstLine && line <= firstLine + lines, d.headline());
    }
    if (r.root() != null) {
      check(r.root(), firstLine, firstLine + lines);
    }
  }

  private static void check(YamlNode n, int from, long to) {
    assertTrue(n.line() >= from && n.line() <= to, n + " at line " + n.line());
    if (n instanceof YamlNode.Mapping m) {
      m.entries().values().forEach(e -> {
        assertTrue(e.keyLine() >= from && e.keyLine() <= to, e.key());
        check(e.value(), from, to);
      });
    } else if (n instanceof YamlNode.Seq s) {
      s.items().forEach(i -> check(i, from, to));
    }
  }
}
