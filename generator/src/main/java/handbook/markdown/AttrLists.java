package handbook.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown's attribute lists ({@code attr_list}) right after a link, an image or an icon,
 * as MkDocs Material's buttons, image and icon sizes use them: {@code [Start](a.md){ .md-button }},
 * {@code ![Logo](logo.png){ width="120" loading=lazy }}; and at the end of a paragraph, for the
 * paragraph ({@code { .annotate }}). The id, the classes and the attributes
 * {@link #allowed} are put on the element; any other (a style, which the site's
 * Content-Security-Policy would refuse, an event handler, an address) is left out and named
 * ({@link ForeignMarkers}). Only in trusted text: an id or class from a spec's description could
 * pass for the page's own.
 */
final class AttrLists {
  private AttrLists() {}

  /** The attributes of the links and images of a document that have a list. */
  static final DataKey<Map<Node, List<Attr>>> KEY = new DataKey<>("HANDBOOK_ATTR_LISTS", Map.of());

  /** One attribute as it is written out ({@code class} holds the classes of the list joined). */
  record Attr(String name, String value) {}

  private static final String TOKEN = "[#.][A-Za-z_][\\w-]*|[A-Za-z_][\\w.:-]*=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s\"'}]+)";

  /**
   * A name alone, which Python-Markdown gives itself as its value ({@code { data-search-exclude }});
   * not one that ends with a colon, which is YAML's key ({@code attrs: {class: x}} of pymdownx.blocks).
   */
  private static final String WORD = "[A-Za-z_](?:[\\w.:-]*[\\w.-])?";

  /** A list: braces around tokens (an id {@code #x}, a class {@code .x}, {@code key=value}), a colon after the brace or not. */
  static final Pattern LIST = list(TOKEN);

  /**
   * The same, names alone among the tokens too, as Python-Markdown's attr_list reads them (MkDocs'
   * pages and Handbook's own; kramdown reads a name alone as a definition's, Goldmark not at all).
   */
  static final Pattern LIST_WORDS = list(TOKEN + "|" + WORD);

  private static final Pattern TOKENS = Pattern.compile(TOKEN + "|" + WORD);

  private static Pattern list(String token) {
    return Pattern.compile("\\{:?[ \\t]*((?:" + token + ")(?:[ \\t]+(?:" + token + "))*)[ \\t]*\\}");
  }

  private static final Set<String> NAMES =
      Set.of("width", "height", "loading", "decoding", "align", "target", "rel", "hreflang", "lang", "dir", "title");

  /** Whether an attribute of a list is put on its element: an id, classes, sizes, a target, a title (MkDocs Material's tooltips), {@code data-*}. */
  static boolean allowed(String name) {
    return name.equals("id") || name.equals("class") || NAMES.contains(name) || name.startsWith("data-") && name.length() > 5;
  }

  /**
   * Whether a text may hold a list after a link or an image (which end with ) or ]) or an icon
   * (:), or after a space or at a line's start with an id, a class or a key next, in one pass over
   * its braces.
   */
  static boolean mayFollow(TextProbe probe, String body) {
    if (!probe.has('{')) {
      return false;
    }
    for (int i = body.indexOf('{', 1); i >= 0; i = body.indexOf('{', i + 1)) {
      char c = body.charAt(i - 1);
      if (c == ')' || c == ']' || c == ':') {
        return true;
      }
      if (c == ' ' || c == '\t' || c == '\n') {
        int j = i + 1;
        while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == ':')) {
          j++;
        }
        if (j < body.length() && (body.charAt(j) == '.' || body.charAt(j) == '#' || Character.isLetter(body.charAt(j)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a list may follow a node and be applied to it. */
  static boolean takes(Node n) {
    return n instanceof Link || n instanceof Image || n instanceof LinkRef r && r.isDefined() || n instanceof MaterialInline.Icon;
  }

  /** The tokens of a list ({@code inside}: group 1 of {@link #LIST} or {@link #LIST_WORDS}) in order: an id, a class, a key and value, a name alone (its own value). */
  static List<Attr> tokens(String inside) {
    List<Attr> out = new ArrayList<>();
    Matcher m = TOKENS.matcher(inside);
    while (m.find()) {
      String t = m.group();
      if (t.startsWith("#")) {
        out.add(new Attr("id", t.substring(1)));
      } else if (t.startsWith(".")) {
        out.add(new Attr("class", t.substring(1)));
      } else if (t.indexOf('=') < 0) {
        out.add(new Attr(t.toLowerCase(java.util.Locale.ROOT), t));
      } else {
        int eq = t.indexOf('=');
        String value = t.substring(eq + 1);
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
          value = value.substring(1, value.length() - 1);
        }
        out.add(new Attr(t.substring(0, eq).toLowerCase(java.util.Locale.ROOT), value));
      }
    }
    return out;
  }

  /** The names of a list's attributes that are not put on its element, in order. */
  static List<String> refused(String inside) {
    return tokens(inside).stream().map(Attr::name).filter(n -> !allowed(n)).distinct().toList();
  }

  /** What is written out: the id (the last), the classes joined, then the others allowed, the last of each name. */
  static List<Attr> written(String inside) {
    return written(tokens(inside));
  }

  /** Two lists of one block as one, as {@link #written}: the later id, the classes of both, the later value of each other name. */
  static List<Attr> merged(List<Attr> a, List<Attr> b) {
    List<Attr> both = new ArrayList<>(a);
    both.addAll(b);
    return written(both);
  }

  private static List<Attr> written(List<Attr> attrs) {
    String id = null;
    StringBuilder classes = new StringBuilder();
    Map<String, String> others = new java.util.LinkedHashMap<>();
    for (Attr a : attrs) {
      if (!allowed(a.name())) {
        continue;
      }
      switch (a.name()) {
        case "id" -> id = a.value();
        case "class" -> classes.append(classes.length() == 0 ? "" : " ").append(a.value());
        default -> others.put(a.name(), a.value());
      }
    }
    List<Attr> out = new ArrayList<>();
    if (id != null) {
      out.add(new Attr("id", id));
    }
    if (classes.length() > 0) {
      out.add(new Attr("class", classes.toString()));
    }
    others.forEach((k, v) -> out.add(new Attr(k, v)));
    return out;
  }

  /** A list at the end of a text: after a space, or alone (then on a line of its own). */
  private static final Pattern AT_END = atEnd(LIST);

  private static final Pattern AT_END_WORDS = atEnd(LIST_WORDS);

  private static Pattern atEnd(Pattern list) {
    return Pattern.compile("(?:^|[ \\t])(" + list.pattern() + ")[ \\t]*$");
  }

  /**
   * Where the list at the end of a paragraph or a heading starts, which Python-Markdown puts on
   * the paragraph ({@code Text. { .annotate }}, or on the paragraph's last line of its own) or the
   * heading ({@code ## Setup {#setup .wide}}, as Goldmark, kramdown, Docusaurus and VitePress read
   * it too), or -1. Not in a list's item, whose paragraph may be written without its tag, and not a
   * paragraph or heading of the list alone. {@code words}: names alone are tokens ({@link #LIST_WORDS}).
   */
  static int atBlockEnd(Node n, boolean words) {
    boolean paragraph = n instanceof com.vladsch.flexmark.ast.Paragraph && !(n.getParent() instanceof com.vladsch.flexmark.ast.ListItem);
    if (!(paragraph || n instanceof com.vladsch.flexmark.ast.Heading) || !(n.getLastChild() instanceof Text t)) {
      return -1;
    }
    BasedSequence chars = t.getChars();
    int end = chars.length();
    while (end > 0 && (chars.charAt(end - 1) == '\n' || chars.charAt(end - 1) == '\r' || chars.charAt(end - 1) == ' ')) {
      end--;
    }
    if (end < 3 || chars.charAt(end - 1) != '}') {
      return -1;
    }
    Matcher m = (words ? AT_END_WORDS : AT_END).matcher(chars.subSequence(0, end));
    if (!m.find()) {
      return -1;
    }
    if (m.start(1) == 0 && !(t.getPrevious() instanceof com.vladsch.flexmark.ast.SoftLineBreak)) {
      return -1;
    }
    return t.getStartOffset() + m.start(1);
  }

  /**
   * Takes each list that follows a link or an image out of the text after it, and each list at
   * the end of a paragraph or a heading ({@link #atBlockEnd}) out of its text, and keeps their attributes
   * for the writers ({@link #KEY}). {@code words}: names alone are tokens ({@link #LIST_WORDS}).
   */
  static void apply(Document doc, boolean words) {
    Pattern list = words ? LIST_WORDS : LIST;
    // (kramdown's block lists of a Jekyll page are placed before: KramdownIals)
    Map<Node, List<Attr>> found = KEY.get(doc).isEmpty() ? null : new IdentityHashMap<>(KEY.get(doc));
    for (Node n = doc.getFirstChild(); n != null; n = MarkdownEngine.following(n, doc)) {
      int at = atBlockEnd(n, words);
      if (at >= 0) {
        Text t = (Text) n.getLastChild();
        BasedSequence chars = t.getChars();
        Matcher m = list.matcher(chars.subSequence(at - t.getStartOffset()));
        if (!m.lookingAt()) {
          continue;
        }
        if (found == null) {
          found = new IdentityHashMap<>();
        }
        found.merge(n, written(m.group(1)), AttrLists::merged);
        BasedSequence kept = chars.subSequence(0, at - t.getStartOffset()).trimEnd();
        if (kept.isEmpty()) {
          Node before = t.getPrevious();
          t.unlink();
          if (before instanceof com.vladsch.flexmark.ast.SoftLineBreak) {
            before.unlink();
          }
        } else {
          t.setChars(kept);
        }
        continue;
      }
      if (!takes(n) || !(n.getNext() instanceof Text t) || t.getStartOffset() != n.getEndOffset()) {
        continue;
      }
      BasedSequence chars = t.getChars();
      if (chars.length() < 3 || chars.charAt(0) != '{') {
        continue;
      }
      Matcher m = list.matcher(chars);
      if (!m.lookingAt()) {
        continue;
      }
      if (found == null) {
        found = new IdentityHashMap<>();
      }
      found.merge(n, written(m.group(1)), AttrLists::merged);
      if (m.end() == chars.length()) {
        t.unlink();
      } else {
        t.setChars(chars.subSequence(m.end()));
      }
    }
    if (found != null) {
      doc.set(KEY, found);
    }
  }

  /** The language a code block's list names by a class {@code language-x} (that class, the first), or null. */
  static String language(List<Attr> attrs) {
    if (attrs != null) {
      for (Attr a : attrs) {
        if (a.name().equals("class")) {
          for (String c : a.value().split(" ")) {
            if (c.startsWith("language-") && c.length() > "language-".length()) {
              return c;
            }
          }
        }
      }
    }
    return null;
  }

  /** Classes without those of a language ({@code language-x}). */
  static String withoutLanguage(String classes) {
    if (!classes.contains("language-")) {
      return classes;
    }
    return String.join(" ", java.util.Arrays.stream(classes.split(" ")).filter(c -> !(c.startsWith("language-") && c.length() > "language-".length())).toList());
  }

  /** The attributes written on a node, or null (also when its list has none that is written, only a style). */
  static List<Attr> of(Map<Node, List<Attr>> attrs, Node n) {
    List<Attr> found = attrs.isEmpty() ? null : attrs.get(n);
    return found == null || found.isEmpty() ? null : found;
  }
}
