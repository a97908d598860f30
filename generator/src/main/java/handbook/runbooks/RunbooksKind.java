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
    String prefix = files.get(0).displayPath().substring(0, files.get(0).displayPath().length() - files.get(0).path().length());
    for (String folder : settings.folders().keySet()) {
      if (files.stream().noneMatch(f -> f.path().startsWith(Runbook.ROOT + folder + "/"))) {
        ctx.diagnostics().add(
            Diagnostic.warning("config.value", Span.file(prefix + "site.yaml"), "`runbooks.folders` names `" + folder + "`, but `" + prefix + Runbook.ROOT + folder + "/` holds no runbook")
                .withHint("folders are named by their path under `runbooks/`, as in `folders: {prometheus: {strict: false}}`"));
      }
    }
    Map<String, String> strings = ctx.strings();
    RunbookViews views = new RunbookViews(strings, ctx.site().language());
    RunbookParser parser = new RunbookParser();
    String env = "runbook-body-2|" + ctx.markdown().environment() + "|" + handbook.content.RecordText.of(settings);
    Map<String, String> keys = new LinkedHashMap<>();
    files.forEach(f -> keys.put(f.path(), ctx.memo().key("runbook-body", f, env)));
    List<RunbookParser.Parsed> parsed =
        handbook.content.Parallel.map(files, f -> parser.parse(f, settings, (body, file, line, options) -> {
              handbook.markdown.Compiled c = ctx.memo().get("runbook-body", f, env,
                  ValueCodecs.COMPILED, () -> ctx.markdown().compiled(body, file, line, options));
              c.warnings().forEach(ctx.diagnostics()::add);
              return c.markdown();
            }, ctx.diagnostics()))
            .stream()
            .filter(Objects::nonNull)
            .toList();

    Map<String, Claim> alerts = claimAlerts(parsed, ctx);
    List<RunbookViews.Row> rows = new ArrayList<>();
    Map<String, RunbookViews.Row> rowsBySource = new LinkedHashMap<>();
    for (RunbookParser.Parsed p : parsed) {
      Runbook rb = p.runbook();
      Review review = p.valid() && rb.lastReviewed() != null ? Review.of(rb.lastReviewed(), rb.interval(settings.reviewInterval()), ctx.buildDate()) : null;
      if (p.valid()) {
        if (review != null) {
          reportReview(rb, review, ctx);
        }
        RunbookViews.Row row = row(rb, review, views);
        rows.add(row);
        rowsBySource.put(rb.source(), row);
      }
      out.page(new RunbookPage(p, review, views, ctx.markdown(), keys.get(rb.source())));
      out.fact(fact(rb, keys.get(rb.source()), settings, p.markdown(), views));
    }
    Map<String, RunbookViews.AlertView> alertViews = new TreeMap<>();
    alerts.forEach((name, claim) -> {
      RunbookViews.Row row = rowsBySource.get(claim.runbook().source());
      if (row != null) {
        alertViews.put(name, new RunbookViews.AlertView(name, "alerts/" + name + "/", Urls.encode(claim.alert().url(claim.runbook()).substring(Runbook.ROOT.length())), row));
        out.page(new AlertRedirectPage(claim.alert(), claim.runbook(), views));
      }
    });
    RunbookViews.IndexView index = views.index(rows, alertViews, "alerts.json");
    out.page(new RunbookIndexPage(strings.getOrDefault("runbooks.title", "Runbooks"), strings.getOrDefault("runbooks.description", ""), index));
    out.file(Runbook.ROOT + "alerts.json", json(alerts, ctx.site().baseUrl()));
    return out.build();
  }

  /** An alert and the runbook that claims it. */
  record Claim(Runbook runbook, Runbook.Alert alert) {}

  /**
   * What the changes page compares of a runbook: its content (the parse key) and, to say what
   * changed, its severity, its sections and its alerts.
   */
  private static Fact fact(Runbook rb, String key, RunbookSettings settings, handbook.markdown.RenderedMarkdown md, RunbookViews views) {
    List<String> sections = new ArrayList<>();
    for (handbook.markdown.Heading h : md.headings()) {
      String k = h.level() == 2 ? Sections.keyOf(h.text(), settings) : null;
      if (k != null && !sections.contains(settings.name(k))) {
        sections.add(settings.name(k));
      }
    }
    Map<String, String> values = new TreeMap<>();
    values.put("severity", rb.severity() == null ? "–" : views.severity(rb.severity()).label());
    values.put("sections", sections.isEmpty() ? "–" : String.join(", ", sections));
    values.put("alerts", rb.alerts().isEmpty() ? "–" : String.join(", ", rb.alerts().stream().map(Runbook.Alert::name).toList()));
    return new Fact("runbooks", rb.url(), rb.title(), rb.url(), key, java.util.Set.of(), java.util.Set.of(), values);
  }

  /** Every alert name and the runbook that claims it; a second claim is an error at its line. */
  static Map<String, Claim> claimAlerts(List<RunbookParser.Parsed> parsed, LoadInput ctx) {
    Map<String, Claim> claims = new TreeMap<>();
    Map<String, Runbook.Alert> first = new TreeMap<>();
    for (RunbookParser.Parsed p : parsed) {
      for (Runbook.Alert a : p.runbook().alerts()) {
        String key = a.name().toLowerCase(Locale.ROOT);
        Runbook.Alert before = first.putIfAbsent(key, a);
        if (before == null) {
          claims.put(a.name(), new Claim(p.runbook(), a));
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
    String owner = views.owner(rb.owner());
    String search = String.join(" ", rb.title(), String.join(" ", rb.services()), String.join(" ", symptoms.stream().map(RunbookViews.Symptom::text).toList()),
        String.join(" ", rb.alerts().stream().map(Runbook.Alert::name).toList()), owner).toLowerCase(Locale.ROOT);
    return new RunbookViews.Row(
        rb.title(),
        Urls.encodePath(rb.name() + "/"),
        views.severity(rb.severity()),
        rb.services(),
        symptoms,
        rb.alerts().stream().map(Runbook.Alert::name).toList(),
        owner,
        views.review(review, owner),
        search);
  }

  /**
   * {@code runbooks/alerts.json}: alert name → runbook URL (absolute when {@code base_url} is
   * set), with the anchor of the alert's heading in a runbook of many alerts.
   */
  private static byte[] json(Map<String, Claim> alerts, String baseUrl) {
    String base = baseUrl.isEmpty() ? "/" : baseUrl.replaceAll("/+$", "") + "/";
    Map<String, String> out = new TreeMap<>();
    alerts.forEach((name, c) -> out.put(name, base + Urls.encode(c.alert().url(c.runbook()))));
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
