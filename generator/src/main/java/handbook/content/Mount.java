package handbook.content;

import java.util.List;

/**
 * Where the content's files are published: at their paths, or with folders as the site's root:
 * an MkDocs project's docs folder, as MkDocs publishes it ({@code docs/user-guide/x.md} at
 * {@code user-guide/x/}, {@code docs/img/a.png} at {@code img/a.png}), a Docusaurus project's
 * {@code static/} ({@code static/img/a.png} at {@code img/a.png}; its pages stay under
 * {@code docs/}), or both, for a Docusaurus project whose docs are at the root; a Hugo project's
 * {@code content/} and {@code static/} ({@code content/docs/x.md} at {@code docs/x/}).
 *
 * @param docs the folder of the docs' pages: {@code docs/}, or a Hugo project's {@code content/}
 * @param folders the content folders published at the site's root ({@code docs/}), or none
 * @param unnumbered whether pages are published without the number prefixes of their file and
 *     folder names, as Docusaurus publishes them ({@code docs/01-guide/02-setup.md} at
 *     {@code docs/guide/setup/})
 * @param hugo whether pages are published as Hugo publishes them: URLs in lower case with
 *     hyphens for spaces, a page's {@code slug} and {@code url} followed, the menu by weight and title
 */
public record Mount(String docs, List<String> folders, boolean unnumbered, boolean hugo) {
  private static final String DOCS_FOLDER = "docs/";
  private static final String STATIC_FOLDER = "static/";

  public Mount {
    folders = List.copyOf(folders);
  }

  /** Every file at its path. */
  public static final Mount NONE = new Mount(DOCS_FOLDER, List.of(), false, false);

  /** An MkDocs project's: the docs folder at the root. */
  public static final Mount DOCS = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER), false, false);

  /** A Docusaurus project's: its static files at the root. */
  public static final Mount STATIC = new Mount(DOCS_FOLDER, List.of(STATIC_FOLDER), true, false);

  /** A Docusaurus project's whose docs are at the root ({@code routeBasePath: '/'}): its docs and its static files. */
  public static final Mount DOCS_AND_STATIC = new Mount(DOCS_FOLDER, List.of(DOCS_FOLDER, STATIC_FOLDER), true, false);

  /** A Hugo project's: its pages' folder ({@code content/}, or {@code content/en/}; ending in {@code /}) and its static files at the root. */
  public static Mount hugo(String contentDir) {
    return new Mount(contentDir, List.of(contentDir, STATIC_FOLDER), false, true);
  }

  /** Whether the docs folder is the site's root (the project's pages, menu and home). */
  public boolean docsAtRoot() {
    return folders.contains(docs);
  }

  /** The site path of a content path (a file, a folder ending in {@code /}, or a page's URL made of its path). */
  public String url(String contentPath) {
    for (String folder : folders) {
      if (contentPath.startsWith(folder)) {
        return contentPath.substring(folder.length());
      }
    }
    return contentPath;
  }

  /** The URL of a page of a content path ({@link #url}, without number prefixes where the pages have none). */
  public String pageUrl(String contentPath) {
    String url = url(contentPath);
    return unnumbered ? Urls.unnumberedPath(url) : hugo ? url.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') : url;
  }

  /** A file or folder name as the menu shows it where it has no title: without its number prefix where the pages have none. */
  public String name(String fileOrFolder) {
    return unnumbered ? Urls.unnumbered(fileOrFolder) : fileOrFolder;
  }

  /**
   * Whether the menu orders pages of no weight by their file names (MkDocs' and Docusaurus'
   * order), not by their titles: the pages of another tool's project.
   */
  public boolean menuByFileName() {
    return (docsAtRoot() || unnumbered) && !hugo;
  }

  /** The mounted folder a content path is in, or null. */
  public String folderOf(String contentPath) {
    for (String folder : folders) {
      if (contentPath.startsWith(folder)) {
        return folder;
      }
    }
    return null;
  }

  public boolean mounted() {
    return !folders.isEmpty();
  }
}
