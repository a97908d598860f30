package handbook.runbooks;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import handbook.docs.TocEntry;
import handbook.markdown.DirectiveCall;
import handbook.markdown.Heading;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The page of one runbook: its facts, a stale warning when due, and its sections. */
final class RunbookPage implements Page {
  private final PageInfo info;
  private final Runbook runbook;
  private final MarkdownDoc md;
  private final MarkdownEngine engine;
  private final List<Heading> headings;
  private final Set<String> anchors;
  private final Review review;
  private final RunbookViews views;
  private final String text;

  /** @param review the review state on the build date, or null when the date is unknown (invalid file) */
  RunbookPage(RunbookParser.Parsed parsed, Review review, RunbookViews views, MarkdownEngine engine, String text) {
    this.runbook = parsed.runbook();
    this.md = parsed.markdown();
    this.engine = engine;
    this.review = review;
    this.views = views;
    this.text = text;
    this.headings = parsed.titleHeadingRemoved() ? md.headings().subList(1, md.headings().size()) : md.headings();
    Integer weight = runbook.severity() == null ? null : runbook.severity().rank();
    this.info =
        new PageInfo(runbook.url(), runbook.title(), runbook.description(), runbook.source(), Runbook.ROOT, weight, true, "runbook", List.of(), Map.of(), List.of());
    Set<String> a = new LinkedHashSet<>();
    headings.forEach(h -> a.add(h.id()));
    a.addAll(md.extraAnchors());
    this.anchors = Set.copyOf(a);
  }

  Runbook runbook() {
    return runbook;
  }

  @Override
  public PageInfo info() {
    return info;
  }

  @Override
  public Set<String> anchors() {
    return anchors;
  }

  @Override
  public List<LinkRef> links() {
    return md.links();
  }

  @Override
  public List<DirectiveCall> directiveCalls() {
    return md.directives();
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
        engine.render(md, ctx.hrefs(), ctx.embeds()),
        TocEntry.of(headings),
        views.severity(runbook.severity()),
        services,
        runbook.symptoms().stream().map(RunbookViews.Symptom::of).toList(),
        runbook.alerts().stream().map(Runbook.Alert::name).toList(),
        runbook.owner(),
        views.review(review, runbook.owner()),
        index);
  }

  @Override
  public String sourceText() {
    return text;
  }
}
