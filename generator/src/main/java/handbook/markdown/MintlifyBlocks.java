package handbook.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mintlify's components, which its pages use without importing them, read as the Markdown they
 * stand for, by edits that keep every line where it was (a component written on one line with
 * what it holds is put on lines of its own first, by {@link Snippets}):
 *
 * <ul>
 *   <li>{@code <Note>}, {@code <Tip>}, {@code <Info>}, {@code <Warning>}, {@code <Check>},
 *       {@code <Danger>}, {@code <Callout>}: callouts of their kind;
 *   <li>{@code <Accordion title="...">}, {@code <Expandable title="...">}: collapsible callouts;
 *   <li>{@code <Card title="..." href="...">}: its title in bold (a link where it has an address),
 *       then what it holds; {@code <CardGroup>}, {@code <Columns>}, {@code <AccordionGroup>},
 *       {@code <Panel>}: what they hold;
 *   <li>{@code <CodeGroup>}, {@code <RequestExample>}, {@code <ResponseExample>}: content tabs of
 *       their code blocks, each titled by the words after its language ({@code ```bash npm});
 *   <li>{@code <ParamField path="id" type="string" required>}, {@code <ResponseField>}: the
 *       field's name (an anchor {@code #param-id}, as Mintlify gives it), type and whether it is
 *       required, then what it holds;
 *   <li>{@code <Frame caption="...">}: what it holds, then its caption; {@code <Update
 *       label="...">}: a heading, then what it holds;
 *   <li>{@code <Tooltip tip="...">words</Tooltip>}: the words with the tip as their title;
 *       {@code <Badge color="green">New</Badge>}: a badge in the colours of its colour's kind;
 *       {@code <Icon />}: left out (an icon of Mintlify's sets).
 * </ul>
 *
 * Its {@code <Tabs>} and {@code <Steps>} are read by {@link MdxTabs}. Block tags stand on lines of
 * their own; a tag that does not pair up is left as it is and named as a component.
 */
final class MintlifyBlocks {
  private MintlifyBlocks() {}

  /** The edits, and where the tags they replace start (not named as components). */
  record Read(List<ForeignMarkers.Edit> edits, Set<Integer> tags) {}

  /** A tag's attributes, at most 40: quoted, in braces (no braces inside), or alone. */
  private static final String ATTRIBUTES = "((?:\\s+[A-Za-z][\\w-]*(?:=(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\{[^{}\\n]*\\}))?){0,40})";

  private static final String BLOCKS =
      "Note|Tip|Info|Warning|Check|Danger|Callout|Accordion|Expandable|CardGroup|Card|Columns|AccordionGroup|Panel|CodeGroup|RequestExample|ResponseExample|ParamField|ResponseField|Frame|Update";

  private static final Pattern OPEN = Pattern.compile("[ \\t]*<(" + BLOCKS + ")" + ATTRIBUTES + "\\s*>[ \\t]*");
  private static final Pattern CLOSE = Pattern.compile("[ \\t]*</(" + BLOCKS + ")\\s*>[ \\t]*");
  /** A card without content: {@code <Card title="..." href="..." />}. */
  private static final Pattern CARD_ALONE = Pattern.compile("<Card" + ATTRIBUTES + "\\s*/>");
  private static final Pattern TOOLTIP = Pattern.compile("<Tooltip" + ATTRIBUTES + "\\s*>([^<\\n]*)</Tooltip>");
  private static final Pattern ICON = Pattern.compile("<Icon" + ATTRIBUTES + "\\s*/>");
  private static final Pattern BADGE = Pattern.compile("<Badge" + ATTRIBUTES + "\\s*>([^<\\n]*)</Badge>");

  /** A badge's colour as the theme's kind of badge (a tip's is green; others are a note's). */
  private static final Map<String, String> BADGE_COLORS = Map.of("green", "tip", "blue", "info", "orange", "warning", "yellow", "warning", "red", "danger");
  /** A code block's opening line with words after its language ({@code ```bash npm}): its fence, language and words. */
  private static final Pattern TITLED_FENCE = Pattern.compile("([ \\t]*(?:`{3,}|~{3,}))([^\\s`{]+)[ \\t]+([^{\\n]*?)[ \\t]*(\\{[^\\n]*)?");

  private static final Map<String, String> CALLOUTS = Map.of("Note", "note", "Tip", "tip", "Info", "info", "Warning", "warning", "Check", "success", "Danger", "danger", "Callout", "note");

  /** Tags whose component may be written on one line with what it holds ({@link #split}). */
  private static final Pattern SPLIT_OPEN = Pattern.compile("^([ \\t]*)(<(?:" + BLOCKS + "|Tabs|Tab|Steps|Step)" + ATTRIBUTES + "\\s*>)(.*\\S.*)$");
  private static final Pattern CLOSE_TAG = Pattern.compile("</(?:" + BLOCKS + "|Tabs|Tab|Steps|Step)\\s*>");

  /** A block component's opening tag that goes on over the next lines ({@code <Card} with its attributes below it). */
  private static final Pattern OPEN_UNENDED = Pattern.compile("^[ \\t]*<(?:" + BLOCKS + "|Tabs|Tab|Steps|Step)(?:\\s[^<>]*)?$");

  /** Whether a line starts a block component's opening tag that ends on a later line. */
  static boolean unended(String line) {
    return line.indexOf('<') >= 0 && line.indexOf('>') < 0 && OPEN_UNENDED.matcher(line).matches();
  }

  /** Whether a text may hold a component read here (a cheap test before {@link #apply}). */
  static boolean mayHold(String text) {
    int at = text.indexOf('<');
    while (at >= 0 && at + 1 < text.length()) {
      char c = text.charAt(at + 1);
      if (c >= 'A' && c <= 'Z' || c == '/' && at + 2 < text.length() && text.charAt(at + 2) >= 'A' && text.charAt(at + 2) <= 'Z') {
        return true;
      }
      at = text.indexOf('<', at + 1);
    }
    return false;
  }

  /**
   * A line whose component's tag has what it holds beside it ({@code <Note>Text</Note>},
   * {@code <Tip>Text}, {@code text</Tip>}), as lines of their own: the tags and what they hold;
   * the line alone where there is none.
   */
  static List<String> split(String line) {
    Matcher o = line.indexOf('<') >= 0 ? SPLIT_OPEN.matcher(line) : null;
    if (o != null && o.matches()) {
      List<String> out = new ArrayList<>();
      out.add(o.group(1) + o.group(2));
      out.addAll(split(o.group(1) + o.group(4).strip()));
      return out;
    }
    // (its closing tag at its end: found from there, not by a pattern that tries each place of a long line)
    String trimmed = line.stripTrailing();
    int lt = trimmed.endsWith(">") ? trimmed.lastIndexOf("</") : -1;
    if (lt > 0 && CLOSE_TAG.matcher(trimmed).region(lt, trimmed.length()).matches()) {
      int indent = 0;
      while (indent < lt && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
        indent++;
      }
      String held = trimmed.substring(indent, lt).stripTrailing();
      if (!held.isEmpty()) {
        return List.of(line.substring(0, indent) + held, line.substring(0, indent) + trimmed.substring(lt));
      }
    }
    return List.of(line);
  }

  /** A page's text with its components read: its lines where they were. */
  static String apply(String text) {
    String read = edited(text, read(text, fences(text)).edits());
    // then its steps (a numbered list) and its tabs, each kept in the list item it is in
    if (read.contains("<Steps")) {
      read = edited(read, MdxTabs.read(read, fences(read), MdxTabs.MINTLIFY_STEPS).edits());
    }
    if (read.contains("<Tabs")) {
      read = edited(read, MdxTabs.read(read, fences(read), MdxTabs.MINTLIFY_TABS).edits());
    }
    return read;
  }

  /** The ranges of a text's fenced code (MDX has no indented code), in order. */
  private static List<int[]> fences(String text) {
    List<int[]> fenced = new ArrayList<>();
    String fence = null;
    int fenceStart = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String lead = text.substring(start, end).stripLeading();
      if (lead.startsWith("```") || lead.startsWith("~~~")) {
        String run = lead.substring(0, lead.length() - lead.replaceFirst("^(`+|~+)", "").length());
        if (fence == null) {
          fence = run;
          fenceStart = start;
        } else if (run.charAt(0) == fence.charAt(0) && run.length() >= fence.length() && lead.strip().equals(run)) {
          fenced.add(new int[] {fenceStart, end});
          fence = null;
        }
      }
      start = end + 1;
    }
    if (fence != null) {
      fenced.add(new int[] {fenceStart, text.length()});
    }
    return fenced;
  }

  /** A text with edits made (in order; one that overlaps one before it is not made). */
  private static String edited(String text, List<ForeignMarkers.Edit> made) {
    List<ForeignMarkers.Edit> edits = new ArrayList<>(made);
    edits.sort(java.util.Comparator.comparingInt(ForeignMarkers.Edit::start).thenComparingInt(ForeignMarkers.Edit::end));
    StringBuilder b = new StringBuilder(text.length());
    int at = 0;
    for (ForeignMarkers.Edit e : edits) {
      if (e.start() < at) {
        continue;
      }
      b.append(text, at, e.start()).append(e.text());
      at = e.end();
    }
    return b.append(text, at, text.length()).toString();
  }

  /** Reads the components of {@code body}; {@code fenced}: the ranges of its fenced code, where nothing is read. */
  static Read read(String body, List<int[]> fenced) {
    List<int[]> code = fenced instanceof Ranges ? fenced : new Ranges(fenced);
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    Set<Integer> tags = new HashSet<>();
    StarlightBlocks.blocks(body, code, edits, tags, OPEN, CLOSE, MintlifyBlocks::shown, true);
    codeTitles(body, fenced, edits);
    for (Matcher m = CARD_ALONE.matcher(body); m.find(); ) {
      if (!ForeignMarkers.inside(code, m.start())) {
        String card = card(StarlightBlocks.attributes(m.group(1)));
        edits.add(new ForeignMarkers.Edit(m.start(), m.end(), card + "\n".repeat(StarlightBlocks.newlines(body, m.start(), m.end()))));
        tags.add(m.start());
      }
    }
    for (Matcher m = TOOLTIP.matcher(body); m.find(); ) {
      String tip = StarlightBlocks.attributes(m.group(1)).get("tip");
      if (!ForeignMarkers.inside(code, m.start()) && tip != null) {
        edits.add(new ForeignMarkers.Edit(m.start(), m.end(), "<abbr title=\"" + handbook.render.Html.escape(tip.strip()) + "\">" + handbook.render.Html.escape(m.group(2)) + "</abbr>"));
        tags.add(m.start());
      }
    }
    for (Matcher m = BADGE.matcher(body); m.find(); ) {
      if (!ForeignMarkers.inside(code, m.start()) && !m.group(2).isBlank()) {
        String color = StarlightBlocks.attributes(m.group(1)).getOrDefault("color", "gray").strip();
        String shown = handbook.render.Html.escape(m.group(2).strip());
        // (its words drawn by the stylesheet, as Starlight's and VitePress' badges')
        edits.add(new ForeignMarkers.Edit(m.start(), m.end(), "<span class=\"badge badge-" + BADGE_COLORS.getOrDefault(color, "note") + "\" role=\"img\" aria-label=\"" + shown + "\" data-text=\"" + shown + "\"></span>"));
        tags.add(m.start());
      }
    }
    for (Matcher m = ICON.matcher(body); m.find(); ) {
      if (!ForeignMarkers.inside(code, m.start())) {
        edits.add(new ForeignMarkers.Edit(m.start(), m.end(), ""));
        tags.add(m.start());
      }
    }
    return new Read(edits, tags);
  }

  /** What a block's tag lines become, inside {@code depth} blocks (a callout's colons fewer the deeper it is, so that it nests in those around it). */
  private static String[] shown(String name, Map<String, String> a, int depth) {
    String colons = ":".repeat(Math.max(3, 12 - depth));
    String type = CALLOUTS.get(name);
    if (type != null) {
      return new String[] {colons + type, colons};
    }
    return switch (name) {
      case "Accordion", "Expandable" -> {
        String title = a.getOrDefault("title", "").strip();
        yield new String[] {colons + "details " + (title.isEmpty() ? (name.equals("Expandable") ? "Properties" : "Details") : title.replace('{', '(').replace('}', ')')), colons};
      }
      case "Card" -> new String[] {card(a) + "  ", ""};
      case "CodeGroup", "RequestExample", "ResponseExample" -> new String[] {colons + "code-group", colons};
      case "ParamField", "ResponseField" -> new String[] {field(a), ""};
      case "Frame" -> {
        String caption = a.getOrDefault("caption", "").strip();
        yield new String[] {"", caption.isEmpty() ? "" : "<p class=\"caption\"><em>" + handbook.render.Html.escape(caption) + "</em></p>"};
      }
      case "Update" -> {
        String label = a.getOrDefault("label", "").strip();
        String description = a.getOrDefault("description", "").strip();
        yield new String[] {label.isEmpty() ? "" : "## " + MarkdownEngine.literal(label) + (description.isEmpty() ? "" : " · " + MarkdownEngine.literal(description)), ""};
      }
      default -> new String[] {"", ""};
    };
  }

  /** A card's title: in bold, a link where it has an address. */
  private static String card(Map<String, String> a) {
    String title = a.getOrDefault("title", "").strip();
    String href = a.get("href");
    if (title.isEmpty()) {
      return href == null || href.isBlank() ? "" : "<" + href.strip() + ">";
    }
    return "**" + (href == null || href.isBlank() ? MarkdownEngine.literal(title) : "[" + MarkdownEngine.literal(title) + "](<" + href.strip() + ">)") + "**";
  }

  /** A field's line: its name in code, its type, whether it is required, its default; a hard break after it. */
  private static String field(Map<String, String> a) {
    String name = null;
    for (String key : List.of("name", "path", "query", "body", "header", "cookie")) {
      if (a.get(key) != null && !a.get(key).isBlank()) {
        name = a.get(key).strip();
        break;
      }
    }
    StringBuilder b = new StringBuilder();
    // (the anchor Mintlify gives a field: #param-its-name)
    String id = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    b.append(name == null ? "" : (id.isEmpty() ? "" : "<span id=\"param-" + id + "\"></span>") + "**" + code(name) + "**");
    if (a.get("type") != null && !a.get("type").isBlank()) {
      b.append(b.length() > 0 ? " " : "").append("*").append(MarkdownEngine.literal(a.get("type").strip())).append("*");
    }
    if (a.containsKey("required") && !"false".equals(a.get("required"))) {
      b.append(" · required");
    }
    if (a.get("default") != null && !a.get("default").isBlank()) {
      b.append(" · default: ").append(code(a.get("default").strip()));
    }
    if (a.containsKey("deprecated")) {
      b.append(" · deprecated");
    }
    return b.length() == 0 ? "" : b + "  ";
  }

  /** Text as a code span. */
  private static String code(String s) {
    String text = s.replace('\n', ' ');
    return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
  }

  /** The code blocks inside a code group: the words after each one's language its tab's title ({@code ```bash npm} as {@code ```bash [npm]}). */
  private static void codeTitles(String body, List<int[]> fenced, List<ForeignMarkers.Edit> edits) {
    if (!body.contains("CodeGroup") && !body.contains("Example>")) {
      return;
    }
    // the groups' lines: from an opening tag line to its closing one (not nested)
    List<int[]> groups = new ArrayList<>();
    Matcher open = Pattern.compile("(?m)^[ \\t]*<(CodeGroup|RequestExample|ResponseExample)(?:\\s[^>\\n]*)?>[ \\t]*$").matcher(body);
    while (open.find()) {
      int close = body.indexOf("</" + open.group(1) + ">", open.end());
      if (close < 0) {
        break;
      }
      groups.add(new int[] {open.end(), close});
      open.region(close, body.length());
    }
    // (both in order: one pass over each)
    int g = 0;
    for (int[] f : fenced) {
      int lineStart = body.lastIndexOf('\n', f[0] - 1) + 1;
      while (g < groups.size() && groups.get(g)[1] <= lineStart) {
        g++;
      }
      if (g == groups.size() || lineStart < groups.get(g)[0]) {
        continue;
      }
      int lineEnd = body.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? body.length() : lineEnd;
      Matcher m = TITLED_FENCE.matcher(body).region(lineStart, lineEnd);
      if (m.matches() && !m.group(3).isBlank() && !m.group(3).startsWith("[")) {
        edits.add(new ForeignMarkers.Edit(m.start(3), m.end(3), "[" + m.group(3).replace("]", "") + "]"));
      }
    }
  }

}
