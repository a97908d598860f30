package handbook.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The front-matter reader on any text: it never throws, the body is the end of the text, and
 * the body's first line is the file line it starts on. Found inputs are kept in
 * {@code src/test/resources/handbook/source/FrontMatterFuzzTestInputs/} and replayed by every test run.
 */
class FrontMatterFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void splitKeepsTheBodyAndItsLine(byte[] data) {
    String text = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    FrontMatter fm = FrontMatter.split(text);
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    assertTrue(t.endsWith(fm.body()), "the body is the end of the text");
    String before = t.substring(0, t.length() - fm.body().length());
    long newlines = before.chars().filter(c -> c == '\n').count();
    if (fm.yaml() == null || !fm.body().isEmpty() || before.endsWith("\n")) {
      assertEquals(newlines + 1, fm.bodyFirstLine(), "the body starts on its file line");
    } else {
      // a closing line without a line end: the empty body is said to start on the next line
      assertEquals(newlines + 2, fm.bodyFirstLine());
    }
    if (fm.yaml() != null) {
      assertEquals(2, fm.yamlFirstLine());
      assertTrue(before.startsWith("---"), before);
      assertTrue(before.contains(fm.yaml()));
    } else {
      assertEquals(t, fm.body(), "no front matter: the whole text is the body");
    }
  }
}
