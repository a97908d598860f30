package handbook.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inline syntax of MkDocs Material's recommended extensions, and GitHub's emoji: marked text
 * {@code ==x==} (pymdownx.mark), insertions {@code ^^x^^} and superscripts {@code ^x^}
 * (pymdownx.caret), subscripts {@code ~x~} (pymdownx.tilde; {@code ~~x~~} stays GFM's
 * strikethrough), keys {@code ++ctrl+alt+del++} (pymdownx.keys), emoji shortcodes
 * {@code :smile:} (GitHub's names, which MkDocs' emoji extension mostly shares) and MkDocs
 * Material's icons of the Material Design and Octicons sets ({@code :material-check:}).
 *
 * <p>Superscripts and subscripts hold plain text without spaces (pymdownx's default, as in
 * Pandoc) and are found by one look ahead from the mark, so hostile text stays linear.
 */
final class MaterialInline implements Parser.ParserExtension {
  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customDelimiterProcessor(new Pairs('=', "mark"));
    builder.customDelimiterProcessor(new Pairs('^', "ins"));
  }

  /**
   * A span between two marks, drawn as the element {@link #tag}: {@code ==x==} {@code mark},
   * {@code ^^x^^} {@code ins}, {@code ^x^} {@code sup}, {@code ~x~} {@code sub}. Its children are its content.
   */
  static final class Span extends Node implements DelimitedNode {
    private final String tag;
    private BasedSequence openingMarker;
    private BasedSequence text;
    private BasedSequence closingMarker;

    Span(BasedSequence open, BasedSequence text, BasedSequence close, String tag) {
      super(open.baseSubSequence(open.getStartOffset(), close.getEndOffset()));
      this.openingMarker = open;
      this.text = text;
      this.closingMarker = close;
      this.tag = tag;
    }

    /** The HTML element it is drawn as. */
    String tag() {
      return tag;
    }

    @Override
    public BasedSequence[] getSegments() {
      return new BasedSequence[] {openingMarker, text, closingMarker};
    }

    @Override
    public BasedSequence getOpeningMarker() {
      return openingMarker;
    }

    @Override
    public void setOpeningMarker(BasedSequence openingMarker) {
      this.openingMarker = openingMarker;
    }

    @Override
    public BasedSequence getText() {
      return text;
    }

    @Override
    public void setText(BasedSequence text) {
      this.text = text;
    }

    @Override
    public BasedSequence getClosingMarker() {
      return closingMarker;
    }

    @Override
    public void setClosingMarker(BasedSequence closingMarker) {
      this.closingMarker = closingMarker;
    }
  }

  /** A node that stands for text of its own (not written in the source), drawn as {@link #html}. */
  abstract static class Drawn extends Node implements TextContainer {
    Drawn(BasedSequence chars) {
      super(chars);
    }

    /** Its text, as search and the table of contents read it. */
    abstract String text();

    /** Its HTML. */
    abstract String html();

    @Override
    public BasedSequence[] getSegments() {
      return new BasedSequence[] {getChars()};
    }

    @Override
    public boolean collectText(
        ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out, int flags, NodeVisitor nodeVisitor) {
      out.append(text());
      return false;
    }
  }

  /** {@code ++ctrl+c++}: keys pressed together, each with its class (null for a quoted one) and label. */
  static final class Keys extends Drawn {
    final List<String[]> keys;

    Keys(BasedSequence chars, List<String[]> keys) {
      super(chars);
      this.keys = List.copyOf(keys);
    }

    @Override
    String text() {
      StringBuilder b = new StringBuilder();
      for (String[] k : keys) {
        b.append(b.length() == 0 ? "" : "+").append(k[1]);
      }
      return b.toString();
    }

    /** As pymdownx.keys draws them (with its default settings), which Material's styles expect. */
    @Override
    String html() {
      StringBuilder b = new StringBuilder("<span class=\"keys\">");
      for (int i = 0; i < keys.size(); i++) {
        String[] k = keys.get(i);
        if (i > 0) {
          b.append("<span>+</span>");
        }
        b.append(k[0] == null ? "<kbd>" : "<kbd class=\"key-" + k[0] + "\">");
        b.append(handbook.render.Html.escape(k[1])).append("</kbd>");
      }
      return b.append("</span>").toString();
    }
  }

  /** {@code :material-check:}, {@code :octicons-mark-github-16:}: an icon of MkDocs Material's sets, drawn inline. */
  static final class Icon extends Drawn {
    final String viewBox;
    final String paths;

    Icon(BasedSequence chars, String viewBox, String paths) {
      super(chars);
      this.viewBox = viewBox;
      this.paths = paths;
    }

    /** Nothing: an icon is not read out or searched. */
    @Override
    String text() {
      return "";
    }

    @Override
    String html() {
      return html(null);
    }

    /** As MkDocs Material draws it, with the attributes of a list after it (classes such as {@code lg}, {@code middle}). */
    String html(List<AttrLists.Attr> attrs) {
      StringBuilder b = new StringBuilder("<span class=\"twemoji");
      StringBuilder rest = new StringBuilder();
      if (attrs != null) {
        for (AttrLists.Attr a : attrs) {
          if (a.name().equals("class")) {
            b.append(' ').append(handbook.render.Html.escape(a.value()));
          } else {
            rest.append(' ').append(a.name()).append("=\"").append(handbook.render.Html.escape(a.value())).append('"');
          }
        }
      }
      b.append('"').append(rest).append("><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(viewBox);
      return b.append("\" aria-hidden=\"true\">").append(paths).append("</svg></span>").toString();
    }
  }

  /**
   * Text drawn in place of what asks for it (an emoji by its name, a symbol, a typographic quote,
   * a link of magiclink's shorthand): its text and HTML.
   */
  static final class Replaced extends Drawn {
    private final String text;
    private final String html;

    Replaced(BasedSequence chars, String text, String html) {
      super(chars);
      this.text = text;
      this.html = html;
    }

    @Override
    String text() {
      return text;
    }

    @Override
    String html() {
      return html;
    }
  }

  /** Whether a node is in code or an address shown as its link's text, where those readers replace nothing. */
  static boolean inCode(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof com.vladsch.flexmark.ast.Code || p instanceof com.vladsch.flexmark.ast.FencedCodeBlock || p instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
          || p instanceof com.vladsch.flexmark.ast.CodeBlock || p instanceof com.vladsch.flexmark.ast.AutoLink || p instanceof com.vladsch.flexmark.ast.MailLink) {
        return true;
      }
    }
    return false;
  }

  /** The node types of this syntax, for writers that list what they know. */
  static final Set<Class<?>> NODES = Set.of(Span.class, Keys.class, Icon.class, Formula.class, FormulaBlock.class, Replaced.class);

  /**
   * {@code $E = mc^2$}: a formula in the text (pymdownx.arithmatex, GitHub), drawn as arithmatex
   * draws it, its TeX in {@code \\(...\\)}, which the site's KaTeX lays out in the browser (the
   * TeX is read where JavaScript is off).
   */
  static final class Formula extends Drawn {
    final String tex;

    Formula(BasedSequence chars, String tex) {
      super(chars);
      this.tex = tex;
    }

    @Override
    String text() {
      return tex;
    }

    @Override
    String html() {
      return "<span class=\"arithmatex\">\\(" + handbook.render.Html.escape(tex) + "\\)</span>";
    }
  }

  /**
   * kramdown's formulas in a line's text (a Jekyll project's page): {@code $$x$$} in a paragraph
   * with other text is a formula there, as kramdown makes it one for MathJax (a paragraph of one
   * alone is a {@link FormulaBlock}); where its text is one node of text (emphasis read inside it
   * leaves it as written), not after a backslash, not in code.
   */
  static void kramdownFormulas(com.vladsch.flexmark.util.ast.Document doc) {
    List<Text> texts = new ArrayList<>();
    for (Node n = doc.getFirstChild(); n != null; n = MarkdownEngine.following(n, doc)) {
      if (n instanceof Text t && !(t.getParent() instanceof com.vladsch.flexmark.ast.Code) && t.getChars().indexOf("$$") >= 0) {
        texts.add(t);
      }
    }
    for (Text t : texts) {
      BasedSequence chars = t.getChars();
      int from = 0;
      Node before = t;
      int i = chars.indexOf("$$");
      while (i >= 0) {
        int j = chars.indexOf("$$", i + 2);
        if (j < 0) {
          break;
        }
        String tex = chars.subSequence(i + 2, j).toString().strip();
        if (i > 0 && chars.charAt(i - 1) == '\\' || tex.isEmpty()) {
          // (skipped with its closing marks: they open no formula)
          i = chars.indexOf("$$", j + 2);
          continue;
        }
        if (i > from) {
          Text kept = new Text(chars.subSequence(from, i));
          before.insertAfter(kept);
          before = kept;
        }
        Formula f = new Formula(chars.subSequence(i, j + 2), tex);
        before.insertAfter(f);
        before = f;
        from = j + 2;
        i = chars.indexOf("$$", from);
      }
      if (from > 0) {
        if (from < chars.length()) {
          before.insertAfter(new Text(chars.subSequence(from)));
        }
        t.unlink();
      }
    }
  }

  /** A formula on lines of its own: {@code $$...$$} (arithmatex, GitHub) or a {@code math} fenced block (GitHub). */
  static final class FormulaBlock extends com.vladsch.flexmark.util.ast.Block implements TextContainer {
    final String tex;

    FormulaBlock(BasedSequence chars, String tex) {
      super(chars);
      this.tex = tex;
    }

    String html() {
      return "<div class=\"arithmatex\">\\[" + handbook.render.Html.escape(tex) + "\\]</div>";
    }

    @Override
    public BasedSequence[] getSegments() {
      return new BasedSequence[] {getChars()};
    }

    @Override
    public boolean collectText(
        ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out, int flags, NodeVisitor nodeVisitor) {
      out.append(tex);
      return false;
    }

    /** The TeX of a paragraph that is a formula on lines of its own ({@code $$...$$} alone), or null. */
    static String tex(Node paragraph) {
      if (!(paragraph instanceof com.vladsch.flexmark.ast.Paragraph)) {
        return null;
      }
      String text = paragraph.getChars().toString().strip();
      if (text.length() > 4 && text.startsWith("$$") && text.endsWith("$$") && !text.substring(2, text.length() - 2).contains("$$")) {
        return text.substring(2, text.length() - 2).strip();
      }
      // arithmatex's other forms: \[...\] and an environment, \begin{align}...\end{align}
      if (text.length() > 4 && text.startsWith("\\[") && text.endsWith("\\]") && !text.substring(2, text.length() - 2).contains("\\]")) {
        return text.substring(2, text.length() - 2).strip();
      }
      java.util.regex.Matcher env = ENVIRONMENT.matcher(text);
      if (env.matches() && env.group(1).equals(env.group(2))) {
        return text;
      }
      return null;
    }

    /** A formula that is a TeX environment alone. */
    private static final java.util.regex.Pattern ENVIRONMENT = java.util.regex.Pattern.compile("(?s)\\\\begin\\{([A-Za-z*]+)\\}.*\\\\end\\{([A-Za-z*]+)\\}");

    /** Whether a paragraph may be a formula alone (its text starts as one). */
    static boolean mayBe(Node paragraph) {
      BasedSequence c = paragraph.getChars();
      return c.startsWith("$$") || c.startsWith("\\[") || c.startsWith("\\begin{");
    }

    /**
     * Whether a body may hold a formula on lines of its own (a quick test before {@link #read}):
     * {@code $$}, {@code \[} or {@code \begin{env}}, or a fence whose info starts with {@code math}.
     */
    static boolean mayHold(TextProbe probe, String body) {
      if (TextProbe.contains(probe, body, "$$")) {
        return true;
      }
      if (probe.mayContain("\\[") || probe.mayContain("\\begin{")) {
        for (int i = body.indexOf('\\'); i >= 0; i = body.indexOf('\\', i + 1)) {
          if (body.startsWith("[", i + 1) || body.startsWith("begin{", i + 1)) {
            return true;
          }
        }
      }
      // a fence's info starts with math (any case): after the fence, spaces or not
      boolean math = probe.mayContainIgnoringCase("math");
      return math && probe.mayContain("```") && mathFence(body, "```") || math && probe.mayContain("~~~") && mathFence(body, "~~~");
    }

    private static boolean mathFence(String body, String fence) {
      int n = body.length();
      for (int i = body.indexOf(fence); i >= 0; i = body.indexOf(fence, i)) {
        i += 3;
        while (i < n && body.charAt(i) == fence.charAt(0)) {
          i++;
        }
        while (i < n && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
          i++;
        }
        if (body.regionMatches(true, i, "math", 0, 4)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Makes the formulas on lines of their own of a document: a paragraph that is {@code $$...$$}
     * alone, and a fenced block of {@code math}.
     */
    static void read(com.vladsch.flexmark.util.ast.Document doc) {
      List<Node> found = new ArrayList<>();
      for (Node n : doc.getDescendants()) {
        if (n instanceof com.vladsch.flexmark.ast.Paragraph || n instanceof com.vladsch.flexmark.ast.FencedCodeBlock f && f.getInfo().toString().strip().equalsIgnoreCase("math")) {
          found.add(n);
        }
      }
      for (Node n : found) {
        String tex = n instanceof com.vladsch.flexmark.ast.FencedCodeBlock f ? Sequences.content(f).strip() : tex(n);
        if (tex != null && !tex.isEmpty()) {
          n.insertBefore(new FormulaBlock(n.getChars(), tex));
          n.unlink();
        }
      }
    }
  }

  /** Two or more marks on each side: the double form ({@code ==x==}, {@code ^^x^^}). */
  private static final class Pairs implements DelimiterProcessor {
    private final char c;
    private final String tag;

    Pairs(char c, String tag) {
      this.c = c;
      this.tag = tag;
    }

    @Override
    public char getOpeningCharacter() {
      return c;
    }

    @Override
    public char getClosingCharacter() {
      return c;
    }

    @Override
    public int getMinLength() {
      return 2;
    }

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
        boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
      return leftFlanking;
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking, boolean beforeIsPunctuation,
        boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
      return rightFlanking;
    }

    @Override
    public boolean skipNonOpenerCloser() {
      return false;
    }

    // runs are two long or more (shorter ones are text); what is left of a longer run after a pair
    // (one of ===) matches nothing
    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
      return opener.length() >= 2 && closer.length() >= 2 ? 2 : 0;
    }

    @Override
    public Node unmatchedDelimiterNode(InlineParser inlineParser, DelimiterRun delimiter) {
      return null;
    }

    @Override
    public void process(Delimiter opener, Delimiter closer, int delimitersUsed) {
      Span span = new Span(opener.getTailChars(delimitersUsed), BasedSequence.NULL, closer.getLeadChars(delimitersUsed), tag);
      opener.moveNodesBetweenDelimitersTo(span, closer);
    }
  }

  /** The longest name of a key or emoji looked up, and the longest superscript or subscript. */
  private static final int MAX_NAME = 64;

  private static final int MAX_SCRIPT = 256;

  /** The characters that may start this syntax's keys, emoji, icons, superscripts and subscripts. */
  static final String CHARACTERS = "^~+:$";

  /** The longest formula in the text looked for. */
  private static final int MAX_MATH = 2000;

  /**
   * Reads keys, an emoji or icon, a superscript or a subscript at the parser's index (one of
   * {@link #CHARACTERS}), or nothing. The engine's inline parser calls it ({@link CommonMark031}):
   * as an inline parser extension of flexmark's it cost every document 3 % more (set up per
   * document, called per block).
   */
  static boolean read(LightInlineParser p) {
    return Reader.parse(p);
  }

  /** Reads a formula {@code \\(x\\)} at the parser's index (a backslash), or nothing. */
  static boolean readParenthesized(LightInlineParser p) {
    return Reader.parenthesized(p);
  }

  private static final class Reader {
    static boolean parse(LightInlineParser p) {
      BasedSequence input = p.getInput();
      int i = p.getIndex();
      char c = input.charAt(i);
      return switch (c) {
        case '^', '~' -> script(p, input, i, c);
        case '+' -> keys(p, input, i);
        case '$' -> math(p, input, i);
        default -> emoji(p, input, i);
      };
    }

    /** {@code ^x^} or {@code ~x~}: plain text without spaces between two single marks. */
    private static boolean script(LightInlineParser p, BasedSequence input, int i, char c) {
      int n = input.length();
      if (i + 1 >= n || input.charAt(i + 1) == c || i > 0 && input.charAt(i - 1) == c) {
        return false;
      }
      int end = Math.min(n, i + 2 + MAX_SCRIPT);
      for (int j = i + 1; j < end; j++) {
        char x = input.charAt(j);
        if (x == c) {
          if (j == i + 1 || j + 1 < n && input.charAt(j + 1) == c) {
            return false;
          }
          p.flushTextNode();
          BasedSequence open = input.subSequence(i, i + 1);
          BasedSequence text = input.subSequence(i + 1, j);
          BasedSequence close = input.subSequence(j, j + 1);
          Span span = new Span(open, text, close, c == '^' ? "sup" : "sub");
          span.appendChild(new Text(text));
          p.getBlock().appendChild(span);
          p.setIndex(j + 1);
          return true;
        }
        if (x <= ' ' || "`[]<>*_\\&!=^~".indexOf(x) >= 0 || Character.isWhitespace(x)) {
          return false;
        }
      }
      return false;
    }

    /** {@code \\(x\\)}: a formula in arithmatex's other form, to the first {@code \\)}. */
    static boolean parenthesized(LightInlineParser p) {
      BasedSequence input = p.getInput();
      int i = p.getIndex();
      int n = input.length();
      if (i + 3 >= n || input.charAt(i) != '\\' || input.charAt(i + 1) != '(') {
        return false;
      }
      int end = Math.min(n - 1, i + 2 + MAX_MATH);
      for (int j = i + 2; j < end; j++) {
        if (input.charAt(j) == '\\' && input.charAt(j + 1) == ')') {
          String tex = input.subSequence(i + 2, j).toString().strip();
          if (tex.isEmpty()) {
            return false;
          }
          p.flushTextNode();
          p.getBlock().appendChild(new Formula(input.subSequence(i, j + 2), tex));
          p.setIndex(j + 2);
          return true;
        }
      }
      return false;
    }

    /**
     * {@code $x$}: a formula, as pymdownx.arithmatex reads it: no space after the first mark or
     * before the last, a backslash escapes ({@code \\$}), and {@code $$} is no mark here (a
     * formula on lines of its own is {@link FormulaBlock}). {@code $5 and $10} and
     * {@code $HOME/$USER} are text: the last mark is followed by no letter or digit.
     */
    private static boolean math(LightInlineParser p, BasedSequence input, int i) {
      int n = input.length();
      if (i + 2 >= n || input.charAt(i + 1) == '$' || i > 0 && input.charAt(i - 1) == '$' || Character.isWhitespace(input.charAt(i + 1))) {
        return false;
      }
      int end = Math.min(n, i + 1 + MAX_MATH);
      for (int j = i + 1; j < end; j++) {
        char x = input.charAt(j);
        if (x == '\\') {
          j++;
        } else if (x == '`') {
          // a code span comes first: no formula runs into one
          return false;
        } else if (x == '$') {
          // nor a mark followed by a letter or digit: $HOME/$USER and $5-$10 are text
          if (Character.isWhitespace(input.charAt(j - 1)) || j + 1 < n && (input.charAt(j + 1) == '$' || Character.isLetterOrDigit(input.charAt(j + 1)))) {
            return false;
          }
          p.flushTextNode();
          p.getBlock().appendChild(new Formula(input.subSequence(i, j + 1), input.subSequence(i + 1, j).toString()));
          p.setIndex(j + 1);
          return true;
        }
      }
      return false;
    }

    /** {@code ++key+key++}: names the key map knows, or quoted text. */
    private static boolean keys(LightInlineParser p, BasedSequence input, int i) {
      int n = input.length();
      // an escaped plus (\+) never gets here: the parser took it with its backslash
      if (i + 2 >= n || input.charAt(i + 1) != '+') {
        return false;
      }
      List<String[]> keys = new ArrayList<>();
      int j = i + 2;
      while (true) {
        char q = j < n ? input.charAt(j) : 0;
        String[] key;
        if (q == '"' || q == '\'') {
          StringBuilder label = new StringBuilder();
          int k = j + 1;
          for (; k < n && input.charAt(k) != q && input.charAt(k) != '\n'; k++) {
            char x = input.charAt(k);
            if (x == '\\' && k + 1 < n && input.charAt(k + 1) != '\n') {
              x = input.charAt(++k);
            }
            label.append(x);
          }
          if (k >= n || input.charAt(k) != q || label.toString().isBlank()) {
            return false;
          }
          key = new String[] {null, label.toString().strip()};
          j = k + 1;
        } else {
          int k = j;
          while (k < n && k - j <= MAX_NAME && (Character.isLetterOrDigit(input.charAt(k)) || input.charAt(k) == '_' || input.charAt(k) == '-')) {
            k++;
          }
          if (k == j || k - j > MAX_NAME) {
            return false;
          }
          String[] known = KeyNames.find(input.subSequence(j, k).toString());
          if (known == null) {
            return false;
          }
          key = known;
          j = k;
        }
        keys.add(key);
        if (j + 1 < n && input.charAt(j) == '+' && input.charAt(j + 1) == '+') {
          p.flushTextNode();
          p.getBlock().appendChild(new Keys(input.subSequence(i, j + 2), keys));
          p.setIndex(j + 2);
          return true;
        }
        if (j < n && input.charAt(j) == '+') {
          j++;
        } else {
          return false;
        }
      }
    }

    /** {@code :name:} with a name of GitHub's emoji, or of an icon of MkDocs Material's sets. */
    private static boolean emoji(LightInlineParser p, BasedSequence input, int i) {
      int n = input.length();
      int j = i + 1;
      while (j < n && j - i <= MAX_NAME && nameChar(input.charAt(j))) {
        j++;
      }
      if (j == i + 1 || j >= n || input.charAt(j) != ':') {
        return false;
      }
      String name = input.subSequence(i + 1, j).toString();
      Node node;
      if (name.startsWith("material-") || name.startsWith("octicons-")) {
        String[] icon = IconNames.find(name);
        node = icon == null ? null : new Icon(input.subSequence(i, j + 1), icon[0], icon[1]);
      } else {
        String emoji = EmojiNames.find(name);
        node = emoji == null ? null : new Replaced(input.subSequence(i, j + 1), emoji, emoji);
      }
      if (node == null) {
        return false;
      }
      p.flushTextNode();
      p.getBlock().appendChild(node);
      p.setIndex(j + 1);
      return true;
    }
  }

  /** The HTML of a shortcode's name ({@code smile}, {@code material-check}) outside a parse: an emoji or an icon, or null. */
  static String shortcode(String name) {
    if (name.startsWith("material-") || name.startsWith("octicons-")) {
      String[] icon = IconNames.find(name);
      return icon == null ? null : new Icon(BasedSequence.NULL, icon[0], icon[1]).html();
    }
    for (int i = 0; i < name.length(); i++) {
      if (!nameChar(name.charAt(i))) {
        return null;
      }
    }
    return name.isEmpty() ? null : EmojiNames.find(name);
  }

  /** Whether a character may stand in an emoji's or icon's name. */
  private static boolean nameChar(char x) {
    return x >= 'a' && x <= 'z' || x >= '0' && x <= '9' || x == '_' || x == '+' || x == '-';
  }

  /** Tab-separated lines of a resource next to this class, without comment lines. */
  private static List<String[]> table(String name) {
    try (InputStream in = MaterialInline.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The key map ({@code keys.tsv}): a name or another name for it, to its class name and label.
   * Names are read in any case ({@code ++Ctrl+C++}), where pymdownx takes lower case only.
   */
  static final class KeyNames {
    private KeyNames() {}

    private static final Map<String, String[]> MAP = load();

    private static Map<String, String[]> load() {
      Map<String, String[]> map = new HashMap<>();
      for (String[] row : table("keys.tsv")) {
        String[] key = {row[0], row[1]};
        map.put(row[0], key);
        if (row.length > 2 && !row[2].isBlank()) {
          for (String alias : row[2].strip().split(" +")) {
            map.put(alias, key);
          }
        }
      }
      return Map.copyOf(map);
    }

    /** The class name and label of a key, or null when the name is not known. */
    static String[] find(String name) {
      return MAP.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * MkDocs Material's icons of the Material Design and Octicons sets, in files by set and first
   * letter ({@code icons/material-c.tsv}), each read when a page first names an icon of it.
   */
  static final class IconNames {
    private IconNames() {}

    private static final java.util.concurrent.ConcurrentHashMap<String, Map<String, String[]>> PARTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The view box size ({@code "24 24"}) and paths of an icon, or null. */
    static String[] find(String name) {
      int dash = name.indexOf('-');
      if (dash < 0 || dash + 1 >= name.length()) {
        return null;
      }
      char first = name.charAt(dash + 1);
      if (!(first >= 'a' && first <= 'z' || first >= '0' && first <= '9')) {
        return null;
      }
      return PARTS.computeIfAbsent(name.substring(0, dash + 2), IconNames::load).get(name);
    }

    private static Map<String, String[]> load(String part) {
      if (MaterialInline.class.getResource("icons/" + part + ".tsv") == null) {
        return Map.of();
      }
      Map<String, String[]> map = new HashMap<>();
      for (String[] row : table("icons/" + part + ".tsv")) {
        map.put(row[0], new String[] {row[1], row[2]});
      }
      return Map.copyOf(map);
    }
  }

  /**
   * GitHub's emoji names ({@code emoji.tsv}, from the gemoji package), then MkDocs Material's
   * others ({@code emoji-joypixels.tsv}: pymdownx.emoji's Twemoji index names them as JoyPixels
   * does, {@code :man_raising_hand:}), read when a name is not GitHub's.
   */
  static final class EmojiNames {
    private EmojiNames() {}

    private static final Map<String, String> MAP = load("emoji.tsv");

    private static Map<String, String> load(String file) {
      Map<String, String> map = new HashMap<>();
      for (String[] row : table(file)) {
        map.put(row[0], row[1]);
      }
      return Map.copyOf(map);
    }

    /** The names that are not GitHub's, loaded on first use. */
    private static final class Others {
      static final Map<String, String> MAP = load("emoji-joypixels.tsv");
    }

    /** The emoji of a name, or null. */
    static String find(String name) {
      String emoji = MAP.get(name);
      return emoji != null ? emoji : Others.MAP.get(name);
    }
  }
}
