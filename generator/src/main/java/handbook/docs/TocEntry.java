package handbook.docs;

import handbook.markdown.Heading;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An entry of a page's table of contents: a heading with the headings under it. */
public record TocEntry(String id, String title, List<TocEntry> children) {

  /**
   * The table of contents of a page: its H2 headings, each with the H3 headings under it; H3s
   * before the first H2 stand on the top level.
   */
  public static List<TocEntry> of(List<Heading> headings) {
    return of(headings, 2, 3);
  }

  /**
   * The same for the headings of levels {@code min} to {@code max}: each under the one before it of
   * a level above, up to a heading of a level above {@code min}; one with none stands on the top
   * level.
   */
  public static List<TocEntry> of(List<Heading> headings, int min, int max) {
    record Open(Heading heading, List<Open> children) {
      TocEntry entry() {
        return new TocEntry(heading.id(), heading.text(), children.stream().map(Open::entry).toList());
      }
    }
    List<Open> top = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    for (Heading h : headings) {
      if (!h.listed()) {
        continue;
      }
      if (h.level() < min) {
        // (a heading above the levels listed ends the entries before it)
        open.clear();
        continue;
      }
      if (h.level() > max) {
        continue;
      }
      while (!open.isEmpty() && open.peek().heading().level() >= h.level()) {
        open.pop();
      }
      Open o = new Open(h, new ArrayList<>());
      (open.isEmpty() ? top : open.peek().children()).add(o);
      open.push(o);
    }
    return top.stream().map(Open::entry).toList();
  }
}
