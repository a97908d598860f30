package handbook.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * What swagger-parser's converter makes of Swagger 2's parameters that is not what the spec says,
 * mended: an array's default is its text ({@code "[\"red\"]"}: made the array again); a query
 * array sent with tabs between its items ({@code collectionFormat: tsv}, which OpenAPI 3 has no
 * style for) has no style, so that it would be read as a form's, one pair per item (marked here,
 * {@link #MARK}, and sent with tabs by {@link ParamStyle}).
 */
final class Swagger2Params {
  /** The extension a converted parameter is marked with. */
  static final String MARK = "x-handbook-tsv";

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch");

  private Swagger2Params() {}

  /** Mends the parameters of {@code api}, converted from the Swagger 2 spec {@code text}. */
  static void mend(String text, OpenAPI api) {
    if (api.getPaths() != null) {
      for (PathItem item : api.getPaths().values()) {
        arrayDefaults(item.getParameters());
        item.readOperations().forEach(op -> arrayDefaults(op.getParameters()));
      }
    }
    if (api.getComponents() != null && api.getComponents().getParameters() != null) {
      arrayDefaults(List.copyOf(api.getComponents().getParameters().values()));
    }
    markTabs(text, api);
  }

  /** An array's default given as its JSON text made the array (as OpenAPI 3's parser gives it). */
  private static void arrayDefaults(List<Parameter> params) {
    if (params == null) {
      return;
    }
    for (Parameter p : params) {
      if (p.getSchema() instanceof io.swagger.v3.oas.models.media.ArraySchema a && a.getDefault() instanceof String s && s.startsWith("[")) {
        try {
          JsonNode array = JSON.readTree(s);
          if (array != null && array.isArray()) {
            a.setDefault(array);
          }
        } catch (IOException e) {
          // not JSON: left as the text it is
        }
      }
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /** Marks the query parameters of {@code api} that the Swagger 2 spec {@code text} sends tab-separated. */
  private static void markTabs(String text, OpenAPI api) {
    if (!text.contains("tsv") || api.getPaths() == null) {
      return;
    }
    JsonNode root;
    try {
      // (JSON is YAML: one reader for both; the spec was read once already, so it is no bomb)
      root = new YAMLMapper().readTree(text);
    } catch (IOException | RuntimeException e) {
      return;
    }
    if (root == null) {
      return;
    }
    JsonNode shared = root.path("parameters");
    root.path("paths").fields().forEachRemaining(path -> {
      PathItem item = api.getPaths().get(path.getKey());
      if (item == null) {
        return;
      }
      Map<String, Boolean> onPath = query(path.getValue().path("parameters"), shared);
      mark(item.getParameters(), tabbed(onPath), api);
      for (String method : METHODS) {
        JsonNode op = path.getValue().path(method);
        io.swagger.v3.oas.models.Operation converted = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        if (!op.isMissingNode() && converted != null) {
          // an operation's parameters, and those of its path it does not set again
          Map<String, Boolean> all = new HashMap<>(onPath);
          all.putAll(query(op.path("parameters"), shared));
          mark(converted.getParameters(), tabbed(all), api);
        }
      }
    });
  }

  /** The query parameters of a Swagger 2 list by name (a shared one's by its {@code $ref}), each with whether it is sent tab-separated. */
  private static Map<String, Boolean> query(JsonNode list, JsonNode shared) {
    Map<String, Boolean> params = new HashMap<>();
    for (JsonNode p : list) {
      JsonNode ref = p.path("$ref");
      if (ref.isTextual() && ref.asText().startsWith("#/parameters/")) {
        p = shared.path(ref.asText().substring("#/parameters/".length()).replace("~1", "/").replace("~0", "~"));
      }
      if ("query".equals(p.path("in").asText())) {
        params.put(p.path("name").asText(), "tsv".equals(p.path("collectionFormat").asText()));
      }
    }
    return params;
  }

  private static Set<String> tabbed(Map<String, Boolean> params) {
    Set<String> names = new HashSet<>();
    params.forEach((name, tabs) -> {
      if (tabs) {
        names.add(name);
      }
    });
    return names;
  }

  private static void mark(List<Parameter> params, Set<String> names, OpenAPI api) {
    if (params == null || names.isEmpty()) {
      return;
    }
    for (Parameter p : params) {
      Parameter q = p;
      if (p.get$ref() != null && api.getComponents() != null && api.getComponents().getParameters() != null) {
        q = api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
      }
      if (q != null && "query".equals(q.getIn()) && names.contains(q.getName())) {
        q.addExtension(MARK, true);
      }
    }
  }
}
