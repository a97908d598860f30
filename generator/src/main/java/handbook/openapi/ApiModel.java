package handbook.openapi;

import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.markdown.Slugs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One API of the site: a parsed spec, its operations with their stable anchors, its tags and
 * schemas with their URLs. URLs: {@code api/<name>/} (overview), {@code api/<name>/<tag>/},
 * {@code api/<name>/schemas/<Schema>/}, {@code api/<name>/webhooks/}.
 */
final class ApiModel {
  /** The order methods are listed in. */
  static final List<PathItem.HttpMethod> METHODS =
      List.of(
          PathItem.HttpMethod.GET, PathItem.HttpMethod.PUT, PathItem.HttpMethod.POST, PathItem.HttpMethod.DELETE,
          PathItem.HttpMethod.OPTIONS, PathItem.HttpMethod.HEAD, PathItem.HttpMethod.PATCH, PathItem.HttpMethod.TRACE);

  /**
   * An operation. {@code anchor} is its id on its page; {@code pointer} its JSON pointer in the
   * spec; {@code tagKey} its first tag ("" for none); {@code webhook} the webhook name for 3.1
   * webhooks (null for paths).
   */
  record Op(String method, String path, Operation operation, PathItem item, String anchor, String pointer, String tagKey, String webhook) {
    String label() {
      return method.toUpperCase(Locale.ROOT) + " " + (webhook != null ? webhook : path);
    }

    String title() {
      String s = operation.getSummary();
      return s == null || s.isBlank() ? label() : s.strip();
    }

    String id() {
      return operation.getOperationId();
    }
  }

  /** A tag page: its operations (shown in full) and those it shares with an earlier tag (listed). */
  record Tag(String name, String slug, String url, String description, int weight, List<Op> ops, List<Op> shared) {}

  final String name;
  final String source;
  final String display;
  final OpenAPI api;
  final SpecScan scan;
  final String url;
  final List<Op> operations = new ArrayList<>();
  final List<Op> webhooks = new ArrayList<>();
  final Map<String, Tag> tags = new LinkedHashMap<>();
  final Map<String, String> schemaUrls = new LinkedHashMap<>();
  final Map<String, List<Op>> byId = new HashMap<>();

  static final String SECTION = "api/";

  /**
   * @param name the API's name in URLs and links ({@code mindframe})
   * @param source the spec's content-relative path
   * @param untaggedTitle the title of the page of operations without a tag
   */
  ApiModel(String name, String source, String display, OpenAPI api, SpecScan scan, String untaggedTitle, List<Diagnostic> out) {
    this.name = name;
    this.source = source;
    this.display = display;
    this.api = api;
    this.scan = scan;
    this.url = SECTION + name + "/";
    List<Op> found = new ArrayList<>();
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> collect(path, item, null, found));
    }
    if (api.getWebhooks() != null) {
      api.getWebhooks().forEach((hook, item) -> collect(null, item, hook, found));
    }
    Set<String> anchors = new HashSet<>();
    Map<String, Op> firstById = new HashMap<>();
    for (Op o : found) {
      List<String> ts = tagsOf(o.operation());
      Op op = new Op(o.method(), o.path(), o.operation(), o.item(), anchorFor(o, anchors, firstById, out), o.pointer(), ts.isEmpty() ? "" : ts.get(0), o.webhook());
      (op.webhook() == null ? operations : webhooks).add(op);
      if (op.id() != null && !op.id().isBlank()) {
        byId.computeIfAbsent(op.id(), k -> new ArrayList<>()).add(op);
      }
    }
    // tags: declared order, then first use; a page only for tags with operations
    Map<String, String> descriptions = new LinkedHashMap<>();
    if (api.getTags() != null) {
      for (io.swagger.v3.oas.models.tags.Tag t : api.getTags()) {
        if (t != null && t.getName() != null) {
          descriptions.putIfAbsent(t.getName(), t.getDescription());
        }
      }
    }
    List<String> order = new ArrayList<>(descriptions.keySet());
    for (Op o : operations) {
      for (String t : tagsOf(o.operation())) {
        if (!order.contains(t)) {
          order.add(t);
        }
      }
    }
    order.add("");
    Slugs slugs = new Slugs();
    slugs.reserve("schemas");
    slugs.reserve("webhooks");
    int weight = 0;
    for (String t : order) {
      List<Op> mine = operations.stream().filter(o -> o.tagKey().equals(t)).toList();
      List<Op> also = operations.stream().filter(o -> !o.tagKey().equals(t) && tagsOf(o.operation()).contains(t)).toList();
      if (mine.isEmpty() && also.isEmpty()) {
        continue;
      }
      String slug = t.isEmpty() ? slugs.unique("default") : slugs.unique(Slugs.slugify(t).isEmpty() ? "tag" : t);
      tags.put(t, new Tag(t.isEmpty() ? untaggedTitle : t, slug, url + slug + "/", descriptions.get(t), weight++, mine, also));
    }
    Set<String> schemaSlugs = new HashSet<>();
    for (String s : schemas().keySet()) {
      String slug = s.matches("[A-Za-z0-9._-]+") && !s.startsWith(".") ? s : Slugs.slugify(s);
      if (slug.isEmpty()) {
        slug = "schema";
      }
      String base = slug;
      for (int i = 2; !schemaSlugs.add(slug.toLowerCase(Locale.ROOT)); i++) {
        slug = base + "-" + i;
      }
      schemaUrls.put(s, url + "schemas/" + slug + "/");
    }
  }

  Tag tagOf(Op o) {
    return tags.get(o.tagKey());
  }

  private void collect(String path, PathItem item, String webhook, List<Op> out) {
    if (item == null) {
      return;
    }
    Map<PathItem.HttpMethod, Operation> map = item.readOperationsMap();
    for (PathItem.HttpMethod m : METHODS) {
      Operation op = map.get(m);
      if (op != null) {
        String method = m.name().toLowerCase(Locale.ROOT);
        String pointer = webhook != null ? "/webhooks/" + SpecScan.escape(webhook) + "/" + method : "/paths/" + SpecScan.escape(path) + "/" + method;
        out.add(new Op(method, path, op, item, null, pointer, "", webhook));
      }
    }
  }

  static List<String> tagsOf(Operation op) {
    if (op.getTags() == null) {
      return List.of();
    }
    return op.getTags().stream().filter(t -> t != null && !t.isBlank()).distinct().toList();
  }

  private String anchorFor(Op o, Set<String> anchors, Map<String, Op> firstById, List<Diagnostic> out) {
    String id = o.operation().getOperationId();
    Span span = span(o.pointer());
    String fallback = (o.webhook() != null ? "webhook-" + slug(o.webhook()) + "-" : "op-") + o.method() + (o.webhook() != null ? "" : "-" + slug(o.path()));
    fallback = fallback.replaceAll("-+$", "");
    if (id != null && !id.isBlank()) {
      Op first = firstById.get(id);
      if (first == null) {
        firstById.put(id, o);
        String a = id.matches("[A-Za-z0-9_.:-]+") ? id : "op-" + Slugs.slugify(id);
        if (anchors.add(a)) {
          return a;
        }
      } else {
        String a = unique(fallback, anchors);
        out.add(
            Diagnostic.warning("api.duplicate-operation-id", span, "operationId `" + id + "` is also used by `" + first.label() + "`; `" + o.label() + "` gets the anchor `#" + a + "`")
                .withHint("operationIds must be unique within a spec; links to `" + id + "` need the method and path"));
        return a;
      }
    }
    String a = unique(fallback, anchors);
    if (id == null || id.isBlank()) {
      out.add(
          Diagnostic.warning("api.no-operation-id", span, "`" + o.label() + "` has no operationId; its anchor is `#" + a + "`")
              .withHint("add `operationId:` so that links can name it"));
    }
    return a;
  }

  private static String unique(String base, Set<String> used) {
    String a = base;
    for (int i = 2; !used.add(a); i++) {
      a = base + "-" + i;
    }
    return a;
  }

  /** {@code /users/{id}} → {@code users-id}. */
  static String slug(String path) {
    return path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  Span span(String pointer) {
    SpecScan.Pos p = scan == null ? null : scan.nearest(pointer);
    return p == null ? Span.file(display) : Span.at(display, p.line(), p.column());
  }

  @SuppressWarnings("rawtypes")
  Map<String, Schema> schemas() {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return Collections.emptyMap();
    }
    return api.getComponents().getSchemas();
  }

  String title() {
    return api.getInfo() != null && api.getInfo().getTitle() != null && !api.getInfo().getTitle().isBlank() ? api.getInfo().getTitle().strip() : name;
  }

  String webhooksUrl() {
    return url + "webhooks/";
  }

  /** The page an operation is on, with its anchor. */
  String opUrl(Op o) {
    return (o.webhook() != null ? webhooksUrl() : tagOf(o).url()) + "#" + o.anchor();
  }
}
