package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.yaml.TomlReader;
import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an mdBook project's {@code book.toml} says of the site: its book's {@code title},
 * {@code description}, {@code language} and {@code src} (the folder of its pages and of its
 * {@code SUMMARY.md}, shown as {@code docs/}), and of its HTML output the repository's address,
 * the template of its edit links, whether quotes are made curly, and its redirects. Its pages are
 * published at their paths ({@code src/guide/setup.md} at {@code guide/setup/}, a folder's
 * {@code README.md} or {@code index.md} at the folder), each page's {@code .html} address (mdBook's)
 * sending readers there; the menu is its {@code SUMMARY.md}, read by the docs kind.
 *
 * @param title {@code book.title}, or null
 * @param description {@code book.description}, or null
 * @param language {@code book.language} ({@code en} by default)
 * @param src the folder of the pages, from the project's root ({@code src/})
 * @param editUrl {@code output.html.edit-url-template} before its {@code {path}} (mdBook puts the
 *     page's path from the project's root there, {@code src/intro.md}), or null
 * @param repository {@code output.html.git-repository-url}, a link in the header, or null
 * @param smartPunctuation {@code output.html.smart-punctuation} (or the older {@code curly-quotes})
 * @param redirects {@code output.html.redirect}: from an old address to a page ({@link #redirects})
 * @param theme the folder of mdBook's theme ({@code output.html.theme}, {@code theme/} by default), not used here
 * @param sectionLabels whether the menu shows its numbered chapters' numbers ({@code 1.2.}): unless {@code output.html.no-section-label}
 */
public record MdBookConfig(
    String title, String description, String language, String src, String editUrl, SiteLink repository, boolean smartPunctuation, List<DocusaurusConfig.Redirect> redirects, String theme, boolean sectionLabels) {
  public static final String CODE = "config.mdbook";

  /** mdBook's config, at the root of the project. */
  public static final String FILE = "book.toml";

  /** mdBook's table of contents, in the pages' folder. */
  public static final String SUMMARY = "SUMMARY.md";

  /** The keys of {@code [book]} read here, or that change nothing here. */
  private static final Set<String> BOOK = Set.of("title", "description", "language", "src", "authors", "multilingual", "text-direction");

  /** The keys of {@code [output.html]} read here, or that change only mdBook's own client, its print page, fonts and search. */
  private static final Set<String> HTML =
      Set.of(
          "git-repository-url", "git-repository-icon", "edit-url-template", "smart-punctuation", "curly-quotes", "redirect", "default-theme", "preferred-dark-theme", "copy-fonts", "print", "fold",
          "search", "playground", "code", "no-section-label", "cname", "input-404", "site-url", "live-reload-endpoint", "hash-files", "sidebar-header-nav", "mathjax-support", "math",
          "additional-css", "additional-js", "theme");

  /** The preprocessors mdBook runs by default, whose work is done here: its links' (includes) and its index's (README as the folder's page). */
  private static final Set<String> OWN_PREPROCESSORS = Set.of("links", "index");

  /** Whether the project's root holds mdBook's config, a {@code book.toml} ({@code text} gives a file's text, or null when there is none). */
  public static boolean atRoot(java.util.function.Function<String, String> text) {
    return text.apply(FILE) != null;
  }

  /**
   * mdBook's config among the files of the content as the build shows them (its pages in
   * {@code docs/}), or null: its {@code book.toml} at the root, or in {@code docs/} where the whole
   * project is shown there ({@code movedFrom} empty: its {@code src} the root).
   */
  public static String file(java.util.Collection<String> files, String movedFrom) {
    if (files.contains(FILE)) {
      return FILE;
    }
    return "".equals(movedFrom) && files.contains(Project.DOCS + FILE) ? Project.DOCS + FILE : null;
  }

  /** The folder of the pages its text names ({@code src/} by default), or null where it names none it can be. */
  public static String src(String text) {
    return src(mapping(text, FILE, new Diagnostics()));
  }

  private static String src(YamlNode.Mapping map) {
    String v = map != null && map.get("book") instanceof YamlNode.Mapping book && book.get("src") instanceof YamlNode.Scalar s && s.value() != null ? s.value().strip() : "src";
    v = v.replace('\\', '/').replaceFirst("^(\\./)+", "");
    if (v.isEmpty() || v.equals(".")) {
      return "";
    }
    String folder = handbook.content.Urls.normalize(v.endsWith("/") ? v : v + "/");
    return folder == null || folder.startsWith("/") ? null : folder;
  }

  /** The config of its text; what it cannot take is named. */
  public static MdBookConfig read(String text, String file, Diagnostics diags) {
    YamlNode.Mapping map = mapping(text, file, diags);
    if (map == null) {
      return new MdBookConfig(null, null, "en", "src/", null, null, false, List.of(), "theme/", true);
    }
    for (YamlNode.Mapping.Entry e : map.entries().values()) {
      if (!List.of("book", "build", "output", "preprocessor", "rust").contains(e.key())) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "`" + e.key() + "` of `book.toml` is not read here").withHint("the site is built without it"));
      }
    }
    YamlNode.Mapping book = map.get("book") instanceof YamlNode.Mapping m ? m : null;
    unread(book, BOOK, "book", file, diags);
    YamlNode.Mapping output = map.get("output") instanceof YamlNode.Mapping m ? m : null;
    YamlNode.Mapping html = output != null && output.get("html") instanceof YamlNode.Mapping m ? m : null;
    if (output != null) {
      for (YamlNode.Mapping.Entry e : output.entries().values()) {
        if (!e.key().equals("html")) {
          diags.add(Diagnostic.warning(CODE, e.keySpan(file), "mdBook's `" + e.key() + "` output is not made here: the site is its HTML"));
        }
      }
    }
    unread(html, HTML, "output.html", file, diags);
    if (map.get("preprocessor") instanceof YamlNode.Mapping preprocessors) {
      for (YamlNode.Mapping.Entry e : preprocessors.entries().values()) {
        if (!OWN_PREPROCESSORS.contains(e.key())) {
          diags.add(
              Diagnostic.warning(CODE, e.keySpan(file), "the preprocessor `" + e.key() + "` is not run here: the pages are built as written, without what it would change")
                  .withHint("its markers are shown as written, each named where it is"));
        }
      }
    }
    String editUrl = null;
    SiteLink repository = null;
    boolean smart = false;
    List<DocusaurusConfig.Redirect> redirects = List.of();
    String theme = "theme/";
    if (html != null) {
      for (String k : List.of("additional-css", "additional-js")) {
        if (html.get(k) != null) {
          diags.add(Diagnostic.warning(CODE, html.entries().get(k).keySpan(file), "`output.html." + k + "` is not used here: the site has its own theme, which runs under a strict content security policy")
              .withHint("give the site's colour and logo in a `site.yaml` instead"));
        }
      }
      for (String k : List.of("mathjax-support", "math")) {
        if (truth(html.get(k))) {
          diags.add(Diagnostic.warning(CODE, html.entries().get(k).keySpan(file), "`" + k + "` is not followed: MathJax is not loaded, so formulas are shown as written"));
        }
      }
      if (html.get("code") instanceof YamlNode.Mapping code && code.get("hidelines") instanceof YamlNode.Mapping hidelines && !hidelines.entries().isEmpty()) {
        YamlNode.Mapping.Entry first = hidelines.entries().values().iterator().next();
        diags.add(Diagnostic.warning(CODE, first.keySpan(file), "`output.html.code.hidelines` is not followed: the lines it would hide in `" + first.key() + "` code blocks are shown")
            .withHint("write `hidelines=" + (first.value() instanceof YamlNode.Scalar v && v.value() != null ? v.value() : "~") + "` in the info of each block (```" + first.key() + ",hidelines=...): those lines are left out"));
      }
      String template = string(html.get("edit-url-template"));
      if (template != null && template.endsWith("{path}") && template.indexOf("{path}") == template.length() - "{path}".length() && handbook.content.Urls.remote(template)) {
        editUrl = template.substring(0, template.length() - "{path}".length());
      } else if (template != null) {
        diags.add(Diagnostic.warning(CODE, html.get("edit-url-template").span(file), "`edit-url-template` is not followed: the edit link is made of an address ending in `{path}`")
            .withHint("`https://github.com/org/book/edit/main/{path}`"));
      }
      String repo = string(html.get("git-repository-url"));
      if (repo != null && handbook.content.Urls.remote(repo)) {
        repository = new SiteLink(repo.contains("github.com") ? "GitHub" : repo.contains("gitlab") ? "GitLab" : "Git", repo, html.get("git-repository-url").span(file), false);
      }
      smart = truth(html.get("smart-punctuation")) || truth(html.get("curly-quotes"));
      redirects = redirects(html.get("redirect"), file, diags);
      String named = string(html.get("theme"));
      String folder = named == null ? null : handbook.content.Urls.normalize(named.replace('\\', '/').replaceFirst("^(\\./)+", "").replaceFirst("/*$", "/"));
      if (folder != null && !folder.startsWith("/") && !folder.equals("/")) {
        theme = folder;
      }
    }
    String language = book == null ? null : string(book.get("language"));
    String src = src(map);
    return new MdBookConfig(
        book == null ? null : string(book.get("title")), book == null ? null : string(book.get("description")), language == null ? "en" : language, src == null ? "src/" : src, editUrl, repository, smart,
        redirects, theme, html == null || !truth(html.get("no-section-label")));
  }

  /**
   * {@code output.html.redirect}: from an old address of the site ({@code /guide/old.html}) to an
   * address from its folder ({@code ../guide/new.html}, a page's address as mdBook writes it: a
   * site path here, {@code /guide/new.html}) or elsewhere; an entry that names neither is named.
   */
  private static List<DocusaurusConfig.Redirect> redirects(YamlNode node, String file, Diagnostics diags) {
    List<DocusaurusConfig.Redirect> out = new ArrayList<>();
    if (!(node instanceof YamlNode.Mapping map)) {
      return out;
    }
    for (YamlNode.Mapping.Entry e : map.entries().values()) {
      String from = e.key().strip();
      String to = string(e.value());
      if (to == null || !from.startsWith("/")) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "the redirect `" + from + "` is not made: `output.html.redirect` maps an old address (`/old.html`) to a page's (`new.html`) or an address"));
        continue;
      }
      if (handbook.content.Urls.remote(to)) {
        out.add(new DocusaurusConfig.Redirect(from, to, e.keySpan(file)));
        continue;
      }
      int hash = to.indexOf('#');
      String anchor = hash < 0 ? "" : to.substring(hash);
      String path = hash < 0 ? to : to.substring(0, hash);
      String joined = path.startsWith("/") ? path : from.substring(0, from.lastIndexOf('/') + 1) + path;
      String normal = handbook.content.Urls.normalize(joined.replaceFirst("^/+", ""));
      if (normal == null) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "the redirect `" + from + "` is not made: `" + to + "` leaves the site"));
        continue;
      }
      out.add(new DocusaurusConfig.Redirect(from, "/" + normal + anchor, e.keySpan(file)));
    }
    return List.copyOf(out);
  }

  private static void unread(YamlNode.Mapping table, Set<String> read, String name, String file, Diagnostics diags) {
    if (table == null) {
      return;
    }
    for (YamlNode.Mapping.Entry e : table.entries().values()) {
      if (!read.contains(e.key())) {
        diags.add(Diagnostic.warning(CODE, e.keySpan(file), "`" + name + "." + e.key() + "` of `book.toml` is not read here").withHint("the site is built without it"));
      }
    }
  }

  private static boolean truth(YamlNode n) {
    return n instanceof YamlNode.Scalar s && "true".equals(s.value());
  }

  private static String string(YamlNode n) {
    return n instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank() ? s.value().strip() : null;
  }

  private static YamlNode.Mapping mapping(String text, String file, Diagnostics diags) {
    handbook.yaml.YamlParser.Result r = new TomlReader().parse(text, file, 1);
    diags.addAll(r.errors());
    return r.root() instanceof YamlNode.Mapping m ? m : null;
  }
}
