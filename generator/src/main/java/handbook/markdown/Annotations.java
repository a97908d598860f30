package handbook.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MkDocs Material's annotations: markers in a block that name the items of the numbered list
 * right after it. In code ({@code # (1)}, or {@code # (1)!}, whose comment is left out) where the
 * theme's {@code content.code.annotate} is on or the block has the class {@code .annotate}; in
 * the text of an admonition, a paragraph or an element ({@code <div class="annotate" markdown>})
 * with the class {@code annotate} ({@code (1)}). Material shows the notes as tooltips; here each
 * marker is a numbered link to its note, and the list stays below the block as the notes (no
 * script needed). A marker that names no item is text.
 */
final class Annotations {
  private Annotations() {}

  /** The annotated blocks of a document: the notes' lists and the code blocks, each with its ids' base. */
  record Read(Map<Node, String> lists, Map<Node, Code> code) {
    static final Read NONE = new Read(Map.of(), Map.of());
  }

  /** An annotated code block: its ids' base and the number of its notes. */
  record Code(String base, int notes) {}

  static final DataKey<Read> KEY = new DataKey<>("HANDBOOK_ANNOTATIONS", Read.NONE);

  /** Whether a text may hold an annotation (every list of notes names its first). */
  static boolean mayHold(TextProbe probe, String body) {
    return TextProbe.contains(probe, body, "(1)");
  }

  /** A marker at a line's end: the number in parentheses, {@code !} or not, a comment's closing or not. */
  private static final Pattern CODE_MARKER = Pattern.compile("\\((\\d{1,3})\\)(!?)[ \\t]*(\\*/|-->)?[ \\t]*$");

  /** The comments a marker may stand in: each language's line comment, and C's and HTML's block comments. */
  private static final List<String> OPENERS = List.of("#", "//", "--", ";", "%", "/*", "<!--");

  private static final Pattern TEXT_MARKER = Pattern.compile("\\((\\d{1,3})\\)");

  /**
   * Reads the annotated blocks of a document, makes their text's markers links, and returns the
   * ids it gives (the notes', to be kept from headings).
   *
   * @param code whether every code block may be annotated (the theme's {@code content.code.annotate})
   * @param label the word before a marker's number for a screen reader ("Annotation")
   */
  static List<String> read(Document doc, boolean code, String idPrefix, String label) {
    List<Node> blocks = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof com.vladsch.flexmark.ast.HtmlBlock && closing(n) != null) {
        blocks.add(n);
        continue;
      }
      if (n.getNext() instanceof OrderedList
          && (n instanceof FencedCodeBlock f && (code || annotateClass(f.getInfo()))
              || n instanceof AdmonitionBlock a && AdmonitionStart.classes(a.getInfo()).contains("annotate")
              || n instanceof com.vladsch.flexmark.ast.Paragraph && annotateClass(AttrLists.of(AttrLists.KEY.get(doc), n)))) {
        blocks.add(n);
      }
    }
    if (blocks.isEmpty()) {
      return List.of();
    }
    Map<Node, String> lists = new IdentityHashMap<>();
    Map<Node, Code> codes = new IdentityHashMap<>();
    List<String> ids = new ArrayList<>();
    for (Node block : blocks) {
      Node close = block instanceof com.vladsch.flexmark.ast.HtmlBlock ? closing(block) : null;
      OrderedList list = (OrderedList) (close != null ? close : block).getNext();
      int notes = 0;
      for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
        notes += item instanceof ListItem ? 1 : 0;
      }
      String base = idPrefix + "annotation-" + (lists.size() + 1);
      boolean marked;
      if (block instanceof FencedCodeBlock f) {
        marked = strip(Sequences.contentChars(f).normalizeEOL(), notes, base, label) != null;
        if (marked) {
          codes.put(f, new Code(base, notes));
        }
      } else if (close != null) {
        // an element's blocks, between its tags
        marked = false;
        for (Node x = block.getNext(); x != close; x = x.getNext()) {
          marked |= markText(x, notes, base, label);
        }
      } else {
        marked = markText(block, notes, base, label);
      }
      if (marked) {
        lists.put(list, base);
        for (int i = 1; i <= notes; i++) {
          ids.add(base + "-" + i);
        }
      }
    }
    doc.set(KEY, new Read(lists, codes));
    return ids;
  }

  /** The attribute a list of notes takes ({@code class="annotations"}), or one of its items (its id), or null. */
  static AttrLists.Attr attribute(Read read, Node n) {
    if (read.lists().isEmpty()) {
      return null;
    }
    if (n instanceof OrderedList) {
      return read.lists().containsKey(n) ? new AttrLists.Attr("class", "annotations") : null;
    }
    String base = n instanceof ListItem ? read.lists().get(n.getParent()) : null;
    if (base == null) {
      return null;
    }
    int i = 1;
    for (Node x = n.getParent().getFirstChild(); x != n; x = x.getNext()) {
      i++;
    }
    return new AttrLists.Attr("id", base + "-" + i);
  }

  /** An element's opening tag with the class {@code annotate} and the markdown attribute (md_in_html), on its own. */
  private static final Pattern ANNOTATED_ELEMENT =
      Pattern.compile("[ ]{0,3}<([A-Za-z][\\w-]*)(?=[^>]*\\sclass=\"[^\"]*(?<=[\"\\s])annotate[\\s\"])(?=[^>]*\\smarkdown[\\s=>])[^>]*>\\s*");

  /**
   * The block that closes an annotated element opened by the HTML block {@code n} ({@code <div
   * class="annotate" markdown>}, a blank line, its blocks, {@code </div>}), when the notes' list
   * follows it; else null.
   */
  private static Node closing(Node n) {
    Matcher m = ANNOTATED_ELEMENT.matcher(n.getChars());
    if (!m.matches()) {
      return null;
    }
    String close = "</" + m.group(1) + ">";
    for (Node x = n.getNext(); x != null; x = x.getNext()) {
      if (x instanceof com.vladsch.flexmark.ast.HtmlBlock && x.getChars().toString().strip().equalsIgnoreCase(close)) {
        return x.getNext() instanceof OrderedList ? x : null;
      }
    }
    return null;
  }

  /** Whether the attributes of a paragraph's list give it the class {@code annotate} ({@code Text (1). { .annotate }}). */
  private static boolean annotateClass(List<AttrLists.Attr> attrs) {
    return attrs != null && attrs.stream().anyMatch(a -> a.name().equals("class") && java.util.Arrays.asList(a.value().split(" ")).contains("annotate"));
  }

  /** Whether a code block's info in braces names the class {@code .annotate} ({@code { .yaml .annotate }}). */
  private static boolean annotateClass(BasedSequence info) {
    return FastHtml.attributeStyle(info) && info.toString().matches("\\{[^}]*\\s\\.annotate(?=[\\s}])[^}]*}.*");
  }

  /** The markers of a block's text made links; whether it had one. */
  private static boolean markText(Node block, int notes, String base, String label) {
    List<Text> texts = new ArrayList<>();
    for (Node n : block.getDescendants()) {
      if (n instanceof Text t && t.getChars().indexOf('(') >= 0 && !MaterialInline.inCode(t)) {
        texts.add(t);
      }
    }
    boolean marked = false;
    for (Text t : texts) {
      BasedSequence chars = t.getChars();
      Matcher m = TEXT_MARKER.matcher(chars);
      int done = 0;
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > notes || m.start() > 0 && chars.charAt(m.start() - 1) == '\\') {
          continue; // (an escaped parenthesis is text)
        }
        if (m.start() > done) {
          t.insertBefore(new Text(chars.subSequence(done, m.start())));
        }
        t.insertBefore(new MaterialInline.Replaced(chars.subSequence(m.start(), m.end()), "", link(base, n, label)));
        done = m.end();
        marked = true;
      }
      if (done > 0) {
        if (done < chars.length()) {
          t.insertBefore(new Text(chars.subSequence(done)));
        }
        t.unlink();
      }
    }
    return marked;
  }

  /** A marker: a link to its note. */
  static String link(String base, int n, String label) {
    StringBuilder b = new StringBuilder("<a class=\"annotation\" href=\"#").append(base).append('-').append(n).append("\" aria-label=\"");
    FastHtml.escape(b, label + " " + n, true);
    return b.append("\">").append(n).append("</a>").toString();
  }

  /** Code without its markers, and each line's marker (a link) or an empty string. */
  record Stripped(String code, List<String> lines) {}

  /**
   * The code of an annotated block without its markers, or null when it has none that names a
   * note. A marker ends a line in a comment: alone ({@code # (1)}; with {@code !} the comment goes
   * too) or after the comment's text ({@code // the port (2)}); the comment starts the line or
   * follows a space.
   */
  static Stripped strip(String code, int notes, String base, String label) {
    String[] lines = code.split("\n", -1);
    List<String> marks = new ArrayList<>();
    boolean any = false;
    StringBuilder out = new StringBuilder(code.length());
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String kept = line;
      String mark = "";
      Matcher m = line.indexOf('(') < 0 ? null : CODE_MARKER.matcher(line);
      if (m != null && m.find()) {
        int n = Integer.parseInt(m.group(1));
        String close = m.group(3);
        String before = line.substring(0, m.start()).stripTrailing();
        String alone = OPENERS.stream().filter(o -> before.endsWith(o) && startsComment(before, before.length() - o.length())).findFirst().orElse(null);
        String open = alone != null ? alone : opener(before);
        if (n >= 1 && n <= notes && open != null && (close == null ? !open.equals("/*") && !open.equals("<!--") : close.equals(open.equals("/*") ? "*/" : "-->"))) {
          kept = alone != null && m.group(2).equals("!") ? before.substring(0, before.length() - alone.length()).stripTrailing() : before + (close == null ? "" : " " + close);
          mark = link(base, n, label);
          any = true;
        }
      }
      if (i > 0) {
        out.append('\n');
      }
      out.append(kept);
      if (i < lines.length - 1 || !line.isEmpty()) {
        marks.add(mark);
      }
    }
    return any ? new Stripped(out.toString(), marks) : null;
  }

  /** Whether a comment's opener at {@code at} starts it: at the line's start or after a space. */
  private static boolean startsComment(String line, int at) {
    return at == 0 || line.charAt(at - 1) == ' ' || line.charAt(at - 1) == '\t';
  }

  /** The opener of the last comment in a line that has text before its marker ({@code # text}), or null. */
  private static String opener(String line) {
    String found = null;
    int where = -1;
    for (String o : OPENERS) {
      for (int at = line.lastIndexOf(o); at >= 0; at = at == 0 ? -1 : line.lastIndexOf(o, at - 1)) {
        int after = at + o.length();
        if (startsComment(line, at) && after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
          if (at > where) {
            where = at;
            found = o;
          }
          break;
        }
      }
    }
    return found;
  }

  /** The column of markers beside an annotated block's code, a line for each of its lines. */
  static String column(List<String> lines) {
    StringBuilder b = new StringBuilder("<span class=\"code-notes\">");
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append("<span>").append(lines.get(i)).append("</span>");
    }
    return b.append("</span>").toString();
  }
}
