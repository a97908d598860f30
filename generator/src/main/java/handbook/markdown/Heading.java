package handbook.markdown;

/**
 * A heading of a page: level 1 to 6, its plain text, its id and its file line; {@code listed}
 * false where it is kept out of the page's table of contents (kramdown's class {@code no_toc}).
 */
public record Heading(int level, String text, String id, int line, boolean listed) {
  public Heading(int level, String text, String id, int line) {
    this(level, text, id, line, true);
  }
}
