package handbook.build;

import handbook.config.SiteConfig;
import handbook.diag.Diagnostic;
import handbook.diag.Span;
import handbook.versions.GitVersions;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The day each content file of a version was last changed in git, for the pages' "last updated"
 * line where the settings ask for it (site.yaml's {@code last_updated}, or the setting of the
 * tool whose project it is); what stands in the way (no repository, a shallow clone) is named at
 * the file that asked.
 */
final class LastChanged {
  private LastChanged() {}

  /** The file that gave a version's settings, for a warning about them. */
  private static Span settingsSpan(LoadPhase.Model m) {
    return Span.file(m.input().prefix() + m.input().contentName() + "/" + m.input().content().origin(settingsFile(m)));
  }

  /** The setting that asks for each page's last change, as the settings file names it. */
  private static String lastUpdatedKey(String settingsFile) {
    if (handbook.config.MkDocsConfig.FILES.contains(settingsFile)) {
      return "the git-revision-date plugin";
    }
    if (handbook.config.DocusaurusConfig.FILES.contains(settingsFile)) {
      return "`showLastUpdateTime`";
    }
    if (handbook.config.JekyllConfig.FILES.contains(settingsFile)) {
      return "`last_edit_timestamp`";
    }
    if (handbook.config.VitePressConfig.ALL.contains(settingsFile)) {
      return "`lastUpdated`";
    }
    return handbook.config.HugoConfig.FILES.contains(settingsFile) ? "`enableGitInfo`" : "`last_updated`";
  }

  /** The file that gave a version's settings: its site.yaml, else the MkDocs, Docusaurus, Hugo, Jekyll, VitePress or VuePress config it was built from. */
  private static String settingsFile(LoadPhase.Model m) {
    if (!m.siteYaml().isEmpty()) {
      return "site.yaml";
    }
    try {
      List<String> files = m.input().content().files();
      return java.util.stream.Stream.of(handbook.config.MkDocsConfig.FILES, handbook.config.DocusaurusConfig.FILES, handbook.config.HugoConfig.FILES, handbook.config.JekyllConfig.FILES, handbook.config.VitePressConfig.ALL).flatMap(List::stream)
          .filter(files::contains)
          .findFirst()
          .orElse("site.yaml");
    } catch (java.io.IOException e) {
      return "site.yaml";
    }
  }

  /**
   * The day each content file of a version was last changed in git (its path in the content
   * folder to {@code yyyy-MM-dd}), when its site.yaml asks for {@code last_updated}; from the
   * history of {@code commit}, or of HEAD for the working tree (null). Kept by commit in serve.
   */
  static Map<String, String> days(Run run, handbook.versions.GitOpening opening, LoadPhase.Model m, String commit) {
    SiteConfig config = m.config();
    if (!config.lastUpdated()) {
      return Map.of();
    }
    try {
      GitVersions git = opening.get();
      String folder = git == null ? null : git.inside(run.options.content());
      if (folder == null) {
        if (commit == null) {
          String key = lastUpdatedKey(settingsFile(m));
          run.diagnostics.add(Diagnostic.warning("git.history", settingsSpan(m), key + " is set, but the content is not in a git repository: pages show only the days their front matter gives")
              .withHint("commit the content to git, or remove " + key));
        }
        return Map.of();
      }
      if (git.shallow() && commit == null) {
        run.diagnostics.add(Diagnostic.warning("git.history", settingsSpan(m), "this is a shallow clone: files not changed in its history show the date of its oldest commit")
            .withHint("fetch the whole history, e.g. `fetch-depth: 0` in GitHub Actions or `GIT_DEPTH: 0` in GitLab CI"));
      }
      String from = commit != null ? commit : git.head()[0];
      if (from.isEmpty()) {
        return Map.of();
      }
      String key = from + "\n" + folder;
      Map<String, String> days = run.warm == null ? null : run.warm.days.get(key);
      if (days == null) {
        days = Map.copyOf(git.lastChanged(from, folder));
        if (run.warm != null) {
          run.warm.days.put(key, days);
        }
      }
      // (by the paths the pages are read at: an MkDocs project's docs_dir as docs/, VitePress' pages where its rewrites put them)
      handbook.source.SourceTree content = m.input().content();
      return content instanceof handbook.source.MovedFolder moved ? Map.copyOf(moved.shown(days))
          : content instanceof handbook.source.RewrittenTree rewritten ? Map.copyOf(rewritten.shown(days)) : days;
    } catch (IOException | RuntimeException e) {
      run.diagnostics.add(Diagnostic.warning("git.history", settingsSpan(m), "the git history cannot be read (" + e.getMessage() + "): pages show only the days their front matter gives"));
      return Map.of();
    }
  }
}
