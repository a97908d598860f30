package handbook.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's extensions in a Jekyll project's page: a comment ({@code {::comment}} ... {@code
 * {:/comment}}, or {@code {:/}}) is left out, as kramdown leaves it out of what is read; around
 * text kept as written ({@code {::nomarkdown}} ... {@code {:/nomarkdown}}) the markers are left
 * out and the text is read as the page's other text (named: kramdown writes it out unread); the
 * parser's options ({@code {::options ... /}}) are left out and named.
 */
final class KramdownExtensions {
  private KramdownExtensions() {}

  /** The edits, the offsets of the markers they take out, the markers named, and the ranges taken out with what they hold (comments). */
  record Read(List<ForeignMarkers.Edit> edits, Set<Integer> markers, List<ForeignMarkers.Marker> named, List<int[]> hidden) {}

  private static final Pattern COMMENT = Pattern.compile("\\{::comment\\}(.*?)\\{:/(?:comment)?\\}", Pattern.DOTALL);

  private static final Pattern NOMARKDOWN = Pattern.compile("\\{::nomarkdown\\}(.*?)\\{:/(?:nomarkdown)?\\}", Pattern.DOTALL);

  private static final Pattern OPTIONS = Pattern.compile("\\{::options\\b[^}\\n]*/\\}");

  static Read read(String body, List<int[]> skip) {
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    Set<Integer> markers = new HashSet<>();
    List<ForeignMarkers.Marker> named = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    if (!body.contains("{::")) {
      return new Read(edits, markers, named, taken);
    }
    Matcher m = COMMENT.matcher(body);
    while (m.find()) {
      if (ForeignMarkers.inside(skip, m.start()) || ForeignMarkers.inside(taken, m.start())) {
        continue;
      }
      // a comment on lines of its own goes with its last line's end (the lines around it stay one paragraph)
      int end = m.end();
      if (lineStart(body, m.start()) && end < body.length() && body.charAt(end) == '\n') {
        end++;
      }
      edits.add(new ForeignMarkers.Edit(m.start(), end, ""));
      taken.add(new int[] {m.start(), end});
      markers.add(m.start());
    }
    List<int[]> hidden = List.copyOf(taken);
    m = NOMARKDOWN.matcher(body);
    while (m.find()) {
      if (ForeignMarkers.inside(skip, m.start()) || ForeignMarkers.inside(taken, m.start())) {
        continue;
      }
      edits.add(new ForeignMarkers.Edit(m.start(), m.start(1), ""));
      edits.add(new ForeignMarkers.Edit(m.end(1), m.end(), ""));
      markers.add(m.start());
      markers.add(m.end(1));
      named.add(new ForeignMarkers.Marker(m.start(), "{::nomarkdown}", "kramdown's text kept as written", "which is not kept here: what it holds is read as Markdown and HTML"));
      taken.add(new int[] {m.start(), m.end()});
    }
    m = OPTIONS.matcher(body);
    while (m.find()) {
      if (ForeignMarkers.inside(skip, m.start()) || ForeignMarkers.inside(taken, m.start())) {
        continue;
      }
      edits.add(new ForeignMarkers.Edit(m.start(), m.end(), ""));
      markers.add(m.start());
      named.add(new ForeignMarkers.Marker(m.start(), m.group(), "kramdown's options", "which are not followed here: it is left out"));
    }
    return new Read(edits, markers, named, hidden);
  }

  private static boolean lineStart(String body, int at) {
    int i = at - 1;
    while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || body.charAt(i) == '\n';
  }

}
