package handbook.runbooks;

import handbook.content.Page;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import handbook.markdown.LinkRef;
import java.util.List;
import java.util.Set;

/**
 * {@code runbooks/alerts/<AlertName>/}: a fixed address for an alert that sends the reader on to
 * its runbook (meta refresh and a visible link; no script), so alerting systems can link to it.
 */
final class AlertRedirectPage implements Page {
  static final String FOLDER = Runbook.ROOT + "alerts/";

  private final PageInfo info;
  private final Runbook.Alert alert;
  private final Runbook runbook;
  private final RunbookViews views;

  AlertRedirectPage(Runbook.Alert alert, Runbook runbook, RunbookViews views) {
    this.info = PageInfo.generated(FOLDER + alert.name() + "/", alert.name(), null, null, false, "alert-redirect");
    this.alert = alert;
    this.runbook = runbook;
    this.views = views;
  }

  @Override
  public PageInfo info() {
    return info;
  }

  @Override
  public Set<String> anchors() {
    return Set.of();
  }

  @Override
  public List<LinkRef> links() {
    return List.of();
  }

  @Override
  public String template() {
    return "alert-redirect";
  }

  @Override
  public String madeFor(String contentName) {
    return "the page of alert `" + alert.name() + "` (from `" + contentName + "/" + runbook.source() + "`)";
  }

  @Override
  public String origin() {
    return runbook.source();
  }

  @Override
  public String fingerprint() {
    return handbook.cache.Keys.of(alert.name(), alert.url(runbook), runbook.title(), String.valueOf(runbook.severity()));
  }

  @Override
  public Object body(PageContext ctx) {
    String target = Urls.href(info.url(), runbook.url(), alert.anchor() == null ? "" : "#" + alert.anchor());
    return new RunbookViews.RedirectView(alert.name(), target, runbook.title(), views.severity(runbook.severity()));
  }
}
