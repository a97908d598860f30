package handbook.openapi;

import handbook.content.LinkScheme;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.diag.Suggest;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code api:} link scheme over every API of the site:
 *
 * <ul>
 *   <li>{@code api:getUser}, {@code api:mindframe:getUser}: an operation by operationId;
 *   <li>{@code api:GET /users/{id}}: by method and path (in Markdown {@code api:GET%20/users/{id}},
 *       as flexmark 0.64 takes no space inside a link destination, not even in {@code <...>});
 *   <li>{@code api:schema/User}, {@code api:tag/Brukere}: a schema or tag page;
 *   <li>{@code api:mindframe}: the API's overview.
 * </ul>
 *
 * A name that several APIs (or operations) share is an error that lists the candidates.
 */
final class ApiLinks implements LinkScheme {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** What a link reaches: an operation, or a page (overview, tag, schema). */
  record Hit(ApiModel model, ApiModel.Op op, String url, String title) {
    String written() {
      if (op == null) {
        return url;
      }
      return op.id() != null && model.byId.getOrDefault(op.id(), List.of()).size() == 1
          ? "api:" + model.name + ":" + op.id()
          : "api:" + model.name + ":" + op.label();
    }
  }

  /** A hit, or the diagnostic that says why there is none. */
  record Found(Hit hit, Diagnostic error) {}

  private final Map<String, ApiModel> models = new LinkedHashMap<>();

  ApiLinks(List<ApiModel> models) {
    models.forEach(m -> this.models.put(m.name, m));
  }

  @Override
  public Target resolve(String rest, Span span) {
    Found f = find(rest, span);
    if (f.error() != null) {
      return Target.error(f.error());
    }
    return Target.of(f.hit().url(), f.hit().title());
  }

  /** Resolves the part after {@code api:}. */
  Found find(String rest, Span span) {
    String r = rest.replace("%20", " ").strip();
    if (models.isEmpty()) {
      return error(span, "`api:" + r + "` links to the API reference, but there is no spec in content/api/", null);
    }
    List<ApiModel> scope = new ArrayList<>(models.values());
    String what = r;
    String qual = "";
    int colon = r.indexOf(':');
    if (models.containsKey(r)) {
      ApiModel m = models.get(r);
      if (!anyOperationId(r)) {
        return ok(new Hit(m, null, m.url, m.title()));
      }
    }
    if (colon > 0 && models.containsKey(r.substring(0, colon))) {
      ApiModel m = models.get(r.substring(0, colon));
      scope = List.of(m);
      qual = m.name + ":";
      what = r.substring(colon + 1).strip();
      if (what.isEmpty()) {
        return ok(new Hit(m, null, m.url, m.title()));
      }
    }
    List<Hit> hits = new ArrayList<>();
    String lower = what.toLowerCase(Locale.ROOT);
    if (lower.startsWith("schema/") || lower.startsWith("schemas/")) {
      String name = what.substring(what.indexOf('/') + 1);
      for (ApiModel m : scope) {
        String url = m.schemaUrls.get(name);
        if (url != null) {
          hits.add(new Hit(m, null, url, name));
        }
      }
      if (hits.isEmpty()) {
        Set<String> known = new TreeSet<>();
        scope.forEach(m -> m.schemaUrls.keySet().forEach(known::add));
        String near = Suggest.closest(name, known);
        return error(span, "no schema `" + name + "` in " + where(scope), near == null ? null : "did you mean `api:" + qual + "schema/" + near + "`?");
      }
    } else if (lower.startsWith("tag/")) {
      String name = what.substring(4);
      for (ApiModel m : scope) {
        for (ApiModel.Tag t : m.tags.values()) {
          if (t.key().equals(name) || t.name().equals(name) || t.slug().equals(name)) {
            hits.add(new Hit(m, null, t.url(), t.name()));
          }
        }
      }
      if (hits.isEmpty()) {
        return error(span, "no tag `" + name + "` in " + where(scope), null);
      }
    } else {
      int space = what.indexOf(' ');
      String method = space > 0 ? what.substring(0, space).toLowerCase(Locale.ROOT) : null;
      if (method != null && METHODS.contains(method)) {
        String path = what.substring(space + 1).strip();
        for (ApiModel m : scope) {
          ApiModel.Op op = byPath(m, method, path);
          if (op != null) {
            hits.add(opHit(m, op));
          }
        }
        if (hits.isEmpty()) {
          Set<String> known = new TreeSet<>();
          scope.forEach(m -> m.operations.forEach(o -> known.add(o.label())));
          String near = Suggest.closest(method.toUpperCase(Locale.ROOT) + " " + path, known);
          return error(span, "no operation `" + method.toUpperCase(Locale.ROOT) + " " + path + "` in " + where(scope), near == null ? null : "did you mean `" + near + "`?");
        }
      } else {
        for (ApiModel m : scope) {
          for (ApiModel.Op op : m.byId.getOrDefault(what, List.of())) {
            hits.add(opHit(m, op));
          }
        }
        if (hits.isEmpty()) {
          Set<String> known = new TreeSet<>();
          scope.forEach(m -> known.addAll(m.byId.keySet()));
          String near = Suggest.closest(what, known);
          return error(span, "no operation with operationId `" + what + "` in " + where(scope), near == null ? null : "did you mean `api:" + qual + near + "`?");
        }
      }
    }
    if (hits.size() > 1) {
      List<String> options = new ArrayList<>();
      for (Hit h : hits) {
        options.add("`" + (h.op() == null ? "api:" + h.model().name + ":" + what : h.written()) + "`");
      }
      return error("link.api-ambiguous", span, "`api:" + r + "` is ambiguous: it matches " + hits.size() + " " + (hits.get(0).op() == null ? "pages" : "operations"), "write one of " + String.join(", ", options));
    }
    return ok(hits.get(0));
  }

  private boolean anyOperationId(String id) {
    return models.values().stream().anyMatch(m -> m.byId.containsKey(id));
  }

  private static Hit opHit(ApiModel m, ApiModel.Op op) {
    return new Hit(m, op, m.opUrl(op), op.title());
  }

  /** An operation by method and path; the path may carry a server's base path ({@code /api/v1/users}). */
  static ApiModel.Op byPath(ApiModel m, String method, String path) {
    for (String candidate : candidates(m, path)) {
      for (ApiModel.Op o : m.operations) {
        if (o.method().equals(method) && o.path().equals(candidate)) {
          return o;
        }
      }
    }
    return null;
  }

  /**
   * A server's URL with its variables replaced by their defaults (or first allowed value);
   * protocol-relative URLs ({@code //host/v2}) stay so.
   */
  static String expand(Server s) {
    String u = s.getUrl() == null ? "" : s.getUrl().strip();
    if (s.getVariables() != null) {
      for (Map.Entry<String, io.swagger.v3.oas.models.servers.ServerVariable> v : s.getVariables().entrySet()) {
        io.swagger.v3.oas.models.servers.ServerVariable sv = v.getValue();
        String value = sv == null ? "" : sv.getDefault() != null ? sv.getDefault() : sv.getEnum() != null && !sv.getEnum().isEmpty() ? sv.getEnum().get(0) : "";
        u = u.replace("{" + v.getKey() + "}", value);
      }
    }
    return u;
  }

  /** The path part of a server URL: {@code {scheme}://host/base} and {@code //host/v2} → {@code /base}, {@code /v2}. */
  static String basePath(Server s) {
    String u = expand(s).replaceFirst("^(?:[^:/?#]*:)?//[^/]*", "");
    // a variable in the path that has no value left in it cannot be matched
    return u.contains("{") ? "" : u;
  }

  private static List<String> candidates(ApiModel m, String path) {
    List<String> out = new ArrayList<>(List.of(path));
    if (m.api.getServers() != null) {
      for (Server s : m.api.getServers()) {
        String base = basePath(s);
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        if (!base.isEmpty() && path.startsWith(base + "/")) {
          out.add(path.substring(base.length()));
        }
      }
    }
    return out;
  }

  private String where(List<ApiModel> scope) {
    return scope.size() == 1 ? "the API `" + scope.get(0).name + "`" : "the API reference";
  }

  private static Found ok(Hit h) {
    return new Found(h, null);
  }

  private static Found error(Span span, String message, String hint) {
    return error("link.api", span, message, hint);
  }

  private static Found error(String code, Span span, String message, String hint) {
    Diagnostic d = Diagnostic.error(code, span, message);
    return new Found(null, hint == null ? d : d.withHint(hint));
  }
}
