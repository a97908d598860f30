package handbook.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.source.LineMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one Markdown configuration of a build. Extensions, in this order: GFM tables, task lists,
 * strikethrough, autolinks, footnotes, admonitions ({@code !!! note "Title"}, collapsible with
 * {@code ???}), Docusaurus admonitions ({@code :::note}), content tabs, abbreviations, definition
 * lists, MkDocs Material's inline syntax and emoji ({@link MaterialInline}); GitHub alerts ({@code > [!NOTE]}) are
 * read from block quotes after parsing. Heading ids, links, admonitions and directive blocks are
 * rendered by our own handlers. Parsing and rendering are thread-safe; build it once and share it.
 */
public final class MarkdownEngine {
  /**
   * The directive MkDocs Material's tags listing ({@code <!-- material/tags -->} on a line of its
   * own) is read as: its body holds the marker's options.
   */
  public static final String TAGS_LISTING = "material-tags";

  /**
   * The directive Docusaurus' {@code <DocCardList />} (on a line of its own, at the page's top
   * level) is read as: the cards of a folder page's pages, which its page draws.
   */
  public static final String DOC_CARDS = "doc-cards";

  /**
   * The directive GitBook's link to a page ({@code {% content-ref url="page.md" %}}) is read as: a
   * card with the page's title; its body's first line is the link.
   */
  public static final String PAGE_CARD = "page-card";

  /**
   * What one render of a document needs: heading ids, the hrefs and embeds when they are known
   * ({@code slots} null), or the tables being filled when the body is compiled with slots.
   */
  private record RenderState(
      Map<Node, String> headingIds,
      Map<Node, DirectiveCall> calls,
      RenderOptions options,
      Map<String, String> hrefs,
      Map<DirectiveCall, String> embeds,
      Slots slots) {}

  /** The link targets of a document and the slots its compiled HTML gets for them. */
  private static final class Slots {
    final Set<String> targets;
    final Map<String, Integer> index = new java.util.HashMap<>();
    final List<String> urls = new ArrayList<>();

    Slots(Set<String> targets) {
      this.targets = targets;
    }

    String slot(String url) {
      return slot(url, RenderedMarkdown.LINK);
    }

    /** A slot for an address in raw HTML, filled without percent-encoding. */
    String rawSlot(String url) {
      return slot(url, RenderedMarkdown.RAW);
    }

    private String slot(String url, char kind) {
      Integer i = index.computeIfAbsent(url, u -> {
        urls.add(u);
        return urls.size() - 1;
      });
      return "" + kind + i + RenderedMarkdown.END;
    }

    /** Plain text (nothing to escape) written by its slot, put in place after rendering. */
    final List<String> texts = new ArrayList<>();

    /**
     * A slot for plain text: flexmark's writer handles text a character at a time, a slot is a
     * few characters; {@link #withTexts} puts the text in its place.
     */
    String text(String plain) {
      texts.add(plain);
      return "" + RenderedMarkdown.TEXT + (texts.size() - 1) + RenderedMarkdown.END;
    }

    /** The rendered HTML with every text slot replaced by its text. */
    String withTexts(String html) {
      if (texts.isEmpty()) {
        return html;
      }
      StringBuilder b = new StringBuilder(html.length() + texts.stream().mapToInt(String::length).sum());
      int from = 0;
      for (int i = html.indexOf(RenderedMarkdown.TEXT); i >= 0; i = html.indexOf(RenderedMarkdown.TEXT, from)) {
        int end = html.indexOf(RenderedMarkdown.END, i);
        b.append(html, from, i).append(texts.get(Integer.parseInt(html, i + 1, end, 10)));
        from = end + 1;
      }
      return b.append(html, from, html.length()).toString();
    }
  }

  private static final DataKey<RenderState> STATE =
      new DataKey<>("HANDBOOK_RENDER_STATE", new RenderState(Map.of(), Map.of(), RenderOptions.DEFAULT, Map.of(), Map.of(), null));
  static final DataKey<Map<Node, String>> IDS = new DataKey<>("HANDBOOK_HEADING_IDS", Map.of());
  /** The ids given the raw HTML headings of a block ({@link RenderOptions.Extension#RAW_HEADING_IDS}), by block. */
  static final DataKey<Map<Node, List<String>>> RAW_IDS = new DataKey<>("HANDBOOK_RAW_HEADING_IDS", Map.of());
  static final DataKey<Map<Node, DirectiveCall>> CALLS = new DataKey<>("HANDBOOK_DIRECTIVE_CALLS", Map.of());
  private static final DataKey<RenderOptions> OPTIONS = new DataKey<>("HANDBOOK_RENDER_OPTIONS", RenderOptions.DEFAULT);

  private final Parser parser;
  /** The options {@link #parser} was made with, for {@link #blockStartTables}. */
  private final com.vladsch.flexmark.util.data.DataHolder parserOptions;
  /**
   * The parsers of bodies whose tables start only where a paragraph would: the table's rows
   * ending at a line without a pipe (kramdown's), or at a blank line (Python-Markdown's: true);
   * each made when first needed.
   */
  private final java.util.concurrent.ConcurrentMap<Boolean, Parser> blockStartTables = new java.util.concurrent.ConcurrentHashMap<>();
  private final FastBlocks blocks;
  private final FastHtml.Settings htmlSettings;
  /** {@link #htmlSettings} of a page whose {@code www.} autolinks are https ({@link RenderOptions.Extension#WWW_HTTPS}). */
  private final FastHtml.Settings httpsSettings;
  private final HtmlRenderer renderer;
  private final Set<String> directiveNames;
  private final Map<String, String> strings;
  private final String environment;
  /** The caption types of pymdownx.blocks.caption, each with its numbered prefix (in the site's language). */
  private final Map<String, String> captions;
  private final boolean untrusted;
  private final boolean fastHtml;

  /**
   * @param directiveNames fenced-block languages that are directives, not code
   * @param strings UI strings: {@code anchor.label}, {@code task.done}, {@code task.todo}, and
   *     {@code admonition.<type>} for the default admonition titles
   * @param untrusted true to escape raw HTML (for text from OpenAPI specs and the like)
   */
  public MarkdownEngine(Set<String> directiveNames, Map<String, String> strings, boolean untrusted) {
    this(directiveNames, strings, untrusted, true);
  }

  /** @param fastHtml false to leave all HTML to flexmark's renderer (to test {@link FastHtml} against) */
  MarkdownEngine(Set<String> directiveNames, Map<String, String> strings, boolean untrusted, boolean fastHtml) {
    this(directiveNames, strings, untrusted, fastHtml, fastHtml);
  }

  /** @param fastBlocks false to leave all block parsing to flexmark (to test {@link FastBlocks} against) */
  MarkdownEngine(Set<String> directiveNames, Map<String, String> strings, boolean untrusted, boolean fastHtml, boolean fastBlocks) {
    this.fastHtml = fastHtml;
    this.directiveNames = Set.copyOf(directiveNames);
    this.strings = Map.copyOf(strings);
    this.untrusted = untrusted;
    StringBuilder env = new StringBuilder("markdown-2|").append(untrusted).append('|');
    new java.util.TreeSet<>(directiveNames).forEach(d -> env.append(d).append(','));
    new java.util.TreeMap<>(strings).forEach((k, v) -> {
      if (k.startsWith("admonition.") || k.startsWith("task.") || k.startsWith("caption.") || k.equals("anchor.label") || k.equals("annotation.label")) {
        env.append(k).append('=').append(v).append(';');
      }
    });
    this.environment = env.toString();
    this.captions = Map.of("caption", "", "figure-caption", this.strings.getOrDefault("caption.figure", "Figure {}."), "table-caption", this.strings.getOrDefault("caption.table", "Table {}."));
    MutableDataSet opts = new MutableDataSet();
    CommonMark031 commonMark = new CommonMark031();
    opts.set(Parser.EXTENSIONS, extensions(commonMark, TableStarts.Reading.GFM));
    // our renderer draws admonitions without icons; an unset map makes flexmark read 12 SVG files per parse
    opts.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    opts.set(TablesExtension.COLUMN_SPANS, false);
    opts.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    opts.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    opts.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    // GFM, Goldmark and kramdown take a delimiter row of one dash a column (|-|-|); flexmark wants three
    opts.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    // one header row, as GFM has it: a delimiter row alone is no table (flexmark drew an empty one)
    opts.set(TablesExtension.MIN_HEADER_ROWS, 1);
    opts.set(TablesExtension.MAX_HEADER_ROWS, 1);
    opts.set(TablesExtension.CLASS_NAME, "table");
    opts.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    opts.set(HtmlRenderer.RENDER_HEADER_ID, false);
    opts.set(HtmlRenderer.SOFT_BREAK, "\n");
    // a code block's language ends at a space, and at a brace or a colon that follow it (VitePress' js{4}, ts:line-numbers)
    opts.set(HtmlRenderer.FENCED_CODE_LANGUAGE_DELIMITERS, " \t{:");
    // HTML is written as it comes: flexmark's line formatting looks at every character (about 9 %
    // of a build). What it did for us, dropping the indent of a line after a line break, the text
    // handler does; the one other change is a footnote's </li> on the line of its back link.
    opts.set(HtmlRenderer.FORMAT_FLAGS, com.vladsch.flexmark.util.sequence.LineAppendable.F_PASS_THROUGH);
    opts.set(
        TaskListExtension.ITEM_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" aria-label=\""
            + handbook.render.Html.escape(str("task.done"))
            + "\" /> ");
    opts.set(
        TaskListExtension.ITEM_NOT_DONE_MARKER,
        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" aria-label=\""
            + handbook.render.Html.escape(str("task.todo"))
            + "\" /> ");
    if (untrusted) {
      opts.set(HtmlRenderer.ESCAPE_HTML, true);
    }
    this.parser = Parser.builder(opts).build(); // CommonMark031 sets the linear inline parser
    parser.parse(""); // for the inline parser's set-up
    this.parserOptions = opts.toImmutable();
    this.blocks = fastBlocks ? new FastBlocks(parser.getOptions(), commonMark.inlines()) : null;
    this.renderer =
        HtmlRenderer.builder(opts)
            .nodeRendererFactory(Handlers::new)
            .attributeProviderFactory(
                new com.vladsch.flexmark.html.IndependentAttributeProviderFactory() {
                  @Override
                  public com.vladsch.flexmark.html.AttributeProvider apply(
                      com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
                    // a code block that scrolls sideways must be reachable by keyboard, also without JavaScript
                    return (node, part, attributes) -> {
                      if (part == com.vladsch.flexmark.html.renderer.AttributablePart.NODE
                          && (node instanceof FencedCodeBlock || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock)) {
                        attributes.replaceValue("tabindex", "0");
                        String title = node instanceof FencedCodeBlock f ? FastHtml.codeTitle(f.getInfo()) : null;
                        if (title != null) {
                          attributes.replaceValue("data-title", title);
                        }
                      }
                      if (node instanceof com.vladsch.flexmark.ast.OrderedList || node instanceof com.vladsch.flexmark.ast.ListItem) {
                        AttrLists.Attr a = Annotations.attribute(Annotations.KEY.get(context.getDocument()), node);
                        if (a != null) {
                          attributes.replaceValue(a.name(), a.value());
                        }
                      }
                      if (part == com.vladsch.flexmark.html.renderer.AttributablePart.NODE
                          && (node instanceof com.vladsch.flexmark.ext.tables.TableBlock || node instanceof com.vladsch.flexmark.ast.ListBlock || node instanceof com.vladsch.flexmark.ast.BlockQuote
                              || node instanceof com.vladsch.flexmark.ast.ThematicBreak || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock)) {
                        // kramdown's block lists (KramdownIals): the classes after the block's own; a code block's language the code's
                        List<AttrLists.Attr> list = AttrLists.of(AttrLists.KEY.get(context.getDocument()), node);
                        if (list != null) {
                          for (AttrLists.Attr a : list) {
                            if (a.name().equals("class")) {
                              String classes = node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock ? AttrLists.withoutLanguage(a.value()) : a.value();
                              for (String c : classes.split(" ")) {
                                // (each once, as the quick writer writes them: FastHtml.blockAttrs)
                                if (!c.isEmpty() && !(" " + attributes.getValue("class") + " ").contains(" " + c + " ")) {
                                  attributes.addValue("class", c);
                                }
                              }
                            } else {
                              attributes.replaceValue(a.name(), a.value());
                            }
                          }
                        }
                      }
                      if (part == com.vladsch.flexmark.html.renderer.CoreNodeRenderer.CODE_CONTENT && node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock) {
                        String language = AttrLists.language(AttrLists.of(AttrLists.KEY.get(context.getDocument()), node));
                        if (language != null) {
                          attributes.replaceValue("class", language);
                        }
                      }
                      if (part == com.vladsch.flexmark.html.renderer.AttributablePart.LINK
                          || part == com.vladsch.flexmark.html.renderer.AttributablePart.NODE
                              && (node instanceof com.vladsch.flexmark.ast.Paragraph || node instanceof com.vladsch.flexmark.ast.Heading)) {
                        List<AttrLists.Attr> list = AttrLists.of(AttrLists.KEY.get(context.getDocument()), node);
                        if (list != null) {
                          // a heading's id is the one it is given (Handlers.heading), its list's with the page's prefix
                          list.stream().filter(a -> !(node instanceof com.vladsch.flexmark.ast.Heading && a.name().equals("id"))).forEach(a -> attributes.replaceValue(a.name(), a.value()));
                        }
                      }
                      // footnote ids take the id prefix too, so several bodies fit on one page
                      String prefix = context.getDocument().get(STATE).options().idPrefix();
                      if (!prefix.isEmpty() && (node instanceof Footnote || node instanceof FootnoteBlock)) {
                        String id = attributes.getValue("id");
                        if (id.startsWith("fn")) {
                          attributes.replaceValue("id", prefix + id);
                        }
                        String href = attributes.getValue("href");
                        if (href.startsWith("#fn")) {
                          attributes.replaceValue("href", "#" + prefix + href.substring(1));
                        }
                      }
                    };
                  }
                })
            .linkResolverFactory(
                new com.vladsch.flexmark.html.IndependentLinkResolverFactory() {
                  @Override
                  public LinkResolver apply(LinkResolverBasicContext context) {
                    return new Resolver();
                  }
                })
            .build();
    this.htmlSettings = FastHtml.Settings.of(new com.vladsch.flexmark.util.data.ScopedDataSet(parser.getOptions(), renderer.getOptions()));
    this.httpsSettings = htmlSettings.withWwwPrefix(HTTPS);
  }

  /** The tags of the marks Hugo's Goldmark extras draw on a page of another tool's. */
  private static Set<String> extras(RenderOptions options) {
    if (!options.has(RenderOptions.Extension.EXTRA_MARK) && !options.has(RenderOptions.Extension.EXTRA_SUBSCRIPT) && !options.has(RenderOptions.Extension.EXTRA_SUPERSCRIPT)) {
      return Set.of();
    }
    Set<String> tags = new java.util.HashSet<>();
    if (options.has(RenderOptions.Extension.EXTRA_MARK)) {
      tags.add("mark");
    }
    if (options.has(RenderOptions.Extension.EXTRA_SUBSCRIPT)) {
      tags.add("sub");
    }
    if (options.has(RenderOptions.Extension.EXTRA_SUPERSCRIPT)) {
      tags.add("sup");
    }
    return tags;
  }

  /** The parser of bodies flexmark is left with (and tests compare {@link FastBlocks} with). */
  Parser parser() {
    return parser;
  }

  /** The extensions of a parser: with {@link TableStarts} as {@code tables} says, or without (null). */
  private static java.util.Collection<com.vladsch.flexmark.util.misc.Extension> extensions(CommonMark031 commonMark, TableStarts.Reading tables) {
    List<com.vladsch.flexmark.util.misc.Extension> all =
        new java.util.ArrayList<>(
            List.of(
                commonMark,
                TableIndents.create(),
                TaskListExtension.create(),
                StrikethroughExtension.create(),
                new FastSyntax.Autolinks(),
                FootnoteExtension.create(),
                new FastSyntax.Admonitions(),
                new Callouts.Docusaurus(),
                new Tabs.Extension(),
                new Abbreviations(),
                com.vladsch.flexmark.ext.definition.DefinitionExtension.create(),
                new MaterialInline()));
    if (tables != null) {
      all.add(new TableStarts(tables));
    }
    return List.copyOf(all);
  }

  /**
   * The parser of a body: that of MkDocs' and Jekyll's pages, whose tables start only where a
   * paragraph would ({@link RenderOptions.Extension#TABLES_START_BLOCKS}), made when first asked for.
   */
  private Parser parser(RenderOptions options) {
    if (!options.has(RenderOptions.Extension.TABLES_START_BLOCKS)) {
      return parser;
    }
    return blockStartTables.computeIfAbsent(
        options.has(RenderOptions.Extension.TABLE_ROWS_TO_BLANK),
        toBlank -> {
          MutableDataSet o = new MutableDataSet(parserOptions);
          o.set(Parser.EXTENSIONS, extensions(new CommonMark031(), toBlank ? TableStarts.Reading.ROWS_TO_BLANK : null));
          Parser p = Parser.builder(o).build();
          p.parse("");
          return p;
        });
  }

  /** The parser of common bodies, null when this engine leaves all to flexmark. */
  FastBlocks blocks() {
    return blocks;
  }

  /**
   * What this engine's output depends on besides the text: its directives, the UI strings it
   * renders and whether raw HTML is escaped. Part of every cached parse result's key.
   */
  public String environment() {
    return environment;
  }

  private String str(String key) {
    return strings.getOrDefault(key, key);
  }


  /**
   * Parses a Markdown body, keeping its syntax tree. {@code file} names it in spans;
   * {@code firstLine} is the file line the body starts on (after front matter).
   */
  public MarkdownDoc parse(String body, String file, int firstLine) {
    return parse(body, file, firstLine, RenderOptions.DEFAULT);
  }

  /** Parses a body to be rendered with {@code options}. */
  public MarkdownDoc parse(String body, String file, int firstLine, RenderOptions options) {
    return facts(body, file, firstLine, options).doc();
  }

  /** A parsed body and the facts only the tree gives (dropped H1, steps, search text). */
  private record Facts(MarkdownDoc doc, String droppedH1, Set<String> stepSections, List<SearchSection> sections, boolean slotCharacters) {}

  /**
   * Where the markers left as text stand in the text read (the body with the edits made), each
   * {@code [start, end)}, in order (both lists are: one pass over them).
   */
  private static List<int[]> shownAsWritten(ForeignMarkers.Scan markers) {
    List<int[]> out = new ArrayList<>();
    List<ForeignMarkers.Edit> edits = markers.edits();
    int next = 0;
    int shift = 0;
    for (ForeignMarkers.Marker m : markers.unknown()) {
      while (next < edits.size() && edits.get(next).end() <= m.offset()) {
        ForeignMarkers.Edit e = edits.get(next++);
        shift += e.text().length() - (e.end() - e.start());
      }
      out.add(new int[] {m.offset() + shift, m.offset() + shift + m.text().length()});
    }
    return out;
  }

  /** Each line end in a paragraph (a soft break) a line break, as Python-Markdown's nl2br makes it. */
  private static void lineBreaks(Document doc) {
    List<Node> soft = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof com.vladsch.flexmark.ast.SoftLineBreak) {
        soft.add(n);
      }
    }
    for (Node n : soft) {
      n.insertBefore(new com.vladsch.flexmark.ast.HardLineBreak(n.getChars()));
      n.unlink();
    }
  }

  /** The node after {@code n} in document order (its first child, else the next sibling of it or of its nearest ancestor below {@code root}), or null. */
  static Node following(Node n, Node root) {
    Node child = n.getFirstChild();
    if (child != null) {
      return child;
    }
    for (Node x = n; x != root && x != null; x = x.getParent()) {
      Node next = x.getNext();
      if (next != null) {
        return next;
      }
    }
    return null;
  }

  /** Text shown as it is written in Markdown: its emphasis, link and HTML characters escaped. */
  public static String literal(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#!|{}".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** How the markers of a body rendered with {@code options} are read. */
  private ForeignMarkers.Reading readingOf(RenderOptions options) {
    return new ForeignMarkers.Reading(
        options.includesRead(), !untrusted, options.liquid(),
        options.has(RenderOptions.Extension.CRITIC_ACCEPT) ? Critic.Mode.ACCEPT : options.has(RenderOptions.Extension.CRITIC_REJECT) ? Critic.Mode.REJECT : Critic.Mode.VIEW,
        options.extensions().variables(),
        options.has(RenderOptions.Extension.WIKI_LINKS) ? ForeignMarkers.WikiSyntax.GOLLUM : options.has(RenderOptions.Extension.OBSIDIAN_LINKS) ? ForeignMarkers.WikiSyntax.OBSIDIAN : ForeignMarkers.WikiSyntax.NONE,
        options.has(RenderOptions.Extension.TEMPLATES_AS_TEXT),
        options.has(RenderOptions.Extension.VUE),
        !options.has(RenderOptions.Extension.PLAIN_INLINE),
        options.has(RenderOptions.Extension.MDX),
        captions,
        slugStyle(options),
        options.has(RenderOptions.Extension.JINJA),
        options.has(RenderOptions.Extension.GITBOOK),
        options.has(RenderOptions.Extension.MINTLIFY));
  }

  /** How a page's heading ids are made: Python-Markdown's toc's on MkDocs' pages ({@link RenderOptions.Extension#TOC_SLUGS}), else GitHub's. */
  private static Slugs.Style slugStyle(RenderOptions options) {
    return !options.has(RenderOptions.Extension.TOC_SLUGS)
        ? Slugs.Style.GITHUB
        : options.has(RenderOptions.Extension.TOC_SLUGS_UNICODE) ? Slugs.Style.PYTHON_UNICODE : Slugs.Style.PYTHON_MARKDOWN;
  }

  private Facts facts(String body, String file, int firstLine, RenderOptions options) {
    return facts(body, file, firstLine, options, d -> {});
  }

  private Facts facts(String body, String file, int firstLine, RenderOptions options, java.util.function.Consumer<Diagnostic> warnings) {
    // the syntaxes a body may hold, read once: most are absent, and each search reads it whole
    TextProbe probe = TextProbe.of(body);
    Document doc = MarkdownGuard.parse(parser(options), blocks, body, probe, file, firstLine);
    // md_in_html's elements whose Markdown follows their tag on the next line: split (blank lines
    // inserted) before the markers are read, so that they are read in its Markdown
    List<ForeignMarkers.Edit> split = !untrusted && MarkdownInHtml.mayHold(probe, body) ? MarkdownInHtml.splits(doc) : List.of();
    String scanned = body;
    Document scannedDoc = doc;
    if (!split.isEmpty()) {
      scanned = ForeignMarkers.apply(body, split);
      scannedDoc = MarkdownGuard.parse(parser(options), blocks, scanned, TextProbe.of(scanned), file, firstLine);
    }
    ForeignMarkers.Scan markers = ForeignMarkers.scan(scanned, scanned == body ? probe : TextProbe.of(scanned), scannedDoc, readingOf(options));
    if (!split.isEmpty()) {
      ForeignMarkers.Scan written = MarkdownInHtml.before(markers, split);
      // (an edit across a blank line inserted: the text is read as written)
      markers = written != null ? written : ForeignMarkers.scan(body, probe, doc, readingOf(options));
    }
    // the text read: the body, or the body with other tools' syntax rewritten
    String read = body;
    TextProbe readProbe = probe;
    if (!markers.edits().isEmpty()) {
      String edited = ForeignMarkers.apply(body, markers.edits());
      read = edited;
      readProbe = TextProbe.of(edited);
      try {
        doc = MarkdownGuard.parse(parser(options), blocks, edited, readProbe, file, firstLine);
      } catch (handbook.diag.ContentException e) {
        throw placed(e, edited, body, markers.edits(), firstLine);
      }
    }
    if (options.has(RenderOptions.Extension.PLAIN_INLINE)) {
      boolean struck = !options.has(RenderOptions.Extension.NO_STRIKETHROUGH);
      InlineDialect.apply(doc, struck && options.has(RenderOptions.Extension.SINGLE_TILDES), struck, extras(options));
    }
    if (options.has(RenderOptions.Extension.NO_AUTOLINKS)) {
      GfmAutolinks.unlink(doc);
    }
    if (TextProbe.contains(probe, body, "][")) {
      imagesInReferenceLinks(doc);
    }
    if (TextProbe.contains(readProbe, read, "\\|")) {
      TablePipes.unescape(doc);
    }
    if (MaterialInline.FormulaBlock.mayHold(readProbe, read)) {
      MaterialInline.FormulaBlock.read(doc);
    }
    if (options.liquid() && TextProbe.contains(readProbe, read, "$$")) {
      MaterialInline.kramdownFormulas(doc);
    }
    if (options.has(RenderOptions.Extension.INLINE_HILITE) && (TextProbe.contains(readProbe, read, "`#!") || TextProbe.contains(readProbe, read, "`:::"))) {
      InlineHilite.read(doc);
    }
    if (options.has(RenderOptions.Extension.NL2BR)) {
      lineBreaks(doc);
    }
    if (MagicLink.on(options.extensions())) {
      MagicLink.read(doc, options.extensions());
    }
    SmartSymbols.read(doc, options.extensions().on());
    if (Typographer.on(options.extensions().on())) {
      Typographer.read(doc, options.extensions().on(), shownAsWritten(markers));
    }
    Positions lines = new Positions(new LineMap(body), markers.edits());
    List<ForeignMarkers.Marker> unknown = markers.unknown();
    if (TextProbe.contains(probe, body, "[!")) {
      Callouts.githubAlerts(doc);
    }
    if (Callouts.mayHoldCodeGroup(readProbe, read)) {
      Callouts.codeGroups(doc);
    }
    if (Tabs.SEEN.get(doc)) {
      Tabs.group(doc, options.idPrefix());
    }
    if (!untrusted && options.liquid() && KramdownIals.mayHold(body)) {
      KramdownIals.apply(doc);
    }
    if (!untrusted && AttrLists.mayFollow(probe, body)) {
      // names alone are Python-Markdown's tokens (MkDocs' pages and Handbook's own)
      AttrLists.apply(doc, !options.has(RenderOptions.Extension.PLAIN_INLINE));
    }
    Map<Node, List<AttrLists.Attr>> attrLists = AttrLists.KEY.get(doc);
    // MkDocs Material's annotations: their notes' ids are kept from headings
    List<String> notes = !untrusted && Annotations.mayHold(readProbe, read)
        ? Annotations.read(doc, options.has(RenderOptions.Extension.CODE_ANNOTATE), options.idPrefix(), defaultTitle("annotation.label"))
        : List.of();
    String dropped = null;
    if (options.dropLeadingH1()
        && doc.getFirstChild() instanceof com.vladsch.flexmark.ast.Heading h
        && h.getLevel() == 1) {
      String text = PlainText.of(h).strip();
      if (!text.isEmpty()) {
        dropped = text;
        h.unlink();
      }
    }
    List<Heading> headings = new ArrayList<>();
    List<LinkRef> links = new ArrayList<>();
    List<DirectiveCall> directives = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    Map<Node, String> ids = new IdentityHashMap<>();
    Map<Node, DirectiveCall> calls = new IdentityHashMap<>();
    Map<Node, List<String>> rawIds = new IdentityHashMap<>();
    Slugs slugs = new Slugs(slugStyle(options));
    for (String id : notes) {
      extra.add(id);
      slugs.reserve(id);
    }
    String firstH1 = null;
    String htmlH1 = null;
    List<Reference> references = new ArrayList<>();
    Set<Reference> usedReferences = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    // images on other hosts, and raw HTML tags that may be one (made links once the page is read)
    List<Node> remoteImages = new ArrayList<>();
    // the definitions images use: their addresses are images' (one on another host is named)
    Set<Reference> imageReferences = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    // raw HTML the site does not take: GFM's disallowed tags, inline styles and event handlers
    List<ForeignMarkers.Marker> refused = new ArrayList<>();
    // every node below the document, in document order (flexmark's getDescendants, without an iterator a node)
    for (Node n = doc.getFirstChild(); n != null; n = following(n, doc)) {
      List<AttrLists.Attr> attrs = AttrLists.of(attrLists, n);
      String listed = attrs != null && attrs.get(0).name().equals("id") ? attrs.get(0).value() : null;
      if (listed != null) {
        slugs.reserve(listed);
        if (!(n instanceof com.vladsch.flexmark.ast.Heading)) {
          extra.add(listed);
        }
      }
      if (n instanceof com.vladsch.flexmark.ast.Heading h) {
        String text = PlainText.of(h).strip();
        // the id its attribute list gives it, or one made of its text
        String id = options.idPrefix() + (listed != null ? listed : slugs.unique(text));
        if (options.headingIds()) {
          ids.put(h, id);
        }
        int line = lines.line(h.getStartOffset()) + firstLine - 1;
        // (kramdown's class no_toc keeps a Jekyll page's heading out of its table of contents)
        boolean inToc = attrs == null || !options.liquid() || attrs.stream().noneMatch(a -> a.name().equals("class") && (" " + a.value() + " ").contains(" no_toc "));
        headings.add(new Heading(h.getLevel(), text, id, line, inToc));
        if (h.getLevel() == 1 && firstH1 == null) {
          firstH1 = text;
        }
      } else if (n instanceof Link l) {
        links.add(ref(l.getUrl(), l, lines, file, firstLine, false));
      } else if (n instanceof Image im) {
        LinkRef image = ref(im.getUrl(), im, lines, file, firstLine, true);
        links.add(image);
        if (!untrusted && handbook.content.Urls.remote(image.target())) {
          remoteImages.add(im);
        }
      } else if (n instanceof Reference r) {
        references.add(r);
      } else if (n instanceof com.vladsch.flexmark.ast.RefNode r && r.isDefined()) {
        Reference used = r.getReferenceNode(doc);
        if (used != null) {
          usedReferences.add(used);
          if (r instanceof com.vladsch.flexmark.ast.ImageRef) {
            imageReferences.add(used);
            if (!untrusted && handbook.content.Urls.remote(Sequences.unescaped(used.getUrl()))) {
              remoteImages.add(r);
            }
          }
        }
      } else if (n instanceof com.vladsch.flexmark.ast.Paragraph p && p.getChars().startsWith("$$") && !(p.getFirstChild() instanceof MaterialInline.Formula)) {
        unknown = added(unknown, new ForeignMarkers.Marker(lines.edits().original(p.getStartOffset()), "$$", "display math (MkDocs Material's arithmatex, GitHub and GitLab draw it)", DRAWN_AS_TEXT));
      } else if (n instanceof FencedCodeBlock f) {
        String info = f.getInfo().toString().strip();
        String name = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
        String drawnBy = DRAWN_ELSEWHERE.get(name.toLowerCase(java.util.Locale.ROOT));
        if (drawnBy != null && !directiveNames.contains(name)) {
          unknown = added(unknown, new ForeignMarkers.Marker(lines.edits().original(f.getStartOffset()), f.getOpeningMarker() + name, drawnBy, DRAWN_OUTCOME));
        }
        if (directiveNames.contains(name)) {
          int line = lines.line(f.getStartOffset()) + firstLine - 1;
          int col = lines.column(f.getStartOffset());
          DirectiveCall call = new DirectiveCall(name, Sequences.content(f), Span.at(file, line, col), line + 1, directives.size());
          directives.add(call);
          calls.put(f, call);
        }
      } else if (n instanceof com.vladsch.flexmark.ast.HtmlBlock
          || n instanceof com.vladsch.flexmark.ast.HtmlInline) {
        if (!untrusted && n instanceof com.vladsch.flexmark.ast.HtmlInline h && h.getChars().length() > 4 && (h.getChars().charAt(1) | 0x20) == 'i') {
          remoteImages.add(h);
        }
        if (htmlH1 == null && n instanceof com.vladsch.flexmark.ast.HtmlBlock) {
          htmlH1 = RawHtml.h1(n.getChars());
        }
        java.util.regex.Matcher m = HTML_ID.matcher(n.getChars());
        while (m.find()) {
          String id = m.group(2);
          extra.add(id);
          slugs.reserve(id);
        }
        if (!untrusted && options.headingIds() && options.has(RenderOptions.Extension.RAW_HEADING_IDS) && n instanceof com.vladsch.flexmark.ast.HtmlBlock && !n.hasChildren()) {
          // its headings without ids get them, as GitHub gives them, in the order of the page's
          // (and are in its table of contents, as in GitHub's outline)
          List<String> made = new ArrayList<>();
          int line = lines.line(n.getStartOffset()) + firstLine - 1;
          for (RawHtml.RawHeading h : RawHtml.headings(n.getChars())) {
            // (one with an id of its own keeps it: it was reserved with the block's other ids)
            String id = h.id();
            if (id == null) {
              id = options.idPrefix() + slugs.unique(h.words());
              made.add(id);
              extra.add(id);
            }
            if (!h.words().isEmpty()) {
              headings.add(new Heading(h.level(), h.words(), id, line, true));
            }
          }
          if (!made.isEmpty()) {
            rawIds.put(n, made);
          }
        }
        if (!untrusted) {
          java.util.regex.Matcher r = REFUSED_HTML.matcher(n.getChars());
          while (r.find()) {
            if (r.group(1) != null && RawHtml.svgTitle(n.getChars(), r.start(), r.group(1))) {
              continue;
            }
            int offset = lines.edits().original(n.getStartOffset() + r.start());
            refused.add(r.group(1) != null
                ? new ForeignMarkers.Marker(offset, "<" + r.group(1).toLowerCase(java.util.Locale.ROOT) + ">", "raw HTML that this site, as GitHub, does not take", "it is shown as text")
                : new ForeignMarkers.Marker(offset + r.start(2) - r.start(), r.group(2).toLowerCase(java.util.Locale.ROOT) + "=", "an attribute of raw HTML that the site's Content-Security-Policy refuses", "browsers ignore it"));
          }
          Sequences.Content block = n instanceof com.vladsch.flexmark.ast.HtmlBlock b ? Sequences.Content.of(b) : null;
          CharSequence html = block != null ? block.text() : n.getChars();
          for (RawHtml.Address a : RawHtml.addresses(html)) {
            if (!a.quoted() && a.value().startsWith("{") && options.has(RenderOptions.Extension.MDX)) {
              continue; // JavaScript MDX runs (named as such), no address
            }
            int offset = block != null ? block.sourceOffset(a.start()) : n.getChars().getIndexOffset(a.start());
            links.add(new LinkRef(a.value(), Span.at(file, lines.line(offset) + firstLine - 1, lines.column(offset)), a.image()));
          }
        }
      } else if (n instanceof Footnote fn) {
        extra.add(options.idPrefix() + "fnref-" + fn.getReferenceOrdinal());
        if (!fn.isDefined()) {
          String name = "[^" + fn.getText() + "]";
          warnings.accept(footnoteWarning(fn, lines, file, firstLine, "footnote `" + name + "` has no text: it is shown as written", "add its text on a line of its own: `" + name + ": ...`"));
        }
      } else if (n instanceof FootnoteBlock fb) {
        extra.add(options.idPrefix() + "fn-" + fb.getFootnoteOrdinal());
        if (!fb.isReferenced()) {
          String name = "[^" + fb.getText() + "]";
          warnings.accept(footnoteWarning(fb, lines, file, firstLine, "footnote `" + name + "` is not referred to: its text is not shown", "refer to it with `" + name + "` where it belongs, or remove it"));
        }
      }
    }
    if (!unknown.isEmpty()) {
      warnings.accept(markerWarning(unknown, lines, file, firstLine));
    }
    if (!refused.isEmpty()) {
      ForeignMarkers.Marker first = refused.get(0);
      String msg = "`" + first.text() + "` is " + first.tool() + ": " + first.outcome() + more(refused, " more", lines, firstLine);
      warnings.accept(
          Diagnostic.warning("markdown.html", firstAt(refused, lines, file, firstLine), msg)
              .withHint(first.text().endsWith("=")
                  ? "give the element a class and style it in the theme's CSS (templates/assets/)"
                  : "write it in Markdown, or remove it: scripts, styles and frames of other sites are not part of a page here"));
    }
    // a definition no link uses is not a link of the page
    for (Reference r : references) {
      if (usedReferences.contains(r)) {
        links.add(ref(r.getUrl(), r, lines, file, firstLine, imageReferences.contains(r)));
      }
    }
    if (!remoteImages.isEmpty()) {
      linkRemoteImages(remoteImages);
    }
    doc.set(IDS, ids);
    doc.set(RAW_IDS, rawIds);
    doc.set(CALLS, calls);
    doc.set(OPTIONS, options);
    MarkdownDoc md = new MarkdownDoc(doc, headings, links, directives, extra, firstH1, htmlH1);
    return new Facts(md, dropped, SearchText.stepSections(doc, ids), SearchText.sections(doc, ids, calls.keySet(), !readProbe.has('\\') && !readProbe.has('&')), RenderedMarkdown.hasSlotCharacters(probe));
  }

  /**
   * The errors of the edited text's parse at the places they have in the body as written (edits
   * of other tools' syntax may add lines: a tab opened and closed on one line).
   */
  private static handbook.diag.ContentException placed(handbook.diag.ContentException e, String edited, String body, List<ForeignMarkers.Edit> edits, int firstLine) {
    LineMap inEdited = new LineMap(edited);
    LineMap inBody = new LineMap(body);
    ForeignMarkers.Offsets offsets = new ForeignMarkers.Offsets(edits);
    List<Diagnostic> moved = new ArrayList<>();
    for (Diagnostic d : e.diagnostics()) {
      Span s = d.span();
      if (s.line() < firstLine) {
        moved.add(d);
        continue;
      }
      int at = offsets.original(Math.min(edited.length(), inEdited.start(s.line() - firstLine + 1) + Math.max(0, s.column() - 1)));
      moved.add(new Diagnostic(d.severity(), d.code(), d.message(), Span.at(s.file(), firstLine + inBody.line(at) - 1, inBody.column(at)), d.hint()));
    }
    return new handbook.diag.ContentException(moved);
  }

  /** Line and column in the text as written, of an offset in the text parsed. */
  private record Positions(LineMap lines, ForeignMarkers.Offsets edits) {
    Positions(LineMap lines, List<ForeignMarkers.Edit> edits) {
      this(lines, new ForeignMarkers.Offsets(edits));
    }

    int line(int offset) {
      return lines.line(edits.original(offset));
    }

    int column(int offset) {
      return lines.column(edits.original(offset));
    }
  }

  /**
   * Fenced blocks that other tools draw (their language: which tools), shown here as code. (A
   * Mermaid diagram is drawn: its code, by the theme's diagrams.js.)
   */
  private static final Map<String, String> DRAWN_ELSEWHERE = Map.of(
      "plantuml", "a PlantUML diagram (GitLab draws it)",
      "geojson", "a map (GitHub draws it)",
      "topojson", "a map (GitHub draws it)",
      "stl", "a 3D model (GitHub draws it)");

  private static final String DRAWN_OUTCOME = "which is not drawn here: its source is shown as code";
  private static final String DRAWN_AS_TEXT = "which is not drawn here: it is shown as written";

  /** The markers with one more, in the order of the text. */
  private static List<ForeignMarkers.Marker> added(List<ForeignMarkers.Marker> markers, ForeignMarkers.Marker m) {
    List<ForeignMarkers.Marker> all = new ArrayList<>(markers);
    all.add(m);
    all.sort(java.util.Comparator.comparingInt(ForeignMarkers.Marker::offset));
    return all;
  }

  /** One warning for the markers of other tools left as text in a body: the first, and how many more. */
  private static Diagnostic markerWarning(List<ForeignMarkers.Marker> unknown, Positions lines, String file, int firstLine) {
    ForeignMarkers.Marker first = unknown.get(0);
    String shown = first.text().length() > 48 ? first.text().substring(0, 45) + "..." : first.text();
    String msg = "`" + shown + "` is " + first.tool() + ", " + first.outcome()
        + more(unknown, unknown.size() == 2 ? " more marker of another tool" : " more markers of other tools", lines, firstLine);
    return Diagnostic.warning("markdown.marker", firstAt(unknown, lines, file, firstLine), msg)
        .withHint(first.outcome() == DRAWN_OUTCOME || first.outcome() == DRAWN_AS_TEXT
            ? "draw it as an image (an SVG file beside the page) and show that with ![...](file.svg); the source may stay below it"
            : "write it in Markdown, or remove it");
  }

  /** Where the first of some markers stands in the file. */
  private static Span firstAt(List<ForeignMarkers.Marker> markers, Positions lines, String file, int firstLine) {
    int offset = markers.get(0).offset();
    return Span.at(file, lines.lines().line(offset) + firstLine - 1, lines.lines().column(offset));
  }

  /** The rest of some markers after the first, for one warning of them all: {@code " (2 more, on lines 4, 9)"}; empty for one. */
  private static String more(List<ForeignMarkers.Marker> markers, String what, Positions lines, int firstLine) {
    if (markers.size() < 2) {
      return "";
    }
    java.util.Set<Integer> at = new java.util.TreeSet<>();
    markers.subList(1, markers.size()).forEach(m -> at.add(lines.lines().line(m.offset()) + firstLine - 1));
    return " (" + (markers.size() - 1) + what + ", on line" + (at.size() == 1 ? " " : "s ") + String.join(", ", at.stream().map(String::valueOf).toList()) + ")";
  }

  /**
   * A diagnostic of a body moved by {@code at} (a page with includes: to the files its lines came
   * from), with the lines its message names ({@link #more}) moved too; one in another file than
   * the diagnostic's is named with its file.
   */
  public static Diagnostic placed(Diagnostic d, java.util.function.UnaryOperator<Span> at) {
    Span moved = at.apply(d.span());
    String message = d.message();
    int list = message.lastIndexOf(", on line");
    int from = list < 0 ? -1 : message.indexOf(' ', list + ", on line".length()) + 1;
    if (d.span().line() <= 0 || from <= 0 || !message.endsWith(")") || !message.substring(from, message.length() - 1).matches("[\\d, ]+")) {
      return new Diagnostic(d.severity(), d.code(), message, moved, d.hint());
    }
    java.util.Set<String> lines = new java.util.LinkedHashSet<>();
    for (String n : message.substring(from, message.length() - 1).split(", ")) {
      Span s = at.apply(Span.at(d.span().file(), Integer.parseInt(n.strip()), 1));
      lines.add(s.file().equals(moved.file()) ? String.valueOf(s.line()) : s.file() + ":" + s.line());
    }
    String placed = message.substring(0, list) + ", on line" + (lines.size() == 1 ? " " : "s ") + String.join(", ", lines) + ")";
    return new Diagnostic(d.severity(), d.code(), placed, moved, d.hint());
  }

  /** A footnote that has no text, or is never referred to (flexmark shows the one as written and leaves out the other). */
  private static Diagnostic footnoteWarning(Node node, Positions lines, String file, int firstLine, String message, String hint) {
    int offset = node.getStartOffset();
    return Diagnostic.warning("markdown.footnote", Span.at(file, lines.line(offset) + firstLine - 1, lines.column(offset)), message).withHint(hint);
  }

  private static LinkRef ref(
      BasedSequence url, Node node, Positions lines, String file, int firstLine, boolean image) {
    int offset = url.isNull() || url.isEmpty() ? node.getStartOffset() : url.getStartOffset();
    int line = lines.line(offset) + firstLine - 1;
    int col = lines.column(offset);
    return new LinkRef(Sequences.unescaped(url), Span.at(file, line, col), image);
  }

  /** Renders a parsed body; {@code hrefs} maps each link target as written to its href. */
  public String render(MarkdownDoc md, Map<String, String> hrefs, Map<DirectiveCall, String> embeds) {
    Document doc = md.document();
    synchronized (doc) {
      RenderState st = new RenderState(doc.get(IDS), doc.get(CALLS), doc.get(OPTIONS), hrefs, embeds, null);
      doc.set(STATE, st);
      return fastHtml && FastHtml.handles(doc, !untrusted) ? fast(doc, st) : renderer.render(doc);
    }
  }

  /**
   * Parses and renders a body once, with a slot for every link and embed, and keeps no tree:
   * the value pages hold until their links are known (see {@link RenderedMarkdown}).
   */
  public RenderedMarkdown compile(String body, String file, int firstLine, RenderOptions options) {
    return compile(body, file, firstLine, options, d -> {});
  }

  /**
   * The same, with a warning to {@code warnings} when the body holds markers of other tools that
   * are shown as text ({@code markdown.marker}: Liquid tags, Hugo shortcodes, kramdown attribute
   * lists, {@code :::} blocks of unknown kinds).
   */
  public RenderedMarkdown compile(String body, String file, int firstLine, RenderOptions options, java.util.function.Consumer<Diagnostic> warnings) {
    Facts f = facts(body, file, firstLine, options, warnings);
    MarkdownDoc md = f.doc();
    if (f.slotCharacters()) {
      return new RenderedMarkdown(md.headings(), md.links(), md.directives(), md.extraAnchors(), md.firstH1(), f.droppedH1(), md.htmlH1(),
          f.stepSections(), f.sections(), null, List.of(), List.of(), new RenderedMarkdown.Source(body, file, firstLine, options));
    }
    Document doc = md.document();
    Map<Node, DirectiveCall> calls = doc.get(CALLS);
    String[] defaults = new String[md.directives().size()];
    doc.set(STATE, new RenderState(doc.get(IDS), Map.of(), options, Map.of(), Map.of(), null));
    for (Map.Entry<Node, DirectiveCall> e : calls.entrySet()) {
      defaults[e.getValue().index()] = renderer.render(e.getKey());
    }
    Set<String> targets = new java.util.HashSet<>();
    md.links().forEach(l -> targets.add(l.target()));
    Slots slots = new Slots(targets);
    RenderState st = new RenderState(doc.get(IDS), calls, options, Map.of(), Map.of(), slots);
    doc.set(STATE, st);
    String html = fastHtml && FastHtml.handles(doc, !untrusted) ? fast(doc, st) : slots.withTexts(renderer.render(doc));
    return new RenderedMarkdown(md.headings(), md.links(), md.directives(), md.extraAnchors(), md.firstH1(), f.droppedH1(), md.htmlH1(),
        f.stepSections(), f.sections(), StoredText.of(html), slots.urls, List.of(defaults), null);
  }

  /** The same, with its warnings kept beside it. */
  public Compiled compiled(String body, String file, int firstLine, RenderOptions options) {
    List<Diagnostic> warnings = new java.util.ArrayList<>();
    RenderedMarkdown md = compile(body, file, firstLine, options, warnings::add);
    return new Compiled(md, warnings);
  }

  /** The HTML of a compiled body with its links and embeds filled in. */
  public String render(RenderedMarkdown md, Map<String, String> hrefs, Map<DirectiveCall, String> embeds) {
    if (md.source() != null) {
      RenderedMarkdown.Source s = md.source();
      return render(parse(s.markdown(), s.file(), s.firstLine(), s.options()), hrefs, embeds);
    }
    return md.fill(hrefs, embeds);
  }

  /** Parses and renders in one go, with links left as written (for short trusted snippets). */
  public String renderPlain(String markdown) {
    return render(parse(markdown, "", 1), Map.of(), Map.of());
  }

  /** The document's HTML by {@link FastHtml}, deciding as the handlers and the resolver do. */
  private String fast(Document doc, RenderState st) {
    FastHtml.Context ctx =
        new FastHtml.Context() {
          @Override
          public String headingId(Node heading) {
            return st.headingIds().get(heading);
          }

          @Override
          public int headingShift() {
            return st.options().headingShift();
          }

          @Override
          public String anchorLabel() {
            return str("anchor.label");
          }

          @Override
          public String href(String url) {
            return Resolver.href(st, url);
          }

          @Override
          public String directive(FencedCodeBlock block) {
            DirectiveCall call = st.calls().get(block);
            if (call == null) {
              return null;
            }
            return st.slots() != null ? "" + RenderedMarkdown.EMBED + call.index() + RenderedMarkdown.END : st.embeds().get(call);
          }

          @Override
          public String defaultTitle(String key) {
            return MarkdownEngine.this.defaultTitle(key);
          }

          @Override
          public String rawHtml(String html) {
            return MarkdownEngine.rawHtml(html, st);
          }

          @Override
          public List<String> rawHeadingIds(Node block) {
            return doc.get(RAW_IDS).get(block);
          }
        };
    int length = doc.getChars().length();
    FastHtml.Settings settings = st.options().has(RenderOptions.Extension.WWW_HTTPS) ? httpsSettings : htmlSettings;
    return FastHtml.render(doc, new com.vladsch.flexmark.util.data.ScopedDataSet(doc, renderer.getOptions()), settings, ctx, length + length / 4 + 64);
  }

  /** The scheme of a {@code www.} autolink on a page whose tool makes it https ({@link RenderOptions.Extension#WWW_HTTPS}). */
  private static final String HTTPS = "https://";

  private static final class Resolver implements LinkResolver {
    /** The href of a link target as written: a slot while a body is compiled, else resolved or as written, escaped for a URL. */
    static String href(RenderState st, String url) {
      if (st.slots() != null && st.slots().targets.contains(url)) {
        return st.slots().slot(url);
      }
      String href = st.slots() != null ? null : st.hrefs().get(url);
      return UrlEscaping.href(href == null ? url : href);
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
      if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
        return link;
      }
      // flexmark's renderers read no status of links and images: only the href counts
      RenderState st = context.getDocument().get(STATE);
      String url = link.getUrl();
      if (node instanceof com.vladsch.flexmark.ast.AutoLink && url.startsWith("www.") && st.options().has(RenderOptions.Extension.WWW_HTTPS)) {
        url = HTTPS + url;
      }
      return link.withUrl(href(st, url));
    }
  }

  private final class Handlers implements NodeRenderer {
    Handlers(DataHolder options) {}

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Heading.class, this::heading),
          new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
          new NodeRenderingHandler<>(AdmonitionBlock.class, this::admonition),
          new NodeRenderingHandler<>(Callout.class, this::callout),
          new NodeRenderingHandler<>(Tabs.TabSet.class, this::tabSet),
          new NodeRenderingHandler<>(Tabs.Tab.class, this::tab),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Code.class, this::code),
          new NodeRenderingHandler<>(CommonMark031.Literal.class, (node, ctx, html) -> html.text(node.getChars())),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, this::htmlBlock),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, this::htmlInline),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Text.class, Handlers::text),
          new NodeRenderingHandler<>(MaterialInline.Span.class, Handlers::span),
          new NodeRenderingHandler<>(MaterialInline.Keys.class, (node, ctx, html) -> html.raw(node.html())),
          new NodeRenderingHandler<>(MaterialInline.Formula.class, (node, ctx, html) -> html.raw(node.html())),
          new NodeRenderingHandler<>(MaterialInline.Replaced.class, (node, ctx, html) -> html.raw(node.html())),
          new NodeRenderingHandler<>(MaterialInline.FormulaBlock.class, (node, ctx, html) -> html.line().raw(node.html()).line()),
          new NodeRenderingHandler<>(
              MaterialInline.Icon.class, (node, ctx, html) -> html.raw(node.html(AttrLists.of(AttrLists.KEY.get(ctx.getDocument()), node)))));
    }

    private static void span(MaterialInline.Span node, NodeRendererContext ctx, HtmlWriter html) {
      html.raw("<" + node.tag() + ">");
      ctx.renderChildren(node);
      html.raw("</" + node.tag() + ">");
    }

    /**
     * Text as flexmark's core renderer writes it (unescaped, line ends made {@code \n}, HTML
     * escaped), without its copies and pattern scans when there is nothing to unescape or escape.
     */
    private static void text(com.vladsch.flexmark.ast.Text node, NodeRendererContext ctx, HtmlWriter html) {
      BasedSequence chars = node.getChars();
      if (node.getPrevious() instanceof com.vladsch.flexmark.ast.HardLineBreak || node.getPrevious() instanceof com.vladsch.flexmark.ast.SoftLineBreak) {
        chars = chars.trimStart(com.vladsch.flexmark.util.misc.CharPredicate.SPACE_TAB); // the next line's indent is not content
      }
      if (chars instanceof com.vladsch.flexmark.util.sequence.SubSequence && chars.getBase() instanceof String base) {
        String s = base.substring(chars.getStartOffset(), chars.getEndOffset());
        if (FastHtml.plain(s)) {
          Slots slots = ctx.getDocument().get(STATE).slots();
          html.append(slots == null ? s : slots.text(s));
          return;
        }
      }
      html.text(Escaping.normalizeEOL(chars.unescape()));
    }


    private void heading(
        com.vladsch.flexmark.ast.Heading node, NodeRendererContext ctx, HtmlWriter html) {
      RenderState st = ctx.getDocument().get(STATE);
      String id = st.headingIds().get(node);
      String tag = "h" + Math.min(6, node.getLevel() + st.options().headingShift());
      if (id == null) {
        html.withAttr().tag(tag);
        ctx.renderChildren(node);
        html.tag("/" + tag).line();
        return;
      }
      html.attr("id", id).withAttr().tag(tag);
      ctx.renderChildren(node);
      html.raw(
          " <a class=\"heading-anchor\" href=\"#"
              + handbook.render.Html.escape(id)
              + "\" aria-label=\""
              + handbook.render.Html.escape(str("anchor.label"))
              + "\">#</a>");
      html.tag("/" + tag).line();
    }

    private void fenced(FencedCodeBlock node, NodeRendererContext ctx, HtmlWriter html) {
      RenderState st = ctx.getDocument().get(STATE);
      DirectiveCall call = st.calls().get(node);
      if (call != null && st.slots() != null) {
        html.line().raw("" + RenderedMarkdown.EMBED + call.index() + RenderedMarkdown.END).line();
        return;
      }
      String embed = call == null ? null : st.embeds().get(call);
      if (embed != null) {
        html.line().raw(embed).line();
      } else if (call == null && (CodeLines.of(node.getInfo()) != null || FastHtml.attributeStyle(node.getInfo()) || CodeLines.mayHoldMagic(node.getContentChars()) || node.getInfo().indexOf('=') >= 0
          || Annotations.KEY.get(ctx.getDocument()).code().containsKey(node) || AttrLists.of(AttrLists.KEY.get(ctx.getDocument()), node) != null)) {
        // flexmark has no place for the column of line numbers and marks, and takes a brace or an option (title="x") for a language: written as the quick writer writes it
        // (as pre: its blank lines kept)
        StringBuilder b = new StringBuilder();
        FastHtml.codeBlock(b, node, htmlSettings, Annotations.KEY.get(ctx.getDocument()).code().get(node), defaultTitle("annotation.label"), AttrLists.of(AttrLists.KEY.get(ctx.getDocument()), node));
        html.line().rawPre(b).line();
      } else {
        ctx.delegateRender();
      }
    }

    private void admonition(AdmonitionBlock node, NodeRendererContext ctx, HtmlWriter html) {
      String type = AdmonitionStart.type(node.getInfo()).toLowerCase(java.util.Locale.ROOT);
      String classes = Admonitions.extra(node.getInfo());
      String cls = Admonitions.cls(type);
      String title = node.getTitle().toString();
      if (node.getTitleChars().isNull() || title.isEmpty() && node.getTitleOpeningMarker().isNull()) {
        title = defaultTitle("admonition." + type);
      }
      String marker = node.getOpeningMarker().toString();
      boolean collapsible = marker.startsWith("???");
      if (collapsible) {
        html.raw("<details class=\"admonition " + cls + classes + "\"" + (marker.endsWith("+") ? " open" : "") + ">");
        html.raw("<summary class=\"admonition-title\">").text(title).raw("</summary>").line();
        ctx.renderChildren(node);
        html.raw("</details>").line();
      } else {
        html.raw("<div class=\"admonition " + cls + classes + "\" role=\"note\">");
        if (!title.isEmpty()) {
          html.raw("<p class=\"admonition-title\">").text(title).raw("</p>").line();
        }
        ctx.renderChildren(node);
        html.raw("</div>").line();
      }
    }

    /** A code span as CommonMark says: line ends as spaces, one space stripped from each side when both have one. */
    private void code(com.vladsch.flexmark.ast.Code node, NodeRendererContext ctx, HtmlWriter html) {
      String text = Sequences.text(node.getText()).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
      if (text.length() >= 2 && text.charAt(0) == ' ' && text.charAt(text.length() - 1) == ' ' && !text.chars().allMatch(c -> c == ' ')) {
        text = text.substring(1, text.length() - 1);
      }
      String language = InlineHilite.KEY.get(ctx.getDocument()).get(node);
      if (language != null) {
        html.attr("class", FastHtml.codeClass(language, htmlSettings.languagePrefix(), htmlSettings.languageClasses()));
      }
      html.withAttr().tag("code");
      if (FastHtml.plain(text)) {
        // nothing to escape: as html.text writes it, through a slot while a body is compiled
        Slots slots = ctx.getDocument().get(STATE).slots();
        html.append(slots == null ? text : slots.text(text));
      } else {
        html.text(text);
      }
      html.tag("/code");
    }

    private void htmlBlock(com.vladsch.flexmark.ast.HtmlBlock node, NodeRendererContext ctx, HtmlWriter html) {
      if (untrusted || node.hasChildren()) {
        ctx.delegateRender();
        return;
      }
      boolean eol = ctx.getHtmlOptions().htmlBlockCloseTagEol;
      html.line();
      String raw = Sequences.contentChars(node).normalizeEOL();
      List<String> headingIds = ctx.getDocument().get(RAW_IDS).get(node);
      html.rawPre(rawHtml(headingIds == null ? raw : RawHtml.withIds(raw, headingIds), ctx.getDocument().get(STATE)));
      html.lineIf(eol);
    }

    private void htmlInline(com.vladsch.flexmark.ast.HtmlInline node, NodeRendererContext ctx, HtmlWriter html) {
      if (untrusted) {
        ctx.delegateRender();
        return;
      }
      html.rawPre(rawHtml(node.getChars().normalizeEOL(), ctx.getDocument().get(STATE)));
    }

    private void tabSet(Tabs.TabSet node, NodeRendererContext ctx, HtmlWriter html) {
      html.raw(Tabs.open(node)).line();
      ctx.renderChildren(node);
      html.raw(Tabs.CLOSE).line();
    }

    private void tab(Tabs.Tab node, NodeRendererContext ctx, HtmlWriter html) {
      html.raw(Tabs.openBlock(node)).line();
      ctx.renderChildren(node);
      html.raw(Tabs.CLOSE_BLOCK).line();
    }

    private void callout(Callout node, NodeRendererContext ctx, HtmlWriter html) {
      String title = node.title == null ? defaultTitle(node.titleKey) : node.title;
      if (node.collapsible) {
        html.raw("<details class=\"admonition " + node.cls + "\"" + (node.open ? " open" : "") + ">");
        html.raw("<summary class=\"admonition-title\">").text(title).raw("</summary>").line();
        ctx.renderChildren(node);
        html.raw("</details>").line();
        return;
      }
      html.raw("<div class=\"admonition " + node.cls + "\" role=\"note\">");
      html.raw("<p class=\"admonition-title\">").text(title).raw("</p>").line();
      ctx.renderChildren(node);
      html.raw("</div>").line();
    }
  }

  /**
   * Raw HTML with its addresses as slots or resolved hrefs, and GFM's disallowed tags escaped. An
   * image on another host is a link to it ({@link RawHtml#linkRemoteImages}); any other address of
   * an image there (a video's, its poster, one of a {@code srcset}: a picture's source then
   * offers nothing, and the picture shows its image) is emptied: nothing is loaded from elsewhere.
   */
  private static String rawHtml(String text, RenderState st) {
    String out =
        RawHtml.rewrite(RawHtml.linkRemoteImages(text), a -> {
          if (a.image() && handbook.content.Urls.remote(a.value())) {
            return "";
          }
          if (st.slots() != null) {
            return st.slots().targets.contains(a.value()) ? st.slots().rawSlot(a.value()) : null;
          }
          String href = st.hrefs().get(a.value());
          return href == null ? null : Escaping.escapeHtml(href, true);
        });
    return RawHtml.filterDisallowed(RawHtml.withoutMarkdownAttribute(out));
  }

  /**
   * A reference image in a reference link, as READMEs write badges ({@code [![build][badge]][ci]}):
   * CommonMark reads an image in a link; flexmark leaves the outer brackets as text around the
   * image, then a link of the label alone ({@code [<img>]<a>ci</a>}). Made the link of that label
   * around the image here.
   */
  static void imagesInReferenceLinks(Document doc) {
    List<com.vladsch.flexmark.ast.ImageRef> found = new ArrayList<>();
    for (Node n : doc.getDescendants()) {
      if (n instanceof com.vladsch.flexmark.ast.ImageRef im) {
        found.add(im);
      }
    }
    for (com.vladsch.flexmark.ast.ImageRef im : found) {
      if (!(im.getPrevious() instanceof com.vladsch.flexmark.ast.Text before)
          || !(im.getNext() instanceof com.vladsch.flexmark.ast.Text after)
          || !(after.getNext() instanceof com.vladsch.flexmark.ast.LinkRef link)) {
        continue;
      }
      BasedSequence open = before.getChars();
      BasedSequence close = after.getChars();
      // [ right before the image, ] right after it, and the link's [label] right after that
      if (!open.endsWith("[") || !close.toString().equals("]") || open.getEndOffset() != im.getStartOffset() || close.getStartOffset() != im.getEndOffset()
          || close.getEndOffset() != link.getStartOffset() || !link.getText().isNull() || link.getReference().isNull()) {
        continue;
      }
      BasedSequence bracket = open.subSequence(open.length() - 1);
      link.setTextOpeningMarker(bracket);
      link.setText(im.getChars());
      link.setTextClosingMarker(close);
      link.setChars(open.baseSubSequence(bracket.getStartOffset(), link.getEndOffset()));
      link.removeChildren();
      link.appendChild(im);
      after.unlink();
      if (open.length() == 1) {
        before.unlink();
      } else {
        before.setChars(open.subSequence(0, open.length() - 1));
      }
    }
  }

  /**
   * Images on other hosts become links to them, showing their text (inside a link, the text
   * alone): the site loads nothing from other hosts, where a server sends no
   * Content-Security-Policy either. Their links stay the page's, so each is still named.
   */
  private static void linkRemoteImages(List<Node> candidates) {
    List<Node> remote = new ArrayList<>();
    // an <img> of raw HTML in a paragraph: one tag, in a link of the paragraph's raw HTML or not
    List<com.vladsch.flexmark.ast.HtmlInline> tags = new ArrayList<>();
    for (Node n : candidates) {
      if (n instanceof com.vladsch.flexmark.ast.HtmlInline h) {
        tags.add(h);
      } else {
        remote.add(n);
      }
    }
    for (com.vladsch.flexmark.ast.HtmlInline h : tags) {
      List<RawHtml.RemoteImage> found = RawHtml.remoteImages(h.getChars().toString());
      if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != h.getChars().length()) {
        continue;
      }
      RawHtml.RemoteImage im = found.get(0);
      boolean inLink = inLink(h);
      for (Node p = h.getPrevious(); p != null && !inLink; p = p.getPrevious()) {
        if (p instanceof com.vladsch.flexmark.ast.HtmlInline t) {
          String tag = t.getChars().toString().toLowerCase(java.util.Locale.ROOT);
          if (tag.startsWith("</a")) {
            break;
          }
          inLink = tag.startsWith("<a ") || tag.startsWith("<a>");
        }
      }
      Node text = new com.vladsch.flexmark.ast.Text(BasedSequence.of(im.alt().isBlank() ? im.src() : im.alt()));
      if (inLink) {
        h.insertBefore(text);
      } else {
        Link link = new Link();
        link.setUrlChars(BasedSequence.of(im.src()));
        link.setChars(h.getChars());
        link.appendChild(text);
        h.insertBefore(link);
      }
      h.unlink();
    }
    for (Node n : remote) {
      BasedSequence url = n instanceof Image im ? im.getUrl() : ((com.vladsch.flexmark.ast.ImageRef) n).getReferenceNode(n.getDocument()).getUrl();
      if (!n.hasChildren()) {
        n.appendChild(new com.vladsch.flexmark.ast.Text(url));
      }
      if (inLink(n)) {
        // the text alone, where the image stood
        for (Node c = n.getFirstChild(); c != null; ) {
          Node next = c.getNext();
          n.insertBefore(c);
          c = next;
        }
      } else {
        Link link = new Link();
        link.setUrlChars(url);
        link.setChars(n.getChars());
        link.takeChildren(n);
        n.insertBefore(link);
      }
      n.unlink();
    }
  }

  /** Whether a node is inside a link of Markdown (where a link drawn around it would be a link in a link). */
  private static boolean inLink(Node n) {
    for (Node p = n.getParent(); p != null; p = p.getParent()) {
      if (p instanceof Link || p instanceof com.vladsch.flexmark.ast.LinkRef || p instanceof com.vladsch.flexmark.ast.AutoLink) {
        return true;
      }
    }
    return false;
  }

  /** The title of an admonition that has none: the UI string of its type, or the type as a word. */
  private String defaultTitle(String key) {
    String s = strings.get(key);
    if (s != null) {
      return s;
    }
    String type = key.substring(key.indexOf('.') + 1);
    return type.isEmpty() ? type : type.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + type.substring(1);
  }

  /**
   * In raw HTML: an opening tag GFM's tag filter escapes (group 1), or a {@code style} or event
   * handler attribute, which {@code default-src 'self'} refuses (group 2).
   */
  private static final java.util.regex.Pattern REFUSED_HTML =
      java.util.regex.Pattern.compile(
          "<(?:((?i:title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext))(?=[\\s/>]|$)|[A-Za-z][\\w:-]*(?:\\s+[^<>]*?)?\\s((?i:style|on[a-z]+))\\s*=)");

  /** {@code id="x"} or {@code name="x"} in raw HTML: anchors that links may target. */
  private static final java.util.regex.Pattern HTML_ID =
      java.util.regex.Pattern.compile("\\s(id|name)\\s*=\\s*[\"']([^\"']+)[\"']");
}
