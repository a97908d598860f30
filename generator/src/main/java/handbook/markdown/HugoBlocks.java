package handbook.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The block shortcodes of Hugo's documentation themes, read as the engine's own syntax where each
 * tag stands on a line of its own and is closed:
 *
 * <ul>
 *   <li>callouts: Docsy's {@code alert} ({@code title}, {@code color}), Hugo Book's {@code hint}
 *       ({@code {{< hint warning >}}}), Relearn's and Learn's {@code notice}
 *       ({@code {{% notice tip "Title" %}}}), Hextra's and Doks' {@code callout} ({@code type},
 *       {@code context}, {@code title}), LoveIt's {@code admonition}, and the Kubernetes docs'
 *       {@code note}, {@code caution} and {@code warning}: {@code !!! type "Title"};
 *   <li>{@code details} (Hugo's own, Hugo Book's, Hextra's: {@code summary} or {@code title},
 *       {@code open}, {@code closed}) and {@code expand}: {@code ???} ({@code ???+} when open);
 *   <li>Hugo Book's {@code katex} (and {@code math}): a formula between {@code $$} lines;
 *       {@code toc}: nothing, the page has its own table of contents;
 *   <li>tabs: {@code tabs} or Docsy's {@code tabpane} around {@code tab}s named by their first
 *       argument, {@code header} or {@code name}, or by the group's {@code items} (Hextra):
 *       {@code === "Name"}. A tab of Docsy's {@code tabpane} (not {@code text=true}, and not
 *       written with {@code %}) is code in its {@code lang}, as Docsy shows it.
 * </ul>
 *
 * The edits keep every other line where it was: a tag line becomes the block's first line or an
 * empty line, and the lines inside are indented four spaces for each block they are in. A tag
 * that is not closed, or one of another shortcode, is left as it is (and named as a shortcode).
 */
final class HugoBlocks {
  private HugoBlocks() {}

  /**
   * The edits, the offsets of the tags they replace (where their {@code {{} stands), the ranges
   * made code (a tabpane's tabs), and what is drawn otherwise than its theme draws it (a video as
   * a link to it).
   */
  record Read(List<ForeignMarkers.Edit> edits, Set<Integer> tags, List<int[]> code, List<ForeignMarkers.Marker> named) {
    static final Read NONE = new Read(List.of(), Set.of(), List.of(), List.of());
  }

  /** A shortcode tag alone on its line: its delimiter, a closing slash, its name, its arguments. */
  private static final Pattern LINE = Pattern.compile("[ \\t]*\\{\\{([<%])[ \\t]*(/?)[ \\t]*([A-Za-z][\\w/-]*)((?:(?!\\}\\})[^\\n])*?)[ \\t]*[>%]\\}\\}[ \\t]*");

  /** A shortcode opened and closed on one line, with what it holds between (Hextra writes tabs so). */
  private static final Pattern INLINE = Pattern.compile("[ \\t]*\\{\\{([<%])[ \\t]*()([A-Za-z][\\w/-]*)((?:(?!\\}\\})[^\\n])*?)[ \\t]*[>%]\\}\\}(.*?)\\{\\{[<%][ \\t]*/[ \\t]*\\3[ \\t]*[>%]\\}\\}[ \\t]*");

  /** An argument: a name and {@code =}, or none (by position); its value quoted or bare. */
  private static final Pattern ARG = Pattern.compile("(?:([A-Za-z_][\\w-]*)[ \\t]*=[ \\t]*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`=]+))");

  private static final Set<String> CALLOUTS = Set.of("alert", "hint", "notice", "callout", "admonition", "note", "caution", "warning", "tip", "info", "danger", "important", "pageinfo");

  /**
   * Containers whose tags go and whose content stays where it is: Docsy's landing blocks (a
   * cover's and a feature's title a heading), cards (a card's header or title in bold), columns
   * (Hugo Book's {@code <--->} between them dropped) and steps.
   */
  private static final Set<String> WRAPPERS = Set.of("blocks/section", "blocks/lead", "blocks/cover", "blocks/feature", "columns", "cardpane", "card-grid", "cards", "card", "steps", "center", "katex", "math");

  /** Hugo Book's and others' formulas in TeX: a formula between {@code $$} lines (one on a line: between {@code $}). */
  private static final Set<String> MATH = Set.of("katex", "math");

  /** Tags of one line without a closing tag: a link card (Hextra's {@code card}, Doks' {@code link-card}), a video. */
  private static final Set<String> SINGLE = Set.of("card", "link-card", "youtube", "vimeo", "toc");

  /** Where a video of each host is watched. */
  private static final Map<String, String> VIDEOS = Map.of("youtube", "https://www.youtube.com/watch?v=", "vimeo", "https://vimeo.com/");
  /** The deepest blocks read. */
  static final int MAX_DEPTH = 16;

  /**
   * A tool's block tags: what starts a tag, a tag alone on its line and one with what it holds on
   * the line (groups: {@code %} for Hugo's Markdown shortcodes, the closing mark, the name, the
   * arguments, and what an inline tag holds), and the names of each kind.
   */
  record Dialect(String open, Pattern line, Pattern inline, Set<String> callouts, Set<String> groups, Set<String> wrappers, Set<String> single) {}

  /** Hugo's shortcodes ({@code {{< hint >}}} ... {@code {{< /hint >}}}). */
  static final Dialect HUGO = new Dialect("{{", LINE, INLINE, CALLOUTS, Set.of("tabs", "tabpane"), WRAPPERS, SINGLE);

  /**
   * GitBook's blocks ({@code {% hint style="info" %}} ... {@code {% endhint %}}): hints, tabs,
   * steppers, columns, a page's link ({@code content-ref}), code with its title ({@code code}), an
   * embedded page ({@code embed}) and a file ({@code file}).
   */
  static final Dialect GITBOOK =
      new Dialect(
          "{%",
          Pattern.compile("[ \\t]*\\{%()[ \\t]*((?:end(?=hint|tabs|tab|stepper|step|columns|column|content-ref|code|embed|file)[ \\t]*)?)([A-Za-z][\\w-]*)((?:(?!%\\})[^\\n])*?)[ \\t]*%\\}[ \\t]*"),
          Pattern.compile("[ \\t]*\\{%()[ \\t]*()([A-Za-z][\\w-]*)((?:(?!%\\})[^\\n])*?)[ \\t]*%\\}(.*?)\\{%[ \\t]*end\\3[ \\t]*%\\}[ \\t]*"),
          Set.of("hint"),
          Set.of("tabs"),
          Set.of("stepper", "step", "columns", "column", "content-ref", "code", "embed", "file"),
          Set.of("embed", "file"));


  /** Docsy's alert colours, by the callout each is drawn as. */
  private static final Map<String, String> COLORS = Map.of("info", "info", "success", "tip", "warning", "warning", "danger", "danger");

  /** A tag line: where it is, and what it says. */
  private record Tag(int start, int end, int brace, boolean markdown, boolean closing, String name, List<String> positional, Map<String, String> named, String inline, int closeBrace) {
    String arg(int position, String... names) {
      for (String n : names) {
        if (named.containsKey(n)) {
          return named.get(n);
        }
      }
      return position >= 0 && position < positional.size() ? positional.get(position) : null;
    }

    boolean flag(String name) {
      return positional.contains(name) || "true".equalsIgnoreCase(named.get(name));
    }
  }

  /** Reads the blocks of {@code body}; {@code code} holds the ranges of code and comments, where no tag is read. */
  static Read read(String body, List<int[]> code) {
    return read(body, code, HUGO);
  }

  /** The same, of a tool's dialect. */
  static Read read(String body, List<int[]> code, Dialect d) {
    if (!body.contains(d.open())) {
      return Read.NONE;
    }
    // the tag lines, and which close which (Hugo's shortcodes nest)
    List<Tag> tags = new ArrayList<>();
    int n = body.length();
    int brace = -1;
    for (int start = 0; start < n; ) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      if (brace < start) {
        // the next {{ from here, looked for again only once passed: one pass over the text
        brace = body.indexOf(d.open(), start);
        if (brace < 0) {
          break;
        }
      }
      if (brace < end && !ForeignMarkers.inside(code, start)) {
        Matcher m = d.line().matcher(body).region(start, end);
        Matcher in = d.inline().matcher(body).region(start, end);
        Matcher found = in.matches() ? in : m.matches() ? m : null;
        if (found != null) {
          String name = found.group(3).toLowerCase(Locale.ROOT);
          if (d.callouts().contains(name) || (d.groups().contains(name) || d.single().contains(name)) && found == m || d.wrappers().contains(name) || name.equals("tab") || name.equals("details") || name.equals("expand")
              || name.equals("button") && found == in) {
            tags.add(tag(found, start, end, brace, name, found == in ? in.group(5).strip() : null, found == in ? in.end(5) : -1));
          }
        }
      }
      start = nl < 0 ? n : nl + 1;
    }
    Map<Tag, Tag> closedBy = new HashMap<>();
    Map<Tag, Tag> opener = new HashMap<>();
    Deque<Tag> open = new ArrayDeque<>();
    Set<Tag> paired = new java.util.LinkedHashSet<>();
    for (Tag t : tags) {
      if (t.inline() != null) {
        paired.add(t);
      } else if (!t.closing()) {
        open.push(t);
      } else {
        // a close pairs with the nearest open tag of its name; those between are not closed
        while (!open.isEmpty() && !open.peek().name().equals(t.name())) {
          open.pop();
        }
        if (!open.isEmpty()) {
          Tag o = open.pop();
          closedBy.put(o, t);
          opener.put(t, o);
        }
      }
    }
    paired.addAll(closedBy.keySet());
    paired.addAll(closedBy.values());
    // blocks nested deeper than a page would have them are left as written: each level indents every line inside it
    int level = 0;
    for (Tag t : tags) {
      if (!paired.contains(t) || t.inline() != null) {
        continue;
      }
      if (t.closing()) {
        level--;
      } else if (level >= MAX_DEPTH) {
        paired.remove(t);
        paired.remove(closedBy.get(t));
      } else {
        level++;
      }
    }
    // a tab belongs in a group, a group holds tabs
    Map<Tag, Tag> groupOf = new HashMap<>();
    Deque<Tag> groups = new ArrayDeque<>();
    for (Tag t : tags) {
      if (!paired.contains(t)) {
        continue;
      }
      if (d.groups().contains(t.name())) {
        if (t.closing()) {
          groups.pop();
        } else {
          groups.push(t);
        }
      } else if (t.name().equals("tab") && !t.closing()) {
        if (groups.isEmpty()) {
          paired.remove(t);
          if (closedBy.containsKey(t)) {
            paired.remove(closedBy.get(t));
          }
        } else {
          groupOf.put(t, groups.peek());
        }
      }
    }
    // one-line tags that close nothing: a link card, a video
    List<ForeignMarkers.Marker> named = new ArrayList<>();
    Map<Tag, String> single = new HashMap<>();
    for (Tag t : tags) {
      if (!paired.contains(t) && !t.closing() && t.inline() == null && d.single().contains(t.name())) {
        String line = single(t, body);
        if (line != null) {
          single.put(t, line);
          if (VIDEOS.containsKey(t.name()) || t.name().equals("embed")) {
            named.add(new ForeignMarkers.Marker(t.brace(), body.substring(t.brace(), t.end()).strip(), d == GITBOOK ? "a GitBook block" : "a Hugo shortcode", "which is shown as a link to " + (t.name().equals("embed") ? "what it embeds" : "the video") + ": the site loads nothing from other hosts"));
          }
        }
      }
    }
    if (paired.isEmpty() && single.isEmpty()) {
      return Read.NONE;
    }
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    Set<Integer> replaced = new HashSet<>();
    Map<Integer, Tag> byStart = new HashMap<>();
    paired.forEach(t -> byStart.put(t.start(), t));
    single.keySet().forEach(t -> byStart.put(t.start(), t));
    Deque<String> within = new ArrayDeque<>();
    Map<Tag, Integer> tabsSeen = new HashMap<>();
    Set<Tag> fenced = new HashSet<>();
    List<int[]> madeCode = new ArrayList<>();
    int depth = 0;
    for (int start = 0; start < n; ) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int next = nl < 0 ? n : nl + 1;
      Tag t = byStart.get(start);
      if (t == null && "columns".equals(within.peek()) && body.substring(start, end).strip().equals("<--->")) {
        // Hugo Book's line between columns
        edits.add(new ForeignMarkers.Edit(start, end, ""));
        start = next;
        continue;
      }
      if (t == null) {
        if (depth > 0 && end > start) {
          edits.add(new ForeignMarkers.Edit(start, start, "    ".repeat(depth)));
        }
        start = next;
        continue;
      }
      replaced.add(t.brace());
      if (t.closeBrace() >= 0) {
        replaced.add(t.closeBrace());
      }
      String indent = "    ".repeat(depth);
      String card = t.name().equals("content-ref") ? pageCard(opener.getOrDefault(t, t)) : null;
      if (single.containsKey(t)) {
        edits.add(new ForeignMarkers.Edit(t.start(), t.end(), indent + single.get(t)));
      } else if (t.name().equals("button")) {
        String href = t.arg(-1, "href", "relref");
        // drawn as MkDocs Material's buttons are (its link checked as any in HTML)
        edits.add(new ForeignMarkers.Edit(t.start(), t.end(), indent + (href == null ? t.inline() : "<a class=\"md-button\" href=\"" + href.replace("&", "&amp;").replace("\"", "&quot;") + "\">" + t.inline() + "</a>")));
      } else if (card != null) {
        // GitBook's link to a page: a card with the page's title (its link inside, GitBook's
        // words for it, is what the card stands for: the block's text)
        String opening = indent + card.replace("\n", "\n" + indent);
        edits.add(new ForeignMarkers.Edit(t.start(), t.end(), t.inline() != null ? opening + "\n" + indent + PAGE_CARD_FENCE : t.closing() ? indent + PAGE_CARD_FENCE : opening));
      } else if (d.groups().contains(t.name()) || d.wrappers().contains(t.name())) {
        String head = MATH.contains(t.name()) ? "$$" : t.closing() ? "" : wrapperHead(t);
        if (t.name().equals("code") && !t.closing() && t.inline() == null) {
          // GitBook's code block's title and line numbers: its fence's
          fenceOptions(body, t, edits);
        }
        if (t.name().equals("embed") && !t.closing() && head.startsWith("[")) {
          named.add(new ForeignMarkers.Marker(t.brace(), body.substring(t.brace(), t.end()).strip(), "a GitBook block", "which is shown as a link to what it embeds: the site loads nothing from other hosts"));
        }
        if (t.inline() != null) {
          head = MATH.contains(t.name()) ? (t.flag("display") ? "$$" + t.inline() + "$$" : "$" + t.inline() + "$") : (head.isEmpty() ? "" : head + "\n" + indent) + t.inline();
        } else if (t.closing()) {
          within.pop();
        } else {
          within.push(t.name());
        }
        edits.add(new ForeignMarkers.Edit(t.start(), t.end(), head.isEmpty() ? "" : indent + head));
      } else if (t.closing()) {
        boolean wasCode = fenced.contains(opener.get(t));
        if (wasCode) {
          madeCode.add(new int[] {opener.get(t).end(), t.start()});
        }
        edits.add(new ForeignMarkers.Edit(t.start(), t.end(), wasCode ? indent + "```" : ""));
        depth--;
      } else {
        String head;
        if (t.name().equals("tab")) {
          Tag group = groupOf.get(t);
          int index = tabsSeen.merge(group, 1, Integer::sum) - 1;
          String label = t.arg(0, "header", "name", "title");
          if (label == null && group.named().containsKey("items")) {
            String[] items = group.named().get("items").split(",");
            label = index < items.length ? items[index].strip() : null;
          }
          // a group's first tab starts a set of its own, apart from a group just before it
          head = (index == 0 ? "===! \"" : "=== \"") + quoted(label == null ? "Tab " + (index + 1) : label) + "\"";
          if (group.name().equals("tabpane") && !t.markdown() && !t.flag("text") && !group.flag("text")) {
            // Docsy shows such a tab's content as code in its language
            String lang = t.arg(-1, "lang") != null ? t.arg(-1, "lang") : group.arg(-1, "lang");
            head += "\n" + indent + "    ```" + (lang == null ? "" : lang.replaceAll("[^\\w+#.-]", ""));
            fenced.add(t);
          }
        } else if (t.name().equals("details") || t.name().equals("expand")) {
          String title = t.arg(0, "summary", "title");
          boolean expanded = t.flag("open") || "false".equalsIgnoreCase(t.named().get("closed"));
          head = "???" + (expanded ? "+" : "") + " note" + (title == null ? "" : " \"" + quoted(title) + "\"");
        } else {
          String title = t.name().equals("notice") ? t.arg(1, "title") : t.name().equals("admonition") ? t.arg(1, "title") : t.arg(-1, "title");
          head = "!!! " + calloutType(t) + (title == null ? "" : " \"" + quoted(title) + "\"");
        }
        if (t.inline() != null) {
          // opened and closed on its line: what it holds on the next, under it
          String inner = indent + "    ";
          boolean asCode = fenced.remove(t);
          edits.add(new ForeignMarkers.Edit(t.start(), t.end(), indent + head + "\n" + inner + t.inline() + (asCode ? "\n" + inner + "```" : "")));
        } else {
          edits.add(new ForeignMarkers.Edit(t.start(), t.end(), indent + head));
          depth++;
        }
      }
      start = next;
    }
    return new Read(edits, replaced, madeCode, named);
  }

  /** GitBook's embedded page or file as a link to it (its address as its words, or the file's name); null where it names none. */
  private static String gitBookLink(Tag t) {
    String link = t.arg(-1, "url", "src");
    if (link == null || link.isBlank() || link.contains(">")) {
      return null;
    }
    String words = t.name().equals("file") ? link.substring(link.replaceAll("/+$", "").lastIndexOf('/') + 1) : link;
    return "[" + words.replace("[", "\\[").replace("]", "\\]") + "](<" + link.strip() + ">)";
  }

  private static final String PAGE_CARD_FENCE = "````";

  /** The opening of the directive block a GitBook {@code content-ref} is ({@link MarkdownEngine#PAGE_CARD}: its page), or null where it names none. */
  private static String pageCard(Tag t) {
    String url = t.arg(-1, "url");
    if (url == null || url.isBlank() || url.contains("\n") || url.contains("`")) {
      return null;
    }
    return PAGE_CARD_FENCE + MarkdownEngine.PAGE_CARD + "\n" + url.strip();
  }

  /** What a container's opening tag leaves: the title of a cover, a feature or a card; else nothing. */
  private static String wrapperHead(Tag t) {
    if (t.name().equals("embed") || t.name().equals("file")) {
      String link = gitBookLink(t);
      return link == null ? "" : link + "\n";
    }
    String title = t.arg(-1, "title", "header");
    if (title == null || title.isBlank()) {
      return "";
    }
    return switch (t.name()) {
      case "blocks/cover" -> "## " + title + "\n";
      case "blocks/feature" -> "### " + title + "\n";
      case "card" -> "**" + title.replaceAll("^\\*\\*|\\*\\*$", "") + "**\n";
      default -> "";
    };
  }

  /** GitBook's {@code code} block's {@code title} and {@code lineNumbers}, put on the fence of the next line (where it opens one). */
  private static void fenceOptions(String body, Tag t, List<ForeignMarkers.Edit> edits) {
    int from = t.end() < body.length() ? t.end() + 1 : body.length();
    int nl = body.indexOf('\n', from);
    int end = nl < 0 ? body.length() : nl;
    Matcher fence = FENCE.matcher(body).region(from, end);
    if (!fence.matches()) {
      return;
    }
    String title = t.arg(-1, "title");
    String more = (title == null || title.isBlank() ? "" : " title=\"" + quoted(title) + "\"") + ("true".equalsIgnoreCase(t.named().get("linenumbers")) ? " showLineNumbers" : "");
    if (!more.isEmpty()) {
      edits.add(new ForeignMarkers.Edit(end, end, (fence.group(2).isEmpty() ? " text" : "") + more));
    }
  }

  /** A fence that opens a code block, and its language (perhaps none). */
  private static final Pattern FENCE = Pattern.compile("[ \\t]{0,3}(`{3,}|~{3,})[ \\t]*([\\w+#.-]*)[ \\t]*");

  /**
   * A one-line tag as Markdown: a link card as a list item linking its page, a video as a link to
   * it, a table of contents' place nothing (the page has its own); null where it names none.
   */
  private static String single(Tag t, String body) {
    if (t.name().equals("toc")) {
      return "";
    }
    if (t.name().equals("embed") || t.name().equals("file")) {
      return gitBookLink(t);
    }
    if (VIDEOS.containsKey(t.name())) {
      String id = t.arg(0, "id");
      if (id == null || !id.matches("[\\w-]+")) {
        return null;
      }
      String title = t.arg(-1, "title");
      return "[" + (title == null ? (t.name().equals("youtube") ? "YouTube" : "Vimeo") + ": " + id : title) + "](" + VIDEOS.get(t.name()) + id + ")";
    }
    String link = t.arg(-1, "link", "href");
    if (link == null || link.isBlank()) {
      return null;
    }
    String title = t.arg(-1, "title");
    String subtitle = t.arg(-1, "subtitle", "description");
    return "- [" + (title == null ? link : title) + "](<" + link + ">)" + (subtitle == null ? "" : ": " + subtitle);
  }

  /** The callout type of an opening tag, as the engine names it. */
  private static String calloutType(Tag t) {
    String type =
        switch (t.name()) {
          case "alert" -> COLORS.getOrDefault(String.valueOf(t.arg(-1, "color")).toLowerCase(Locale.ROOT), "note");
          case "hint", "admonition" -> t.arg(0, "type", "style");
          case "notice" -> t.arg(0, "style", "type");
          case "callout" -> t.arg(-1, "type", "context");
          default -> t.name();
        };
    String lower = type == null ? "note" : type.toLowerCase(Locale.ROOT);
    return Admonitions.known(lower) ? lower : "note";
  }

  private static Tag tag(Matcher m, int start, int end, int brace, String name, String inline, int closeBrace) {
    List<String> positional = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    for (Matcher a = ARG.matcher(m.group(4)); a.find(); ) {
      String value = a.group(2) != null ? a.group(2).replaceAll("\\\\(.)", "$1") : a.group(3) != null ? a.group(3) : a.group(4);
      if (a.group(1) != null) {
        named.put(a.group(1).toLowerCase(Locale.ROOT), value);
      } else {
        positional.add(value);
      }
    }
    return new Tag(start, end, brace, m.group(1).equals("%"), !m.group(2).isEmpty(), name, positional, named, inline, closeBrace);
  }

  private static String quoted(String title) {
    return title.replace("\"", "'");
  }
}
