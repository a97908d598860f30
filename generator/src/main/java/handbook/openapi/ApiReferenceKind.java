package handbook.openapi;

import handbook.content.AllContent;
import handbook.content.ContentKind;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.NoSettings;
import handbook.content.SiteSettings;
import handbook.diag.Diagnostics;
import handbook.yaml.YamlFields;
import java.util.List;
import java.util.Set;

/**
 * The API reference kind: every OpenAPI (3.0, 3.1) or Swagger (2.0) spec under
 * {@code content/api/} becomes an API at {@code api/<name>/} with an overview, a page per tag and
 * a page per schema; the {@code api/} tab lists them. Contributes the {@code api:} link scheme and
 * the {@code openapi} directive. Its pages are made once every kind has loaded, so "mentioned
 * in" lists every page of every kind that links to an operation.
 */
public final class ApiReferenceKind implements ContentKind<NoSettings> {
  @Override
  public String name() {
    return "api";
  }

  @Override
  public boolean claims(String path) {
    return path.startsWith(OpenApiKind.ROOT) && (path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json"));
  }

  @Override
  public NoSettings settings(YamlFields section, SiteSettings site, Diagnostics diags) {
    if (section != null) {
      section.rejectUnknownKeys(Set.of(), "`api`");
    }
    return NoSettings.INSTANCE;
  }

  @Override
  public Set<String> directiveNames() {
    return Set.of(OpenApiDirective.NAME);
  }

  @Override
  public List<String> factGroups() {
    return List.of("api");
  }

  @Override
  public Loaded load(LoadInput in, NoSettings settings) {
    OpenApiKind api = new OpenApiKind();
    return api.load(in).state(api).build();
  }

  @Override
  public Loaded allLoaded(Loaded own, AllContent all, LoadInput in, NoSettings settings) {
    OpenApiKind api = (OpenApiKind) own.state();
    Loaded.Builder out = own.toBuilder();
    api.pages(all, out, in.diagnostics());
    return out.build();
  }
}
