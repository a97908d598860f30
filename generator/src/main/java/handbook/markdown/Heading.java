package handbook.markdown;

/** A heading of a page: level 1 to 6, its plain text, its id and its file line. */
public record Heading(int level, String text, String id, int line) {}
