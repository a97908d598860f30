package handbook.checklist;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.diag.Suggest;
import handbook.markdown.LinkRef;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code checklist.yaml} strictly: unknown keys, duplicate ids, bad statuses, dangling
 * refs are errors at their line and column, with a "did you mean" where one is close. Links are
 * returned as link references, checked later like every other link.
 */
public final class ChecklistParser {
  static final Set<String> TOP =
      Set.of("title", "subtitle", "estimate", "source", "thresholds", "categories", "roadmap", "quick_wins", "plan", "success_criteria", "summary");
  static final Set<String> THRESHOLD = Set.of("min", "label", "level");
  static final Set<String> LEVELS = Set.of("ok", "warning", "critical");
  static final Set<String> CATEGORY = Set.of("id", "title", "original", "priority", "baseline", "problem", "risk", "impact", "time", "items");
  static final Set<String> PRIORITIES = Set.of("kritisk", "høy", "medium", "lav");
  static final Set<String> ITEM = Set.of("id", "title", "original", "status", "weight", "owner", "due", "added", "estimated", "links", "refs");
  static final Set<String> PHASE = Set.of("id", "title", "original", "duration", "goal", "deliverable", "weeks");
  static final Set<String> WEEK = Set.of("week", "items");
  static final Set<String> QUICK_WIN = Set.of("id", "title", "original", "time", "text", "refs");
  static final Set<String> PLAN = Set.of("title", "steps");
  static final Set<String> SUMMARY = Set.of("estimate", "cost", "roi", "target", "verdict", "note", "next_step");

  private final YamlParser yaml = new YamlParser();
  private Diagnostics diags;
  private String file;
  private final Map<String, Span> ids = new HashMap<>();
  private final List<Ref> refs = new ArrayList<>();

  private record Ref(String id, Span span, String owner) {}

  /** Parses the file; returns null when it cannot be read at all (the reason is reported). */
  public Checklist parse(SourceFile source, Diagnostics diagnostics) {
    this.diags = diagnostics;
    this.file = source.displayPath();
    ids.clear();
    refs.clear();
    YamlParser.Result r = yaml.parse(source.text(), file, 1);
    diags.addAll(r.errors());
    if (r.root() == null) {
      if (r.errors().isEmpty()) {
        diags.add(Diagnostic.error("checklist.empty", Span.file(file), "checklist.yaml is empty"));
      }
      return null;
    }
    if (!(r.root() instanceof YamlNode.Mapping map)) {
      diags.add(Diagnostic.error("checklist.type", span(r.root()), "checklist.yaml must be a map, found " + r.root().describe()));
      return null;
    }
    YamlFields f = fields(map);
    f.rejectUnknownKeys(TOP, "checklist.yaml");
    List<Checklist.Threshold> thresholds = new ArrayList<>();
    for (YamlFields t : maps(f, "thresholds")) {
      t.rejectUnknownKeys(THRESHOLD, "a threshold");
      thresholds.add(new Checklist.Threshold(number(t, "min", 0), t.requiredString("label", "a threshold"), t.oneOf("level", LEVELS, "critical")));
    }
    List<Checklist.Category> categories = new ArrayList<>();
    for (YamlFields c : maps(f, "categories")) {
      c.rejectUnknownKeys(CATEGORY, "a category");
      String id = id(c, "a category");
      List<Item> items = new ArrayList<>();
      for (YamlFields i : maps(c, "items")) {
        items.add(item(i, Kind.CATEGORY));
      }
      categories.add(
          new Checklist.Category(
              id,
              c.requiredString("title", "a category"),
              c.oneOf("priority", PRIORITIES, "medium"),
              c.string("baseline", ""),
              c.string("problem", ""),
              c.string("risk", ""),
              c.string("impact", ""),
              c.string("time", ""),
              c.string("original", null),
              items));
    }
    List<Checklist.Phase> roadmap = new ArrayList<>();
    for (YamlFields p : maps(f, "roadmap")) {
      p.rejectUnknownKeys(PHASE, "a roadmap phase");
      String id = id(p, "a roadmap phase");
      List<Checklist.Week> weeks = new ArrayList<>();
      for (YamlFields w : maps(p, "weeks")) {
        w.rejectUnknownKeys(WEEK, "a week");
        List<Item> items = new ArrayList<>();
        for (YamlFields i : maps(w, "items")) {
          items.add(item(i, Kind.ROADMAP));
        }
        weeks.add(new Checklist.Week(w.integer("week", 0), items));
      }
      roadmap.add(
          new Checklist.Phase(
              id, p.requiredString("title", "a roadmap phase"), p.string("original", null), p.string("duration", ""), p.string("goal", ""), p.string("deliverable", ""), weeks));
    }
    List<Checklist.QuickWin> quickWins = new ArrayList<>();
    for (YamlFields q : maps(f, "quick_wins")) {
      q.rejectUnknownKeys(QUICK_WIN, "a quick win");
      String id = id(q, "a quick win");
      quickWins.add(
          new Checklist.QuickWin(id, q.requiredString("title", "a quick win"), q.string("original", null), q.string("time", ""), q.string("text", ""), refs(q, id)));
    }
    List<Checklist.PlanBlock> plan = new ArrayList<>();
    for (YamlFields p : maps(f, "plan")) {
      p.rejectUnknownKeys(PLAN, "a plan block");
      plan.add(new Checklist.PlanBlock(p.requiredString("title", "a plan block"), p.strings("steps")));
    }
    List<Item> criteria = new ArrayList<>();
    for (YamlFields i : maps(f, "success_criteria")) {
      criteria.add(item(i, Kind.CRITERION));
    }
    Map<String, String> summary = new LinkedHashMap<>();
    YamlFields s = f.child("summary");
    if (s != null) {
      s.rejectUnknownKeys(SUMMARY, "`summary`");
      for (String k : SUMMARY.stream().sorted().toList()) {
        String v = s.string(k, null);
        if (v != null) {
          summary.put(k, v);
        }
      }
    }
    Checklist checklist =
        new Checklist(
            f.requiredString("title", "checklist.yaml"),
            f.string("subtitle", ""),
            f.string("estimate", ""),
            f.string("source", ""),
            thresholds,
            categories,
            roadmap,
            quickWins,
            plan,
            criteria,
            summary);
    checkRefs(checklist);
    return checklist;
  }

  /** Where an item stands in the file decides what it may have. */
  private enum Kind {
    CATEGORY,
    ROADMAP,
    CRITERION
  }

  private Item item(YamlFields i, Kind kind) {
    boolean mayRefer = kind != Kind.CATEGORY;
    i.rejectUnknownKeys(ITEM, "an item");
    String id = id(i, "an item");
    String statusText = i.string("status", null);
    Status status = null;
    if (statusText != null) {
      status = Status.of(statusText);
      if (status == null) {
        Diagnostic d =
            Diagnostic.error(
                "checklist.status",
                i.span(i.map().get("status")),
                "status `" + statusText + "` is not one of " + String.join(", ", Status.keys()));
        String near = Suggest.closest(statusText, Status.keys());
        diags.add(near == null ? d : d.withHint("did you mean `" + near + "`?"));
      }
    }
    List<String> itemRefs = refs(i, id);
    if (!itemRefs.isEmpty() && !mayRefer) {
      diags.add(Diagnostic.error("checklist.refs", i.span(i.map().get("refs")), "category items cannot refer to other items; give `" + id + "` a status"));
    }
    if (statusText == null && itemRefs.isEmpty() && i.has("id")) {
      String what = kind == Kind.CRITERION ? "success criterion `" : "item `";
      diags.add(
          Diagnostic.error("checklist.status", i.span(i.map()), what + id + "` has no status")
              .withHint("add `status: todo` (or in-progress, done)" + (mayRefer ? ", or `refs:` to the items it covers" : "")));
    }
    if (statusText != null && !itemRefs.isEmpty() && mayRefer) {
      diags.add(
          Diagnostic.error("checklist.status", i.span(i.map().get("status")), "item `" + id + "` has both a status and refs")
              .withHint("its progress comes from the items in `refs`; remove `status`"));
    }
    double weight = i.has("weight") ? number(i, "weight", 1) : 1;
    if (weight <= 0) {
      diags.add(Diagnostic.error("checklist.weight", i.span(i.map().get("weight")), "weight must be a positive number"));
      weight = 1;
    }
    String due = i.string("due", null);
    if (due != null) {
      try {
        LocalDate.parse(due);
      } catch (DateTimeParseException e) {
        diags.add(Diagnostic.error("checklist.due", i.span(i.map().get("due")), "due `" + due + "` is not a date like 2026-12-31"));
      }
    }
    List<LinkRef> links = new ArrayList<>();
    YamlNode ln = i.map().get("links");
    if (ln instanceof YamlNode.Seq seq) {
      for (YamlNode l : seq.items()) {
        if (l instanceof YamlNode.Scalar sc && sc.value() != null) {
          links.add(new LinkRef(sc.value(), span(l), false));
        } else {
          diags.add(Diagnostic.error("checklist.type", span(l), "`links` items must be strings, found " + l.describe()));
        }
      }
    } else if (ln instanceof YamlNode.Scalar sc && sc.value() != null) {
      links.add(new LinkRef(sc.value(), span(ln), false));
    } else if (ln != null) {
      i.typeError("links", ln, "a list of links");
    }
    List<String> estimated = estimated(i, id);
    return new Item(
        id, i.requiredString("title", "an item"), i.string("original", null), status, weight, i.string("owner", null), due,
        i.bool("added", false), estimated, links, itemRefs, i.span(i.map()));
  }

  /**
   * The values of an item marked as estimates (not in the source). Each must be one of
   * {@link Item#ESTIMABLE} and set on the item; marking a value the item does not have would
   * show a mark next to nothing.
   */
  private List<String> estimated(YamlFields i, String id) {
    YamlNode n = i.map().get("estimated");
    if (n == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    List<YamlNode> values = n instanceof YamlNode.Seq seq ? seq.items() : List.of(n);
    for (YamlNode v : values) {
      String key = v instanceof YamlNode.Scalar sc ? sc.value() : null;
      if (key == null || !Item.ESTIMABLE.contains(key)) {
        Diagnostic d =
            Diagnostic.error(
                "checklist.estimated", span(v), "`estimated` names `" + (key == null ? v.describe() : key) + "`, which is not one of " + String.join(", ", Item.ESTIMABLE));
        String near = key == null ? null : Suggest.closest(key, Item.ESTIMABLE);
        diags.add(near == null ? d : d.withHint("did you mean `" + near + "`?"));
      } else if (!i.has(key)) {
        diags.add(
            Diagnostic.error("checklist.estimated", span(v), "`estimated` names `" + key + "`, but item `" + id + "` has no `" + key + "`")
                .withHint("set `" + key + ":` on the item, or remove it from `estimated`"));
      } else if (!out.contains(key)) {
        out.add(key);
      }
    }
    return out;
  }

  private List<String> refs(YamlFields f, String owner) {
    YamlNode n = f.map().get("refs");
    List<String> out = new ArrayList<>();
    if (n instanceof YamlNode.Seq seq) {
      for (YamlNode r : seq.items()) {
        if (r instanceof YamlNode.Scalar sc && sc.value() != null) {
          out.add(sc.value());
          refs.add(new Ref(sc.value(), span(r), owner));
        } else {
          diags.add(Diagnostic.error("checklist.type", span(r), "`refs` items must be item ids, found " + r.describe()));
        }
      }
    } else if (n instanceof YamlNode.Scalar sc && sc.value() != null) {
      out.add(sc.value());
      refs.add(new Ref(sc.value(), span(n), owner));
    } else if (n != null) {
      f.typeError("refs", n, "a list of item ids");
    }
    return out;
  }

  private void checkRefs(Checklist c) {
    Set<String> targets = new java.util.TreeSet<>();
    for (Checklist.Category cat : c.categories()) {
      cat.items().forEach(i -> targets.add(i.id()));
    }
    for (Ref r : refs) {
      if (!targets.contains(r.id())) {
        Diagnostic d =
            Diagnostic.error(
                "checklist.ref",
                r.span(),
                ids.containsKey(r.id())
                    ? "`" + r.owner() + "` refers to `" + r.id() + "`, which is not a category item"
                    : "`" + r.owner() + "` refers to `" + r.id() + "`, which no item has as its id");
        String near = ids.containsKey(r.id()) ? null : Suggest.closest(r.id(), targets);
        diags.add(near == null ? d : d.withHint("did you mean `" + near + "`?"));
      }
    }
  }

  private String id(YamlFields f, String what) {
    String id = f.requiredString("id", what);
    if (id == null) {
      return "";
    }
    Span s = f.span(f.map().get("id"));
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      diags.add(Diagnostic.error("checklist.id", s, "id `" + id + "` must be lower-case letters, digits and hyphens"));
    }
    Span first = ids.putIfAbsent(id, s);
    if (first != null) {
      diags.add(Diagnostic.error("checklist.duplicate-id", s, "id `" + id + "` is used twice").withHint("it is first used on line " + first.line()));
    }
    return id;
  }

  private double number(YamlFields f, String key, double fallback) {
    YamlNode n = f.map().get(key);
    if (n == null) {
      return fallback;
    }
    if (n instanceof YamlNode.Scalar s && (s.type() == YamlNode.Scalar.Type.INTEGER || s.type() == YamlNode.Scalar.Type.FLOAT)) {
      return Double.parseDouble(s.value());
    }
    f.typeError(key, n, "a number");
    return fallback;
  }

  private List<YamlFields> maps(YamlFields f, String key) {
    YamlNode n = f.map().get(key);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof YamlNode.Seq seq)) {
      f.typeError(key, n, "a list");
      return List.of();
    }
    List<YamlFields> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Mapping m) {
        out.add(fields(m));
      } else {
        diags.add(Diagnostic.error("checklist.type", span(item), "`" + key + "` entries must be maps, found " + item.describe()));
      }
    }
    return out;
  }

  private YamlFields fields(YamlNode.Mapping m) {
    return new YamlFields(m, file, diags, "checklist");
  }

  private Span span(YamlNode n) {
    return Span.at(file, n.line(), n.column());
  }
}
