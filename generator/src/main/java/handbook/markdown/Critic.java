package handbook.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * CriticMarkup, as pymdownx.critic shows it (its default, {@code view} mode) and MultiMarkdown
 * and Marked read it: an insertion {@code {++new++}}, a deletion {@code {--old--}}, a change
 * {@code {~~old~>new~~}}, a highlight {@code {==text==}} and a comment {@code {>>note<<}}, drawn
 * as {@code <ins class="critic">}, {@code <del class="critic">}, both, {@code <mark class="critic">}
 * and {@code <span class="critic comment">}; what they hold is Markdown.
 *
 * <p>A mark is read where it opens and closes in one paragraph, outside code; one that runs over
 * a blank line, or opens at a line's end, is named and shown as written. Each close is looked for
 * once from each place, so hostile text stays linear.
 */
final class Critic {
  private Critic() {}

  /** What the marks give: the edits, where the marks stand (not to be read as other syntax), and those named. */
  record Read(List<ForeignMarkers.Edit> edits, List<int[]> marks, List<ForeignMarkers.Marker> named) {
    static final Read NONE = new Read(List.of(), List.of(), List.of());
  }

  /** One kind of mark: how it opens and closes, and the HTML each side becomes. */
  private record Kind(String open, String close, String openTag, String closeTag) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("{++", "++}", "<ins class=\"critic\">", "</ins>"),
          new Kind("{--", "--}", "<del class=\"critic\">", "</del>"),
          new Kind("{==", "==}", "<mark class=\"critic\">", "</mark>"),
          new Kind("{>>", "<<}", "<span class=\"critic comment\">", "</span>"),
          new Kind("{~~", "~~}", "<del class=\"critic\">", "</ins>"));

  /** The middle of a change, between what goes and what comes. */
  private static final String CHANGE = "~>";

  private static final String TOOL = "CriticMarkup (pymdownx.critic)";

  /** Whether {@code body} has a mark's opening at {@code i} (after its {@code {}). */
  static boolean at(String body, int i) {
    if (i + 2 >= body.length()) {
      return false;
    }
    char c = body.charAt(i + 1);
    return (c == '+' || c == '-' || c == '=' || c == '>' || c == '~') && body.charAt(i + 2) == c;
  }

  /**
   * What the marks show (pymdownx.critic's {@code mode}): the changes drawn ({@code view}), the
   * text with them made ({@code accept}: insertions kept, deletions and comments gone) or without
   * them ({@code reject}: deletions kept, insertions and comments gone).
   */
  enum Mode {
    VIEW,
    ACCEPT,
    REJECT
  }

  /** Reads the marks of a body outside {@code code} (ranges of it that are code or raw), shown as {@code mode} says. */
  static Read read(String body, List<int[]> code, Mode mode) {
    if (!mayHold(body)) {
      return Read.NONE;
    }
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    List<int[]> marks = new ArrayList<>();
    List<ForeignMarkers.Marker> named = new ArrayList<>();
    // for each kind, the place its close was last looked for from and found nowhere before (the
    // paragraph's end): an opening after that place and before that end has none either
    int[] noneFrom = new int[KINDS.size()];
    int[] noneTo = new int[KINDS.size()];
    // for each kind, where its close next stands after a paragraph's end (-1: nowhere)
    int[] closeAfter = new int[KINDS.size()];
    java.util.Arrays.fill(closeAfter, -2);
    int paragraphEnd = -1;
    int end = 0;
    for (int i = body.indexOf('{'); i >= 0; i = body.indexOf('{', i + 1)) {
      if (i < end || !at(body, i) || ForeignMarkers.inside(code, i)) {
        continue;
      }
      int k = kind(body, i);
      if (k < 0) {
        continue;
      }
      Kind kind = KINDS.get(k);
      int from = i + 3;
      if (from > paragraphEnd) {
        paragraphEnd = paragraphEnd(body, from);
      }
      if (atLineEnd(body, from)) {
        // (its tag alone on a line could open a block of HTML that swallows the lines after it)
        named.add(new ForeignMarkers.Marker(i, kind.open(), TOOL, "which is read here only where something follows it on its line: it is shown as written"));
        continue;
      }
      if (from >= noneFrom[k] && from < noneTo[k]) {
        continue;
      }
      int middle = -1;
      int close = -1;
      if (kind.open().equals("{~~")) {
        middle = find(body, CHANGE, from, paragraphEnd, code);
        close = middle < 0 ? -1 : find(body, kind.close(), middle + CHANGE.length(), paragraphEnd, code);
      } else {
        close = find(body, kind.close(), from, paragraphEnd, code);
      }
      if (close < 0) {
        noneFrom[k] = from;
        noneTo[k] = paragraphEnd;
        if (closeAfter[k] == -2 || closeAfter[k] >= 0 && closeAfter[k] < paragraphEnd) {
          closeAfter[k] = body.indexOf(kind.close(), paragraphEnd);
        }
        if (closeAfter[k] >= 0) {
          named.add(new ForeignMarkers.Marker(i, kind.open(), TOOL, "which is read here only within a paragraph (this one closes after a blank line): it is shown as written"));
        }
        continue;
      }
      end = close + 3;
      if (mode == Mode.VIEW) {
        edits.add(new ForeignMarkers.Edit(i, i + 3, kind.openTag()));
        marks.add(new int[] {i, i + 3});
        if (middle >= 0) {
          edits.add(new ForeignMarkers.Edit(middle, middle + CHANGE.length(), "</del><ins class=\"critic\">"));
          marks.add(new int[] {middle, middle + CHANGE.length()});
        }
        edits.add(new ForeignMarkers.Edit(close, end, kind.closeTag()));
        marks.add(new int[] {close, end});
        continue;
      }
      // what stays of the mark: [from, to) of the body, or nothing
      int keepFrom = from;
      int keepTo = close;
      boolean ins = kind.open().equals("{++");
      if (middle >= 0) {
        keepFrom = mode == Mode.ACCEPT ? middle + CHANGE.length() : from;
        keepTo = mode == Mode.ACCEPT ? close : middle;
      } else if (kind.open().equals("{>>") || ins != (mode == Mode.ACCEPT) && !kind.open().equals("{==")) {
        keepFrom = keepTo = close;
      }
      edits.add(new ForeignMarkers.Edit(i, keepFrom, ""));
      marks.add(new int[] {i, keepFrom});
      edits.add(new ForeignMarkers.Edit(keepTo, end, ""));
      marks.add(new int[] {keepTo, end});
    }
    return new Read(edits, marks, named);
  }

  /** Whether only spaces and tabs stand between {@code from} and its line's end (or the text's). */
  private static boolean atLineEnd(String body, int from) {
    int j = from;
    while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == '\t')) {
      j++;
    }
    return j >= body.length() || body.charAt(j) == '\n' || body.charAt(j) == '\r';
  }

  /** Whether a text may hold a mark: a cheap test before any work. */
  static boolean mayHold(String body) {
    for (int i = body.indexOf('{'); i >= 0; i = body.indexOf('{', i + 1)) {
      if (at(body, i)) {
        return true;
      }
    }
    return false;
  }

  private static int kind(String body, int i) {
    for (int k = 0; k < KINDS.size(); k++) {
      if (body.startsWith(KINDS.get(k).open(), i)) {
        return k;
      }
    }
    return -1;
  }

  /** Where {@code text} next stands from {@code from}, before {@code end} and outside code; -1 if nowhere. */
  private static int find(String body, String text, int from, int end, List<int[]> code) {
    for (int at = body.indexOf(text, from); at >= 0 && at + text.length() <= end; at = body.indexOf(text, at + 1)) {
      if (!ForeignMarkers.inside(code, at)) {
        return at;
      }
    }
    return -1;
  }

  /** Where the paragraph that holds {@code from} ends: its first blank line, or the body's end. */
  private static int paragraphEnd(String body, int from) {
    for (int nl = body.indexOf('\n', from); nl >= 0; nl = body.indexOf('\n', nl + 1)) {
      int j = nl + 1;
      while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == '\t' || body.charAt(j) == '\r')) {
        j++;
      }
      if (j >= body.length() || body.charAt(j) == '\n') {
        return nl;
      }
    }
    return body.length();
  }
}
