package handbook.versions;

import handbook.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A released version of a Docusaurus project's docs, as Docusaurus keeps it beside the current
 * ones: the project with {@code versioned_docs/version-LABEL/} in place of {@code docs/} and
 * {@code versioned_sidebars/version-LABEL-sidebars.json} in place of its sidebars file. Every
 * other file is the project's own; each file is named by where it is in the project
 * ({@link #origin}), so messages and edit links name the versioned file.
 */
public record DocusaurusVersion(SourceTree project, String label) implements handbook.source.RenamedTree {
  /** The list of released versions, newest first. */
  public static final String LIST = "versions.json";

  /** The folders that hold the released versions' docs and sidebars. */
  private static final List<String> FOLDERS = List.of("versioned_docs/", "versioned_sidebars/");


  private static final String DOCS = "docs/";

  /** The folder of the version's docs in the project. */
  public String docsFolder() {
    return "versioned_docs/version-" + label + "/";
  }

  private String sidebars() {
    return "versioned_sidebars/version-" + label + "-sidebars.json";
  }

  /** Whether a path of the project is Docusaurus' record of its versions, in none of them. */
  private static boolean versioning(String path) {
    return path.equals(LIST) || FOLDERS.stream().anyMatch(path::startsWith);
  }

  @Override
  public Listing listing() throws IOException {
    Listing all = project.listing();
    List<String> files = new ArrayList<>();
    for (String f : all.files()) {
      String mine = mine(f);
      if (mine != null) {
        files.add(mine);
      }
    }
    files.sort(null);
    // what the listing left out (a link outside the folder, a name that cannot be read) the
    // working tree, which lists the whole project, names by its path
    return new Listing(files, List.of());
  }

  /** The path a project file has in this version, or null when it is not in it. */
  private String mine(String path) {
    if (path.startsWith(docsFolder())) {
      return DOCS + path.substring(docsFolder().length());
    }
    if (path.equals(sidebars())) {
      return "sidebars.json";
    }
    // the working tree's sidebars, whichever its file (a version's is read as the JSON one)
    if (path.startsWith(DOCS) || handbook.config.DocusaurusConfig.SIDEBARS.contains(path) || versioning(path)) {
      return null;
    }
    return path;
  }

  @Override
  public SourceTree tree() {
    return project;
  }

  /** Where a file of this version is in the project. */
  @Override
  public String inTree(String path) {
    if (path.startsWith(DOCS)) {
      return docsFolder() + path.substring(DOCS.length());
    }
    return path.equals("sidebars.json") ? sidebars() : path;
  }
}
