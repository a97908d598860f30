package handbook.runbooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import handbook.cache.ValueCodecs;
import handbook.content.ContentKind;
import handbook.content.Fact;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.SiteSettings;
import handbook.content.Urls;
import handbook.diag.Diagnostics;
import handbook.yaml.YamlFields;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The runbooks kind: reads {@code content/runbooks/**.md}; contributes a page per runbook, the
 * index {@code runbooks/}, an alert lookup page per alert and {@code runbooks/alerts.json}.
 * Checks that no alert is claimed twice and reports runbooks that are overdue for review on the
 * build date.
 */
public final class RunbooksKind implements ContentKind<RunbookSettings> {
  @Override
  public String name() {
    return "runbooks";
  }

  @Override
  public boolean claims(String path) {
    return path.startsWith(Runbook.ROOT) && path.endsWith(".md");
  }

  @Override
  public RunbookSettings settings(YamlFields section, SiteSettings site, Diagnostics diags) {
    return RunbookSettings.read(section, site.language(), diags);
  }

  @Override
  public List<String> factGroups() {
    return List.of("runbooks");
  }

  @Override
  public Loaded load(LoadInput ctx, RunbookSettings settings) {
    Loaded.Builder out = Loaded.builder();
    List<SourceFile> files = ctx.sources();
    if (files.isEmpty()) {
      return out.build();
    }
    Map<String, String> strings = ctx.strings();
    RunbookViews views = new RunbookViews(strings, ctx.site().language());
    RunbookParser parser = new RunbookParser();
    String env = "runbook-body-1|" + ctx.markdown().environment();
    Map<String, String> keys = new LinkedHashMap<>();
    files.forEach(f -> keys.put(f.path(), ctx.memo().key("runbook-body", f.path(), f.text(), env + "|" + settings)));
    List<RunbookParser.Parsed> parsed =
        files.parallelStream()
            .map(f -> parser.parse(f, settings, (body, file, line, options) -> ctx.memo().get("runbook-body", f.path(), f.text(), env + "|" + settings,
                ValueCodecs.MARKDOWN, () -> ctx.markdown().compile(body, file, line, options)), ctx.diagnostics()))
            .filter(Objects::nonNull)
            .toList();

    Map<String, Runbook> alerts = claimAlerts(parsed, ctx);
    List<RunbookViews.Row> rows = new ArrayList<>();
    Map<String, RunbookViews.Row> rowsBySource = new LinkedHashMap<>();
    for (RunbookParser.Parsed p : parsed) {
      Runbook rb = p.runbook();
      Review review = p.valid() ? Review.of(rb.lastReviewed(), rb.interval(settings.reviewInterval()), ctx.buildDate()) : null;
      if (review != null) {
        reportReview(rb, review, ctx);
        RunbookViews.Row row = row(rb, review, views);
        rows.add(row);
        rowsBySource.put(rb.source(), row);
      }
      out.page(new RunbookPage(p, review, views, ctx.markdown(), keys.get(rb.source())));
      out.fact(new Fact("runbooks", rb.url(), rb.title(), rb.url(), keys.get(rb.source()), java.util.Set.of(), java.util.Set.of(),
          Map.of("severity", String.valueOf(rb.severity()))));
    }
    Map<String, RunbookViews.Row> alertRows = new TreeMap<>();
    alerts.forEach((name, rb) -> {
      RunbookViews.Row row = rowsBySource.get(rb.source());
      if (row != null) {
        alertRows.put(name, row);
        out.page(new AlertRedirectPage(name, rb, views));
      }
    });
    RunbookViews.IndexView index = views.index(rows, alertRows, "alerts.json");
    out.page(new RunbookIndexPage(strings.getOrDefault("runbooks.title", "Runbooks"), strings.getOrDefault("runbooks.description", ""), index));
    out.file(Runbook.ROOT + "alerts.json", json(alerts, ctx.site().baseUrl()));
    return out.build();
  }

  /** Every alert name and the runbook that claims it; a second claim is an error at its line. */
  static Map<String, Runbook> claimAlerts(List<RunbookParser.Parsed> parsed, LoadInput ctx) {
    Map<String, Runbook> claims = new TreeMap<>();
    Map<String, Runbook.Alert> first = new TreeMap<>();
    for (RunbookParser.Parsed p : parsed) {
      for (Runbook.Alert a : p.runbook().alerts()) {
        String key = a.name().toLowerCase(Locale.ROOT);
        Runbook.Alert before = first.putIfAbsent(key, a);
        if (before == null) {
          claims.put(a.name(), p.runbook());
          continue;
        }
        String same = before.name().equals(a.name()) ? "" : " (as `" + before.name() + "`: alert pages differ only in case)";
        String where = before.span().file().equals(a.span().file()) ? "this runbook, line " + before.span().line() : "`" + before.span() + "`";
        ctx.diagnostics().add(
            Diagnostic.error("runbook.alert-duplicate", a.span(), "alert `" + a.name() + "` is already claimed by " + where + same)
                .withHint("an alert leads to one runbook; remove it here or there, or link the other runbook from this one"));
      }
    }
    return claims;
  }

  private static void reportReview(Runbook rb, Review review, LoadInput ctx) {
    Span at = rb.lastReviewedSpan();
    if (review.inFuture()) {
      ctx.diagnostics().add(
          Diagnostic.warning("runbook.review-date", at, "`last_reviewed` " + rb.lastReviewed() + " is after the build date " + review.today())
              .withHint("check the date; builds take their date from SOURCE_DATE_EPOCH when it is set"));
    } else if (review.stale()) {
      String message =
          "runbook is overdue for review: last reviewed " + rb.lastReviewed() + ", " + review.ageDays() + " days before " + review.today()
              + ", and its review interval is " + review.intervalDays() + " days";
      Diagnostic d = ctx.strict() ? Diagnostic.error("runbook.stale", at, message) : Diagnostic.warning("runbook.stale", at, message);
      ctx.diagnostics().add(d.withHint("review the steps with " + rb.owner() + " and set `last_reviewed` to the day of the review"));
    }
  }

  private static RunbookViews.Row row(Runbook rb, Review review, RunbookViews views) {
    List<RunbookViews.Symptom> symptoms = rb.symptoms().stream().map(RunbookViews.Symptom::of).toList();
    String search = String.join(" ", rb.title(), String.join(" ", rb.services()), String.join(" ", symptoms.stream().map(RunbookViews.Symptom::text).toList()),
        String.join(" ", rb.alerts().stream().map(Runbook.Alert::name).toList()), rb.owner()).toLowerCase(Locale.ROOT);
    return new RunbookViews.Row(
        rb.title(),
        Urls.encodePath(rb.name() + "/"),
        views.severity(rb.severity()),
        rb.services(),
        symptoms,
        rb.alerts().stream().map(Runbook.Alert::name).toList(),
        rb.owner(),
        views.review(review, rb.owner()),
        search);
  }

  /** {@code runbooks/alerts.json}: alert name → runbook URL (absolute when {@code base_url} is set). */
  private static byte[] json(Map<String, Runbook> alerts, String baseUrl) {
    String base = baseUrl.isEmpty() ? "/" : baseUrl.replaceAll("/+$", "") + "/";
    Map<String, String> out = new TreeMap<>();
    alerts.forEach((name, rb) -> out.put(name, base + Urls.encodePath(rb.url())));
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
