package handbook.build;

import handbook.source.SourceTree;

/**
 * One version to build: where its content and templates come from and how it is named.
 *
 * @param label the version's label, or null for a site with one version
 * @param contentName how diagnostics name the content folder ({@code content})
 * @param prefix put before every diagnostic path of this version ({@code v1.2:}), empty for the working tree
 * @param locale the language of the site it is a translation into (its content a {@link handbook.source.TranslatedTree}), or null
 */
record VersionInput(
    String label, SourceTree content, SourceTree templates, String contentName, String templatesName, String prefix, String commit, String date, handbook.config.SiteLocale locale) {
  VersionInput(String label, SourceTree content, SourceTree templates, String contentName, String templatesName, String prefix, String commit, String date) {
    this(label, content, templates, contentName, templatesName, prefix, commit, date, null);
  }

  VersionInput withContent(SourceTree newContent) {
    return new VersionInput(label, newContent, templates, contentName, templatesName, prefix, commit, date, locale);
  }

  VersionInput withLabel(String newLabel, String newCommit, String newDate) {
    return new VersionInput(newLabel, content, templates, contentName, templatesName, prefix, newCommit, newDate, locale);
  }

  /** The working tree in one of its translations: its content shown in it ({@code translated}). */
  VersionInput inLocale(handbook.config.SiteLocale l, SourceTree translated) {
    return new VersionInput(label, translated, templates, contentName, templatesName, prefix, commit, date, l);
  }

  /** What names its messages of its own: its {@link #prefix}, a translation's language's code too ({@code fr:}). */
  String named() {
    return locale == null ? prefix : prefix + locale.code() + ":";
  }

  /** The folder of the site its pages are written in: its version's, else its language's, else the root. */
  String folder() {
    return label != null ? label + "/" : locale != null ? locale.folder() : "";
  }
}
