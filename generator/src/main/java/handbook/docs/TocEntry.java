package handbook.docs;

import handbook.markdown.Heading;
import java.util.ArrayList;
import java.util.List;

/** An entry of a page's table of contents: an H2 with its H3s. */
public record TocEntry(String id, String title, List<TocEntry> children) {

  /**
   * The table of contents of a page: its H2 headings, each with the H3 headings under it; H3s
   * before the first H2 stand on the top level.
   */
  public static List<TocEntry> of(List<Heading> headings) {
    List<TocEntry> top = new ArrayList<>();
    List<TocEntry> current = null;
    for (Heading h : headings) {
      if (h.level() == 2) {
        current = new ArrayList<>();
        top.add(new TocEntry(h.id(), h.text(), current));
      } else if (h.level() == 3) {
        (current == null ? top : current).add(new TocEntry(h.id(), h.text(), List.of()));
      }
    }
    return top.stream().map(e -> new TocEntry(e.id(), e.title(), List.copyOf(e.children()))).toList();
  }
}
