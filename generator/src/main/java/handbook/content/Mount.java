package handbook.content;

/**
 * Where the content's files are published: at their paths, or (an MkDocs project) with the docs
 * folder as the site's root, as MkDocs publishes it: {@code docs/user-guide/x.md} at
 * {@code user-guide/x/}, {@code docs/img/a.png} at {@code img/a.png}.
 *
 * @param folder the content folder published at the site's root ({@code docs/}), or empty
 */
public record Mount(String folder) {
  /** Every file at its path. */
  public static final Mount NONE = new Mount("");

  /** An MkDocs project's: the docs folder at the root. */
  public static final Mount DOCS = new Mount("docs/");

  /** The site path of a content path (a file, a folder ending in {@code /}, or a page's URL made of its path). */
  public String url(String contentPath) {
    return !folder.isEmpty() && contentPath.startsWith(folder) ? contentPath.substring(folder.length()) : contentPath;
  }

  /** The content folder of a site folder that a page of the mounted folder is in. */
  public String contentFolder(String siteFolder) {
    return folder + siteFolder;
  }

  public boolean mounted() {
    return !folder.isEmpty();
  }
}
