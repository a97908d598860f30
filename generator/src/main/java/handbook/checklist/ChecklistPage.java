package handbook.checklist;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownDoc;
import handbook.markdown.MarkdownEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checklist dashboard: score, categories, open items, roadmap, quick wins, criteria. */
final class ChecklistPage implements Page {
  static final String URL = "checklist/";

  private final PageInfo info;
  private final Checklist checklist;
  private final ChecklistViews views;
  private final Map<String, MarkdownDoc> quickWins = new LinkedHashMap<>();
  private final MarkdownDoc source;
  private final MarkdownEngine engine;
  private final List<LinkRef> links = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();
  private final String fingerprint;

  ChecklistPage(Checklist checklist, ChecklistViews views, MarkdownEngine engine, String file, String fingerprint) {
    this.checklist = checklist;
    this.views = views;
    this.engine = engine;
    this.fingerprint = fingerprint;
    this.info = new PageInfo(URL, checklist.title(), checklist.subtitle(), "checklist.yaml", "", null, true, "checklist", List.of(), Map.of(), List.of());
    anchors.addAll(List.of("score", "kategorier", "apne-punkter", "veikart", "raske-gevinster", "plan", "suksesskriterier", "oppsummering"));
    for (Checklist.Category c : checklist.categories()) {
      anchors.add(c.id());
      c.items().forEach(i -> {
        anchors.add(i.id());
        links.addAll(i.links());
      });
    }
    for (Checklist.Phase p : checklist.roadmap()) {
      anchors.add(p.id());
      p.weeks().forEach(w -> w.items().forEach(i -> {
        anchors.add(i.id());
        links.addAll(i.links());
      }));
    }
    checklist.successCriteria().forEach(i -> {
      anchors.add(i.id());
      links.addAll(i.links());
    });
    source = checklist.source().isBlank() ? null : engine.parse(checklist.source(), file, 1);
    if (source != null) {
      links.addAll(source.links());
    }
    for (Checklist.QuickWin q : checklist.quickWins()) {
      anchors.add(q.id());
      MarkdownDoc md = engine.parse(q.text(), file, 1);
      quickWins.put(q.id(), md);
      links.addAll(md.links());
    }
  }

  Checklist checklist() {
    return checklist;
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
    return links;
  }

  @Override
  public String template() {
    return "checklist";
  }

  @Override
  public Object body(PageContext ctx) {
    return views.dashboard(
        target -> {
          String href = ctx.hrefs().getOrDefault(target, target);
          String title = ctx.titles().getOrDefault(target, target);
          return new ChecklistViews.LinkView(title, href);
        },
        id -> engine.render(quickWins.get(id), ctx.hrefs(), Map.of()),
        source == null ? "" : engine.render(source, ctx.hrefs(), Map.of()),
        handbook.content.Urls.toRoot(URL),
        Trend.of(ctx.versions(), views.trendTitle(), views.numbers()));
  }

  @Override
  public boolean usesVersions() {
    return true;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }
}
