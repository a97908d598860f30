package handbook.course;

import handbook.content.ResolveContext;
import handbook.diag.Span;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import handbook.yaml.YamlNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Markdown written in a YAML value of a directive (a quiz question, an exercise task), with the
 * file position of the value so its links are checked and reported where they stand.
 *
 * @param line the file line the text starts on
 * @param column the file column of its first character on that line (for one-line values)
 * @param multiline true for block values ({@code |}), whose columns are not known exactly
 */
public record Snippet(String markdown, String file, int line, int column, boolean multiline) {

  /**
   * The snippet of a scalar value; block scalars start on the line after their indicator, quoted
   * ones one column after the quote.
   */
  static Snippet of(YamlNode.Scalar s, String file, boolean quoted) {
    String v = s.value() == null ? "" : s.value();
    boolean multi = v.endsWith("\n") || v.strip().contains("\n"); // block scalars (| and >) keep a final newline
    return new Snippet(v, file, multi ? s.line() + 1 : s.line(), quoted ? s.column() + 1 : s.column(), multi);
  }

  /** Renders the text with its links resolved from the page it is on (broken links are reported). */
  String html(MarkdownEngine engine, ResolveContext ctx) {
    MarkdownDoc md = engine.parse(markdown, file, 1);
    Map<String, String> hrefs = new HashMap<>();
    for (LinkRef ref : md.links()) {
      Span at =
          Span.at(file, line + ref.span().line() - 1, multiline || ref.span().line() > 1 ? ref.span().column() : column + ref.span().column() - 1);
      String href = ctx.link(ref.target(), at);
      if (href != null) {
        hrefs.put(ref.target(), href);
      }
    }
    return engine.render(md, hrefs, Map.of()).strip();
  }

  /** The same, without the paragraph around a one-paragraph text (for labels and prompts). */
  String inlineHtml(MarkdownEngine engine, ResolveContext ctx) {
    String html = html(engine, ctx);
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }
}
