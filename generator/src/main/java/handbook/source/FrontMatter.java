package handbook.source;

/**
 * Splits a Markdown file into its YAML front matter and body. The front matter sits between a
 * first line {@code ---} and the next line that is {@code ---} (or {@code ...}).
 *
 * @param yaml the front-matter text, or null when the file has none
 * @param yamlFirstLine the 1-based file line where the YAML text starts
 * @param body the Markdown after the front matter
 * @param bodyFirstLine the 1-based file line where the body starts
 * @param unclosed true when a front matter was opened but never closed
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine, boolean unclosed) {

  public static FrontMatter split(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (!(t.startsWith("---\n") || t.startsWith("---\r\n"))) {
      return new FrontMatter(null, 0, t, 1, false);
    }
    int start = t.indexOf('\n') + 1;
    int line = 2;
    int pos = start;
    while (pos < t.length()) {
      int nl = t.indexOf('\n', pos);
      int end = nl < 0 ? t.length() : nl;
      String l = t.substring(pos, end).stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        String yaml = t.substring(start, pos);
        int bodyStart = nl < 0 ? t.length() : nl + 1;
        return new FrontMatter(yaml, 2, t.substring(bodyStart), line + 1, false);
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
      line++;
    }
    return new FrontMatter(null, 0, t, 1, true);
  }
}
