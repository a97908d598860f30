package handbook.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A callout written in another tool's syntax, rendered like an admonition: a GitHub alert
 * ({@code > [!NOTE]}), a Docusaurus admonition ({@code :::note ... :::}), VitePress' container
 * ({@code ::: tip}, and {@code ::: details}, collapsible), or VitePress' code group while it is
 * read ({@link Callouts#codeGroups}).
 */
final class Callout extends Block {
  /** The admonition class it is drawn with ({@code note}, {@code tip}, ...). */
  final String cls;
  /** The UI string key of its default title ({@code admonition.caution}). */
  final String titleKey;
  /** Its own title, or null for the default. */
  final String title;
  /** Whether it is drawn collapsible ({@code <details>}), and then whether open. */
  final boolean collapsible;

  final boolean open;

  /** Where its closing line's {@code :::} stands in the text, or -1 (GitHub alerts, unclosed). */
  int closeOffset = -1;

  Callout(BasedSequence chars, String cls, String titleKey, String title) {
    this(chars, cls, titleKey, title, false, false);
  }

  Callout(BasedSequence chars, String cls, String titleKey, String title, boolean collapsible, boolean open) {
    super(chars);
    this.cls = cls;
    this.titleKey = titleKey;
    this.title = title == null || title.isBlank() ? null : title.strip();
    this.collapsible = collapsible;
    this.open = open;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
