package handbook.runbooks;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code runbooks/}: every runbook by severity, service and symptom, and the alert lookup. */
final class RunbookIndexPage implements Page {
  /** Ids of the index's parts, for links such as {@code ../../runbooks/#symptoms}. */
  static final Set<String> SECTIONS = Set.of("symptoms", "by-severity", "by-service", "alerts");

  private final PageInfo info;
  private final RunbookViews.IndexView view;
  private final Set<String> anchors;

  RunbookIndexPage(String title, String description, RunbookViews.IndexView view) {
    this.info = new PageInfo(Runbook.ROOT, title, description, null, "", null, true, "runbook-index", List.of(), Map.of(), List.of());
    this.view = view;
    Set<String> a = new TreeSet<>(SECTIONS);
    view.bySeverity().forEach(g -> a.add(g.id()));
    view.byService().forEach(g -> a.add(g.id()));
    this.anchors = Set.copyOf(a);
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
    return List.of();
  }

  @Override
  public String template() {
    return "runbook-index";
  }

  @Override
  public String fingerprint() {
    return handbook.cache.Keys.of(view.toString());
  }

  @Override
  public Object body(PageContext ctx) {
    return view;
  }
}
