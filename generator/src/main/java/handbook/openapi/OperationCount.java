package handbook.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.source.SourceFile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts the operations of a spec on its own text (following path items that are {@code $ref}s,
 * to other files too) and compares them with the operations of the model: an operation that the
 * parser lost is an error that names it, never a page that silently has fewer.
 */
final class OperationCount {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final int NAMED = 10;

  private OperationCount() {}

  /** The operations written in the spec ({@code GET /users/{id}}, {@code POST newPet} for webhooks), in order. */
  static Set<String> written(SourceFile spec, Map<String, SourceFile> sources) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode root = read(spec);
    if (root == null) {
      return out;
    }
    collect(root.path("paths"), false, spec, root, sources, out);
    if (root.path("openapi").asText("").strip().startsWith("3.1")) {
      collect(root.path("webhooks"), true, spec, root, sources, out);
    }
    return out;
  }

  private static void collect(JsonNode items, boolean webhooks, SourceFile spec, JsonNode root, Map<String, SourceFile> sources, Set<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = items.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode item = follow(e.getValue(), spec, root, sources, 0);
      if (item == null) {
        continue;
      }
      for (Iterator<String> keys = item.fieldNames(); keys.hasNext(); ) {
        String k = keys.next();
        if (METHODS.contains(k)) {
          out.add(k.toUpperCase(Locale.ROOT) + " " + e.getKey());
        }
      }
    }
  }

  /** A path item, its {@code $ref} followed (within the spec or to another file of content/). */
  private static JsonNode follow(JsonNode item, SourceFile file, JsonNode root, Map<String, SourceFile> sources, int depth) {
    if (item == null || !item.isObject() || depth > 5) {
      return null;
    }
    JsonNode ref = item.get("$ref");
    if (ref == null || !ref.isTextual()) {
      return item;
    }
    String v = ref.asText().strip();
    int hash = v.indexOf('#');
    String path = hash < 0 ? v : v.substring(0, hash);
    String pointer = hash < 0 ? "" : v.substring(hash + 1);
    if (path.isEmpty()) {
      return follow(root.at(pointer), file, root, sources, depth + 1);
    }
    String target = Urls.normalize(Urls.sourceFolder(file.path()) + PathItemRefs.decode(path));
    SourceFile other = target == null ? null : sources.get(target);
    JsonNode otherRoot = other == null ? null : read(other);
    return otherRoot == null ? null : follow(otherRoot.at(pointer), other, otherRoot, sources, depth + 1);
  }

  private static JsonNode read(SourceFile f) {
    try {
      return (f.path().endsWith(".json") ? JSON : YAML).readTree(f.text());
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** The operations of the model, labelled as {@link #written} labels them. */
  static Set<String> rendered(ApiModel model) {
    Set<String> out = new LinkedHashSet<>();
    for (ApiModel.Op o : model.operations) {
      out.add(o.method().toUpperCase(Locale.ROOT) + " " + o.path());
    }
    for (ApiModel.Op o : model.webhooks) {
      out.add(o.method().toUpperCase(Locale.ROOT) + " " + o.webhook());
    }
    return out;
  }

  /** An error when operations written in the spec are not in the model; null when none is missing. */
  static Diagnostic check(SourceFile spec, Map<String, SourceFile> sources, ApiModel model) {
    Set<String> written = written(spec, sources);
    Set<String> rendered = rendered(model);
    List<String> missing = new ArrayList<>();
    for (String w : written) {
      if (!rendered.contains(w)) {
        missing.add(w);
      }
    }
    if (missing.isEmpty()) {
      return null;
    }
    List<String> named = missing.subList(0, Math.min(NAMED, missing.size())).stream().map(s -> "`" + s + "`").toList();
    String more = missing.size() > NAMED ? " and " + (missing.size() - NAMED) + " more" : "";
    String first = missing.get(0);
    int space = first.indexOf(' ');
    String name = first.substring(space + 1);
    String method = first.substring(0, space).toLowerCase(Locale.ROOT);
    SpecScan.Pos pos = null;
    for (String top : List.of("/paths/", "/webhooks/")) {
      if (pos == null && model.scan != null) {
        pos = model.scan.at(top + SpecScan.escape(name) + "/" + method);
        pos = pos != null ? pos : model.scan.at(top + SpecScan.escape(name));
      }
    }
    Span span = pos == null ? Span.file(spec.displayPath()) : Span.at(spec.displayPath(), pos.line(), pos.column());
    return Diagnostic.error(
            "api.operations-lost",
            span,
            "the spec has " + written.size() + " operations, the reference " + rendered.size() + ": " + String.join(", ", named) + more + " could not be read")
        .withHint("the parser's warnings for this spec may say why; a `$ref` to a file that is not a path item loses its operations");
  }
}
