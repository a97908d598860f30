package handbook.content;

import handbook.markdown.DirectiveCall;
import handbook.markdown.LinkRef;
import handbook.markdown.MarkdownEngine;
import handbook.markdown.RenderedMarkdown;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A page whose body is a Markdown file: its anchors are the body's ids (and any the page adds),
 * its links and directives are the body's, its fingerprint is that of the parsed file.
 */
public abstract class MarkdownPage implements Page {
  protected final PageInfo info;
  protected final RenderedMarkdown md;
  protected final MarkdownEngine engine;
  private final String fingerprint;
  private final Set<String> anchors;

  /**
   * @param fingerprint what the body depends on (the parse key of its file, plus anything else the
   *     page shows), or null to render it every time
   * @param moreAnchors ids the page's template adds
   */
  protected MarkdownPage(PageInfo info, RenderedMarkdown md, MarkdownEngine engine, String fingerprint, Collection<String> moreAnchors) {
    this.info = info;
    this.md = md;
    this.engine = engine;
    this.fingerprint = fingerprint;
    Set<String> a = new LinkedHashSet<>(md.anchors());
    a.addAll(moreAnchors);
    this.anchors = java.util.Collections.unmodifiableSet(a);
  }

  @Override
  public final PageInfo info() {
    return info;
  }

  public RenderedMarkdown markdown() {
    return md;
  }

  @Override
  public Set<String> anchors() {
    return anchors;
  }

  @Override
  public List<LinkRef> links() {
    return md.links();
  }

  @Override
  public List<DirectiveCall> directiveCalls() {
    return md.directives();
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  /** The body's HTML with this page's links and embeds. */
  protected String html(PageContext ctx) {
    return engine.render(md, ctx.hrefs(), ctx.embeds());
  }
}
