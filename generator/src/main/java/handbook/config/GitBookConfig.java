package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.Collection;
import java.util.List;

/**
 * A GitBook project, as GitBook's Git Sync writes it: a {@code README.md} (its first page) and a
 * {@code SUMMARY.md} (its table of contents) at the root of its pages, and perhaps a
 * {@code .gitbook.yaml} that names another folder for them ({@code root: ./docs/}) or other names
 * for those two files ({@code structure}). Its pages are published at their paths (a folder's
 * {@code README.md} at the folder), its images in {@code .gitbook/assets/}.
 *
 * @param summary the table of contents' path in the pages' folder ({@code SUMMARY.md})
 * @param readme the first page's ({@code README.md})
 * @param redirects its {@code redirects} ({@link #redirects})
 */
public record GitBookConfig(String summary, String readme, List<MkDocsConfig.Redirect> redirects) {
  public static final String CODE = "config.gitbook";

  /** GitBook's config, at the root of the project. */
  public static final String FILE = ".gitbook.yaml";

  /** GitBook's own names of the table of contents and the first page. */
  public static final GitBookConfig DEFAULT = new GitBookConfig("SUMMARY.md", "README.md", List.of());

  /**
   * The folder of a project's pages as its config's {@code root} names it ({@code docs/} for
   * {@code ./docs/}), empty for the project's own; null where the text names none it can be.
   */
  public static String root(String configText) {
    YamlNode.Mapping map = mapping(configText);
    if (map == null || !(map.get("root") instanceof YamlNode.Scalar root) || root.value() == null || root.value().isBlank()) {
      return "";
    }
    String v = root.value().strip().replace('\\', '/').replaceFirst("^(\\./)+", "").replaceFirst("^\\.?/*$", "");
    if (v.isEmpty()) {
      return "";
    }
    String folder = handbook.content.Urls.normalize(v.endsWith("/") ? v : v + "/");
    return folder == null || folder.startsWith("/") || folder.isEmpty() ? null : folder;
  }

  /** Whether a project without a config is GitBook's: a {@code README.md} and a {@code SUMMARY.md} at its root, and no {@code site.yaml}. */
  public static boolean atRoot(java.util.function.Function<String, String> text) {
    // (the files most folders lack asked first)
    return text.apply(FILE) != null || text.apply(DEFAULT.summary()) != null && text.apply(DEFAULT.readme()) != null && text.apply("site.yaml") == null;
  }

  /**
   * GitBook's config or table of contents among the files of the content as the build shows it
   * (its pages in {@code docs/}), or null: its {@code .gitbook.yaml} (at the root, or in
   * {@code docs/} where the whole project is shown there), else, where the whole project is shown in
   * {@code docs/} ({@code movedFrom} empty), its {@code docs/SUMMARY.md} beside a {@code docs/README.md}.
   */
  public static String file(Collection<String> files, String movedFrom) {
    if (files.contains(FILE)) {
      return FILE;
    }
    String docs = Project.DOCS;
    if ("".equals(movedFrom) && files.contains(docs + FILE)) {
      return docs + FILE;
    }
    return "".equals(movedFrom) && !files.contains("site.yaml") && files.contains(docs + DEFAULT.summary()) && files.contains(docs + DEFAULT.readme()) ? docs + DEFAULT.summary() : null;
  }

  /** The config's {@code structure}; what it cannot take is named. Null text: GitBook's defaults. */
  public static GitBookConfig read(String text, String file, Diagnostics diags) {
    YamlNode.Mapping map = text == null ? null : mapping(text);
    if (map == null) {
      return DEFAULT;
    }
    for (var e : map.entries().entrySet()) {
      if (!List.of("root", "structure", "redirects").contains(e.getKey())) {
        diags.add(Diagnostic.warning(CODE, e.getValue().value().span(file), "`" + e.getKey() + "` of `.gitbook.yaml` is not read here").withHint("the site is built without it"));
      }
    }
    String summary = DEFAULT.summary();
    String readme = DEFAULT.readme();
    if (map.get("structure") instanceof YamlNode.Mapping structure) {
      summary = name(structure.get("summary"), summary);
      readme = name(structure.get("readme"), readme);
      if (!readme.equals(DEFAULT.readme())) {
        diags.add(
            Diagnostic.warning(CODE, structure.get("readme").span(file), "`structure.readme` is not followed: the first page is `README.md`, each folder's page its `README.md`")
                .withHint("rename `" + readme + "` to `README.md`"));
        readme = DEFAULT.readme();
      }
    }
    return new GitBookConfig(summary, readme, redirects(map, file, diags));
  }

  /**
   * The config's {@code redirects}: from an old path of the site ({@code help}, as
   * {@code docs/help.md} would be published) to a page's file from the pages' folder
   * ({@code ./support.md}) or an address elsewhere; an entry that names neither is named.
   */
  private static List<MkDocsConfig.Redirect> redirects(YamlNode.Mapping map, String file, Diagnostics diags) {
    List<MkDocsConfig.Redirect> out = new java.util.ArrayList<>();
    if (!(map.get("redirects") instanceof YamlNode.Mapping redirects)) {
      return out;
    }
    String docs = Project.DOCS;
    for (YamlNode.Mapping.Entry e : redirects.entries().values()) {
      String from = e.key().strip().replaceAll("^/+|/+$", "");
      String to = e.value() instanceof YamlNode.Scalar s && s.value() != null ? s.value().strip() : "";
      boolean elsewhere = to.matches("(?i)https?://\\S+");
      String toPath = to.replaceFirst("#.*$", "").replaceFirst("^(\\./)+", "").replaceFirst("^/+", "");
      String fromPage = from.isEmpty() ? null : handbook.content.Urls.normalize(docs + (from.endsWith(".md") ? from : from + ".md"));
      String toPage = elsewhere ? to : handbook.content.Urls.normalize(docs + toPath);
      if (fromPage == null || !fromPage.startsWith(docs) || toPage == null || !elsewhere && (!toPage.startsWith(docs) || !handbook.content.Urls.isMarkdown(toPage))) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "the redirect `" + e.key().strip() + "` is not made: `redirects` maps an old path of the site (`help`) to a page's file (`./support.md`) or an address"));
        continue;
      }
      out.add(new MkDocsConfig.Redirect(fromPage, elsewhere ? to : toPage + to.substring(to.indexOf('#') < 0 ? to.length() : to.indexOf('#')), e.keySpan(file)));
    }
    return List.copyOf(out);
  }

  private static String name(YamlNode n, String otherwise) {
    String v = n instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank() ? handbook.content.Urls.normalize(s.value().strip().replaceFirst("^(\\./)+", "")) : null;
    return v == null || v.endsWith("/") ? otherwise : v;
  }

  private static YamlNode.Mapping mapping(String text) {
    YamlParser.Result r = new YamlParser().parse(text, FILE, 1);
    return r.root() instanceof YamlNode.Mapping m ? m : null;
  }
}
