package handbook.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** View records of the checklist for templates: numbers already computed and formatted. */
public final class ChecklistViews {
  /** A link shown with an item. */
  public record LinkView(String text, String href) {}

  /**
   * An item row. {@code status} is the key (todo, in-progress, done) for CSS; {@code href} goes to
   * its row on the dashboard.
   */
  public record ItemView(
      String id,
      String title,
      String status,
      String statusLabel,
      String weight,
      String owner,
      String due,
      String percent,
      List<LinkView> links,
      List<String> covers,
      String href) {}

  /** A category with its score of 10. */
  public record CategoryView(
      String id,
      String title,
      String priority,
      String priorityLabel,
      String baseline,
      String problem,
      String risk,
      String impact,
      String time,
      String score,
      String value,
      String percent,
      int open,
      List<ItemView> items,
      String href) {}

  public record WeekView(int week, List<ItemView> items) {}

  public record PhaseView(
      String id, String title, String duration, String goal, String deliverable, String percent, String value, List<WeekView> weeks, String href) {}

  public record QuickWinView(String id, String title, String time, String html, List<ItemView> covers) {}

  public record PlanView(String title, List<String> steps) {}

  public record SummaryEntry(String label, String text) {}

  /** The overall score. */
  public record TotalView(String display, String points, int max, String percent, String label, String level) {}

  /** The dashboard page. */
  public record DashboardView(
      String subtitle,
      String estimate,
      TotalView total,
      List<CategoryView> categories,
      List<ItemView> open,
      List<PhaseView> roadmap,
      List<QuickWinView> quickWins,
      List<PlanView> plan,
      List<ItemView> criteria,
      List<SummaryEntry> summary,
      String badge,
      String json,
      Trend.TrendView trend) {}

  /** An embed on another page: one category, one phase, or the summary. */
  public record EmbedView(
      String kind, Map<String, String> t, TotalView total, CategoryView category, PhaseView phase, List<CategoryView> categories, String dashboard) {}

  private final Checklist checklist;
  private final Map<String, Item> byId;
  private final Map<String, String> t;

  public ChecklistViews(Checklist checklist, Map<String, String> strings) {
    this.checklist = checklist;
    this.byId = checklist.itemsById();
    this.t = strings;
  }

  public TotalView total() {
    Scores.Total s = Scores.total(checklist);
    return new TotalView(
        s.display(),
        Scores.number(s.points()),
        s.max(),
        Scores.number(s.percent()),
        s.status() == null ? "" : s.status().label(),
        s.status() == null ? "critical" : s.status().level());
  }

  /**
   * @param dashboard href of the dashboard from the page being rendered
   * @param links resolves an item's link target to a view, or null to leave links out
   */
  public CategoryView category(Checklist.Category c, String dashboard, Function<String, LinkView> links) {
    Scores.Progress p = Scores.of(c.items(), byId);
    List<ItemView> items = c.items().stream().map(i -> item(i, dashboard, links)).toList();
    int open = (int) c.items().stream().filter(i -> Scores.status(i, byId) != Status.DONE).count();
    return new CategoryView(
        c.id(), c.title(), c.priority(), t.getOrDefault("priority." + c.priority(), c.priority()), c.baseline(), c.problem(), c.risk(), c.impact(), c.time(),
        Scores.number(p.score10()), Double.toString(p.score10()), Scores.number(p.percent()), open, items, dashboard + "#" + c.id());
  }

  public ItemView item(Item i, String dashboard, Function<String, LinkView> links) {
    Status s = Scores.status(i, byId);
    List<LinkView> lv = new ArrayList<>();
    if (links != null) {
      i.links().forEach(l -> {
        LinkView v = links.apply(l.target());
        if (v != null) {
          lv.add(v);
        }
      });
    }
    List<String> covers = i.refs().stream().map(r -> byId.containsKey(r) ? byId.get(r).title() : r).toList();
    return new ItemView(
        i.id(), i.title(), s.key(), t.getOrDefault("status." + s.key(), s.key()), Scores.number(i.weight()), i.owner(), i.due(),
        Scores.number(Scores.of(i, byId).percent()), lv, covers, dashboard + "#" + i.id());
  }

  public PhaseView phase(Checklist.Phase p, String dashboard, Function<String, LinkView> links) {
    List<Item> all = p.weeks().stream().flatMap(w -> w.items().stream()).toList();
    double sum = 0;
    for (Item i : all) {
      sum += Scores.of(i, byId).fraction();
    }
    double fraction = all.isEmpty() ? 0 : sum / all.size();
    List<WeekView> weeks = p.weeks().stream().map(w -> new WeekView(w.week(), w.items().stream().map(i -> item(i, dashboard, links)).toList())).toList();
    return new PhaseView(
        p.id(), p.title(), p.duration(), p.goal(), p.deliverable(), Scores.number(100 * fraction), Double.toString(Scores.round1(100 * fraction)), weeks, dashboard + "#" + p.id());
  }

  public DashboardView dashboard(Function<String, LinkView> links, Function<String, String> markdown, String root, Trend.TrendView trend) {
    List<CategoryView> cats = checklist.categories().stream().map(c -> category(c, "", links)).toList();
    List<ItemView> open = new ArrayList<>();
    for (CategoryView c : cats) {
      c.items().stream().filter(i -> !i.status().equals("done")).forEach(open::add);
    }
    List<QuickWinView> quick =
        checklist.quickWins().stream()
            .map(q -> new QuickWinView(q.id(), q.title(), q.time(), markdown.apply(q.id()),
                q.refs().stream().filter(byId::containsKey).map(r -> item(byId.get(r), "", null)).toList()))
            .toList();
    List<SummaryEntry> summary = new ArrayList<>();
    checklist.summary().forEach((k, v) -> summary.add(new SummaryEntry(t.getOrDefault("summary." + k, k), v)));
    return new DashboardView(
        checklist.subtitle(),
        checklist.estimate(),
        total(),
        cats,
        open,
        checklist.roadmap().stream().map(p -> phase(p, "", links)).toList(),
        quick,
        checklist.plan().stream().map(b -> new PlanView(b.title(), b.steps())).toList(),
        checklist.successCriteria().stream().map(i -> item(i, "", links)).toList(),
        summary,
        root + "badges/readiness.svg",
        root + "checklist.json",
        trend);
  }

  public String trendTitle() {
    return t.getOrDefault("checklist.trend", "Readiness per version");
  }

  public List<CategoryView> categories(String dashboard) {
    return checklist.categories().stream().map(c -> category(c, dashboard, null)).toList();
  }
}
