package handbook.runbooks;

import handbook.diag.Suggest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The section check: a runbook has a {@code ##} heading for every required section, under any of
 * the section's names (case and a final colon do not matter). Works on heading texts, so it is tested on strings.
 */
public final class Sections {
  private static final int SHOWN = 10;

  private Sections() {}

  /**
   * The outcome for one page.
   *
   * @param missing the keys of required sections the page lacks, in section order
   * @param found the texts of the page's {@code ##} headings, in page order
   * @param names the headings that stand for every section key, the one to ask for first
   */
  public record Check(List<String> missing, List<String> found, Map<String, List<String>> names) {
    public Check {
      missing = List.copyOf(missing);
      found = List.copyOf(found);
    }

    public boolean complete() {
      return missing.isEmpty();
    }

    /** The missing sections as written in Markdown: {@code `## Verifisering`}. */
    public List<String> missingHeadings() {
      return missing.stream().map(k -> "`## " + names.get(k).get(0) + "`").toList();
    }

    /**
     * What helps the author: the sections the page does have, headings that look like a
     * misspelt section name, and where more names are set.
     */
    public String hint() {
      List<String> parts = new ArrayList<>();
      if (found.isEmpty()) {
        parts.add("the page has no `##` headings");
      } else {
        List<String> shown = found.stream().limit(SHOWN).map(h -> "`## " + h + "`").toList();
        parts.add("the page has " + String.join(", ", shown) + (found.size() > SHOWN ? " and " + (found.size() - SHOWN) + " more" : ""));
      }
      List<String> near = new ArrayList<>();
      for (String key : missing) {
        for (String h : found) {
          if (matchesAny(h)) {
            continue;
          }
          String close = Suggest.closest(h, names.get(key));
          if (close != null) {
            near.add("`## " + h + "` may be meant as `## " + close + "`");
            break;
          }
        }
      }
      parts.addAll(near);
      if (near.isEmpty()) {
        parts.add("more names for a section are set in site.yaml under `runbooks.sections`");
      }
      return String.join("; ", parts);
    }

    private boolean matchesAny(String heading) {
      return names.values().stream().flatMap(List::stream).anyMatch(n -> same(n, heading));
    }
  }

  /** Checks the {@code ##} headings of a page against the required sections. */
  public static Check check(List<String> h2, RunbookSettings settings) {
    return check(h2, settings, java.util.Set.of());
  }

  /**
   * Checks the {@code ##} headings of a page against the required sections; {@code present}
   * are keys the page has in another form (numbered step headings for the mitigation).
   */
  public static Check check(List<String> h2, RunbookSettings settings, java.util.Set<String> present) {
    List<String> missing = new ArrayList<>();
    for (String key : settings.sections().keySet()) {
      if (RunbookSettings.OPTIONAL.contains(key) || present.contains(key)) {
        continue;
      }
      if (h2.stream().noneMatch(h -> key.equals(keyOf(h, settings)))) {
        missing.add(key);
      }
    }
    return new Check(missing, h2, settings.sections());
  }

  /** The section key a heading stands for, or null. */
  public static String keyOf(String heading, RunbookSettings settings) {
    for (Map.Entry<String, List<String>> e : settings.sections().entrySet()) {
      for (String name : e.getValue()) {
        if (same(heading, name)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  static boolean same(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  private static String normalize(String s) {
    return s.strip().replaceFirst(":$", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
