package handbook.checklist;

import handbook.diag.Span;
import handbook.markdown.LinkRef;
import java.util.List;

/**
 * A checkbox of the checklist. A category item has its own {@code status}; a roadmap item or a
 * success criterion has a status, or {@code refs} to category items whose progress it shows
 * (then status is null).
 *
 * <p>{@code original} is the source's wording of the title (may be null). {@code added} marks an
 * item the source does not have; {@code estimated} names the values ({@code status},
 * {@code weight}, {@code owner}, {@code due}) that are not in the source but set by the authors.
 */
public record Item(
    String id,
    String title,
    String original,
    Status status,
    double weight,
    String owner,
    String due,
    boolean added,
    List<String> estimated,
    List<LinkRef> links,
    List<String> refs,
    Span span) {
  /** The values {@code estimated} may name. */
  public static final List<String> ESTIMABLE = List.of("status", "weight", "owner", "due");

  public Item {
    estimated = List.copyOf(estimated);
    links = List.copyOf(links);
    refs = List.copyOf(refs);
  }

  /** An item with the source's values only: nothing added, nothing estimated. */
  public static Item of(String id, String title, Status status, double weight, List<String> refs) {
    return new Item(id, title, null, status, weight, null, null, false, List.of(), List.of(), refs, null);
  }
}
