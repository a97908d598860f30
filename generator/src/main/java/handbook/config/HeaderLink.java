package handbook.config;

import handbook.diag.Span;

/**
 * A link of the site's header (MkDocs' repository link, Docusaurus' navbar items,
 * just-the-docs' {@code aux_links}, Hugo's main menu, site.yaml's {@code header_links}): to
 * another site, or to a page or file of the content, resolved as a link written at the content
 * folder's root is.
 *
 * @param title the link's text
 * @param target an address on another host, a content path ({@code docs/intro.md}) or a
 *     site-root address ({@code /docs/intro})
 * @param at where it is written
 * @param own whether site.yaml gives it: a target that names nothing is then a broken link; one
 *     another tool's config gives is named and left out
 * @param first whether it goes to the first page of the menu under its target (Docusaurus'
 *     {@code docSidebar} item)
 */
public record HeaderLink(String title, String target, Span at, boolean own, boolean first) {
  public HeaderLink(String title, String target, Span at, boolean own) {
    this(title, target, at, own, false);
  }
}
