package handbook.openapi;

import handbook.content.PageInfo;
import handbook.openapi.ApiViews.OperationView;
import handbook.openapi.ApiViews.Toc;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The operations of one tag (or one part of a big tag), each under its stable anchor
 * ({@code #getUser}, {@code #op-get-users-id}).
 */
final class ApiTagPage extends ApiPage {
  private final ApiModel.Tag tag;
  private final ApiModel.Part part;

  ApiTagPage(PageInfo info, ApiModel model, ApiModel.Tag tag, ApiModel.Part part, OpenApiKind kind) {
    super(info, model, kind);
    this.tag = tag;
    this.part = part;
  }

  @Override
  public String template() {
    return "api-tag";
  }

  @Override
  Set<String> fixedAnchors() {
    Set<String> a = new LinkedHashSet<>();
    part.ops().forEach(o -> a.add(o.anchor()));
    return a;
  }

  @Override
  Object view(ViewMapper m) {
    List<OperationView> ops = part.ops().stream().map(o -> m.operation(o, true)).toList();
    List<Toc> toc = ops.stream().map(o -> new Toc(o.anchor(), o.title(), List.of())).toList();
    return new ApiViews.TagPageView(
        part.title(),
        part.number() == 1 ? m.description(tag.description(), "tag", 1) : "",
        tag.spec() == null ? null : m.externalDocs(tag.spec().getExternalDocs()),
        ops,
        part.number() == tag.parts().size() ? tag.shared().stream().map(m::row).toList() : List.of(),
        toc,
        m.href(model.url),
        ApiNav.of(model, m, new ApiNav.Here(tag.key(), part.number(), null, false, false, false)),
        false);
  }
}
