package handbook.openapi;

import handbook.content.PageInfo;
import handbook.openapi.ApiViews.ContactView;
import handbook.openapi.ApiViews.ExternalDocsView;
import handbook.openapi.ApiViews.LicenseView;
import handbook.openapi.ApiViews.LinkView;
import handbook.openapi.ApiViews.OpRow;
import handbook.openapi.ApiViews.SchemeView;
import handbook.openapi.ApiViews.ServerView;
import handbook.openapi.ApiViews.TagCard;
import handbook.openapi.ApiViews.Toc;
import io.swagger.v3.oas.models.info.Info;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The overview of one API: description, servers, authentication, tags, operations, schemas. */
final class ApiOverviewPage extends ApiPage {
  static final List<String> SECTIONS = List.of("api-servers", "api-security", "api-tags", "api-operations", "api-webhooks", "api-schemas");

  ApiOverviewPage(PageInfo info, ApiModel model, OpenApiKind kind) {
    super(info, model, kind);
  }

  @Override
  public String template() {
    return "api-overview";
  }

  @Override
  Set<String> fixedAnchors() {
    Set<String> a = new LinkedHashSet<>(SECTIONS);
    model.api.getComponents();
    if (model.api.getComponents() != null && model.api.getComponents().getSecuritySchemes() != null) {
      model.api.getComponents().getSecuritySchemes().keySet().forEach(k -> a.add(ViewMapper.schemeAnchor(k)));
    }
    return a;
  }

  @Override
  Object view(ViewMapper m) {
    Info info = model.api.getInfo() == null ? new Info() : model.api.getInfo();
    Map<String, String> t = kind.strings();
    List<ServerView> servers = m.servers(model.api.getServers());
    List<SchemeView> schemes = m.schemes();
    List<TagCard> tags = new ArrayList<>();
    List<ApiViews.TagGroupCards> groups = new ArrayList<>();
    Descriptions d = kind.descriptions(model);
    for (Map.Entry<String, List<ApiModel.Tag>> g : model.tagGroups) {
      List<TagCard> cards = new ArrayList<>();
      for (ApiModel.Tag tag : g.getValue()) {
        TagCard c = new TagCard(tag.name(), m.href(tag.url()), d.plain(tag.description()), tag.ops().size() + tag.shared().size());
        cards.add(c);
        tags.add(c);
      }
      groups.add(new ApiViews.TagGroupCards(g.getKey(), cards));
    }
    List<OpRow> ops = model.operations.stream().map(m::row).toList();
    List<OpRow> hooks = model.webhooks.stream().map(m::row).toList();
    List<LinkView> schemas = new ArrayList<>();
    model.schemaUrls.forEach((name, url) -> schemas.add(new LinkView(name, m.href(url))));
    List<Toc> toc = new ArrayList<>();
    if (!servers.isEmpty()) {
      toc.add(new Toc("api-servers", t.get("api.servers"), List.of()));
    }
    if (!schemes.isEmpty()) {
      toc.add(new Toc("api-security", t.get("api.security"), List.of()));
    }
    if (!tags.isEmpty()) {
      toc.add(new Toc("api-tags", t.get("api.tags"), List.of()));
      toc.add(new Toc("api-operations", t.get("api.operations"), List.of()));
    }
    if (!hooks.isEmpty()) {
      toc.add(new Toc("api-webhooks", t.get("api.webhooks"), List.of()));
    }
    if (!schemas.isEmpty()) {
      toc.add(new Toc("api-schemas", t.get("api.schemas"), List.of()));
    }
    ContactView contact = info.getContact() == null ? null
        : new ContactView(info.getContact().getName(), safe(info.getContact().getUrl()), info.getContact().getEmail());
    LicenseView license = info.getLicense() == null ? null : license(info.getLicense());
    ExternalDocsView docs = model.api.getExternalDocs() == null || safe(model.api.getExternalDocs().getUrl()) == null ? null
        : new ExternalDocsView(model.api.getExternalDocs().getDescription(), safe(model.api.getExternalDocs().getUrl()));
    String html = info.getDescription() == null || info.getDescription().isBlank() ? "" : mdHtml(m, info.getDescription());
    return new ApiViews.OverviewView(
        model.title(),
        info.getSummary() == null || info.getSummary().isBlank() ? null : info.getSummary().strip(),
        info.getVersion(),
        model.api.getOpenapi(),
        html,
        safe(info.getTermsOfService()),
        contact,
        license,
        docs,
        servers,
        schemes,
        m.security(model.api.getSecurity()),
        tags,
        ops,
        schemas,
        hooks,
        toc,
        groups,
        ApiNav.logo(model, m),
        ApiNav.of(model, m, ApiNav.Here.ofOverview()),
        false);
  }

  private static String mdHtml(ViewMapper m, String markdown) {
    return m.description(markdown, "", 1);
  }

  /** A URL from the spec that may become an href: http(s) or mailto only. */
  static String safe(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    return u.matches("(?i)^(https?|mailto):.*") ? u : null;
  }

  /** A license by its name and address; 3.1's SPDX {@code identifier} names it, and links to its page, where they are missing. */
  private static LicenseView license(io.swagger.v3.oas.models.info.License l) {
    String id = l.getIdentifier() == null || !l.getIdentifier().strip().matches("[A-Za-z0-9.+-]+") ? null : l.getIdentifier().strip();
    String url = safe(l.getUrl());
    if (url == null && id != null) {
      url = "https://spdx.org/licenses/" + id + ".html";
    }
    return new LicenseView(l.getName() != null && !l.getName().isBlank() ? l.getName() : id, url);
  }
}
