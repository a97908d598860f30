package handbook.build;

import handbook.source.SourceTree;

/**
 * One version to build: where its content and templates come from and how it is named.
 *
 * @param label the version's label, or null for a site with one version
 * @param contentName how diagnostics name the content folder ({@code content})
 * @param prefix put before every diagnostic path of this version ({@code v1.2:}), empty for the working tree
 */
record VersionInput(
    String label, SourceTree content, SourceTree templates, String contentName, String templatesName, String prefix, String commit, String date) {
  VersionInput withContent(SourceTree newContent) {
    return new VersionInput(label, newContent, templates, contentName, templatesName, prefix, commit, date);
  }

  VersionInput withLabel(String newLabel, String newCommit, String newDate) {
    return new VersionInput(newLabel, content, templates, contentName, templatesName, prefix, newCommit, newDate);
  }
}
