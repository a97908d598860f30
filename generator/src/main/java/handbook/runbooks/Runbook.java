package handbook.runbooks;

import handbook.diag.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * One runbook as its front matter describes it.
 *
 * @param source the content-relative path ({@code runbooks/database-nede.md})
 * @param name the path under {@code runbooks/} without {@code .md}; it names the page's URL
 * @param reviewInterval days between reviews, or null for the site's default
 * @param lastReviewedSpan where {@code last_reviewed} is written, for staleness diagnostics
 */
public record Runbook(
    String source,
    String name,
    String title,
    String description,
    Severity severity,
    List<String> services,
    List<String> symptoms,
    List<Alert> alerts,
    String owner,
    LocalDate lastReviewed,
    Integer reviewInterval,
    Span lastReviewedSpan) {

  /**
   * An alert name that should lead to this runbook, and where it is written.
   *
   * @param anchor the id of the heading of this alert in a runbook of many alerts, or null
   */
  public record Alert(String name, Span span, String anchor) {
    public Alert(String name, Span span) {
      this(name, span, null);
    }

    public Alert withAnchor(String id) {
      return new Alert(name, span, id);
    }

    /** The runbook's URL with this alert's anchor, if any. */
    public String url(Runbook runbook) {
      return anchor == null ? runbook.url() : runbook.url() + "#" + anchor;
    }
  }

  public Runbook {
    services = List.copyOf(services);
    symptoms = List.copyOf(symptoms);
    alerts = List.copyOf(alerts);
  }

  public static final String ROOT = "runbooks/";

  /** The page URL: {@code runbooks/<name>/}. */
  public String url() {
    return ROOT + name + "/";
  }

  /** The review interval in days, the site's default where the runbook sets none. */
  public int interval(int siteDefault) {
    return reviewInterval == null ? siteDefault : reviewInterval;
  }
}
