package handbook.content;

import handbook.diag.Diagnostic;
import handbook.diag.Span;

/** Resolves links of a scheme such as {@code api:getUser} to a site URL with anchor. */
public interface LinkScheme {
  /** The outcome: a site URL (with {@code #anchor} when any) or a diagnostic. */
  record Target(String url, Diagnostic error, String title) {
    public static Target of(String url, String title) {
      return new Target(url, null, title);
    }

    public static Target error(Diagnostic d) {
      return new Target(null, d, null);
    }
  }

  Target resolve(String rest, Span span);
}
