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

  /**
   * The image its link previews show (an Open Graph card), as written in its source, to be
   * resolved as a link; null for none.
   */
  default LinkRef card() {
    return null;
  }

  /** The pages its front matter links from its pager instead of the menu's neighbours; null for none. */
  default PagerLinks pager() {
    return null;
  }

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

  /**
   * What a diagnostic calls a page that has no file of its own: what the generator made it for
   * ("the alias `/old/` of `content/docs/a.md`"); null for a page of a file.
   *
   * @param contentName how diagnostics name the content folder ({@code content})
   */
  default String madeFor(String contentName) {
    return null;
  }

  /** The content file a diagnostic about the page points at: its own, or the one that asked for it; null for none. */
  default String origin() {
    return info().source();
  }

  /**
   * A fingerprint of everything the body depends on beyond what the build tracks for every page
   * (its links and their titles, embeds, navigation, the site's settings, strings and templates);
   * null when that is not known, so the page is rendered every time.
   */
  default String fingerprint() {
    return null;
  }

  /** Whether the body shows facts of other versions ({@link PageContext#versions()}). */
  default boolean usesVersions() {
    return false;
  }

  /**
   * The searchable text of the page by section, when that is its Markdown body; null to read it
   * from the rendered page (templates mark it up with {@code data-search-*} attributes).
   */
  default List<handbook.markdown.SearchSection> searchSections() {
    return null;
  }
}
