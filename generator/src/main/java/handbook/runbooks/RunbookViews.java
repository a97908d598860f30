package handbook.runbooks;

import handbook.docs.TocEntry;
import handbook.markdown.Slugs;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** View records of runbooks for templates: labels and hrefs already made. */
public final class RunbookViews {
  /** A severity: its key as written, its ASCII form for CSS, and its label in the site's language. */
  public record SeverityView(String key, String css, String label, int rank) {}

  /**
   * The review state in words.
   *
   * @param date the day of the last review, or null when the runbook gives none
   * @param text one line for lists ("Gjennomgått 2026-11-20")
   * @param warning the warning shown on a stale runbook's page, or null
   */
  public record ReviewView(String date, String due, long ageDays, int interval, boolean stale, String text, String warning) {
    public boolean known() {
      return date != null;
    }
  }

  public record LinkView(String text, String href) {}

  /** A symptom from the front matter: {@code text} without Markdown, {@code html} with its code spans. */
  public record Symptom(String text, String html) {
    static Symptom of(String markdown) {
      return new Symptom(InlineMarkdown.plain(markdown), InlineMarkdown.html(markdown));
    }
  }

  /** A runbook's page body; an alert's {@code href} is its heading on the page, or null. */
  public record RunbookView(
      String html,
      List<TocEntry> toc,
      SeverityView severity,
      List<LinkView> services,
      List<Symptom> symptoms,
      List<LinkView> alerts,
      String owner,
      ReviewView review,
      String index) {}

  /** A runbook in the index; {@code href} is relative to the index page. */
  public record Row(
      String title,
      String href,
      SeverityView severity,
      List<String> services,
      List<Symptom> symptoms,
      List<String> alerts,
      String owner,
      ReviewView review,
      String search) {}

  /** A group of the index: one severity or one service. */
  public record Group(String id, String title, List<Row> rows) {}

  /** A symptom of the "what do you see?" index, with the runbooks that cover it. */
  public record SymptomView(String text, String html, List<Row> runbooks) {}

  /** An alert name with its lookup page, where it leads (its heading, in a runbook of many alerts) and its runbook. */
  public record AlertView(String name, String href, String target, Row runbook) {}

  /** The index page. */
  public record IndexView(
      List<Row> runbooks,
      List<Group> bySeverity,
      List<Group> byService,
      List<SymptomView> symptoms,
      List<AlertView> alerts,
      int staleCount,
      String summary,
      String filterCount,
      String json) {}

  /** An alert's lookup page: where to go. */
  public record RedirectView(String alert, String target, String title, SeverityView severity) {}

  private final Map<String, String> t;
  private final Collator collator;

  public RunbookViews(Map<String, String> strings, String language) {
    this.t = strings;
    this.collator = Collator.getInstance(Locale.forLanguageTag(language));
    collator.setStrength(Collator.SECONDARY);
  }

  public SeverityView severity(Severity s) {
    return new SeverityView(s.key(), s.css(), t.getOrDefault("runbooks.severity." + s.key(), s.key()), s.rank());
  }

  /** The owner as shown: the runbook's, or "not given". */
  public String owner(String owner) {
    return owner == null ? t.getOrDefault("runbooks.owner.unknown", "–") : owner;
  }

  /** The review state; {@code r} is null when the runbook gives no review date. */
  public ReviewView review(Review r, String owner) {
    if (r == null) {
      return new ReviewView(null, null, 0, 0, false, t.getOrDefault("runbooks.review.unknown", "–"), null);
    }
    String date = r.lastReviewed().toString();
    String text;
    String warning = null;
    if (r.stale()) {
      text = format("runbooks.review.stale", date, r.ageDays(), r.intervalDays(), r.due(), owner);
      warning = format("runbooks.review.warning", date, r.ageDays(), r.intervalDays(), r.due(), owner);
    } else if (r.inFuture()) {
      text = format("runbooks.review.future", date);
    } else {
      text = format("runbooks.review.ok", date, r.ageDays(), r.intervalDays(), r.due(), owner);
    }
    return new ReviewView(date, r.due().toString(), r.ageDays(), r.intervalDays(), r.stale(), text, warning);
  }

  /** A string of the site's language with {@code {0}}, {@code {1}} ... filled in. */
  public String format(String key, Object... args) {
    String s = t.getOrDefault(key, key);
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return s;
  }

  public static String serviceId(String service) {
    return "service-" + Slugs.slugify(service);
  }

  /** The index: every runbook by severity, by service and by symptom, and every alert. */
  public IndexView index(List<Row> rows, Map<String, AlertView> alerts, String json) {
    List<Row> sorted = new ArrayList<>(rows);
    Comparator<Row> order = Comparator.comparingInt((Row r) -> r.severity().rank()).thenComparing(Row::title, collator).thenComparing(Row::href);
    sorted.sort(order);
    List<Group> bySeverity = new ArrayList<>();
    for (Severity s : Severity.values()) {
      List<Row> in = sorted.stream().filter(r -> r.severity().key().equals(s.key())).toList();
      if (!in.isEmpty()) {
        bySeverity.add(new Group("severity-" + s.css(), severity(s).label(), in));
      }
    }
    Map<String, List<Row>> services = new TreeMap<>(collator);
    Map<String, List<Row>> symptoms = new TreeMap<>(collator);
    Map<String, String> symptomHtml = new LinkedHashMap<>();
    for (Row r : sorted) {
      r.services().forEach(s -> services.computeIfAbsent(s, k -> new ArrayList<>()).add(r));
      r.symptoms().forEach(s -> {
        symptoms.computeIfAbsent(s.text(), k -> new ArrayList<>()).add(r);
        symptomHtml.putIfAbsent(s.text(), s.html());
      });
    }
    List<Group> byService = new ArrayList<>();
    Map<String, Integer> ids = new LinkedHashMap<>();
    services.forEach((s, in) -> {
      String id = serviceId(s);
      int n = ids.merge(id, 1, Integer::sum);
      byService.add(new Group(n == 1 ? id : id + "-" + n, s, List.copyOf(in)));
    });
    List<SymptomView> symptomViews = new ArrayList<>();
    symptoms.forEach((s, in) -> symptomViews.add(new SymptomView(s, symptomHtml.get(s), List.copyOf(in))));
    List<AlertView> alertViews = new ArrayList<>(alerts.values());
    int stale = (int) sorted.stream().filter(r -> r.review().stale()).count();
    return new IndexView(
        sorted,
        bySeverity,
        byService,
        symptomViews,
        alertViews,
        stale,
        format(stale == 0 ? "runbooks.summary" : "runbooks.summary.stale", sorted.size(), stale),
        t.getOrDefault("runbooks.filter.count", "{0} / {1}"),
        json);
  }
}
