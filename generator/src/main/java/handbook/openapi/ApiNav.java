package handbook.openapi;

import handbook.openapi.ApiViews.ApiNavView;
import handbook.openapi.ApiViews.LogoView;
import handbook.openapi.ApiViews.NavGroup;
import handbook.openapi.ApiViews.NavLink;
import handbook.openapi.ApiViews.NavOp;
import handbook.openapi.ApiViews.NavSchemas;
import handbook.openapi.ApiViews.NavTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The navigation of one API for one of its pages ({@link ApiNavView}). Its size does not grow
 * with the API: only the tag of the page lists its operations, and of more than
 * {@link #SCHEMAS_LISTED} schemas only those that start with the current schema's letter.
 */
final class ApiNav {
  static final int SCHEMAS_LISTED = 40;

  private ApiNav() {}

  /** Where a page stands in its API. */
  record Here(String tagKey, int part, String schema, boolean webhooks, boolean schemas, boolean overview) {
    static Here ofOverview() {
      return new Here(null, 0, null, false, false, true);
    }
  }

  static ApiNavView of(ApiModel m, ViewMapper v, Here here) {
    List<NavGroup> groups = new ArrayList<>();
    for (Map.Entry<String, List<ApiModel.Tag>> g : m.tagGroups) {
      List<NavTag> tags = new ArrayList<>();
      for (ApiModel.Tag t : g.getValue()) {
        boolean open = t.key().equals(here.tagKey());
        List<NavOp> ops = new ArrayList<>();
        List<NavLink> parts = new ArrayList<>();
        if (open) {
          ApiModel.Part part = t.parts().get(Math.max(0, Math.min(t.parts().size(), here.part()) - 1));
          part.ops().forEach(o -> ops.add(op(m, v, o)));
          if (t.parts().size() > 1) {
            t.parts().forEach(p -> parts.add(new NavLink(p.title(), v.href(p.url()), p == part)));
          }
        }
        tags.add(new NavTag(t.name(), v.href(t.url()), open && here.part() == 1, open, t.ops().size(), ops, parts));
      }
      groups.add(new NavGroup(g.getKey(), tags));
    }
    NavTag hooks = null;
    if (!m.webhooks.isEmpty()) {
      List<NavOp> ops = here.webhooks() ? m.webhooks.stream().map(o -> op(m, v, o)).toList() : List.of();
      hooks = new NavTag(v.t("api.webhooks"), v.href(m.webhooksUrl()), here.webhooks(), here.webhooks(), m.webhooks.size(), ops, List.of());
    }
    NavSchemas schemas = null;
    if (!m.schemaUrls.isEmpty()) {
      List<NavLink> items = new ArrayList<>();
      boolean partial = m.schemaUrls.size() > SCHEMAS_LISTED;
      String letter = here.schema() == null || here.schema().isEmpty() ? null : here.schema().substring(0, 1).toUpperCase(Locale.ROOT);
      if (!partial || letter != null) {
        m.schemaUrls.forEach((name, url) -> {
          if (!partial || !name.isEmpty() && name.substring(0, 1).toUpperCase(Locale.ROOT).equals(letter)) {
            items.add(new NavLink(name, v.href(url), name.equals(here.schema())));
          }
        });
      }
      boolean open = here.schema() != null || here.schemas();
      schemas = new NavSchemas(v.href(m.schemasUrl()), m.schemaUrls.size(), open, here.schemas(), items, partial);
    }
    return new ApiNavView(m.title(), v.href(m.url), here.overview(), logo(m, v), v.href(OpenApiKind.ROOT), groups, hooks, schemas);
  }

  static LogoView logo(ApiModel m, ViewMapper v) {
    return m.logoUrl == null ? null : new LogoView(v.href(m.logoUrl), m.logoAlt == null ? m.title() : m.logoAlt, m.logoHref);
  }

  private static NavOp op(ApiModel m, ViewMapper v, ApiModel.Op o) {
    return new NavOp(o.method(), o.title(), v.href(m.opUrl(o)), Boolean.TRUE.equals(o.operation().getDeprecated()));
  }

  /**
   * Reads {@code info.x-logo}: an image file in content/ (relative to the spec) is shown; an
   * image on another host is not, since the site loads nothing from other hosts (a warning).
   */
  static void readLogo(ApiModel m, java.util.function.Predicate<String> exists, List<handbook.diag.Diagnostic> out) {
    Object ext = m.api.getInfo() == null || m.api.getInfo().getExtensions() == null ? null : m.api.getInfo().getExtensions().get("x-logo");
    if (!(ext instanceof Map<?, ?> logo) || !(logo.get("url") instanceof String url) || url.isBlank()) {
      return;
    }
    String u = url.strip();
    handbook.diag.Span at = m.span("/info/x-logo/url");
    if (u.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || u.startsWith("//")) {
      out.add(
          handbook.diag.Diagnostic.warning("api.logo", at, "`x-logo` `" + u + "` is on another host; the site loads nothing from other hosts, so it is not shown")
              .withHint("copy the image into content/ and give its path relative to the spec"));
      return;
    }
    String target = handbook.content.Urls.normalize(handbook.content.Urls.sourceFolder(m.source) + PathItemRefs.decode(u));
    if (target == null || !exists.test(target)) {
      out.add(handbook.diag.Diagnostic.warning("api.logo", at, "`x-logo` `" + u + "` names no file in content/; it is not shown"));
      return;
    }
    m.logoUrl = target;
    m.logoAlt = logo.get("altText") instanceof String a && !a.isBlank() ? a.strip() : null;
    m.logoHref = logo.get("href") instanceof String h ? ApiOverviewPage.safe(h) : null;
  }
}
