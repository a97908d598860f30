package handbook.openapi;

import handbook.content.AllContent;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.Page;
import handbook.content.PageInfo;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.markdown.DirectiveCall;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.Slugs;
import handbook.openapi.ApiViews.LinkView;
import handbook.source.SourceFile;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API reference of one version of the site, as {@link ApiReferenceKind} loads it: the specs'
 * models, their descriptions, the {@code api:} links, and (once every kind has loaded) the pages
 * that mention each operation. Made anew for every load.
 */
final class OpenApiKind {
  static final String ROOT = "api/";

  private Map<String, String> strings = Map.of();
  private List<ApiModel> models = List.of();
  private ApiLinks links = new ApiLinks(List.of());
  private final Map<ApiModel, Descriptions> descriptions = new IdentityHashMap<>();
  private final Map<ApiModel, Map<String, List<ApiModel.Op>>> usedBy = new IdentityHashMap<>();
  private final Map<String, List<Mention>> mentions = new HashMap<>();
  /** A fingerprint of each model's files, code samples and the strings, for its pages' keys. */
  private final Map<ApiModel, String> sources = new IdentityHashMap<>();
  private final Map<ApiModel, String> fingerprints = new IdentityHashMap<>();
  private final Set<Diagnostic> problems = ConcurrentHashMap.newKeySet();
  /** The content folder's files (the run's set, not a copy: 10,000 paths copied twice an edit in serve). */
  private Set<String> contentPaths = Set.of();

  /** A page elsewhere on the site that links to (or embeds) an operation. */
  record Mention(String title, String url) {}

  /** Reads the specs; their pages come in {@link #pages}, once every kind has loaded. */
  Loaded.Builder load(LoadInput ctx) {
    Loaded.Builder out = Loaded.builder().directive(new OpenApiDirective(this));
    strings = ctx.strings();
    listed = !ctx.site().mount().mintlify();
    MarkdownEngine untrusted = new MarkdownEngine(Set.of(), strings, true);
    Map<String, SourceFile> byPath = new LinkedHashMap<>();
    ctx.sources().forEach(f -> byPath.put(f.path(), f));
    for (String a : ctx.assets()) {
      // files a spec may $ref from outside content/api/
      if (isData(a)) {
        SourceFile f = ctx.read(a);
        if (f != null) {
          byPath.put(a, f);
        }
      }
    }
    contentPaths = ctx.files();
    Map<String, SpecScan> scans = new ConcurrentHashMap<>();
    List<SourceFile> specs =
        ctx.sources().parallelStream()
            .filter(f -> f.path().startsWith(ROOT) && isData(f.path()))
            .filter(f -> scans.computeIfAbsent(f.path(), p -> scan(f)).versionKey() != null || (scans.get(f.path()).syntaxError() != null || scans.get(f.path()).tooLarge() != null) && looksLikeSpec(f))
            .toList();
    Map<String, SourceFile> names = new TreeMap<>();
    for (SourceFile f : specs) {
      String name = name(f.path());
      SourceFile clash = names.putIfAbsent(name, f);
      if (clash != null) {
        ctx.diagnostics().add(
            Diagnostic.error("api.duplicate-name", Span.file(f.displayPath()), "`" + f.displayPath() + "` and `" + clash.displayPath() + "` both make the API `" + name + "`")
                .withHint("rename one of them: the file name is the API's name in URLs and links"));
      }
    }
    if (specs.isEmpty()) {
      // no spec: nothing to read from disk, no pages
      models = List.of();
      links = new ApiLinks(models);
      out.scheme("api", links);
      return out;
    }
    SourceFile anySpec = specs.get(0);
    SpecLoader loader = new SpecLoader(ctx.onDisk(), anySpec.displayPath().substring(0, anySpec.displayPath().length() - anySpec.path().length() - 1));
    String untagged = strings.get("api.untagged");
    List<Map.Entry<String, SourceFile>> entries = new ArrayList<>(names.entrySet());
    List<Spec> loaded =
        handbook.content.Parallel.map(entries, e -> loadOne(e.getKey(), e.getValue(), byPath, new java.util.HashSet<>(ctx.assets()), ctx.onDisk(), scans, loader, untagged));
    List<ApiModel> ok = new ArrayList<>();
    for (Spec l : loaded) {
      ctx.diagnostics().addAll(l.diagnostics());
      if (l.model() != null) {
        ok.add(l.model());
        List<Descriptions.Text> texts = new ArrayList<>();
        for (String p : l.files()) {
          SourceFile f = byPath.get(p);
          texts.add(new Descriptions.Text(f.displayPath(), f.text()));
        }
        descriptions.put(l.model(), new Descriptions(untrusted, texts));
        handbook.cache.Keys.Builder k = new handbook.cache.Keys.Builder().add(strings.toString());
        texts.stream().sorted(Comparator.comparing(Descriptions.Text::display)).forEach(t -> k.add(t.display()).add(t.text()));
        l.model().codeSamples.values().stream().map(Object::toString).sorted().forEach(k::add);
        sources.put(l.model(), k.build());
      }
    }
    models = List.copyOf(ok);
    links = new ApiLinks(models);
    out.scheme("api", links);
    this.specs = !specs.isEmpty();
    for (ApiModel m : models) {
      for (ApiModel.Op o : m.operations) {
        out.fact(ApiFacts.of(m, o, m.opUrl(o)));
      }
    }
    return out;
  }

  private boolean specs;
  /** Whether the list of the APIs is in the menu: not in a Mintlify project, whose navigation links the APIs it names. */
  private boolean listed = true;

  /** The pages of the reference, now that every kind's pages (which may mention operations) are known. */
  void pages(AllContent all, Loaded.Builder out, handbook.diag.Diagnostics diags) {
    if (!specs) {
      return;
    }
    collectMentions(all.pages());
    for (ApiModel m : models) {
      // what the model's pages show of other pages: the mentions of its operations
      handbook.cache.Keys.Builder k = new handbook.cache.Keys.Builder().add(sources.get(m));
      new TreeMap<>(mentions).forEach((op, list) -> {
        if (op.startsWith(m.name + "#")) {
          k.add(op);
          list.forEach(x -> k.add(x.title()).add(x.url()));
        }
      });
      fingerprints.put(m, k.build());
    }
    out.page(new ApiSectionPage(new PageInfo(ROOT, strings.get("api.title"), strings.get("api.lead"), null, "", null, listed, "section", List.of(), Map.of(), List.of())));
    int weight = 0;
    List<ApiPage> pages = new ArrayList<>();
    for (ApiModel m : models) {
      usedBy.put(m, usedBy(m));
      Descriptions d = descriptions.get(m);
      String lead = m.api.getInfo() == null ? "" : d.plain(m.api.getInfo().getDescription());
      pages.add(new ApiOverviewPage(info(m.url, m.title(), lead, m.source, ROOT, weight++, "api"), m, this));
      for (ApiModel.Tag t : m.tags.values()) {
        for (ApiModel.Part part : t.parts()) {
          boolean first = part.number() == 1;
          PageInfo pi = info(part.url(), part.title(), first ? d.plain(t.description()) : "", m.source, first ? m.url : t.url(), first ? t.weight() : part.number(), "api-tag");
          pages.add(new ApiTagPage(pi, m, t, part, this));
        }
      }
      if (!m.webhooks.isEmpty()) {
        pages.add(new ApiWebhooksPage(info(m.webhooksUrl(), strings.get("api.webhooks"), "", m.source, m.url, 5000, "api-tag"), m, this));
      }
      if (!m.schemaUrls.isEmpty()) {
        // outside the navigation: the parent of the schema pages, so that the site's sidebar does not list them
        pages.add(new ApiSchemasPage(
            new PageInfo(m.schemasUrl(), strings.get("api.schemas"), "", m.source, m.url, 9000, false, "api-schemas", List.of(), Map.of(), List.of()), m, this));
      }
      for (Map.Entry<String, String> s : m.schemaUrls.entrySet()) {
        Schema<?> schema = m.schemas().get(s.getKey());
        String lead2 = schema == null ? "" : d.plain(schema.getDescription());
        pages.add(new ApiSchemaPage(info(s.getValue(), s.getKey(), lead2, m.source, m.schemasUrl(), 10000, "api-schema"), m, s.getKey(), this));
      }
    }
    handbook.content.Parallel.forEach(pages, ApiPage::index);
    pages.forEach(out::page);
    problems.stream().sorted(handbook.diag.Diagnostics.ORDER).forEach(diags::add);
  }

  private record Spec(ApiModel model, Set<String> files, List<Diagnostic> diagnostics) {}

  private static Spec loadOne(
      String name, SourceFile spec, Map<String, SourceFile> byPath, Set<String> assets, java.nio.file.Path contentDir, Map<String, SpecScan> scans, SpecLoader loader, String untagged) {
    List<Diagnostic> out = new ArrayList<>();
    SpecScan scan = scans.get(spec.path());
    if (scan.tooLarge() != null) {
      out.add(RefCheck.tooLarge(spec, scan));
      return new Spec(null, Set.of(), out);
    }
    if (scan.syntaxError() != null) {
      loader.load(spec, scan, false, out);
      return new Spec(null, Set.of(), out);
    }
    RefCheck.Result refs = RefCheck.check(spec, byPath, assets::contains, f -> scans.computeIfAbsent(f.path(), p -> scan(f)), out);
    if (!refs.ok()) {
      return new Spec(null, refs.files(), out);
    }
    OpenAPI api = loader.load(spec, scan, refs.external(), out);
    if (api == null) {
      return new Spec(null, refs.files(), out);
    }
    ApiModel model = new ApiModel(name, spec.path(), spec.displayPath(), api, scan, untagged, out);
    Diagnostic lost = OperationCount.check(spec, byPath, model);
    if (lost != null) {
      out.add(lost);
      return new Spec(null, refs.files(), out);
    }
    CodeSamples.collect(model, contentDir, refs.files(), p -> assets.contains(p) || byPath.containsKey(p), out);
    ApiNav.readLogo(model, assets::contains, out);
    PageSplit.apply(model);
    return new Spec(model, refs.files(), out);
  }

  private static SpecScan scan(SourceFile f) {
    return SpecScan.of(f.text(), f.path().endsWith(".json"));
  }

  private static boolean isData(String path) {
    return path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json");
  }

  /** A file whose syntax is broken still counts as a spec when it says so near the top. */
  private static boolean looksLikeSpec(SourceFile f) {
    String head = f.text().length() > 2000 ? f.text().substring(0, 2000) : f.text();
    return head.matches("(?s).*(^|\\n|\\{)\\s*\"?(openapi|swagger)\"?\\s*:.*");
  }

  /** {@code api/mindframe.yaml} → {@code mindframe}; {@code api/a/b.json} → {@code a-b}. */
  static String name(String path) {
    String p = path.substring(ROOT.length()).replaceFirst("\\.(ya?ml|json)$", "");
    List<String> parts = new ArrayList<>();
    for (String s : p.split("/")) {
      String slug = Slugs.slugify(s);
      if (!slug.isEmpty()) {
        parts.add(slug);
      }
    }
    return parts.isEmpty() ? "api" : String.join("-", parts);
  }

  private static PageInfo info(String url, String title, String description, String source, String parent, int weight, String kind) {
    return new PageInfo(url, title, description, source, parent, weight, true, kind, List.of(), Map.of(), List.of());
  }

  private Map<String, List<ApiModel.Op>> usedBy(ApiModel m) {
    Map<String, List<ApiModel.Op>> out = new HashMap<>();
    ViewMapper mapper = new ViewMapper(m, strings, m.url, (md, p, s) -> "", o -> List.of());
    for (ApiModel.Op o : m.operations) {
      for (String s : mapper.uses(o)) {
        out.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
      }
    }
    return out;
  }

  /** Links and embeds in pages of other kinds that reach an operation, for "mentioned in". */
  private void collectMentions(List<Page> pages) {
    for (Page p : pages) {
      Set<String> seen = new java.util.HashSet<>();
      for (LinkRef l : p.links()) {
        if (l.target().regionMatches(true, 0, "api:", 0, 4)) {
          mention(links.find(l.target().substring(4), l.span()), p, seen);
        }
      }
      for (DirectiveCall c : p.directiveCalls()) {
        if (c.name().equals(OpenApiDirective.NAME)) {
          String target = OpenApiDirective.target(c.body());
          if (target != null) {
            mention(links.find(target, c.span()), p, seen);
          }
        }
      }
    }
    mentions.values().forEach(l -> l.sort(Comparator.comparing(Mention::url)));
  }

  private void mention(ApiLinks.Found f, Page p, Set<String> seen) {
    if (f.hit() == null || f.hit().op() == null) {
      return;
    }
    String key = f.hit().model().name + "#" + f.hit().op().anchor();
    if (seen.add(key)) {
      mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(p.info().title(), p.info().url()));
    }
  }

  // ------------------------------------------------------------------ for pages and the directive

  List<LinkView> mentions(ApiModel model, ApiModel.Op o, ViewMapper m) {
    List<LinkView> out = new ArrayList<>();
    for (Mention x : mentions.getOrDefault(model.name + "#" + o.anchor(), List.of())) {
      out.add(new LinkView(x.title(), m.href(x.url())));
    }
    return out;
  }

  List<ApiModel.Op> usedBy(ApiModel m, String schema) {
    return usedBy.getOrDefault(m, Map.of()).getOrDefault(schema, List.of());
  }

  /**
   * Whether a relative link written in a spec reaches a file or folder of content/; links that
   * do not are left as written (with a warning), since specs are often written for another site.
   */
  boolean exists(String fromSource, String target) {
    String p = target;
    int cut = p.indexOf('#');
    p = cut < 0 ? p : p.substring(0, cut);
    cut = p.indexOf('?');
    p = cut < 0 ? p : p.substring(0, cut);
    if (p.isEmpty() || p.startsWith("/")) {
      return false;
    }
    String n = handbook.content.Urls.normalize(handbook.content.Urls.sourceFolder(fromSource) + p);
    if (n == null) {
      return false;
    }
    if (contentPaths.contains(n) || contentPaths.contains(n + ".md")) {
      return true;
    }
    String folder = n.isEmpty() || n.endsWith("/") ? n : n + "/";
    return contentPaths.stream().anyMatch(c -> c.startsWith(folder));
  }

  /** What every page of a model depends on: its files, code samples, the strings and the mentions. */
  String fingerprint(ApiModel m) {
    return fingerprints.get(m);
  }

  Descriptions descriptions(ApiModel m) {
    return descriptions.get(m);
  }

  ApiLinks links() {
    return links;
  }

  Map<String, String> strings() {
    return strings;
  }

  List<ApiModel> models() {
    return models;
  }

  void problem(Diagnostic d) {
    problems.add(d);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
