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
    int open = openInnerFence(call.body());
    if (open >= 0) {
      diags.add(
          Diagnostic.error(code, Span.at(file, call.bodyLine() + open, 1), "a code block inside the " + call.name() + " block ends it early")
              .withHint("fence the " + call.name() + " block with four backticks (````" + call.name() + " … ````) so inner ``` blocks stay inside"));
      return null;
    }
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

  private static final java.util.regex.Pattern FENCE = java.util.regex.Pattern.compile("^\\s*(```+|~~~+)(.*)$");

  /**
   * The body line (0-based) of a code fence that is opened but not closed in the body, or -1.
   * Markdown ends the outer block at the inner fence's closing line, so what is left has an
   * opening fence without its end.
   */
  static int openInnerFence(String body) {
    String[] lines = body.split("\n", -1);
    int openLine = -1;
    String marker = null;
    for (int i = 0; i < lines.length; i++) {
      java.util.regex.Matcher m = FENCE.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      if (marker == null) {
        marker = m.group(1);
        openLine = i;
      } else if (m.group(1).charAt(0) == marker.charAt(0) && m.group(1).length() >= marker.length() && m.group(2).isBlank()) {
        marker = null;
      }
    }
    return marker == null ? -1 : openLine;
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
