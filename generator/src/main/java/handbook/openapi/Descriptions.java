package handbook.openapi;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.markdown.Heading;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderOptions;
import handbook.markdown.PlainText;
import handbook.source.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of one spec's descriptions. A spec is not trusted: it is rendered by a
 * {@link MarkdownEngine} that escapes raw HTML, and {@code javascript:}, {@code vbscript:} and
 * {@code data:} links are refused. Links in the Redoc style ({@code #operation/getUser},
 * {@code #tag/Users}, {@code #section/Authentication}) and {@code api:} links go to pages of the
 * reference; relative links are checked like any link of the page.
 */
final class Descriptions {
  private static final Set<String> UNSAFE = Set.of("javascript", "vbscript", "data");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+):");

  /** A file the descriptions may come from: the spec and the files it references. */
  record Text(String display, String text) {}

  private final MarkdownEngine engine;
  private final List<Text> files;
  private final Map<String, MarkdownDoc> cache = new ConcurrentHashMap<>();
  private final Map<List<Object>, MarkdownDoc> rendered = new ConcurrentHashMap<>();
  private final Map<String, LineMap> lineMaps = new ConcurrentHashMap<>();

  Descriptions(MarkdownEngine untrusted, List<Text> files) {
    this.engine = untrusted;
    this.files = List.copyOf(files);
  }

  /** The parsed Markdown; when it has links, its positions are those of the text in the spec. */
  MarkdownDoc parse(String markdown) {
    return cache.computeIfAbsent(markdown, this::parseUncached);
  }

  private MarkdownDoc parseUncached(String markdown) {
    MarkdownDoc doc = parseLocated(markdown);
    linkRemoteImages(doc.document());
    return doc;
  }

  /** Whether a link target is on another host ({@code https://...}, {@code //host/...}); {@code api:} is not. */
  static boolean remote(String target) {
    String t = target.strip();
    if (t.startsWith("//") || t.startsWith("\\\\")) {
      return true;
    }
    Matcher m = SCHEME.matcher(t);
    return m.find() && !m.group(1).equalsIgnoreCase("api") && !UNSAFE.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * Images on other hosts become links to them: a spec must not make the reader's browser fetch
   * from elsewhere (a tracking pixel). The link shows the image's text, or its address.
   */
  private static void linkRemoteImages(Node root) {
    List<Image> remote = new ArrayList<>();
    for (Node n : root.getDescendants()) {
      if (n instanceof Image im && remote(Escaping.unescapeString(im.getUrl().toString()))) {
        remote.add(im);
      }
    }
    for (Image im : remote) {
      com.vladsch.flexmark.ast.Link link = new com.vladsch.flexmark.ast.Link();
      link.setTextOpeningMarker(im.getTextOpeningMarker());
      link.setText(im.getText());
      link.setTextClosingMarker(im.getTextClosingMarker());
      link.setLinkOpeningMarker(im.getLinkOpeningMarker());
      link.setUrlChars(im.getUrl());
      link.setLinkClosingMarker(im.getLinkClosingMarker());
      link.setChars(im.getChars());
      if (im.hasChildren()) {
        link.takeChildren(im);
      } else {
        link.appendChild(new com.vladsch.flexmark.ast.Text(im.getUrl()));
      }
      im.insertBefore(link);
      im.unlink();
    }
  }

  private MarkdownDoc parseLocated(String markdown) {
    MarkdownDoc doc;
    try {
      doc = engine.parse(markdown, "", 1);
    } catch (ContentException e) {
      throw located(e, locate(markdown));
    }
    if (doc.links().isEmpty() && !hasAutoLinks(doc)) {
      return doc;
    }
    Span at = locate(markdown);
    MarkdownDoc located = engine.parse(markdown, at.file(), Math.max(1, at.line()));
    if (at.column() <= 1) {
      return located;
    }
    List<LinkRef> shifted = new ArrayList<>();
    for (LinkRef l : located.links()) {
      Span s = l.span();
      shifted.add(new LinkRef(l.target(), Span.at(s.file(), s.line(), s.column() + at.column() - 1), l.image()));
    }
    return new MarkdownDoc(located.document(), located.headings(), shifted, located.directives(), located.extraAnchors(), located.firstH1(), located.htmlH1());
  }

  /** A problem found in a description, at its place in the spec (the engine saw the text alone). */
  private static ContentException located(ContentException e, Span at) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : e.diagnostics()) {
      Span s = d.span();
      int line = at.line() == 0 ? 0 : at.line() + s.line() - 1;
      int column = s.line() == 1 ? at.column() + s.column() - 1 : s.column();
      out.add(new Diagnostic(d.severity(), d.code(), d.message(), Span.at(at.file(), line, line == 0 ? 0 : column), d.hint()));
    }
    return new ContentException(out);
  }

  private static boolean hasAutoLinks(MarkdownDoc doc) {
    for (Node n : doc.document().getDescendants()) {
      if (n instanceof AutoLink || n instanceof MailLink) {
        return true;
      }
    }
    return false;
  }

  /** Where a description's first line stands in the spec (or a file it references). */
  Span locate(String markdown) {
    String first = markdown.strip().lines().findFirst().orElse("");
    int cut = 0;
    while (cut < first.length() && cut < 60 && "\"\\\t".indexOf(first.charAt(cut)) < 0 && first.charAt(cut) < 0x80) {
      cut++;
    }
    String needle = first.substring(0, cut);
    for (Text f : files) {
      int at = needle.length() < 3 ? -1 : f.text().indexOf(needle);
      if (at >= 0) {
        LineMap lines = lineMaps.computeIfAbsent(f.display(), k -> new LineMap(f.text()));
        return Span.at(f.display(), lines.line(at), lines.column(at));
      }
    }
    return Span.file(files.isEmpty() ? "" : files.get(0).display());
  }

  /** The text of the first paragraph, for page descriptions and lists: no Markdown, at most about 200 characters. */
  String plain(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    MarkdownDoc doc = parse(markdown);
    Node n = doc.document().getFirstChild();
    while (n != null && !(n instanceof Paragraph)) {
      n = n.getNext();
    }
    if (n == null) {
      return "";
    }
    String s = PlainText.of(n).replaceAll("\\s+", " ").strip();
    if (s.length() > 200) {
      int cut = s.lastIndexOf(' ', 197);
      s = s.substring(0, cut > 100 ? cut : 197) + " …";
    }
    return s;
  }

  /** What a link in a description becomes. */
  sealed interface Link permits Direct, Checked, Unsafe, Unknown {}

  /** A page of the reference, known without the link phase: its site URL with anchor, or a local {@code #id}. */
  record Direct(String siteUrl, String fragment) implements Link {}

  /** A link for the link phase: relative paths, fragments, {@code api:} links. */
  record Checked(String target) implements Link {}

  /** Refused. */
  record Unsafe(String scheme) implements Link {}

  /** A Redoc-style link to something the spec does not have. */
  record Unknown(String what) implements Link {}

  /**
   * Classifies a link of a description.
   *
   * @param prefix the id prefix of this description's headings ({@code null}: headings get no ids)
   * @param own the heading ids of this description, before prefixing
   */
  static Link classify(String target, ApiModel model, ApiLinks links, String prefix, Set<String> own) {
    String t = target.strip();
    Matcher m = SCHEME.matcher(t);
    if (m.find()) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      String clean = t.replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
      if (UNSAFE.contains(scheme) || UNSAFE.stream().anyMatch(u -> clean.startsWith(u + ":"))) {
        return new Unsafe(scheme);
      }
      if (scheme.equals("api")) {
        return new Checked(t);
      }
      return new Direct(null, t);
    }
    if (t.startsWith("//")) {
      return new Direct(null, t);
    }
    if (t.startsWith("#operation/") || t.startsWith("#tag/")) {
      boolean op = t.startsWith("#operation/");
      String name = t.substring(op ? 11 : 5);
      ApiLinks.Found f = links.find(model.name + ":" + (op ? "" : "tag/") + name, Span.file(""));
      return f.hit() == null ? new Unknown(t) : new Direct(f.hit().url(), null);
    }
    if (t.startsWith("#section/")) {
      String name = t.substring(9);
      return new Direct(model.url + (name.equalsIgnoreCase("authentication") ? "#api-security" : ""), null);
    }
    if (t.startsWith("#") && prefix != null && !prefix.isEmpty() && own.contains(t.substring(1))) {
      return new Direct(null, "#" + prefix + "--" + t.substring(1));
    }
    return new Checked(t);
  }

  /** The links of a parsed description as written ({@code [text](target)}, images, references). */
  static List<LinkRef> links(MarkdownDoc doc) {
    return doc.links();
  }

  /** The targets of autolinks ({@code <scheme:...>}, bare {@code www.} and {@code https://} URLs). */
  static List<String> autolinks(MarkdownDoc doc) {
    List<String> out = new ArrayList<>();
    for (Node n : doc.document().getDescendants()) {
      if (n instanceof AutoLink a) {
        out.add(a.getUrl().toString());
      } else if (n instanceof MailLink m) {
        out.add("mailto:" + m.getText());
      }
    }
    return out;
  }

  static Diagnostic remoteImage(Span span, String target) {
    return Diagnostic.warning("api.remote-image", span, "image `" + target + "` in a description of an OpenAPI spec is on another host; it is shown as a link, not loaded")
        .withHint("spec descriptions are not trusted: put the image into content/ and refer to it by a relative path");
  }

  static Diagnostic unsafe(Span span, String scheme) {
    return Diagnostic.error("api.unsafe-link", span, "`" + scheme + ":` link in a description of an OpenAPI spec")
        .withHint("spec descriptions are not trusted: link to http(s), mailto, api: or pages of this site");
  }

  /**
   * Renders a description with its headings as the page needs them (by the renderer's options,
   * not by editing HTML afterwards).
   *
   * @param hrefs the href of each link target as written
   * @param prefix heading ids get {@code prefix--}; null leaves headings without ids and anchors
   * @param shift how many levels headings move down (an H1 in an operation's description is no H1 of the page)
   */
  String render(String markdown, Map<String, String> hrefs, String prefix, int shift) {
    RenderOptions o =
        prefix == null
            ? new RenderOptions(Math.min(5, shift), "", false, false)
            : new RenderOptions(Math.min(5, shift), prefix.isEmpty() ? "" : prefix + "--", false, true);
    MarkdownDoc doc =
        rendered.computeIfAbsent(
            // keyed by what tells the two options above apart, not by the record (whose own
            // equals and hash spin method handles on their first call)
            List.of(markdown, o.headingShift(), o.idPrefix(), o.headingIds()),
            k -> {
              MarkdownDoc d = engine.parse(markdown, "", 1, o);
              linkRemoteImages(d.document());
              return d;
            });
    return engine.render(doc, hrefs, Map.of());
  }

  /** The heading ids of a description as they appear on the page. */
  static List<String> anchors(MarkdownDoc doc, String prefix) {
    if (prefix == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Heading h : doc.headings()) {
      out.add(prefix.isEmpty() ? h.id() : prefix + "--" + h.id());
    }
    return out;
  }

  /** The heading ids of a description before prefixing. */
  static Set<String> ownIds(MarkdownDoc doc) {
    Set<String> s = new java.util.HashSet<>();
    doc.headings().forEach(h -> s.add(h.id()));
    doc.extraAnchors().forEach(s::add);
    return s;
  }
}
