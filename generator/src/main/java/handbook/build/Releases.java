package handbook.build;

import handbook.config.SiteConfig;
import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.render.Templates;
import handbook.source.DiskTree;
import handbook.versions.GitOpening;
import handbook.versions.GitVersions;
import handbook.versions.Release;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The released versions of a run, prepared (loaded and linked) before the working tree's are
 * written: the repository's tags a site.yaml's {@code versions} matches, or the versions a
 * Docusaurus project keeps in {@code versioned_docs/}.
 */
final class Releases {
  /** Loads and links one version, with the templates and assets made already ({@code made}, or null). */
  interface Preparer {
    Ready prepare(VersionInput in, Diagnostics diags, Build.ThemeParts made);
  }

  private final Run run;
  private final Progress progress;
  private final Preparer prepare;

  Releases(Run run, Progress progress, Preparer prepare) {
    this.run = run;
    this.progress = progress;
    this.prepare = prepare;
  }

  /**
   * Prepares a Docusaurus project's released versions (oldest first), each the project with its
   * versioned docs and sidebars ({@link handbook.versions.DocusaurusVersion}) in its folder, with the working
   * tree's templates. Their messages name the versioned files; those of the files every version
   * shares (the config, {@code static/}) are told once, by the working tree.
   */
  List<Ready> docusaurus(SiteConfig.Versions spec, Ready current, String[] head, GitOpening opening) {
    List<String> labels = spec.labels();
    VersionInput work = current.input();
    List<Ready> out = new ArrayList<>();
    Set<handbook.diag.Diagnostic> told = new HashSet<>(run.diagnostics.sorted());
    for (String label : labels) {
      progress.update("version " + label, 0, 0);
      handbook.versions.DocusaurusVersion tree = new handbook.versions.DocusaurusVersion(work.content(), label);
      VersionInput in = new VersionInput(spec.folder(label), tree, work.templates(), work.contentName(), work.templatesName(), "", "", "");
      Diagnostics own = new Diagnostics();
      try {
        Ready ready = prepare.prepare(in, own, current.theme());
        // the days of the working tree's history, by where each file of the version is
        Map<String, String> days = new java.util.HashMap<>();
        for (String f : current.days().isEmpty() ? List.<String>of() : tree.files()) {
          String day = current.days().get(tree.origin(f));
          if (day != null) {
            days.put(f, day);
          }
        }
        out.add(ready.withDays(Map.copyOf(days)));
      } catch (ContentException e) {
        own.addAll(e.diagnostics());
      } catch (IOException e) {
        own.add(Diagnostic.error("source.read", Span.file(work.contentName() + "/" + tree.docsFolder()), "cannot read the folder: " + e.getMessage()));
      }
      own.sorted().stream().filter(told::add).forEach(run.diagnostics::add);
    }
    try {
      GitVersions git = opening.get();
      if (git != null) {
        head[0] = git.head()[0];
        head[1] = git.head()[1];
      }
    } catch (IOException e) {
      // without git, the versions are listed without the working tree's commit
    }
    return out;
  }

  /** Prepares every release whose tag matches; broken ones fail the build or are skipped. */
  List<Ready> tags(SiteConfig.Versions spec, String[] head, GitOpening opening) {
    BuildOptions opts = run.options;
    Diagnostics diags = run.diagnostics;
    List<Ready> out = new ArrayList<>();
    try {
      GitVersions git = opening.get();
      if (git == null) {
        return out;
      }
      String contentFolder = git.inside(opts.content());
      if (contentFolder == null) {
        return out;
      }
      String templatesFolder = git.inside(opts.templates());
      if (git.shallow()) {
        diags.add(
            Diagnostic.warning("versions.shallow", Span.file(Build.contentName(opts.content())), "this is a shallow clone: older tags and commit dates are missing, so released versions may be left out")
                .withHint("fetch the whole history and the tags, e.g. `fetch-depth: 0` in GitHub Actions or `GIT_DEPTH: 0` in GitLab CI"));
      }
      head[0] = git.head()[0];
      head[1] = git.head()[1];
      Map<String, handbook.versions.GitTree.Listing> listings = new java.util.HashMap<>();
      List<Release> listed = git.releases(spec.tags(), contentFolder, templatesFolder, run.warm != null ? run.warm.listings : Map.of(), listings);
      run.releasesRead = true;
      if (run.warm != null) {
        run.warm.listings = listings;
      }
      for (Release r : listed) {
        progress.update("version " + r.label(), 0, 0);
        Diagnostics own = new Diagnostics();
        VersionInput in =
            new VersionInput(
                r.label(),
                r.content(),
                handbook.theme.Theme.over(r.templates() != null ? r.templates() : new DiskTree(opts.templates())),
                contentFolder,
                templatesFolder == null ? Build.displayPath(opts.templates()) : templatesFolder,
                r.label() + ":",
                r.commit(),
                r.date());
        Ready ready = null;
        // serve: a release as the last run prepared it, while its templates are the same
        String key = String.join("\n", r.label(), r.commit(), contentFolder, String.valueOf(templatesFolder));
        WarmState.Release kept = run.warm == null ? null : run.warm.releases.get(key);
        try {
          Build.ThemeParts theme = kept == null ? null : Build.theme(in, null, run);
          if (kept != null && theme == kept.theme()) {
            own.addAll(kept.diagnostics());
            ready = new Ready(in, kept.linked(), theme);
          } else {
            ready = prepare.prepare(in, own, theme);
            if (run.warm != null && !own.hasErrors()) {
              run.warm.releases.put(key, new WarmState.Release(ready.theme(), ready.linked(), own.sorted()));
            }
          }
        } catch (ContentException e) {
          own.addAll(e.diagnostics());
        } catch (Templates.TemplateProblem e) {
          own.add(e.diagnostic());
        }
        if (own.hasErrors() || ready == null) {
          if (spec.skipBroken()) {
            diags.add(
                Diagnostic.warning("versions.skipped", Span.file(r.label() + ":" + contentFolder), "version `" + r.label() + "` does not build (" + own.errorCount() + " errors) and is left out")
                    .withHint("`versions.on_error: skip` is set in site.yaml; remove it to see the errors"));
          } else {
            own.sorted().forEach(d -> diags.add(d.prefixed(r.label() + ":")));
          }
          continue;
        }
        out.add(ready.withDays(LastChanged.days(run, opening, ready.linked().model(), r.commit())));
        own.sorted().forEach(d -> diags.add(d.prefixed(r.label() + ":")));
      }
    } catch (IOException e) {
      diags.add(Diagnostic.error("versions.git", Span.file(Build.contentName(opts.content())), "cannot read the git repository: " + e.getMessage()));
    }
    return out;
  }
}
