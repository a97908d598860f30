package handbook.openapi;

import handbook.content.PageInfo;
import handbook.openapi.ApiViews.OperationView;
import handbook.openapi.ApiViews.Toc;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The webhooks of an OpenAPI 3.1 spec: requests the API sends, not receives. */
final class ApiWebhooksPage extends ApiPage {
  ApiWebhooksPage(PageInfo info, ApiModel model, OpenApiKind kind) {
    super(info, model, kind);
  }

  @Override
  public String template() {
    return "api-tag";
  }

  @Override
  Set<String> fixedAnchors() {
    Set<String> a = new LinkedHashSet<>();
    model.webhooks.forEach(o -> a.add(o.anchor()));
    return a;
  }

  @Override
  Object view(ViewMapper m) {
    List<OperationView> ops = model.webhooks.stream().map(o -> m.operation(o, true)).toList();
    List<Toc> toc = ops.stream().map(o -> new Toc(o.anchor(), o.title(), List.of())).toList();
    return new ApiViews.TagPageView(
        info.title(), m.description(kind.strings().get("api.webhooks.lead"), null, 1), null, ops, List.of(), toc, m.href(model.url),
        ApiNav.of(model, m, new ApiNav.Here(null, 0, null, true, false, false)), false);
  }
}
