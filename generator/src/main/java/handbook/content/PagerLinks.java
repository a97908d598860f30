package handbook.content;

import handbook.markdown.LinkRef;

/**
 * The pages a page's front matter gives its previous and next links, as links to resolve (the
 * menu's neighbours where null): Docusaurus' {@code pagination_prev}, VitePress' {@code prev.link}.
 */
public record PagerLinks(LinkRef prev, LinkRef next) {}
