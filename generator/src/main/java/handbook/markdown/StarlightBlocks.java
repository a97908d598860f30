package handbook.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Astro Starlight's components in an MDX page that imports them
 * ({@code import { Aside, Card } from '@astrojs/starlight/components';}), read as the Markdown
 * they stand for, by edits that keep every line where it was:
 *
 * <ul>
 *   <li>{@code <Aside type="tip" title="Title">} ... {@code </Aside>}: the callout
 *       {@code :::tip Title} (a note where it names no type);
 *   <li>{@code <Card title="Title">} ... {@code </Card>}: its title in bold, then what it holds;
 *   <li>{@code <CardGrid>}, {@code <Steps>} (around a numbered list) and {@code <FileTree>} (around
 *       a list of files): what they hold, their tag lines left empty;
 *   <li>{@code <LinkCard title="Title" href="/guides/" description="..." />}: a link (checked as
 *       the others are) and its description, on its first line;
 *   <li>{@code <LinkButton href="/guides/">Text</LinkButton>}: a link drawn as a button;
 *   <li>{@code <Badge text="New" variant="tip" />}: a badge in its variant's colours.
 * </ul>
 *
 * Block tags stand on lines of their own; what a block holds loses the indentation its lines
 * share (MDX has no indented code: it is the component's, not a code block). A tag that does
 * not pair up, or has attributes given as code ({@code title={x}}), is left as it is and named as
 * a component.
 */
final class StarlightBlocks {
  private StarlightBlocks() {}

  /** The package whose components are read here. */
  static final String PACKAGE = "@astrojs/starlight/components";

  /** The components read here. */
  static final Set<String> READ = Set.of("Aside", "Card", "CardGrid", "Steps", "FileTree", "LinkCard", "LinkButton", "Badge");

  /** The edits, and where the tags they replace start (not named as components). */
  record Read(List<ForeignMarkers.Edit> edits, Set<Integer> tags) {}

  private static final String ATTRIBUTES = "((?:\\s+[A-Za-z][\\w-]*(?:=(?:\"[^\"\\n]*\"|'[^'\\n]*'))?)*)";

  private static final Pattern OPEN = Pattern.compile("[ \\t]*<(Aside|Card|CardGrid|Steps|FileTree)" + ATTRIBUTES + "\\s*>[ \\t]*");
  private static final Pattern CLOSE = Pattern.compile("[ \\t]*</(Aside|Card|CardGrid|Steps|FileTree)\\s*>[ \\t]*");
  private static final Pattern LINK_CARD = Pattern.compile("<LinkCard((?:\\s+[A-Za-z][\\w-]*(?:=(?:\"[^\"]*\"|'[^']*'))?)*)\\s*/>");
  private static final Pattern LINK_BUTTON = Pattern.compile("<LinkButton" + ATTRIBUTES + "\\s*>([^<\\n]*)</LinkButton>");
  private static final Pattern BADGE = Pattern.compile("<Badge" + ATTRIBUTES + "\\s*/>");
  /** A link card's address, in double or single quotes (group 2 what they hold). */
  private static final Pattern HREF = Pattern.compile("(?<=\\s)href=([\"'])([^\"'\\n]*)\\1");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]*)(?:=(?:\"([^\"]*)\"|'([^']*)'))?");

  /** Reads the components of {@code body}; {@code code}: the ranges of its fenced code, where nothing is read. */
  static Read read(String body, List<int[]> code) {
    List<ForeignMarkers.Edit> edits = new ArrayList<>();
    Set<Integer> tags = new HashSet<>();
    blocks(body, code, edits, tags);
    for (Matcher m = LINK_CARD.matcher(body); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      Matcher href = HREF.matcher(m.group(1));
      if (ForeignMarkers.inside(code, m.start()) || a.get("title") == null || !href.find() || href.group(2).isBlank()) {
        continue;
      }
      String description = a.get("description") == null || a.get("description").isBlank() ? "" : ": " + escape(a.get("description").strip().replace('\n', ' '));
      // the address is left where it is written (a broken link is named there), the card's lines before it left empty
      int from = m.start(1) + href.start(2);
      int to = m.start(1) + href.end(2);
      edits.add(new ForeignMarkers.Edit(m.start(), from, "\n".repeat(newlines(body, m.start(), from)) + "**[" + escape(a.get("title").strip()) + "](<"));
      edits.add(new ForeignMarkers.Edit(to, m.end(), ">)**" + description + "\n".repeat(newlines(body, to, m.end()))));
      tags.add(m.start());
    }
    for (Matcher m = LINK_BUTTON.matcher(body); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      if (ForeignMarkers.inside(code, m.start()) || a.get("href") == null || m.group(2).isBlank()) {
        continue;
      }
      String variant = a.getOrDefault("variant", "primary");
      edits.add(new ForeignMarkers.Edit(m.start(), m.end(), "[" + escape(m.group(2).strip()) + "](<" + a.get("href").strip() + ">){ .md-button" + ("primary".equals(variant) ? " .md-button--primary" : "") + " }"));
      tags.add(m.start());
    }
    for (Matcher m = BADGE.matcher(body); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      if (ForeignMarkers.inside(code, m.start()) || a.get("text") == null) {
        continue;
      }
      String variant = a.getOrDefault("variant", "note");
      String type = Admonitions.known(variant) ? Admonitions.cls(variant) : "note";
      String shown = handbook.render.Html.escape(a.get("text").strip());
      // (its text drawn by the stylesheet, as a VitePress badge's)
      edits.add(new ForeignMarkers.Edit(m.start(), m.end(), "<span class=\"badge badge-" + type + "\" role=\"img\" aria-label=\"" + shown + "\" data-text=\"" + shown + "\"></span>"));
      tags.add(m.start());
    }
    return new Read(edits, tags);
  }

  /** A line of the body: where it starts and ends (without its line break). */
  private record Line(int start, int end) {}

  /** The block components: their tag lines, and the indentation their lines share taken away. */
  private static void blocks(String body, List<int[]> code, List<ForeignMarkers.Edit> edits, Set<Integer> tags) {
    List<Line> lines = new ArrayList<>();
    for (int start = 0; start <= body.length(); ) {
      int end = body.indexOf('\n', start);
      lines.add(new Line(start, end < 0 ? body.length() : end));
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    // each tag line's pair, found with a stack in one pass
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<String> names = new java.util.ArrayDeque<>();
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (ForeignMarkers.inside(code, l.start()) || body.indexOf('<', l.start()) < 0 || body.indexOf('<', l.start()) >= l.end()) {
        continue;
      }
      Matcher o = OPEN.matcher(body).region(l.start(), l.end());
      Matcher c = CLOSE.matcher(body).region(l.start(), l.end());
      if (o.matches()) {
        open.push(i);
        names.push(o.group(1));
      } else if (c.matches() && !open.isEmpty() && names.peek().equals(c.group(1))) {
        names.pop();
        pairs.add(new int[] {open.pop(), i});
      } else if (c.matches()) {
        // a closing tag that pairs with none: what is open is left as it is
        open.clear();
        names.clear();
      }
    }
    // the indentation a line loses: that of the innermost block around it (pairs close inner first)
    int[] dedent = new int[lines.size()];
    java.util.Arrays.fill(dedent, -1);
    for (int[] p : pairs) {
      String content = body.substring(lines.get(p[0]).end(), lines.get(p[1]).start());
      int least = Integer.MAX_VALUE;
      for (int i = p[0] + 1; i < p[1]; i++) {
        Line l = lines.get(i);
        int indent = 0;
        while (l.start() + indent < l.end() && (body.charAt(l.start() + indent) == ' ' || body.charAt(l.start() + indent) == '\t')) {
          indent++;
        }
        if (l.start() + indent < l.end()) {
          least = Math.min(least, indent);
        }
      }
      // (content tabs re-indent their own lines)
      if (least == Integer.MAX_VALUE || least == 0 || content.contains("<Tabs") || content.contains("<TabItem")) {
        continue;
      }
      for (int i = p[0] + 1; i < p[1]; i++) {
        if (dedent[i] < 0) {
          dedent[i] = least;
        }
      }
    }
    for (int[] p : pairs) {
      for (int i : p) {
        dedent[i] = -1;
      }
      Line first = lines.get(p[0]);
      Line last = lines.get(p[1]);
      Matcher o = OPEN.matcher(body).region(first.start(), first.end());
      o.matches();
      Map<String, String> a = attributes(o.group(2));
      String name = o.group(1);
      String opening;
      String closing = "";
      switch (name) {
        case "Aside" -> {
          String type = a.getOrDefault("type", "note").strip();
          String title = a.getOrDefault("title", "").strip();
          if (!Admonitions.known(type) || title.contains("\n")) {
            continue;
          }
          // five colons: callouts of three or four inside it nest in it
          opening = ":::::" + type + (title.isEmpty() ? "" : " " + title);
          closing = ":::::";
        }
        case "Card" -> opening = a.get("title") == null || a.get("title").isBlank() ? "" : "**" + escape(a.get("title").strip()) + "**";
        default -> opening = "";
      }
      edits.add(new ForeignMarkers.Edit(first.start(), first.end(), opening));
      edits.add(new ForeignMarkers.Edit(last.start(), last.end(), closing));
      tags.add(first.start());
      tags.add(last.start());
      tags.add(body.indexOf('<', first.start()));
      tags.add(body.indexOf('<', last.start()));
    }
    for (int i = 0; i < lines.size(); i++) {
      if (dedent[i] > 0) {
        Line l = lines.get(i);
        int n = Math.min(dedent[i], l.end() - l.start());
        edits.add(new ForeignMarkers.Edit(l.start(), l.start() + n, ""));
      }
    }
  }

  private static int newlines(String body, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (body.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Matcher a = ATTRIBUTE.matcher(text); a.find(); ) {
      out.put(a.group(1), a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : "");
    }
    return out;
  }

  /** Text shown as it is written: Markdown's emphasis, link and HTML characters escaped. */
  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#!|{}".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
