package handbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import handbook.render.UiStrings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A body's search sections are those of the plain reading: each paragraph's, cell's and code
 * block's text made a string, stripped, left out when blank, its ↩ made spaces, the section's
 * text cleaned after. {@link SearchText} appends the texts as they are (the cleaning makes that
 * the same); checked on the spec, the golden files, the corpora and random Markdown.
 */
class SearchTextTest {
  private final MarkdownEngine engine = new MarkdownEngine(Set.of("checklist"), UiStrings.load("nb"), false);
  private int checked;

  private void same(String name, String body) {
    Document doc = engine.parse(body, name, 1).document();
    Map<Node, String> ids = MarkdownEngine.IDS.get(doc);
    Set<Node> directives = MarkdownEngine.CALLS.get(doc).keySet();
    assertEquals(plainReading(doc, ids, directives), SearchText.sections(doc, ids, directives), name);
    checked++;
  }

  /** A README's raw headings ({@code <h2>Install</h2>}, given ids as GitHub gives them, or with their own) start sections, as Markdown's do. */
  @Test
  void rawHtmlHeadingsWithIdsStartSections() {
    String body = "Intro.\n\n<h2>Install</h2>\n<p>Run it.</p>\n<h3 id=\"own\">Own <i>one</i></h3>\n<p>More <b>bold</b>.<br>Line</p>\n<h5>Small</h5>\n<p>kept</p>\n\n## Next\n\nText.\n";
    Document doc = engine.parse(body, "x.md", 1, RenderOptions.DEFAULT.withExtensions(Set.of(RenderOptions.Extension.RAW_HEADING_IDS))).document();
    List<SearchSection> sections = SearchText.sections(doc, MarkdownEngine.IDS.get(doc), MarkdownEngine.CALLS.get(doc).keySet());
    assertEquals(List.of(":Intro.", "install:Install:Run it.", "own:Own one:More bold. Line Small kept", "next:Next:Text."), sections.stream().map(x -> x.anchor() + ":" + (x.anchor().isEmpty() ? x.text() : x.title() + ":" + x.snippet())).toList());
    assertEquals(plainReading(doc, MarkdownEngine.IDS.get(doc), MarkdownEngine.CALLS.get(doc).keySet()), sections);
    // where the page gives raw headings no ids (another tool's), those with their own alone
    Document plain = engine.parse(body, "x.md", 1).document();
    assertEquals(List.of(":Intro. Install Run it.", "own:More bold. Line Small kept", "next:Text."), SearchText.sections(plain, MarkdownEngine.IDS.get(plain), Set.of()).stream().map(x -> x.anchor() + ":" + (x.anchor().isEmpty() ? x.text() : x.snippet())).toList());
  }

  @Test
  void materialsSearchExclusionLeavesOutABlockOrAHeadingsSection() {
    // MkDocs Material's data-search-exclude, written as an attribute list's name alone
    String body = "## Open\n\nseen.\n\n## Secret { data-search-exclude }\n\nhidden.\n\n### Sub\n\nsub.\n\n## Mid\n\nmid.\n\ngone.\n{ data-search-exclude }\n\n"
        + "<div data-search-exclude>html</div>\n\n<div><p>kept</p><p data-search-exclude>not</p></div>\n\n"
        + "<div markdown data-search-exclude>\n\nmarkdown *in* it\n\n<div>\n\nnested\n\n</div>\n\n<div>x</div>\n\n</div>\n\nlast\n\n"
        // one that closes itself holds nothing after it
        + "<div data-search-exclude />\n\nafter\n\n<div>\n\nend\n\n</div>\n";
    for (RenderOptions options : List.of(RenderOptions.DEFAULT, RenderOptions.DEFAULT.withExtensions(Set.of(RenderOptions.Extension.TOC_SLUGS)))) {
      Document doc = engine.parse(body, "x.md", 1, options).document();
      List<SearchSection> sections = SearchText.sections(doc, MarkdownEngine.IDS.get(doc), MarkdownEngine.CALLS.get(doc).keySet());
      assertEquals(List.of("open:seen.", "sub:sub.", "mid:mid. kept last after end"), sections.stream().map(x -> x.anchor() + ":" + x.snippet()).toList());
    }
    // on a page of another tool's (Hugo's Goldmark reads no name alone) the braces are text
    Document hugo = engine.parse("## Secret { data-search-exclude }\n\nhidden.\n", "x.md", 1, RenderOptions.DEFAULT.withExtensions(Set.of(RenderOptions.Extension.PLAIN_INLINE))).document();
    assertEquals(
        List.of("secret--data-search-exclude-:hidden."),
        SearchText.sections(hugo, MarkdownEngine.IDS.get(hugo), Set.of()).stream().map(x -> x.anchor() + ":" + x.snippet()).toList());
  }

  @Test
  void theSpecTheGoldenFilesAndTheCorporaGiveThePlainReadingsSections() throws Exception {
    for (CommonMarkSpecTest.Example e : CommonMarkSpecTest.examples()) {
      same("spec-" + e.number(), e.markdown());
    }
    List<Path> files = handbook.testing.MarkdownFiles.ofTests();
    for (Path p : files) {
      same(p.toString(), Files.readString(p));
    }
    assertTrue(checked > 250 + 50, "documents checked: " + checked);
  }

  @Test
  void randomMarkdownGivesThePlainReadingsSections() {
    String[] blocks = {
      "# Tittel\n", "## Del *med* `kode`\n", "### Under ↩ del\n", "Avsnitt med **sterk** og _kursiv_ tekst.\n", "  \u00a0 \n", "Linje én  \nlinje to\\\nlinje tre\n",
      "- a\n- b\n  - c\n", "1. en\n2. to\n", "> sitat\n> - i liste\n", "```python\nprint(\"<x>\")  \n```\n", "```js\na\n// highlight-next-line\nb\n```\n", "```css\n.highlight-x {}\n```\n", "```\n\n\n```\n", "    innrykket\n    kode\n",
      "| a | b |\n|:--|--:|\n| `x` | [l](y.md) |\n", "| |\n|---|\n|  |\n", "tekst ↩ med pil↩\n", "↩\n", "&amp; &copy; &#35; &nbsp;\n", "tekst med \\*escaped\\* og \\\\\n",
      "```checklist\nkategori: x\n```\n", "Fotnote[^1]\n\n[^1]: her ↩\n", "!!! note \"Merk\"\n    innhold\n", "<div>html <b>fet</b></div>\n", "<!-- kommentar -->\n",
      "\u0000 nul\n", "```\nkode \u0000 nul\n```\n", "tekst\r\nmed crlf\r\n", "- a\n\n  avsnitt\n\n  ```\n  kode\n  ```\n", "\u2003em\u2003rom\u2003\n", "<h2 id=\"x\">rå</h2>\n"
    };
    Random r = new Random(9);
    for (int t = 0; t < 1500; t++) {
      same("random-" + t, handbook.testing.Pieces.blocks(r, blocks, 7));
    }
  }

  /** The sections as the strings of each part give them. */
  private static List<SearchSection> plainReading(Document doc, Map<Node, String> ids, Set<Node> directives) {
    List<Part> all = new ArrayList<>();
    all.add(new Part("", ""));
    walk(doc, ids, directives, all);
    List<SearchSection> out = new ArrayList<>();
    for (Part p : all) {
      String text = handbook.search.SectionExtractor.clean(p.text.toString());
      if (p.anchor.isEmpty() && text.isEmpty()) {
        continue;
      }
      out.add(SearchSection.of(p.anchor, p.title, text));
    }
    return out;
  }

  private record Part(String anchor, String title, StringBuilder text) {
    Part(String anchor, String title) {
      this(anchor, title, new StringBuilder());
    }

    void add(String s) {
      if (!s.isBlank()) {
        text.append(s).append(' ');
      }
    }
  }

  private static void walk(Node parent, Map<Node, String> ids, Set<Node> directives, List<Part> all) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      Part cur = all.get(all.size() - 1);
      if (n instanceof Heading h) {
        String text = text(h);
        String id = ids.get(h);
        if (id != null && h.getLevel() >= 2 && h.getLevel() <= 4) {
          all.add(new Part(id, text));
        } else {
          cur.add(text);
        }
      } else if (n instanceof Paragraph || n instanceof TableCell) {
        cur.add(text(n));
      } else if (n instanceof FencedCodeBlock f) {
        if (!directives.contains(f)) {
          // the code as the page shows it: without Docusaurus' magic comments
          String code = Sequences.text(f.getContentChars());
          CodeLines.Magic magic = CodeLines.magic(code);
          cur.add(magic == null ? code : magic.code());
        }
      } else if (n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
        cur.add(Sequences.text(n.getChars()));
      } else if (n instanceof HtmlCommentBlock) {
        continue;
      } else if (n instanceof HtmlBlock) {
        // its H2 to H4 with ids (their own, or those the page gives them) start sections: the HTML cut at each
        List<String> made = MarkdownEngine.RAW_IDS.get(n.getDocument()).get(n);
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(made == null ? n.getChars().toString() : RawHtml.withIds(n.getChars().toString(), made));
        parsed.outputSettings().prettyPrint(false);
        String html = parsed.body().html();
        java.util.regex.Matcher h = java.util.regex.Pattern.compile("<(h[234])\\b[^>]*\\bid=\"[^\"]+\"[^>]*>(.*?)</\\1>", java.util.regex.Pattern.DOTALL).matcher(html);
        int from = 0;
        while (h.find()) {
          all.get(all.size() - 1).add(Jsoup.parseBodyFragment(html.substring(from, h.start())).text());
          org.jsoup.nodes.Element e = Jsoup.parseBodyFragment(h.group()).body().child(0);
          all.add(new Part(e.id(), e.text()));
          from = h.end();
        }
        all.get(all.size() - 1).add(Jsoup.parseBodyFragment(html.substring(from)).text());
      } else if (n instanceof AdmonitionBlock a) {
        cur.add(a.getTitle().toString());
        walk(n, ids, directives, all);
      } else if (n instanceof Callout c) {
        if (c.title != null) {
          cur.add(c.title);
        }
        walk(n, ids, directives, all);
      } else if (n instanceof Tabs.Tab t) {
        cur.add(Tabs.titleText(t.title));
        walk(n, ids, directives, all);
      } else if (n.hasChildren()) {
        walk(n, ids, directives, all);
      }
    }
  }

  private static String text(Node n) {
    return PlainText.of(n).replace('\u21A9', ' ').strip();
  }
}
