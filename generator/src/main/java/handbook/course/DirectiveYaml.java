package handbook.course;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.markdown.DirectiveCall;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;

/** The YAML body of a directive block as strict fields, with errors at their file lines. */
final class DirectiveYaml {
  private static final YamlParser YAML = new YamlParser();

  private DirectiveYaml() {}

  /** The block's map, or null when it is not one (reported with code {@code directive.<name>}). */
  static YamlFields read(DirectiveCall call, Diagnostics diags, String example) {
    String code = "directive." + call.name();
    String file = call.span().file();
    YamlParser.Result r = YAML.parse(call.body(), file, call.bodyLine());
    if (!r.ok()) {
      r.errors().forEach(e -> diags.add(new Diagnostic(e.severity(), code, e.message(), e.span(), e.hint())));
      return null;
    }
    if (!(r.root() instanceof YamlNode.Mapping m)) {
      Span at = r.root() == null ? call.span() : Span.at(file, r.root().line(), r.root().column());
      diags.add(
          Diagnostic.error(code, at, "a " + call.name() + " block must be a YAML map, found " + (r.root() == null ? "nothing" : r.root().describe()))
              .withHint(example));
      return null;
    }
    return new YamlFields(m, file, diags, code);
  }

  /** A required text value as a snippet, or null (reported with {@code code}). */
  static Snippet text(DirectiveCall call, YamlFields f, String key, String where, String code) {
    YamlNode n = f.map().get(key);
    if (n == null) {
      f.requiredString(key, where);
      return null;
    }
    if (!(n instanceof YamlNode.Scalar s) || s.type() == YamlNode.Scalar.Type.NULL) {
      f.typeError(key, n, "a text");
      return null;
    }
    if (s.value().isBlank()) {
      f.diagnostics().add(Diagnostic.error(code, f.span(n), "`" + key + "` is empty"));
      return null;
    }
    return snippet(call, s, f.file());
  }

  /** A scalar of the block as a snippet, knowing whether it is written in quotes. */
  static Snippet snippet(DirectiveCall call, YamlNode.Scalar s, String file) {
    String[] lines = call.body().split("\n", -1);
    int i = s.line() - call.bodyLine();
    boolean quoted = false;
    if (i >= 0 && i < lines.length && s.column() - 1 < lines[i].length()) {
      char c = lines[i].charAt(s.column() - 1);
      quoted = c == '"' || c == '\'';
    }
    return Snippet.of(s, file, quoted);
  }

  /** The id of an embed: unique on any page, from the file and line of the block. */
  static String id(String prefix, DirectiveCall call) {
    String file = call.span().file();
    String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    return prefix + "-" + handbook.markdown.Slugs.slugify(name) + "-" + call.span().line();
  }
}
