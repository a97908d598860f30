package handbook.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The admonition types of the tools whose Markdown we read, mapped to the five the theme draws
 * ({@code note}, {@code tip}, {@code info}, {@code warning}, {@code danger}), as MkDocs Material
 * groups them.
 */
final class Admonitions {
  private Admonitions() {}

  static final Set<String> CLASSES = Set.of("note", "tip", "info", "warning", "danger");

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("seealso", "note"),
          Map.entry("abstract", "note"),
          Map.entry("summary", "note"),
          Map.entry("tldr", "note"),
          Map.entry("example", "note"),
          Map.entry("quote", "note"),
          Map.entry("cite", "note"),
          Map.entry("secondary", "note"),
          Map.entry("todo", "info"),
          Map.entry("question", "info"),
          Map.entry("help", "info"),
          Map.entry("faq", "info"),
          Map.entry("important", "info"),
          Map.entry("hint", "tip"),
          Map.entry("success", "tip"),
          Map.entry("check", "tip"),
          Map.entry("done", "tip"),
          Map.entry("caution", "warning"),
          Map.entry("attention", "warning"),
          Map.entry("error", "danger"),
          Map.entry("failure", "danger"),
          Map.entry("fail", "danger"),
          Map.entry("missing", "danger"),
          Map.entry("bug", "danger"));

  /** The class a type is drawn with: its own, its group's, or {@code note}. */
  static String cls(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return CLASSES.contains(t) ? t : ALIASES.getOrDefault(t, "note");
  }

  /**
   * The classes an admonition's names after its type give it ({@code !!! note inline end}), each
   * after a space, as written; the theme styles {@code inline} and {@code inline end}.
   */
  static String extra(com.vladsch.flexmark.util.sequence.BasedSequence info) {
    StringBuilder b = new StringBuilder();
    for (String c : AdmonitionStart.classes(info)) {
      b.append(' ').append(c);
    }
    return b.toString();
  }

  /** Whether a type is one we know (Docusaurus' {@code :::} needs one, or it is not a callout). */
  static boolean known(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    return CLASSES.contains(t) || ALIASES.containsKey(t);
  }
}
