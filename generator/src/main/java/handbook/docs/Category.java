package handbook.docs;

import handbook.content.PageInfo;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.Set;

/**
 * A folder's {@code _category_.json} or {@code _category_.yml} (Docusaurus): its {@code label}
 * names the folder in the menu, its {@code position} places it among its siblings and
 * {@code link.description} describes its generated page. A folder page's own front matter wins
 * ({@code linkTitle}, {@code weight}). The keys of Docusaurus' sidebar alone ({@code collapsed},
 * {@code className}, ...) change nothing here; others are named. A folder's {@code .pages}
 * (MkDocs' awesome-pages plugin) gives its {@code title} the same way, and its {@code nav} the
 * order of the folder's pages and folders ({@code ...} standing for the others, in their own
 * order; a {@code Title: page.md} entry names that page in the menu; without {@code ...} the
 * others are out of the menu); its other keys are named. MkDocs' {@code nav} and Docusaurus'
 * sidebars are read into the same ({@link MkDocsNav}). Where a nav names an entry, its order wins
 * over the page's {@code weight}, as in those tools.
 *
 * @param label the folder's name in the menu, or null
 * @param position its place among its siblings, or null
 * @param description the description of its generated page, or empty
 * @param nav the order of the folder's entries (file and folder names, {@code ...}), or null
 * @param titles menu titles of entries, by entry
 * @param doc the id of the doc that is the folder's page ({@code link: {type: doc, id}}), or null
 * @param docAt where the file names that doc, or null
 */
record Category(String label, Integer position, String description, java.util.List<String> nav, java.util.Map<String, String> titles, String doc, Span docAt) {
  Category(String label, Integer position, String description) {
    this(label, position, description, null, java.util.Map.of(), null, null);
  }

  Category(String label, Integer position, String description, java.util.List<String> nav, java.util.Map<String, String> titles) {
    this(label, position, description, nav, titles, null, null);
  }

  private static final Set<String> NAMES = Set.of("_category_.json", "_category_.yml", "_category_.yaml", ".pages");
  /** Docusaurus' keys of the sidebar's look and behaviour: nothing to do here. */
  private static final Set<String> SIDEBAR_ONLY = Set.of("collapsed", "collapsible", "className", "customProps", "key");

  /** Whether a content path is a category file of a folder under {@code docs/}. */
  static boolean is(String path) {
    return path.startsWith(DocsKind.ROOT) && NAMES.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  /** Reads a category file; null (with an error) when it cannot be read. */
  static Category read(SourceFile f, Diagnostics diags) {
    String file = f.displayPath();
    YamlParser parser = new YamlParser();
    YamlParser.Result r = f.path().endsWith(".json") ? parser.parseJson(f.text(), file) : parser.parse(f.text(), file, 1);
    r.errors().forEach(diags::add);
    if (!r.ok()) {
      return null;
    }
    if (r.root() == null) {
      return new Category(null, null, "");
    }
    if (!(r.root() instanceof YamlNode.Mapping map)) {
      diags.add(Diagnostic.error("docs.category", Span.at(file, r.root().line(), r.root().column()), "a `_category_` or `.pages` file is a map of keys, found " + r.root().describe()));
      return null;
    }
    return f.path().endsWith("/.pages") ? pages(map, file, diags) : category(map, file, diags);
  }

  /** A {@code .pages} file of awesome-pages: its title and nav. */
  private static Category pages(YamlNode.Mapping map, String file, Diagnostics diags) {
    String label = null;
    java.util.List<String> nav = null;
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    for (YamlNode.Mapping.Entry e : map.entries().values()) {
      YamlNode v = e.value();
      if (e.key().equals("title") && v instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING && !s.value().isBlank()) {
        label = s.value().strip();
      } else if (e.key().equals("nav") && v instanceof YamlNode.Seq seq) {
        nav = new java.util.ArrayList<>();
        for (YamlNode item : seq.items()) {
          String entry = null;
          if (item instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING) {
            entry = s.value().strip();
          } else if (item instanceof YamlNode.Mapping m && m.entries().size() == 1) {
            YamlNode.Mapping.Entry only = m.entries().values().iterator().next();
            if (only.value() instanceof YamlNode.Scalar t && t.type() == YamlNode.Scalar.Type.STRING) {
              entry = t.value().strip();
              titles.put(entry.replaceAll("/+$", ""), only.key());
            }
          }
          if (entry != null && entry.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
            diags.add(Diagnostic.warning("docs.category", Span.at(file, item.line(), item.column()), "`" + entry + "` in the nav of a `.pages` file is a link elsewhere: the menu lists the site's pages alone"));
          } else if (entry == null || entry.startsWith("...") && !entry.equals("...") || entry.contains("*")) {
            diags.add(
                Diagnostic.warning("docs.category", Span.at(file, item.line(), item.column()), "an entry of the nav of a `.pages` file not read here: the pages it names are ordered with the others")
                    .withHint("the entries read are page files, folders, `...` and `Title: page.md`"));
          } else {
            nav.add(entry.replaceAll("/+$", ""));
          }
        }
      } else {
        diags.add(
            Diagnostic.warning("docs.category", Span.at(file, e.keyLine(), e.keyColumn()), "`" + e.key() + "` of a `.pages` file (awesome-pages) is not read here")
                .withHint("the keys read are title and nav"));
      }
    }
    return new Category(label, null, "", nav, java.util.Map.copyOf(titles));
  }

  /** A {@code _category_} file of Docusaurus: its label, position and link's description. */
  private static Category category(YamlNode.Mapping map, String file, Diagnostics diags) {
    String label = null;
    Integer position = null;
    String description = "";
    String doc = null;
    Span docAt = null;
    for (YamlNode.Mapping.Entry e : map.entries().values()) {
      YamlNode v = e.value();
      Span at = Span.at(file, v.line(), v.column());
      switch (e.key()) {
        case "label" -> {
          if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING && !s.value().isBlank()) {
            label = s.value().strip();
          } else {
            diags.add(Diagnostic.warning("docs.category", at, "`label` is the folder's name, found " + v.describe() + ": the folder's own is used"));
          }
        }
        case "position" -> position = FrontMatterFields.wholeNumber(v, "position", at, "docs.category", "folder", diags);
        case "link" -> {
          if (v instanceof YamlNode.Mapping link && link.get("description") instanceof YamlNode.Scalar d && d.type() == YamlNode.Scalar.Type.STRING) {
            description = d.value().strip();
          }
          if (v instanceof YamlNode.Mapping link && link.get("type") instanceof YamlNode.Scalar t && "doc".equals(t.value())
              && link.get("id") instanceof YamlNode.Scalar id && id.type() == YamlNode.Scalar.Type.STRING && !id.value().isBlank()) {
            doc = id.value().strip();
            docAt = Span.at(file, id.line(), id.column());
          }
        }
        default -> {
          if (!SIDEBAR_ONLY.contains(e.key())) {
            diags.add(
                Diagnostic.warning("docs.category", Span.at(file, e.keyLine(), e.keyColumn()), "`" + e.key() + "` of a `_category_` file is not read here")
                    .withHint("the keys read are label, position and link (its description, or its doc)"));
          }
        }
      }
    }
    return new Category(label, position, description, null, java.util.Map.of(), doc, docAt);
  }

  /** Whether the nav leaves the entry out of the menu: it names others and no {@code ...} (as awesome-pages and MkDocs do). */
  boolean leavesOut(String entry) {
    return nav != null && !nav.isEmpty() && !nav.contains("...") && !nav.contains(entry);
  }

  /**
   * The place the nav gives an entry of the folder (a file or folder name): its place in the
   * nav, else the place of {@code ...}, else after every entry of the nav; null without a nav.
   */
  Integer place(String entry) {
    if (nav == null) {
      return null;
    }
    int at = nav.indexOf(entry);
    if (at < 0) {
      at = nav.indexOf("...");
    }
    return at < 0 ? nav.size() + 1 : at + 1;
  }

  /** A page of the folder placed and named by the nav where its front matter does not, out of the menu where the nav leaves it out. */
  DocPage placed(DocPage page, String entry) {
    DocPage named = named(page, titles.get(entry), place(entry), nav != null && nav.contains(entry));
    return leavesOut(entry) && named.info().inNav() ? named.withInfo(named.info().outOfMenu()) : named;
  }

  /** The folder's page, named and placed by the category where its front matter does not. */
  DocPage over(DocPage page) {
    return named(page, label, position, false);
  }

  /**
   * The page with a menu title and a place where its front matter gives none, or the place in any
   * case where the nav names the entry ({@code listed}): the nav's order is the menu's, as in
   * MkDocs, awesome-pages and Docusaurus' sidebars (the same page when nothing changes).
   */
  private static DocPage named(DocPage page, String title, Integer place, boolean listed) {
    PageInfo i = page.info();
    String linkTitle = i.linkTitle() == null && title != null && !title.equals(i.title()) ? title : i.linkTitle();
    Integer weight = i.weight() == null || listed ? place : i.weight();
    if (java.util.Objects.equals(linkTitle, i.linkTitle()) && java.util.Objects.equals(weight, i.weight())) {
      return page;
    }
    return page.withInfo(new PageInfo(i.url(), i.title(), i.description(), i.source(), i.parentUrl(), weight, i.inNav(), i.kind(), i.tags(), i.extra(), i.aliases(), linkTitle, i.listed()));
  }
}
