package handbook.markdown;

import java.util.Objects;

/**
 * How a body is rendered where it is shown.
 *
 * @param headingShift levels every heading moves down (an H2 becomes an H3 with 1); capped at H6
 * @param idPrefix put before every heading id (and its anchor link), for several bodies on one page
 * @param dropLeadingH1 a first {@code # heading} is the page title, not part of the body
 * @param headingIds whether headings get ids and anchor links (not for text shown in lists)
 * @param includesRead the body's includes ({@code --8<--}) were put in before: one left is text
 *     its author escaped, not a marker to report
 * @param liquid the body is a Jekyll project's page: Liquid's {@code {% link x.md %}} is a link
 *     from the site's root, {@code {{ site.baseurl }}} the site's root
 */
public record RenderOptions(int headingShift, String idPrefix, boolean dropLeadingH1, boolean headingIds, boolean includesRead, boolean liquid) {
  public static final RenderOptions DEFAULT = new RenderOptions(0, "", false, true, false, false);

  public RenderOptions {
    Objects.requireNonNull(idPrefix, "idPrefix");
    if (headingShift < 0 || headingShift > 5) {
      throw new IllegalArgumentException("heading shift " + headingShift);
    }
  }

  public RenderOptions(int headingShift, String idPrefix, boolean dropLeadingH1, boolean headingIds) {
    this(headingShift, idPrefix, dropLeadingH1, headingIds, false, false);
  }

  public RenderOptions(int headingShift, String idPrefix, boolean dropLeadingH1) {
    this(headingShift, idPrefix, dropLeadingH1, true);
  }

  /** The same, for a body whose includes were put in. */
  public RenderOptions withIncludesRead() {
    return new RenderOptions(headingShift, idPrefix, dropLeadingH1, headingIds, true, liquid);
  }

  /** The same, for a page of a Jekyll project. */
  public RenderOptions withLiquid() {
    return new RenderOptions(headingShift, idPrefix, dropLeadingH1, headingIds, includesRead, true);
  }

  public static RenderOptions withoutLeadingH1() {
    return new RenderOptions(0, "", true, true);
  }
}
