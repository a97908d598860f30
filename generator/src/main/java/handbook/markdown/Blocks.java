package handbook.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of pymdownx.blocks (MkDocs Material), read as the engine's own syntax. A block is
 *
 * <pre>{@code
 * /// warning | Title
 *     open: true
 *
 * Content, not indented.
 * ///
 * }</pre>
 *
 * and becomes, by edits that keep every other line where it was, {@code !!! warning "Title"}
 * (an admonition: {@code admonition} with its {@code type}, or a type by its name), {@code ???}
 * (a {@code details} block; {@code ???+} when {@code open}) or {@code === "Title"} (a
 * {@code tab}; {@code ===!} for {@code new}, {@code ===+} for {@code select}), with the content
 * indented under it. A block holds others when it opens with more slashes; an unclosed block
 * ends with the text. Blocks of other kinds ({@code html}, {@code caption}, {@code definition})
 * and options not read here are left as written, and named.
 */
final class Blocks {
  private Blocks() {}

  /** The edits, and what is left as written: where each stands and what it is. */
  record Read(List<ForeignMarkers.Edit> edits, List<ForeignMarkers.Marker> unknown) {
    static final Read NONE = new Read(List.of(), List.of());
  }

  /** A block's first line: three or more slashes, a name, a title after {@code |}; or the slashes alone. */
  private static final Pattern LINE = Pattern.compile("[ \\t]{0,3}(/{3,})[ \\t]*(?:([A-Za-z][\\w-]*)[ \\t]*(?:\\|[ \\t]*(.*?))?)?[ \\t]*");
  private static final Pattern OPTION = Pattern.compile("(?: {4}|\\t)[ \\t]*([A-Za-z_][\\w-]*)[ \\t]*:[ \\t]*(.*?)[ \\t]*");
  /** The admonition types of pymdownx.blocks.admonition and MkDocs Material. */
  private static final java.util.Set<String> TYPES =
      java.util.Set.of(
          "note", "attention", "caution", "danger", "error", "tip", "hint", "warning", "abstract", "summary", "tldr", "info", "todo",
          "success", "check", "done", "question", "help", "faq", "failure", "fail", "missing", "bug", "example", "quote", "cite", "important");

  private record Open(int slashes, boolean known) {}

  /** Reads the blocks of {@code body}; {@code code} holds the ranges of code and comments, where no block starts or ends. */
  static Read read(String body, List<int[]> code) {
    if (!body.contains("///")) {
      return Read.NONE;
    }
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    List<ForeignMarkers.Marker> unknown = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    int depth = 0;
    int n = body.length();
    for (int start = 0; start < n; ) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int next = nl < 0 ? n : nl + 1;
      Matcher m = LINE.matcher(body).region(start, end);
      boolean inCode = ForeignMarkers.inside(code, start);
      if (!inCode && m.matches()) {
        int slashes = m.group(1).length();
        String name = m.group(2);
        if (name == null) {
          if (!open.isEmpty() && open.peek().slashes() == slashes) {
            Open closed = open.pop();
            if (closed.known()) {
              depth--;
              edits.add(new ForeignMarkers.Edit(start, end, ""));
            } else {
              indent(edits, start, depth);
            }
          } else {
            indent(edits, start, depth);
          }
          start = next;
          continue;
        }
        // the options: the lines indented under the first, up to a blank line or the content
        List<int[]> options = new ArrayList<>();
        int at = next;
        while (at < n) {
          int e = body.indexOf('\n', at);
          int le = e < 0 ? n : e;
          Matcher o = OPTION.matcher(body).region(at, le);
          if (!o.matches()) {
            break;
          }
          options.add(new int[] {at, le, o.start(1), o.end(1), o.start(2), o.end(2)});
          at = e < 0 ? n : e + 1;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String kind = lower.equals("admonition") || TYPES.contains(lower) ? "admonition" : lower.equals("details") || lower.equals("tab") ? lower : null;
        if (kind == null) {
          unknown.add(new ForeignMarkers.Marker(m.start(1), body.substring(start, end).strip(), "a block of pymdownx.blocks (MkDocs) of a kind not known here"));
          open.push(new Open(slashes, false));
          indent(edits, start, depth);
          start = next;
          continue;
        }
        String type = kind.equals("admonition") && !lower.equals("admonition") ? lower : kind.equals("tab") ? null : "note";
        boolean openFirst = false;
        boolean newSet = false;
        for (int[] o : options) {
          String key = body.substring(o[2], o[3]);
          String value = body.substring(o[4], o[5]).replaceAll("^['\"]|['\"]$", "");
          boolean yes = value.equalsIgnoreCase("true") || value.equalsIgnoreCase("yes");
          if (key.equals("type") && !kind.equals("tab") && value.matches("[\\w-]+")) {
            type = value.toLowerCase(Locale.ROOT);
          } else if (key.equals("open") && kind.equals("details")) {
            openFirst = yes;
          } else if ((key.equals("select") || key.equals("new")) && kind.equals("tab")) {
            openFirst |= key.equals("select") && yes;
            newSet |= key.equals("new") && yes;
          } else {
            unknown.add(new ForeignMarkers.Marker(o[2], body.substring(o[0], o[1]).strip(), "an option of pymdownx.blocks (MkDocs) not read here", "it is left out"));
          }
          edits.add(new ForeignMarkers.Edit(o[0], o[1], ""));
        }
        String title = m.group(3) == null ? "" : m.group(3);
        String head =
            switch (kind) {
              case "tab" -> "===" + (newSet ? "!" : "") + (openFirst ? "+" : "") + " \"" + title + "\"";
              case "details" -> "???" + (openFirst ? "+" : "") + " " + type + (title.isEmpty() ? "" : " \"" + title + "\"");
              default -> "!!! " + type + (title.isEmpty() ? "" : " \"" + title + "\"");
            };
        edits.add(new ForeignMarkers.Edit(start, end, "    ".repeat(depth) + head));
        open.push(new Open(slashes, true));
        depth++;
        start = options.isEmpty() ? next : at;
        continue;
      }
      if (depth > 0 && end > start) {
        indent(edits, start, depth);
      }
      start = next;
    }
    return new Read(edits, unknown);
  }

  /** Four spaces a level before the line at {@code start}. */
  private static void indent(List<ForeignMarkers.Edit> edits, int start, int depth) {
    if (depth > 0) {
      edits.add(new ForeignMarkers.Edit(start, start, "    ".repeat(depth)));
    }
  }
}
