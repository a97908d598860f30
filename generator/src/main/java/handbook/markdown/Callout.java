package handbook.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A callout written in another tool's syntax, rendered like an admonition: a GitHub alert
 * ({@code > [!NOTE]}) or a Docusaurus admonition ({@code :::note ... :::}).
 */
final class Callout extends Block {
  /** The admonition class it is drawn with ({@code note}, {@code tip}, ...). */
  final String cls;
  /** The UI string key of its default title ({@code admonition.caution}). */
  final String titleKey;
  /** Its own title, or null for the default. */
  final String title;
  /** Where its closing line's {@code :::} stands in the text, or -1 (GitHub alerts, unclosed). */
  int closeOffset = -1;

  Callout(BasedSequence chars, String cls, String titleKey, String title) {
    super(chars);
    this.cls = cls;
    this.titleKey = titleKey;
    this.title = title == null || title.isBlank() ? null : title.strip();
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
