package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsLiteralTest {
  /** A value as plain Java: maps, lists, strings, and "?" + text for what is not a literal. */
  private static Object plain(JsLiteral.Value v) {
    if (v instanceof JsLiteral.Obj o) {
      java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
      o.entries().forEach((k, x) -> m.put(k, plain(x)));
      return m;
    }
    if (v instanceof JsLiteral.Arr a) {
      return a.items().stream().map(JsLiteralTest::plain).toList();
    }
    if (v instanceof JsLiteral.Str s) {
      return s.value();
    }
    return v == null ? null : "?" + ((JsLiteral.Other) v).text();
  }

  @Test
  void literalsAsWrittenWithCommentsAndTrailingCommas() {
    String text =
        """
        {
          // a comment
          a: 'one', "b": "two\\n\\u00e6", c: `three`, /* block */ 'd-e': [1, -2.5, true, null, ],
          nested: {x: [{y: 'z'}]},
          tpl: `a ${b}`, call: require('./x.js'), ...rest, short, method() { return 1; },
        }
        """;
    assertEquals(plainMap(), plain(JsLiteral.at(text, 0)));
  }

  private static java.util.Map<String, Object> plainMap() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("a", "one");
    m.put("b", "two\næ");
    m.put("c", "three");
    m.put("d-e", List.of("1", "-2.5", "true", "null"));
    m.put("nested", java.util.Map.of("x", List.of(java.util.Map.of("y", "z"))));
    m.put("tpl", "?`a ${b}`");
    m.put("call", "?require('./x.js')");
    m.put("...rest", "?...rest");
    m.put("short", "?short");
    m.put("method", "?() { return 1; }");
    return m;
  }

  @Test
  void theExportedObjectInEachFormConfigFilesUse() {
    Object expected = java.util.Map.of("s", List.of("a"));
    for (String text :
        List.of(
            "module.exports = {s: ['a']};",
            "export default {s: ['a']};",
            "// export default {other: 1}\nconst sidebars = {s: ['a']};\nmodule.exports = sidebars;",
            "/* module.exports = {x: 1} */ export default {s: ['a']}",
            "import type {SidebarsConfig} from 'x';\nconst sidebars: SidebarsConfig = {s: ['a']};\nexport default sidebars satisfies SidebarsConfig;\n",
            "export const sidebars = {s: ['a']} as const;\nexport default sidebars;",
            "const url = 'https://x.org'; export default {s: ['a']};",
            "const s = 'module.exports = {x: 1}';\nconst reexport = 1; xmodule.exports = {y: 1};\nexport default {s: ['a']};",
            // VitePress' and Astro's helper, around the object (twice with vitepress-plugin-mermaid's)
            "import { defineConfig } from 'vitepress'\nexport default defineConfig({s: ['a']})",
            "export default withMermaid(\n  defineConfig({s: ['a']}))")) {
      assertEquals(expected, plain(JsLiteral.exported(text, false)), text);
    }
    assertEquals(expected, plain(JsLiteral.exported("{\"s\": [\"a\"]}", true)));
    assertNull(JsLiteral.exported("const a = 1;", false));
    assertEquals("?require('./other')", plain(JsLiteral.exported("module.exports = require('./other');", false)));
    // another call is not read through: what it does with its argument is not known
    assertEquals("?makeConfig({s: ['a']})", plain(JsLiteral.exported("export default makeConfig({s: ['a']})", false)));
  }

  /** Text cut off or with stray brackets ends the reading; it never loops. */
  @Test
  @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void brokenTextEndsTheReading() {
    for (String text : List.of("{a: [1, 2", "{a: 'open", "[) ; }", "{ ) : }", "{a: `x", "{'a' 1}", "[,,,]", "")) {
      JsLiteral.Value v = JsLiteral.at(text, 0);
      assertInstanceOf(JsLiteral.Value.class, v, text);
    }
    assertEquals(List.of(), plain(JsLiteral.at("[,,,]", 0)));
  }

  /** Exports in a long comment are passed in one pass, not looked back over for each (it took minutes). */
  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void manyExportsInACommentAreReadInOnePass() {
    String text = "/*\n" + "export default {}\n".repeat(200_000) + "*/\nmodule.exports = {s: ['a']};\n";
    assertEquals(java.util.Map.of("s", List.of("a")), plain(JsLiteral.exported(text, false)));
  }

  /** Nesting deeper than any config is kept as text, read without recursion: a hostile file costs no stack. */
  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void deepNestingIsKeptAsText() {
    String deep = "{a: " + "[".repeat(300_000) + "]".repeat(300_000) + ", b: 'after'}";
    JsLiteral.Obj o = (JsLiteral.Obj) JsLiteral.at(deep, 0);
    assertEquals("after", o.string("b"));
    Object a = plain(o.get("a"));
    for (int i = 0; i < JsLiteral.MAX_DEPTH - 1; i++) {
      a = ((List<?>) a).get(0);
    }
    assertEquals("?" + "[".repeat(300_000 - JsLiteral.MAX_DEPTH + 1) + "]".repeat(300_000 - JsLiteral.MAX_DEPTH + 1), a);
  }
}
