package handbook.config;

import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of an MkDocs project's docs folder that are not published: MkDocs' own
 * ({@code /templates/}), then those of {@code exclude_docs} and {@code draft_docs} (which MkDocs
 * leaves out of a build), in the patterns of {@code .gitignore}: {@code *}, {@code **}, {@code ?}
 * and classes; a pattern with a slash before its end is read from the docs folder, one without
 * at any depth; one ending in a slash names folders; the last pattern that matches decides, and
 * {@code !} takes a file back in.
 */
public final class MkDocsExclude {
  public static final MkDocsExclude NONE = new MkDocsExclude(List.of());

  private record Rule(Glob pattern, boolean include) {}

  private final List<Rule> rules;

  private MkDocsExclude(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Leaves nothing out. */
  public static MkDocsExclude none() {
    return ofLines(List.of());
  }

  /** The patterns of a config file's settings ({@link MkDocsConfig#settings}; null: MkDocs' own alone). */
  public static MkDocsExclude of(YamlNode.Mapping map) {
    List<String> lines = new ArrayList<>(List.of("/templates/"));
    if (map != null) {
      for (String key : List.of("exclude_docs", "draft_docs")) {
        if (map.get(key) instanceof YamlNode.Scalar s && s.value() != null) {
          lines.addAll(s.value().lines().toList());
        }
      }
    }
    return ofLines(lines);
  }

  /** The rules of a file of patterns in {@code .gitignore}'s syntax (Mintlify's {@code .mintignore}). */
  public static MkDocsExclude ofText(String text) {
    return ofLines(text.lines().toList());
  }

  /** The rules of some lines of patterns. */
  static MkDocsExclude ofLines(List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (String line : lines) {
      String p = line.strip();
      if (p.isEmpty() || p.startsWith("#")) {
        continue;
      }
      boolean include = p.startsWith("!");
      if (include) {
        p = p.substring(1);
      }
      boolean folder = p.endsWith("/");
      p = p.replaceAll("/+$", "");
      if (p.isEmpty()) {
        continue;
      }
      boolean anchored = p.contains("/");
      p = p.replaceAll("^/+", "");
      List<Glob.Part> parts = new ArrayList<>();
      if (!anchored) {
        parts.add(Glob.FOLDERS);
      }
      Glob.wildcards(p, parts);
      parts.add(folder ? Glob.INSIDE : Glob.INSIDE_OR_NOTHING);
      rules.add(new Rule(Glob.of(parts), include));
    }
    return new MkDocsExclude(rules);
  }

  /** Whether a content path under {@code docs/} is left out. */
  public boolean excludes(String contentPath) {
    if (rules.isEmpty() || !contentPath.startsWith("docs/")) {
      return false;
    }
    String path = contentPath.substring("docs/".length());
    boolean out = false;
    for (Rule r : rules) {
      if (out == r.include() && r.pattern().matches(path)) {
        out = !r.include();
      }
    }
    return out;
  }
}
