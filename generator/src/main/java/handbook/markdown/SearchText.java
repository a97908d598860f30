package handbook.markdown;

import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Facts read from a body's syntax tree: its searchable text by section, and which headings head
 * a numbered list. Directive blocks are left out (their settings are not text). Raw HTML blocks count by their text (through an HTML parser, so a comment is
 * never text); code blocks count by their code. What MkDocs Material's {@code data-search-exclude}
 * marks is left out: a block with it in its attribute list, a heading's whole section, an HTML element.
 */
final class SearchText {
  private SearchText() {}

  /** Headings from H2 to H4 with an id start a section; an H1, H5 and H6 do not. */
  static List<SearchSection> sections(Document doc, Map<Node, String> ids, Set<Node> directives) {
    String base = doc.getChars().getBase() instanceof String s ? s : null;
    return sections(doc, ids, directives, base != null && base.indexOf('\\') < 0 && base.indexOf('&') < 0);
  }

  /** The same; {@code plain}: the document's text holds no backslash and no ampersand (nothing to unescape). */
  static List<SearchSection> sections(Document doc, Map<Node, String> ids, Set<Node> directives, boolean plain) {
    List<SearchSection> out = new ArrayList<>();
    Builder current = new Builder("", "");
    List<Builder> all = new ArrayList<>();
    all.add(current);
    Builder[] cur = {current};
    // a document without a backslash or an ampersand has nothing to unescape in its text
    String plainBase = plain && doc.getChars().getBase() instanceof String base ? base : null;
    walk(doc, ids, directives, AttrLists.KEY.get(doc), cur, all, plainBase);
    for (Builder b : all) {
      if (!b.anchor.isEmpty()) {
        out.add(SearchSection.ofRaw(b.anchor, b.title, b.text));
        continue;
      }
      handbook.search.SectionExtractor.Cleaned text = handbook.search.SectionExtractor.cleaned(b.text);
      if (text.length() > 0) {
        out.add(SearchSection.of(b.anchor, b.title, text));
      }
    }
    return out;
  }

  private static final class Builder {
    final String anchor;
    final String title;
    final StringBuilder text = new StringBuilder();

    Builder(String anchor, String title) {
      this.anchor = anchor;
      this.title = title;
    }

    void add(String s) {
      if (!s.isBlank()) {
        text.append(s).append(' ');
      }
    }

    /**
     * The text of a paragraph or table cell, its ↩ (footnote back links) made spaces. Appended as
     * it is, not stripped nor left out when blank (as {@link #add} does): the section's text is
     * cleaned (runs of white space made one space, the ends trimmed), which makes that the same.
     */
    void addText(Node n, String plainBase) {
      int mark = text.length();
      PlainText.appendTo(n, plainBase, text);
      for (int i = text.indexOf("\u21A9", mark); i >= 0; i = text.indexOf("\u21A9", i + 1)) {
        text.setCharAt(i, ' ');
      }
      text.append(' ');
    }

    /** The text of code. */
    void addCode(com.vladsch.flexmark.util.sequence.BasedSequence code) {
      Sequences.append(code, text);
      text.append(' ');
    }
  }

  private static void walk(Node parent, Map<Node, String> ids, Set<Node> directives, Map<Node, List<AttrLists.Attr>> attrs, Builder[] cur, List<Builder> all, String plainBase) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (!attrs.isEmpty() && excluded(attrs.get(n))) {
        // a heading's section is left out with it (its text goes to no section), a block alone
        if (n instanceof Heading h && ids.get(h) != null && h.getLevel() >= 2 && h.getLevel() <= 4) {
          cur[0] = new Builder(ids.get(h), "");
        }
        continue;
      }
      if (n instanceof Heading h) {
        String text = text(h, plainBase);
        String id = ids.get(h);
        if (id != null && h.getLevel() >= 2 && h.getLevel() <= 4) {
          cur[0] = new Builder(id, text);
          all.add(cur[0]);
        } else {
          cur[0].add(text);
        }
      } else if (n instanceof Paragraph || n instanceof TableCell) {
        cur[0].addText(n, plainBase);
      } else if (n instanceof FencedCodeBlock f) {
        // a directive's body is its settings; what it shows is not in the tree
        if (!directives.contains(f)) {
          com.vladsch.flexmark.util.sequence.BasedSequence code = Sequences.contentChars(f);
          // without Docusaurus' magic comments, as the page shows it
          CodeLines.Magic magic = CodeLines.mayHoldMagic(code) ? CodeLines.magic(code.toString()) : null;
          if (magic == null) {
            cur[0].addCode(code);
          } else {
            cur[0].add(magic.code());
          }
        }
      } else if (n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
        cur[0].addCode(n.getChars());
      } else if (n instanceof HtmlCommentBlock) {
        continue;
      } else if (n instanceof HtmlBlock) {
        String html = n.getChars().toString();
        // md_in_html's element marked so: its opening tag, its Markdown, its closing tag
        boolean marked = html.contains(EXCLUDE);
        Node close = marked ? closing(n, html) : null;
        if (close != null) {
          n = close;
          continue;
        }
        // (its headings with the ids the page gives them)
        List<String> made = n.getDocument() == null ? null : MarkdownEngine.RAW_IDS.get(n.getDocument()).get(n);
        org.jsoup.nodes.Document parsed = Jsoup.parseBodyFragment(made == null ? html : RawHtml.withIds(html, made));
        if (marked) {
          parsed.select("[" + EXCLUDE + "]").remove();
        }
        if (parsed.selectFirst("h2[id], h3[id], h4[id]") == null) {
          cur[0].add(parsed.text());
        } else {
          rawSections(parsed, cur, all);
        }
      } else if (n instanceof AdmonitionBlock a) {
        cur[0].add(a.getTitle().toString());
        walk(n, ids, directives, attrs, cur, all, plainBase);
      } else if (n instanceof Tabs.Tab t) {
        cur[0].add(Tabs.titleText(t.title));
        walk(n, ids, directives, attrs, cur, all, plainBase);
      } else if (n instanceof Callout c) {
        if (c.title != null) {
          cur[0].add(c.title);
        }
        walk(n, ids, directives, attrs, cur, all, plainBase);
      } else if (n.hasChildren()) {
        walk(n, ids, directives, attrs, cur, all, plainBase);
      }
    }
  }

  /**
   * A block of raw HTML whose H2 to H4 have ids ({@code <h2>Install</h2>} in a README, given one as
   * GitHub gives it): each starts a section, as a Markdown heading does; its text goes to the
   * section it is in.
   */
  private static void rawSections(org.jsoup.nodes.Document parsed, Builder[] cur, List<Builder> all) {
    StringBuilder text = new StringBuilder();
    org.jsoup.nodes.Element[] heading = {null};
    parsed.body().traverse(new org.jsoup.select.NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (heading[0] != null) {
          return;
        }
        if (node instanceof org.jsoup.nodes.Element e && e.nameIs("h2") | e.nameIs("h3") | e.nameIs("h4") && !e.id().isEmpty()) {
          cur[0].add(text.toString());
          text.setLength(0);
          cur[0] = new Builder(e.id(), e.text());
          all.add(cur[0]);
          heading[0] = e;
        } else if (node instanceof org.jsoup.nodes.TextNode t) {
          text.append(t.text());
        } else if (node instanceof org.jsoup.nodes.Element e && (e.isBlock() || e.nameIs("br"))) {
          text.append(' ');
        }
      }

      @Override
      public void tail(org.jsoup.nodes.Node node, int depth) {
        if (node == heading[0]) {
          heading[0] = null;
        } else if (node instanceof org.jsoup.nodes.Element e && e.isBlock()) {
          text.append(' ');
        }
      }
    });
    cur[0].add(text.toString());
  }

  /** MkDocs Material's mark of what its search leaves out: a block's, or a heading's with its section. */
  static final String EXCLUDE = "data-search-exclude";

  /** An opening tag alone (group 1 its name) with {@link #EXCLUDE} among its attributes. */
  private static final java.util.regex.Pattern OPEN_EXCLUDED =
      java.util.regex.Pattern.compile("\\s*<([A-Za-z][\\w-]*)\\s[^<>]*(?<=\\s)" + EXCLUDE + "(?=[\\s=/>])[^<>]*>\\s*");

  /**
   * The HTML block that closes the element {@code open} opens alone, if it is marked {@link #EXCLUDE}
   * and closes within {@value #MAX_SPAN} blocks (a bound on the work of many that never close); else null.
   */
  private static Node closing(Node open, String html) {
    java.util.regex.Matcher m = OPEN_EXCLUDED.matcher(html);
    if (!m.matches() || html.strip().endsWith("/>")) {
      return null;
    }
    String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
    int depth = 1;
    int seen = 0;
    for (Node n = open.getNext(); n != null && seen++ < MAX_SPAN; n = n.getNext()) {
      if (n instanceof HtmlBlock) {
        String t = n.getChars().toString().toLowerCase(java.util.Locale.ROOT);
        depth += tags(t, "<" + name) - tags(t, "</" + name);
        if (depth <= 0) {
          return n;
        }
      }
    }
    return null;
  }

  static final int MAX_SPAN = 1000;

  /** How many times a tag's start ({@code <div}, {@code </div}) stands in a text, not followed by more of a name. */
  private static int tags(String text, String start) {
    int count = 0;
    for (int i = text.indexOf(start); i >= 0; i = text.indexOf(start, i + 1)) {
      int after = i + start.length();
      if (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)) && text.charAt(after) != '-') {
        count++;
      }
    }
    return count;
  }

  private static boolean excluded(List<AttrLists.Attr> attrs) {
    if (attrs != null) {
      for (AttrLists.Attr a : attrs) {
        if (a.name().equals(EXCLUDE)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String text(Node n, String plainBase) {
    return PlainText.of(n, plainBase).replace('\u21A9', ' ').strip();
  }

  /** Ids of the top-level headings whose section (up to the next heading as high) holds a numbered list. */
  static Set<String> stepSections(Document doc, Map<Node, String> ids) {
    Set<String> out = new LinkedHashSet<>();
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && ids.containsKey(h)) {
        for (Node s = n.getNext(); s != null && !(s instanceof Heading hh && hh.getLevel() <= h.getLevel()); s = s.getNext()) {
          if (s instanceof OrderedList || hasOrderedList(s)) {
            out.add(ids.get(h));
            break;
          }
        }
      }
    }
    return out;
  }

  /** Whether a block holds a numbered list; only blocks hold blocks, so text is not walked. */
  private static boolean hasOrderedList(Node n) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof OrderedList || c instanceof com.vladsch.flexmark.util.ast.Block && !(c instanceof Paragraph) && hasOrderedList(c)) {
        return true;
      }
    }
    return false;
  }
}
