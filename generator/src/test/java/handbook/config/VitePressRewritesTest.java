package handbook.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import handbook.diag.Diagnostics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** VitePress' rewrites, read as path-to-regexp 6 reads their patterns, as VitePress applies them. */
class VitePressRewritesTest {
  private static VitePressRewrites of(String rules) {
    return VitePressRewrites.of("export default defineConfig({\n  rewrites: {\n" + rules + "\n  }\n})\n");
  }

  @Test
  void aPathMovesAPageWhereItSays() {
    VitePressRewrites r = of("'packages/pkg-a/src/pkg-a-docs.md': 'pkg-a/index.md'");
    assertEquals("pkg-a/index.md", r.rewrite("packages/pkg-a/src/pkg-a-docs.md"));
    assertNull(r.rewrite("packages/pkg-b/src/pkg-b-docs.md"));
    // path-to-regexp ignores letter case by default
    assertEquals("pkg-a/index.md", r.rewrite("Packages/pkg-a/src/pkg-a-docs.md"));
  }

  @Test
  void parametersCarryTheirSegments() {
    VitePressRewrites r = of("'packages/:pkg/src/:slug*': ':pkg/:slug*'");
    assertEquals("pkg-a/index.md", r.rewrite("packages/pkg-a/src/index.md"));
    assertEquals("pkg-b/guide/deep/setup.md", r.rewrite("packages/pkg-b/src/guide/deep/setup.md"));
    // one segment for a parameter without a modifier
    assertNull(r.rewrite("packages/a/b/src/index.md"));
    VitePressRewrites one = of("'guide/:page': 'docs/:page'");
    assertEquals("docs/setup.md", one.rewrite("guide/setup.md"));
    assertNull(one.rewrite("guide/deep/setup.md"));
    // a leading slash of the destination is dropped; one that is no page's path is given as it is (the tree names it)
    assertEquals("x.md", of("'a.md': '/x.md'").rewrite("a.md"));
    assertEquals("x.html", of("'a.md': 'x.html'").rewrite("a.md"));
  }

  @Test
  void patternsOfTheirOwnAndNumberedGroups() {
    VitePressRewrites r = of("'packages/:pkg/src/(.*)': ':pkg/index.md'");
    assertEquals("pkg-a/index.md", r.rewrite("packages/pkg-a/src/deep/file.md"));
    VitePressRewrites numbered = of("'v:major(\\\\d+)/(.*)': 'versions/:major/:0'");
    assertEquals("versions/2/intro.md", numbered.rewrite("v2/intro.md"));
    assertNull(numbered.rewrite("vx/intro.md"));
    // an optional parameter left out takes its slash with it
    VitePressRewrites optional = of("'docs/:lang?/intro.md': 'intro-:lang?.md'");
    assertEquals("intro-en.md", optional.rewrite("docs/en/intro.md"));
  }

  @Test
  void aKeyThatStartsWithACaretIsARegularExpression() {
    VitePressRewrites r = of("'^api/(?<name>[a-z]+)\\\\.md': 'reference/:name.md'");
    assertEquals("reference/client.md", r.rewrite("api/client.md"));
    assertNull(r.rewrite("API/client.md"));
  }

  @Test
  void aPatternThatBacktracksWithoutEndMatchesNothing() {
    // (a+)+b on a path of a's: ever more ways to split them, none matching; read up to a budget, then taken as no match
    VitePressRewrites r = of("'^(a+)+b': 'x.md',\n'a:rest*': 'y.md'");
    assertEquals("y.md", r.rewrite("a".repeat(60) + ".md"));
  }

  @Test
  void manyRulesOfPathsAreLookedUpInTheirOrder() {
    StringBuilder rules = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      rules.append("'p").append(i).append(".md': 'q").append(i).append(".md',\n");
    }
    rules.append("'p:n(\\\\d+).md': 'r:n.md',\n'p7.md': 'never.md'");
    VitePressRewrites r = of(rules.toString());
    assertEquals("q4999.md", r.rewrite("p4999.md"));
    // (a key written twice has its last value, as in JavaScript)
    assertEquals("never.md", r.rewrite("P7.md"));
    assertEquals("q8.md", r.rewrite("P8.md"));
    assertEquals("r5000.md", r.rewrite("p5000.md"));
  }

  @Test
  void theFirstRuleThatMatchesIsTaken() {
    VitePressRewrites r = of("'guide/intro.md': 'start.md',\n'guide/:page': ':page'");
    assertEquals("start.md", r.rewrite("guide/intro.md"));
    assertEquals("setup.md", r.rewrite("guide/setup.md"));
    assertEquals("intro.md", of("'guide/:page': ':page',\n'guide/intro.md': 'start.md'").rewrite("guide/intro.md"));
  }

  @Test
  void rulesNotReadAreNamed() {
    String text = "export default {\n  rewrites: {\n    'a.md': b,\n    '{x}.md': 'y.md',\n    ':a.md': ':b.md',\n    'ok.md': 'fine.md'\n  }\n}\n";
    // the rules read: the last one alone
    assertEquals("fine.md", VitePressRewrites.of(text).rewrite("ok.md"));
    assertNull(VitePressRewrites.of(text).rewrite("a.md"));
    Diagnostics diags = new Diagnostics();
    VitePressConfig.read(text, "docs/.vitepress/config.js", "docs/", "docs/", Set.of(), null, diags);
    List<String> messages = diags.sorted().stream().map(d -> d.span().line() + ":" + d.span().column() + " " + d.message()).toList();
    assertEquals(
        List.of(
            "3:13 the rewrite of `a.md` is not written as a string: the pages it matches are published at their own paths",
            "4:15 the rewrite `{x}.md` → `y.md` is not read here: the pages it matches are published at their own paths",
            "5:14 the rewrite `:a.md` → `:b.md` is not read here: the pages it matches are published at their own paths"),
        messages);
    Diagnostics byCode = new Diagnostics();
    VitePressConfig.read("export default {\n  rewrites(id) { return id }\n}\n", "c.js", "docs/", "docs/", Set.of(), null, byCode);
    assertEquals(List.of("`rewrites` is made by code (not an object of paths): it is not followed, and pages are published at their own paths"), byCode.sorted().stream().map(d -> d.message()).toList());
  }

  @Test
  void twoSetsOfRulesAreTheSameWhenWrittenTheSame() {
    assertEquals(of("'a.md': 'b.md'"), of("'a.md':   \"b.md\""));
    assertNotEquals(of("'a.md': 'b.md'"), of("'a.md': 'c.md'"));
    assertNull(of("'a.md': x"));
  }
}
