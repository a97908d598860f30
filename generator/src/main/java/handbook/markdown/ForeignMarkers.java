package handbook.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markers other tools put in Markdown, outside code. Some are handled before parsing: Liquid's
 * {@code {% raw %}} and {@code {% endraw %}} are dropped around their content; kramdown's
 * {@code {:toc}} is dropped with the one-item list before it (the page has its own table of
 * contents), as are Python-Markdown's {@code [TOC]} and GitLab's {@code [[_TOC_]]} on their lines; Hugo's {@code {{< ref "x.md" >}}} and {@code relref} become the path they name, so
 * they are checked links; an attribute list with an id ({@code {#id}}, {@code { #id }},
 * {@code {: #id}}) becomes an empty element with that id, unless it follows a link, an image or
 * an icon (then {@link AttrLists} puts it on that element); MDX's imports and comments are
 * dropped. Any other Liquid tag, Hugo shortcode, kramdown or other attribute list, {@code :::}
 * line that is not a callout, pymdownx include ({@code --8<-- "file.md"}), MDX export or
 * component, and what MkDocs Material writes that is not drawn (an unknown key, an icon of
 * another set) is left as text, and named; so are the imports dropped.
 */
final class ForeignMarkers {
  private ForeignMarkers() {}

  /** A change to the text: {@code [start, end)} of the original becomes {@code text}. */
  record Edit(int start, int end, String text) {}

  /** A marker left as text (or read only in part): where it starts, as written, which tool writes it, and what becomes of it. */
  record Marker(int offset, String text, String tool, String outcome) {
    Marker(int offset, String text, String tool) {
      this(offset, text, tool, "which is not run here: it is shown as written");
    }
  }

  private static final Pattern COMMENTED_ID = Pattern.compile("\\{/\\*[ \\t]*#([A-Za-z][\\w:.-]*)[ \\t]*\\*/\\}");
  private static final Pattern HEADING_START = Pattern.compile("[ ]{0,3}#{1,6}[ \\t]");

  /** A Vue single-file component's block in a VitePress page: {@code <script setup>} ... {@code </script>}, {@code <style>} ... {@code </style>}. */
  private static final Pattern VUE_BLOCK = Pattern.compile("(?ms)^[ ]{0,3}<(script|style)(?=[\\s>])[^>\\n]*>.*?</\\1>[ \\t]*$");

  /** VitePress' badge: {@code <Badge type="tip" text="v2" />} or {@code <Badge type="info">v2</Badge>}. */
  private static final Pattern BADGE = Pattern.compile("<Badge((?:\\s+[\\w-]+(?:=(?:\"[^\"]*\"|'[^']*'))?){0,40})\\s*(?:/>|>([^<\\n]*)</Badge>)");

  /** Vue Router's link to an address written out ({@code <RouterLink to="/guide/">}, or {@code <router-link>}), and its end tag. */
  private static final Pattern ROUTER_LINK = Pattern.compile("<(?:RouterLink|router-link)\\s+to=(?:\"([^\"<>]*)\"|'([^'<>]*)')\\s*>|</(?:RouterLink|router-link)>");

  private static final Pattern BADGE_ATTRIBUTE = Pattern.compile("([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)')");

  /**
   * A VitePress page's Vue: its script and style blocks are dropped (their lines kept, empty) and
   * named, as their code is not run; its badges are drawn (a badge's {@code type}: tip, info,
   * warning or danger), their text no part of a heading's id or text, as in VitePress.
   */
  private static void vue(String body, List<int[]> code, List<Edit> edits, List<Marker> unknown) {
    for (Matcher m = VUE_BLOCK.matcher(body); m.find(); ) {
      if (!inside(code, m.start())) {
        edits.add(new Edit(m.start(), m.end(), "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count())));
        String first = m.group().strip();
        unknown.add(new Marker(m.start(), first.contains("\n") ? first.substring(0, first.indexOf('\n')).strip() : first, "Vue's " + m.group(1) + " block (VitePress)", "dropped: its code is not run here"));
        code.add(new int[] {m.start(), m.end()});
      }
    }
    for (Matcher m = BADGE.matcher(body); m.find(); ) {
      if (inside(code, m.start())) {
        continue;
      }
      String type = "tip";
      String text = m.group(2) == null ? "" : m.group(2);
      for (Matcher a = BADGE_ATTRIBUTE.matcher(m.group(1)); a.find(); ) {
        String value = a.group(2) != null ? a.group(2) : a.group(3);
        if (a.group(1).equals("type") && Admonitions.known(value)) {
          type = Admonitions.cls(value);
        } else if (a.group(1).equals("text") && m.group(2) == null) {
          text = value;
        }
      }
      // (its text in attributes, drawn by the stylesheet: as in VitePress, no part of a heading's id)
      String shown = handbook.render.Html.escape(text.strip());
      edits.add(new Edit(m.start(), m.end(), "<span class=\"badge badge-" + type + "\" role=\"img\" aria-label=\"" + shown + "\" data-text=\"" + shown + "\"></span>"));
    }
    if (body.contains("outer-link") || body.contains("outerLink")) {
      // Vue Router's links to addresses written out (VuePress' pages use them): links, checked as others
      // (an end tag after one made a link: another's, :to="..." bound by Vue, stays as written)
      boolean open = false;
      for (Matcher m = ROUTER_LINK.matcher(body); m.find(); ) {
        if (!inside(code, m.start()) && (m.group(1) != null || m.group(2) != null || open)) {
          String to = m.group(1) != null ? m.group(1) : m.group(2);
          edits.add(new Edit(m.start(), m.end(), to == null ? "</a>" : "<a href=\"" + handbook.render.Html.escape(to) + "\">"));
          open = to != null;
        }
      }
    }
  }

  /** VitePress' container whose Vue is not run: {@code ::: v-pre}, on a line of its own outside code. */
  private static final Pattern V_PRE_OPEN = Pattern.compile("(?m)^[ \\t]{0,3}(:{3,})[ \\t]*v-pre[ \\t]*$");

  /** An element with Vue's {@code v-pre} attribute: its name (group 1). */
  private static final Pattern V_PRE_TAG = Pattern.compile("<([A-Za-z][\\w-]*)(?=\\s)[^<>]*?\\sv-pre(?=[\\s/>=])");

  /**
   * The ranges whose template expressions Vue leaves as text in a VitePress (or VuePress) page: a
   * {@code ::: v-pre} container's (its lines of colons dropped, its Markdown read), and an element
   * with the {@code v-pre} attribute's, to its closing tag (or its line's end).
   */
  private static List<int[]> vPre(String body, List<int[]> code, List<Edit> edits) {
    List<int[]> out = new Ranges();
    Matcher m = V_PRE_OPEN.matcher(body);
    int from = 0;
    while (from < body.length() && m.find(from)) {
      from = m.end();
      if (inside(code, m.start())) {
        continue;
      }
      // its closing line: as many colons alone, containers inside it opened and closed before
      int depth = 0;
      int close = -1;
      int closeEnd = -1;
      for (int line = body.indexOf('\n', m.end()) + 1; line > 0 && line < body.length(); ) {
        int end = body.indexOf('\n', line);
        end = end < 0 ? body.length() : end;
        String text = body.substring(line, end).strip();
        if (text.startsWith(":::") && !inside(code, line)) {
          String rest = text.replaceFirst("^:+", "");
          if (!rest.isBlank()) {
            depth++;
          } else if (depth > 0) {
            depth--;
          } else if (text.length() >= m.group(1).length()) {
            close = line;
            closeEnd = end;
            break;
          }
        }
        line = end + 1;
      }
      if (close < 0) {
        break; // (never closed: VitePress reads it to the page's end; here its lines are as written)
      }
      edits.add(new Edit(m.start(), m.end(), ""));
      edits.add(new Edit(close, closeEnd, ""));
      out.add(new int[] {m.start(), closeEnd});
      from = closeEnd;
    }
    // (a closing tag searched for once: where none is left, none is searched for again)
    java.util.Map<String, Integer> closes = new java.util.HashMap<>();
    for (Matcher t = V_PRE_TAG.matcher(body); t.find(); ) {
      if (inside(code, t.start()) || inside(out, t.start())) {
        continue;
      }
      String closing = "</" + t.group(1) + ">";
      Integer known = closes.get(closing);
      int end = known != null && (known < 0 || known >= t.end()) ? known : body.indexOf(closing, t.end());
      closes.put(closing, end);
      int lineEnd = body.indexOf('\n', t.end());
      out.add(new int[] {t.start(), end >= 0 ? end + closing.length() : lineEnd < 0 ? body.length() : lineEnd});
    }
    return out;
  }

  /** The id of an MDX comment {@code {/* #id *}{@code /}} at the end of a heading's line, or null. */
  private static String headingId(String body, MatchResult m) {
    Matcher id = COMMENTED_ID.matcher(m.group());
    if (!id.matches()) {
      return null;
    }
    int lineStart = body.lastIndexOf('\n', m.start() - 1) + 1;
    int lineEnd = body.indexOf('\n', m.end());
    String after = body.substring(m.end(), lineEnd < 0 ? body.length() : lineEnd);
    return HEADING_START.matcher(body).region(lineStart, m.start()).lookingAt() && after.isBlank() ? id.group(1) : null;
  }

  /** What a body's markers give: the changes to make before parsing, and the markers left. */
  record Scan(List<Edit> edits, List<Marker> unknown) {
    static final Scan NONE = new Scan(List.of(), List.of());
  }

  /**
   * Whether a text may hold a marker at all (a cheap test before any work): one pass over the
   * text, each character looked at once ({@code {%}, {@code {{}, {@code {:}, {@code {#}, an
   * attribute list, {@code :::}, {@code 8<-}, {@code [[}, {@code [toc]}, {@code ///}, an MDX
   * import or export, and where the inline syntaxes' texts stand, the syntaxes themselves).
   */
  static boolean mayHold(String body) {
    return mayHold(TextProbe.of(body), body);
  }

  /** The same, the probe of the body first: the pass is made only where a marker's characters stand side by side. */
  static boolean mayHold(TextProbe probe, String body) {
    return mayStart(probe, body) && scanFor(body, probe.latin1());
  }

  /** Whether the characters of a marker's start are in the text ({@link #scanFor}'s, all of them: no false "no"). */
  static boolean mayStart(TextProbe p, String body) {
    return p.has('{') || p.mayContain(":::") || p.mayContain(":material-") || p.mayContain(":fontawesome-") || p.mayContain(":octicons-")
        || p.mayContain(":simple-") || p.mayContain("8<-") || p.mayContain("[[") || p.mayContainIgnoringCase("[toc]") || p.mayContain("///")
        || p.mayContain("<!--") || p.has('<') && p.mayContain("markdown")
        || p.mayContain("\nimport ") || p.mayContain("\nexport ") || body.startsWith("import ") || body.startsWith("export ")
        || p.mayContain("++") || p.mayContain("==") || p.mayContain("^^");
  }

  /**
   * {@link #mayHold}'s pass over the text; {@code latin1} its characters as bytes at their places
   * ({@link TextProbe#latin1}), or null.
   */
  static boolean scanFor(String body, byte[] latin1) {
    int n = body.length();
    // a table lookup a character, the syntax tried only where one of its first characters stands
    if (latin1 != null) {
      for (int i = 0; i < n; i++) {
        if (STARTS[latin1[i] & 0xFF] && markerAt(body, i)) {
          return true;
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        char c = body.charAt(i);
        if (c < 128 && STARTS[c] && markerAt(body, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The characters {@link #markerAt} looks after (the first of each marker scanFor finds). */
  private static final boolean[] STARTS = new boolean[256];

  static {
    for (char c : "{:8[/<p+=^".toCharArray()) {
      STARTS[c] = true;
    }
  }

  /** Whether a marker starts at {@code i}, where one of {@link #STARTS} stands. */
  private static boolean markerAt(String body, int i) {
    int n = body.length();
    switch (body.charAt(i)) {
      case '{' -> {
        if (i + 1 < n && braceMarker(body, i)) {
          return true;
        }
      }
      case ':' -> {
        if (body.startsWith(":::", i) || ICON.at(body, i)) {
          return true;
        }
      }
      case '8' -> {
        if (body.startsWith("8<-", i)) {
          return true;
        }
      }
      case '[' -> {
        if (body.startsWith("[[", i) || i + 4 < n && body.regionMatches(true, i + 1, "toc]", 0, 4)) {
          return true;
        }
      }
      case '/' -> {
        if (body.startsWith("///", i)) {
          return true;
        }
      }
      case '<' -> {
        if (body.startsWith("<!--", i) && TAGS_LISTING.matcher(body).region(i, n).lookingAt()) {
          return true;
        }
        // an element with md_in_html's markdown attribute, its content on the next line
        if (MarkdownInHtml.attributeAt(body, i) && MarkdownInHtml.UNREAD.matcher(body).region(i, n).lookingAt()) {
          return true;
        }
      }
      case 'p' -> {
        if (body.startsWith("port ", i) && mdxLineAt(body, i)) {
          return true;
        }
      }
      case '+' -> {
        // code holds ++ and == often (C++, comparisons): the syntax itself is tried where they stand
        if (KEYS.at(body, i)) {
          return true;
        }
      }
      case '=' -> {
        if (MARK.at(body, i)) {
          return true;
        }
      }
      case '^' -> {
        if (CARET.at(body, i)) {
          return true;
        }
      }
      default -> {}
    }
    return false;
  }

  /** Whether the brace at {@code i} (not the text's last character) starts {@code {%}, {@code {:}, {@code {#}, {@code {/*}, {@code {{}, {@code { #} or an attribute list. */
  private static boolean braceMarker(String body, int i) {
    int n = body.length();
    char c = body.charAt(i + 1);
    if (c == '%' || c == ':' || c == '#' || c == '/' && i + 2 < n && body.charAt(i + 2) == '*' || Critic.at(body, i)) {
      return true;
    }
    // {{ also starts a template expression ({{ site.x }}, {{x}}): any {{ is looked at
    if (c == '{' || i + 2 < n && c == ' ' && body.charAt(i + 2) == '#') {
      return true;
    }
    return attrListStart(body, i + 1);
  }

  /**
   * Whether the {@code port } at {@code i} ends {@code import } or {@code export } at a line's
   * start and the line is an MDX import or export: it names a module in quotes (not Python's
   * {@code import os}), or starts a declaration (not a shell's {@code export X=1}).
   */
  private static boolean mdxLineAt(String body, int i) {
    if (i < 2 || i > 2 && body.charAt(i - 3) != '\n') {
      return false;
    }
    int end = body.indexOf('\n', i);
    String rest = body.substring(i + 5, end < 0 ? body.length() : end);
    return body.startsWith("im", i - 2) ? rest.indexOf('\'') >= 0 || rest.indexOf('"') >= 0 : body.startsWith("ex", i - 2) && MDX_DECLARATION.matcher(rest).lookingAt();
  }

  private static final Pattern MDX_DECLARATION = Pattern.compile("\\s*(?:const|let|var|function|default|async|class|\\{)");

  /**
   * Whether what follows a brace at {@code i - 1} starts an attribute list: spaces, then {@code #},
   * {@code .x}, {@code key=} or a name alone before a space or the closing brace ({@code { hidden }}).
   */
  static boolean attrListStart(String body, int i) {
    int n = body.length();
    while (i < n && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    char c = body.charAt(i);
    if (c == '#') {
      return true;
    }
    if (c == '.') {
      return i + 1 < n && (Character.isLetter(body.charAt(i + 1)) || body.charAt(i + 1) == '_');
    }
    if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_')) {
      return false;
    }
    for (i++; i < n; i++) {
      c = body.charAt(i);
      if (c == '=' || (c == ' ' || c == '\t' || c == '}') && body.charAt(i - 1) != ':') {
        return true;
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-')) {
        return false;
      }
    }
    return false;
  }

  /** Where a syntax's matches start, from the text they hold. */
  enum Start {
    /** at the text */
    TEXT,
    /** at the start of the text's line */
    LINE,
    /** on the text's line or the line before, when {@code here} matches at the text */
    LINE_BEFORE
  }

  /**
   * A marker's pattern and a text its every match holds, tried only where the text stands
   * ({@code find} tries a pattern at every offset, which was most of a scan).
   */
  record Syntax(Pattern pattern, String holds, Start start, Pattern here) {
    Syntax(String regex, String holds, Start start) {
      this(Pattern.compile(regex), holds, start, null);
    }

    /** Whether the pattern matches where the text it holds stands at {@code i} (for a syntax whose matches start at that text). */
    boolean at(String body, int i) {
      return start == Start.TEXT
          && body.startsWith(holds, i)
          && pattern.matcher(body).useTransparentBounds(true).useAnchoringBounds(false).region(i, body.length()).lookingAt();
    }

    /** What {@code pattern.matcher(body).find()} finds, in order. */
    List<MatchResult> matches(String body) {
      int i = body.indexOf(holds);
      if (i < 0) {
        return List.of();
      }
      Matcher m = pattern.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
      Matcher h = here == null ? null : here.matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
      List<MatchResult> found = new ArrayList<>();
      int from = 0;
      int n = body.length();
      for (; i >= 0; i = body.indexOf(holds, Math.max(i + 1, from))) {
        boolean match;
        if (start == Start.LINE_BEFORE) {
          // a match on the line before ends on this one: the first from that line is this one's,
          // or one before it (none starts before that line, or an earlier text would have found it)
          if (!h.region(i, n).lookingAt()) {
            continue;
          }
          match = m.region(Math.max(from, lineStart(body, lineStart(body, i) - 1)), n).find();
        } else {
          match = m.region(start == Start.TEXT ? i : Math.max(from, lineStart(body, i)), n).lookingAt();
        }
        if (match) {
          found.add(m.toMatchResult());
          from = Math.max(m.end(), m.start() + 1);
        }
      }
      return found;
    }
  }

  /** The start of the line holding offset {@code i} (0 for offsets before the text). */
  private static int lineStart(String body, int i) {
    return i <= 0 ? 0 : body.lastIndexOf('\n', i - 1) + 1;
  }

  /** Jekyll's link tag: group 1 the path from the site's root. */
  private static final Pattern LIQUID_LINK = Pattern.compile("\\{%-?\\s*(link|post_url)\\s+['\"]?([^\\s'\"%]+)['\"]?\\s*-?%\\}");

  /** Hugo's {@code param} shortcode: the key in quotes (group 1) or bare (group 2). */
  private static final Pattern PARAM = Pattern.compile("\\{\\{[<%]-?\\s*param\\s+(?:\"([\\w.]+)\"|([\\w.]+))\\s*-?[>%]\\}\\}");

  /** A template expression that is a path alone ({@code {{ site.title }}}, {@code {{- extra.version -}}}): group 1. */
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{-?\\s*([A-Za-z_$][\\w]*(?:\\.[A-Za-z_][\\w]*)*)\\s*-?\\}\\}");

  /** Jekyll's site root: {@code site.baseurl}, or a path through {@code relative_url} (group 1 or 2). */
  private static final Pattern SITE_ROOT = Pattern.compile("\\{\\{-?\\s*(?:site\\.baseurl|\"([^\"]*)\"\\s*\\|\\s*relative_url|'([^']*)'\\s*\\|\\s*relative_url)\\s*-?\\}\\}");

  static final Syntax LIQUID = new Syntax("(?<!\\{)\\{%-?\\s*(\\w+)[^\\n]*?-?%\\}", "{%", Start.TEXT);
  static final Syntax REF = new Syntax(
      "\\{\\{([<%])-?\\s*(?:rel)?ref\\s+(?:path\\s*=\\s*)?(?:\"([^\"\\n]*)\"|`([^`\\n]*)`|([^\\s\"`>%]+))[^\\n]*?-?([>%])\\}\\}",
      "{{",
      Start.TEXT);
  /**
   * Hugo's {@code highlight} shortcode on lines of its own: group 1 the language, 2 its options,
   * 3 the code, 4 the opening line's indentation, 5 where the closing line starts.
   */
  static final Syntax HIGHLIGHT = new Syntax(
      "(?ms)^([ \\t]*)\\{\\{[<%]\\s*highlight\\s+([\\w+#.-]+)([^\\n]*?)\\s*[>%]\\}\\}[ \\t]*\\n(.*?)^([ \\t]*)\\{\\{[<%]\\s*/highlight\\s*[>%]\\}\\}[ \\t]*$",
      "{{",
      Start.LINE);
  /** Jekyll's {@code highlight} tag on lines of its own, its groups as {@link #HIGHLIGHT}'s. */
  static final Syntax LIQUID_HIGHLIGHT = new Syntax(
      "(?ms)^([ \\t]*)\\{%-?\\s*highlight\\s+([\\w+#.-]+)([^\\n%]*?)\\s*-?%\\}[ \\t]*\\n(.*?)^([ \\t]*)\\{%-?\\s*endhighlight\\s*-?%\\}[ \\t]*$",
      "{%",
      Start.LINE);

  /** Hugo's {@code figure} shortcode: group 1 its arguments. */
  static final Syntax FIGURE = new Syntax("\\{\\{[<%]\\s*figure\\s([^\\n]*?)\\s*/?[>%]\\}\\}", "{{", Start.TEXT);
  /** A shortcode's named argument: {@code name="value"} or {@code name=value}. */
  private static final Pattern SHORTCODE_ARG = Pattern.compile("(\\w+)\\s*=\\s*(?:\"([^\"]*)\"|([^\\s\"]+))");
  private static final Pattern TICKS = Pattern.compile("(?m)^[ \\t]*(`{3,})");
  static final Syntax SHORTCODE = new Syntax("\\{\\{[<%][^\\n]*?[>%]\\}\\}", "{{", Start.TEXT);
  /**
   * A template expression other tools fill in before the Markdown is read: Liquid's in Jekyll
   * ({@code {{ site.baseurl }}}, {@code {{ "/x" | relative_url }}}), Jinja's in mkdocs-macros
   * ({@code {{ config.site_name }}}, {@code {{ macro(1) }}}), Vue's in VitePress
   * ({@code {{ $frontmatter.title }}}): a name, a path or a quoted text, then filters or arguments.
   * Not an object in braces ({@code {{color: 'red'}}}, as MDX writes a style).
   */
  static final Syntax EXPRESSION = new Syntax(
      "(?<!\\{)\\{\\{-?[ \\t]*(?:[A-Za-z_$][\\w$.\\[\\]'\"]*|\"[^\"\\n]*\"|'[^'\\n]*')[ \\t]*(?:[|(][^\\n{}]*)?-?\\}\\}(?!\\})",
      "{{",
      Start.TEXT);
  /**
   * A wiki link of GitHub's wikis, Obsidian, Foam, Python-Markdown's wikilinks and MkDocs'
   * roamlinks ({@code [[Page]]}, {@code [[Page|label]]}); not a link whose text is in brackets
   * ({@code [[1]](url)}), not a shell's test ({@code [[ -f x ]]}).
   */
  static final Syntax WIKILINK = new Syntax("\\[\\[(?=[^\\]|\\n]*\\p{L})[^\\[\\]\\s|](?:[^\\[\\]\\n|]*[^\\[\\]\\s|])?(?:\\|[^\\[\\]\\n]+)?\\]\\](?![(\\[])", "[[", Start.TEXT);
  /** The place of the table of contents of Python-Markdown's toc ({@code [TOC]}), Typora ({@code [toc]}), GitLab ({@code [[_TOC_]]}) and VitePress ({@code [[toc]]}), on a line of its own. */
  static final Syntax TOC_LINE = new Syntax("(?m)^[ \\t]*(\\[(?:[Tt][Oo][Cc]|\\[_[Tt][Oo][Cc]_\\]|\\[[Tt][Oo][Cc]\\])\\])[ \\t]*$", "[", Start.LINE);
  static final Syntax TOC = new Syntax(
      Pattern.compile("(?m)(^[ \\t]*(?:[*+-]|\\d+[.)])[ \\t]+[^\\n]*\\n)?[ \\t]*\\{:\\s*toc\\s*\\}[ \\t]*$"),
      "{:",
      Start.LINE_BEFORE,
      Pattern.compile("(?m)\\{:\\s*toc\\s*\\}[ \\t]*$"));
  static final Syntax ID_LIST = new Syntax("\\{:?[ \\t]*#([A-Za-z][\\w:.-]*)[^}\\n]*\\}", "{", Start.TEXT);
  static final Syntax KRAMDOWN = new Syntax("\\{:[^}\\n]*\\}", "{:", Start.TEXT);
  /** An attribute list of Python-Markdown's {@code attr_list} ({@link AttrLists}). */
  static final Syntax ATTR_LIST = new Syntax(AttrLists.LIST, "{", Start.TEXT, null);
  /** The same, names alone among its tokens ({@link AttrLists#LIST_WORDS}). */
  static final Syntax ATTR_LIST_WORDS = new Syntax(AttrLists.LIST_WORDS, "{", Start.TEXT, null);
  /** MDX (Docusaurus, Astro Starlight): an import, an export and a comment. */
  static final Syntax MDX_IMPORT = new Syntax("(?m)^import\\s(?:[^\\n]*?\\sfrom\\s+)?['\"][^'\"\\n]+['\"];?[ \\t]*$", "import", Start.LINE);
  static final Syntax MDX_EXPORT = new Syntax("(?m)^export\\s+(?:const|let|var|function|default|async|class|\\{)[^\\n]*$", "export", Start.LINE);
  static final Syntax MDX_COMMENT = new Syntax("\\{/\\*[^\\n]*?\\*/\\}", "{/*", Start.TEXT);
  /** Docusaurus' Admonition component's opening tag on a line of its own (group 1 the tag, 2 its attributes). */
  static final Syntax ADMONITION_OPEN = new Syntax("(?m)^[ \\t]*(<Admonition((?:\\s+[A-Za-z]+=(?:\"[^\"\\n]*\"|'[^'\\n]*')){0,40})\\s*>)[ \\t]*$", "<Admonition", Start.LINE);
  /** Its closing tag on a line of its own (group 1 the tag). */
  static final Syntax ADMONITION_CLOSE = new Syntax("(?m)^[ \\t]*(</Admonition\\s*>)[ \\t]*$", "</Admonition", Start.LINE);
  private static final Pattern ADMONITION_ATTRIBUTE = Pattern.compile("([A-Za-z]+)=(?:\"([^\"\\n]*)\"|'([^'\\n]*)')");

  /**
   * Docusaurus' {@code <Admonition type="tip" title="Title">} ... {@code </Admonition>}, each tag on
   * a line of its own, as the callout {@code :::tip Title} (its type note where it names none); one
   * nested in another, of a type not known here, or with other attributes than its type and title,
   * is left (and named as a component). Returns where the tags made callouts stand.
   */
  private static Set<Integer> admonitions(String body, List<int[]> skip, List<Edit> edits) {
    List<MatchResult> opens = ADMONITION_OPEN.matches(body).stream().filter(m -> !inside(skip, m.start(1))).toList();
    List<MatchResult> closes = ADMONITION_CLOSE.matches(body).stream().filter(m -> !inside(skip, m.start(1))).toList();
    Set<Integer> out = new HashSet<>();
    int c = 0;
    for (int i = 0; i < opens.size(); i++) {
      MatchResult open = opens.get(i);
      while (c < closes.size() && closes.get(c).start() < open.start()) {
        c++;
      }
      if (c == closes.size()) {
        break;
      }
      MatchResult close = closes.get(c);
      if (i + 1 < opens.size() && opens.get(i + 1).start() < close.start()) {
        continue;
      }
      java.util.Map<String, String> attributes = new java.util.LinkedHashMap<>();
      for (Matcher a = ADMONITION_ATTRIBUTE.matcher(open.group(2)); a.find(); ) {
        attributes.put(a.group(1), a.group(2) != null ? a.group(2) : a.group(3));
      }
      String type = attributes.getOrDefault("type", "note").strip();
      String title = attributes.getOrDefault("title", "").strip();
      if (!attributes.keySet().stream().allMatch(k -> k.equals("type") || k.equals("title")) || !type.matches("[A-Za-z][A-Za-z0-9_-]*") || !Admonitions.known(type)) {
        continue;
      }
      // five colons: callouts of three or four inside it nest in it
      edits.add(new Edit(open.start(1), open.end(1), ":::::" + type + (title.isEmpty() ? "" : " " + title)));
      edits.add(new Edit(close.start(1), close.end(1), ":::::"));
      out.add(open.start(1));
      c++;
    }
    return out;
  }

  /**
   * Vue's other interpolations in a VitePress (or VuePress) page, which Vue runs ({@code {{ 1 + 1 }}},
   * {@code {{ a ? b : c }}}): each opening pair of braces to the first closing pair after it on its
   * line, outside code, but those read as {@link #EXPRESSION} ({@code starts}); named. One pass
   * over the body.
   */
  private static void vueInterpolations(String body, List<int[]> skip, Set<Integer> starts, List<Marker> unknown) {
    int open = -1;
    for (int i = 0; i + 1 < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        open = -1;
      } else if (c == '{' && body.charAt(i + 1) == '{' && open < 0) {
        open = i;
        i++;
      } else if (c == '}' && body.charAt(i + 1) == '}' && open >= 0) {
        int end = i + 2;
        if (!starts.contains(open) && !body.substring(open + 2, i).isBlank() && (open == 0 || body.charAt(open - 1) != '{') && (end >= body.length() || body.charAt(end) != '}') && !inside(skip, open)) {
          unknown.add(new Marker(open, body.substring(open, end).strip(), "a template expression (Liquid in Jekyll, Jinja in mkdocs-macros, Vue in VitePress)"));
        }
        open = -1;
        i++;
      }
    }
  }

  /** The ranges of a document's code blocks, fenced and indented, in order. */
  private static List<int[]> codeBlocks(Document doc) {
    List<int[]> out = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
        out.add(new int[] {n.getStartOffset(), n.getEndOffset()});
      }
    }
    return out;
  }

  /** VitePress' own components that need nothing run here: its badge (drawn), ClientOnly (its content shown). */
  private static final Set<String> VITEPRESS_COMPONENTS = Set.of("Badge", "ClientOnly");

  /** Docusaurus' that need nothing run here: Details, the browser's own element. */
  private static final Set<String> MDX_COMPONENTS = Set.of("Details");

  /** An MDX component's opening tag: a tag name that starts with a capital letter. */
  private static final Pattern COMPONENT = Pattern.compile("<([A-Z][\\w.]*)(?=[\\s/>])");
  static final Syntax COLONS = new Syntax("(?m)^[ \\t]*(:::+)[^\\n]*$", ":::", Start.LINE);
  static final Syntax SNIPPET = new Syntax("(?m)^[ \\t]*(-{2,}8<-{2,})[^\\n]*$", "8<-", Start.LINE);
  /** MkDocs Material's tags listing, with its options ({@code <!-- material/tags { include: [a] } -->}). */
  static final Pattern TAGS_LISTING = Pattern.compile("<!--[ \\t]*material/tags(?:[ \\t]+(\\{[^\\n]*?\\}))?[ \\t]*-->");
  /** MkDocs Material's inline extensions: keys ({@code ++ctrl+c++}), marks ({@code ==x==}), insertions ({@code ^^x^^}). */
  static final Syntax KEYS = new Syntax("\\+\\+[A-Za-z0-9\"][^+\\s]*(?:\\+[^+\\s]+)*\\+\\+", "++", Start.TEXT);
  static final Syntax MARK = new Syntax("==[^=\\s](?:[^=\\n]*[^=\\s])?==", "==", Start.TEXT);
  /** An Obsidian block's id ({@code ^intro}) at the end of its line, after a space or alone on it. */
  static final Syntax BLOCK_ID = new Syntax("\\^([A-Za-z0-9-]+)[ \\t]*(?=\\r?\\n|$)", "^", Start.TEXT);
  static final Syntax CARET = new Syntax("\\^\\^[^\\^\\s](?:[^\\^\\n]*[^\\^\\s])?\\^\\^", "^^", Start.TEXT);
  /** An icon of MkDocs Material ({@code :material-check:}, {@code :fontawesome-brands-github:}). */
  static final Syntax ICON = new Syntax(":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:", ":", Start.TEXT);
  static final List<Syntax> ALL =
      List.of(LIQUID, LIQUID_HIGHLIGHT, REF, HIGHLIGHT, FIGURE, SHORTCODE, EXPRESSION, WIKILINK, TOC_LINE, TOC, ID_LIST, KRAMDOWN, ATTR_LIST, MDX_IMPORT, MDX_EXPORT, MDX_COMMENT, COLONS, SNIPPET, KEYS, MARK, CARET, ICON);

  /** Whose wiki links a page's are ({@link WikiLinks}): none (they are named), a GitHub wiki's, or Obsidian's (MkDocs' roamlinks and ezlinks). */
  enum WikiSyntax {
    NONE,
    GOLLUM,
    OBSIDIAN
  }

  /**
   * How a page's markers are read.
   *
   * @param includesRead the body's includes were put in ({@link Snippets}), so a marker left is text
   * @param trusted attribute lists are applied (not in a spec's text)
   * @param liquid a Jekyll project's page, whose links Liquid writes ({@link RenderOptions#liquid})
   * @param critic what CriticMarkup shows
   * @param variables the values of the template expressions the page's tool fills in, by their
   *     paths ({@link RenderOptions.Extensions#variables})
   * @param wiki whose {@code [[...]]} links the page's are
   * @param templatesAsText the page's tool runs no template over it: {@code {{ x }}} and
   *     {@code {% x %}} are text, not named ({@link RenderOptions.Extension#TEMPLATES_AS_TEXT})
   * @param vue a VitePress page: Vue's script and style blocks dropped, its badges drawn ({@link RenderOptions.Extension#VUE})
   * @param pymdownx pymdownx's inline syntax is read (not a page of another tool: {@link RenderOptions.Extension#PLAIN_INLINE})
   * @param mdx a page MDX reads ({@link RenderOptions.Extension#MDX}): its components are named without an import
   * @param captions the caption types of pymdownx.blocks.caption and the numbered prefix of each ({@code {}} the number; empty for none)
   * @param slugs how the page's heading ids are made, which a wiki link to a heading names
   * @param mintlify a Mintlify project's page: the components left (its own were read with its includes: {@link MintlifyBlocks}) are named as its
   */
  record Reading(
      boolean includesRead, boolean trusted, boolean liquid, Critic.Mode critic, java.util.Map<String, String> variables, WikiSyntax wiki, boolean templatesAsText, boolean vue,
      boolean pymdownx, boolean mdx, java.util.Map<String, String> captions, Slugs.Style slugs, boolean jinja, boolean gitBook, boolean mintlify) {
  }

  /** Whether the character at {@code at} follows an odd run of backslashes: Markdown's escape of it. */
  private static boolean escaped(String body, int at) {
    int i = at;
    while (i > 0 && body.charAt(i - 1) == '\\') {
      i--;
    }
    return (at - i) % 2 == 1;
  }

  /** Reads the markers of a body, given its syntax tree (which says what is code). */
  static Scan scan(String body, TextProbe probe, Document doc, Reading how) {
    if (!mayHold(probe, body) && !(how.wiki() == WikiSyntax.OBSIDIAN && body.indexOf('^') >= 0) && !(how.vue() && (body.contains("<script") || body.contains("<style")))
        && !((how.mdx() || how.vue()) && COMPONENT.matcher(body).find()) && !(how.mdx() && body.contains("={"))) {
      return Scan.NONE;
    }
    return read(body, doc, how);
  }

  /**
   * {@link #scan} of a body that may hold markers. (A method of its own: most pages hold none, and
   * the JIT compiles this large one only where many do.)
   */
  private static Scan read(String body, Document doc, Reading how) {
    boolean includesRead = how.includesRead();
    boolean trusted = how.trusted();
    boolean liquid = how.liquid();
    Critic.Mode critic = how.critic();
    java.util.Map<String, String> variables = how.variables();
    WikiSyntax wiki = how.wiki();
    List<int[]> code = new Ranges();
    List<int[]> fenced = new ArrayList<>();
    // of those, MkDocs Material's inline syntax but formulas (text, where CriticMarkup is read)
    Set<int[]> drawn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<Integer> calloutLines = new HashSet<>();
    // where an attribute list would follow a link or an image (and be applied to it)
    Set<Integer> attached = new HashSet<>();
    List<Node> html = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof com.vladsch.flexmark.ast.HtmlBlock || n instanceof com.vladsch.flexmark.ast.HtmlInline) {
        html.add(n);
      }
      int atEnd = trusted ? AttrLists.atBlockEnd(n, how.pymdownx()) : -1;
      if (atEnd >= 0) {
        attached.add(atEnd);
      }
      if (trusted && AttrLists.takes(n)) {
        attached.add(n.getEndOffset());
      }
      if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof Code
          || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment
          // drawn: MkDocs Material's marks, insertions and keys
          || n instanceof MaterialInline.Span || n instanceof MaterialInline.Drawn
          // a formula's TeX ({x} is no attribute list there)
          || n instanceof com.vladsch.flexmark.ast.Paragraph && MaterialInline.FormulaBlock.mayBe(n) && MaterialInline.FormulaBlock.tex(n) != null) {
        int[] range = {n.getStartOffset(), n.getEndOffset()};
        code.add(range);
        if (n instanceof MaterialInline.Span || n instanceof MaterialInline.Drawn && !(n instanceof MaterialInline.Formula)) {
          drawn.add(range);
        }
        if (n instanceof FencedCodeBlock) {
          fenced.add(new int[] {n.getStartOffset(), n.getEndOffset()});
        }
      } else if (n instanceof Callout c) {
        calloutLines.add(c.getStartOffset());
        calloutLines.add(c.closeOffset);
      }
    }
    // kramdown's block lists that are placed on a block (or left out) in a Jekyll project's page
    Set<Integer> placed = new HashSet<>();
    if (trusted && liquid && KramdownIals.mayHold(body)) {
      for (KramdownIals.Placed p : KramdownIals.find(doc)) {
        placed.add(p.offset());
      }
      attached.addAll(placed);
    }
    List<Edit> edits = new ArrayList<>();
    List<Marker> unknown = new ArrayList<>();
    // Hugo's highlight shortcode and Jekyll's highlight tag on lines of their own: a fenced code
    // block (what it holds is code)
    Set<Integer> hugo = new HashSet<>();
    Set<Integer> liquidRead = new HashSet<>();
    for (Syntax highlight : List.of(HIGHLIGHT, LIQUID_HIGHLIGHT)) {
      boolean jekyll = highlight == LIQUID_HIGHLIGHT;
      // (what a syntax's blocks hold is code once all are found: its matches do not overlap)
      List<int[]> held = new ArrayList<>();
      for (MatchResult m : highlight.matches(body)) {
        if (inside(code, m.start())) {
          continue;
        }
        String content = m.group(4);
        int fence = 3;
        for (Matcher ticks = TICKS.matcher(content); ticks.find(); ) {
          fence = Math.max(fence, ticks.group(1).length() + 1);
        }
        String info = m.group(2) + highlightOptions(jekyll ? liquidHighlightOptions(m.group(3)) : m.group(3));
        edits.add(new Edit(m.start(), m.start(4) - 1, m.group(1) + "`".repeat(fence) + info));
        edits.add(new Edit(m.start(5), m.end(), m.group(1) + "`".repeat(fence)));
        held.add(new int[] {m.start(4), m.start(5)});
        String open = jekyll ? "{%" : "{{";
        (jekyll ? liquidRead : hugo).add(body.indexOf(open, m.start()));
        (jekyll ? liquidRead : hugo).add(body.indexOf(open, m.start(5)));
      }
      code.addAll(held);
    }
    // the block shortcodes of Hugo's documentation themes: callouts, details, tabs
    HugoBlocks.Read hugoBlocks = HugoBlocks.read(body, code);
    edits.addAll(hugoBlocks.edits());
    hugo.addAll(hugoBlocks.tags());
    code.addAll(hugoBlocks.code());
    unknown.addAll(hugoBlocks.named());
    if (how.gitBook() && trusted) {
      // and GitBook's blocks, written as Liquid's tags: hints, tabs, steppers, code's titles, embeds, files
      HugoBlocks.Read gitBookBlocks = HugoBlocks.read(body, code, HugoBlocks.GITBOOK);
      edits.addAll(gitBookBlocks.edits());
      liquidRead.addAll(gitBookBlocks.tags());
      code.addAll(gitBookBlocks.code());
      unknown.addAll(gitBookBlocks.named());
    }
    // Hugo's figure shortcode: an image
    for (MatchResult m : FIGURE.matches(body)) {
      if (inside(code, m.start())) {
        continue;
      }
      java.util.Map<String, String> a = new java.util.HashMap<>();
      for (Matcher at = SHORTCODE_ARG.matcher(m.group(1)); at.find(); ) {
        a.put(at.group(1), at.group(2) != null ? at.group(2) : at.group(3));
      }
      String src = a.get("src");
      if (src == null || src.isEmpty()) {
        continue;
      }
      String alt = a.getOrDefault("alt", a.getOrDefault("caption", a.getOrDefault("title", "")));
      String title = a.containsKey("title") ? a.get("title") : a.get("caption");
      String image = "![" + alt.replace("]", "\\]") + "](<" + src + ">" + (title == null || title.isEmpty() ? "" : " \"" + title.replace("\"", "\\\"") + "\"") + ")";
      edits.add(new Edit(m.start(), m.end(), image));
      hugo.add(m.start());
    }
    // kramdown's extensions in a Jekyll project's page: its comments left out, what they hold unread
    KramdownExtensions.Read kramdownExtensions = liquid && body.contains("{::") ? KramdownExtensions.read(body, code) : null;
    List<int[]> comments = kramdownExtensions == null ? List.of() : kramdownExtensions.hidden();
    // Liquid: raw and endraw are dropped; what stands between them is meant literally
    List<int[]> raw = new Ranges();
    int rawStart = -1;
    // in a Jekyll project's page, Liquid's comments and captures are left out, as Liquid writes
    // nothing of them (what they hold unread), and its assignments
    List<int[]> unwritten = new Ranges();
    // {% if %} blocks over known values (Jekyll's Liquid, mkdocs-macros' Jinja): the branch that holds kept
    TemplateIfs.Read ifs = (liquid || how.jinja()) && !how.templatesAsText() && !variables.isEmpty() && body.contains("{%") ? ifs(body, code, comments, liquidRead, liquid, variables, edits, kramdownExtensions) : TemplateIfs.Read.NONE;
    edits.addAll(ifs.edits());
    unwritten.addAll(ifs.dropped());
    int unwrittenStart = -1;
    String unwrittenTag = null;
    String unwrittenEnd = null;
    for (MatchResult m : how.templatesAsText() ? List.<MatchResult>of() : LIQUID.matches(body)) {
      if (inside(code, m.start()) || inside(comments, m.start()) || liquidRead.contains(m.start()) || inside(ifs.dropped(), m.start())) {
        continue;
      }
      String tag = m.group(1);
      if (unwrittenStart >= 0) {
        if (tag.equals(unwrittenEnd)) {
          edits.add(new Edit(unwrittenStart, m.end(), ""));
          unwritten.add(new int[] {unwrittenStart, m.end()});
          unwrittenStart = -1;
        }
      } else if (liquid && rawStart < 0 && (tag.equals("comment") || tag.equals("capture"))) {
        unwrittenStart = m.start();
        unwrittenTag = m.group();
        unwrittenEnd = "end" + tag;
      } else if (liquid && rawStart < 0 && tag.equals("assign")) {
        edits.add(new Edit(m.start(), m.end(), ""));
      } else if (tag.equals("raw") && rawStart < 0) {
        edits.add(new Edit(m.start(), m.end(), ""));
        rawStart = m.end();
      } else if (liquid && rawStart < 0 && LIQUID_LINK.matcher(m.group()).matches()) {
        // Jekyll's link tag: a link from the site's root, checked as any other; its post_url: a post of _posts/ by its name
        Matcher link = LIQUID_LINK.matcher(m.group());
        link.matches();
        edits.add(new Edit(m.start(), m.end(), (link.group(1).equals("post_url") ? "/_posts/" : "/") + link.group(2).replaceFirst("^/+", "")));
      } else if (tag.equals("endraw") && rawStart >= 0) {
        edits.add(new Edit(m.start(), m.end(), ""));
        raw.add(new int[] {rawStart, m.start()});
        rawStart = -1;
      } else if (rawStart < 0) {
        unknown.add(new Marker(m.start(), m.group(), "Liquid (Jekyll) template syntax"));
      }
    }
    if (rawStart >= 0) {
      raw.add(new int[] {rawStart, body.length()});
    }
    if (unwrittenStart >= 0) {
      // (never closed, which Jekyll refuses: named, shown as written)
      unknown.add(new Marker(unwrittenStart, unwrittenTag, "Liquid (Jekyll) template syntax", "which is not closed: it is shown as written"));
    }
    if (how.vue()) {
      vue(body, code, edits, unknown);
    }
    List<int[]> skip = new Ranges(code);
    skip.addAll(raw);
    skip.addAll(unwritten);
    if (how.vue() && body.contains("v-pre")) {
      // what Vue leaves as written: its template expressions are text
      skip.addAll(vPre(body, code, edits));
    }
    Set<Integer> extensions = Set.of();
    if (kramdownExtensions != null) {
      edits.addAll(kramdownExtensions.edits());
      unknown.addAll(kramdownExtensions.named());
      skip.addAll(kramdownExtensions.hidden());
      extensions = kramdownExtensions.markers();
    }
    if (trusted && Critic.mayHold(body)) {
      List<int[]> verbatim = new Ranges(skip);
      verbatim.removeIf(drawn::contains);
      Critic.Read changes = Critic.read(body, verbatim, critic);
      edits.addAll(changes.edits());
      skip.addAll(changes.marks());
      unknown.addAll(changes.named());
    }
    Set<Integer> refs = new HashSet<>();
    for (MatchResult m : REF.matches(body)) {
      if (!inside(skip, m.start()) && (m.group(1).equals("<") == m.group(5).equals(">"))) {
        String path = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        edits.add(new Edit(m.start(), m.end(), path));
        refs.add(m.start());
      }
    }
    for (MatchResult m : SHORTCODE.matches(body)) {
      if (!inside(skip, m.start()) && !refs.contains(m.start()) && !hugo.contains(m.start())) {
        // Hugo's param: the page's front matter value, else the site's param
        Matcher param = variables.isEmpty() ? null : PARAM.matcher(m.group());
        String key = param != null && param.matches() ? (param.group(1) != null ? param.group(1) : param.group(2)).toLowerCase(java.util.Locale.ROOT) : null;
        String value = key == null ? null : variables.getOrDefault("page." + key, variables.get("params." + key));
        if (value != null) {
          edits.add(new Edit(m.start(), m.end(), value));
        } else {
          unknown.add(new Marker(m.start(), m.group(), "a Hugo shortcode"));
        }
      }
    }
    Set<Integer> expressions = new HashSet<>();
    for (MatchResult m : how.templatesAsText() ? List.<MatchResult>of() : EXPRESSION.matches(body)) {
      expressions.add(m.start());
      if (inside(skip, m.start())) {
        continue;
      }
      Matcher root = liquid ? SITE_ROOT.matcher(m.group()) : null;
      Matcher path = variables.isEmpty() ? null : VARIABLE.matcher(m.group());
      if (root != null && root.matches()) {
        // Jekyll's site root (before a link from it) and its relative_url filter
        edits.add(new Edit(m.start(), m.end(), root.group(1) != null ? root.group(1) : root.group(2) != null ? root.group(2) : ""));
      } else if (path != null && path.matches() && variables.containsKey(path.group(1))) {
        // a value of the project's config, as its tool fills it in before the Markdown is read
        // (with the white space a {{- or -}} trims)
        int start = m.start();
        int end = m.end();
        while (m.group().startsWith("{{-") && start > 0 && Character.isWhitespace(body.charAt(start - 1))) {
          start--;
        }
        while (m.group().endsWith("-}}") && end < body.length() && Character.isWhitespace(body.charAt(end))) {
          end++;
        }
        edits.add(new Edit(start, end, variables.get(path.group(1))));
      } else {
        unknown.add(new Marker(m.start(), m.group().strip(), "a template expression (Liquid in Jekyll, Jinja in mkdocs-macros, Vue in VitePress)"));
      }
    }
    if (how.vue() && !how.templatesAsText() && body.contains("{{")) {
      vueInterpolations(body, skip, expressions, unknown);
    }
    // a table of contents' place ([TOC], [[_TOC_]]): dropped, the page has its own; its line break stays
    Set<Integer> tocs = new HashSet<>();
    for (MatchResult m : TOC_LINE.matches(body)) {
      if (!inside(skip, m.start())) {
        edits.add(new Edit(m.start(), m.end(), ""));
        tocs.add(m.start(1));
      }
    }
    if (wiki == WikiSyntax.OBSIDIAN) {
      // Obsidian's block ids, which its links name ([[Page#^intro]]): an anchor where they stand
      for (MatchResult m : BLOCK_ID.matches(body)) {
        char before = m.start() == 0 ? '\n' : body.charAt(m.start() - 1);
        if ((before == ' ' || before == '\t' || before == '\n') && !inside(skip, m.start())) {
          edits.add(new Edit(m.start(), m.end(), "<span id=\"^" + m.group(1) + "\"></span>"));
        }
      }
    }
    for (MatchResult m : WIKILINK.matches(body)) {
      if (!inside(skip, m.start()) && !tocs.contains(m.start())) {
        // (Obsidian's embed: a ! before it)
        boolean embed = wiki == WikiSyntax.OBSIDIAN && m.start() > 0 && body.charAt(m.start() - 1) == '!';
        WikiLinks.Link link = wiki == WikiSyntax.GOLLUM ? WikiLinks.of(m.group()) : wiki == WikiSyntax.OBSIDIAN ? WikiLinks.obsidian(m.group(), embed, how.slugs()) : null;
        if (link != null) {
          // put in before the link as written, which goes: what the link names is named at its start
          int start = embed ? m.start() - 1 : m.start();
          edits.add(new Edit(start, start, link.markdown()));
          edits.add(new Edit(start, m.end(), ""));
          link.unread().forEach(u -> unknown.add(new Marker(start, u.text(), u.what(), u.outcome())));
        } else {
          unknown.add(new Marker(m.start(), m.group(), "a wiki link (GitHub wikis, Obsidian, Python-Markdown's wikilinks)", "which is not a link here: it is shown as written"));
        }
      }
    }
    Set<Integer> kramdown = new HashSet<>();
    for (MatchResult m : TOC.matches(body)) {
      int marker = m.group(1) == null ? m.start() : m.end(1);
      if (!inside(skip, marker)) {
        // the list line before is the placeholder kramdown replaces; its line break stays
        int start = m.group(1) == null ? m.start() : m.start(1);
        edits.add(new Edit(start, m.end(), m.group(1) == null ? "" : "\n"));
        kramdown.add(body.indexOf('{', marker));
      }
    }
    for (MatchResult m : ID_LIST.matches(body)) {
      // (an escaped brace, \{#x}, is text)
      if (trusted && !inside(skip, m.start()) && !attached.contains(m.start()) && !escaped(body, m.start())) {
        edits.add(new Edit(m.start(), m.end(), "<span id=\"" + m.group(1) + "\"></span>"));
        kramdown.add(m.start());
        Matcher list = AttrLists.LIST.matcher(m.group());
        if (list.matches() && AttrLists.tokens(list.group(1)).size() > 1) {
          unknown.add(new Marker(m.start(), m.group(), "an attribute list", "of which only the id is used here: it is an anchor at that place"));
        }
      }
    }
    if (liquid) {
      // just-the-docs' callouts and classes of style, in a Jekyll project's page
      KramdownBlocks.Read blocks = KramdownBlocks.read(body, skip, placed);
      edits.addAll(blocks.edits());
      kramdown.addAll(blocks.lists());
    }
    for (MatchResult m : KRAMDOWN.matches(body)) {
      if (!inside(skip, m.start()) && !kramdown.contains(m.start()) && !attached.contains(m.start()) && !extensions.contains(m.start())) {
        unknown.add(new Marker(m.start(), m.group(), m.group().startsWith("{::") || m.group().startsWith("{:/") ? "a kramdown extension" : "a kramdown attribute list"));
        kramdown.add(m.start());
      }
    }
    for (MatchResult m : (how.pymdownx() ? ATTR_LIST_WORDS : ATTR_LIST).matches(body)) {
      if (inside(skip, m.start()) || kramdown.contains(m.start())) {
        continue;
      }
      // a name alone in braces where no list is applied is text, as Python-Markdown shows it ({ x })
      if (how.pymdownx() && !attached.contains(m.start()) && !AttrLists.LIST.matcher(m.group()).matches()) {
        continue;
      }
      if (!trusted) {
        unknown.add(new Marker(m.start(), m.group(), "an attribute list (attr_list)", "which is not applied to untrusted text: it is shown as written"));
      } else if (!attached.contains(m.start())) {
        unknown.add(new Marker(m.start(), m.group(), "an attribute list (attr_list)",
            "which is applied here only right after a link or an image, or at the end of a paragraph or a heading: it is shown as written"));
      } else {
        List<String> refused = AttrLists.refused(m.group(1));
        if (!refused.isEmpty()) {
          unknown.add(new Marker(m.start(), m.group(), "an attribute list", "applied without " + String.join(", ", refused)
              + ": only ids, classes, sizes, loading, align, target, rel, lang, dir, title and data-* are put on the element"));
        }
      }
    }
    // MDX: imports and comments do nothing in HTML and are dropped; what imports bring is named
    // where it is used, but for tabs, which are read as content tabs (and their imports dropped
    // without a word)
    boolean mdx = how.mdx();
    List<MatchResult> imports = new ArrayList<>();
    List<MatchResult> tabImports = new ArrayList<>();
    // Starlight's components: read where a page imports one of those read (StarlightBlocks)
    boolean starlight = false;
    boolean starlightTabs = false;
    for (MatchResult m : MDX_IMPORT.matches(body)) {
      if (!inside(skip, m.start())) {
        edits.add(new Edit(m.start(), m.end(), ""));
        Set<String> fromStarlight = starlightImports(m.group());
        if (fromStarlight != null && !importsOnlyTabs(m.group())) {
          starlight = true;
          starlightTabs |= fromStarlight.contains("Tabs") || fromStarlight.contains("TabItem");
          if (!StarlightBlocks.READ.containsAll(fromStarlight.stream().filter(n -> !n.equals("Tabs") && !n.equals("TabItem")).toList())) {
            imports.add(m);
          }
        } else if (!CARDS_IMPORT.matcher(m.group().strip()).matches()) {
          (importsOnlyTabs(m.group()) ? tabImports : imports).add(m);
        }
        mdx = true;
      }
    }
    // (and VuePress' code groups, in a Vue page)
    MdxTabs.Read tabs =
        !tabImports.isEmpty() || starlightTabs ? MdxTabs.read(body, fenced, MdxTabs.MDX)
            : how.vue() && (body.contains("<CodeGroup") || body.contains("<code-group")) ? MdxTabs.read(body, codeBlocks(doc), MdxTabs.VUE)
            : MdxTabs.Read.NONE;
    edits.addAll(tabs.edits());
    // the document's blocks (a caption of pymdownx.blocks wraps the one before it)
    List<int[]> tops = new ArrayList<>();
    for (Node top = body.contains("///") ? doc.getFirstChild() : null; top != null; top = top.getNext()) {
      tops.add(new int[] {top.getStartOffset(), top.getEndOffset()});
    }
    Blocks.Read blocks = Blocks.read(body, code, tops, trusted, how.captions());
    edits.addAll(blocks.edits());
    unknown.addAll(blocks.unknown());
    if (tabs.tags().isEmpty()) {
      imports.addAll(tabImports);
    }
    for (MatchResult m : imports) {
      unknown.add(new Marker(m.start(), m.group().strip(), "an MDX import (Docusaurus, Astro)", "dropped: it does nothing here"));
    }
    for (MatchResult m : MDX_EXPORT.matches(body)) {
      if (!inside(skip, m.start())) {
        unknown.add(new Marker(m.start(), m.group().strip(), "an MDX export (Docusaurus, Astro)"));
        mdx = true;
      }
    }
    for (MatchResult m : MDX_COMMENT.matches(body)) {
      if (!inside(skip, m.start())) {
        // Docusaurus' heading id in MDX, a comment at a heading's end: ## Heading {/* #its-id */}
        String id = trusted ? headingId(body, m) : null;
        edits.add(new Edit(m.start(), m.end(), id == null ? "" : "<span id=\"" + id + "\"></span>"));
      }
    }
    // MDX's expressions in text: a string's text, a front matter value; others named
    if (how.mdx() && trusted && body.indexOf('{') >= 0) {
      // (not in imports and exports, nor in a component's HTML: they are named as such)
      List<int[]> notText = new Ranges(skip);
      for (Syntax js : List.of(MDX_IMPORT, MDX_EXPORT)) {
        js.matches(body).forEach(m -> notText.add(new int[] {m.start(), m.end()}));
      }
      for (Node n : html) {
        if (n instanceof com.vladsch.flexmark.ast.HtmlBlock && COMPONENT.matcher(n.getChars()).find()) {
          notText.add(new int[] {n.getStartOffset(), n.getEndOffset()});
        }
      }
      mdxExpressions(body, notText, variables, edits, unknown);
    }
    // Docusaurus' table of contents in the text, on a line of its own, as [TOC]: dropped, the page has its own
    if (how.mdx() && trusted && body.contains("<TOCInline")) {
      for (Matcher t = TOC_INLINE.matcher(body); t.find(); ) {
        if (!inside(skip, t.start())) {
          edits.add(new Edit(t.start(), t.end(), ""));
        }
      }
    }
    // Docusaurus' Link and addresses given as JavaScript in a tag: HTML (its links checked); the
    // tags named here, or read, are not named again as components
    Set<Integer> linkTags = how.mdx() && trusted && (body.contains("={") || body.contains("<Link")) ? jsxAddresses(body, skip, edits, unknown, tabs) : Set.of();
    // Docusaurus' Admonition, which its pages may use without an import: a callout
    Set<Integer> admonitionTags = how.mdx() && trusted && body.contains("<Admonition") ? admonitions(body, skip, edits) : Set.of();
    // Astro Starlight's asides, cards, steps, link cards, buttons and badges: the Markdown they stand for
    StarlightBlocks.Read starlightBlocks = starlight && trusted ? StarlightBlocks.read(body, fenced) : null;
    if (starlightBlocks != null) {
      edits.addAll(starlightBlocks.edits());
    }
    if (mdx || how.vue()) {
      // components (Vue's in a VitePress page) but those needing nothing run: Docusaurus' Details is
      // the browser's own element, VitePress' badge is drawn and ClientOnly's content shown
      String what = how.mintlify() ? "a Mintlify component" : mdx ? "an MDX component (Docusaurus, Astro)" : "a Vue component (VitePress)";
      Set<String> own = mdx ? MDX_COMPONENTS : VITEPRESS_COMPONENTS;
      for (Node n : html) {
        // Docusaurus' cards of a folder page's pages, alone at the top level: drawn by its page
        if (mdx && trusted && n instanceof com.vladsch.flexmark.ast.HtmlBlock && n.getParent() instanceof Document && CARDS.matcher(n.getChars().toString().strip()).matches()) {
          edits.add(new Edit(n.getStartOffset(), n.getStartOffset() + n.getChars().toString().stripTrailing().length(), "```" + MarkdownEngine.DOC_CARDS + "\n```"));
          continue;
        }
        String tag = n.getChars().toString().stripLeading();
        if (tag.startsWith("<script") || tag.startsWith("<style")) {
          continue; // code (a type's <T> in it is no tag)
        }
        Matcher c = COMPONENT.matcher(n.getChars());
        while (c.find()) {
          int at = n.getStartOffset() + c.start();
          if (!own.contains(c.group(1)) && !tabs.onTag(at) && !admonitionTags.contains(at) && !linkTags.contains(at) && !(starlightBlocks != null && starlightBlocks.tags().contains(at))) {
            unknown.add(new Marker(at, "<" + c.group(1) + ">", what, "which is not run here: what it holds is shown as HTML"));
          }
        }
      }
    }
    for (MatchResult m : COLONS.matches(body)) {
      if (!inside(skip, m.start(1)) && !calloutLines.contains(m.start(1))) {
        unknown.add(new Marker(m.start(1), m.group().strip(), "a `:::` block (Docusaurus or mkdocstrings) of a kind not known here"));
      }
    }
    for (MatchResult m : includesRead ? List.<MatchResult>of() : SNIPPET.matches(body)) {
      if (!inside(skip, m.start(1))) {
        unknown.add(new Marker(m.start(1), m.group().strip(), "an include of pymdownx.snippets (MkDocs)"));
      }
    }
    // md_in_html: an element with the markdown attribute whose content follows on the next lines (no
    // blank line after its tag) is one HTML block, its Markdown not read
    for (Node n : html) {
      if (n instanceof com.vladsch.flexmark.ast.HtmlBlock) {
        Matcher m = MarkdownInHtml.UNREAD.matcher(n.getChars());
        if (m.lookingAt()) {
          unknown.add(new Marker(n.getStartOffset() + m.start(1), m.group(1), "Markdown in an HTML element (md_in_html)", "which is read here only where a blank line follows the element's opening tag: it is shown as written"));
        }
      }
    }
    // MkDocs Material's tags listing: a directive block, drawn once every page's tags are known
    for (Node n : doc.getDescendants()) {
      if (trusted && (n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment) && TAGS_LISTING.matcher(n.getChars()).find()) {
        Matcher m = TAGS_LISTING.matcher(n.getChars());
        m.find();
        int start = n.getStartOffset() + m.start();
        if (n instanceof HtmlCommentBlock && n.getParent() instanceof Document && n.getChars().toString().strip().equals(m.group())) {
          String options = m.group(1) == null ? "" : m.group(1).strip() + "\n";
          edits.add(new Edit(start, n.getStartOffset() + m.end(), "```" + MarkdownEngine.TAGS_LISTING + "\n" + options + "```"));
        } else {
          unknown.add(new Marker(start, m.group(), "MkDocs Material's tags listing", "which is drawn only on a line of its own at the page's top level (not in a paragraph, list or quote): it is left out"));
        }
      }
    }
    // drawn where they are read as pymdownx reads them: what is left here is not (an unknown key name)
    // (a page of another tool shows them as written, as its tool does)
    if (how.pymdownx()) {
      named(body, skip, KEYS, "keys of pymdownx.keys (MkDocs Material) with a key name not known here", unknown);
      named(body, skip, MARK, "marked text of pymdownx.mark (MkDocs Material) not read as such here", unknown);
      named(body, skip, CARET, "inserted text of pymdownx.caret (MkDocs Material) not read as such here", unknown);
    }
    named(body, skip, ICON, "an icon of MkDocs Material of a set or name not known here (Material Design and Octicons are drawn)", unknown);
    // an insertion (a tab's indentation where there was none) goes before an edit at its place
    edits.sort(java.util.Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
    List<Edit> kept = new ArrayList<>();
    int end = 0;
    for (Edit e : edits) {
      if (e.start() >= end) {
        kept.add(e);
        end = e.end();
      }
    }
    unknown.sort(java.util.Comparator.comparingInt(Marker::offset));
    return new Scan(List.copyOf(kept), List.copyOf(unknown));
  }

  /**
   * The options of Hugo's highlight ({@code "linenos=table,hl_lines=8 15-17,linenostart=199"}) as
   * a fenced block's ({@code  linenums="199" hl_lines="8 15-17"}); the look's own (a style, anchors)
   * are the theme's business here.
   */
  static String highlightOptions(String options) {
    String o = options.strip();
    if (o.length() >= 2 && o.startsWith("\"") && o.endsWith("\"")) {
      o = o.substring(1, o.length() - 1);
    }
    String linenos = null;
    String start = "1";
    String lines = null;
    for (Matcher kv = HIGHLIGHT_OPTION.matcher(o); kv.find(); ) {
      String value = kv.group(2).strip();
      switch (kv.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "linenos" -> linenos = value;
        case "linenostart" -> start = value.matches("\\d+") ? value : start;
        case "hl_lines" -> lines = value.replaceAll("[\\[\\]\"']", "").replace(',', ' ').trim().replaceAll("\\s+", " ");
        default -> {}
      }
    }
    StringBuilder b = new StringBuilder();
    if (linenos != null && !linenos.equalsIgnoreCase("false")) {
      b.append(" linenums=\"").append(start).append('"');
    }
    if (lines != null && lines.matches("[\\d -]+")) {
      b.append(" hl_lines=\"").append(lines).append('"');
    }
    return b.toString();
  }

  /** The options of Jekyll's highlight ({@code linenos mark_lines="1 2"}) as Hugo's are written. */
  static String liquidHighlightOptions(String options) {
    List<String> out = new ArrayList<>();
    for (Matcher o = LIQUID_OPTION.matcher(options); o.find(); ) {
      if (o.group(1).equals("linenos")) {
        out.add("linenos=" + (o.group(2) == null ? "table" : o.group(2)));
      } else if (o.group(1).equals("mark_lines") && o.group(2) != null) {
        out.add("hl_lines=" + o.group(2).replace('"', ' ').strip());
      }
    }
    return String.join(",", out);
  }

  private static final Pattern LIQUID_OPTION = Pattern.compile("(\\w+)(?:=(\"[^\"]*\"|\\S+))?");

  /** One option of Hugo's highlight: a name, {@code =}, and a value up to the next option (a list in brackets kept whole). */
  private static final Pattern HIGHLIGHT_OPTION = Pattern.compile("(\\w+)\\s*=\\s*(\\[[^\\]]*\\]|[^,]*)");

  /** Docusaurus' cards of a category's pages, and their import. */
  private static final Pattern CARDS = Pattern.compile("<DocCardList\\s*/>");

  /** Imports of what Docusaurus' pages use that is read here: dropped without a word (one not read is named where it is used). */
  private static final Pattern CARDS_IMPORT = Pattern.compile("import\\s+(?:(DocCardList|CodeBlock|TOCInline)\\s+from\\s+['\"]@theme/\\1|(Link|useBaseUrl)\\s+from\\s+['\"]@docusaurus/\\2)['\"];?");

  /**
   * An attribute of a tag whose value is JavaScript that gives an address as MDX runs it:
   * Docusaurus' {@code useBaseUrl('/img/x.png')} (the site's root is the address's), webpack's
   * {@code require('./x.png').default}, or a string in braces.
   */
  private static final Pattern JSX_ADDRESS =
      Pattern.compile("(?<=\\s)([A-Za-z][\\w:-]*)=\\{\\s*(?:useBaseUrl\\(\\s*([\"'])([^\"'\\n<>]*)\\2\\s*\\)|require\\(\\s*([\"'])([^\"'\\n<>]*)\\4\\s*\\)(?:\\.default)?|([\"'`])([^\"'`\\n<>]*)\\6)\\s*\\}");

  /** An attribute given as JavaScript in braces. */
  private static final Pattern JSX_EXPRESSION = Pattern.compile("(?<=\\s)[A-Za-z][\\w:-]*=\\{");

  /** Docusaurus' Link: its tag's name, and its address ({@code to} or {@code href}) as written. */
  private static final Pattern LINK_OPEN = Pattern.compile("<(Link)(?=\\s)[^<>]*?\\s(to|href)=[\"{]");

  private static final Pattern LINK_CLOSE = Pattern.compile("</Link>");

  /**
   * Docusaurus' {@code <Link to="/docs/x">} as {@code <a href="/docs/x">} and the attributes of
   * tags whose values are addresses given as JavaScript ({@link #JSX_ADDRESS}) as HTML's; any
   * other attribute of an HTML tag given as JavaScript is named. The offsets of the Link tags
   * read.
   */
  private static Set<Integer> jsxAddresses(String body, List<int[]> skip, List<Edit> edits, List<Marker> unknown, MdxTabs.Read tabs) {
    Set<Integer> read = new HashSet<>();
    // each attribute made HTML's: where it starts, where it ends, its value
    java.util.Map<Integer, Edit> converted = new java.util.HashMap<>();
    Matcher a = JSX_ADDRESS.matcher(body);
    while (a.find()) {
      if (tagAt(body, a.start()) < 0 || inside(skip, a.start())) {
        continue;
      }
      String value = a.group(3) != null ? a.group(3) : a.group(5) != null ? a.group(5) : a.group(7);
      converted.put(a.start(), new Edit(a.start(), a.end(), value.replace("&", "&amp;").replace("\"", "&quot;")));
    }
    int links = 0;
    Matcher open = LINK_OPEN.matcher(body);
    while (open.find()) {
      int to = open.start(2);
      if (inside(skip, open.start()) || body.charAt(open.end() - 1) == '{' && !converted.containsKey(to)) {
        continue;
      }
      edits.add(new Edit(open.start(1), open.end(1), "a"));
      if (converted.containsKey(to)) {
        Edit v = converted.remove(to);
        edits.add(new Edit(to, v.end(), "href=\"" + v.text() + "\""));
      } else if (open.group(2).equals("to")) {
        edits.add(new Edit(to, open.end(2), "href"));
      }
      read.add(open.start());
      links++;
    }
    for (Edit v : converted.values()) {
      String name = body.substring(v.start(), body.indexOf('=', v.start()));
      edits.add(new Edit(v.start(), v.end(), name + "=\"" + v.text() + "\""));
    }
    if (links > 0) {
      Matcher close = LINK_CLOSE.matcher(body);
      while (close.find()) {
        if (!inside(skip, close.start())) {
          edits.add(new Edit(close.start() + 2, close.end() - 1, "a"));
        }
      }
    }
    // (one marker a tag, which is then not named again as a component)
    Matcher other = JSX_EXPRESSION.matcher(body);
    while (other.find()) {
      int tag = tagAt(body, other.start());
      if (tag >= 0 && !converted.containsKey(other.start()) && !inside(skip, other.start()) && !tabs.onTag(tag) && !body.startsWith("<TOCInline", tag) && read.add(tag)) {
        int end = body.indexOf('\n', tag);
        String shown = body.substring(tag, end < 0 ? body.length() : end).strip();
        unknown.add(new Marker(tag, shown, "a tag with an attribute given as JavaScript (MDX)", "which is not run here: it is shown as written"));
      }
    }
    return read;
  }

  /**
   * An MDX expression in text: braces that hold no braces, not a template's ({@code {{}}}, {@code ${}}),
   * a comment, a heading's id or an attribute list ({@code {#id}}, {@code {: .x}}, {@code { .x }}).
   */
  private static final Pattern MDX_EXPRESSION = Pattern.compile("(?<![{$\\\\])\\{(?![{#:/]|\\s*[.#])([^{}\\n]{1,500})\\}(?!\\})");

  /** A string's text as an MDX expression gives it: {@code {'<'}}, {@code {" "}}, {@code {`x`}}. */
  private static final Pattern MDX_STRING = Pattern.compile("\\s*(['\"`])(.*)\\1\\s*");

  /** A front matter value as an MDX expression names it: {@code {frontMatter.title}}. */
  private static final Pattern MDX_FRONT_MATTER = Pattern.compile("\\s*(frontMatter(?:\\.[A-Za-z_$][\\w$]*)+)\\s*");

  /**
   * MDX's expressions in a page's text: a string's is its text (JSX's {@code {' '}}, {@code {'<'}}),
   * {@code frontMatter.x} the page's front matter value (in {@code variables}); another is named.
   * Not in code, nor in a tag (its attributes'), nor on a line of {@code :::} (a directive's).
   */
  private static void mdxExpressions(String body, List<int[]> skip, java.util.Map<String, String> variables, List<Edit> edits, List<Marker> unknown) {
    Matcher m = MDX_EXPRESSION.matcher(body);
    while (m.find()) {
      int line = body.lastIndexOf('\n', m.start()) + 1;
      if (inside(skip, m.start()) || tagAt(body, m.start()) >= 0 || body.startsWith(":::", line) || heldByComponent(body, m.start(), m.end())) {
        continue;
      }
      String inner = m.group(1);
      String text = null;
      Matcher string = MDX_STRING.matcher(inner);
      Matcher value = MDX_FRONT_MATTER.matcher(inner);
      if (string.matches() && !(string.group(1).equals("`") && Snippets.expression(string.group(2)))) {
        text = Snippets.cooked(string.group(2), string.group(1).charAt(0));
      } else if (value.matches()) {
        text = variables.get(value.group(1));
      }
      if (text != null) {
        edits.add(new Edit(m.start(), m.end(), asText(text)));
      } else {
        unknown.add(new Marker(m.start(), m.group(), "an MDX expression (JavaScript)"));
      }
    }
  }

  /** Whether an expression is what a component's tags hold ({@code <X>{a}</X>}): the component is named. */
  private static boolean heldByComponent(String body, int start, int end) {
    int open = start > 0 && body.charAt(start - 1) == '>' ? body.lastIndexOf('<', start - 1) : -1;
    boolean after = open >= 0 && open + 1 < body.length() && Character.isUpperCase(body.charAt(open + 1));
    boolean before = end + 2 < body.length() && body.startsWith("</", end) && Character.isUpperCase(body.charAt(end + 2));
    return after || before;
  }

  /** A text as Markdown that reads as that text: its punctuation as character references. */
  private static String asText(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ') {
        b.append("&#").append((int) c).append(';');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The start of the tag an offset is inside ({@code <name ...}, not closed before it), or -1. */
  private static int tagAt(String body, int offset) {
    // (looked for at most 2,000 characters back: a page of many braces and no tags is no scan of it each)
    for (int i = Math.min(offset, body.length() - 1); i >= 0 && offset - i < 2000; i--) {
      char c = body.charAt(i);
      if (c == '>') {
        return -1;
      }
      if (c == '<') {
        return i + 1 < body.length() && Character.isLetter(body.charAt(i + 1)) ? i : -1;
      }
    }
    return -1;
  }


  /** Docusaurus' table of contents in a page's text: the page has its own. */
  private static final Pattern TOC_INLINE = Pattern.compile("(?m)^[ \\t]*<TOCInline(?=[\\s/])[^\\n]*/>[ \\t]*$");

  private static final Pattern TABS_IMPORT = Pattern.compile("import\\s+(?:(\\w+)|\\{([\\w\\s,]*)\\})\\s+from\\s+['\"]([^'\"]+)['\"];?\\s*");

  /**
   * Whether an import brings Docusaurus' or Astro Starlight's tabs and nothing else
   * ({@code import TabItem from '@theme/TabItem';}, {@code import { Tabs, TabItem } from '@astrojs/starlight/components';}).
   */
  static boolean importsOnlyTabs(String line) {
    Matcher m = TABS_IMPORT.matcher(line.strip());
    if (!m.matches() || !(m.group(3).startsWith("@theme/Tab") || m.group(3).equals("@astrojs/starlight/components"))) {
      return false;
    }
    String names = m.group(1) != null ? m.group(1) : m.group(2);
    for (String name : names.split("[\\s,]+")) {
      if (!name.isEmpty() && !name.equals("Tabs") && !name.equals("TabItem")) {
        return false;
      }
    }
    return true;
  }

  /** The names an import brings from Starlight's components ({@code import { Aside, Card } from '@astrojs/starlight/components';}), or null for another import. */
  static Set<String> starlightImports(String line) {
    Matcher m = TABS_IMPORT.matcher(line.strip());
    if (!m.matches() || !m.group(3).equals(StarlightBlocks.PACKAGE) || m.group(2) == null) {
      return null;
    }
    Set<String> names = new java.util.TreeSet<>();
    for (String name : m.group(2).split("[\\s,]+")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  /** The matches of a syntax outside code, as markers of {@code tool}. */
  private static void named(String body, List<int[]> skip, Syntax syntax, String tool, List<Marker> unknown) {
    for (MatchResult m : syntax.matches(body)) {
      if (!inside(skip, m.start())) {
        unknown.add(new Marker(m.start(), m.group().strip(), tool));
      }
    }
  }

  /**
   * The {@code {% if %}} blocks of a body read ({@link TemplateIfs}): of its template tags outside
   * code, kramdown's comments, raw text and Liquid's comments and captures; none that would leave
   * out what another edit already changes.
   */
  private static TemplateIfs.Read ifs(
      String body, List<int[]> code, List<int[]> comments, Set<Integer> read, boolean liquid, java.util.Map<String, String> variables, List<Edit> edits, KramdownExtensions.Read kramdown) {
    List<MatchResult> tags = new ArrayList<>();
    String until = null;
    for (MatchResult m : LIQUID.matches(body)) {
      if (inside(code, m.start()) || inside(comments, m.start()) || read.contains(m.start())) {
        continue;
      }
      String tag = m.group(1);
      if (until != null) {
        if (tag.equals(until)) {
          until = null;
        }
      } else if (tag.equals("raw") || liquid && (tag.equals("comment") || tag.equals("capture"))) {
        until = "end" + tag;
      } else {
        tags.add(m);
      }
    }
    List<Edit> taken = new ArrayList<>(edits);
    if (kramdown != null) {
      taken.addAll(kramdown.edits());
    }
    return TemplateIfs.read(body, tags, variables, !liquid, taken);
  }

  /** Whether an offset is in one of the ranges ({@code [start, end)}). */
  static boolean inside(List<int[]> ranges, int offset) {
    if (ranges instanceof Ranges r) {
      return r.contains(offset);
    }
    for (int[] r : ranges) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }

  /** The text with the edits made. */
  static String apply(String body, List<Edit> edits) {
    StringBuilder b = new StringBuilder(body.length());
    int last = 0;
    for (Edit e : edits) {
      b.append(body, last, e.start()).append(e.text());
      last = e.end();
    }
    return b.append(body, last, body.length()).toString();
  }

  /**
   * Offsets in the edited text mapped back to the original: offsets in unchanged text move by
   * the edits before them; offsets in an edit's new text fall on the edit's start. The edit
   * before an offset is found by a binary search (a page of many edits, as tabs make, asks for
   * many offsets).
   */
  static final class Offsets {
    private final int[] start;
    private final int[] length;
    private final int[] newStart;
    private final int[] newEnd;
    private final int[] shiftAfter;

    Offsets(List<Edit> edits) {
      int n = edits.size();
      start = new int[n];
      length = new int[n];
      newStart = new int[n];
      newEnd = new int[n];
      shiftAfter = new int[n];
      int shift = 0;
      for (int i = 0; i < n; i++) {
        Edit e = edits.get(i);
        start[i] = e.start();
        length[i] = e.end() - e.start();
        newStart[i] = e.start() + shift;
        newEnd[i] = newStart[i] + e.text().length();
        shift += e.text().length() - length[i];
        shiftAfter[i] = shift;
      }
    }

    int original(int offset) {
      int lo = 0;
      int hi = newStart.length - 1;
      int last = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (newStart[mid] <= offset) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (last < 0) {
        return offset;
      }
      if (offset < newEnd[last]) {
        return start[last] + Math.min(offset - newStart[last], length[last]);
      }
      return offset - shiftAfter[last];
    }
  }
}
