package handbook.openapi;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.diag.Diagnostic;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A page of the API reference. Its view is built twice by the same code: at load time with
 * descriptions only collected (their links, heading ids and refused links), and at render time
 * with descriptions rendered and links resolved.
 */
abstract class ApiPage implements Page {
  protected final PageInfo info;
  protected final ApiModel model;
  protected final OpenApiKind kind;
  private final List<LinkRef> links = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();

  ApiPage(PageInfo info, ApiModel model, OpenApiKind kind) {
    this.info = info;
    this.model = model;
    this.kind = kind;
  }

  /** Collects links and anchors; call once from the subclass constructor's caller. */
  final ApiPage index() {
    Descriptions d = kind.descriptions(model);
    List<LinkRef> fragments = new ArrayList<>();
    ViewMapper.Markdown collect =
        (markdown, prefix, shift) -> {
          MarkdownDoc doc = d.parse(markdown);
          anchors.addAll(Descriptions.anchors(doc, prefix));
          Set<String> own = Descriptions.ownIds(doc);
          for (LinkRef l : Descriptions.links(doc)) {
            if (l.image() && Descriptions.remote(l.target())) {
              kind.problem(Descriptions.remoteImage(l.span(), l.target()));
            }
            Descriptions.Link k = Descriptions.classify(l.target(), model, kind.links(), prefix, own);
            if (k instanceof Descriptions.Unsafe u) {
              kind.problem(Descriptions.unsafe(l.span(), u.scheme()));
            } else if (k instanceof Descriptions.Unknown u) {
              kind.problem(Diagnostic.warning("api.link", l.span(), "`" + u.what() + "` names nothing in the API `" + model.name + "`; the link is left as written"));
            } else if (k instanceof Descriptions.Checked c) {
              String t = c.target();
              if (t.regionMatches(true, 0, "api:", 0, 4)) {
                links.add(l);
              } else if (t.startsWith("#")) {
                fragments.add(l);
              } else if (kind.exists(model.source, t)) {
                links.add(l);
              } else {
                kind.problem(Diagnostic.warning("api.link", l.span(), "`" + t + "` in a description of the spec names no page or file in content/; the link is left as written"));
              }
            }
          }
          for (String a : Descriptions.autolinks(doc)) {
            if (Descriptions.classify(a, model, kind.links(), prefix, own) instanceof Descriptions.Unsafe u) {
              kind.problem(Descriptions.unsafe(d.locate(markdown), u.scheme()));
            }
          }
          return "";
        };
    ViewMapper m = new ViewMapper(model, kind.strings(), info.url(), collect, o -> List.of());
    anchors.addAll(fixedAnchors());
    view(m);
    for (LinkRef l : fragments) {
      if (!anchors.contains(l.target().substring(1))) {
        kind.problem(Diagnostic.warning("api.link", l.span(), "`" + l.target() + "` in a description of the spec names no anchor on `/" + info.url() + "`; the link is left as written"));
      }
    }
    return this;
  }

  /** The view of the page, built with this mapper. */
  abstract Object view(ViewMapper m);

  /** Ids the page always has (operation anchors, section ids). */
  abstract Set<String> fixedAnchors();

  @Override
  public PageInfo info() {
    return info;
  }

  @Override
  public String fingerprint() {
    return kind.fingerprint(model);
  }

  @Override
  public Set<String> anchors() {
    return anchors;
  }

  @Override
  public List<LinkRef> links() {
    return links;
  }

  @Override
  public Object body(PageContext ctx) {
    return view(mapper(kind, model, ctx.url(), target -> ctx.hrefs().getOrDefault(target, target)));
  }

  /**
   * A mapper for a page whose descriptions render with links resolved; {@code checked} gives the
   * href of a link that the link phase resolved.
   */
  static ViewMapper mapper(OpenApiKind kind, ApiModel model, String pageUrl, Function<String, String> checked) {
    Descriptions d = kind.descriptions(model);
    ViewMapper[] self = new ViewMapper[1];
    ViewMapper.Markdown render =
        (markdown, prefix, shift) -> {
          MarkdownDoc doc = d.parse(markdown);
          Set<String> own = Descriptions.ownIds(doc);
          Map<String, String> hrefs = new HashMap<>();
          for (LinkRef l : Descriptions.links(doc)) {
            Descriptions.Link k = Descriptions.classify(l.target(), model, kind.links(), prefix, own);
            if (k instanceof Descriptions.Direct direct) {
              hrefs.put(l.target(), direct.siteUrl() != null ? self[0].href(direct.siteUrl()) : direct.fragment());
            } else if (k instanceof Descriptions.Checked) {
              hrefs.put(l.target(), checked.apply(l.target()));
            } else if (k instanceof Descriptions.Unsafe) {
              hrefs.put(l.target(), "#");
            }
          }
          return d.render(markdown, hrefs, prefix, shift);
        };
    self[0] = new ViewMapper(model, kind.strings(), pageUrl, render, o -> kind.mentions(model, o, self[0]));
    return self[0];
  }
}
