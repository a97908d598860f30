package handbook.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import handbook.openapi.ApiViews.SampleView;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request samples of an operation: the spec's own ({@code x-codeSamples}), then a
 * {@code curl} command and the raw HTTP request, made from the first server, the parameters
 * (required ones filled from their examples or schema), the first security scheme and the
 * request body's example.
 */
final class RequestSamples {
  /** Where a relative server URL is shown to point. */
  static final String PLACEHOLDER_HOST = "api.example.com";

  private static final ObjectMapper PRETTY = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = Json.mapper();

  private final ApiModel model;
  private final ExampleGenerator examples;

  RequestSamples(ApiModel model, ExampleGenerator examples) {
    this.model = model;
    this.examples = examples;
  }

  /** The samples, the spec's first; generated ones not for webhooks (the API sends those). */
  List<SampleView> of(Operation op, PathItem item, String method, String path, String webhook, List<Parameter> params, RequestBody body) {
    List<SampleView> out = new ArrayList<>(model.codeSamples.getOrDefault(op, List.of()));
    if (webhook != null) {
      return out;
    }
    Request r = request(op, item, method, path, params, body);
    out.add(new SampleView("curl", "bash", curl(r), true));
    out.add(new SampleView("HTTP", "http", http(r), true));
    return out;
  }

  /** One request, as both samples show it. */
  record Request(String method, String scheme, String host, String target, List<String[]> headers, String contentType, String body, List<String[]> form, boolean multipart) {}

  @SuppressWarnings("rawtypes")
  private Request request(Operation op, PathItem item, String method, String path, List<Parameter> params, RequestBody body) {
    String base = baseUrl(op, item);
    String scheme = "https";
    String host = PLACEHOLDER_HOST;
    String basePath = "";
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?//([^/]*)(.*)$").matcher(base);
    if (m.matches()) {
      scheme = m.group(1) == null ? "https" : m.group(1).toLowerCase(Locale.ROOT);
      host = m.group(2).isEmpty() ? PLACEHOLDER_HOST : m.group(2);
      basePath = m.group(3);
    } else {
      basePath = base;
    }
    basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    String p = path;
    List<String> query = new ArrayList<>();
    List<String[]> headers = new ArrayList<>();
    List<String> cookies = new ArrayList<>();
    for (Parameter param : params) {
      if (param.getName() == null || param.getIn() == null) {
        continue;
      }
      boolean needed = Boolean.TRUE.equals(param.getRequired()) || "path".equals(param.getIn());
      if (!needed) {
        continue;
      }
      String v = ParamStyle.write(param, value(param));
      switch (param.getIn()) {
        case "path" -> p = p.replace("{" + param.getName() + "}", v);
        case "query" -> query.add(v);
        case "header" -> headers.add(new String[] {param.getName(), v});
        case "cookie" -> cookies.add(v);
        default -> {}
      }
    }
    security(op, headers, query);
    if (!cookies.isEmpty()) {
      headers.add(new String[] {"Cookie", String.join("; ", cookies)});
    }
    String contentType = null;
    String text = null;
    List<String[]> form = new ArrayList<>();
    boolean multipart = false;
    if (body != null && body.getContent() != null && !body.getContent().isEmpty()) {
      Map.Entry<String, MediaType> first = body.getContent().entrySet().iterator().next();
      contentType = first.getKey();
      MediaType mt = first.getValue();
      Object v = mt == null ? null : example(mt);
      String ct = contentType.toLowerCase(Locale.ROOT);
      if (ct.startsWith("multipart/") || ct.equals("application/x-www-form-urlencoded")) {
        multipart = ct.startsWith("multipart/");
        if (plain(v) instanceof Map<?, ?> map) {
          if (multipart) {
            // an array's items each a part of the same name
            map.forEach((k, x) -> {
              for (Object one : x instanceof List<?> items ? items : java.util.Collections.singletonList(x)) {
                form.add(new String[] {String.valueOf(k), one instanceof String s ? s : json(one, false)});
              }
            });
          } else {
            // each property as a form's field: an array repeated, unless its encoding says otherwise
            List<String> pairs = new ArrayList<>();
            map.forEach((k, x) -> pairs.add(ParamStyle.write(field(String.valueOf(k), mt.getEncoding() == null ? null : mt.getEncoding().get(String.valueOf(k))), x)));
            text = String.join("&", pairs);
          }
        }
      } else if (ct.contains("json") || ct.equals("*/*")) {
        text = v == null ? "{}" : v instanceof String s ? s : json(v, true);
      } else if (ct.contains("xml")) {
        text = v instanceof String s ? s : new XmlExample(model.schemas()).write(plain(v), mt == null ? null : mt.getSchema());
      } else if (v instanceof String s) {
        text = s;
      }
    }
    String target = basePath + p + (query.isEmpty() ? "" : "?" + String.join("&", query));
    return new Request(method.toUpperCase(Locale.ROOT), scheme, host, target.isEmpty() ? "/" : target, headers, contentType, text, form, multipart);
  }

  private String baseUrl(Operation op, PathItem item) {
    List<Server> servers = op.getServers() != null && !op.getServers().isEmpty() ? op.getServers()
        : item != null && item.getServers() != null && !item.getServers().isEmpty() ? item.getServers()
        : model.api.getServers();
    if (servers == null || servers.isEmpty() || servers.get(0) == null || servers.get(0).getUrl() == null) {
      return "";
    }
    return ApiLinks.expand(servers.get(0));
  }

  /** A parameter's value in a sample: its example, or one made from its schema (its name where there is neither). */
  @SuppressWarnings("rawtypes")
  Object value(Parameter p) {
    Object v = p.getExample();
    if (v == null && p.getExamples() != null && !p.getExamples().isEmpty()) {
      Example e = p.getExamples().values().iterator().next();
      v = e == null ? null : e.getValue();
    }
    Schema s = p.getSchema();
    if (v == null && s == null && p.getContent() != null && !p.getContent().isEmpty()) {
      s = p.getContent().values().iterator().next().getSchema();
    }
    if (v == null && s != null) {
      v = examples.example(s, true);
    }
    v = plain(v);
    return v == null ? p.getName() : v;
  }

  @SuppressWarnings("rawtypes")
  private Object example(MediaType mt) {
    if (mt.getExamples() != null && !mt.getExamples().isEmpty()) {
      Example e = mt.getExamples().values().iterator().next();
      Components c = model.api.getComponents();
      for (int i = 0; e != null && e.get$ref() != null && i < 5; i++) {
        String n = ViewMapper.refName(e.get$ref(), "examples");
        e = c == null || c.getExamples() == null || n == null ? null : c.getExamples().get(n);
      }
      if (e != null && e.getValue() != null) {
        return e.getValue();
      }
    }
    if (mt.getExample() != null) {
      return mt.getExample();
    }
    Schema s = mt.getSchema();
    return s == null ? null : examples.example(s, true);
  }

  /** The first security requirement: its schemes as headers or query parameters with placeholders. */
  private void security(Operation op, List<String[]> headers, List<String> query) {
    List<SecurityRequirement> sec = op.getSecurity() != null ? op.getSecurity() : model.api.getSecurity();
    Components c = model.api.getComponents();
    if (sec == null || sec.isEmpty() || sec.get(0) == null || c == null || c.getSecuritySchemes() == null) {
      return;
    }
    for (String name : sec.get(0).keySet()) {
      SecurityScheme s = c.getSecuritySchemes().get(name);
      if (s == null || s.getType() == null) {
        continue;
      }
      switch (s.getType()) {
        case APIKEY -> {
          String key = s.getName() == null ? name : s.getName();
          if (s.getIn() == SecurityScheme.In.QUERY) {
            query.add(ParamStyle.encode(key) + "=" + "YOUR_API_KEY");
          } else if (s.getIn() == SecurityScheme.In.COOKIE) {
            headers.add(new String[] {"Cookie", key + "=YOUR_API_KEY"});
          } else {
            headers.add(new String[] {key, "YOUR_API_KEY"});
          }
        }
        case HTTP -> {
          String scheme = s.getScheme() == null ? "bearer" : s.getScheme().toLowerCase(Locale.ROOT);
          headers.add(new String[] {"Authorization", scheme.equals("basic") ? "Basic BASE64(USER:PASSWORD)" : capital(scheme) + " YOUR_TOKEN"});
        }
        case OAUTH2, OPENIDCONNECT -> headers.add(new String[] {"Authorization", "Bearer YOUR_TOKEN"});
        default -> {}
      }
    }
  }

  static String curl(Request r) {
    StringBuilder b = new StringBuilder("curl");
    if (!r.method().equals("GET") || r.body() != null || !r.form().isEmpty()) {
      b.append(" -X ").append(r.method());
    }
    String url = r.scheme() + "://" + r.host() + r.target();
    if (url.matches(".*[\\[\\]{}].*")) {
      // brackets and braces are curl's ranges and sets otherwise
      b.append(" --globoff");
    }
    b.append(' ').append(quote(url));
    for (String[] h : r.headers()) {
      b.append(" \\\n  -H ").append(quote(h[0] + ": " + h[1]));
    }
    if (r.multipart()) {
      for (String[] f : r.form()) {
        b.append(" \\\n  -F ").append(quote(f[0] + "=" + f[1]));
      }
    } else if (r.contentType() != null) {
      b.append(" \\\n  -H ").append(quote("Content-Type: " + r.contentType()));
      if (r.body() != null) {
        b.append(" \\\n  --data ").append(quote(r.body()));
      } else {
        b.append(" \\\n  --data-binary @file");
      }
    }
    return b.toString();
  }

  static String http(Request r) {
    StringBuilder b = new StringBuilder();
    b.append(r.method()).append(' ').append(r.target()).append(" HTTP/1.1\n");
    b.append("Host: ").append(r.host()).append('\n');
    for (String[] h : r.headers()) {
      b.append(h[0]).append(": ").append(h[1]).append('\n');
    }
    String body = r.body();
    if (r.multipart()) {
      String boundary = "----HandbookBoundary";
      b.append("Content-Type: ").append(r.contentType()).append("; boundary=").append(boundary).append('\n');
      StringBuilder m = new StringBuilder();
      for (String[] f : r.form()) {
        m.append("--").append(boundary).append("\nContent-Disposition: form-data; name=\"").append(f[0]).append("\"\n\n").append(f[1]).append('\n');
      }
      body = m.append("--").append(boundary).append("--").toString();
    } else if (r.contentType() != null) {
      b.append("Content-Type: ").append(r.contentType()).append('\n');
    }
    if (body != null) {
      b.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\n\n").append(body);
    }
    return b.toString().stripTrailing();
  }

  /** A shell word in single quotes. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** A field of a form body as a query parameter of the style its encoding gives (form, exploded, by default). */
  private static Parameter field(String name, io.swagger.v3.oas.models.media.Encoding encoding) {
    Parameter p = new Parameter().name(name).in("query");
    if (encoding != null && encoding.getStyle() != null) {
      for (Parameter.StyleEnum style : Parameter.StyleEnum.values()) {
        if (style.toString().equals(encoding.getStyle().toString())) {
          p.setStyle(style);
        }
      }
    }
    if (encoding != null) {
      p.setExplode(encoding.getExplode());
      p.setAllowReserved(encoding.getAllowReserved());
    }
    return p;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Jackson nodes (examples as the parser keeps them) as maps, lists and scalars. */
  private static Object plain(Object v) {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    try {
      return COMPACT.convertValue(v, Object.class);
    } catch (IllegalArgumentException e) {
      return v;
    }
  }

  private static String json(Object v, boolean pretty) {
    try {
      if (v instanceof String s) {
        return s;
      }
      return (pretty ? PRETTY : COMPACT).writeValueAsString(v);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      return String.valueOf(v);
    }
  }
}
