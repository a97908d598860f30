package handbook.content;

import handbook.markdown.DirectiveCall;

/**
 * An embed written as a fenced block in any Markdown page ({@code ```checklist}). It expands to
 * HTML once the whole site is indexed; a bad call is a diagnostic at its line.
 */
public interface Directive {
  String name();

  /** The HTML for a call, or null when the call is wrong (after reporting why). */
  String expand(DirectiveCall call, ResolveContext ctx);
}
