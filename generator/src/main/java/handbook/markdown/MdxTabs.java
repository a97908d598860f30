package handbook.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tabs of Docusaurus and Astro Starlight, read as content tabs. An MDX page that imports them
 * writes
 *
 * <pre>{@code
 * <Tabs groupId="pm">
 *   <TabItem value="npm" label="npm" default>
 *     npm install
 *   </TabItem>
 * </Tabs>
 * }</pre>
 *
 * which becomes, by edits that keep every other line where it was, MkDocs Material's
 * {@code ===!+ "npm"} with the item's lines indented under it: a tag line becomes the tab's title
 * or an empty line, a content line's indentation becomes four spaces for each tab it is in (its
 * own indentation beyond the item's least is kept). The tab of {@code default} (or of the
 * group's {@code defaultValue}) is shown first; an item without a {@code label} takes its label
 * from the group's {@code values}, else its {@code value}. A group whose tags do not pair up is
 * left as it is (and named as the components it holds).
 *
 * <p>VuePress' code groups are read the same way ({@link #VUE}): VuePress 2's {@code <CodeGroup>}
 * with {@code <CodeGroupItem title="npm" active>}, VuePress 1's {@code <code-group>} with
 * {@code <code-block title="npm" active>}.
 */
final class MdxTabs {
  private MdxTabs() {}

  /**
   * The tags of a tool's tabs: the group's opening tag (its attributes, then its {@code >} or
   * nothing), its closing tag, an item's opening tag (its attributes, then what it holds on the
   * same line with its closing tag, or nothing), an item's closing tag; the attribute of an
   * item's title and that of the item shown first.
   */
  record Dialect(Pattern openTabs, Pattern closeTabs, Pattern openItem, Pattern closeItem, String label, String shown, boolean numbered, boolean keepIndent) {
    Dialect(Pattern openTabs, Pattern closeTabs, Pattern openItem, Pattern closeItem, String label, String shown) {
      this(openTabs, closeTabs, openItem, closeItem, label, shown, false, false);
    }
  }

  /** Mintlify's {@code <Tabs>} and {@code <Tab title="npm">}. */
  static final Dialect MINTLIFY_TABS =
      new Dialect(
          Pattern.compile("[ \\t]*<Tabs(?=[\\s>]|$)([^>]*)(>?)[ \\t]*"),
          Pattern.compile("[ \\t]*</Tabs>[ \\t]*"),
          Pattern.compile("[ \\t]*<Tab(?=[\\s>]|$)([^>]*?)>(?:(.*?)</Tab>)?[ \\t]*"),
          Pattern.compile("[ \\t]*</Tab>[ \\t]*"),
          "title",
          "default",
          false,
          true);

  /**
   * Mintlify's {@code <Steps>} and {@code <Step title="Install">}: a numbered list, each step's
   * title its item's first line (in bold) and what it holds indented under it.
   */
  static final Dialect MINTLIFY_STEPS =
      new Dialect(
          Pattern.compile("[ \\t]*<Steps(?=[\\s>]|$)([^>]*)(>?)[ \\t]*"),
          Pattern.compile("[ \\t]*</Steps>[ \\t]*"),
          Pattern.compile("[ \\t]*<Step(?=[\\s>]|$)([^>]*?)>(?:(.*?)</Step>)?[ \\t]*"),
          Pattern.compile("[ \\t]*</Step>[ \\t]*"),
          "title",
          "default",
          true,
          true);

  /** Docusaurus' and Starlight's {@code <Tabs>} and {@code <TabItem label="npm" default>}. */
  static final Dialect MDX =
      new Dialect(
          Pattern.compile("[ \\t]*<Tabs(?=[\\s>]|$)([^>]*)(>?)[ \\t]*"),
          Pattern.compile("[ \\t]*</Tabs>[ \\t]*"),
          Pattern.compile("[ \\t]*<TabItem(?=[\\s>]|$)([^>]*?)>(?:(.*?)</TabItem>)?[ \\t]*"),
          Pattern.compile("[ \\t]*</TabItem>[ \\t]*"),
          "label",
          "default");

  /** VuePress' code groups. */
  static final Dialect VUE =
      new Dialect(
          Pattern.compile("[ \\t]*<(?:CodeGroup|code-group)(?=[\\s>]|$)([^>]*)(>?)[ \\t]*"),
          Pattern.compile("[ \\t]*</(?:CodeGroup|code-group)>[ \\t]*"),
          Pattern.compile("[ \\t]*<(?:CodeGroupItem|code-block)(?=[\\s>]|$)([^>]*?)>(?:(.*?)</(?:CodeGroupItem|code-block)>)?[ \\t]*"),
          Pattern.compile("[ \\t]*</(?:CodeGroupItem|code-block)>[ \\t]*"),
          "title",
          "active");

  /** The edits that make the groups content tabs, and the lines of the tags they replace (in order). */
  record Read(List<ForeignMarkers.Edit> edits, List<int[]> tags) {
    static final Read NONE = new Read(List.of(), List.of());

    /** Whether an offset is on a tag line that was replaced. */
    boolean onTag(int offset) {
      return inside(tags, offset);
    }
  }

  /** An attribute: a name, with a value in double or single quotes or braces, or alone. */
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{([^}]*)\\}))?");
  /** One entry of a group's {@code values}: {@code {label: 'Apple', value: 'apple'}}. */
  private static final Pattern VALUE_ENTRY = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern ENTRY_FIELD = Pattern.compile("(label|value)\\s*:\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`)");

  /** A line of the body: where it starts and ends (without its line break). */
  private record Line(int start, int end) {}

  /** A tag or content line as read: its kind and, for an item, its title and whether it is shown first. */
  private record Tag(Kind kind, int first, int last, String title, boolean shown, String inline, int number, boolean titled) {
    Tag(Kind kind, int first, int last, String title, boolean shown, String inline) {
      this(kind, first, last, title, shown, inline, 0, false);
    }
  }

  private enum Kind {
    OPEN_TABS, CLOSE_TABS, OPEN_ITEM, CLOSE_ITEM, ITEM_LINE
  }

  /**
   * Reads the groups of {@code body} written in {@code dialect}'s tags; {@code code} holds the
   * ranges of code blocks, in order (not tags; MDX has no indented code, so there an indented
   * line is a tag or text).
   */
  static Read read(String body, List<int[]> code, Dialect dialect) {
    List<Line> lines = lines(body);
    int[] close = closes(body, lines, code, dialect);
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    List<int[]> tags = new ArrayList<>();
    Reader reader = new Reader(body, lines, close, code, dialect);
    for (int i = 0; i < lines.size(); i++) {
      if (close[i] < 0) {
        continue;
      }
      // (a group in a list item, where its dialect keeps it there: at its own indentation)
      Line at = lines.get(i);
      int column = dialect.keepIndent() ? width(body, at.start(), indentEnd(body, at)) : 0;
      int end = reader.group(i, 0, column, edits, tags);
      // a group left as it is is left whole: the groups inside it are not read again on their own
      i = end > i ? end : close[i];
    }
    tags.sort(java.util.Comparator.comparingInt(t -> t[0]));
    return new Read(edits, tags);
  }

  /** Groups nested deeper than this are left as they are (and each level is read once more). */
  static final int MAX_DEPTH = 8;

  /**
   * For each line that opens a group (outside code), the line that closes it; -1 for every other
   * line and for a group never closed. One pass with a stack, so that no group is searched for
   * its end twice.
   */
  private static int[] closes(String body, List<Line> lines, List<int[]> code, Dialect dialect) {
    int[] close = new int[lines.size()];
    java.util.Arrays.fill(close, -1);
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (inside(code, l.start())) {
        continue;
      }
      if (dialect.openTabs().matcher(body).region(l.start(), l.end()).matches()) {
        open.push(i);
      } else if (!open.isEmpty() && dialect.closeTabs().matcher(body).region(l.start(), l.end()).matches()) {
        close[open.pop()] = i;
      }
    }
    return close;
  }

  /** The lines of a body and where its groups close, read group by group. */
  private record Reader(String body, List<Line> lines, int[] close, List<int[]> code, Dialect dialect) {
    private boolean is(Pattern p, Line l) {
      return p.matcher(body).region(l.start(), l.end()).matches();
    }

    private boolean blankLine(Line l) {
      return body.substring(l.start(), l.end()).isBlank();
    }

    /**
     * Converts the group opening at line {@code open}, inside {@code depth} tabs, its titles at
     * {@code column}; the index of its closing line, or -1 (and nothing added) when its tags do not
     * pair up.
     */
    int group(int open, int depth, int column, List<ForeignMarkers.Edit> edits, List<int[]> tags) {
      int end = close[open];
      if (end < 0) {
        return -1;
      }
      List<Tag> read = new ArrayList<>();
      // the open tag may run over several lines (a values={[...]} array)
      StringBuilder attrs = new StringBuilder();
      int i = open;
      Matcher m = dialect.openTabs().matcher(body).region(lines.get(i).start(), lines.get(i).end());
      m.matches();
      attrs.append(m.group(1));
      TagEnd tagEnd = new TagEnd();
      boolean closed = !m.group(2).isEmpty();
      tagEnd.find(attrs, 0);
      while (!closed) {
        if (++i >= end) {
          return -1;
        }
        int from = attrs.length();
        attrs.append('\n').append(body, lines.get(i).start(), lines.get(i).end());
        int gt = tagEnd.find(attrs, from);
        if (gt >= 0) {
          closed = true;
          if (!attrs.substring(gt + 1).isBlank()) {
            return -1;
          }
          attrs.setLength(gt);
        }
      }
      Map<String, String> group = attributes(attrs.toString());
      Map<String, String> labels = values(group.get("values"));
      String defaultValue = group.get("defaultValue");
      read.add(new Tag(Kind.OPEN_TABS, open, i, null, false, null));
      // its items to its end; a group inside an item is the item's content
      boolean inItem = false;
      int items = 0;
      for (i++; i < end; i++) {
        Line l = lines.get(i);
        boolean isCode = inside(code, l.start());
        Matcher item = dialect.openItem().matcher(body).region(l.start(), l.end());
        if (!isCode && !inItem && item.matches()) {
          Map<String, String> a = attributes(item.group(1));
          String value = a.get("value");
          String label = a.get(dialect.label()) != null ? a.get(dialect.label()) : value != null && labels.containsKey(value) ? labels.get(value) : value;
          boolean shown = a.containsKey(dialect.shown()) || value != null && value.equals(defaultValue);
          items++;
          read.add(new Tag(item.group(2) != null ? Kind.ITEM_LINE : Kind.OPEN_ITEM, i, i, label == null ? "Tab " + items : label, shown, item.group(2), items, label != null && !label.isBlank()));
          inItem = item.group(2) == null;
        } else if (!isCode && inItem && is(dialect.closeItem(), l)) {
          read.add(new Tag(Kind.CLOSE_ITEM, i, i, null, false, null));
          inItem = false;
        } else if (!inItem && !blankLine(l)) {
          return -1; // text between the items: not a group of tabs as Docusaurus writes one
        } else if (inItem && close[i] >= 0) {
          i = close[i]; // a group inside the item: read with the item's content
        }
      }
      if (inItem || items == 0) {
        return -1;
      }
      read.add(new Tag(Kind.CLOSE_TABS, end, end, null, false, null));
      // tags become titles or empty lines, content is indented under its title
      List<ForeignMarkers.Edit> own = new ArrayList<>();
      List<int[]> ownTags = new ArrayList<>();
      for (int t = 0; t < read.size(); t++) {
        Tag tag = read.get(t);
        String indent = " ".repeat(column);
        switch (tag.kind()) {
          case OPEN_TABS, CLOSE_TABS, CLOSE_ITEM -> {
            for (int j = tag.first(); j <= tag.last(); j++) {
              Line l = lines.get(j);
              own.add(new ForeignMarkers.Edit(l.start(), l.end(), ""));
              ownTags.add(new int[] {l.start(), l.end()});
            }
          }
          case ITEM_LINE -> {
            Line l = lines.get(tag.first());
            own.add(new ForeignMarkers.Edit(l.start(), l.end(), indent + title(tag, t == 1, dialect.numbered()) + "\n" + indent + "    " + tag.inline().strip()));
            ownTags.add(new int[] {l.start(), l.end()});
          }
          case OPEN_ITEM -> {
            Line l = lines.get(tag.first());
            own.add(new ForeignMarkers.Edit(l.start(), l.end(), indent + title(tag, t == 1, dialect.numbered())));
            ownTags.add(new int[] {l.start(), l.end()});
            content(tag.first() + 1, read.get(t + 1).first(), depth + 1, column + 4, own, ownTags);
          }
        }
      }
      edits.addAll(own);
      tags.addAll(ownTags);
      return end;
    }

    /** Indents an item's content lines {@code [from, to)} to {@code column}, under its title; groups inside become tabs inside tabs. */
    private void content(int from, int to, int depth, int column, List<ForeignMarkers.Edit> edits, List<int[]> tags) {
      int least = Integer.MAX_VALUE;
      for (int i = from; i < to; i++) {
        Line l = lines.get(i);
        if (!blankLine(l)) {
          least = Math.min(least, width(body, l.start(), indentEnd(body, l)));
        }
      }
      for (int i = from; i < to; i++) {
        Line l = lines.get(i);
        if (blankLine(l)) {
          continue;
        }
        if (close[i] >= 0 && depth < MAX_DEPTH) {
          int end = group(i, depth, column, edits, tags);
          if (end > i) {
            i = end;
            continue;
          }
        }
        int indentEnd = indentEnd(body, l);
        edits.add(new ForeignMarkers.Edit(l.start(), indentEnd, " ".repeat(column + width(body, l.start(), indentEnd) - least)));
      }
    }
  }

  private static String title(Tag tag, boolean first, boolean numbered) {
    if (numbered) {
      // (a step without a title: its number alone)
      // (a hard break after the title: what the step holds starts on the next line)
      return tag.number() + ". " + (tag.titled() ? "**" + MarkdownEngine.literal(tag.title().replace('\n', ' ').strip()) + "**  " : "");
    }
    return "===" + (first ? "!" : "") + (tag.shown() ? "+" : "") + " \"" + tag.title().replace('\n', ' ') + "\"";
  }

  /** Where a line's indentation ends. */
  private static int indentEnd(String body, Line l) {
    int i = l.start();
    while (i < l.end() && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The width of an indentation, a tab reaching the next multiple of four. */
  private static int width(String body, int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      w = body.charAt(i) == '\t' ? (w / 4 + 1) * 4 : w + 1;
    }
    return w;
  }

  /**
   * Where an open tag that runs over lines ends: its {@code >} outside braces and quotes, read
   * line by line as the tag grows (each character once).
   */
  private static final class TagEnd {
    private int braces;
    private char quote;

    /** The index of the tag's end in {@code s} at or after {@code from}, or -1 (what was read is kept). */
    int find(CharSequence s, int from) {
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'' || c == '`') {
          quote = c;
        } else if (c == '{') {
          braces++;
        } else if (c == '}') {
          braces--;
        } else if (c == '>' && braces == 0) {
          return i;
        }
      }
      return -1;
    }
  }

  /** The attributes of a tag: name to value ("" for one without a value; a braced value as written). */
  static Map<String, String> attributes(String s) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      Matcher m = ATTRIBUTE.matcher(s).region(i, s.length());
      if (!m.lookingAt()) {
        i++;
        continue;
      }
      String braced = m.group(4);
      if (braced != null) {
        // a braced value may hold braces: it runs to its matching brace
        int open = s.indexOf('{', m.start());
        int depth = 0;
        int j = open;
        for (; j < s.length(); j++) {
          if (s.charAt(j) == '{') {
            depth++;
          } else if (s.charAt(j) == '}' && --depth == 0) {
            break;
          }
        }
        out.put(m.group(1), s.substring(open + 1, Math.min(j, s.length())));
        i = j + 1;
        continue;
      }
      out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : braced != null ? braced : "");
      i = m.end();
    }
    return out;
  }

  /** A group's {@code values} array: value to label. */
  static Map<String, String> values(String array) {
    Map<String, String> out = new LinkedHashMap<>();
    if (array == null) {
      return out;
    }
    Matcher e = VALUE_ENTRY.matcher(array);
    while (e.find()) {
      String label = null;
      String value = null;
      Matcher f = ENTRY_FIELD.matcher(e.group(1));
      while (f.find()) {
        String v = f.group(2) != null ? f.group(2) : f.group(3) != null ? f.group(3) : f.group(4);
        if (f.group(1).equals("label")) {
          label = v;
        } else {
          value = v;
        }
      }
      if (value != null && label != null) {
        out.put(value, label);
      }
    }
    return out;
  }

  private static List<Line> lines(String body) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    while (start <= body.length()) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? body.length() : nl;
      out.add(new Line(start, end > start && body.charAt(end - 1) == '\r' ? end - 1 : end));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /** Whether an offset is in one of the ranges (in order, not overlapping): a binary search. */
  private static boolean inside(List<int[]> ranges, int offset) {
    int lo = 0;
    int hi = ranges.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] r = ranges.get(mid);
      if (offset < r[0]) {
        hi = mid - 1;
      } else if (offset >= r[1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
