package handbook.docs;

import handbook.content.Directive;
import handbook.content.ResolveContext;
import handbook.markdown.DirectiveCall;
import handbook.markdown.MarkdownEngine;
import handbook.render.Html;

/**
 * A card that links a page by its title ({@link MarkdownEngine#PAGE_CARD}: GitBook's
 * {@code content-ref}, whose own words for the link are its file's name): drawn as a folder
 * page's cards are. A link to a file, or to another site, is shown by its address.
 */
public final class PageCard implements Directive {
  @Override
  public String name() {
    return MarkdownEngine.PAGE_CARD;
  }

  @Override
  public String expand(DirectiveCall call, ResolveContext ctx) {
    String target = call.body().strip().lines().findFirst().orElse("").strip();
    if (target.isEmpty()) {
      return "";
    }
    String href = ctx.link(target, call.span());
    String title = ctx.title(target, call.span());
    return "<ul class=\"cards\">\n<li class=\"card\"><a class=\"card-link\" href=\"" + Html.escape(href == null ? target : href) + "\">"
        + Html.escape(title == null || title.isBlank() ? target : title) + "</a></li>\n</ul>\n";
  }
}
