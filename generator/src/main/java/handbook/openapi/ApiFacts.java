package handbook.openapi;

import handbook.content.Fact;
import handbook.content.Hashes;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an operation promises, as a fact for comparing versions: its required parameters (adding
 * one breaks callers) and the properties of its successful responses with their types (removing
 * one, or changing its type, breaks readers).
 */
final class ApiFacts {
  private ApiFacts() {}

  static Fact of(ApiModel m, ApiModel.Op o, String url) {
    Set<String> keep = new TreeSet<>();
    Set<String> noAdd = new TreeSet<>();
    List<String> all = new ArrayList<>();
    keep.add("operation " + o.label());
    List<Parameter> params = new ArrayList<>();
    if (o.item().getParameters() != null) {
      params.addAll(o.item().getParameters());
    }
    if (o.operation().getParameters() != null) {
      params.addAll(o.operation().getParameters());
    }
    for (Parameter p : params) {
      if (p == null || p.getName() == null) {
        continue;
      }
      String k = "parameter " + p.getIn() + " " + p.getName() + ": " + type(m, p.getSchema());
      all.add(k + (Boolean.TRUE.equals(p.getRequired()) ? " required" : ""));
      if (Boolean.TRUE.equals(p.getRequired())) {
        noAdd.add(k + " (required)");
      }
    }
    if (o.operation().getRequestBody() != null && Boolean.TRUE.equals(o.operation().getRequestBody().getRequired())) {
      noAdd.add("request body (required)");
    }
    if (o.operation().getResponses() != null) {
      for (Map.Entry<String, ApiResponse> r : o.operation().getResponses().entrySet()) {
        all.add("response " + r.getKey());
        if (!r.getKey().startsWith("2") || r.getValue() == null || r.getValue().getContent() == null) {
          continue;
        }
        for (Map.Entry<String, MediaType> c : r.getValue().getContent().entrySet()) {
          Schema<?> s = resolve(m, c.getValue() == null ? null : c.getValue().getSchema());
          if (s != null && s.getProperties() != null) {
            s.getProperties().forEach((name, prop) -> keep.add("response " + r.getKey() + " property " + name + ": " + type(m, prop)));
          }
        }
      }
    }
    all.addAll(keep);
    all.addAll(noAdd);
    all.add(String.valueOf(o.operation().getSummary()));
    all.add(String.valueOf(o.operation().getDescription()));
    all.add(String.valueOf(o.operation().getDeprecated()));
    String title = o.label() + (o.id() == null ? "" : " (" + o.id() + ")");
    return new Fact("api", m.name + " " + o.label(), title, url, Hashes.of(String.join("\n", all)), keep, noAdd, Map.of());
  }

  private static Schema<?> resolve(ApiModel m, Schema<?> s) {
    int guard = 0;
    while (s != null && s.get$ref() != null && guard++ < 10) {
      String ref = s.get$ref();
      s = m.schemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return s;
  }

  static String type(ApiModel m, Schema<?> s) {
    if (s == null) {
      return "any";
    }
    if (s.get$ref() != null) {
      return s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
    }
    String t = s.getType();
    if (t == null && s.getTypes() != null && !s.getTypes().isEmpty()) {
      t = String.join("|", new TreeSet<>(s.getTypes()));
    }
    if ("array".equals(t) || t != null && t.contains("array")) {
      return "array of " + type(m, s.getItems());
    }
    return (t == null ? "object" : t) + (s.getFormat() == null ? "" : " (" + s.getFormat() + ")");
  }
}
