package handbook.runbooks;

import handbook.diag.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The section check: a runbook has a {@code ##} heading for every required section, named as
 * {@code site.yaml} says (case does not matter). Works on heading texts, so it is tested on strings.
 */
public final class Sections {
  private static final int SHOWN = 10;

  private Sections() {}

  /**
   * The outcome for one page.
   *
   * @param missing the keys of required sections the page lacks, in section order
   * @param found the texts of the page's {@code ##} headings, in page order
   * @param names the heading text of every section key
   */
  public record Check(List<String> missing, List<String> found, Map<String, String> names) {
    public Check {
      missing = List.copyOf(missing);
      found = List.copyOf(found);
    }

    public boolean complete() {
      return missing.isEmpty();
    }

    /** The missing sections as written in Markdown: {@code `## Verifisering`}. */
    public List<String> missingHeadings() {
      return missing.stream().map(k -> "`## " + names.get(k) + "`").toList();
    }

    /**
     * What helps the author: the sections the page does have, headings that look like a
     * misspelt section, and the site.yaml lines that would accept headings in the other language.
     */
    public String hint() {
      List<String> parts = new ArrayList<>();
      if (found.isEmpty()) {
        parts.add("the page has no `##` headings");
      } else {
        List<String> shown = found.stream().limit(SHOWN).map(h -> "`## " + h + "`").toList();
        parts.add("the page has " + String.join(", ", shown) + (found.size() > SHOWN ? " and " + (found.size() - SHOWN) + " more" : ""));
      }
      Map<String, String> foreign = new LinkedHashMap<>();
      List<String> near = new ArrayList<>();
      for (String key : missing) {
        String other = otherLanguageName(key);
        if (other != null) {
          foreign.put(key, other);
          continue;
        }
        String close = Suggest.closest(names.get(key), found);
        if (close != null && !matchesAny(close)) {
          near.add("`## " + close + "` may be meant as `## " + names.get(key) + "`");
        }
      }
      parts.addAll(near);
      if (!foreign.isEmpty()) {
        List<String> pairs = new ArrayList<>();
        foreign.forEach((k, v) -> pairs.add(k + ": " + v));
        boolean one = foreign.size() == 1;
        parts.add(
            String.join(", ", foreign.values().stream().map(v -> "`" + v + "`").toList())
                + (one ? " is a section name" : " are section names")
                + " of another language: to accept "
                + (one ? "it" : "them")
                + ", set `runbooks: {sections: {"
                + String.join(", ", pairs)
                + "}}` in site.yaml");
      } else if (near.isEmpty()) {
        parts.add("section names are set in site.yaml under `runbooks.sections`");
      }
      return String.join("; ", parts);
    }

    /** The page's heading that is this key's default name in a language other than the site's. */
    private String otherLanguageName(String key) {
      for (Map<String, String> lang : RunbookSettings.allDefaults().values()) {
        String name = lang.get(key);
        if (!same(name, names.get(key))) {
          for (String h : found) {
            if (same(h, name)) {
              return h;
            }
          }
        }
      }
      return null;
    }

    private boolean matchesAny(String heading) {
      return names.values().stream().anyMatch(n -> same(n, heading));
    }
  }

  /** Checks the {@code ##} headings of a page against the required sections. */
  public static Check check(List<String> h2, RunbookSettings settings) {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> e : settings.sections().entrySet()) {
      if (RunbookSettings.OPTIONAL.contains(e.getKey())) {
        continue;
      }
      if (h2.stream().noneMatch(h -> same(h, e.getValue()))) {
        missing.add(e.getKey());
      }
    }
    return new Check(missing, h2, settings.sections());
  }

  /** The section key a heading stands for, or null. */
  public static String keyOf(String heading, RunbookSettings settings) {
    for (Map.Entry<String, String> e : settings.sections().entrySet()) {
      if (same(heading, e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  static boolean same(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  private static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
