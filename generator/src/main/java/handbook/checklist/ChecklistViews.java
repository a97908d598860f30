package handbook.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * View records of the checklist for templates: numbers already computed and formatted. A field
 * named {@code percent} is the plain number for attributes ({@code 17.5}); {@code percentText}
 * and the other texts are written the way the site's language writes numbers ({@code 17,5 %}).
 */
public final class ChecklistViews {
  /** A link shown with an item. */
  public record LinkView(String text, String href) {}

  /**
   * An item row. {@code status} is the key (todo, in-progress, done) for CSS; {@code href} goes to
   * its row on the dashboard. {@code original} is the source's wording (may be null);
   * {@code added} and {@code estimated} say what is not in the source.
   */
  public record ItemView(
      String id,
      String title,
      String original,
      String status,
      String statusLabel,
      String weight,
      String owner,
      String due,
      boolean added,
      List<String> estimated,
      String percent,
      String percentText,
      List<LinkView> links,
      List<String> covers,
      String href) {}

  /** A category with its score of 10. */
  public record CategoryView(
      String id,
      String title,
      String original,
      String priority,
      String priorityLabel,
      String baseline,
      String problem,
      String risk,
      String impact,
      String time,
      String score,
      String percent,
      String percentText,
      int open,
      List<ItemView> items,
      String href) {}

  public record WeekView(int week, List<ItemView> items) {}

  public record PhaseView(
      String id,
      String title,
      String original,
      String duration,
      String goal,
      String deliverable,
      String percent,
      String percentText,
      List<WeekView> weeks,
      String href) {}

  public record QuickWinView(String id, String title, String original, String time, String html, List<ItemView> covers) {}

  public record PlanView(String title, List<String> steps) {}

  public record SummaryEntry(String label, String text) {}

  /** The overall score. */
  public record TotalView(String display, String points, int max, String percent, String percentText, String label, String level) {}

  /**
   * The dashboard page. {@code how} says how the scores are computed; {@code sourceHtml} where the
   * checklist comes from (may be empty); {@code legend} explains the marks, or is null when no
   * value carries one.
   */
  public record DashboardView(
      String subtitle,
      String estimate,
      TotalView total,
      String how,
      String sourceHtml,
      String legend,
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
  private final Numbers numbers;

  public ChecklistViews(Checklist checklist, Map<String, String> strings) {
    this.checklist = checklist;
    this.byId = checklist.itemsById();
    this.t = strings;
    this.numbers = new Numbers(strings);
  }

  public TotalView total() {
    Scores.Total s = Scores.total(checklist);
    return new TotalView(
        numbers.total(s.points(), s.max(), s.percent()),
        numbers.number(s.points()),
        s.max(),
        Scores.number(s.percent()),
        numbers.percent(s.percent()),
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
        c.id(), c.title(), c.original(), c.priority(), t.getOrDefault("priority." + c.priority(), c.priority()), c.baseline(), c.problem(), c.risk(),
        c.impact(), c.time(), numbers.number(p.score10()), Scores.number(p.percent()), numbers.percent(p.percent()), open, items, dashboard + "#" + c.id());
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
    double pct = Scores.of(i, byId).percent();
    return new ItemView(
        i.id(), i.title(), i.original(), s.key(), t.getOrDefault("status." + s.key(), s.key()), numbers.number(i.weight()), i.owner(), i.due(),
        i.added(), i.estimated(), Scores.number(pct), numbers.percent(pct), lv, covers, dashboard + "#" + i.id());
  }

  public PhaseView phase(Checklist.Phase p, String dashboard, Function<String, LinkView> links) {
    double pct = Scores.round1(100 * phaseFraction(p));
    List<WeekView> weeks = p.weeks().stream().map(w -> new WeekView(w.week(), w.items().stream().map(i -> item(i, dashboard, links)).toList())).toList();
    return new PhaseView(
        p.id(), p.title(), p.original(), p.duration(), p.goal(), p.deliverable(), Scores.number(pct), numbers.percent(pct), weeks, dashboard + "#" + p.id());
  }

  /** A phase's progress: the mean of its items' progress, each item counting once. */
  double phaseFraction(Checklist.Phase p) {
    List<Item> all = p.weeks().stream().flatMap(w -> w.items().stream()).toList();
    double sum = 0;
    for (Item i : all) {
      sum += Scores.of(i, byId).fraction();
    }
    return all.isEmpty() ? 0 : sum / all.size();
  }

  /**
   * @param sourceHtml the checklist's {@code source} rendered, or empty
   */
  public DashboardView dashboard(Function<String, LinkView> links, Function<String, String> markdown, String sourceHtml, String root, Trend.TrendView trend) {
    List<CategoryView> cats = checklist.categories().stream().map(c -> category(c, "", links)).toList();
    List<ItemView> open = new ArrayList<>();
    for (CategoryView c : cats) {
      c.items().stream().filter(i -> !i.status().equals("done")).forEach(open::add);
    }
    List<QuickWinView> quick =
        checklist.quickWins().stream()
            .map(q -> new QuickWinView(q.id(), q.title(), q.original(), q.time(), markdown.apply(q.id()),
                q.refs().stream().filter(byId::containsKey).map(r -> item(byId.get(r), "", null)).toList()))
            .toList();
    List<SummaryEntry> summary = new ArrayList<>();
    checklist.summary().forEach((k, v) -> summary.add(new SummaryEntry(t.getOrDefault("summary." + k, k), v)));
    boolean marked = byId.values().stream().anyMatch(i -> i.added() || !i.estimated().isEmpty());
    return new DashboardView(
        checklist.subtitle(),
        checklist.estimate(),
        total(),
        t.getOrDefault("checklist.how", "").replace("{0}", Integer.toString(10 * checklist.categories().size())),
        sourceHtml,
        marked ? t.getOrDefault("checklist.legend", null) : null,
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

  Numbers numbers() {
    return numbers;
  }

  public List<CategoryView> categories(String dashboard) {
    return checklist.categories().stream().map(c -> category(c, dashboard, null)).toList();
  }
}
