package handbook.markdown;

/**
 * The searchable text of one part of a Markdown body: the text before the first heading
 * ({@code anchor} empty), or a heading's section up to the next heading that starts one.
 */
public record SearchSection(String anchor, String title, String text) {}
