package handbook.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of pymdownx.blocks (MkDocs Material), read as the engine's own syntax. A block is
 *
 * <pre>{@code
 * /// warning | Title
 *     open: true
 *
 * Content, not indented.
 * ///
 * }</pre>
 *
 * and becomes, by edits that keep every other line where it was, {@code !!! warning "Title"}
 * (an admonition: {@code admonition} with its {@code type}, or a type by its name), {@code ???}
 * (a {@code details} block; {@code ???+} when {@code open}) or {@code === "Title"} (a
 * {@code tab}; {@code ===!} for {@code new}, {@code ===+} for {@code select}), with the content
 * indented under it. {@code /// html | div.class#id[attr=value]} becomes the element's tags
 * around its content, blank lines between, so that the content is read as Markdown.
 * {@code /// caption} (and {@code figure-caption}, {@code table-caption}, numbered "Figure 1.",
 * "Table 1." with an id each) wraps the block before it in a {@code <figure>} with the caption's
 * content in a {@code <figcaption>}; after an html block of a figure without a caption, it goes
 * in that figure. {@code /// define} is a definition list. A block holds others when it opens
 * with more slashes; an unclosed admonition, details or tab ends with the text (an unclosed html
 * block or caption is named, as written). Blocks of other kinds, options and arguments not read
 * here are left as written, and named.
 */
final class Blocks {
  private Blocks() {}

  /** The edits, and what is left as written: where each stands and what it is. */
  record Read(List<ForeignMarkers.Edit> edits, List<ForeignMarkers.Marker> unknown) {
    static final Read NONE = new Read(List.of(), List.of());
  }

  /** A block's first line: three or more slashes, a name, a title after {@code |}; or the slashes alone. */
  private static final Pattern LINE = Pattern.compile("[ \\t]{0,3}(/{3,})[ \\t]*(?:([A-Za-z][\\w-]*)[ \\t]*(?:\\|[ \\t]*(.*?))?)?[ \\t]*");
  private static final Pattern OPTION = Pattern.compile("(?: {4}|\\t)[ \\t]*([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*");
  /** The admonition types of pymdownx.blocks.admonition and MkDocs Material. */
  private static final java.util.Set<String> TYPES =
      java.util.Set.of(
          "note", "attention", "caution", "danger", "error", "tip", "hint", "warning", "abstract", "summary", "tldr", "info", "todo",
          "success", "check", "done", "question", "help", "faq", "failure", "fail", "missing", "bug", "example", "quote", "cite", "important");

  /** The elements an html block makes here: those whose content is blocks (others are named). */
  private static final java.util.Set<String> HTML_TAGS =
      java.util.Set.of(
          "div", "section", "article", "aside", "header", "footer", "main", "nav", "figure", "blockquote", "details", "address", "center",
          "dialog", "dd", "li", "ul", "ol", "dl", "fieldset", "form", "menu", "search");

  /** An html block's element: a tag name, then ids, classes and attributes in brackets (CSS' notation). */
  private static final Pattern SELECTOR = Pattern.compile("([A-Za-z][\\w-]*)((?:#[\\w-]+|\\.[\\w-]+|\\[[^\\]\\n]*\\])*)");
  private static final Pattern SELECTOR_PART = Pattern.compile("#([\\w-]+)|\\.([\\w-]+)|\\[([^\\]]*)\\]");
  /** An attribute in brackets or in {@code attrs}: a name, and a value (quoted or not) or none. */
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([A-Za-z_][\\w.-]*)(?:\\s*[=:]\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s,}'\"]+)))?\\s*,?");
  /** A caption's argument: {@code <} or {@code >}, a number or {@code ^} and a depth, an id. */
  private static final Pattern CAPTION_ARGUMENT = Pattern.compile("([<>])?\\s*(?:(\\^)?([1-9][0-9]*(?:\\.[1-9][0-9]*)*))?\\s*(?:#([\\w-]+))?");

  private enum Kind { CONTAINER, HTML, CAPTION, DEFINE, UNKNOWN }

  /**
   * What a level of blocks knows: where its text starts (after the line that opened it, or after
   * the last block of pymdownx.blocks in it), and that block while only blank lines followed it.
   */
  private static final class Level {
    int after;
    Open lastBlock;

    Level(int after) {
      this.after = after;
    }
  }

  /** A block open: its slashes and kind, and what it needs at its end. */
  private static final class Open {
    final int slashes;
    final Kind kind;
    final Level outer;
    /** The depth of admonitions, details and tabs it stands in. */
    final int depth;
    /** Where its first line starts. */
    int line;
    /** Where the block (a caption's: its figure) starts, and the first edit there. */
    int start;
    ForeignMarkers.Edit firstEdit;
    /** An html block's tag and attributes, and its opening and closing edits. */
    String tag;
    Map<String, String> attributes;
    ForeignMarkers.Edit openEdit;
    ForeignMarkers.Edit closeEdit;
    /** An html block's figure: whether a caption went in it. */
    boolean captioned;
    /** A definition block's: whether its last paragraph was a term, and the blank lines after it. */
    boolean term;
    List<int[]> blanks;
    /** A caption block's caption. */
    Caption caption;

    Open(int slashes, Kind kind, Level outer, int depth) {
      this.slashes = slashes;
      this.kind = kind;
      this.outer = outer;
      this.depth = depth;
    }
  }

  /** A caption: its type and figure, numbered when all are read. */
  private static final class Caption {
    String type;
    int start;
    int end;
    String indent;
    String manual;
    int level = -1;
    String id;
    String classes;
    /** The figure's opening (made here, or an html block's) and the edit that holds the caption's end. */
    ForeignMarkers.Edit figure;
    Open figureBlock;
    ForeignMarkers.Edit close;
    /** Where the first line of the caption's text starts, and whether it begins a paragraph. */
    int textAt = -1;
    boolean paragraph;
  }

  /**
   * Reads the blocks of {@code body}; {@code code} holds the ranges of code and comments, where no
   * block starts or ends; {@code tops}, the ranges of the document's blocks (a caption wraps the
   * one before it). Html blocks and captions are read where the text is {@code trusted};
   * {@code prefixes} gives the caption types and the numbered prefix of each ({@code {}} the
   * number; empty for none).
   */
  static Read read(String body, List<int[]> code, List<int[]> tops, boolean trusted, Map<String, String> prefixes) {
    if (!body.contains("///")) {
      return Read.NONE;
    }
    return read(body, code, tops, trusted, prefixes, java.util.Set.of());
  }

  /** The same, the html blocks and captions that open at {@code unread} left as written. */
  private static Read read(String body, List<int[]> code, List<int[]> tops, boolean trusted, Map<String, String> prefixes, java.util.Set<Integer> unread) {
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    List<ForeignMarkers.Marker> unknown = new ArrayList<>();
    List<Caption> captions = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    Level level = new Level(0);
    int depth = 0;
    int n = body.length();
    for (int start = 0; start < n; ) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int next = nl < 0 ? n : nl + 1;
      Matcher m = LINE.matcher(body).region(start, end);
      int[] inCode = codeAt(code, start);
      if (inCode == null && m.matches()) {
        int slashes = m.group(1).length();
        String name = m.group(2);
        String indent = "    ".repeat(depth);
        if (name == null) {
          if (!open.isEmpty() && open.peek().slashes == slashes) {
            Open closed = open.pop();
            switch (closed.kind) {
              case CONTAINER -> {
                depth--;
                edits.add(new ForeignMarkers.Edit(start, end, ""));
              }
              case HTML -> {
                closed.closeEdit = new ForeignMarkers.Edit(start, end, "\n" + indent + "</" + closed.tag + ">\n");
                edits.add(closed.closeEdit);
              }
              case DEFINE -> edits.add(new ForeignMarkers.Edit(start, end, ""));
              case CAPTION -> {
                Caption c = closed.caption;
                c.end = start;
                c.close = new ForeignMarkers.Edit(start, end, "\n" + indent + "</figcaption>\n" + indent + "</figure>\n");
                edits.add(c.close);
              }
              default -> indent(edits, start, depth);
            }
            level = closed.outer;
            level.lastBlock = closed;
            level.after = next;
          } else {
            indent(edits, start, depth);
          }
          start = next;
          continue;
        }
        // the options: the lines indented under the first, up to a blank line or the content
        List<int[]> options = new ArrayList<>();
        int at = next;
        while (at < n) {
          int e = body.indexOf('\n', at);
          int le = e < 0 ? n : e;
          Matcher o = OPTION.matcher(body).region(at, le);
          if (!o.matches()) {
            break;
          }
          options.add(new int[] {at, le, o.start(1), o.end(1), o.start(2), o.end(2)});
          at = e < 0 ? n : e + 1;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String title = m.group(3) == null ? "" : m.group(3);
        String kind = lower.equals("admonition") || TYPES.contains(lower) ? "admonition" : lower.equals("details") || lower.equals("tab") ? lower : null;
        Open block = null;
        if (kind != null) {
          block = new Open(slashes, Kind.CONTAINER, level, depth);
          container(body, edits, unknown, options, start, end, indent, kind, lower, title, block);
          depth++;
        } else if (trusted && lower.equals("html") && !unread.contains(start)) {
          Open b = new Open(slashes, Kind.HTML, level, depth);
          block = html(body, edits, unknown, options, start, end, indent, title, b) ? b : null;
        } else if (lower.equals("define")) {
          block = new Open(slashes, Kind.DEFINE, level, depth);
          block.start = start;
          block.blanks = new ArrayList<>();
          for (int[] o : options) {
            unknown.add(notRead(body, o));
            edits.add(new ForeignMarkers.Edit(o[0], o[1], ""));
          }
          block.firstEdit = new ForeignMarkers.Edit(start, end, "");
          edits.add(block.firstEdit);
        } else if (trusted && prefixes.containsKey(lower) && !unread.contains(start)) {
          Open b = new Open(slashes, Kind.CAPTION, level, depth);
          block = caption(body, edits, unknown, options, start, end, indent, lower, title, m.start(3), level, tops, captions, b) ? b : null;
        }
        if (block == null) {
          unknown.add(unread.contains(start)
              ? new ForeignMarkers.Marker(m.start(1), body.substring(start, end).strip(), "a block of pymdownx.blocks (MkDocs) that is not closed (no `" + m.group(1) + "` after it)", "it is shown as written")
              : new ForeignMarkers.Marker(m.start(1), body.substring(start, end).strip(), "a block of pymdownx.blocks (MkDocs) of a kind not known here"));
          block = new Open(slashes, Kind.UNKNOWN, level, depth);
          block.start = start;
          int before = edits.size();
          indent(edits, start, depth);
          block.firstEdit = edits.size() > before ? edits.get(before) : null;
        }
        block.line = start;
        open.push(block);
        start = block.kind == Kind.UNKNOWN || options.isEmpty() ? next : at;
        level = new Level(start);
        continue;
      }
      boolean blank = inCode == null && body.substring(start, end).isBlank();
      if (depth > 0 && end > start) {
        indent(edits, start, depth);
      }
      if (!blank) {
        boolean indented = body.startsWith(" ", start) || body.startsWith("\t", start);
        level.lastBlock = null;
        Open in = open.peek();
        if (in != null && in.kind == Kind.CAPTION && in.caption.textAt < 0) {
          in.caption.textAt = start;
          in.caption.paragraph = inCode == null && paragraphAt(body, start, end);
        }
        if (in != null && in.kind == Kind.DEFINE && inCode == null) {
          define(body, edits, in, start, indented);
        }
      } else {
        Open in = open.peek();
        if (in != null && in.kind == Kind.DEFINE) {
          in.blanks.add(new int[] {start, next});
        }
      }
      start = next;
    }
    // html blocks and captions not closed are left as written (their elements' ends would be
    // wherever the text ends: in code, in a list)
    if (open.stream().anyMatch(o -> o.kind == Kind.HTML || o.kind == Kind.CAPTION)) {
      java.util.Set<Integer> left = new java.util.HashSet<>(unread);
      open.stream().filter(o -> o.kind == Kind.HTML || o.kind == Kind.CAPTION).forEach(o -> left.add(o.line));
      return read(body, code, tops, trusted, prefixes, left);
    }
    if (!captions.isEmpty()) {
      number(captions, prefixes, edits);
    }
    return new Read(edits, unknown);
  }

  /** An admonition, details or tab block: its first line and options as the engine's syntax. */
  private static void container(
      String body, List<ForeignMarkers.Edit> edits, List<ForeignMarkers.Marker> unknown, List<int[]> options, int start, int end, String indent,
      String kind, String lower, String title, Open block) {
    String type = kind.equals("admonition") && !lower.equals("admonition") ? lower : kind.equals("tab") ? null : "note";
    boolean openFirst = false;
    boolean newSet = false;
    for (int[] o : options) {
      String key = body.substring(o[2], o[3]);
      String value = body.substring(o[4], o[5]).replaceAll("^['\"]|['\"]$", "");
      boolean yes = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
      if (key.equals("type") && !kind.equals("tab") && value.matches("[\\w-]+")) {
        type = value.toLowerCase(Locale.ROOT);
      } else if (key.equals("open") && kind.equals("details")) {
        openFirst = yes;
      } else if ((key.equals("select") || key.equals("new")) && kind.equals("tab")) {
        openFirst |= key.equals("select") && yes;
        newSet |= key.equals("new") && yes;
      } else {
        unknown.add(notRead(body, o));
      }
      edits.add(new ForeignMarkers.Edit(o[0], o[1], ""));
    }
    String head =
        switch (kind) {
          case "tab" -> "===" + (newSet ? "!" : "") + (openFirst ? "+" : "") + " \"" + title + "\"";
          case "details" -> "???" + (openFirst ? "+" : "") + " " + type + (title.isEmpty() ? "" : " \"" + title + "\"");
          default -> "!!! " + type + (title.isEmpty() ? "" : " \"" + title + "\"");
        };
    block.start = start;
    block.firstEdit = new ForeignMarkers.Edit(start, end, indent + head);
    edits.add(block.firstEdit);
  }

  /** An html block: its element's opening tag, a blank line after it; false where it is not read here. */
  private static boolean html(
      String body, List<ForeignMarkers.Edit> edits, List<ForeignMarkers.Marker> unknown, List<int[]> options, int start, int end, String indent,
      String title, Open block) {
    Matcher s = SELECTOR.matcher(title.strip());
    if (!s.matches() || !HTML_TAGS.contains(s.group(1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher part = SELECTOR_PART.matcher(s.group(2));
    while (part.find()) {
      if (part.group(1) != null) {
        attributes.put("id", part.group(1));
      } else if (part.group(2) != null) {
        attributes.merge("class", part.group(2), (a, b) -> a + " " + b);
      } else if (!attributes(part.group(3), attributes)) {
        return false;
      }
    }
    for (int[] o : options) {
      String key = body.substring(o[2], o[3]);
      String value = body.substring(o[4], o[5]);
      boolean read = key.equals("attrs") && attributes(value.replaceAll("^\\{|\\}$", ""), attributes)
          || key.equals("markdown") && value.replaceAll("^['\"]|['\"]$", "").matches("auto|block");
      if (!read) {
        unknown.add(notRead(body, o));
      }
      edits.add(new ForeignMarkers.Edit(o[0], o[1], ""));
    }
    block.tag = s.group(1).toLowerCase(Locale.ROOT);
    block.attributes = attributes;
    block.start = start;
    block.openEdit = new ForeignMarkers.Edit(start, end, "\n" + indent + tag(block.tag, attributes) + "\n");
    block.firstEdit = block.openEdit;
    edits.add(block.openEdit);
    return true;
  }

  /**
   * A caption: a figure opened before the block before it (or that block's figure, an html block
   * without a caption), its text in a figcaption; false where its argument is not read here.
   */
  private static boolean caption(
      String body, List<ForeignMarkers.Edit> edits, List<ForeignMarkers.Marker> unknown, List<int[]> options, int start, int end, String indent,
      String type, String argument, int argumentAt, Level level, List<int[]> tops, List<Caption> captions, Open block) {
    Matcher a = CAPTION_ARGUMENT.matcher(argument.strip());
    if (!a.matches()) {
      return false;
    }
    Caption c = new Caption();
    c.type = type;
    c.indent = indent;
    if (a.group(3) != null) {
      if (a.group(2) != null) {
        c.level = Integer.parseInt(a.group(3).split("\\.")[0]);
      } else {
        c.manual = a.group(3);
      }
    }
    c.id = a.group(4);
    if ("<".equals(a.group(1))) {
      unknown.add(new ForeignMarkers.Marker(argumentAt, "<", "a caption put before its block (pymdownx.blocks.caption)", "it is put after"));
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (int[] o : options) {
      String key = body.substring(o[2], o[3]);
      String value = body.substring(o[4], o[5]);
      if (!key.equals("attrs") || !attributes(value.replaceAll("^\\{|\\}$", ""), attributes)) {
        unknown.add(notRead(body, o));
      }
      edits.add(new ForeignMarkers.Edit(o[0], o[1], ""));
    }
    if (attributes.containsKey("id")) {
      c.id = attributes.remove("id");
    }
    c.classes = attributes.remove("class");
    if (!attributes.isEmpty()) {
      unknown.add(new ForeignMarkers.Marker(start, String.join(", ", attributes.keySet()), "an attribute of a caption's figure (pymdownx.blocks.caption) not read here", "it is left out"));
    }
    block.caption = c;
    Open before = level.lastBlock;
    if (before != null && before.kind == Kind.HTML && before.tag.equals("figure") && !before.captioned && before.closeEdit != null) {
      // in the figure before it: that figure's end moves after the caption
      before.captioned = true;
      c.figureBlock = before;
      c.figure = before.openEdit;
      c.start = before.start;
      edits.set(indexOf(edits, before.closeEdit), new ForeignMarkers.Edit(before.closeEdit.start(), before.closeEdit.end(), "\n"));
      block.start = before.start;
      block.firstEdit = before.firstEdit;
    } else {
      // the block before it: a block of pymdownx.blocks, or the document's block that starts last
      // before the caption (in its text: the caption may end a paragraph), not before the level
      int target = before != null ? before.start : target(body, tops, level.after, start);
      ForeignMarkers.Edit first = before != null ? before.firstEdit : firstInsertion(edits, target);
      c.start = target;
      c.figure = new ForeignMarkers.Edit(target, target, "\u0000figure" + captions.size());
      int at = first != null ? indexOf(edits, first) : -1;
      if (at >= 0) {
        edits.add(at, c.figure);
      } else {
        edits.add(c.figure);
      }
      block.start = target;
      block.firstEdit = c.figure;
    }
    captions.add(c);
    edits.add(new ForeignMarkers.Edit(start, end, "\n" + indent + "<figcaption>\n"));
    return true;
  }

  /**
   * Numbers the captions of types with a prefix as pymdownx.blocks.caption does (in the order
   * their figures open; a figure in a figure of its type gets a number below that one's, as 1.1;
   * a number written is taken where it is not below the count), and writes each figure's opening.
   */
  private static void number(List<Caption> captions, Map<String, String> prefixes, List<ForeignMarkers.Edit> edits) {
    List<Caption> order = new ArrayList<>(captions);
    order.sort(java.util.Comparator.comparingInt((Caption c) -> c.start).thenComparing(c -> -c.end));
    Map<String, Integer> last = new HashMap<>();
    Map<String, List<Integer>> counters = new HashMap<>();
    Map<Caption, String> numbers = new HashMap<>();
    for (Caption c : order) {
      String prefix = prefixes.getOrDefault(c.type, "");
      if (prefix.isEmpty()) {
        continue;
      }
      int stack = c.level >= 0 ? c.level : 0;
      for (Caption p : order) {
        if (p != c && p.type.equals(c.type) && p.start <= c.start && p.end >= c.end && (p.start < c.start || p.end > c.end || order.indexOf(p) < order.indexOf(c))) {
          stack += p.level >= 0 ? p.level + 1 : 1;
        }
      }
      List<Integer> manual = null;
      if (c.manual != null) {
        manual = new ArrayList<>();
        for (String x : c.manual.split("\\.")) {
          manual.add(Integer.parseInt(x));
        }
        stack = manual.size() - 1;
      }
      int l = last.getOrDefault(c.type, 0);
      List<Integer> counter = counters.computeIfAbsent(c.type, k -> new ArrayList<>(List.of(0)));
      if (stack > l) {
        for (int i = l; i < stack; i++) {
          counter.add(1);
        }
      } else if (stack == l) {
        counter.set(stack, counter.get(stack) + 1);
      } else {
        counter.subList(stack + 1, counter.size()).clear();
        counter.set(stack, counter.get(stack) + 1);
      }
      last.put(c.type, stack);
      if (manual != null) {
        boolean notBelow = true;
        for (int i = 0; i < Math.min(counter.size(), manual.size()); i++) {
          notBelow &= counter.get(i) <= manual.get(i);
        }
        if (notBelow) {
          counter.clear();
          counter.addAll(manual);
        }
      }
      StringBuilder number = new StringBuilder();
      for (int i = 0; i <= stack && i < counter.size(); i++) {
        number.append(i > 0 ? "." : "").append(counter.get(i));
      }
      numbers.put(c, number.toString());
    }
    for (Caption c : captions) {
      String number = numbers.get(c);
      String id = c.id != null ? c.id : number != null ? "__" + c.type + "_" + number.replace('.', '_') : null;
      if (c.figureBlock != null) {
        Map<String, String> attributes = new LinkedHashMap<>(c.figureBlock.attributes);
        if (id != null) {
          attributes.putIfAbsent("id", id);
        }
        if (c.classes != null) {
          attributes.merge("class", c.classes, (a, b) -> a + " " + b);
        }
        ForeignMarkers.Edit e = c.figure;
        edits.set(indexOf(edits, e), new ForeignMarkers.Edit(e.start(), e.end(), "\n" + c.indent + tag("figure", attributes) + "\n"));
      } else {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (c.classes != null) {
          attributes.put("class", c.classes);
        }
        if (id != null) {
          attributes.put("id", id);
        }
        edits.set(indexOf(edits, c.figure), new ForeignMarkers.Edit(c.start, c.start, c.indent + tag("figure", attributes) + "\n\n"));
      }
      if (number != null) {
        String span = "<span class=\"caption-prefix\">" + escape(prefixes.get(c.type).replace("{}", number)) + "</span>";
        if (c.textAt >= 0 && c.textAt < c.end) {
          // after the line's indentation (an edit at the same place, made before)
          edits.add(indexAfter(edits, c.textAt), new ForeignMarkers.Edit(c.textAt, c.textAt, c.paragraph ? span + " " : span + "\n\n" + c.indent));
        } else if (c.close != null) {
          edits.set(indexOf(edits, c.close), new ForeignMarkers.Edit(c.close.start(), c.close.end(), "\n" + c.indent + span + "\n" + c.close.text()));
        }
      }
    }
  }

  /**
   * A line of a definition block, written as a definition list: a list's item ({@code - Text}) is
   * a definition ({@code : Text}); paragraphs before it are its terms (the blank lines between two
   * terms taken out, so that both are terms of it).
   */
  private static void define(String body, List<ForeignMarkers.Edit> edits, Open block, int start, boolean indented) {
    boolean item = !indented && start + 1 < body.length() && "-*+".indexOf(body.charAt(start)) >= 0 && (body.charAt(start + 1) == ' ' || body.charAt(start + 1) == '\t');
    boolean after = !block.blanks.isEmpty();
    if (item) {
      edits.add(new ForeignMarkers.Edit(start, start + 1, ":"));
      block.term = false;
    } else if (!indented && (after || !block.term)) {
      if (block.term && after) {
        for (int[] b : block.blanks) {
          edits.add(new ForeignMarkers.Edit(b[0], b[1], ""));
        }
      }
      block.term = true;
    }
    block.blanks.clear();
  }

  /**
   * Where the block before a caption at {@code start} starts: the last of the document's blocks
   * that starts before it, from {@code after} on; the caption's own line where there is none.
   */
  private static int target(String body, List<int[]> tops, int after, int start) {
    int last = -1;
    for (int i = 0; i < tops.size() && tops.get(i)[0] < start; i++) {
      last = i;
    }
    if (last < 0) {
      return start;
    }
    // an element's closing tag (md_in_html's element, its Markdown between): the whole element
    Matcher close = CLOSING_TAG.matcher(body).region(tops.get(last)[0], tops.get(last)[1]);
    if (close.lookingAt()) {
      String name = close.group(1).toLowerCase(Locale.ROOT);
      int depth = 0;
      for (int i = last; i >= 0; i--) {
        Matcher t = ANY_TAG.matcher(body).region(tops.get(i)[0], tops.get(i)[1]);
        if (t.lookingAt() && t.group(2).toLowerCase(Locale.ROOT).equals(name)) {
          depth += t.group(1).isEmpty() ? -1 : 1;
          if (depth == 0) {
            last = i;
            break;
          }
        }
      }
    }
    // (from the start of its line: a block's offset is after its indentation)
    int best = Math.max(body.lastIndexOf('\n', tops.get(last)[0] - 1) + 1, after);
    return best >= start || body.substring(best, start).isBlank() ? start : best;
  }

  /** A block that is an element's closing tag (group 1 its name). */
  private static final Pattern CLOSING_TAG = Pattern.compile("</([A-Za-z][\\w-]*)\\s*>\\s*$");
  /** A block that starts with an element's opening or closing tag (group 1 the slash, group 2 the name). */
  private static final Pattern ANY_TAG = Pattern.compile("<(/?)([A-Za-z][\\w-]*)[\\s/>]");

  /** The first edit that inserts at {@code offset} (a line's indentation), or null. */
  private static ForeignMarkers.Edit firstInsertion(List<ForeignMarkers.Edit> edits, int offset) {
    for (ForeignMarkers.Edit e : edits) {
      if (e.start() == offset && e.end() == offset) {
        return e;
      }
    }
    return null;
  }

  /** Whether the line at {@code start} begins a paragraph (a caption's number is put in it), not another block. */
  private static boolean paragraphAt(String body, int start, int end) {
    String line = body.substring(start, end);
    return !line.startsWith("    ") && !line.startsWith("\t")
        && !line.strip().matches("([-+*>#|]|\\d+[.)]|```|~~~|<|!!!|\\?\\?\\?|===|\\[\\^).*");
  }

  /** Reads attributes ({@code a=b c="d"}, or {@code a: b, c: "d"}) into {@code into}; false where a part is not one. */
  private static boolean attributes(String text, Map<String, String> into) {
    Matcher a = ATTRIBUTE.matcher(text);
    int at = 0;
    while (at < text.length() && a.region(at, text.length()).lookingAt() && a.end() > at) {
      String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : "";
      if (a.group(1).equals("class")) {
        into.merge("class", value, (x, y) -> x + " " + y);
      } else {
        into.put(a.group(1), value);
      }
      at = a.end();
    }
    return text.substring(at).isBlank();
  }

  /** An opening tag with its attributes, their values escaped. */
  private static String tag(String name, Map<String, String> attributes) {
    StringBuilder b = new StringBuilder("<").append(name);
    attributes.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
    return b.append('>').toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The range of code holding {@code offset}, or null. */
  private static int[] codeAt(List<int[]> code, int offset) {
    for (int[] r : code) {
      if (offset >= r[0] && offset < r[1]) {
        return r;
      }
    }
    return null;
  }

  /** Where an edit (this very one) stands in the list. */
  private static int indexOf(List<ForeignMarkers.Edit> edits, ForeignMarkers.Edit edit) {
    for (int i = edits.size() - 1; i >= 0; i--) {
      if (edits.get(i) == edit) {
        return i;
      }
    }
    return -1;
  }

  /** The place after the edits made so far at {@code offset} that insert (a line's indentation). */
  private static int indexAfter(List<ForeignMarkers.Edit> edits, int offset) {
    for (int i = edits.size() - 1; i >= 0; i--) {
      ForeignMarkers.Edit e = edits.get(i);
      if (e.start() == offset && e.end() == offset) {
        return i + 1;
      }
    }
    return edits.size();
  }

  /** An option named as not read (it is left out). */
  private static ForeignMarkers.Marker notRead(String body, int[] option) {
    return new ForeignMarkers.Marker(option[2], body.substring(option[0], option[1]).strip(), "an option of pymdownx.blocks (MkDocs) not read here", "it is left out");
  }

  /** Four spaces a level before the line at {@code start}. */
  private static void indent(List<ForeignMarkers.Edit> edits, int start, int depth) {
    if (depth > 0) {
      edits.add(new ForeignMarkers.Edit(start, start, "    ".repeat(depth)));
    }
  }
}
