package handbook.checklist;

import handbook.diag.Span;
import handbook.markdown.LinkRef;
import java.util.List;

/**
 * A checkbox of the checklist. It has its own {@code status}, or {@code refs} to other items
 * whose progress it shows (then status is null). A success criterion may have both: its own
 * status, and refs to the items it depends on.
 */
public record Item(
    String id,
    String title,
    Status status,
    double weight,
    String owner,
    String due,
    List<LinkRef> links,
    List<String> refs,
    Span span) {
  public Item {
    links = List.copyOf(links);
    refs = List.copyOf(refs);
  }
}
