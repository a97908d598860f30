package handbook.content;

/**
 * Where the content's files are published: at their paths, or with one folder as the site's root:
 * an MkDocs project's docs folder, as MkDocs publishes it ({@code docs/user-guide/x.md} at
 * {@code user-guide/x/}, {@code docs/img/a.png} at {@code img/a.png}), or a Docusaurus project's
 * {@code static/} ({@code static/img/a.png} at {@code img/a.png}; its pages stay under {@code docs/}).
 *
 * @param folder the content folder published at the site's root ({@code docs/}), or empty
 */
public record Mount(String folder) {
  /** Every file at its path. */
  public static final Mount NONE = new Mount("");

  /** An MkDocs project's: the docs folder at the root. */
  public static final Mount DOCS = new Mount("docs/");

  /** A Docusaurus project's: its static files at the root. */
  public static final Mount STATIC = new Mount("static/");

  /** Whether the docs folder is the site's root (an MkDocs project's pages, menu and home). */
  public boolean docsAtRoot() {
    return folder.equals(DOCS.folder);
  }

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
