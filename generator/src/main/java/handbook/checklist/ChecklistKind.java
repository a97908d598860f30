package handbook.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import handbook.cache.Keys;
import handbook.content.ContentKind;
import handbook.content.LinkScheme;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.NoSettings;
import handbook.content.SiteSettings;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Suggest;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist kind: reads {@code content/checklist.yaml}; contributes the dashboard page, the
 * {@code checklist} directive, {@code checklist:ID} links, {@code badges/readiness.svg} and
 * {@code checklist.json}. One instance serves one build.
 */
public final class ChecklistKind implements ContentKind<NoSettings> {
  static final String FILE = "checklist.yaml";

  @Override
  public String name() {
    return "checklist";
  }

  @Override
  public boolean claims(String path) {
    return path.equals(FILE);
  }

  @Override
  public NoSettings settings(YamlFields section, SiteSettings site, Diagnostics diags) {
    if (section != null) {
      section.rejectUnknownKeys(java.util.Set.of(), "`checklist`");
    }
    return NoSettings.INSTANCE;
  }

  @Override
  public java.util.Set<String> directiveNames() {
    return java.util.Set.of("checklist");
  }

  @Override
  public List<String> factGroups() {
    return List.of("checklist");
  }

  @Override
  public Loaded load(LoadInput ctx, NoSettings settings) {
    Map<String, String> strings = ctx.strings();
    Loaded.Builder out = Loaded.builder();
    SourceFile file = ctx.sources().stream().filter(f -> f.path().equals(FILE)).findFirst().orElse(null);
    Checklist c = file == null ? null : new ChecklistParser().parse(file, ctx.diagnostics());
    if (c == null) {
      return out.directive(new ChecklistDirective(null, null)).build();
    }
    ChecklistViews views = new ChecklistViews(c, strings);
    out.directive(new ChecklistDirective(c, views));
    out.page(new ChecklistPage(c, views, ctx.markdown(), file.displayPath(), Keys.of(file.text(), strings.toString())));
    Map<String, Item> items = c.itemsById();
    List<String> anchors = new ArrayList<>(items.keySet());
    c.categories().forEach(cat -> anchors.add(cat.id()));
    c.roadmap().forEach(p -> anchors.add(p.id()));
    out.scheme(
        "checklist",
        (rest, span) -> {
          String id = rest.strip();
          if (id.isEmpty()) {
            return LinkScheme.Target.of(ChecklistPage.URL, c.title());
          }
          if (anchors.contains(id)) {
            Item i = items.get(id);
            return LinkScheme.Target.of(ChecklistPage.URL + "#" + id, i != null ? i.title() : c.title());
          }
          Diagnostic d = Diagnostic.error("link.checklist", span, "no checklist item, category or phase `" + id + "`");
          String near = Suggest.closest(id, anchors);
          return LinkScheme.Target.error(near == null ? d : d.withHint("did you mean `checklist:" + near + "`?"));
        });
    ChecklistViews.TotalView total = views.total();
    Scores.Total score = Scores.total(c);
    for (Map.Entry<String, Item> e : items.entrySet()) {
      String status = Scores.status(e.getValue(), items).key();
      out.fact(new handbook.content.Fact("checklist", e.getKey(), e.getValue().title(), ChecklistPage.URL + "#" + e.getKey(), status,
          java.util.Set.of(), java.util.Set.of(), Map.of("status", status)));
    }
    out.fact(
        new handbook.content.Fact(
            "checklist-score", "total", c.title(), ChecklistPage.URL, score.display(), java.util.Set.of(), java.util.Set.of(),
            Map.of("percent", total.percent(), "points", Scores.number(score.points()), "max", Integer.toString(score.max()))));
    out.file("badges/readiness.svg", Badge.svg(strings.getOrDefault("badge.label", "readiness"), total.percentText(), total.level()).getBytes(StandardCharsets.UTF_8));
    out.file("checklist.json", json(c, views, score));
    return out.build();
  }

  /** {@code checklist.json}: the same numbers as the dashboard, in plain machine-readable form. */
  private static byte[] json(Checklist c, ChecklistViews views, Scores.Total total) {
    Map<String, Item> byId = c.itemsById();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("title", c.title());
    root.put("score", total.points());
    root.put("max", total.max());
    root.put("percent", total.percent());
    root.put("display", total.display());
    root.put("status", total.status() == null ? "" : total.status().label());
    root.put("level", total.status() == null ? "critical" : total.status().level());
    root.put(
        "rule",
        "category score = 10 * (done weight + 0.5 * in-progress weight) / total weight, rounded half-up to one decimal;"
            + " total = sum of category scores out of 10 per category; an item with refs shows the progress of the items it refers to");
    if (!c.source().isBlank()) {
      root.put("source", c.source().strip());
    }
    root.put("marks", "added: the item is not in the source; estimated: these values of the item are not in the source but set by the authors");
    List<Object> cats = new ArrayList<>();
    for (Checklist.Category cat : c.categories()) {
      Map<String, Object> m = new LinkedHashMap<>();
      Scores.Progress p = Scores.of(cat.items(), byId);
      m.put("id", cat.id());
      m.put("title", cat.title());
      if (cat.original() != null) {
        m.put("original", cat.original());
      }
      m.put("priority", cat.priority());
      m.put("score", p.score10());
      m.put("max", 10);
      m.put("items", cat.items().stream().map(i -> item(i, byId)).toList());
      cats.add(m);
    }
    root.put("categories", cats);
    List<Object> phases = new ArrayList<>();
    for (Checklist.Phase ph : c.roadmap()) {
      ChecklistViews.PhaseView v = views.phase(ph, "", null);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", ph.id());
      m.put("title", ph.title());
      if (ph.original() != null) {
        m.put("original", ph.original());
      }
      m.put("percent", Double.parseDouble(v.percent()));
      m.put("items", ph.weeks().stream().flatMap(w -> w.items().stream()).map(i -> item(i, byId)).toList());
      phases.add(m);
    }
    root.put("roadmap", phases);
    root.put("success_criteria", c.successCriteria().stream().map(i -> item(i, byId)).toList());
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> item(Item i, Map<String, Item> byId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("title", i.title());
    if (i.original() != null) {
      m.put("original", i.original());
    }
    m.put("status", Scores.status(i, byId).key());
    m.put("percent", Scores.of(i, byId).percent());
    m.put("weight", i.weight());
    if (i.owner() != null) {
      m.put("owner", i.owner());
    }
    if (i.due() != null) {
      m.put("due", i.due());
    }
    if (!i.refs().isEmpty()) {
      m.put("refs", i.refs());
    }
    m.put("added", i.added());
    m.put("estimated", i.estimated());
    m.put("url", ChecklistPage.URL + "#" + i.id());
    return m;
  }
}
