package handbook.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Block attribute lists of kramdown on a line of their own, as just-the-docs (Jekyll) uses them:
 * a callout's class before the paragraph or quote it makes a callout
 *
 * <pre>{@code
 * {: .warning }
 * A paragraph.
 *
 * {: .note-title }
 * > The title
 * >
 * > The text.
 * }</pre>
 *
 * becomes, by edits that keep every other line where it was, {@code !!! warning} with the
 * block's lines under it (a quote's markers taken off; with {@code -title}, its first line the
 * callout's title); the theme's classes of style and layout ({@code .no_toc}, {@code .fs-6},
 * {@code .fw-300}, {@code .text-grey-dk-000}, ...) are put on their block where kramdown places
 * the list ({@link KramdownIals}), else dropped: they style just-the-docs' pages.
 */
final class KramdownBlocks {
  private KramdownBlocks() {}

  /** The edits, and the offsets of the lists they replace. */
  record Read(List<ForeignMarkers.Edit> edits, Set<Integer> lists) {}

  private static final Pattern LINE = Pattern.compile("[ \\t]{0,3}\\{:[ \\t]*((?:\\.[A-Za-z][\\w-]*[ \\t]*)+)\\}[ \\t]*");

  /** just-the-docs' callouts (its documentation's and template's), by class. */
  private static final Set<String> CALLOUTS = Set.of("note", "warning", "important", "new", "highlight", "tip", "caution", "danger", "info");

  /** just-the-docs' classes of style and layout. */
  private static final Pattern STYLE = Pattern.compile("no_toc|fs-\\d|fw-\\d{3}|lh-\\w+|text-[\\w-]+|bg-[\\w-]+|[mp][trblxy]?-(?:md-|lg-)?\\d|d-[\\w-]+|float-\\w+|label(?:-\\w+)?|v-align-\\w+|btn(?:-\\w+)?|mr-\\d|ml-\\d");

  static Read read(String body, List<int[]> skip, Set<Integer> placed) {
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    Set<Integer> lists = new HashSet<>();
    if (!body.contains("{:")) {
      return new Read(edits, lists);
    }
    String[] lines = body.split("\n", -1);
    int[] starts = new int[lines.length];
    for (int i = 1; i < lines.length; i++) {
      starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
    }
    for (int i = 0; i < lines.length; i++) {
      Matcher m = LINE.matcher(lines[i]);
      if (!m.matches() || ForeignMarkers.inside(skip, starts[i])) {
        continue;
      }
      String[] classes = m.group(1).trim().substring(1).split("[ \\t]*\\.");
      String callout = null;
      boolean titled = false;
      boolean style = true;
      for (String c : classes) {
        String name = c.strip();
        if (CALLOUTS.contains(name) || name.endsWith("-title") && CALLOUTS.contains(name.substring(0, name.length() - "-title".length()))) {
          titled = name.endsWith("-title");
          callout = titled ? name.substring(0, name.length() - "-title".length()) : name;
        } else if (!STYLE.matcher(name).matches()) {
          style = false;
        }
      }
      int at = starts[i] + lines[i].indexOf('{');
      if (callout == null) {
        if (style) {
          // styles the block before or after it in just-the-docs: its classes put on it where
          // it is placed (KramdownIals), else nothing to draw here
          if (!placed.contains(at)) {
            edits.add(new ForeignMarkers.Edit(starts[i], starts[i] + lines[i].length(), ""));
          }
          lists.add(at);
        }
        continue;
      }
      if (i + 1 >= lines.length || lines[i + 1].isBlank()) {
        continue;
      }
      boolean quote = lines[i + 1].stripLeading().startsWith(">");
      String title = null;
      int first = i + 1;
      if (quote && titled) {
        title = lines[first].stripLeading().substring(1).strip();
        edits.add(new ForeignMarkers.Edit(starts[first], starts[first] + lines[first].length(), ""));
        first++;
      }
      edits.add(new ForeignMarkers.Edit(starts[i], starts[i] + lines[i].length(), "!!! " + callout + (title == null || title.isEmpty() ? "" : " \"" + title.replace("\"", "'") + "\"")));
      lists.add(at);
      for (int j = first; j < lines.length && !(quote ? !lines[j].stripLeading().startsWith(">") : lines[j].isBlank()); j++) {
        if (quote) {
          // the quote's marker (and the space after it) become the callout's indentation
          int marker = lines[j].indexOf('>');
          int end = marker + 1 < lines[j].length() && lines[j].charAt(marker + 1) == ' ' ? marker + 2 : marker + 1;
          edits.add(new ForeignMarkers.Edit(starts[j], starts[j] + end, lines[j].substring(end).isBlank() ? "" : "    "));
        } else {
          edits.add(new ForeignMarkers.Edit(starts[j], starts[j], "    "));
        }
        i = j;
      }
    }
    return new Read(edits, lists);
  }
}
