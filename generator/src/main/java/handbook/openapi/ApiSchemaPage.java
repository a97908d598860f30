package handbook.openapi;

import handbook.content.PageInfo;
import java.util.List;
import java.util.Set;

/** One named schema: its properties in full, an example, and the operations that use it. */
final class ApiSchemaPage extends ApiPage {
  private final String name;

  ApiSchemaPage(PageInfo info, ApiModel model, String name, OpenApiKind kind) {
    super(info, model, kind);
    this.name = name;
  }

  @Override
  public String template() {
    return "api-schema";
  }

  @Override
  Set<String> fixedAnchors() {
    return Set.of("schema-example", "schema-used-by");
  }

  @Override
  Object view(ViewMapper m) {
    List<ApiModel.Op> users = kind.usedBy(model, name);
    return new ApiViews.SchemaPageView(
        name, m.component(name), m.schemaExamples(name), users.stream().map(m::row).toList(), m.href(model.url), List.of(),
        ApiNav.of(model, m, new ApiNav.Here(null, 0, name, false, false, false)), false);
  }
}
