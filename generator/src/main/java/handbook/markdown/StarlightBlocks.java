package handbook.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Astro Starlight's components in an MDX page that imports them
 * ({@code import { Aside, Card } from '@astrojs/starlight/components';}), read as the Markdown
 * they stand for, by edits that keep every line where it was:
 *
 * <ul>
 *   <li>{@code <Aside type="tip" title="Title">} ... {@code </Aside>}: the callout
 *       {@code :::tip Title} (a note where it names no type);
 *   <li>{@code <Card title="Title">} ... {@code </Card>}: its title in bold, then what it holds;
 *   <li>{@code <CardGrid>}, {@code <Steps>} (around a numbered list) and {@code <FileTree>} (around
 *       a list of files): what they hold, their tag lines left empty;
 *   <li>{@code <LinkCard title="Title" href="/guides/" description="..." />}: a link (checked as
 *       the others are) and its description, on its first line;
 *   <li>{@code <LinkButton href="/guides/">Text</LinkButton>}: a link drawn as a button;
 *   <li>{@code <Badge text="New" variant="tip" />}: a badge in its variant's colours.
 * </ul>
 *
 * Block tags stand on lines of their own; what a block holds loses the indentation its lines
 * share (MDX has no indented code: it is the component's, not a code block). A tag that does
 * not pair up, or has attributes given as code ({@code title={x}}), is left as it is and named as
 * a component.
 */
final class StarlightBlocks {
  private StarlightBlocks() {}

  /** The package whose components are read here. */
  static final String PACKAGE = "@astrojs/starlight/components";

  /** The components read here. */
  static final Set<String> READ = Set.of("Aside", "Card", "CardGrid", "Steps", "FileTree", "LinkCard", "LinkButton", "Badge");

  /** The edits, and where the tags they replace start (not named as components). */
  record Read(List<ForeignMarkers.Edit> edits, Set<Integer> tags) {}

  /** A tag's attributes, at most 40 (a run of them is read by recursion, which a hostile run of thousands would overflow). */
  private static final String ATTRIBUTES = "((?:\\s+[A-Za-z][\\w-]*(?:=(?:\"[^\"\\n]*\"|'[^'\\n]*'))?){0,40})";

  private static final Pattern OPEN = Pattern.compile("[ \\t]*<(Aside|Card|CardGrid|Steps|FileTree)" + ATTRIBUTES + "\\s*>[ \\t]*");
  private static final Pattern CLOSE = Pattern.compile("[ \\t]*</(Aside|Card|CardGrid|Steps|FileTree)\\s*>[ \\t]*");
  private static final Pattern LINK_CARD = Pattern.compile("<LinkCard((?:\\s+[A-Za-z][\\w-]*(?:=(?:\"[^\"]*\"|'[^']*'))?){0,40})\\s*/>");
  private static final Pattern LINK_BUTTON = Pattern.compile("<LinkButton" + ATTRIBUTES + "\\s*>([^<\\n]*)</LinkButton>");
  private static final Pattern BADGE = Pattern.compile("<Badge" + ATTRIBUTES + "\\s*/>");
  /** A link card's address, in double or single quotes (group 2 what they hold). */
  private static final Pattern HREF = Pattern.compile("(?<=\\s)href=([\"'])([^\"'\\n]*)\\1");
  /** An attribute: its name, and its value in double or single quotes, or in braces (as written: {@code {10}} is {@code 10}). */
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]*)(?:=(?:\"([^\"]*)\"|'([^']*)'|\\{([^{}]*)\\}))?");

  /** Reads the components of {@code body}; {@code code}: the ranges of its fenced code, where nothing is read. */
  static Read read(String body, List<int[]> fenced) {
    // (asked once for each tag: sorted once)
    List<int[]> code = fenced instanceof Ranges ? fenced : new Ranges(fenced);
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    Set<Integer> tags = new HashSet<>();
    blocks(body, code, edits, tags, OPEN, CLOSE, StarlightBlocks::shown, false);
    for (Matcher m = LINK_CARD.matcher(body); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      Matcher href = HREF.matcher(m.group(1));
      if (ForeignMarkers.inside(code, m.start()) || a.get("title") == null || !href.find() || href.group(2).isBlank()) {
        continue;
      }
      String description = a.get("description") == null || a.get("description").isBlank() ? "" : ": " + MarkdownEngine.literal(a.get("description").strip().replace('\n', ' '));
      // the address is left where it is written (a broken link is named there), the card's lines before it left empty
      int from = m.start(1) + href.start(2);
      int to = m.start(1) + href.end(2);
      edits.add(new ForeignMarkers.Edit(m.start(), from, "\n".repeat(newlines(body, m.start(), from)) + "**[" + MarkdownEngine.literal(a.get("title").strip()) + "](<"));
      edits.add(new ForeignMarkers.Edit(to, m.end(), ">)**" + description + "\n".repeat(newlines(body, to, m.end()))));
      tags.add(m.start());
    }
    for (Matcher m = LINK_BUTTON.matcher(body); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      if (ForeignMarkers.inside(code, m.start()) || a.get("href") == null || m.group(2).isBlank()) {
        continue;
      }
      String variant = a.getOrDefault("variant", "primary");
      edits.add(new ForeignMarkers.Edit(m.start(), m.end(), "[" + MarkdownEngine.literal(m.group(2).strip()) + "](<" + a.get("href").strip() + ">){ .md-button" + ("primary".equals(variant) ? " .md-button--primary" : "") + " }"));
      tags.add(m.start());
    }
    for (Matcher m = BADGE.matcher(body); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      if (ForeignMarkers.inside(code, m.start()) || a.get("text") == null) {
        continue;
      }
      String variant = a.getOrDefault("variant", "note");
      String type = Admonitions.known(variant) ? Admonitions.cls(variant) : "note";
      String shown = handbook.render.Html.escape(a.get("text").strip());
      // (its text drawn by the stylesheet, as a VitePress badge's)
      edits.add(new ForeignMarkers.Edit(m.start(), m.end(), "<span class=\"badge badge-" + type + "\" role=\"img\" aria-label=\"" + shown + "\" data-text=\"" + shown + "\"></span>"));
      tags.add(m.start());
    }
    return new Read(edits, tags);
  }

  /** A line of the body: where it starts and ends (without its line break). */
  private record Line(int start, int end) {}

  /** A block open while the lines are read: its tag's line and name, the least indentation of its lines so far, and whether it holds tabs. */
  private static final class Open {
    final int line;
    final String name;
    /** How many blocks are around it. */
    final int depth;
    int least = Integer.MAX_VALUE;
    boolean tabs;

    /** Its tag's indentation. */
    final int indent;

    Open(int line, String name, int depth, int indent) {
      this.line = line;
      this.name = name;
      this.depth = depth;
      this.indent = indent;
    }
  }

  /** What a block component's tag lines become: its opening's and its closing's, or null where it is left as it is. */
  interface Shown {
    /** The lines for a block {@code name} with attributes {@code a}, inside {@code depth} blocks. */
    String[] lines(String name, Map<String, String> a, int depth);
  }

  /** Starlight's blocks' lines. */
  private static String[] shown(String name, Map<String, String> a, int depth) {
    switch (name) {
      case "Aside" -> {
        String type = a.getOrDefault("type", "note").strip();
        String title = a.getOrDefault("title", "").strip();
        if (!Admonitions.known(type)) {
          return null;
        }
        // five colons: callouts of three or four inside it nest in it
        return new String[] {":::::" + type + (title.isEmpty() ? "" : " " + title), ":::::"};
      }
      case "Card" -> {
        return new String[] {a.get("title") == null || a.get("title").isBlank() ? "" : "**" + MarkdownEngine.literal(a.get("title").strip()) + "**", ""};
      }
      default -> {
        return new String[] {"", ""};
      }
    }
  }

  /**
   * The block components (their tags read by {@code openTag} and {@code closeTag}, group 1 the
   * name, the opening's group 2 its attributes): their tag lines as {@code shown} makes them, and
   * the indentation their lines share taken away. One pass with a stack: each line counts once,
   * for the innermost block around it, whose least indentation goes to the block around it when it
   * closes (nested blocks cost no pass of their own). {@code keepIndent}: a tag line keeps its
   * indentation, and a block's lines lose only what they have beyond it (a block in a list item
   * stays in it).
   */
  static void blocks(String body, List<int[]> code, List<ForeignMarkers.Edit> edits, Set<Integer> tags, Pattern openTag, Pattern closeTag, Shown shown, boolean keepIndent) {
    List<Line> lines = new ArrayList<>();
    for (int start = 0; start <= body.length(); ) {
      int end = body.indexOf('\n', start);
      lines.add(new Line(start, end < 0 ? body.length() : end));
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();
    // for each line, the block it is innermost in (while open), and each closed block's least indentation
    Open[] innermost = new Open[lines.size()];
    Set<Open> closed = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    int nextTag = body.indexOf('<');
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (nextTag >= 0 && nextTag < l.start()) {
        nextTag = body.indexOf('<', l.start());
      }
      boolean tagged = nextTag >= 0 && nextTag < l.end() && !ForeignMarkers.inside(code, l.start());
      Matcher o = tagged ? openTag.matcher(body).region(l.start(), l.end()) : null;
      Matcher c = tagged ? closeTag.matcher(body).region(l.start(), l.end()) : null;
      int indent = 0;
      while (l.start() + indent < l.end() && (body.charAt(l.start() + indent) == ' ' || body.charAt(l.start() + indent) == '\t')) {
        indent++;
      }
      boolean blank = l.start() + indent == l.end();
      if (!open.isEmpty() && !(c != null && c.matches())) {
        // a line inside the innermost block (a tag line of a block inside it too)
        Open in = open.peek();
        if (!blank) {
          in.least = Math.min(in.least, indent);
        }
        in.tabs |= tagged && (body.startsWith("<Tabs", nextTag) || body.startsWith("<TabItem", nextTag));
        innermost[i] = in;
      }
      if (o != null && o.matches()) {
        open.push(new Open(i, o.group(1), open.size(), indent));
      } else if (c != null && c.matches() && !open.isEmpty() && open.peek().name.equals(c.group(1))) {
        Open done = open.pop();
        closed.add(done);
        pairs.add(new int[] {done.line, i, done.depth});
        if (!open.isEmpty()) {
          open.peek().least = Math.min(open.peek().least, done.least);
          open.peek().tabs |= done.tabs;
        }
      } else if (c != null && c.matches()) {
        // a closing tag that pairs with none: what is open is left as it is
        open.clear();
      }
    }
    // the indentation a line loses: that of the innermost block around it (content tabs re-indent their own lines)
    int[] dedent = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Open in = innermost[i];
      dedent[i] = in == null || !closed.contains(in) || in.tabs || in.least == Integer.MAX_VALUE ? 0 : keepIndent ? Math.max(0, in.least - in.indent) : in.least;
    }
    for (int[] p : pairs) {
      dedent[p[0]] = 0;
      dedent[p[1]] = 0;
      Line first = lines.get(p[0]);
      Line last = lines.get(p[1]);
      Matcher o = openTag.matcher(body).region(first.start(), first.end());
      o.matches();
      String[] made = shown.lines(o.group(1), attributes(o.group(2)), p[2]);
      if (made == null) {
        continue;
      }
      String lead = keepIndent ? body.substring(first.start(), first.start() + indentOf(body, first)) : "";
      edits.add(new ForeignMarkers.Edit(first.start(), first.end(), made[0].isEmpty() ? "" : lead + made[0]));
      edits.add(new ForeignMarkers.Edit(last.start(), last.end(), made[1].isEmpty() ? "" : lead + made[1]));
      tags.add(body.indexOf('<', first.start()));
      tags.add(body.indexOf('<', last.start()));
    }
    for (int i = 0; i < lines.size(); i++) {
      if (dedent[i] > 0) {
        Line l = lines.get(i);
        edits.add(new ForeignMarkers.Edit(l.start(), l.start() + Math.min(dedent[i], l.end() - l.start()), ""));
      }
    }
  }

  /** The characters of a line's indentation. */
  private static int indentOf(String body, Line l) {
    int n = 0;
    while (l.start() + n < l.end() && (body.charAt(l.start() + n) == ' ' || body.charAt(l.start() + n) == '\t')) {
      n++;
    }
    return n;
  }

  /** How many line breaks {@code body} has from {@code from} to {@code to}. */
  static int newlines(String body, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (body.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  static Map<String, String> attributes(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Matcher a = ATTRIBUTE.matcher(text); a.find(); ) {
      out.put(a.group(1), a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4).strip() : "");
    }
    return out;
  }

}
