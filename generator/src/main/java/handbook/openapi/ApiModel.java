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

  /**
   * A tag: {@code key} as operations name it (for operations without a tag, {@link #UNTAGGED}
   * and the first segment of their path), {@code name} as shown ({@code x-displayName}); its
   * operations (shown in full) and those it shares with an earlier tag (listed). {@code parts}
   * are its pages: one, unless its operations are too many for one page.
   */
  record Tag(
      String key, String name, String slug, String url, String description, io.swagger.v3.oas.models.tags.Tag spec, int weight, List<Op> ops, List<Op> shared, List<Part> parts) {}

  /** One page of a tag: the first at the tag's URL, the others at {@code <tag>/2/}, {@code <tag>/3/}. */
  record Part(String url, String title, List<Op> ops, int number) {}

  /** The tag key prefix of operations without a tag. */
  static final String UNTAGGED = "\u0000";

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
  /** Tags under headings ({@code x-tagGroups}, then the tags of no group under a null name); one null-named group without it. */
  final List<Map.Entry<String, List<Tag>>> tagGroups = new ArrayList<>();
  /** The logo ({@code x-logo}) as a site URL, its text and link; null when there is none to show. */
  String logoUrl;
  String logoAlt;
  String logoHref;
  /** The code samples the spec gives ({@code x-codeSamples}), by operation. */
  final Map<io.swagger.v3.oas.models.Operation, List<ApiViews.SampleView>> codeSamples = new java.util.IdentityHashMap<>();
  /** The page of each operation (not webhooks), by anchor. */
  final Map<String, String> pageOf = new HashMap<>();

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
    List<Op> noId = new ArrayList<>();
    for (Op o : found) {
      List<String> ts = tagsOf(o.operation());
      String anchor = anchorFor(o, anchors, firstById, out);
      Op op = new Op(o.method(), o.path(), o.operation(), o.item(), anchor, o.pointer(), ts.isEmpty() ? untaggedKey(o.path()) : ts.get(0), o.webhook());
      if (op.id() == null || op.id().isBlank()) {
        noId.add(op);
      }
      (op.webhook() == null ? operations : webhooks).add(op);
      if (op.id() != null && !op.id().isBlank()) {
        byId.computeIfAbsent(op.id(), k -> new ArrayList<>()).add(op);
      }
    }
    if (noId.size() == 1) {
      Op o = noId.get(0);
      out.add(
          Diagnostic.warning("api.no-operation-id", span(o.pointer()), "`" + o.label() + "` has no operationId; its anchor is `#" + o.anchor() + "`")
              .withHint("add `operationId:` so that links can name it"));
    } else if (noId.size() > 1) {
      Op o = noId.get(0);
      out.add(
          Diagnostic.warning(
                  "api.no-operation-id",
                  span(o.pointer()),
                  noId.size() + " operations have no operationId; first `" + o.label() + "` here; their anchors are made from method and path (`#" + o.anchor() + "`)")
              .withHint("add `operationId:` so that links can name them"));
    }
    // tags: declared order, then first use; a page only for tags with operations; operations
    // without a tag by the first segment of their path
    Map<String, io.swagger.v3.oas.models.tags.Tag> declared = new LinkedHashMap<>();
    if (api.getTags() != null) {
      for (io.swagger.v3.oas.models.tags.Tag t : api.getTags()) {
        if (t != null && t.getName() != null) {
          declared.putIfAbsent(t.getName(), t);
        }
      }
    }
    Set<String> order = new java.util.LinkedHashSet<>(declared.keySet());
    Map<String, List<Op>> mine = new HashMap<>();
    Map<String, List<Op>> also = new HashMap<>();
    for (Op o : operations) {
      mine.computeIfAbsent(o.tagKey(), k -> new ArrayList<>()).add(o);
      for (String t : tagsOf(o.operation())) {
        order.add(t);
        if (!t.equals(o.tagKey())) {
          also.computeIfAbsent(t, k -> new ArrayList<>()).add(o);
        }
      }
    }
    for (Op o : operations) {
      if (o.tagKey().startsWith(UNTAGGED)) {
        order.add(o.tagKey());
      }
    }
    order.add(UNTAGGED);
    Slugs slugs = new Slugs();
    slugs.reserve("schemas");
    slugs.reserve("webhooks");
    int weight = 0;
    for (String t : order) {
      List<Op> own = mine.getOrDefault(t, List.of());
      List<Op> shared = also.getOrDefault(t, List.of());
      if (own.isEmpty() && shared.isEmpty()) {
        continue;
      }
      io.swagger.v3.oas.models.tags.Tag spec = declared.get(t);
      String title;
      String slug;
      if (t.equals(UNTAGGED)) {
        title = untaggedTitle;
        slug = slugs.unique("default");
      } else if (t.startsWith(UNTAGGED)) {
        title = t.substring(UNTAGGED.length());
        slug = slugs.unique(Slugs.slugify(title).isEmpty() ? "default" : title);
      } else {
        Object shown = spec == null || spec.getExtensions() == null ? null : spec.getExtensions().get("x-displayName");
        title = shown instanceof String d && !d.isBlank() ? d.strip() : t;
        slug = slugs.unique(Slugs.slugify(t).isEmpty() ? "tag" : t);
      }
      String tagUrl = url + slug + "/";
      tags.put(t, new Tag(t, title, slug, tagUrl, spec == null ? null : spec.getDescription(), spec, weight++, own, shared, new ArrayList<>(List.of(new Part(tagUrl, title, own, 1)))));
    }
    for (Tag t : tags.values()) {
      t.ops().forEach(o -> pageOf.put(o.anchor(), t.url()));
    }
    groupTags();
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

  /** Reads {@code x-tagGroups}: groups of tag names; tags of no group come last, unnamed. */
  private void groupTags() {
    Object ext = api.getExtensions() == null ? null : api.getExtensions().get("x-tagGroups");
    Set<String> placed = new HashSet<>();
    if (ext instanceof List<?> groups) {
      for (Object g : groups) {
        if (g instanceof Map<?, ?> m && m.get("name") != null && m.get("tags") instanceof List<?> names) {
          List<Tag> in = new ArrayList<>();
          for (Object n : names) {
            Tag t = tags.get(String.valueOf(n));
            if (t != null && placed.add(t.key())) {
              in.add(t);
            }
          }
          if (!in.isEmpty()) {
            tagGroups.add(Map.entry(String.valueOf(m.get("name")), in));
          }
        }
      }
    }
    List<Tag> rest = tags.values().stream().filter(t -> !placed.contains(t.key())).toList();
    if (!rest.isEmpty()) {
      tagGroups.add(new java.util.AbstractMap.SimpleEntry<>(null, rest));
    }
  }

  String schemasUrl() {
    return url + "schemas/";
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
    return unique(fallback, anchors);
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
    return (o.webhook() != null ? webhooksUrl() : pageOf.get(o.anchor())) + "#" + o.anchor();
  }

  /** The tag key of an operation without a tag: the first segment of its path that is no parameter. */
  static String untaggedKey(String path) {
    if (path == null) {
      return UNTAGGED;
    }
    for (String seg : path.split("/")) {
      if (!seg.isBlank() && !seg.startsWith("{")) {
        return UNTAGGED + seg;
      }
    }
    return UNTAGGED;
  }

  /**
   * Splits the tags whose operations are too many for one page: parts of at most
   * {@code maxOps} operations and about {@code budget} of estimated size each.
   *
   * @param size the estimated size of an operation's HTML
   */
  void split(java.util.function.ToLongFunction<Op> size, long budget, int maxOps) {
    for (Tag t : tags.values()) {
      List<List<Op>> chunks = new ArrayList<>();
      List<Op> cur = new ArrayList<>();
      long used = 0;
      for (Op o : t.ops()) {
        long s = size.applyAsLong(o);
        if (!cur.isEmpty() && (used + s > budget || cur.size() >= maxOps)) {
          chunks.add(cur);
          cur = new ArrayList<>();
          used = 0;
        }
        cur.add(o);
        used += s;
      }
      chunks.add(cur);
      if (chunks.size() < 2) {
        continue;
      }
      t.parts().clear();
      for (int i = 0; i < chunks.size(); i++) {
        String u = i == 0 ? t.url() : t.url() + (i + 1) + "/";
        t.parts().add(new Part(u, t.name() + " (" + (i + 1) + "/" + chunks.size() + ")", List.copyOf(chunks.get(i)), i + 1));
        for (Op o : chunks.get(i)) {
          pageOf.put(o.anchor(), u);
        }
      }
    }
  }
}
