package handbook.content;

import java.util.List;

/**
 * The site-wide part of {@code site.yaml} that kinds may read.
 *
 * @param title the site's name
 * @param description one sentence about the site
 * @param language {@code nb} or {@code en}
 * @param baseUrl the absolute address the site is published at, or empty
 * @param nav the order of the top-level sections
 * @param mount where the content's files are published (an MkDocs project's docs folder at the root)
 */
public record SiteSettings(String title, String description, String language, String baseUrl, List<String> nav, Mount mount) {
  public SiteSettings {
    nav = List.copyOf(nav);
    mount = mount == null ? Mount.NONE : mount;
  }
}
