package handbook.runbooks;

import handbook.content.MarkdownPage;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import handbook.docs.TocEntry;
import handbook.markdown.MarkdownEngine;
import java.util.List;
import java.util.Map;

/** The page of one runbook: its facts, a stale warning when due, and its sections. */
final class RunbookPage extends MarkdownPage {
  private final Runbook runbook;
  private final Review review;
  private final RunbookViews views;

  /**
   * @param review the review state on the build date, or null when the date is unknown (invalid file)
   * @param fingerprint the file's parse key with everything else the page shows from it
   */
  RunbookPage(RunbookParser.Parsed parsed, Review review, RunbookViews views, MarkdownEngine engine, String fingerprint) {
    super(info(parsed.runbook()), parsed.markdown(), engine, handbook.cache.Keys.of(fingerprint, handbook.content.RecordText.of(review)), List.of());
    this.runbook = parsed.runbook();
    this.review = review;
    this.views = views;
  }

  private static PageInfo info(Runbook runbook) {
    Integer weight = runbook.severity() == null ? null : runbook.severity().rank();
    return new PageInfo(runbook.url(), runbook.title(), runbook.description(), runbook.source(), Runbook.ROOT, weight, true, "runbook", List.of(), Map.of(), List.of());
  }

  Runbook runbook() {
    return runbook;
  }

  @Override
  public String template() {
    return "runbook";
  }

  @Override
  public Object body(PageContext ctx) {
    String index = Urls.relative(info.url(), Runbook.ROOT);
    List<RunbookViews.LinkView> services =
        runbook.services().stream().map(s -> new RunbookViews.LinkView(s, index + "#" + RunbookViews.serviceId(s))).toList();
    return new RunbookViews.RunbookView(
        html(ctx),
        TocEntry.of(md.headings()),
        views.severity(runbook.severity()),
        services,
        runbook.symptoms().stream().map(RunbookViews.Symptom::of).toList(),
        runbook.alerts().stream().map(a -> new RunbookViews.LinkView(a.name(), a.anchor() == null ? null : "#" + a.anchor())).toList(),
        views.owner(runbook.owner()),
        views.review(review, views.owner(runbook.owner())),
        index);
  }
}
