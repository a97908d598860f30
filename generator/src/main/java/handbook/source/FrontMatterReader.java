package handbook.source;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.yaml.TomlReader;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;

/**
 * Reads the front matter of a Markdown file (YAML, or Hugo's TOML) into fields, with the
 * diagnostics every kind gives alike: an unclosed front matter, YAML or TOML syntax
 * ({@code frontmatter.yaml}, {@code frontmatter.toml}, at lines of the file) and front matter that
 * is not a map. Which keys a kind knows is the kind's business.
 */
public final class FrontMatterReader {
  private final YamlParser yaml = new YamlParser();
  private final TomlReader toml = new TomlReader();

  /** The outcome: the fields, or null when there are none to read (then {@code broken} says whether there was an error). */
  public record Read(YamlFields fields, boolean broken) {}

  /**
   * @param codePrefix the prefix of the codes the fields report with ({@code course} makes
   *     {@code course.missing-key})
   */
  public Read read(SourceFile file, FrontMatter split, Diagnostics diags, String codePrefix) {
    String path = file.displayPath();
    if (split.unclosed()) {
      diags.add(
          Diagnostic.error("frontmatter.unclosed", Span.at(path, 1, 1), "front matter is opened with `" + (split.toml() ? "+++" : "---") + "` but never closed")
              .withHint("end the front matter with a line `" + (split.toml() ? "+++" : "---") + "`"));
      return new Read(null, true);
    }
    if (split.yaml() == null) {
      return new Read(null, false);
    }
    YamlParser.Result r = split.toml() ? toml.parse(split.yaml(), path, split.yamlFirstLine()) : yaml.parse(split.yaml(), path, split.yamlFirstLine());
    for (Diagnostic d : r.errors()) {
      diags.add(d.code().equals("yaml.syntax") ? new Diagnostic(d.severity(), "frontmatter.yaml", d.message(), d.span(), d.hint()) : d);
    }
    if (!r.ok()) {
      return new Read(null, true);
    }
    if (r.root() == null) {
      return new Read(null, false);
    }
    if (!(r.root() instanceof YamlNode.Mapping map)) {
      diags.add(
          Diagnostic.error("frontmatter.type", Span.at(path, r.root().line(), r.root().column()), "front matter must be a map of keys, found " + r.root().describe()));
      return new Read(null, true);
    }
    return new Read(new YamlFields(map, path, diags, codePrefix), false);
  }
}
