package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.Diagnostic;
import handbook.diag.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SnippetsTest {
  /** Files by their path in the content folder; named {@code content/<path>} in diagnostics. */
  private static Snippets.Expanded expand(String page, Map<String, String> files) {
    return expand("docs/page.md", page, 1, files);
  }

  private static Snippets.Expanded expand(String path, String page, int fromLine, Map<String, String> files) {
    return expand(path, page, fromLine, files, false);
  }

  private static Snippets.Expanded expand(String path, String page, int fromLine, Map<String, String> files, boolean mdx) {
    Map<String, String> all = new TreeMap<>(files);
    all.put(path, page);
    return Snippets.expand(
        new Snippets.Source(path, "content/" + path, page), fromLine, p -> all.containsKey(p) ? new Snippets.Source(p, "content/" + p, all.get(p)) : null, mdx ? java.util.Set.of(Snippets.Form.MDX) : java.util.Set.of());
  }

  private static String problems(Snippets.Expanded x) {
    return x.problems().stream().map(d -> d.span().file() + ":" + d.span().line() + ":" + d.span().column() + " " + d.severity() + " " + d.message()).collect(Collectors.joining("\n"));
  }

  @Test
  void aFileIsPutInWhereItsMarkerStands() {
    Snippets.Expanded x = expand("Before.\n\n--8<-- \"includes/a.md\"\n\nAfter.\n", Map.of("includes/a.md", "One.\nTwo.\n"));
    assertEquals("Before.\n\nOne.\nTwo.\n\nAfter.\n", x.text());
    assertEquals("", problems(x));
    // single quotes, more dashes and scissors, spaces after
    assertEquals("One.\nTwo.\n", expand("---8<--- 'includes/a.md'  \n", Map.of("includes/a.md", "One.\nTwo.\n")).text());
  }

  /** MDX partials (Docusaurus, Astro): an import of a Markdown file names it, its component on a line of its own is the file. */
  @Test
  void mdxPartialsArePutInWhereTheirComponentStands() {
    Map<String, String> files = Map.of("docs/_shared.mdx", "Shared.\n\nimport Inner from './_inner.md';\n\n<Inner />\n", "docs/_inner.md", "Inner.\n");
    String page =
        "import Shared from './_shared.mdx';\nimport Tabs from '@theme/Tabs';\n\nA\n\n<Shared />\n\n- item\n\n  <Shared/>\n\n```mdx\nimport Shared from './_shared.mdx';\n<Shared />\n```\n\n<Shared prop=\"x\" />\n<Other />\n";
    assertTrue(Snippets.mentions(page, java.util.Set.of(Snippets.Form.MDX)) && Snippets.includes(page, 1, java.util.Set.of(Snippets.Form.MDX)));
    assertFalse(Snippets.includes(page, 1, java.util.Set.of()), "a page MDX does not read");
    assertEquals(page, expand("docs/page.md", page, 1, files).text());
    Snippets.Expanded x = expand("docs/page.mdx", page, 1, files, true);
    assertEquals(
        "\nimport Tabs from '@theme/Tabs';\n\nA\n\nShared.\n\n\n\nInner.\n\n- item\n\n  Shared.\n  \n\n  \n  Inner.\n\n```mdx\nimport Shared from './_shared.mdx';\n<Shared />\n```\n\n<Shared prop=\"x\" />\n<Other />\n",
        x.text());
    assertEquals(java.util.Set.of("docs/_shared.mdx", "docs/_inner.md"), x.read());
    assertEquals(Span.at("content/docs/_inner.md", 1, 1), x.at(Span.at("content/docs/page.mdx", 10, 1)));
    assertEquals("", problems(x));
    // an import of a file that is not there: named at the component, which is left out
    Snippets.Expanded missing = expand("docs/page.mdx", "import Gone from './_gone.mdx';\n\n<Gone />\n", 1, Map.of(), true);
    assertEquals("\n\n", missing.text());
    assertEquals("content/docs/page.mdx:3:1 WARNING no file `./_gone.mdx` to include: nothing is included", problems(missing));
    // text without the import is nothing to include
    assertFalse(Snippets.includes("A <b/> import x\n", 1, java.util.Set.of(Snippets.Form.MDX)));
  }

  @Test
  void aMintlifyPageOfAnOperationShowsItAfterItsTextFromItsFrontMatter() {
    String page = "---\ntitle: Get\nopenapi: 'openapi.json get /plants/{id}'\n---\n\nText.\n";
    java.util.Set<Snippets.Form> forms = java.util.Set.of(Snippets.Form.MINTLIFY, Snippets.Form.MINTLIFY_OPERATION);
    assertTrue(Snippets.includes(page, 5, forms));
    Snippets.Expanded x = Snippets.expand(new Snippets.Source("docs/get.mdx", "content/get.mdx", page), 5, p -> null, forms);
    assertTrue(x.text().endsWith("Text.\n\n```openapi\noperation: GET /plants/{id}\n```\n"), x.text());
    int operation = x.text().split("\n", -1).length - 2;
    assertEquals(Span.at("content/get.mdx", 3, 1), x.at(Span.at("content/get.mdx", operation, 1)));
    // none where the front matter names no operation (a webhook), or the specs are not shown
    assertFalse(Snippets.includes("---\nopenapi: webhook plant/webhook\n---\n\nText.\n", 4, forms));
    assertFalse(Snippets.includes(page, 5, java.util.Set.of(Snippets.Form.MINTLIFY)));
    assertEquals(null, Snippets.mintlifyOperation("GET " + "/x".repeat(5_000)));
    assertEquals("DELETE /a", Snippets.mintlifyOperation("delete /a"));
  }

  @Test
  void everyPlaceInTheExpandedTextIsTheLineItCameFrom() {
    Snippets.Expanded x = expand("A\n  --8<-- \"inc/b.md\"\nC\n", Map.of("inc/b.md", "b1\nb2 [x](y.md)\n"));
    assertEquals("A\n  b1\n  b2 [x](y.md)\nC\n", x.text());
    assertEquals(Span.at("content/docs/page.md", 1, 1), x.at(Span.at("content/docs/page.md", 1, 1)));
    // the included lines: their file and line, the column without the marker's indentation
    assertEquals(Span.at("content/inc/b.md", 1, 1), x.at(Span.at("content/docs/page.md", 2, 3)));
    assertEquals(Span.at("content/inc/b.md", 2, 8), x.at(Span.at("content/docs/page.md", 3, 10)));
    assertEquals(Span.at("content/docs/page.md", 3, 1), x.at(Span.at("content/docs/page.md", 4, 1)));
    // a whole-file place and another file's place stay as they are
    assertEquals(Span.file("content/docs/page.md"), x.at(Span.file("content/docs/page.md")));
    assertEquals(Span.at("content/other.md", 3, 1), x.at(Span.at("content/other.md", 3, 1)));
  }

  @Test
  void aPartOfAFileByItsLinesOrItsSection() {
    Map<String, String> files =
        Map.of(
            "code.py", "def a():\n    return 1\n# end\nmore\n",
            "parts.md", "top\n<!-- --8<-- [start:middle] -->\nMiddle.\n<!-- --8<-- [start:inner] -->\nInner.\n<!-- --8<-- [end:inner] -->\n<!-- --8<-- [end:middle] -->\nbottom\n");
    assertEquals("    return 1\n# end\n", expand("--8<-- \"code.py:2:3\"\n", files).text());
    assertEquals("# end\nmore\n", expand("--8<-- \"code.py:3\"\n", files).text());
    assertEquals("def a():\n    return 1\n", expand("--8<-- \"code.py::2\"\n", files).text());
    assertEquals("more\n", expand("--8<-- \"code.py:4:99\"\n", files).text());
    // a section's text without the markers inside it; a whole file without its markers
    assertEquals("Middle.\nInner.\n", expand("--8<-- \"parts.md:middle\"\n", files).text());
    assertEquals("top\nMiddle.\nInner.\nbottom\n", expand("--8<-- \"parts.md\"\n", files).text());
    Snippets.Expanded missing = expand("--8<-- \"parts.md:nowhere\"\n", files);
    assertEquals("\n", missing.text());
    assertTrue(problems(missing).startsWith("content/docs/page.md:1:1 WARNING no section `nowhere` in `parts.md`"), problems(missing));
    // the lines of a part are the lines of the file
    Snippets.Expanded part = expand("x\n--8<-- \"code.py:2:3\"\n", files);
    assertEquals(Span.at("content/code.py", 3, 1), part.at(Span.at("content/docs/page.md", 3, 1)));
  }

  @Test
  void aBlockOfPathsBetweenTwoMarkers() {
    Snippets.Expanded x =
        expand("--8<--\na.md\n\n; a comment\nmissing.md\n  b.md\n--8<--\nEnd.\n", Map.of("a.md", "A.\n", "b.md", "B.\n"));
    assertEquals("A.\nB.\nEnd.\n", x.text());
    // the missing file is named at its own line and column
    assertEquals("content/docs/page.md:5:1 WARNING no file `missing.md` to include: nothing is included", problems(x));
    // a block that is not closed includes its paths all the same
    assertEquals("A.\n", expand("--8<--\na.md\n", Map.of("a.md", "A.\n")).text());
  }

  @Test
  void includedFilesIncludeTheirOwnAndALoopIsCutWithAWarning() {
    Snippets.Expanded x =
        expand(
            "--8<-- \"a.md\"\n",
            Map.of("a.md", "A1\n--8<-- \"b.md\"\nA2\n", "b.md", "B\n--8<-- \"a.md\"\n--8<-- \"docs/page.md\"\n"));
    assertEquals("A1\nB\nA2\n", x.text());
    assertEquals(
        "content/b.md:2:1 WARNING `a.md` is included inside itself: it is not included again\n"
            + "content/b.md:3:1 WARNING `docs/page.md` is included inside itself: it is not included again",
        problems(x));
  }

  @Test
  void aPathIsReadFromTheContentFolderThenFromTheFolderOfTheFileThatNamesIt() {
    Map<String, String> files = Map.of("docs/guide/near.md", "near\n", "near.md", "root\n", "docs/guide/only.md", "only here\n");
    assertEquals("root\n", expand("docs/guide/page.md", "--8<-- \"near.md\"\n", 1, files).text());
    assertEquals("only here\n", expand("docs/guide/page.md", "--8<-- \"only.md\"\n", 1, files).text());
    assertEquals("only here\n", expand("docs/guide/page.md", "--8<-- \"./docs/x/../guide/only.md\"\n", 1, files).text());
    // nothing outside the content folder, not even by a path that climbs out and back
    Snippets.Expanded out = expand("docs/guide/page.md", "--8<-- \"../../../etc/passwd\"\n--8<-- \"/etc/passwd\"\n", 1, files);
    assertEquals("\n", out.text());
    assertEquals(2, out.problems().size(), problems(out));
  }

  @Test
  void anEscapedMarkerIsTextAndAURLIsNotFetched() {
    Snippets.Expanded x = expand("```\n;--8<-- \"a.md\"\n```\n--8<-- \"https://example.com/a.md\"\n", Map.of("a.md", "A\n"));
    assertEquals("```\n--8<-- \"a.md\"\n```\n", x.text());
    assertEquals("content/docs/page.md:4:1 WARNING `https://example.com/a.md` is a URL: snippets from other hosts are not fetched, so nothing is included", problems(x));
  }

  @Test
  void inCodeBlocksAsMkDocsDoes() {
    Snippets.Expanded x = expand("```python\n--8<-- \"ex.py\"\n```\n", Map.of("ex.py", "print(1)\n"));
    assertEquals("```python\nprint(1)\n```\n", x.text());
  }

  @Test
  void theFrontMatterIsLeftAlone() {
    String page = "---\ntitle: --8<-- \"a.md\"\n---\n--8<-- \"a.md\"\n";
    Snippets.Expanded x = expand("docs/page.md", page, 4, Map.of("a.md", "A\n"));
    assertEquals("---\ntitle: --8<-- \"a.md\"\n---\nA\n", x.text());
  }

  @Test
  void textWithoutIncludesStaysAsItIs() {
    for (String page : List.of("", "plain\n", "no newline", "--8<-- \"x.md\" and more\n", "a\r\nb\r\n", "scissors 8<- in prose\n")) {
      Snippets.Expanded x = expand(page, Map.of());
      assertEquals(page, x.text(), page);
      assertEquals("", problems(x), page);
    }
    // line ends of Windows
    assertEquals("A\nb\r\n", expand("--8<-- \"a.md\"\r\nb\r\n", Map.of("a.md", "A\n")).text());
  }

  @Test
  void whetherAPageIncludesIsToldByItsOwnText() {
    for (String page : List.of("--8<-- \"a.md\"\n", "x\n  --8<-- 'a.md'\r\n", "--8<--\na.md\n--8<--\n", ";--8<-- \"a.md\"\n", "```\n--8<-- \"a.md\"\n```\n")) {
      assertTrue(Snippets.includes(page, 1), page);
    }
    for (String page : List.of("", "plain\n", "--8<-- \"x.md\" and more\n", "scissors 8<- in prose\n", "-8<-x\n")) {
      assertFalse(Snippets.includes(page, 1), page);
    }
    // a marker in the front matter is not the body's
    assertFalse(Snippets.includes("---\ntitle: --8<--\n---\nText.\n", 4));
    assertTrue(Snippets.includes("---\ntitle: x\n---\n--8<-- \"a.md\"\n", 4));
  }

  @Test
  void theSignatureTellsWhereTheLinesCameFrom() {
    // the same text, made differently
    Snippets.Expanded inPage = expand("A\nB\n", Map.of());
    Snippets.Expanded included = expand("A\n--8<-- \"b.md\"\n", Map.of("b.md", "B\n"));
    assertEquals(inPage.text(), included.text());
    assertNotEquals(inPage.signature(), included.signature());
    assertEquals(included.signature(), expand("A\n--8<-- \"b.md\"\n", Map.of("b.md", "B\n")).signature());
  }

  @Test
  void filesThatIncludeEachOtherManyTimesOverStopAtALimit() {
    // each file includes the next one four times: 4^16 copies of the last
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < 16; i++) {
      files.put("f" + i + ".md", ("--8<-- \"f" + (i + 1) + ".md\"\n").repeat(4));
    }
    files.put("f16.md", "x".repeat(100) + "\n");
    Snippets.Expanded x = expand("--8<-- \"f0.md\"\n", files);
    assertTrue(x.text().length() <= Snippets.MAX_CHARS + 200, "length " + x.text().length());
    List<Diagnostic> errors = x.problems().stream().filter(d -> d.severity() == handbook.diag.Severity.ERROR).toList();
    assertEquals(1, errors.size(), problems(x));
    assertTrue(errors.get(0).message().contains("larger than 16 MB"), problems(x));
    // and a chain deeper than the limit
    Map<String, String> chain = new TreeMap<>();
    for (int i = 0; i < 40; i++) {
      chain.put("c" + i + ".md", "--8<-- \"c" + (i + 1) + ".md\"\n");
    }
    Snippets.Expanded deep = expand("--8<-- \"c0.md\"\n", chain);
    assertTrue(problems(deep).contains("more than " + Snippets.MAX_DEPTH + " includes inside one another"), problems(deep));
  }

  /** mdBook's includes and code blocks: the lines after a hidden one or an include are placed where they are written. */
  @Test
  void mdBooksIncludesAndHiddenLinesKeepTheLinesInPlace() {
    Map<String, String> all = new TreeMap<>(Map.of("listings/a.rs", "// ANCHOR: one\nfn one() {}\n// ANCHOR_END: one\nfn two() {}\n"));
    String page = "```rust,no_run\n# use x;\n{{#include ../listings/a.rs:one}}\n## kept\n```\nText {{#include ../listings/a.rs}} and \\{{#include b.rs}}.\n{{#include ../listings/a.rs:2}}\n";
    all.put("docs/p.md", page);
    Snippets.Expanded x =
        Snippets.expand(new Snippets.Source("docs/p.md", "content/docs/p.md", page), 1, p -> all.containsKey(p) ? new Snippets.Source(p, "content/" + p, all.get(p)) : null, java.util.Set.of(Snippets.Form.MDBOOK));
    assertEquals("```rust\nfn one() {}\n# kept\n```\nText \\{\\{#include ../listings/a.rs}} and \\{\\{#include b.rs}}.\nfn one() {}\n", x.text());
    // (the included line at its file's line 2, the lines after at theirs in the page)
    assertEquals(Span.at("content/listings/a.rs", 2, 1), x.at(Span.at("content/docs/p.md", 2, 1)));
    assertEquals(Span.at("content/docs/p.md", 4, 1), x.at(Span.at("content/docs/p.md", 3, 1)));
    assertEquals(Span.at("content/docs/p.md", 6, 1), x.at(Span.at("content/docs/p.md", 5, 1)));
    assertEquals("content/docs/p.md:6:6 WARNING mdBook's `{{#include}}` is not read here: it is shown as written", problems(x));
    assertTrue(Snippets.includes(page, 1, java.util.Set.of(Snippets.Form.MDBOOK)));
    assertFalse(Snippets.includes(page, 1, java.util.Set.of()), "a page mdBook does not read");
    assertFalse(Snippets.includes("```js\nx\n```\n{{ x }}\n", 1, java.util.Set.of(Snippets.Form.MDBOOK)), "no marker, no code block mdBook reads otherwise");
  }
}
