package handbook.docs;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.FrontMatter;
import handbook.source.FrontMatterReader;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front matter of a Markdown page, read leniently: known keys are type-checked, other keys
 * are kept for templates (real docs carry other tools' keys). Of other tools' keys, Hugo's
 * {@code linkTitle} (the title in the navigation) and Jekyll's {@code redirect_from} (more
 * {@code aliases}) are honoured.
 */
public record FrontMatterFields(
    String title,
    String linkTitle,
    String description,
    Integer weight,
    List<String> tags,
    boolean draft,
    List<String> aliases,
    Map<String, Object> extra,
    YamlFields fields) {

  public static final Set<String> KNOWN = Set.of("title", "linkTitle", "description", "weight", "tags", "draft", "aliases", "redirect_from");

  public static FrontMatterFields empty() {
    return new FrontMatterFields(null, null, null, null, List.of(), false, List.of(), Map.of(), null);
  }

  /** Reads the front matter of a split file; errors point at file lines. */
  public static FrontMatterFields read(SourceFile file, FrontMatter fm, Diagnostics diags) {
    FrontMatterReader.Read read = new FrontMatterReader().read(file, fm, diags, "frontmatter");
    if (read.fields() == null) {
      return empty();
    }
    YamlFields f = read.fields();
    YamlNode.Mapping map = f.map();
    Map<String, Object> extra = new LinkedHashMap<>();
    map.entries().forEach((k, e) -> {
      if (!KNOWN.contains(k)) {
        extra.put(k, e.value().toPlain());
      }
    });
    Integer weight = f.has("weight") ? f.integer("weight", 0) : null;
    List<String> aliases = new java.util.ArrayList<>(f.strings("aliases"));
    f.strings("redirect_from").stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
    return new FrontMatterFields(
        f.string("title", null),
        f.string("linkTitle", null),
        f.string("description", null),
        weight,
        f.strings("tags"),
        f.bool("draft", false),
        List.copyOf(aliases),
        extra,
        f);
  }
}
