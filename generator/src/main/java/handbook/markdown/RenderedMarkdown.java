package handbook.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Markdown body parsed and rendered once, kept without its syntax tree: the facts the build
 * needs before rendering (headings, links, directive calls, anchors, search text) and the HTML
 * with a slot for every link target and directive embed, which {@link #fill} completes once the
 * links are resolved. It is a plain value: cached between builds, rendered for several pages
 * (a lesson alone and in its module's print view) without parsing again.
 *
 * <p>Slots: {@code U+0001 n U+0002} is the href of {@code slotUrls[n]}, percent-encoded as CommonMark
 * writes hrefs; {@code U+0004 n U+0002} the same in raw HTML, where it stays as written or resolved;
 * a line {@code U+0003 n U+0002} is directive call {@code n}, replaced by its embed, or by
 * {@code embedDefaults[n]} (the block rendered as code) when it has none. (Control characters keep ASCII text in one byte a
 * character in memory.) A body whose text holds these characters (or {@code U+0005}, which
 * stands for plain text while a body is rendered) itself is kept as source instead and rendered
 * whole each time it is filled.
 *
 * @param firstH1 the text of the first H1 of the body (after a dropped leading one), or null
 * @param droppedH1 the text of the leading H1 that {@link RenderOptions#withoutLeadingH1()} removed, or null
 * @param htmlH1 the text of the first {@code <h1>} of the body's raw HTML ({@code ""} for one without words), or null
 * @param stepSections ids of headings whose section holds a numbered list
 * @param body the HTML with slots ({@link #html}), or null when {@code source} is kept instead
 * @param source the Markdown, only when it could not be rendered with slots
 */
public record RenderedMarkdown(
    List<Heading> headings,
    List<LinkRef> links,
    List<DirectiveCall> directives,
    List<String> extraAnchors,
    String firstH1,
    String droppedH1,
    String htmlH1,
    Set<String> stepSections,
    List<SearchSection> sections,
    StoredText body,
    List<String> slotUrls,
    List<String> embedDefaults,
    Source source) {
  static final char LINK = '\u0001';
  static final char END = '\u0002';
  static final char EMBED = '\u0003';
  static final char RAW = '\u0004';
  /** Plain text while the body is rendered (see {@code MarkdownEngine}); none is left in {@link #body}. */
  static final char TEXT = '\u0005';

  /** A body kept as source: rendered whole, with these options, each time it is filled. */
  public record Source(String markdown, String file, int firstLine, RenderOptions options) {}

  public RenderedMarkdown {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
    directives = List.copyOf(directives);
    extraAnchors = List.copyOf(extraAnchors);
    stepSections = Set.copyOf(stepSections);
    sections = sections instanceof StoredList<SearchSection> stored ? stored : List.copyOf(sections);
    slotUrls = List.copyOf(slotUrls);
    embedDefaults = List.copyOf(embedDefaults);
    if ((body == null) == (source == null)) {
      throw new IllegalArgumentException("exactly one of body and source");
    }
  }

  /**
   * The same, with the places of its links and embeds moved by {@code at} (a page with includes:
   * to the files their lines came from). A body kept as source keeps its embeds' places: they are
   * found again, as they were, when it is rendered.
   */
  public RenderedMarkdown placed(java.util.function.UnaryOperator<handbook.diag.Span> at) {
    List<LinkRef> movedLinks = links.stream().map(l -> new LinkRef(l.target(), at.apply(l.span()), l.image())).toList();
    List<DirectiveCall> movedCalls = directives;
    if (source == null) {
      movedCalls =
          directives.stream()
              .map(c -> {
                handbook.diag.Span span = at.apply(c.span());
                handbook.diag.Span body = at.apply(handbook.diag.Span.at(c.span().file(), c.bodyLine(), 0));
                return new DirectiveCall(c.name(), c.body(), span, body.file().equals(span.file()) ? body.line() : c.bodyLine(), c.index());
              })
              .toList();
    }
    return new RenderedMarkdown(headings, movedLinks, movedCalls, extraAnchors, firstH1, droppedH1, htmlH1, stepSections, sections, body, slotUrls, embedDefaults, source);
  }

  /** The HTML with slots, or null when the source is kept instead. */
  public String html() {
    return body == null ? null : body.get();
  }

  /** Whether text could be mistaken for a slot, so a body holding it is kept as source. */
  static boolean hasSlotCharacters(TextProbe text) {
    for (char c = LINK; c <= TEXT; c++) {
      if (text.has(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether HTML escaping would change a text: it holds one of {@code & < > "}. */
  static boolean needsEscape(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"') {
        return true;
      }
    }
    return false;
  }

  /** The ids this body puts on a page (headings, raw HTML ids, footnotes). */
  public Set<String> anchors() {
    java.util.LinkedHashSet<String> a = new java.util.LinkedHashSet<>();
    headings.forEach(h -> a.add(h.id()));
    a.addAll(extraAnchors);
    return a;
  }

  /**
   * The HTML with every slot filled: {@code hrefs} maps a link target as written to its href
   * (targets not in it keep their URL), {@code embeds} a directive call to its HTML.
   */
  String fill(Map<String, String> hrefs, Map<DirectiveCall, String> embeds) {
    Objects.requireNonNull(body, "body");
    String html = body.get();
    StringBuilder b = new StringBuilder(html.length() + 256);
    int n = html.length();
    int i = 0;
    // every slot ends with END, found with indexOf (which neither copies the text nor widens it
    // to chars): one pass for the slots of all kinds; the slot's number and mark stand before it
    for (int end = html.indexOf(END); end >= 0; end = html.indexOf(END, i)) {
      int start = end - 1;
      while (html.charAt(start) >= '0' && html.charAt(start) <= '9') {
        start--;
      }
      b.append(html, i, start);
      char c = html.charAt(start);
      int number = Integer.parseInt(html, start + 1, end, 10);
      if (c == LINK || c == RAW) {
        String url = slotUrls.get(number);
        String href = hrefs.get(url);
        String value = href == null ? url : href;
        String attr = c == LINK ? UrlEscaping.href(value) : value;
        b.append(needsEscape(attr) ? Escaping.escapeHtml(attr, true) : attr);
        i = end + 1;
      } else {
        String made = embeds.get(directives.get(number));
        String out = made == null ? embedDefaults.get(number) : made;
        b.append(out);
        if (!out.endsWith("\n")) {
          b.append('\n');
        }
        // the slot stands on a line of its own
        i = end + 1 < n && html.charAt(end + 1) == '\n' ? end + 2 : end + 1;
      }
    }
    b.append(html, i, n);
    return b.toString();
  }
}
