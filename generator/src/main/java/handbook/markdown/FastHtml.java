package handbook.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Set;

/**
 * The HTML flexmark's renderer writes (with our handlers, options and pass-through formatting)
 * for the Markdown most pages are made of, written straight to a string: flexmark's writer
 * handles output a character at a time and sets up its renderers for every document. A
 * document with a node it does not know ({@link #handles}) is left to flexmark. Tests render
 * the CommonMark spec, the golden files, the corpora, random documents and every fuzz input both
 * ways and compare them.
 */
final class FastHtml {
  /** What the engine decides while a document is written. */
  interface Context {
    /** A heading's id, or null for none. */
    String headingId(Node heading);

    /** How many levels headings go down ({@link RenderOptions#headingShift}). */
    int headingShift();

    /** The label of a heading's anchor link. */
    String anchorLabel();

    /** The href of a link's target as written (unescaped): resolved, or a slot. */
    String href(String url);

    /** What a directive block becomes, or null when it is a code block. */
    String directive(FencedCodeBlock block);

    /** The title of an admonition or callout that has none, by its UI string key. */
    String defaultTitle(String key);

    /** Raw HTML with its addresses resolved (or slots) and disallowed tags escaped. */
    String rawHtml(String html);

    /** The ids its raw HTML headings without one get, in order, or null. */
    java.util.List<String> rawHeadingIds(Node block);
  }

  private static final Set<Class<?>> NODES = union(
      MaterialInline.NODES,
      Set.of(
          Document.class, Paragraph.class, Heading.class, BlockQuote.class, BulletList.class, OrderedList.class,
          BulletListItem.class, OrderedListItem.class, FencedCodeBlock.class, IndentedCodeBlock.class, ThematicBreak.class,
          Text.class, Code.class, Emphasis.class, StrongEmphasis.class, SoftLineBreak.class, HardLineBreak.class, Link.class,
          AutoLink.class, HtmlEntity.class, Reference.class, CommonMark031.Literal.class, TableBlock.class, TableHead.class,
          TableSeparator.class, TableBody.class, TableRow.class, TableCell.class, TableCaption.class, TextBase.class, LinkRef.class,
          Image.class, MailLink.class, Strikethrough.class, AdmonitionBlock.class, Callout.class, Tabs.TabSet.class, Tabs.Tab.class));

  private static Set<Class<?>> union(Set<Class<?>> a, Set<Class<?>> b) {
    Set<Class<?>> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Raw HTML, written as it is only where it is trusted. */
  private static final Set<Class<?>> RAW = Set.of(HtmlBlock.class, HtmlInline.class, HtmlCommentBlock.class, HtmlInlineComment.class);

  private final StringBuilder out;
  private final Context ctx;
  private final ListOptions lists;
  private final DataHolder options;
  private final boolean unescapeEntities;
  private final String softBreak;
  private final String hardBreak;
  private final String wwwPrefix;
  private final String languagePrefix;
  private final Map<String, String> languageClasses;
  private final String languageDelimiters;
  private final java.util.regex.Pattern suppressedLinks;
  private final boolean manualStart;
  /** The attribute lists of the document's links and images ({@link AttrLists}). */
  private Map<Node, java.util.List<AttrLists.Attr>> attrLists = Map.of();

  /** The document's annotated blocks ({@link Annotations}). */
  private Annotations.Read annotations = Annotations.Read.NONE;
  /** The languages of code spans that name one ({@link InlineHilite}). */
  private Map<Node, String> languages = Map.of();

  /** flexmark's options this writer follows, read once per engine (documents set none of them). */
  record Settings(
      ListOptions lists,
      boolean unescapeEntities,
      String softBreak,
      String hardBreak,
      String wwwPrefix,
      String languagePrefix,
      Map<String, String> languageClasses,
      String languageDelimiters,
      java.util.regex.Pattern suppressedLinks) {
    /** These settings, a {@code www.} autolink's address starting with {@code prefix}. */
    Settings withWwwPrefix(String prefix) {
      return new Settings(lists, unescapeEntities, softBreak, hardBreak, prefix, languagePrefix, languageClasses, languageDelimiters, suppressedLinks);
    }

    static Settings of(DataHolder options) {
      String suppressed = HtmlRenderer.SUPPRESSED_LINKS.get(options);
      return new Settings(
          ListOptions.get(options),
          HtmlRenderer.UNESCAPE_HTML_ENTITIES.get(options),
          HtmlRenderer.SOFT_BREAK.get(options),
          HtmlRenderer.HARD_BREAK.get(options),
          HtmlRenderer.AUTOLINK_WWW_PREFIX.get(options),
          HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX.get(options),
          HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_MAP.get(options),
          HtmlRenderer.FENCED_CODE_LANGUAGE_DELIMITERS.get(options),
          suppressed == null || suppressed.isEmpty() ? null : java.util.regex.Pattern.compile(suppressed));
    }
  }

  private FastHtml(DataHolder options, Settings settings, Context ctx, int capacity) {
    this.out = new StringBuilder(capacity);
    this.ctx = ctx;
    this.options = options;
    this.lists = settings.lists();
    this.unescapeEntities = settings.unescapeEntities();
    this.softBreak = settings.softBreak();
    this.hardBreak = settings.hardBreak();
    this.wwwPrefix = settings.wwwPrefix();
    this.languagePrefix = settings.languagePrefix();
    this.languageClasses = settings.languageClasses();
    this.languageDelimiters = settings.languageDelimiters();
    this.suppressedLinks = settings.suppressedLinks();
    this.manualStart = lists.isOrderedListManualStart();
  }

  /** Whether every node under {@code node} is one this writer knows; raw HTML only when {@code trusted}. */
  static boolean handles(Node node, boolean trusted) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      boolean raw = RAW.contains(n.getClass());
      if (!NODES.contains(n.getClass()) && !(raw && trusted) || n.hasChildren() && !handles(n, trusted)) {
        return false;
      }
    }
    return true;
  }

  /** The document's HTML, as flexmark writes it. */
  static String render(Document doc, DataHolder options, Settings settings, Context ctx, int capacity) {
    FastHtml w = new FastHtml(options, settings, ctx, capacity);
    w.attrLists = AttrLists.KEY.get(doc);
    w.annotations = Annotations.KEY.get(doc);
    w.languages = InlineHilite.KEY.get(doc);
    w.children(doc);
    // flexmark's writer ends its output with a line end (a comment that ends a body has none)
    w.line();
    return w.out.toString();
  }

  /** Ends the line being written, if it has anything. */
  private void line() {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }

  private void children(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      node(n);
    }
  }

  private void node(Node n) {
    if (n instanceof Text t) {
      text(t);
    } else if (n instanceof Paragraph p) {
      paragraph(p);
    } else if (n instanceof SoftLineBreak) {
      out.append(softBreak);
    } else if (n instanceof Code c) {
      code(c);
    } else if (n instanceof Link l) {
      link(l);
    } else if (n instanceof StrongEmphasis) {
      wrapped("strong", n);
    } else if (n instanceof Emphasis) {
      wrapped("em", n);
    } else if (n instanceof Heading h) {
      heading(h);
    } else if (n instanceof BulletListItem || n instanceof OrderedListItem) {
      item((ListItem) n);
    } else if (n instanceof BulletList) {
      line();
      out.append("<ul");
      blockAttrs(out, AttrLists.of(attrLists, n), null, false);
      out.append('>');
      children(n);
      out.append("</ul>");
      line();
    } else if (n instanceof OrderedList o) {
      line();
      int start = o.getStartNumber();
      AttrLists.Attr notes = Annotations.attribute(annotations, o);
      out.append(manualStart && start != 1 ? "<ol start=\"" + start + "\"" : "<ol");
      blockAttrs(out, AttrLists.of(attrLists, n), notes == null ? null : "annotations", false);
      out.append('>');
      children(n);
      out.append("</ol>");
      line();
    } else if (n instanceof FencedCodeBlock f) {
      fenced(f);
    } else if (n instanceof IndentedCodeBlock c) {
      line();
      java.util.List<AttrLists.Attr> attrs = AttrLists.of(attrLists, n);
      out.append("<pre tabindex=\"0\"");
      blockAttrs(out, attrs, null, true);
      String language = AttrLists.language(attrs);
      out.append(language == null ? "><code>" : "><code class=\"" + handbook.render.Html.escape(language) + "\">");
      escaped(Sequences.contentChars(c).trimTailBlankLines().normalizeEndWithEOL());
      out.append("</code></pre>");
      line();
    } else if (n instanceof BlockQuote) {
      line();
      out.append("<blockquote");
      blockAttrs(out, AttrLists.of(attrLists, n), null, false);
      out.append('>');
      children(n);
      line();
      out.append("</blockquote>");
      line();
    } else if (n instanceof ThematicBreak) {
      line();
      out.append("<hr");
      blockAttrs(out, AttrLists.of(attrLists, n), null, false);
      out.append(" />");
      line();
    } else if (n instanceof HardLineBreak) {
      out.append(hardBreak);
    } else if (n instanceof HtmlEntity e) {
      if (unescapeEntities) {
        escaped(Sequences.unescaped(e.getChars()));
      } else {
        out.append(e.getChars().unescapeNoEntities());
      }
    } else if (n instanceof AutoLink a) {
      String text = a.getText().toString();
      if (suppressed(a.getUrl())) {
        escaped(text);
        return;
      }
      String url = text.isEmpty() ? text : ctx.href(text);
      out.append("<a href=\"");
      attribute(url.startsWith("www.") ? wwwPrefix + url : url);
      out.append("\">");
      escaped(text);
      out.append("</a>");
    } else if (n instanceof CommonMark031.Literal) {
      escaped(n.getChars());
    } else if (n instanceof TableBlock) {
      line();
      out.append("<table");
      blockAttrs(out, AttrLists.of(attrLists, n), "table", false);
      out.append('>');
      children(n);
      line();
      out.append("</table>");
      line();
    } else if (n instanceof TableRow) {
      block("tr", n);
    } else if (n instanceof TableCell c) {
      cell(c);
    } else if (n instanceof TableHead) {
      block("thead", n);
    } else if (n instanceof TableBody) {
      block("tbody", n);
    } else if (n instanceof TableCaption) {
      block("caption", n);
    } else if (n instanceof LinkRef r) {
      linkRef(r);
    } else if (n instanceof HtmlInline || n instanceof HtmlInlineComment) {
      out.append(n instanceof HtmlInline ? ctx.rawHtml(n.getChars().normalizeEOL()) : n.getChars().normalizeEOL());
    } else if (n instanceof HtmlBlock b) {
      line();
      String raw = Sequences.contentChars(b).normalizeEOL();
      java.util.List<String> headingIds = ctx.rawHeadingIds(b);
      out.append(ctx.rawHtml(headingIds == null ? raw : RawHtml.withIds(raw, headingIds)));
      line();
    } else if (n instanceof HtmlCommentBlock) {
      out.append(n.getChars().normalizeEOL());
    } else if (n instanceof TextBase) {
      children(n);
    } else if (n instanceof Image i) {
      image(i);
    } else if (n instanceof MailLink m) {
      String text = Sequences.unescaped(m.getText());
      out.append("<a href=\"");
      attribute("mailto:" + (text.isEmpty() ? text : ctx.href(text)));
      out.append("\">");
      escaped(text);
      out.append("</a>");
    } else if (n instanceof Strikethrough) {
      wrapped("del", n);
    } else if (n instanceof MaterialInline.Span s) {
      wrapped(s.tag(), n);
    } else if (n instanceof MaterialInline.Icon i) {
      out.append(i.html(AttrLists.of(attrLists, n)));
    } else if (n instanceof MaterialInline.Drawn d) {
      out.append(d.html());
    } else if (n instanceof MaterialInline.FormulaBlock m) {
      line();
      out.append(m.html());
      line();
    } else if (n instanceof AdmonitionBlock a) {
      admonition(a);
    } else if (n instanceof Tabs.TabSet set) {
      out.append(Tabs.open(set));
      line();
      children(n);
      out.append(Tabs.CLOSE);
      line();
    } else if (n instanceof Tabs.Tab tab) {
      out.append(Tabs.openBlock(tab));
      line();
      children(n);
      out.append(Tabs.CLOSE_BLOCK);
      line();
    } else if (n instanceof Callout c && c.collapsible) {
      out.append("<details class=\"admonition ").append(c.cls).append('"').append(c.open ? " open" : "").append('>');
      out.append("<summary class=\"admonition-title\">");
      escaped(c.title == null ? ctx.defaultTitle(c.titleKey) : c.title);
      out.append("</summary>");
      line();
      children(n);
      out.append("</details>");
      line();
    } else if (n instanceof Callout c) {
      out.append("<div class=\"admonition ").append(c.cls).append("\" role=\"note\">");
      out.append("<p class=\"admonition-title\">");
      escaped(c.title == null ? ctx.defaultTitle(c.titleKey) : c.title);
      out.append("</p>");
      line();
      children(n);
      out.append("</div>");
      line();
    } else if (!(n instanceof TableSeparator || n instanceof Reference || n instanceof Document)) {
      throw new IllegalStateException("not written here: " + n.getClass().getName());
    }
  }

  /** A tag around the children, on the line as it goes. */
  private void wrapped(String tag, Node n) {
    out.append('<').append(tag).append('>');
    children(n);
    out.append("</").append(tag).append('>');
  }

  /** A tag on lines of its own around its children ({@code tagLine}). */
  private void block(String tag, Node n) {
    line();
    wrapped(tag, n);
    line();
  }

  private void text(Text node) {
    BasedSequence chars = node.getChars();
    if (node.getPrevious() instanceof HardLineBreak || node.getPrevious() instanceof SoftLineBreak) {
      chars = chars.trimStart(com.vladsch.flexmark.util.misc.CharPredicate.SPACE_TAB); // the next line's indent is not content
    }
    if (chars instanceof com.vladsch.flexmark.util.sequence.SubSequence && chars.getBase() instanceof String base) {
      String s = base.substring(chars.getStartOffset(), chars.getEndOffset());
      if (plain(s)) {
        out.append(s);
        return;
      }
    }
    escaped(Escaping.normalizeEOL(Sequences.unescaped(chars)));
  }

  /** Nothing to unescape or escape, no line end to normalize. */
  static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private void paragraph(Paragraph node) {
    if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
      return;
    }
    if (node.getParent() instanceof ParagraphItemContainer c && c.isParagraphWrappingDisabled(node, lists, options)) {
      children(node);
      return;
    }
    line();
    out.append("<p");
    attrList(node);
    out.append('>');
    children(node);
    out.append("</p>");
    line();
  }

  private void heading(Heading node) {
    String id = ctx.headingId(node);
    String tag = "h" + Math.min(6, node.getLevel() + ctx.headingShift());
    if (id == null) {
      out.append('<').append(tag);
      attrList(node, false);
      out.append('>');
      children(node);
      out.append("</").append(tag).append('>');
      line();
      return;
    }
    out.append('<').append(tag).append(" id=\"");
    attribute(id);
    out.append('"');
    // its list's id is the one it has (with the page's prefix)
    attrList(node, false);
    out.append('>');
    children(node);
    out.append(" <a class=\"heading-anchor\" href=\"#")
        .append(handbook.render.Html.escape(id))
        .append("\" aria-label=\"")
        .append(handbook.render.Html.escape(ctx.anchorLabel()))
        .append("\">#</a>");
    out.append("</").append(tag).append('>');
    line();
  }

  private void item(ListItem node) {
    line();
    AttrLists.Attr note = Annotations.attribute(annotations, node);
    if (note == null) {
      out.append("<li>");
    } else {
      out.append("<li id=\"");
      escape(out, note.value(), true);
      out.append("\">");
    }
    escaped(Sequences.unescaped(node.getMarkerSuffix()));
    children(node);
    out.append("</li>");
    line();
  }

  private void code(Code node) {
    String text = Sequences.text(node.getText()).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    if (text.length() >= 2 && text.charAt(0) == ' ' && text.charAt(text.length() - 1) == ' ' && !text.chars().allMatch(c -> c == ' ')) {
      text = text.substring(1, text.length() - 1);
    }
    String language = languages.get(node);
    if (language == null) {
      out.append("<code>");
    } else {
      out.append("<code class=\"");
      escape(out, codeClass(language, languagePrefix, languageClasses), true);
      out.append("\">");
    }
    if (plain(text)) {
      out.append(text);
    } else {
      escaped(text);
    }
    out.append("</code>");
  }

  private void link(Link node) {
    if (suppressed(node.getUrl())) {
      children(node);
      return;
    }
    anchor(node.getUrl(), node.getTitle(), node);
  }

  /** Whether flexmark writes no link for this address ({@code javascript:} ones): its text only, or no image. */
  private boolean suppressed(CharSequence url) {
    return suppressedLinks != null && suppressedLinks.matcher(url).matches();
  }

  /** A link to {@code url} (as written) around the children of {@code node}. */
  private void anchor(BasedSequence url, BasedSequence title, Node node) {
    String target = Sequences.unescaped(url);
    out.append("<a href=\"");
    attribute(target.isEmpty() ? target : ctx.href(target));
    out.append('"');
    if (title.isNotNull()) {
      out.append(" title=\"");
      attribute(Sequences.unescaped(title));
      out.append('"');
    }
    attrList(node);
    out.append('>');
    children(node);
    out.append("</a>");
  }

  private void linkRef(LinkRef node) {
    Reference reference = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
    if (reference == null) {
      // an undefined reference is its text (flexmark asks its resolvers, ours know none)
      if (!node.hasChildren()) {
        escaped(Sequences.unescaped(node.getChars()));
      } else {
        escaped(Sequences.unescaped(node.getChars().prefixOf(node.getChildChars())));
        children(node);
        escaped(Sequences.unescaped(node.getChars().suffixOf(node.getChildChars())));
      }
      return;
    }
    if (suppressed(Sequences.unescaped(reference.getUrl()))) {
      children(node);
      return;
    }
    anchor(reference.getUrl(), reference.getTitle(), node);
  }

  private void image(Image node) {
    if (suppressed(node.getUrl())) {
      return;
    }
    String alt = new TextCollectingVisitor().collectAndGetText(node);
    String url = Sequences.unescaped(node.getUrl());
    url = url.isEmpty() ? url : ctx.href(url);
    if (!node.getUrlContent().isEmpty()) {
      url += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=").replace("%26", "&amp;");
    }
    out.append("<img src=\"");
    attribute(url);
    out.append("\" alt=\"");
    attribute(alt);
    out.append('"');
    if (node.getTitle().isNotNull()) {
      out.append(" title=\"");
      attribute(Sequences.unescaped(node.getTitle()));
      out.append('"');
    }
    attrList(node);
    out.append(" />");
  }

  /** The attributes of the list after a link or an image, if it has one. */
  private void attrList(Node node) {
    attrList(node, true);
  }

  /** The attributes of a node's list ({@code withId}: its id too). */
  private void attrList(Node node, boolean withId) {
    java.util.List<AttrLists.Attr> attrs = AttrLists.of(attrLists, node);
    if (attrs != null) {
      for (AttrLists.Attr a : attrs) {
        if (!withId && a.name().equals("id")) {
          continue;
        }
        out.append(' ').append(a.name()).append("=\"");
        attribute(a.value());
        out.append('"');
      }
    }
  }

  /**
   * The attributes of a block's list ({@code attrs}, or null): its id, its classes after the
   * block's own ({@code own}, or null; then written first, as flexmark writes a class set before
   * its attributes), the others allowed; a code block's ({@code code}) without its language's
   * class ({@link AttrLists#language}), which is the code's.
   */
  static void blockAttrs(StringBuilder out, java.util.List<AttrLists.Attr> attrs, String own, boolean code) {
    String classes = own;
    String id = null;
    if (attrs != null) {
      for (AttrLists.Attr a : attrs) {
        if (a.name().equals("class")) {
          for (String c : (code ? AttrLists.withoutLanguage(a.value()) : a.value()).split(" ")) {
            // (each once, the block's own among them: kramdown's .table on a table)
            if (!c.isEmpty() && (classes == null || !(" " + classes + " ").contains(" " + c + " "))) {
              classes = classes == null ? c : classes + " " + c;
            }
          }
        } else if (a.name().equals("id")) {
          id = a.value();
        }
      }
    }
    if (own == null && id != null) {
      attr(out, "id", id);
    }
    if (classes != null) {
      attr(out, "class", classes);
    }
    if (own != null && id != null) {
      attr(out, "id", id);
    }
    if (attrs != null) {
      for (AttrLists.Attr a : attrs) {
        if (!a.name().equals("class") && !a.name().equals("id")) {
          attr(out, a.name(), a.value());
        }
      }
    }
  }

  private static void attr(StringBuilder out, String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(out, value, true);
    out.append('"');
  }

  private void admonition(AdmonitionBlock node) {
    String type = AdmonitionStart.type(node.getInfo()).toLowerCase(java.util.Locale.ROOT);
    String classes = Admonitions.extra(node.getInfo());
    String cls = Admonitions.cls(type);
    String title = node.getTitle().toString();
    if (node.getTitleChars().isNull() || title.isEmpty() && node.getTitleOpeningMarker().isNull()) {
      title = ctx.defaultTitle("admonition." + type);
    }
    String marker = node.getOpeningMarker().toString();
    if (marker.startsWith("???")) {
      out.append("<details class=\"admonition ").append(cls).append(classes).append('"').append(marker.endsWith("+") ? " open" : "").append('>');
      out.append("<summary class=\"admonition-title\">");
      escaped(title);
      out.append("</summary>");
      line();
      children(node);
      out.append("</details>");
      line();
    } else {
      out.append("<div class=\"admonition ").append(cls).append(classes).append("\" role=\"note\">");
      if (!title.isEmpty()) {
        out.append("<p class=\"admonition-title\">");
        escaped(title);
        out.append("</p>");
        line();
      }
      children(node);
      out.append("</div>");
      line();
    }
  }

  private void fenced(FencedCodeBlock node) {
    String directive = ctx.directive(node);
    if (directive != null) {
      line();
      out.append(directive);
      line();
      return;
    }
    line();
    Annotations.Code notes = annotations.code().get(node);
    codeBlock(out, node, languagePrefix, languageClasses, languageDelimiters, notes, notes == null ? null : ctx.defaultTitle("annotation.label"), AttrLists.of(attrLists, node));
    line();
  }

  /** A code block as flexmark writes it, with the line numbers and highlighted lines its info string asks for ({@link CodeLines}). */
  static void codeBlock(StringBuilder out, FencedCodeBlock node, Settings settings) {
    codeBlock(out, node, settings, null, null, null);
  }

  /** A code block, its annotations' markers ({@link Annotations}) in a column beside it where {@code notes} is not null. */
  static void codeBlock(StringBuilder out, FencedCodeBlock node, Settings settings, Annotations.Code notes, String label, java.util.List<AttrLists.Attr> attrs) {
    codeBlock(out, node, settings.languagePrefix(), settings.languageClasses(), settings.languageDelimiters(), notes, label, attrs);
  }

  /** A code block, with the attributes of its list ({@code attrs}, or null; a class {@code language-x} the code's language where its info string names none). */
  private static void codeBlock(
      StringBuilder out,
      FencedCodeBlock node,
      String languagePrefix,
      Map<String, String> languageClasses,
      String languageDelimiters,
      Annotations.Code notes,
      String label,
      java.util.List<AttrLists.Attr> attrs) {
    String title = codeTitle(node.getInfo());
    CodeLines lines = CodeLines.of(node.getInfo());
    String code = Sequences.contentChars(node).normalizeEOL();
    CodeLines.Magic magic = CodeLines.magic(code);
    if (magic != null) {
      code = magic.code();
      lines = CodeLines.with(lines, magic.marked());
    }
    Annotations.Stripped marked = notes == null ? null : Annotations.strip(code, notes.notes(), notes.base(), label);
    if (marked != null) {
      code = marked.code();
    }
    out.append("<pre tabindex=\"0\"");
    if (title != null) {
      out.append(" data-title=\"");
      escape(out, title, true);
      out.append('"');
    }
    String preClass = lines != null || marked != null ? (lines == null ? "code-annotated" : lines.preClass() + (marked == null ? "" : " code-annotated")) : null;
    blockAttrs(out, attrs, preClass, true);
    out.append('>');
    if (lines != null) {
      out.append(lines.gutter(code));
    }
    BasedSequence info = node.getInfo();
    String language = null;
    if (attributeStyle(info)) {
      Matcher m = BRACE_LANGUAGE.matcher(info);
      language = m.lookingAt() ? m.group(1) : null;
    } else if (info.isNotNull() && !info.isBlank()) {
      language = Sequences.unescaped(node.getInfoDelimitedByAny(com.vladsch.flexmark.util.misc.CharPredicate.anyOf(languageDelimiters)));
      if (language.indexOf('=') >= 0) {
        language = null; // an option first (``` title="x"): no language
      }
    }
    String listed = language == null ? AttrLists.language(attrs) : null;
    if (language != null || listed != null) {
      out.append("<code class=\"");
      escape(out, language != null ? codeClass(language, languagePrefix, languageClasses) : listed, true);
      out.append("\">");
    } else {
      out.append("<code>");
    }
    escape(out, code, false);
    out.append("</code>");
    if (marked != null) {
      out.append(Annotations.column(marked.lines()));
    }
    out.append("</pre>");
  }

  /** The class of code in a language, as flexmark names it for a code block. */
  static String codeClass(String language, String languagePrefix, Map<String, String> languageClasses) {
    return languageClasses.getOrDefault(language, languagePrefix + language);
  }

  private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("(?:^|[\\s{])title=(?:\"([^\"]*)\"|'([^']*)')");

  /**
   * The title of a code block, as MkDocs Material's code blocks give it in their info string
   * ({@code py title="bubble_sort.py"}, also in braces), or null.
   */
  static String codeTitle(BasedSequence info) {
    if (info.isNull() || info.indexOf("title=") < 0) {
      return null;
    }
    java.util.regex.Matcher m = TITLE.matcher(info.toString());
    if (!m.find()) {
      return null;
    }
    String title = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
    return title.isEmpty() ? null : title;
  }

  private void cell(TableCell node) {
    String tag = node.isHeader() ? "th" : "td";
    out.append('<').append(tag);
    if (node.getAlignment() != null) {
      out.append(" align=\"").append(node.getAlignment().name().toLowerCase(java.util.Locale.ROOT)).append('"');
    }
    out.append('>');
    children(node);
    out.append("</").append(tag).append('>');
  }

  private static final java.util.regex.Pattern BRACE_LANGUAGE = java.util.regex.Pattern.compile("\\{\\s*\\.([\\w+#-]+)");

  /**
   * Whether a code block's info string is in the attribute style of MkDocs Material
   * ({@code { .py title="a.py" }}), whose language is its first class: flexmark would take the
   * brace for the language, so such blocks are written here by both writers.
   */
  static boolean attributeStyle(BasedSequence info) {
    return info.isNotNull() && !info.isEmpty() && info.charAt(0) == '{';
  }

  /** Text ({@code attr} false) or an attribute value as flexmark's writer writes it. */
  static void escape(StringBuilder out, CharSequence s, boolean attr) {
    if (!needsEscape(s)) {
      out.append(s);
    } else if (attr) {
      out.append(Escaping.escapeHtml(s, true));
    } else {
      escapeText(out, s);
    }
  }

  /** Text as flexmark's {@code html.text} writes it. */
  private void escaped(CharSequence s) {
    escape(out, s, false);
  }

  /**
   * What flexmark's {@code Escaping.escapeHtml(s, false)} appends (each of {@code & < > "} as its
   * entity), without its pattern.
   */
  static void escapeText(StringBuilder out, CharSequence s) {
    int from = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      String entity =
          switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (entity != null) {
        out.append(s, from, i).append(entity);
        from = i + 1;
      }
    }
    out.append(s, from, s.length());
  }

  /** An attribute value as flexmark's writer writes it. */
  private void attribute(CharSequence s) {
    if (needsEscape(s)) {
      out.append(Escaping.escapeHtml(s, true));
    } else {
      out.append(s);
    }
  }

  private static boolean needsEscape(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return true;
      }
    }
    return false;
  }
}
