package handbook.checklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import handbook.content.ContentKind;
import handbook.content.Directive;
import handbook.content.LinkScheme;
import handbook.content.LoadContext;
import handbook.diag.Diagnostic;
import handbook.diag.Suggest;
import handbook.render.UiStrings;
import handbook.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklist kind: reads {@code content/checklist.yaml}; contributes the dashboard page, the
 * {@code checklist} directive, {@code checklist:ID} links, {@code badges/readiness.svg} and
 * {@code checklist.json}. One instance serves one build.
 */
public final class ChecklistKind implements ContentKind {
  static final String FILE = "checklist.yaml";

  private Checklist checklist;
  private ChecklistViews views;
  private Map<String, String> strings = Map.of();

  @Override
  public Collection<Directive> directives() {
    return List.of(new ChecklistDirective(this));
  }

  Checklist checklist() {
    return checklist;
  }

  ChecklistViews views() {
    return views;
  }

  Map<String, String> strings() {
    return strings;
  }

  @Override
  public void load(LoadContext ctx) {
    strings = UiStrings.load(ctx.config().language());
    SourceFile file = ctx.sources().stream().filter(f -> f.path().equals(FILE)).findFirst().orElse(null);
    if (file == null) {
      return;
    }
    Checklist c = new ChecklistParser().parse(file, ctx.diagnostics());
    if (c == null) {
      return;
    }
    checklist = c;
    views = new ChecklistViews(c, strings);
    ctx.addPage(new ChecklistPage(c, views, ctx.markdown(), file.displayPath(), file.text()));
    Map<String, Item> items = c.itemsById();
    List<String> anchors = new ArrayList<>(items.keySet());
    c.categories().forEach(cat -> anchors.add(cat.id()));
    c.roadmap().forEach(p -> anchors.add(p.id()));
    ctx.addScheme(
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
      ctx.addFact(handbook.content.Fact.simple("checklist", e.getKey(), e.getValue().title(), ChecklistPage.URL + "#" + e.getKey(), Scores.status(e.getValue(), items).key()));
    }
    ctx.addFact(
        new handbook.content.Fact(
            "checklist-score", "total", c.title(), ChecklistPage.URL, score.display(), java.util.Set.of(), java.util.Set.of(),
            Map.of("percent", total.percent(), "points", Scores.number(score.points()), "max", Integer.toString(score.max()))));
    ctx.addFile("badges/readiness.svg", Badge.svg(strings.getOrDefault("badge.label", "readiness"), total.percentText(), total.level()).getBytes(StandardCharsets.UTF_8));
    ctx.addFile("checklist.json", json(c, score));
  }

  /** {@code checklist.json}: the same numbers as the dashboard, in plain machine-readable form. */
  private byte[] json(Checklist c, Scores.Total total) {
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
