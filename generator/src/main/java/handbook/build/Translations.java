package handbook.build;

import handbook.diag.ContentException;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages of a site built in several (a Docusaurus project's locales, a Hugo project's languages): the
 * working tree prepared again in each language but the default one, and the menu that leads
 * from a page to itself in the others.
 */
final class Translations {
  private Translations() {}

  /**
   * The working tree in each of its other languages, built with its templates: a Docusaurus
   * project's {@code i18n} locales, each one's pages read from their translations where there are
   * some; a Hugo project's {@code languages}, each one's pages those its config and their file
   * names say are its. None for a site of one language.
   */
  static List<Ready> of(VersionInput work, Ready main, Run run, Releases.Preparer prepare) {
    List<handbook.config.SiteLocale> locales = main.linked().model().locales();
    if (run.warm != null) {
      // (serve: what was kept of a language no longer built is let go)
      run.warm.keepLanguages(locales.stream().filter(l -> !l.isDefault()).map(handbook.config.SiteLocale::code).collect(java.util.stream.Collectors.toSet()));
    }
    if (locales.isEmpty()) {
      return List.of();
    }
    String config = handbook.config.DocusaurusConfig.FILES.stream().map(name -> Build.text(work.content(), name)).filter(java.util.Objects::nonNull).findFirst().orElse("");
    String docs = handbook.config.DocusaurusConfig.docsFolder(config);
    boolean hugo = main.linked().model().config().mount().hugo();
    List<Ready> out = new ArrayList<>();
    for (handbook.config.SiteLocale l : locales) {
      if (l.isDefault()) {
        continue;
      }
      // the default language's pages and files in another's folder: that language's site is written over them
      List<String> hidden = new ArrayList<>();
      main.linked().pages().stream().filter(p -> p.info().url().startsWith(l.folder()) && p.info().source() != null).forEach(p -> hidden.add(main.input().content().origin(p.info().source())));
      main.linked().model().assets().stream().filter(a -> main.linked().model().config().mount().url(a).startsWith(l.folder())).forEach(a -> hidden.add(main.input().content().origin(a)));
      if (!hidden.isEmpty()) {
        java.util.Collections.sort(hidden);
        run.diagnostics.add(
            Diagnostic.warning(code(main), Span.file(main.input().contentName() + "/" + hidden.get(0)), "this is published in `" + l.folder() + "`, the folder of the `" + l.code() + "` pages: they take its place"
                    + (hidden.size() > 1 ? " (and " + (hidden.size() - 1) + " more)" : ""))
                .withHint("give the file another path, or the language another folder"));
      }
      Diagnostics own = new Diagnostics();
      try {
        // a Hugo project's languages are read from the same files (its config says which are whose)
        // (an MkDocs project's by their names' suffixes, as its tree is shown in the language)
        handbook.source.SourceTree tree = config.isEmpty() ? work.content() : docusaurus(work, l, config, docs);
        out.add(prepare.prepare(work.inLocale(l, tree), own, main.theme()));
      } catch (ContentException e) {
        own.addAll(e.diagnostics());
      } finally {
        reported(own, l, main.input().contentName(), run.diagnostics);
      }
    }
    return out;
  }

  /** What names the messages of a tool's languages: its config's code. */
  private static String code(Ready main) {
    handbook.content.Mount mount = main.linked().model().config().mount();
    return mount.hugo() ? "config.hugo" : mount.starlight() ? handbook.config.StarlightConfig.CODE : mount.vuePress() ? "config.vuepress" : mount.vitePress() ? "config.vitepress" : mount.tool() == handbook.content.Mount.Tool.DOCUSAURUS ? "config.docusaurus" : "config.mkdocs";
  }

  /**
   * A Docusaurus project in one of its languages: its pages read from their translations where
   * there are some, as Docusaurus keeps them (each plugin's in a folder of its own).
   */
  private static handbook.source.TranslatedTree docusaurus(VersionInput work, handbook.config.SiteLocale l, String config, String docs) {
    Map<String, String> folders = new java.util.LinkedHashMap<>();
    List<String> pages = handbook.config.DocusaurusTranslations.PAGES;
    folders.put(docs == null ? handbook.config.DocusaurusConfig.DOCS : docs, l.source() + pages.get(0));
    folders.put(handbook.config.DocusaurusConfig.blogFolder(config), l.source() + pages.get(1));
    folders.put("src/pages/", l.source() + pages.get(2));
    // (and the docs of its other docs plugins, each in the folder of its id)
    handbook.config.DocusaurusConfig.moreDocsFolders(config).forEach((id, folder) -> folders.putIfAbsent(folder, l.source() + handbook.config.DocusaurusTranslations.otherDocs(id)));
    return new handbook.source.TranslatedTree(
        work.content(), folders, l.source().substring(0, l.source().lastIndexOf('/', l.source().length() - 2) + 1), l.code(), Set.of(l.source() + handbook.config.DocusaurusTranslations.BLOG));
  }

  /**
   * A language's messages: one the default language has too is told once; one of a file of the
   * project's (no translation) is the language's own ({@code fr:content/docs/x.md}: a link to a
   * translated page's anchor), and so named.
   */
  private static void reported(Diagnostics own, handbook.config.SiteLocale l, String contentName, Diagnostics diags) {
    java.util.Set<Diagnostic> told = new HashSet<>(diags.sorted());
    for (Diagnostic d : own.sorted()) {
      if (told.contains(d)) {
        continue;
      }
      diags.add(!l.source().isEmpty() && d.span().file().startsWith(contentName + "/" + l.source()) ? d : d.prefixed(l.code() + ":"));
    }
  }

  /** The language menu of a site built in several languages (the default's first), or null. */
  static LanguageMenu menu(List<Ready> ready) {
    if (ready.size() < 2) {
      return null;
    }
    List<LanguageMenu.Language> out = new ArrayList<>();
    for (int i = 0; i < ready.size(); i++) {
      Ready r = ready.get(i);
      handbook.content.Mount mount = r.linked().model().config().mount();
      Map<String, String> byKey = new java.util.HashMap<>();
      Map<String, String> keys = new java.util.HashMap<>();
      for (handbook.content.Page p : r.linked().pages()) {
        String key = key(p.info(), mount);
        byKey.putIfAbsent(key, p.info().url());
        keys.put(p.info().url(), key);
      }
      out.add(new LanguageMenu.Language(i == 0 ? r.linked().model().locales().get(0) : r.input().locale(), byKey, keys));
    }
    return new LanguageMenu(out);
  }

  /**
   * Which page of another language is this one: a Hugo page's {@code translationKey}, else its
   * file's path in its folder of pages without its language ({@code docs/about.md} for
   * {@code content/fr/docs/about.fr.md}); any other page's address.
   */
  private static String key(handbook.content.PageInfo info, handbook.content.Mount mount) {
    if (!mount.hugo() || info.source() == null) {
      return info.url();
    }
    if (info.extra().get("translationKey") instanceof String own && !own.isBlank()) {
      return "key " + own.strip();
    }
    String path = mount.unsuffixed(info.source());
    return "file " + (path.startsWith(mount.docs()) ? path.substring(mount.docs().length()) : path);
  }
}
