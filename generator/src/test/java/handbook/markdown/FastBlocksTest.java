package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import handbook.render.UiStrings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link FastBlocks} makes the tree flexmark's parser makes: for every document of the CommonMark
 * spec, the golden files, the corpora and random Markdown that it takes, the two trees are the
 * same node for node (class, characters, markers, content lines, flags), and pages built with it
 * and without it are the same.
 */
class FastBlocksTest {
  final MarkdownEngine engine = new MarkdownEngine(FastHtmlTest.DIRECTIVES, UiStrings.load("nb"), false);
  final MarkdownEngine flexmark = new MarkdownEngine(FastHtmlTest.DIRECTIVES, UiStrings.load("nb"), false, true, false);
  final FastHtmlTest html = new FastHtmlTest();

  private int taken;

  /** Every fact of a tree that a later step could read. */
  static String dump(Node root) {
    StringBuilder b = new StringBuilder();
    dump(root, 0, b);
    return b.toString();
  }

  private static void dump(Node n, int depth, StringBuilder b) {
    b.append("  ".repeat(depth));
    n.astString(b, true);
    if (n instanceof ContentNode c) {
      b.append(" lines");
      for (BasedSequence l : c.getContentLines()) {
        b.append(" [").append(l.getStartOffset()).append(',').append(l.getEndOffset()).append(')');
        if (l.length() != l.getEndOffset() - l.getStartOffset()) {
          b.append('"').append(l).append('"'); // characters not of the text (spaces flexmark puts back)
        }
      }
    }
    if (n instanceof Paragraph p) {
      b.append(" indents ").append(java.util.Arrays.toString(p.getLineIndents())).append(" trailing ").append(p.isTrailingBlankLine()).append(" sep ").append(p.hasTableSeparator());
    }
    if (n instanceof ListItem i) {
      b.append(" tight ").append(i.isTight()).append(i.isOwnTight()).append(" blankAfter ").append(i.isHadBlankAfterItemParagraph()).append(" containsBlank ").append(i.isContainsBlankLine())
          .append(" priority ").append(i.getPriority()).append(" suffix ").append(i.getMarkerSuffix().isNull() ? "null" : i.getMarkerSuffix().getStartOffset() + "-" + i.getMarkerSuffix().getEndOffset());
    }
    if (n instanceof ListBlock l) {
      b.append(" tight ").append(l.isTight());
    }
    if (n instanceof BulletList l) {
      b.append(" marker ").append(l.getOpeningMarker());
    }
    if (n instanceof OrderedList l) {
      b.append(" start ").append(l.getStartNumber()).append(" delimiter ").append(l.getDelimiter());
    }
    b.append('\n');
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      dump(c, depth + 1, b);
    }
  }

  private void same(String name, String body) {
    Document fast = engine.blocks().parseOrFail(body);
    if (fast == null) {
      return;
    }
    taken++;
    Document slow = flexmark.parser().parse(body);
    assertEquals(dump(slow), dump(fast), () -> name + ":\n" + body);
    // the document's data: flexmark's parser also keeps the options its block parsers read
    assertTrue(keys(slow).containsAll(keys(fast)), () -> name + ": " + keys(fast) + " not in " + keys(slow));
    assertEquals(MarkdownGuard.TOO_LARGE.get(slow), MarkdownGuard.TOO_LARGE.get(fast), name);
  }

  private static Set<String> keys(Document d) {
    Set<String> keys = new TreeSet<>();
    d.getAll().keySet().forEach(k -> keys.add(k.getName()));
    return keys;
  }

  private static List<String> files() throws Exception {
    List<String> bodies = new ArrayList<>();
    for (Path p : handbook.testing.MarkdownFiles.all()) {
      bodies.add(Files.readString(p));
    }
    return bodies;
  }

  @Test
  void theSpecTheGoldenFilesAndTheCorporaGiveFlexmarksTree() throws Exception {
    for (CommonMarkSpecTest.Example e : CommonMarkSpecTest.examples()) {
      same("spec-" + e.number(), e.markdown());
    }
    int spec = taken;
    assertTrue(spec > 80, "spec examples taken: " + spec);
    List<String> files = files();
    for (int i = 0; i < files.size(); i++) {
      String body = files.get(i);
      same("file " + i, body);
      // and the body without front matter, as pages are parsed
      if (body.startsWith("---\n") && body.indexOf("\n---\n", 4) > 0) {
        same("file " + i + " body", body.substring(body.indexOf("\n---\n", 4) + 5));
      }
    }
    assertTrue(taken - spec > 40, "files taken: " + (taken - spec) + " of " + files.size());
  }

  static final String[] BLOCKS = {
    "# Tittel\n", "## Del *med* `kode`\n", "### Tre [lenke](a.md#x)\n", "#### Fire\\#\n", "####### sju\n", "#ikke\n", "# \n", "## Slutt ##\n",
    "Avsnitt med **sterk** og _kursiv_ tekst.\n", "Linje én  \nlinje to\\\nlinje tre\n", "To linjer\nher\n", "Tekst\n===\n", "Tekst\n---\n",
    "- a\n- b\n", "- a\n- b *c*\n- `d`\n", "* x\n* y\n", "+ p\n", "- a\n+ b\n", "1. en\n2. to\n", "3. tre\n4. fire\n", "1) en\n", "01. null\n", "1.5 er tekst\n",
    "2024 var et år\n", "- a\n  fortsatt\n", "- a\nlat\n", "- a\n\n- b\n", "- [ ] oppgave\n", "- [lenke](x.md) er her\n", "- > sitat\n", "- # h\n", "-  to mellomrom\n", "-\n", "- a\n\n  avsnitt\n",
    "```python\nprint(\"<x>\")\n```\n", "```\nuten språk\n\n\n\nmed tomme linjer\n```\n", "````\n```\ninne\n```\n````\n", "~~~\ntilde\n~~~\n", "```\nåpen\n", "``` a b\nx\n```\n", "```js\n  ```\n```\n", "```\n```\n",
    "    innrykket\n", " ett mellomrom\n", "***\n", "---\n", "___\n", "> sitat\n", "<div>html</div>\n", "<!-- kommentar -->\n",
    "| a | b |\n|:--|--:|\n| `x` | [l](y.md) |\n", "| én |\n|----|\n", "a | b\n--|--\nc | d\n", "| a |\n|---|\n| b |\ntekst etter\n", "| ikke tabell |\n", "| a | b |\n|---|---|\n| c | d |\n[Tabelltekst]\n",
    "[ref]: /url \"T\"\n", "[ref] og [x][ref]\n", "[^1]: fotnote\n", "Fotnote[^1]\n", "!!! note \"Merk\"\n    innhold\n", ":::tip\nhei\n:::\n", "???+ info\n    x\n", "!bilde ![b](b.png)\n",
    "https://www.example.org/sti og www.example.com.\n", "mail@example.org\n", "&amp; &copy; &#35;\n", "tekst med \\*escaped\\*\n", "~~strek~~ her\n", "tekst ~~strek~~\n",
    "**Fet** først\n", "*kursiv* og mer\n", "***sterk kursiv*** først\n", "`kode` først\n", "``to`` først\n", "-x tekst\n", "+1 tekst\n", "=x tekst\n",
    "_x_ tekst\n", "* * *\n", "- - -\n", "------\n", "=====\n", "```python title=\"x\"\nkode\n```\n", "``` js \nx\n```\n", "~~~ \nx\n~~~\n", "-\n", "*\n",
    "- **fet** punkt\n- `kode` punkt\n", "1. en\n   fortsatt\n2. to\n", "- a\n   tre mellomrom\n", "- a\n  - nestet\n", "- a\n  # h\n", "- a\n  lang\n  tekst\nlat\n",
    "10. ti\n    fire\n", "> sitat\n> mer\n", "> a\nlat\n", "> a\n>\n> b\n", ">uten mellomrom\n", ">  to mellomrom\n", "> [!NOTE]\n> x\n", "> | a |\n> |---|\n",
    "> **fet** sitat\n", "> a\n> - b\n", "> a\n# h\n", "> a\n- b\n", "> a\n\n> b\n", "> [l](x.md) her\n", "- løs\n\n- liste\n\n- tre\n", "1. en\n\n2. to\n", "- a\n- b\n\n- c\n", "- a\n\n\n- b\n", "- a\n  lang\n\n- b\n", "- a\n\n* b\n", "- a\n  ```\n  kode\n  ```\n", "- a\n  > sitat\n", "* b\n  *kursiv*\n", "- a\n  | x |\n", "Æøå \"sitat\" 'enkel' <>&\n", "tekst <b>inline</b>\n", "tekst\twith tab\n", "tekst\r\nmed crlf\r\n", "=== tekst\n", "?spørsmål\n", "[lenke] først\n", ": kolon\n", "_kursiv_ først\n", "*kursiv* først\n",
    "-   tre mellomrom\n    fortsatt\n", "1.  to\n    fortsatt\n", "*    fire\n*    mellomrom\n", "-     fem: kode\n", "-   a\n  lat med innrykk\n", "-   a\n     dypere\n", "10.  ti\n     x\n",
    "<!-- flere\nlinjer -->\n", "<!--\n\ntom linje\n-->\n", "<!-- a --> etter\n", "<!-->\n", "<!--->\n", "<!-- åpen\n", "<!-- a -->\ntekst\n", "<!-- a -- b -->\n", "tekst\n<!-- c -->\n",
    "> [!NOTE]\n> Merk.\n", "> [!WARNING]\n> a\n>\n> b\n", "[x]\n: y\n", "[x]\n[x]: /u\n", "- [x]\n", "[lenke]\n", "[a\nb]: /u\n", "[ikke]\ntekst\n", "> [!TIP]\nlat\n",
    "- a\n  - b\n  - c\n", "- a\n  - b\n- c\n  - d\n    - e\n", "1. a\n   - b\n2. c\n", "- a\n  1. b\n  2. c\n", "- a\n  - b\n\n- c\n", "- a\n  - b\nlat\n", "- a\n  - b\n  lat\n",
    "- a\n  - b\n\n  avsnitt\n", "- a\n  - b\n    mer\n", "- a\n  - b\n   - c\n", "- a\n  - b\n  * c\n", "-   a\n    - b\n", "- a\n  b\n  - c\n  d\n", "* a\n  * b\n    * c\n  * d\n* e\n",
    "- a\n  - [ ] b\n", "- a\n  - b | c\n", "- a\n  - `b`: c\n", "- a\n  -\n", "  - innrykket\n", "- a\n    - fire\n",
    "- a\n\n  b\n", "- a\n\n  b\n- c\n", "1. a\n\n   ```sh\n   x\n   ```\n\n2. b\n", "- a\n  ```\n  x\n  ```\n- b\n", "- a\n  - b\n\n  c\n", "- a\n  - b\n\n  - c\n",
    "- a\n\n  ```\n  x\n\n  y\n  ```\n", "- a\n  ```\n  x\n  ```\n  b\n", "- a\n   \n- b\n", "- a\n\n  b\n\n  c\n\n- d\n", "- a\n\n  - b\n", "- a\n\n\n  b\n", "- a\n  ```\n x\n  ```\n",
    "- a\n  ```\n  x\n   ```\n", "- a\n  ```\n  x\n", "- a\n\n  # h\n", "- a\n\n    kode\n", "- a\n\n   tre\n", "- a\n\n b\n", "1. a\n\n   b\n   c\n2. d\n\n   e\n", "- a\n\n  b\nlat\n",
    "- a\n  - b\n\n    c\n  - d\n", "- a\n  ```\n  x\n  ```\n\n- b\n", "- a\n  ```js\n  x\n  ```\n  - b\n", "* a\n\n  | x | y |\n  |---|---|\n  | 1 | 2 |\n", "- a\n  - b\n\n\n- c\n",
    "  ```\n", "- a\n\n  > q\n", "- a\n\n  <!-- c -->\n", "- ```\n  x\n  ```\n",
    "- a\n  - b\n  lat\n", "- a\n  - b\n lat\n", "- a\n  - b\nlat\n", "- a\n b\n", "- a\n   b\n", "- a\n        b\n", "- a\n  - b\n      c\n", "- a\n  - b\n   - c\n", "- a\n  - b\n  1. c\n",
    "- a\n  - b\n   # h\n", "- a\n  - b\n  > q\n", "- a\n       - b\n", "1. a\n  b\n", "- a\n  - b\n    - c\n   lat\n", "- a\n  - b\n  ```\n", "- a\n    | x |\n",
    "- a\n  <!-- c -->\n  b\n", "- a\n\n  <!-- c\n\n  d -->\n- b\n", "- a\n  <!-- c -->\n\n- b\n", "- a\n  <!-- c\n d -->\n", "tekst\n<!-- c -->\nmer\n", "- a\n  <!-- c --> x\n", "| a |\n|---|\n<!-- c -->\n",
    "- a\n  - b\n  <!-- c -->\n", "- a\n  - b\n  ```\n  x\n  ```\n", "- a\n```\nx\n```\n", "- a\n<!-- c -->\n", "- a\n  - b\n<!-- c -->\n", "- a\n  - b\n   ```\n   x\n   ```\n", "1. a\n  ~~~\n  x\n  ~~~\n",
    "- a\n  > q\n", "- a\n\n  > q\n  > r\n\n- b\n", "- a\n  > q\n  - b\n", "- a\n  > q\nlat\n", "- a\n  > q\n- b\n", "- a\n  >q\n", "- a\n  > q\n  >\n", "- a\n  > q\n  ```\n  x\n  ```\n", "- a\n  > q\n    r\n",
    "-   `\n   b`\n", "1.    `\n   [`x\n", "- a `\n   b` c\n", "- a\n  - `b\n  lat`\n",
    "```\n    ```\n```\n", "```\n  ``` x\n```\n", "````\n  ```\n````\n", "```\n   ```\n", "```\n   ````  \n", "```\n ```js\n```\n", "~~~\n  ~~\n~~~\n", "- a\n  ```\n     ```\n  ```\n",
    "!!! note \"Tittel\"\n    Innhold.\n    Mer.\n\n    Avsnitt to.\n", "??? tip\n    - a\n    - b\n\n    ```sh\n    x\n    ```\n", "???+ warning \"W\"\n    a\n", "!!! note\n\n    a\n", "!!! note\n    a\nlat\n",
    "!!! note\n", "=== \"A\"\n    a\n", "*[HTML]: Hyper Text\n", "Term\n: def\n", "Term\n:\n", "Term\n:", ": kolon\n", ":\tfane\n", "HTML *[x] y\n", "=== \"B\"\n\n    - b\n", "tekst\n=== \"C\"\n    c\n", "===\n", "=== x\n", "!!! note \"T\" x\n    a\n", "!!! note annotate \"T\"\n    a\n", "10.  (\n    ~~~", "10.  a\n    <!-- c -->\n", "1.   a\n\n\n    - b\n", "10.  a\n\n    b\n", "!!! info inline end\n    a\n", "???+ note a  b 'T'\n    a\n", "!!! note a\tb\n    a\n", "!!! note a \"T\" b\n    a\n", "!!! a 1b\n    a\n", "!!! note 'T'\n    a\n", "!!! note \"a\\\"b\"\n    a\n", "!!!note\n    a\n", "!!! 1x\n    a\n", "!!! a.b-c:d\n    > q\n    <!-- c -->\n", "!!! note\n      dypere\n",
    "!!! note\n    a\n    - b\n      lat\n  c\n", "!!! note\n    - a\n\n    - b\n\n\nEtter\n", "!!! danger\n    | a |\n    |---|\n", "!!! note\n    # h\n", "- a\n  !!! note\n      x\n", "tekst\n!!! note\n    a\n",
    "- [ ] a\n  b\n", "- [ ]   a\n      b\n", "- [ ]\n", "- [x]a\n", "1. [X] a\n\n2. b\n", "- [ ] a\n  - [x] b\n\n- c\n", "- [ ]      fem\n", "* [x] ferdig\n* [ ] ikke\n", "- [ ] `kode`\n", "- [ ] [lenke](x.md)\n", "- [y] ikke\n",
    "Se [a] og [b][c].\n\n[a]: /x \"T\"\n[c]: https://y.org\n", "[a]: /x\n\ntekst [a]\n", "[a]: /x\ntekst\n", "[a]: \n", "[a]: /u\n[a]: /v\n\n[a]\n", "[A b]: <rom med mellomrom> 'tittel'\n", "[a]:\n/u\n",
    "[a]: /u\n| x |\n|---|\n", "[^a]: fotnote\n", "[a\\]]: /u\n", "!!! note\n    [a]: /u\n\n    [a]\n", "- a\n\n  [a]: /u\n", "[ikke]: \"bare tittel\"\n",
    "> a\n>\n> b\n", "> a\n> \n> b\n\nc\n", "> [!NOTE]\n> a\n>\n> b\n", "> a\n>\nb\n", "> a\n>\n>\n> b\nlat\n", "> a\n>\n", "> a\n>  \n> - b\n", "> a\n>\n>b\n", "- a\n  > b\n  >\n  > c\n", "> a\n>\n> # h\n",
    "<details>\n<summary>x</summary>\n\ntekst\n\n</details>\n", "<div id=\"a\">\n<!-- c -->\n</div>\n", "tekst\n<div>\nx\n", "<DIV>\n", "<div/>\n", "<divx>\n", "<h1 align=\"center\">T</h1>\n\n# h\n",
    "<table>\n  <tr><td>x</td></tr>\n</table>\n", "</div>\n", "<div>\n   \nx\n", "<div\nx>\n", "- a\n  <div>\n", "<img src=\"a.png\">\n", "<https://x.org>\n", "tekst\n  \n", "tekst\n     fem inn\n", "tekst\n  | a |\n  |---|\n", "tekst\n  [a]: /u\n", "tekst\n  ```\n", "<https://x.org> tekst\nmer\n", "tekst\n<https://x.org>\n", "tekst\n<div>\n", "tekst\n<b>fet</b>\n", "tekst\n  innrykket\n", "tekst\n   - ikke\n", "tekst\n      `kode\n  over` linjer\n", "tekst\n    # ikke\n", "tekst\n  > q\n", "<a:b>\n", "<ab:c d>\n", "<1a:b>\n", "<https://brew.sh>\n\ntekst\n", "- <https://x.org>\n", "> <https://x.org>\n", "<mailto:a@b.no> skriv\n", "<A+b.c-d:x>\n", "<ab>\n", "<ab\n", "<a-b:c>\n", "[![merke](m.svg)](https://x.org)\n", "[![merke](m.svg)](https://x.org) [![to](t.svg)](y.md)\n", "tekst\n[![m](m.svg)](x)\n", "- [![m](m.svg)](x)\n", "[![m]: /u\n", "[![m]\n", "<img src=\"a.png\" alt=\"A\" width=\"300\">\n", "<img src=\"a.png\">\ntekst\n", "<Tabs>\n<TabItem value=\"a\">\n\ntekst\n\n</TabItem>\n</Tabs>\n", "<a name=\"x\"></a>\n", "<a data-x name=\"y\"></a> Tekst.\n", "<a href=\"x\">lenke</a> og mer\n", "<span>inline</span>\n", "</span>\n", "<br/>\n", "<br />\ntekst\n", "<x-y z='1'>\n", "<nav>\n", "<nav class=\"a\">x\n", "<pre>\nkode\n</pre>\n", "<script>\nx\n</script>\n", "<style>p{}</style>\n", "<textarea>\n", "<meta x>\n", "<a\nhref=\"x\">\n", "<a href=\"x\n", "<sup>1</sup> fotnote\n", "tekst\n<img src=\"b.png\">\n", "tekst\n<a name=\"z\"></a>\n", "- <a name=\"x\"></a> punkt\n", "> <span>s</span>\n", "<IMG SRC=\"a\">\n", "<a b=c d='e' f=\"g\" h>\n", "<a b=>\n", "<div2>\n", "<h7>x</h7>\n", ": kolon\n: to\n", "tekst\n: kolon\n", "::: ikke kjent\n", ":::note\nx\n:::\n", "a | b\n:--|--:\nc | d\n", "- a\n  : b\n", "::x\n", "!!! note\n    a\n    10. b\n", "!!! note\n    a\n    1. b\n", "- a\n  2. b\n", "- a\n  1. b\n", "1. a\n   3) b\n", "!!! note\n\n    a\n\n \n\n    b\n", "- a\n\n  \n  b\n", "- a\n\n \n- b\n", "- a\n  - b\n\n   \n  c\n", "a\n\n    kode\n    mer\n\n    etter\n\n\nb\n", "    x\n      y\n", "    x\n\n", "    x\n  \n    y\n", "    x\n      \n    y\n", "    x\n   \n", "# h\n    kode\n", "tekst\n    ikke kode\n", "   \n", "- a\n\n    kode?\n", "```\n   \nx\n```\n", "- a\n  ```\n     \n  ```\n", "- a\n  <!-- c\n     \n  -->\n", "!!! note\n    ```\n      \n    ```\n", "- a\n  ```\n  \n  ```\n", "- a\n  ```\n  x\n   \n  ```\n- b\n", "* a\n\n  * b\n\n  ", "- a\n\n  ", "- a\n  - b\n\n  ", "1. a\n\n   ", "Tekst\nLI er ikke html\nP og DIV\n", "<div>x\n\ntekst\n", "tekst\n</div>\n", "<div class=\"a\">\n", "<details>x\n\ntekst\n", "tekst\n</details>\n", "<details class=\"a\">\n", "<summary>x\n\ntekst\n", "tekst\n</summary>\n", "<summary class=\"a\">\n", "<p>x\n\ntekst\n", "tekst\n</p>\n", "<p class=\"a\">\n", "<table>x\n\ntekst\n", "tekst\n</table>\n", "<table class=\"a\">\n", "<thead>x\n\ntekst\n", "tekst\n</thead>\n", "<thead class=\"a\">\n", "<tbody>x\n\ntekst\n", "tekst\n</tbody>\n", "<tbody class=\"a\">\n", "<tr>x\n\ntekst\n", "tekst\n</tr>\n", "<tr class=\"a\">\n", "<td>x\n\ntekst\n", "tekst\n</td>\n", "<td class=\"a\">\n", "<th>x\n\ntekst\n", "tekst\n</th>\n", "<th class=\"a\">\n", "<center>x\n\ntekst\n", "tekst\n</center>\n", "<center class=\"a\">\n", "<section>x\n\ntekst\n", "tekst\n</section>\n", "<section class=\"a\">\n", "<ul>x\n\ntekst\n", "tekst\n</ul>\n", "<ul class=\"a\">\n", "<ol>x\n\ntekst\n", "tekst\n</ol>\n", "<ol class=\"a\">\n", "<li>x\n\ntekst\n", "tekst\n</li>\n", "<li class=\"a\">\n", "<dl>x\n\ntekst\n", "tekst\n</dl>\n", "<dl class=\"a\">\n", "<dt>x\n\ntekst\n", "tekst\n</dt>\n", "<dt class=\"a\">\n", "<dd>x\n\ntekst\n", "tekst\n</dd>\n", "<dd class=\"a\">\n", "<h1>x\n\ntekst\n", "tekst\n</h1>\n", "<h1 class=\"a\">\n", "<h2>x\n\ntekst\n", "tekst\n</h2>\n", "<h2 class=\"a\">\n", "<h3>x\n\ntekst\n", "tekst\n</h3>\n", "<h3 class=\"a\">\n", "<h4>x\n\ntekst\n", "tekst\n</h4>\n", "<h4 class=\"a\">\n", "<h5>x\n\ntekst\n", "tekst\n</h5>\n", "<h5 class=\"a\">\n", "<h6>x\n\ntekst\n", "tekst\n</h6>\n", "<h6 class=\"a\">\n",
  };

  /** A random body of blocks, with and without blank lines between them and at its end. */
  static String random(Random r) {
    StringBuilder b = new StringBuilder();
    for (int k = r.nextInt(7) + 1; k > 0; k--) {
      b.append(BLOCKS[r.nextInt(BLOCKS.length)]);
      int gap = r.nextInt(5);
      b.append(gap == 0 ? "" : gap == 1 ? "\n\n" : "\n");
    }
    if (r.nextInt(4) == 0 && b.length() > 0 && b.charAt(b.length() - 1) == '\n') {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }

  @Test
  void aTagLineTooLongForTheTagPatternIsLeftToFlexmark() {
    // every attribute takes the pattern's stack: thousands of them overflowed it
    String line = "<a" + " b.c:d-e=/".repeat(5000) + ">\n";
    assertEquals(null, engine.blocks().parseOrFail(line));
    assertEquals(null, engine.blocks().parseOrFail("Tekst\n\n" + line.replace(">\n", "> tekst\n")));
  }

  @Test
  void randomMarkdownGivesFlexmarksTree() {
    Random r = new Random(11);
    for (int t = 0; t < 4000; t++) {
      same("random-" + t, random(r));
    }
    assertTrue(taken > 300, "random documents taken: " + taken);
  }

  @Test
  void pagesAreTheSameWithAndWithoutIt() throws Exception {
    Random r = new Random(12);
    List<String> bodies = new ArrayList<>(files());
    for (int t = 0; t < 300; t++) {
      bodies.add(random(r));
    }
    for (int i = 0; i < bodies.size(); i++) {
      String body = bodies.get(i);
      for (RenderOptions options : List.of(RenderOptions.DEFAULT, new RenderOptions(1, "p-", true, true))) {
        html.same("body " + i, body, options, engine, flexmark);
      }
    }
  }
}
