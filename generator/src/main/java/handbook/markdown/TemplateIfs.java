package handbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Liquid's (Jekyll's) and Jinja's (mkdocs-macros') {@code {% if %}} blocks, read as their tool
 * reads them before the Markdown is: the branch whose condition holds is kept, the others and
 * the tags left out ({@code if}, {@code elsif} or {@code elif}, {@code else}, {@code endif};
 * Liquid's {@code unless}). A block is read only where each of its conditions up to the one kept
 * names values known here (the config's and the page's texts, numbers and truth values, by
 * {@link TemplateCondition}); another is left as it is (its tags named, as other template tags).
 * A tag's whitespace control is followed where it is left out: {@code {%-} leaves out the white
 * space (line breaks too) before it, {@code -%}} that after it.
 */
final class TemplateIfs {
  private TemplateIfs() {}

  /** What was read: the edits that leave out tags and branches, and the ranges they leave out (none of it read further). */
  record Read(List<ForeignMarkers.Edit> edits, List<int[]> dropped) {
    static final Read NONE = new Read(List.of(), List.of());
  }

  /**
   * A tag of a block: where it stands, and its condition ({@code null} for {@code else} and the
   * end); whether it trims the white space before it ({@code {%-}) and after it ({@code -%}}).
   */
  private record Tag(int start, int end, String condition, boolean trimBefore, boolean trimAfter) {
    Tag(MatchResult m, String condition) {
      this(m.start(), m.end(), condition, m.group().startsWith("{%-"), m.group().endsWith("-%}"));
    }
  }

  /** A block, its tags in order (the opening one first, the end last); {@code unless}: Liquid's negated if. */
  private record Block(List<Tag> tags, boolean unless) {}

  /**
   * Reads the blocks of {@code tags} (the body's template tags that stand outside code, raw and
   * comments, in order), where no edit of {@code taken} falls in what they leave out.
   */
  static Read read(String body, List<MatchResult> tags, Map<String, String> variables, boolean jinja, List<ForeignMarkers.Edit> taken) {
    List<Block> blocks = new ArrayList<>();
    List<List<Tag>> open = new ArrayList<>();
    List<Boolean> unless = new ArrayList<>();
    for (MatchResult m : tags) {
      String name = m.group(1);
      String text = m.group();
      switch (name) {
        case "if", "unless" -> {
          if (name.equals("unless") && jinja) {
            continue;
          }
          List<Tag> t = new ArrayList<>();
          t.add(new Tag(m, condition(text, name)));
          open.add(t);
          unless.add(name.equals("unless"));
        }
        case "elsif", "elif", "else" -> {
          if (!open.isEmpty() && (name.equals("else") || name.equals(jinja ? "elif" : "elsif"))) {
            open.get(open.size() - 1).add(new Tag(m, name.equals("else") ? null : condition(text, name)));
          }
        }
        case "endif", "endunless" -> {
          if (!open.isEmpty() && unless.get(unless.size() - 1) == name.equals("endunless")) {
            List<Tag> t = open.remove(open.size() - 1);
            boolean negated = unless.remove(unless.size() - 1);
            t.add(new Tag(m, null));
            blocks.add(new Block(t, negated));
          } else {
            // (an end without its opening: what is open stays as it is)
            open.clear();
            unless.clear();
          }
        }
        default -> {}
      }
    }
    if (blocks.isEmpty()) {
      return Read.NONE;
    }
    // the outer blocks first: a block in what another leaves out is left out with it
    blocks.sort(java.util.Comparator.comparingInt(b -> b.tags().get(0).start()));
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    Ranges dropped = new Ranges();
    // (the same by start, asked as they are added: no two overlap)
    java.util.TreeMap<Integer, Integer> out = new java.util.TreeMap<>();
    // (an insertion taken as the character after it)
    Ranges changed = new Ranges();
    taken.forEach(e -> changed.add(new int[] {e.start(), Math.max(e.end(), e.start() + 1)}));
    for (Block b : blocks) {
      int start = b.tags().get(0).start();
      int end = b.tags().get(b.tags().size() - 1).end();
      Map.Entry<Integer, Integer> before = out.floorEntry(start);
      if (before != null && start < before.getValue()) {
        continue;
      }
      int kept = kept(b, variables, jinja);
      if (kept == -2) {
        continue;
      }
      Tag first = b.tags().get(0);
      Tag last = b.tags().get(b.tags().size() - 1);
      List<int[]> left = new ArrayList<>();
      if (kept < 0) {
        left.add(trimmed(body, start, end, first.trimBefore(), last.trimAfter(), out, changed));
      } else {
        Tag keptTag = b.tags().get(kept);
        Tag after = b.tags().get(kept + 1);
        left.add(trimmed(body, start, keptTag.end(), first.trimBefore(), keptTag.trimAfter(), out, changed));
        left.add(trimmed(body, after.start(), end, after.trimBefore(), last.trimAfter(), out, changed));
      }
      if (left.stream().anyMatch(r -> changed.meets(r[0], r[1]))) {
        continue;
      }
      for (int[] r : left) {
        edits.add(new ForeignMarkers.Edit(r[0], r[1], ""));
        dropped.add(r);
        out.put(r[0], r[1]);
      }
    }
    return new Read(edits, dropped);
  }

  /**
   * A range left out, with the white space before it ({@code before}) and after it ({@code after})
   * where its tags trim it: not into a range left out already ({@code out}), nor where another edit
   * changes the text ({@code changed}).
   */
  private static int[] trimmed(String body, int from, int to, boolean before, boolean after, java.util.TreeMap<Integer, Integer> out, Ranges changed) {
    int start = from;
    int end = to;
    if (before) {
      Map.Entry<Integer, Integer> previous = out.lowerEntry(from);
      int floor = previous == null ? 0 : Math.max(0, previous.getValue());
      while (start > floor && Character.isWhitespace(body.charAt(start - 1))) {
        start--;
      }
    }
    if (after) {
      Map.Entry<Integer, Integer> next = out.ceilingEntry(to);
      int ceiling = next == null ? body.length() : next.getKey();
      while (end < ceiling && Character.isWhitespace(body.charAt(end))) {
        end++;
      }
    }
    if (start < from && changed.meets(start, from) || end > to && changed.meets(to, end)) {
      return new int[] {from, to};
    }
    return new int[] {start, end};
  }

  /** The branch kept: the index of its tag, -1 for none, -2 where a condition before it cannot be read. */
  private static int kept(Block b, Map<String, String> variables, boolean jinja) {
    for (int i = 0; i < b.tags().size() - 1; i++) {
      Tag t = b.tags().get(i);
      if (t.condition() == null) {
        return i;
      }
      Boolean holds = TemplateCondition.holds(t.condition(), variables, jinja);
      if (holds == null) {
        return -2;
      }
      if (holds != (i == 0 && b.unless())) {
        return i;
      }
    }
    return -1;
  }

  /** The condition of a tag as written: what follows its name, without the closing {@code %}}. */
  private static String condition(String tag, String name) {
    int at = tag.indexOf(name) + name.length();
    int close = tag.lastIndexOf("%}");
    String c = tag.substring(at, close);
    return c.endsWith("-") ? c.substring(0, c.length() - 1) : c;
  }
}
