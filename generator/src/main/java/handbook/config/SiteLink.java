package handbook.config;

import handbook.diag.Span;

/**
 * A link of the site's header or footer (MkDocs' repository link and Material's social links,
 * Docusaurus' navbar and footer, just-the-docs' {@code aux_links}, Hugo's main menu and Docsy's
 * footer links, site.yaml's {@code header_links} and {@code footer_links}): to another site, or
 * to a page or file of the content, resolved as a link written at the content folder's root is.
 *
 * @param title the link's text, or null for the title of the page it goes to
 * @param target an address on another host, a content path ({@code docs/intro.md}) or a
 *     site-root address ({@code /docs/intro})
 * @param at where it is written
 * @param own whether site.yaml gives it: a target that names nothing is then a broken link; one
 *     another tool's config gives is named and left out
 * @param first whether it goes to the first page of the menu under its target (Docusaurus'
 *     {@code docSidebar} item)
 * @param group the title of the footer's column it is in, or null
 */
public record SiteLink(String title, String target, Span at, boolean own, boolean first, String group) {
  public SiteLink(String title, String target, Span at, boolean own) {
    this(title, target, at, own, false, null);
  }

  /** The same link in a footer's column. */
  public SiteLink in(String column) {
    return new SiteLink(title, target, at, own, first, column);
  }
}
