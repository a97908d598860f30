package handbook.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@link JsLiteral} on config files made of the pieces JavaScript literals are made of: whatever
 * the text, reading it ends, throws nothing and every value starts inside the text.
 */
class JsLiteralFuzzTest {
  private static final String[] PIECES = {
    "{", "}", "[", "]", "(", ")", ",", ";", ":", " ", "\n", "'", "\"", "`", "${", "\\", "\\u00e6", "\\u12", "//", "/*", "*/", "...", "a", "type", "id",
    "'doc'", "\"x\"", "1", "-2.5", "true", "null", "module.exports = ", "export default ", "const s = ", "s", " satisfies T", ": T = ", "require('x')", "=>", "=", "æ"
  };

  @FuzzTest(maxDuration = "1m")
  void readingAnyTextEndsAndStaysInside(byte[] data) {
    String text = handbook.testing.Pieces.join(data, PIECES);
    for (JsLiteral.Value v : new JsLiteral.Value[] {JsLiteral.at(text, 0), JsLiteral.exported(text, false), JsLiteral.exported(text, true)}) {
      Deque<JsLiteral.Value> open = new ArrayDeque<>();
      if (v != null) {
        open.push(v);
      }
      while (!open.isEmpty()) {
        JsLiteral.Value x = open.pop();
        assertTrue(x.offset() >= 0 && x.offset() <= text.length(), text);
        if (x instanceof JsLiteral.Obj o) {
          o.entries().values().forEach(open::push);
        } else if (x instanceof JsLiteral.Arr a) {
          a.items().forEach(open::push);
        }
      }
    }
  }
}
