package handbook.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import handbook.content.Urls;
import handbook.openapi.ApiViews.ApiLinkView;
import handbook.openapi.ApiViews.BodyView;
import handbook.openapi.ApiViews.CallbackView;
import handbook.openapi.ApiViews.DiscriminatorView;
import handbook.openapi.ApiViews.ExternalDocsView;
import handbook.openapi.ApiViews.VariantView;
import handbook.openapi.ApiViews.ExampleView;
import handbook.openapi.ApiViews.FlowView;
import handbook.openapi.ApiViews.HeaderView;
import handbook.openapi.ApiViews.LinkView;
import handbook.openapi.ApiViews.MappingView;
import handbook.openapi.ApiViews.MediaView;
import handbook.openapi.ApiViews.OpRow;
import handbook.openapi.ApiViews.OperationView;
import handbook.openapi.ApiViews.ParamView;
import handbook.openapi.ApiViews.PropertyView;
import handbook.openapi.ApiViews.ResponseView;
import handbook.openapi.ApiViews.SchemaView;
import handbook.openapi.ApiViews.ScopeView;
import handbook.openapi.ApiViews.SecurityItem;
import handbook.openapi.ApiViews.SecurityView;
import handbook.openapi.ApiViews.SchemeView;
import handbook.openapi.ApiViews.ServerView;
import handbook.openapi.ApiViews.VariableView;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Maps the swagger-parser model of one API to view records for one page. Named schemas that a
 * body refers to are shown inline up to {@link #MAX_REF_DEPTH} references deep and within a node
 * budget; a schema that refers to itself (directly or through others) is a link to its page.
 */
final class ViewMapper {
  static final int MAX_REF_DEPTH = 3;
  static final int NODE_BUDGET = 400;
  static final int MAX_INLINE_DEPTH = 12;
  static final int MAX_EXAMPLES = 5;

  /** Renders a description: Markdown, the id prefix of its headings (null: none), heading shift. */
  interface Markdown {
    String html(String markdown, String prefix, int shift);
  }

  private static final ObjectMapper JSON = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = Json.mapper();

  private final ApiModel model;
  private final Map<String, String> t;
  private final String pageUrl;
  private final Markdown md;
  private final ExampleGenerator examples;
  private final RequestSamples samples;
  private final Function<ApiModel.Op, List<LinkView>> mentions;

  /**
   * @param pageUrl the page the views are for: hrefs are relative to it
   * @param mentions the pages that link to an operation (hrefs from {@code pageUrl})
   */
  ViewMapper(ApiModel model, Map<String, String> strings, String pageUrl, Markdown md, Function<ApiModel.Op, List<LinkView>> mentions) {
    this.model = model;
    this.t = strings;
    this.pageUrl = pageUrl;
    this.md = md;
    this.examples = new ExampleGenerator(model.schemas());
    this.samples = new RequestSamples(model, examples);
    this.mentions = mentions;
  }

  String href(String siteUrl) {
    return Urls.href(pageUrl, siteUrl);
  }

  /** A description as HTML: {@code prefix} for its heading ids (null: none), headings moved {@code shift} levels down. */
  String description(String markdown, String prefix, int shift) {
    return markdown == null || markdown.isBlank() ? "" : md.html(markdown, prefix, shift);
  }

  private String html(String markdown, String prefix, int shift) {
    return description(markdown, prefix, shift);
  }

  /** The named schemas an operation refers to directly (parameters, request body, responses). */
  @SuppressWarnings("rawtypes")
  Set<String> uses(ApiModel.Op o) {
    Set<String> out = new TreeSet<>();
    for (Parameter p : parameters(o.item(), o.operation())) {
      refs(p.getSchema(), out, 0);
    }
    RequestBody rb = resolve(o.operation().getRequestBody());
    if (rb != null && rb.getContent() != null) {
      rb.getContent().values().forEach(mt -> refs(mt == null ? null : mt.getSchema(), out, 0));
    }
    if (o.operation().getResponses() != null) {
      for (ApiResponse r : o.operation().getResponses().values()) {
        ApiResponse rr = resolve(r);
        if (rr != null && rr.getContent() != null) {
          rr.getContent().values().forEach(mt -> refs(mt == null ? null : mt.getSchema(), out, 0));
        }
      }
    }
    return out;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void refs(Schema s, Set<String> out, int depth) {
    if (s == null || depth > MAX_INLINE_DEPTH) {
      return;
    }
    if (s.get$ref() != null) {
      String n = refName(s.get$ref(), "schemas");
      if (n != null) {
        out.add(n);
      }
      return;
    }
    if (s.getProperties() != null) {
      ((Map<String, Schema>) s.getProperties()).values().forEach(p -> refs(p, out, depth + 1));
    }
    refs(s.getItems(), out, depth + 1);
    if (additionalProperties(s) instanceof Schema a) {
      refs(a, out, depth + 1);
    }
    for (List<Schema> l : new List[] {s.getAllOf(), s.getOneOf(), s.getAnyOf()}) {
      if (l != null) {
        l.forEach(x -> refs(x, out, depth + 1));
      }
    }
    refs(s.getNot(), out, depth + 1);
  }

  // ------------------------------------------------------------------ overview parts

  List<ServerView> servers(List<Server> servers) {
    List<ServerView> out = new ArrayList<>();
    if (servers == null) {
      return out;
    }
    for (Server s : servers) {
      if (s == null || s.getUrl() == null || s.getUrl().equals("/") && s.getDescription() == null && servers.size() == 1) {
        continue;
      }
      List<VariableView> vars = new ArrayList<>();
      if (s.getVariables() != null) {
        s.getVariables().forEach((name, v) -> vars.add(new VariableView(name, v.getDefault(), v.getEnum() == null ? List.of() : List.copyOf(v.getEnum()), v.getDescription())));
      }
      out.add(new ServerView(s.getUrl(), html(s.getDescription(), null, 3), vars));
    }
    return out;
  }

  List<SchemeView> schemes() {
    List<SchemeView> out = new ArrayList<>();
    Components c = model.api.getComponents();
    if (c == null || c.getSecuritySchemes() == null) {
      return out;
    }
    c.getSecuritySchemes().forEach((key, s) -> out.add(scheme(key, s)));
    return out;
  }

  private SchemeView scheme(String key, SecurityScheme s) {
    String type = s.getType() == null ? "" : s.getType().toString();
    String summary;
    switch (type) {
      case "http" -> {
        String scheme = s.getScheme() == null ? "" : s.getScheme().toLowerCase(Locale.ROOT);
        summary = scheme.equals("bearer")
            ? "HTTP bearer" + (s.getBearerFormat() == null ? "" : " (" + s.getBearerFormat() + ")") + ": Authorization: Bearer <token>"
            : "HTTP " + scheme;
      }
      case "apiKey" -> summary = t("api.scheme.apikey") + " " + s.getName() + " (" + (s.getIn() == null ? "" : s.getIn().toString()) + ")";
      case "oauth2" -> summary = "OAuth 2.0";
      case "openIdConnect" -> summary = "OpenID Connect" + (s.getOpenIdConnectUrl() == null ? "" : ": " + s.getOpenIdConnectUrl());
      case "mutualTLS" -> summary = "Mutual TLS";
      default -> summary = type;
    }
    List<FlowView> flows = new ArrayList<>();
    if (s.getFlows() != null) {
      flow(flows, "implicit", s.getFlows().getImplicit());
      flow(flows, "password", s.getFlows().getPassword());
      flow(flows, "clientCredentials", s.getFlows().getClientCredentials());
      flow(flows, "authorizationCode", s.getFlows().getAuthorizationCode());
    }
    return new SchemeView(key, schemeAnchor(key), type, summary, html(s.getDescription(), null, 3), flows);
  }

  /**
   * A schema's {@code additionalProperties}: a schema, or true or false. OpenAPI 3.1 reads
   * {@code additionalProperties: true} as a boolean schema; it means what 3.0's boolean does.
   */
  static Object additionalProperties(Schema<?> s) {
    Object a = s.getAdditionalProperties();
    if (a instanceof Schema<?> b && b.getBooleanSchemaValue() != null) {
      return b.getBooleanSchemaValue();
    }
    return a;
  }

  static String schemeAnchor(String key) {
    return "sec-" + handbook.markdown.Slugs.slugify(key);
  }

  private static void flow(List<FlowView> out, String name, OAuthFlow f) {
    if (f == null) {
      return;
    }
    List<ScopeView> scopes = new ArrayList<>();
    if (f.getScopes() != null) {
      f.getScopes().forEach((k, v) -> scopes.add(new ScopeView(k, v)));
    }
    out.add(new FlowView(name, f.getAuthorizationUrl(), f.getTokenUrl(), f.getRefreshUrl(), scopes));
  }

  SecurityView security(List<SecurityRequirement> reqs) {
    if (reqs == null || reqs.isEmpty()) {
      return new SecurityView(true, false, List.of());
    }
    boolean optional = false;
    List<List<SecurityItem>> alts = new ArrayList<>();
    for (SecurityRequirement r : reqs) {
      if (r == null || r.isEmpty()) {
        optional = true;
        continue;
      }
      List<SecurityItem> items = new ArrayList<>();
      r.forEach((name, scopes) -> items.add(new SecurityItem(name, href(model.url + "#" + schemeAnchor(name)), scopes == null ? List.of() : List.copyOf(scopes))));
      alts.add(items);
    }
    return new SecurityView(alts.isEmpty(), optional && !alts.isEmpty(), alts);
  }

  OpRow row(ApiModel.Op o) {
    return new OpRow(o.method(), o.webhook() != null ? o.webhook() : o.path(), o.title(), href(model.opUrl(o)), Boolean.TRUE.equals(o.operation().getDeprecated()));
  }

  // ------------------------------------------------------------------ operations

  /** An operation at its home ({@code home}: it gets its anchor) or elsewhere. */
  OperationView operation(ApiModel.Op o, boolean home) {
    return operation(o.operation(), o.item(), o.method(), o.webhook() != null ? o.webhook() : o.path(), home ? o.anchor() : null, o.anchor(), href(model.opUrl(o)), o.webhook(), mentions.apply(o), 0);
  }

  private OperationView operation(
      Operation op, PathItem item, String method, String path, String anchor, String prefix, String href, String webhook, List<LinkView> seenIn, int depth) {
    String summary = op.getSummary() == null ? "" : op.getSummary().strip();
    List<ParamView> params = new ArrayList<>();
    for (Parameter p : parameters(item, op)) {
      params.add(param(p));
    }
    BodyView body = null;
    RequestBody rb = resolve(op.getRequestBody());
    if (rb != null) {
      body = new BodyView(html(rb.getDescription(), null, 3), Boolean.TRUE.equals(rb.getRequired()), media(rb.getContent(), true));
    }
    List<ResponseView> responses = new ArrayList<>();
    if (op.getResponses() != null) {
      op.getResponses().forEach((status, r) -> responses.add(response(status, resolve(r))));
    }
    List<CallbackView> callbacks = new ArrayList<>();
    if (op.getCallbacks() != null && depth == 0) {
      op.getCallbacks().forEach((name, cb) -> {
        Callback c = resolve(cb);
        if (c == null) {
          return;
        }
        c.forEach((expr, pi) -> {
          List<OperationView> ops = new ArrayList<>();
          if (pi != null) {
            Map<PathItem.HttpMethod, Operation> map = pi.readOperationsMap();
            for (PathItem.HttpMethod m : ApiModel.METHODS) {
              if (map.get(m) != null) {
                ops.add(operation(map.get(m), pi, m.name().toLowerCase(Locale.ROOT), expr, null, null, null, null, List.of(), depth + 1));
              }
            }
          }
          callbacks.add(new CallbackView(name, expr, ops));
        });
      });
    }
    List<SecurityRequirement> sec = op.getSecurity() != null ? op.getSecurity() : model.api.getSecurity();
    String title = summary.isEmpty() ? method.toUpperCase(Locale.ROOT) + " " + path : summary;
    return new OperationView(
        anchor,
        method,
        path,
        title,
        summary,
        op.getOperationId(),
        html(op.getDescription(), prefix, 3),
        Boolean.TRUE.equals(op.getDeprecated()),
        op.getServers() != null ? servers(op.getServers()) : item != null && item.getServers() != null ? servers(item.getServers()) : List.of(),
        security(sec),
        params,
        body,
        responses,
        callbacks,
        seenIn,
        href,
        webhook,
        externalDocs(op.getExternalDocs()),
        depth == 0 ? samples.of(op, item, method, path, webhook, parameters(item, op), rb) : List.of());
  }

  /** Path-level parameters, overridden by the operation's own (same name and place). */
  private List<Parameter> parameters(PathItem item, Operation op) {
    Map<String, Parameter> out = new LinkedHashMap<>();
    if (item != null && item.getParameters() != null) {
      for (Parameter p : item.getParameters()) {
        Parameter r = resolve(p);
        if (r != null) {
          out.put(r.getIn() + ":" + r.getName(), r);
        }
      }
    }
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        Parameter r = resolve(p);
        if (r != null) {
          out.put(r.getIn() + ":" + r.getName(), r);
        }
      }
    }
    List<Parameter> list = new ArrayList<>(out.values());
    List<String> order = List.of("path", "query", "header", "cookie");
    list.sort(java.util.Comparator.comparingInt(p -> order.indexOf(p.getIn()) < 0 ? 9 : order.indexOf(p.getIn())));
    return list;
  }

  @SuppressWarnings("rawtypes")
  private ParamView param(Parameter p) {
    Schema s = p.getSchema();
    if (s == null && p.getContent() != null && !p.getContent().isEmpty()) {
      s = p.getContent().values().iterator().next().getSchema();
    }
    String example = p.getExample() != null ? json(p.getExample(), false) : null;
    if (example == null && p.getExamples() != null && !p.getExamples().isEmpty()) {
      Example e = resolve(p.getExamples().values().iterator().next());
      example = e == null || e.getValue() == null ? null : json(e.getValue(), false);
    }
    return new ParamView(
        p.getName(),
        p.getIn(),
        schema(s, new Walk()),
        Boolean.TRUE.equals(p.getRequired()),
        Boolean.TRUE.equals(p.getDeprecated()),
        html(p.getDescription(), null, 4),
        example,
        sentAs(p));
  }

  /**
   * How the parameter's example is written into a request ({@link ParamStyle}), where that is
   * more than its text: an array's or object's, one of a path's label or matrix style.
   */
  private String sentAs(Parameter p) {
    if (p.getName() == null || p.getIn() == null) {
      return null;
    }
    Object value = samples.value(p);
    String style = ParamStyle.Style.of(p).name();
    if (!(value instanceof List<?> || value instanceof Map<?, ?> || style.equals("label") || style.equals("matrix"))) {
      return null;
    }
    return ParamStyle.write(p, value);
  }

  private ResponseView response(String status, ApiResponse r) {
    if (r == null) {
      return new ResponseView(status, kind(status), "", List.of(), List.of(), List.of());
    }
    List<HeaderView> headers = new ArrayList<>();
    if (r.getHeaders() != null) {
      r.getHeaders().forEach((name, h) -> {
        Header hh = resolve(h);
        if (hh != null) {
          headers.add(new HeaderView(name, schema(hh.getSchema(), new Walk()), Boolean.TRUE.equals(hh.getRequired()), Boolean.TRUE.equals(hh.getDeprecated()), html(hh.getDescription(), null, 4)));
        }
      });
    }
    List<ApiLinkView> links = new ArrayList<>();
    if (r.getLinks() != null) {
      r.getLinks().forEach((name, l) -> {
        Link ll = resolve(l);
        if (ll != null) {
          links.add(link(name, ll));
        }
      });
    }
    return new ResponseView(status, kind(status), html(r.getDescription(), null, 4), headers, media(r.getContent(), false), links);
  }

  private ApiLinkView link(String name, Link l) {
    String target = l.getOperationId() != null ? l.getOperationId() : l.getOperationRef();
    String href = null;
    if (l.getOperationId() != null) {
      List<ApiModel.Op> ops = model.byId.getOrDefault(l.getOperationId(), List.of());
      if (ops.size() == 1) {
        href = href(model.opUrl(ops.get(0)));
      }
    }
    List<String> params = new ArrayList<>();
    if (l.getParameters() != null) {
      l.getParameters().forEach((k, v) -> params.add(k + " = " + v));
    }
    if (l.getRequestBody() != null) {
      params.add("requestBody = " + json(l.getRequestBody(), false));
    }
    return new ApiLinkView(name, target, href, params, html(l.getDescription(), null, 4));
  }

  static String kind(String status) {
    if (status == null || status.isEmpty()) {
      return "other";
    }
    return switch (status.charAt(0)) {
      case '1', '2' -> "success";
      case '3' -> "redirect";
      case '4' -> "client";
      case '5' -> "server";
      default -> "other";
    };
  }

  @SuppressWarnings("rawtypes")
  List<MediaView> media(Content content, boolean request) {
    List<MediaView> out = new ArrayList<>();
    if (content == null) {
      return out;
    }
    content.forEach((type, mt) -> {
      if (mt == null) {
        out.add(new MediaView(type, null, List.of()));
        return;
      }
      Schema s = mt.getSchema();
      out.add(new MediaView(type, s == null ? null : schema(s, new Walk()), examples(type, mt, request)));
    });
    return out;
  }

  @SuppressWarnings("rawtypes")
  private List<ExampleView> examples(String mediaType, MediaType mt, boolean request) {
    List<ExampleView> out = new ArrayList<>();
    if (mt.getExamples() != null && !mt.getExamples().isEmpty()) {
      for (Map.Entry<String, Example> e : mt.getExamples().entrySet()) {
        if (out.size() >= MAX_EXAMPLES) {
          break;
        }
        Example ex = resolve(e.getValue());
        if (ex == null) {
          continue;
        }
        String label = ex.getSummary() != null && !ex.getSummary().isBlank() ? ex.getSummary().strip() : e.getKey();
        if (ex.getValue() != null) {
          out.add(code(label, ex.getValue(), mediaType, false, mt.getSchema()));
        } else if (ex.getExternalValue() != null) {
          out.add(new ExampleView(label, ex.getExternalValue(), "text", false));
        }
      }
    }
    if (out.isEmpty() && mt.getExample() != null) {
      out.add(code(null, mt.getExample(), mediaType, false, mt.getSchema()));
    }
    if (out.isEmpty() && mt.getSchema() != null) {
      Schema s = mt.getSchema();
      boolean own = s.get$ref() == null && (s.getExample() != null || s.getExamples() != null && !s.getExamples().isEmpty());
      Object v = examples.example(s, request);
      if (v != null || own) {
        out.add(code(null, v, mediaType, !own, s));
      }
    }
    return out;
  }

  private ExampleView code(String label, Object value, String mediaType, boolean generated) {
    return code(label, value, mediaType, generated, null);
  }

  @SuppressWarnings("rawtypes")
  private ExampleView code(String label, Object value, String mediaType, boolean generated, Schema schema) {
    boolean jsonType = mediaType == null || mediaType.contains("json") || mediaType.equals("*/*");
    if (!jsonType && mediaType.contains("xml") && !(value instanceof String)) {
      Object v;
      try {
        v = COMPACT.convertValue(value, Object.class);
      } catch (IllegalArgumentException e) {
        v = value;
      }
      return new ExampleView(label, new XmlExample(model.schemas()).write(v, schema), "markup", generated);
    }
    if (value instanceof String s && !jsonType) {
      String lang = mediaType.contains("xml") ? "markup" : mediaType.contains("yaml") ? "yaml" : "text";
      return new ExampleView(label, s, lang, generated);
    }
    if (value instanceof String s && jsonType) {
      String trimmed = s.strip();
      if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
        try {
          JsonNode n = COMPACT.readTree(trimmed);
          return new ExampleView(label, json(n, true), "json", generated);
        } catch (JsonProcessingException e) {
          return new ExampleView(label, s, "text", generated);
        }
      }
    }
    return new ExampleView(label, json(value, true), "json", generated);
  }

  static String json(Object value, boolean pretty) {
    try {
      return (pretty ? JSON : COMPACT).writeValueAsString(value);
    } catch (JsonProcessingException | RuntimeException e) {
      return String.valueOf(value);
    }
  }

  // ------------------------------------------------------------------ schemas

  /** The state of one schema display: the named schemas above this node, and what is left of the budget. */
  static final class Walk {
    final Deque<String> refs = new ArrayDeque<>();
    int nodes;
    int inline;
    /** How many of {@link #refs} are parts of an allOf being merged (they do not count for depth). */
    int merging;
  }

  /** The schema of a component, shown on its own page. */
  @SuppressWarnings("rawtypes")
  SchemaView component(String name) {
    Walk w = new Walk();
    w.refs.push(name);
    Schema s = model.schemas().get(name);
    return s == null ? null : build(s, null, null, null, w, "schema");
  }

  @SuppressWarnings("rawtypes")
  SchemaView schema(Schema s, Walk w) {
    return schema(s, w, false);
  }

  /** @param part whether the schema is a part of an allOf being merged */
  @SuppressWarnings("rawtypes")
  private SchemaView schema(Schema s, Walk w, boolean part) {
    if (s == null) {
      return null;
    }
    w.nodes++;
    String ref = s.get$ref();
    if (ref == null && s.getAllOf() != null && s.getAllOf().size() == 1 && ((Schema) s.getAllOf().get(0)).get$ref() != null
        && s.getProperties() == null && s.getOneOf() == null && s.getAnyOf() == null) {
      // allOf: [$ref] with a description beside it (OpenAPI 3.0's way to describe a reference)
      Schema holder = s;
      s = (Schema) s.getAllOf().get(0);
      ref = s.get$ref();
      String name = refName(ref, "schemas");
      Schema target = name == null ? null : model.schemas().get(name);
      if (target != null && !w.refs.contains(name) && w.refs.size() - w.merging < MAX_REF_DEPTH && w.nodes <= NODE_BUDGET) {
        w.refs.push(name);
        try {
          return build(target, holder, name, href(model.schemaUrls.get(name)), w, null);
        } finally {
          w.refs.pop();
        }
      }
    }
    if (ref != null) {
      String name = refName(ref, "schemas");
      Schema target = name == null ? null : model.schemas().get(name);
      if (target == null) {
        return leaf(ref, null, "", false);
      }
      String href = href(model.schemaUrls.get(name));
      if (w.refs.contains(name)) {
        return leaf(name, href, typeOf(target), true);
      }
      if (w.refs.size() - w.merging >= MAX_REF_DEPTH || w.nodes > NODE_BUDGET) {
        return leaf(name, href, typeOf(target), false);
      }
      w.refs.push(name);
      w.merging += part ? 1 : 0;
      try {
        return build(target, s, name, href, w, null);
      } finally {
        w.refs.pop();
        w.merging -= part ? 1 : 0;
      }
    }
    if (w.inline >= MAX_INLINE_DEPTH) {
      return leaf(null, null, typeOf(s), false);
    }
    w.inline++;
    try {
      return build(s, null, null, null, w, null);
    } finally {
      w.inline--;
    }
  }

  private static SchemaView leaf(String name, String href, String type, boolean recursive) {
    return new SchemaView(
        name, href, recursive, false, type, null, null, "", false, false, false, false, List.of(), null, null, null, List.of(), List.of(), null, null, false,
        List.of(), List.of(), List.of(), List.of(), null, List.of(), false, null, null, null, null, List.of(), null, null);
  }

  /**
   * A schema in full. {@code refHolder} is the object that referred to it by {@code $ref}: in
   * OpenAPI 3.1 its own description, title, default and flags (the siblings of the
   * {@code $ref}) win over those of the target.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private SchemaView build(Schema s, Schema refHolder, String name, String href, Walk w, String prefix) {
    List<PropertyView> props = new ArrayList<>();
    Set<String> required = s.getRequired() == null ? Set.of() : new TreeSet<>(s.getRequired());
    List<LinkView> mergedFrom = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    String mergedType = "";
    String mergedDescription = "";
    DiscriminatorView disc = null;
    List<VariantView> oneOf = new ArrayList<>();
    List<VariantView> anyOf = new ArrayList<>();
    if (s.getAllOf() != null) {
      // allOf is shown as one object: the properties of every part, in order
      Map<String, Integer> at = new LinkedHashMap<>();
      Map<String, String> whose = new java.util.HashMap<>();
      for (Object o : s.getAllOf()) {
        Schema ps = (Schema) o;
        SchemaView part = schema(ps, w, true);
        if (part == null) {
          continue;
        }
        String owner = part.name() != null ? part.name() : t("api.merged.inline");
        if (part.name() != null) {
          mergedFrom.add(new LinkView(part.name(), part.href()));
        }
        mergedFrom.addAll(part.mergedFrom());
        conflicts.addAll(part.conflicts());
        for (PropertyView p : part.properties()) {
          Integer i = at.get(p.name());
          if (i == null) {
            at.put(p.name(), props.size());
            whose.put(p.name(), owner);
            props.add(p);
          } else {
            PropertyView before = props.get(i);
            String a = label(before.schema());
            String b = label(p.schema());
            if (!a.equals(b)) {
              conflicts.add(p.name() + ": " + a + " (" + whose.get(p.name()) + ") ≠ " + b + " (" + owner + ")");
            }
            props.set(i, new PropertyView(p.name(), before.required() || p.required(), p.pattern(), p.schema()));
          }
        }
        if (mergedType.isEmpty() && !part.type().isEmpty()) {
          mergedType = part.type();
        }
        if (mergedDescription.isEmpty() && !part.descriptionHtml().isEmpty() && part.name() == null) {
          mergedDescription = part.descriptionHtml();
        }
        if (disc == null && part.discriminator() != null && part.name() == null) {
          disc = part.discriminator();
        }
        // the subtypes of a base schema are not variants of each subtype
        part.oneOf().stream().filter(v -> !v.fromMapping()).forEach(oneOf::add);
        anyOf.addAll(part.anyOf());
      }
    }
    if (s.getProperties() != null) {
      ((Map<String, Schema>) s.getProperties()).forEach((k, v) -> {
        PropertyView pv = new PropertyView(k, required.contains(k), false, schema(v, w));
        int i = indexOf(props, k);
        if (i < 0) {
          props.add(pv);
        } else {
          props.set(i, new PropertyView(k, pv.required() || props.get(i).required(), false, pv.schema()));
        }
      });
    }
    if (!required.isEmpty()) {
      for (int i = 0; i < props.size(); i++) {
        PropertyView p = props.get(i);
        if (!p.required() && required.contains(p.name())) {
          props.set(i, new PropertyView(p.name(), true, p.pattern(), p.schema()));
        }
      }
    }
    if (s.getPatternProperties() != null) {
      ((Map<String, Schema>) s.getPatternProperties()).forEach((k, v) -> props.add(new PropertyView(k, false, true, schema(v, w))));
    }
    SchemaView items = s.getItems() == null || s.getItems().getBooleanSchemaValue() != null ? null : schema(s.getItems(), w);
    SchemaView additional = null;
    boolean additionalAny = false;
    Object extra = additionalProperties(s);
    if (extra == null && s.getUnevaluatedProperties() != null && s.getUnevaluatedProperties().getBooleanSchemaValue() == null) {
      // (3.1) the properties no other keyword names
      extra = s.getUnevaluatedProperties();
    }
    if (extra instanceof Schema a) {
      additional = schema(a, w);
    } else if (Boolean.TRUE.equals(extra)) {
      additionalAny = true;
    }
    if (s.getDiscriminator() != null && s.getDiscriminator().getPropertyName() != null) {
      List<MappingView> mapping = new ArrayList<>();
      if (s.getDiscriminator().getMapping() != null) {
        s.getDiscriminator().getMapping().forEach((value, target) -> {
          String n = target.startsWith("#") ? refName(target, "schemas") : target;
          String u = n == null ? null : model.schemaUrls.get(n);
          mapping.add(new MappingView(value, n == null ? target : n, u == null ? null : href(u)));
        });
      }
      disc = new DiscriminatorView(s.getDiscriminator().getPropertyName(), mapping);
    }
    oneOf.addAll(variants(s.getOneOf(), s.getDiscriminator(), false, w));
    anyOf.addAll(variants(s.getAnyOf(), s.getDiscriminator(), false, w));
    if (oneOf.isEmpty() && anyOf.isEmpty() && s.getDiscriminator() != null && s.getDiscriminator().getMapping() != null && s.getAllOf() == null) {
      // a base schema whose subtypes are named only in its mapping: each subtype is a variant
      List<Schema> mapped = new ArrayList<>();
      for (String target : s.getDiscriminator().getMapping().values()) {
        mapped.add(new Schema<>().$ref(target.startsWith("#") ? target : "#/components/schemas/" + target));
      }
      oneOf.addAll(variants(mapped, s.getDiscriminator(), true, w));
    }
    Schema o = refHolder != null ? refHolder : s;
    String description = o.getDescription() != null ? html(o.getDescription(), prefix, 2) : html(s.getDescription(), prefix, 2);
    if (description.isEmpty()) {
      description = mergedDescription;
    }
    boolean nullable = Boolean.TRUE.equals(s.getNullable()) || s.getTypes() != null && s.getTypes().contains("null") || Boolean.TRUE.equals(o.getNullable());
    String type = typeOf(s);
    if (type.isEmpty()) {
      type = !mergedType.isEmpty() ? mergedType : !props.isEmpty() ? "object" : "";
    }
    Object def = o.getDefault() != null ? o.getDefault() : s.getDefault();
    Object example = o.getExample() != null ? o.getExample() : s.getExample();
    return new SchemaView(
        name,
        href,
        false,
        true,
        type,
        s.getFormat(),
        o.getTitle() != null ? o.getTitle() : s.getTitle(),
        description,
        nullable,
        Boolean.TRUE.equals(s.getReadOnly()) || Boolean.TRUE.equals(o.getReadOnly()),
        Boolean.TRUE.equals(s.getWriteOnly()) || Boolean.TRUE.equals(o.getWriteOnly()),
        Boolean.TRUE.equals(s.getDeprecated()) || Boolean.TRUE.equals(o.getDeprecated()),
        s.getEnum() == null ? List.of() : ((List<Object>) s.getEnum()).stream().map(v -> json(v, false)).toList(),
        def == null ? null : json(def, false),
        s.getConst() == null ? null : json(s.getConst(), false),
        example == null ? null : json(example, false),
        constraints(s),
        props,
        items,
        additional,
        additionalAny,
        List.copyOf(new java.util.LinkedHashSet<>(mergedFrom)),
        conflicts,
        oneOf,
        anyOf,
        s.getNot() == null ? null : schema(s.getNot(), w),
        s.getPrefixItems() == null ? List.of() : ((List<Schema>) s.getPrefixItems()).stream().map(x -> schema(x, w)).filter(java.util.Objects::nonNull).toList(),
        s.getItems() != null && Boolean.FALSE.equals(s.getItems().getBooleanSchemaValue()),
        s.getContains() == null ? null : schema(s.getContains(), w),
        s.getIf() == null ? null : schema(s.getIf(), w),
        s.getThen() == null ? null : schema(s.getThen(), w),
        s.getElse() == null ? null : schema(s.getElse(), w),
        dependentSchemas(s, w),
        disc,
        externalDocs(o.getExternalDocs() != null ? o.getExternalDocs() : s.getExternalDocs()));
  }

  /** 3.1's {@code dependentSchemas}: what a schema asks of an object that has a property, by the property. */
  @SuppressWarnings("rawtypes")
  private List<PropertyView> dependentSchemas(Schema s, Walk w) {
    if (s.getDependentSchemas() == null) {
      return List.of();
    }
    List<PropertyView> out = new ArrayList<>();
    ((Map<String, Schema>) s.getDependentSchemas()).forEach((k, v) -> {
      SchemaView view = schema(v, w);
      if (view != null) {
        out.add(new PropertyView(k, false, false, view));
      }
    });
    return out;
  }

  private static int indexOf(List<PropertyView> props, String name) {
    for (int i = 0; i < props.size(); i++) {
      if (props.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** A short text for a schema, for conflicts: its name or its type. */
  private static String label(SchemaView s) {
    if (s == null) {
      return "?";
    }
    if (s.name() != null) {
      return s.name();
    }
    return s.type().isEmpty() ? "any" : s.type() + (s.format() == null ? "" : " (" + s.format() + ")");
  }

  /**
   * The variants of a oneOf or anyOf, each with a label: its discriminator value(s), its title,
   * the name of the schema it refers to, its const value, its type; "variant N" only when it has
   * none of these.
   */
  @SuppressWarnings("rawtypes")
  private List<VariantView> variants(List<Schema> list, io.swagger.v3.oas.models.media.Discriminator d, boolean fromMapping, Walk w) {
    List<VariantView> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    int i = 0;
    for (Schema v : list) {
      i++;
      SchemaView sv = schema(v, w);
      if (sv == null) {
        continue;
      }
      String refName = v.get$ref() == null ? null : refName(v.get$ref(), "schemas");
      List<String> values = refName == null || d == null ? List.of() : ExampleGenerator.mappingValues(d, refName);
      String label;
      if (!values.isEmpty()) {
        label = String.join(", ", values);
      } else if (sv.title() != null && !sv.title().isBlank()) {
        label = sv.title().strip();
      } else if (sv.name() != null) {
        label = sv.name();
      } else if (sv.constValue() != null) {
        label = sv.constValue();
      } else if (sv.enumValues().size() == 1) {
        label = sv.enumValues().get(0);
      } else if (!sv.type().isEmpty()) {
        label = sv.type() + (sv.items() != null && sv.items().name() != null ? " " + t("api.arrayof.short") + " " + sv.items().name() : "") + (sv.format() == null ? "" : " (" + sv.format() + ")");
      } else {
        label = t("api.variant") + " " + i;
      }
      out.add(new VariantView(label, values.isEmpty() ? null : refName, fromMapping, sv));
    }
    return out;
  }

  ExternalDocsView externalDocs(io.swagger.v3.oas.models.ExternalDocumentation d) {
    if (d == null || ApiOverviewPage.safe(d.getUrl()) == null) {
      return null;
    }
    String text = d.getDescription() == null || d.getDescription().isBlank() ? d.getUrl().strip() : d.getDescription().strip();
    return new ExternalDocsView(text, ApiOverviewPage.safe(d.getUrl()));
  }

  /** The type as written: {@code string}, {@code integer}, {@code string | null}; empty when the schema has none. */
  @SuppressWarnings("rawtypes")
  static String typeOf(Schema s) {
    if (s.getTypes() != null && !s.getTypes().isEmpty()) {
      List<String> ts = new ArrayList<>(new TreeSet<String>(s.getTypes()));
      if (ts.remove("null")) {
        ts.add("null");
      }
      return String.join(" | ", ts);
    }
    if (s.getType() != null) {
      return s.getType();
    }
    if (s.getProperties() != null) {
      return "object";
    }
    if (s.getItems() != null || s.getPrefixItems() != null) {
      return "array";
    }
    return "";
  }

  @SuppressWarnings("rawtypes")
  private List<String> constraints(Schema s) {
    List<String> c = new ArrayList<>();
    BigDecimal min = s.getMinimum();
    if (min != null) {
      c.add((Boolean.TRUE.equals(s.getExclusiveMinimum()) ? "> " : "≥ ") + min.toPlainString());
    } else if (s.getExclusiveMinimumValue() != null) {
      c.add("> " + s.getExclusiveMinimumValue().toPlainString());
    }
    BigDecimal max = s.getMaximum();
    if (max != null) {
      c.add((Boolean.TRUE.equals(s.getExclusiveMaximum()) ? "< " : "≤ ") + max.toPlainString());
    } else if (s.getExclusiveMaximumValue() != null) {
      c.add("< " + s.getExclusiveMaximumValue().toPlainString());
    }
    if (s.getMultipleOf() != null) {
      c.add(t("api.c.multiple") + " " + s.getMultipleOf().toPlainString());
    }
    range(c, t("api.c.length"), s.getMinLength(), s.getMaxLength());
    range(c, t("api.c.items"), s.getMinItems(), s.getMaxItems());
    range(c, t("api.c.properties"), s.getMinProperties(), s.getMaxProperties());
    if (Boolean.TRUE.equals(s.getUniqueItems())) {
      c.add(t("api.c.unique"));
    }
    if (s.getPattern() != null) {
      c.add(t("api.c.pattern") + " " + s.getPattern());
    }
    range(c, t("api.c.contains"), s.getMinContains(), s.getMaxContains());
    // names required that no property of the schema's own lists (a condition's, a not's)
    if (s.getRequired() != null && s.getAllOf() == null) {
      List<String> alone = ((List<String>) s.getRequired()).stream().filter(r -> s.getProperties() == null || !s.getProperties().containsKey(r)).toList();
      if (!alone.isEmpty()) {
        c.add(t("api.c.required") + " " + String.join(", ", alone));
      }
    }
    if (s.getDependentRequired() != null) {
      ((Map<String, List<String>>) s.getDependentRequired()).forEach((k, v) -> c.add(k + " " + t("api.c.requires") + " " + String.join(", ", v)));
    }
    if (s.getPropertyNames() != null && s.getPropertyNames().getPattern() != null) {
      c.add(t("api.c.names") + " " + s.getPropertyNames().getPattern());
    }
    if (s.getContentMediaType() != null || s.getContentEncoding() != null) {
      c.add(t("api.c.content") + " " + java.util.stream.Stream.of(s.getContentMediaType(), s.getContentEncoding()).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", ")));
    }
    return c;
  }

  private static void range(List<String> c, String what, Integer min, Integer max) {
    if (min != null && max != null) {
      c.add(what + " " + (min.equals(max) ? min.toString() : min + "–" + max));
    } else if (min != null) {
      c.add(what + " ≥ " + min);
    } else if (max != null) {
      c.add(what + " ≤ " + max);
    }
  }

  /** The examples of a schema page: the schema's own, or one generated for a response. */
  @SuppressWarnings("rawtypes")
  List<ExampleView> schemaExamples(String name) {
    Schema s = model.schemas().get(name);
    if (s == null) {
      return List.of();
    }
    boolean own = s.getExample() != null || s.getExamples() != null && !s.getExamples().isEmpty();
    Object v = examples.example(s, false);
    return v == null && !own ? List.of() : List.of(code(null, v, "application/json", !own));
  }

  // ------------------------------------------------------------------ references

  /** {@code #/components/schemas/User} → {@code User}; null for other references. */
  static String refName(String ref, String kind) {
    String prefix = "#/components/" + kind + "/";
    if (ref == null || !ref.startsWith(prefix)) {
      return null;
    }
    String n = ref.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
    if (n.indexOf('%') >= 0) {
      try {
        n = URLDecoder.decode(n, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // keep as written
      }
    }
    return n;
  }

  /**
   * Follows {@code $ref}s to {@code #/components/<section>/<name>}, at most five deep; null for
   * a reference to nothing.
   */
  private <T> T resolve(T start, java.util.function.Function<T, String> ref, String section, java.util.function.Function<Components, Map<String, T>> table) {
    T x = start;
    for (int i = 0; x != null && ref.apply(x) != null && i < 5; i++) {
      Components c = model.api.getComponents();
      String n = refName(ref.apply(x), section);
      Map<String, T> m = c == null ? null : table.apply(c);
      x = m == null || n == null ? null : m.get(n);
    }
    return x;
  }

  private Parameter resolve(Parameter p) {
    return resolve(p, Parameter::get$ref, "parameters", Components::getParameters);
  }

  private RequestBody resolve(RequestBody b) {
    return resolve(b, RequestBody::get$ref, "requestBodies", Components::getRequestBodies);
  }

  private ApiResponse resolve(ApiResponse r) {
    return resolve(r, ApiResponse::get$ref, "responses", Components::getResponses);
  }

  private Header resolve(Header h) {
    return resolve(h, Header::get$ref, "headers", Components::getHeaders);
  }

  private Example resolve(Example e) {
    return resolve(e, Example::get$ref, "examples", Components::getExamples);
  }

  private Link resolve(Link l) {
    return resolve(l, Link::get$ref, "links", Components::getLinks);
  }

  private Callback resolve(Callback cb) {
    return resolve(cb, Callback::get$ref, "callbacks", Components::getCallbacks);
  }

  String t(String key) {
    return t.getOrDefault(key, key);
  }
}
