package handbook.content;

import handbook.markdown.DirectiveCall;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/**
 * A page of the site, from any content kind: what the index needs before rendering (its URL,
 * anchors and the links it makes), and a body built once its links are resolved.
 */
public interface Page {
  PageInfo info();

  /** Ids on the page that links may point at with {@code #id}. */
  Set<String> anchors();

  /** Every link the page makes, to be checked and resolved. */
  List<LinkRef> links();

  /** Directive blocks in the page, expanded once the site is indexed. */
  default List<DirectiveCall> directiveCalls() {
    return List.of();
  }

  /** The template that renders it, without extension ({@code doc}, {@code section}). */
  String template();

  /** The kind-specific part of the view, built after link resolution. */
  Object body(PageContext ctx);

  /**
   * The content file its relative links are written from: its source, or for a page generated
   * from other files (a course module's print view) the file whose folder they share.
   */
  default String linkSource() {
    return info().source();
  }

  /** The text of the page for the source-hash cache; null when it cannot be cached. */
  default String sourceText() {
    return null;
  }
}
