package handbook.build;

import handbook.content.Directive;
import handbook.content.ResolveContext;
import handbook.diag.Diagnostic;
import handbook.markdown.DirectiveCall;
import handbook.markdown.MarkdownEngine;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MkDocs Material's tags listing, where a page holds {@code <!-- material/tags -->}: each tag
 * with the pages that have it, by title (a heading a tag, as Material draws it). Drawn when every
 * page is loaded, so that a page's tags edited change the listing that shows them. Its options
 * {@code include} and {@code exclude} (tags) are applied; others are named.
 */
public final class TagListing implements Directive {
  /** What the template {@code embeds/tags} sees. */
  public record View(List<TagView> tags) {}

  /** A tag: its title, the id of its heading, its pages. */
  public record TagView(String title, String id, List<PageLink> pages) {}

  /** A page of a tag: its title and the href to it. */
  public record PageLink(String title, String href) {}

  private static final Set<String> OPTIONS = Set.of("include", "exclude");
  private final java.util.function.Supplier<List<TagPages.Tag>> tags;

  TagListing(java.util.function.Supplier<List<TagPages.Tag>> tags) {
    this.tags = tags;
  }

  @Override
  public String name() {
    return MarkdownEngine.TAGS_LISTING;
  }

  @Override
  public String expand(DirectiveCall call, ResolveContext ctx) {
    List<TagView> shown = new ArrayList<>();
    for (TagPages.Tag tag : listed(call, tags.get(), ctx.diagnostics()::add)) {
      List<PageLink> pages = new ArrayList<>();
      for (TagPages.Entry e : tag.entries()) {
        pages.add(new PageLink(e.title(), ctx.href(e.url())));
      }
      shown.add(new TagView(tag.title(), id(tag), List.copyOf(pages)));
    }
    return shown.isEmpty() ? "" : ctx.render("embeds/tags", new View(List.copyOf(shown)));
  }

  /** The headings a page's tags listings draw ({@code ## Setup} of id {@code tag:setup}), at their markers' lines: to link to, and for its table of contents. */
  static List<handbook.markdown.Heading> headings(handbook.content.Page page, List<TagPages.Tag> tags) {
    List<handbook.markdown.Heading> out = new ArrayList<>();
    for (DirectiveCall call : page.directiveCalls()) {
      if (call.name().equals(MarkdownEngine.TAGS_LISTING)) {
        listed(call, tags, d -> {}).forEach(t -> out.add(new handbook.markdown.Heading(2, t.title(), id(t), call.span().line())));
      }
    }
    return out;
  }

  private static String id(TagPages.Tag tag) {
    return "tag:" + tag.url().substring(TagPages.ROOT.length(), tag.url().length() - 1);
  }

  /** The tags a listing shows: those its {@code include} names (all without it), but those its {@code exclude} names. */
  private static List<TagPages.Tag> listed(DirectiveCall call, List<TagPages.Tag> tags, java.util.function.Consumer<Diagnostic> warnings) {
    List<String> include = null;
    List<String> exclude = List.of();
    if (!call.body().isBlank()) {
      YamlParser.Result r = new YamlParser().parse(call.body(), call.span().file(), call.bodyLine());
      if (!r.ok() || !(r.root() instanceof YamlNode.Mapping m)) {
        warnings.accept(Diagnostic.warning("directive.tags", call.span(), "the tags listing's options are not a mapping (`{ include: [a, b] }`): every tag is listed"));
      } else {
        for (YamlNode.Mapping.Entry e : m.entries().values()) {
          if (!OPTIONS.contains(e.key())) {
            warnings.accept(Diagnostic.warning("directive.tags", call.span(), "the tags listing's option `" + e.key() + "` is not applied here (`include` and `exclude` are)"));
          } else if (e.key().equals("include")) {
            include = names(e.value());
          } else {
            exclude = names(e.value());
          }
        }
      }
    }
    List<TagPages.Tag> out = new ArrayList<>();
    for (TagPages.Tag tag : tags) {
      if ((include == null || include.contains(tag.url())) && !exclude.contains(tag.url())) {
        out.add(tag);
      }
    }
    return out;
  }

  /** The tags an option names, as the URLs of their pages (so that spellings of one tag are one). */
  private static List<String> names(YamlNode value) {
    List<String> out = new ArrayList<>();
    if (value instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlNode.Scalar s && s.value() != null) {
          out.add(TagPages.url(s.value().strip()));
        }
      }
    } else if (value instanceof YamlNode.Scalar s && s.value() != null) {
      out.add(TagPages.url(s.value().strip()));
    }
    return out;
  }
}
