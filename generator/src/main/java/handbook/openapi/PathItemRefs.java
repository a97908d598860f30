package handbook.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Path items the parser left as a bare {@code $ref}: a reference to
 * {@code #/components/pathItems/...} (3.1, also for webhooks), and a file whose name has
 * characters the parser cannot put in a URI ({@code users_{username}.yaml}, spaces). Such a file
 * is read here and parsed on its own, relative to its own folder; the schemas it brings are added
 * to the spec's components.
 */
final class PathItemRefs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String LOCAL = "#/components/pathItems/";

  private PathItemRefs() {}

  /**
   * Replaces unresolved path items in {@code api} (paths and webhooks) by what they refer to.
   *
   * @param specFile the spec's file, or null when it is read from text alone (no files then)
   * @param messages the parser's messages; those of the files parsed here are added
   * @return the file names (as the parser wrote them in its messages) that were read here
   */
  static List<String> recover(OpenAPI api, Path specFile, Path contentRoot, ParseOptions options, List<String> messages) {
    List<String> read = new ArrayList<>();
    BiConsumer<Map<String, PathItem>, String> fix =
        (items, key) -> {
          PathItem item = items.get(key);
          PathItem found = resolve(api, item, specFile, contentRoot, options, messages, read, 0);
          if (found != null && found != item) {
            items.put(key, found);
          }
        };
    if (api.getPaths() != null) {
      new ArrayList<>(api.getPaths().keySet()).forEach(k -> fix.accept(api.getPaths(), k));
    }
    if (api.getWebhooks() != null) {
      new ArrayList<>(api.getWebhooks().keySet()).forEach(k -> fix.accept(api.getWebhooks(), k));
    }
    return read;
  }

  private static PathItem resolve(
      OpenAPI api, PathItem item, Path specFile, Path contentRoot, ParseOptions options, List<String> messages, List<String> read, int depth) {
    if (item == null || item.get$ref() == null || !item.readOperations().isEmpty() || depth > 5) {
      return item;
    }
    String ref = item.get$ref().strip();
    if (ref.startsWith(LOCAL)) {
      Components c = api.getComponents();
      String name = ref.substring(LOCAL.length()).replace("~1", "/").replace("~0", "~");
      PathItem target = c == null || c.getPathItems() == null ? null : c.getPathItems().get(name);
      return target == null ? item : resolve(api, target, specFile, contentRoot, options, messages, read, depth + 1);
    }
    if (specFile == null || contentRoot == null || ref.startsWith("#")) {
      return item;
    }
    int hash = ref.indexOf('#');
    String file = decode(hash < 0 ? ref : ref.substring(0, hash));
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    Path root = contentRoot.toAbsolutePath().normalize();
    Path target = specFile.toAbsolutePath().getParent().resolve(file).normalize();
    if (!target.startsWith(root) || !Files.isRegularFile(target)) {
      return item;
    }
    try {
      if (!target.toRealPath().startsWith(root.toRealPath())) {
        return item; // a link out of the content folder (the scan reports it)
      }
      String text = Files.readString(target, StandardCharsets.UTF_8);
      JsonNode node = (target.toString().endsWith(".json") ? JSON : YAML).readTree(text);
      node = node == null ? null : node.at(pointer);
      if (node == null || !node.isObject()) {
        return item;
      }
      ObjectNode wrapper = JSON.createObjectNode();
      wrapper.put("openapi", api.getOpenapi() == null ? "3.0.3" : api.getOpenapi());
      wrapper.putObject("info").put("title", "path item").put("version", "1");
      wrapper.putObject("paths").set("/", node);
      // located beside the file under a plain name: the parser makes a URI of the location
      String location = target.getParent().resolve("path-item.json").toString();
      SwaggerParseResult r = new OpenAPIV3Parser().readContents(JSON.writeValueAsString(wrapper), null, options, location);
      if (r == null || r.getOpenAPI() == null || r.getOpenAPI().getPaths() == null) {
        return item;
      }
      if (r.getMessages() != null) {
        messages.addAll(r.getMessages());
      }
      PathItem found = r.getOpenAPI().getPaths().get("/");
      if (found == null) {
        return item;
      }
      merge(api, r.getOpenAPI().getComponents());
      read.add(file.startsWith("./") ? file : "./" + file);
      read.add(file);
      return found;
    } catch (IOException | RuntimeException e) {
      return item;
    }
  }

  /** Components brought by a file parsed on its own; names the spec already has are kept. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void merge(OpenAPI api, Components extra) {
    if (extra == null) {
      return;
    }
    if (api.getComponents() == null) {
      api.setComponents(new Components());
    }
    Components c = api.getComponents();
    if (extra.getSchemas() != null) {
      if (c.getSchemas() == null) {
        c.setSchemas(new java.util.LinkedHashMap<>());
      }
      extra.getSchemas().forEach((k, v) -> ((Map) c.getSchemas()).putIfAbsent(k, v));
    }
    if (extra.getParameters() != null) {
      extra.getParameters().forEach((k, v) -> {
        if (c.getParameters() == null || !c.getParameters().containsKey(k)) {
          c.addParameters(k, v);
        }
      });
    }
    if (extra.getResponses() != null) {
      extra.getResponses().forEach((k, v) -> {
        if (c.getResponses() == null || !c.getResponses().containsKey(k)) {
          c.addResponses(k, v);
        }
      });
    }
    if (extra.getRequestBodies() != null) {
      extra.getRequestBodies().forEach((k, v) -> {
        if (c.getRequestBodies() == null || !c.getRequestBodies().containsKey(k)) {
          c.addRequestBodies(k, v);
        }
      });
    }
    if (extra.getExamples() != null) {
      extra.getExamples().forEach((k, v) -> {
        if (c.getExamples() == null || !c.getExamples().containsKey(k)) {
          c.addExamples(k, v);
        }
      });
    }
    if (extra.getHeaders() != null) {
      extra.getHeaders().forEach((k, v) -> {
        if (c.getHeaders() == null || !c.getHeaders().containsKey(k)) {
          c.addHeaders(k, v);
        }
      });
    }
  }

  /** Percent-decoding of a path ({@code +} stays a plus). */
  static String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    java.io.ByteArrayOutputStream run = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
        run.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
        continue;
      }
      if (run.size() > 0) {
        out.append(run.toString(StandardCharsets.UTF_8));
        run.reset();
      }
      out.append(c);
    }
    out.append(run.toString(StandardCharsets.UTF_8));
    return out.toString();
  }
}
