package handbook.source;

/**
 * Splits a Markdown file into its front matter and body. YAML front matter sits between a first
 * line {@code ---} and the next line that is {@code ---} (or {@code ...}); TOML front matter (as
 * Hugo writes it) between a first line {@code +++} and the next line {@code +++}.
 *
 * @param yaml the front-matter text (YAML, or TOML when {@code toml}), or null when the file has none
 * @param yamlFirstLine the 1-based file line where the front-matter text starts
 * @param body the Markdown after the front matter
 * @param bodyFirstLine the 1-based file line where the body starts
 * @param unclosed true when a front matter was opened but never closed
 * @param toml true when the front matter is TOML
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine, boolean unclosed, boolean toml) {

  public static FrontMatter split(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    boolean toml = t.startsWith("+++\n") || t.startsWith("+++\r\n");
    if (!(toml || t.startsWith("---\n") || t.startsWith("---\r\n"))) {
      return new FrontMatter(null, 0, t, 1, false, false);
    }
    int start = t.indexOf('\n') + 1;
    int line = 2;
    int pos = start;
    while (pos < t.length()) {
      int nl = t.indexOf('\n', pos);
      int end = nl < 0 ? t.length() : nl;
      String l = t.substring(pos, end).stripTrailing();
      if (toml ? l.equals("+++") : l.equals("---") || l.equals("...")) {
        String yaml = t.substring(start, pos);
        int bodyStart = nl < 0 ? t.length() : nl + 1;
        return new FrontMatter(yaml, 2, t.substring(bodyStart), line + 1, false, toml);
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
      line++;
    }
    return new FrontMatter(null, 0, t, 1, true, toml);
  }
}
