package handbook.content;

import handbook.diag.Diagnostics;
import handbook.diag.Span;

/** What a directive sees when it expands on a page: where it is, and how to make links. */
public interface ResolveContext {
  /** The URL of the page the directive is on. */
  String pageUrl();

  Diagnostics diagnostics();

  /** A relative href from this page to a site URL. */
  String href(String siteUrl);

  /** Renders an embed's view with a template of the site ({@code embeds/checklist}). */
  String render(String template, Object view);

  /** The site's Markdown engine, for text inside a directive. */
  handbook.markdown.MarkdownEngine markdown();

  /** The UI strings of the site's language. */
  java.util.Map<String, String> strings();

  /** The site's language ({@code nb}, {@code en}). */
  String language();

  /** Resolves a link written in content (as in Markdown) from this page; null when broken (reported). */
  String link(String target, Span span);

  /** The title of the page a link written in content names from this page; null for another target (a broken one is reported by {@link #link}). */
  default String title(String target, Span span) {
    return null;
  }
}
