package handbook.docs;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.FrontMatter;
import handbook.source.FrontMatterReader;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front matter of a Markdown page, read leniently: known keys are type-checked, other keys
 * are kept for templates (real docs carry other tools' keys). Of other tools' keys, Hugo's
 * {@code linkTitle} and Docusaurus' {@code sidebar_label} (the title in the navigation),
 * Docusaurus' {@code sidebar_position} and Jekyll's (just-the-docs) {@code nav_order} (the
 * order, where {@code weight} is not given) and Jekyll's {@code redirect_from} (more
 * {@code aliases}) are honoured; a page URL of another tool ({@code permalink}, {@code slug},
 * {@code url}) is not, and is named.
 */
public record FrontMatterFields(
    String title,
    String linkTitle,
    String description,
    Integer weight,
    List<String> tags,
    boolean draft,
    List<String> aliases,
    Map<String, Object> extra,
    YamlFields fields) {

  public static final Set<String> KNOWN =
      Set.of("title", "linkTitle", "sidebar_label", "description", "weight", "sidebar_position", "nav_order", "tags", "draft", "aliases", "redirect_from");

  /** Other tools' keys for the order of a page among its siblings, tried in turn when {@code weight} is not given. */
  private static final List<String> ORDER_KEYS = List.of("sidebar_position", "nav_order");

  /** Other tools' keys for a page's own URL, and the tool each is of. */
  private static final Map<String, String> URL_KEYS = Map.of("permalink", "Jekyll", "slug", "Docusaurus and Hugo", "url", "Hugo");

  public static FrontMatterFields empty() {
    return new FrontMatterFields(null, null, null, null, List.of(), false, List.of(), Map.of(), null);
  }

  /** Reads the front matter of a split file; errors point at file lines. */
  public static FrontMatterFields read(SourceFile file, FrontMatter fm, Diagnostics diags) {
    return read(file, fm, handbook.content.Mount.NONE, null, false, diags);
  }

  /**
   * The same, for a page published in {@code mount} (a Docusaurus project follows its {@code slug}
   * and {@code id}, so they are not named), its front matter over {@code inherited}: what a Jekyll
   * project's defaults or a Hugo project's cascades give it, or null; {@code api}: a Mintlify
   * project's specs are shown (a page's {@code openapi} operation is shown with it).
   */
  static FrontMatterFields read(SourceFile file, FrontMatter fm, handbook.content.Mount mount, YamlNode.Mapping inherited, boolean api, Diagnostics diags) {
    FrontMatterReader.Read read = new FrontMatterReader().read(file, fm, diags, "frontmatter");
    YamlFields own = read.fields();
    if (inherited != null && !read.broken()) {
      // (Hugo reads keys in any case)
      own = new YamlFields(own == null ? inherited : inherited.mergedWith(own.map(), mount.hugo()), file.displayPath(), diags, "frontmatter");
    }
    if (own == null) {
      Map<String, Object> dated = new LinkedHashMap<>();
      PublishingDates.addHugoDates(file.path(), dated, mount);
      return dated.isEmpty() ? empty() : new FrontMatterFields(null, null, null, null, List.of(), false, List.of(), dated, null);
    }
    YamlFields f = own;
    YamlNode.Mapping map = f.map();
    Map<String, Object> extra = new LinkedHashMap<>();
    map.entries().forEach((k, e) -> {
      if (!KNOWN.contains(k)) {
        extra.put(k, e.value().toPlain());
      }
    });
    if (mount.hugo() && map.get("params") instanceof YamlNode.Mapping params) {
      // Hugo's themes read a page's params whether written at the top or under params (toc_hide)
      params.entries().forEach((k, e) -> {
        if (!KNOWN.contains(k)) {
          extra.putIfAbsent(k, e.value().toPlain());
        }
      });
    }
    // a Hugo page's date and slug where its config's [frontmatter] gives them
    PublishingDates.addHugoDates(file.path(), extra, mount);
    if (mount.vitePress()) {
      vitePress(extra, mount.vuePress());
    }
    YamlNode starlightOrder = null;
    if (mount.starlight()) {
      starlight(extra, f, diags);
      starlightOrder = map.get("sidebar") instanceof YamlNode.Mapping sidebar ? sidebar.get("order") : null;
    }
    Integer weight =
        f.has("weight") ? Integer.valueOf(f.integer("weight", 0)) : starlightOrder != null ? wholeNumber(starlightOrder, "sidebar.order", f.span(starlightOrder), "frontmatter.value", "page", diags) : order(f, diags);
    List<String> aliases = new java.util.ArrayList<>(f.strings("aliases"));
    f.strings("redirect_from").stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
    // Docusaurus' id names the URL where no slug does: only an id other than the file's name moves it
    YamlNode id = map.get("id");
    // Docusaurus' own URLs, where its project is built and they give one
    boolean followed = DocusaurusUrl.of(extra.get("slug"), extra.get("id"), file.path(), mount) != null || mount.blog() != null && mount.blog().post(file.path()) || starlightUrl(extra.get("slug"), mount) != null;
    // Hugo's, where its project is built
    boolean hugoFollowed = HugoUrl.of(extra.get("url"), extra.get("slug"), file.path(), mount) != null;
    // (a section's permalinks pattern makes the URL of its pages: a slug is its, a url still wins)
    boolean permalinked = HugoUrl.permalinked(file.path(), mount);
    boolean hugoUrlFollowed = HugoUrl.of(extra.get("url"), null, file.path(), mount) != null;
    // Jekyll's, where its project is built (its parents place pages there too)
    // (a post's own may be a pattern, as the config's is)
    boolean jekyllPost = mount.jekyll() && mount.blog() != null && mount.blog().post(file.path());
    boolean jekyllFollowed = JekyllPages.of(extra.get("permalink"), file.path(), mount) != null || jekyllPost && handbook.config.JekyllConfig.postPattern(extra.get("permalink")) != null;
    if (id instanceof YamlNode.Scalar idValue && idValue.value() != null && !idValue.value().equals(stem(file.path())) && map.get("slug") == null && !followed) {
      diags.add(
          Diagnostic.warning("frontmatter.url", f.span(id), "`id` (Docusaurus) names the page's URL, which is not done here: the page is published at the URL of its path")
              .withHint("rename the file to `" + idValue.value() + ".md`, or keep the old URL as one of the page's `aliases`"));
    }
    // just-the-docs (Jekyll) places a page under another by title
    for (String key : List.of("parent", "grand_parent")) {
      YamlNode n = map.get(key);
      if (n != null && !mount.jekyll()) {
        diags.add(
            Diagnostic.warning("frontmatter.parent", f.span(n), "`" + key + "` (just-the-docs) places a page under another in the menu, which is not done here: the menu follows the folders")
                .withHint("move the file into the folder of the page it belongs under"));
      }
    }
    new java.util.TreeMap<>(URL_KEYS).forEach((key, tool) -> {
      YamlNode n = map.get(key);
      if (n != null && mount.mintlify() && key.equals("url")) {
        // Mintlify's url: the page's entry in the menu goes to that address instead
        diags.add(
            Diagnostic.warning("frontmatter.url", f.span(n), "`url` (Mintlify) sends the page's entry in the menu to another address, which is not done here: the entry goes to the page")
                .withHint("link to the address from the page's text, or list it in the navigation's `global` anchors (a link in the header)"));
      } else if (n != null && !(followed && key.equals("slug")) && !((hugoFollowed || permalinked) && key.equals("slug")) && !(hugoUrlFollowed && key.equals("url")) && !(jekyllFollowed && key.equals("permalink"))) {
        diags.add(
            Diagnostic.warning(
                    "frontmatter.url",
                    f.span(n),
                    mount.hugo() && !key.equals("permalink") || mount.jekyll() && key.equals("permalink")
                        ? "`" + key + "` is followed where it names a folder of this site (`/a/b/`), not `" + (n instanceof YamlNode.Scalar v ? v.value() : n.describe()) + "`: the " + (jekyllPost ? "post is published at the address of the config's `permalink`" : "page is published at the URL of its " + (permalinked ? "section's `permalinks` pattern" : "path"))
                        : "`" + key + "` (" + tool + ") sets a page's URL, which is not done here: the page is published at the URL of its path")
                .withHint("links to the old URL keep working if it is one of the page's `aliases` (a redirect)"));
      }
    });
    if (mount.mintlify()) {
      // a Mintlify page made of an API's operation: its parameters, responses and playground come
      // from the spec (shown with the page's text where the project's specs are: see Snippets)
      for (String key : List.of("openapi", "asyncapi", "api")) {
        YamlNode n = map.get(key);
        if (n != null && !(api && key.equals("openapi") && n instanceof YamlNode.Scalar op && handbook.markdown.Snippets.mintlifyOperation(op.value()) != null)) {
          diags.add(
              Diagnostic.warning(handbook.config.MintlifyConfig.CODE, f.span(n), "what Mintlify makes of an API's operation here (`" + key + ": " + (n instanceof YamlNode.Scalar v ? v.value() : n.describe()) + "`: its parameters, responses and playground) is not made: the page shows its own text")
                  .withHint("Handbook's own API reference is made of the specs in `api/` of a Handbook site"));
        }
      }
    }
    hidden(f, diags);
    String linkTitle = f.string("linkTitle", null);
    if (linkTitle == null && mount.starlight() && map.get("sidebar") instanceof YamlNode.Mapping sidebar && text(sidebar.get("label")) != null) {
      // Starlight's sidebar.label: its title in the menu
      linkTitle = text(sidebar.get("label"));
    }
    if (linkTitle == null && mount.mintlify()) {
      // Mintlify's sidebarTitle: its title in the menu
      linkTitle = f.string("sidebarTitle", null);
    }
    return new FrontMatterFields(
        f.string("title", null),
        linkTitle != null ? linkTitle : f.string("sidebar_label", null),
        // Hugo's summary and Jekyll's excerpt describe a page where description does not
        f.has("description") ? f.string("description", null) : text(map.get("summary")) != null ? text(map.get("summary")) : text(map.get("excerpt")),
        weight,
        tags(f, mount),
        // (a Hugo draft is published where the config's buildDrafts says so); Jekyll's published:
        // false is a draft (another tool's published, a date say, is its own)
        f.bool("draft", false) && !(mount.hugo() && mount.schedule().drafts()) || map.get("published") instanceof YamlNode.Scalar published && published.type() == YamlNode.Scalar.Type.BOOLEAN && published.value().equals("false")
            || mount.hugo() && unrendered(map),
        List.copyOf(aliases),
        extra,
        f);
  }

  /**
   * A VitePress page's front matter for its layout: {@code layout: page} (a page of its own, no
   * sidebar or outline) as {@code sidebar: false} and {@code aside: false}. (A pager's
   * {@code link} is read with the page's links: {@link PagerRefs}; so is a VuePress page's
   * {@code prev: ./setup}, which is no text of the pager's here.)
   */
  private static void vitePress(Map<String, Object> extra, boolean vuePress) {
    if ("page".equals(extra.get("layout"))) {
      extra.putIfAbsent("sidebar", false);
      extra.putIfAbsent("aside", false);
    }
    if (vuePress) {
      // (VuePress' prev: ./setup is a link, read as such, not the words of the pager's link as VitePress' prev: Setup)
      extra.computeIfPresent("prev", (k, v) -> v instanceof String ? null : v);
      extra.computeIfPresent("next", (k, v) -> v instanceof String ? null : v);
    }
  }

  /**
   * An Astro Starlight page's URL by its {@code slug} ({@code guides/custom}, from the site's root,
   * at {@code guides/custom/}; empty or {@code index} for the home); null where it has none, or it
   * is no path of the site.
   */
  static String starlightUrl(Object slug, handbook.content.Mount mount) {
    if (!mount.starlight() || !(slug instanceof String s)) {
      return null;
    }
    String path = s.strip().replaceAll("^/+|/+$", "");
    if (path.isEmpty() || path.equals("index")) {
      return "";
    }
    String normal = handbook.content.Urls.normalize(path);
    return normal == null || !normal.equals(path) || !path.matches("[^\\s?#<>\"]+") ? null : path + "/";
  }

  /**
   * An Astro Starlight page's front matter for the theme: {@code template: splash} (no menu, no
   * table of contents) as MkDocs Material's {@code hide}; {@code tableOfContents} ({@code false},
   * or its levels) as Docusaurus' keys; {@code editUrl: false}, {@code pagefind: false} (out of the
   * search), and a pager's {@code label} as the others write them. Its {@code banner} and
   * {@code head}, which are not shown, are named.
   */
  private static void starlight(Map<String, Object> extra, YamlFields f, Diagnostics diags) {
    if ("splash".equals(extra.get("template"))) {
      extra.putIfAbsent("hide", List.of("navigation", "toc"));
    }
    Object toc = extra.get("tableOfContents");
    if (Boolean.FALSE.equals(toc)) {
      extra.putIfAbsent("hide_table_of_contents", true);
    } else if (toc instanceof Map<?, ?> levels) {
      if (levels.get("minHeadingLevel") != null) {
        extra.putIfAbsent("toc_min_heading_level", levels.get("minHeadingLevel"));
      }
      if (levels.get("maxHeadingLevel") != null) {
        extra.putIfAbsent("toc_max_heading_level", levels.get("maxHeadingLevel"));
      }
    }
    if (Boolean.FALSE.equals(extra.get("editUrl"))) {
      extra.putIfAbsent("editLink", false);
    }
    if (Boolean.FALSE.equals(extra.get("pagefind"))) {
      extra.putIfAbsent("search", Map.of("exclude", true));
    }
    for (String key : List.of("prev", "next")) {
      if (extra.get(key) instanceof Map<?, ?> pager && pager.get("label") != null && pager.get("text") == null) {
        Map<Object, Object> withText = new LinkedHashMap<>(pager);
        withText.put("text", pager.get("label"));
        extra.put(key, withText);
      }
    }
    for (String key : List.of("banner", "head")) {
      YamlNode n = f.map().get(key);
      if (n != null) {
        diags.add(
            Diagnostic.warning("frontmatter.value", f.span(n), "`" + key + "` (Starlight) " + (key.equals("banner") ? "is a banner over the page, which is not shown here" : "adds tags to the page's head, which is not done here"))
                .withHint(key.equals("banner") ? "put its text at the top of the page, as a callout (`:::note`)" : "the site loads nothing from other hosts and runs no inline script"));
      }
    }
  }

  /**
   * Whether Hugo leaves the page unpublished, as a draft: a headless bundle ({@code headless:
   * true}), or {@code build} (older {@code _build}) with {@code render: never} (or {@code false}).
   */
  private static boolean unrendered(YamlNode.Mapping map) {
    if (map.get("headless") instanceof YamlNode.Scalar h && "true".equals(h.value())) {
      return true;
    }
    for (String key : List.of("build", "_build")) {
      if (map.get(key) instanceof YamlNode.Mapping build && build.get("render") instanceof YamlNode.Scalar r && r.value() != null && (r.value().equals("never") || r.value().equals("false"))) {
        return true;
      }
    }
    return false;
  }

  /** Another tool's text value (a string), or null: another type is its own business, not an error here. */
  private static String text(YamlNode n) {
    return n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING && !s.value().isBlank() ? s.value().strip() : null;
  }

  /** A file's name without its folder and its Markdown ending ({@code .md}, {@code .mdx}, ...). */
  private static String stem(String path) {
    return handbook.content.Urls.stem(path.substring(path.lastIndexOf('/') + 1));
  }

  /**
   * Its tags: {@code tags}, and in a Hugo project the terms of its other taxonomies
   * ({@code categories}), each once; none where the project lists none ({@link handbook.content.Mount#tagged}).
   */
  private static List<String> tags(YamlFields f, handbook.content.Mount mount) {
    if (!mount.tagged()) {
      return List.of();
    }
    List<String> tags = f.strings("tags");
    if (mount.taxonomies().isEmpty()) {
      return tags;
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(tags);
    for (String key : f.map().entries().keySet()) {
      // (Hugo reads front matter keys in any case)
      if (mount.taxonomies().contains(key.toLowerCase(java.util.Locale.ROOT))) {
        all.addAll(f.strings(key));
      }
    }
    return List.copyOf(all);
  }

  /** The parts of a page the theme hides on request ({@code hide}, as MkDocs Material's); {@code feedback}: Material's, of which the theme has none. */
  private static final Set<String> HIDDEN = Set.of("navigation", "toc", "footer", "path", "tags", "feedback");

  /**
   * Checks what the theme reads to hide parts of the page (it is kept with the other keys): a
   * list of parts in {@code hide}, a boolean in Docusaurus' {@code hide_table_of_contents}, levels
   * of headings in its {@code toc_min_heading_level} and {@code toc_max_heading_level}, and the day
   * of a page's own last change.
   */
  private static void hidden(YamlFields f, Diagnostics diags) {
    YamlNode hide = f.map().get("hide");
    if (hide != null && !(hide instanceof YamlNode.Seq)) {
      diags.add(
          Diagnostic.warning("frontmatter.value", f.span(hide), "`hide` is a list of the parts of the page to hide, found " + hide.describe() + ": nothing is hidden")
              .withHint("write `hide: [toc]`; the parts are navigation, toc, footer, path and tags"));
    } else if (hide instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (!(item instanceof YamlNode.Scalar sc && sc.type() == YamlNode.Scalar.Type.STRING && HIDDEN.contains(sc.value()))) {
          String what = item instanceof YamlNode.Scalar sc && sc.value() != null ? "`" + sc.value() + "`" : item.describe();
          diags.add(
              Diagnostic.warning("frontmatter.value", f.span(item), what + " in `hide` is no part of the page: it is not hidden")
                  .withHint("the parts are navigation, toc, footer, path and tags"));
        }
      }
    }
    YamlNode search = f.map().get("search");
    if (search instanceof YamlNode.Mapping options && options.get("boost") != null
        && !(options.get("boost") instanceof YamlNode.Scalar boost && boost.type() != YamlNode.Scalar.Type.STRING && boost.value() != null && boost.value().matches("\\d*\\.?\\d+") && Double.parseDouble(boost.value()) > 0)) {
      diags.add(Diagnostic.warning("frontmatter.value", f.span(options.get("boost")), "`search.boost` is a number above 0 (MkDocs Material's), found " + options.get("boost").describe() + ": the page is ranked in the search as the others are"));
    }
    if (search != null && !(search instanceof YamlNode.Mapping m && (m.get("exclude") instanceof YamlNode.Scalar ex && ex.type() == YamlNode.Scalar.Type.BOOLEAN || m.get("exclude") == null && m.get("boost") != null))) {
      diags.add(
          Diagnostic.warning("frontmatter.value", f.span(search), "`search` takes `exclude: true` (MkDocs Material's), found " + describe(search) + ": the page is searched")
              .withHint("write `search: {exclude: true}` to leave the page out of the search"));
    }
    YamlNode lang = f.map().get("lang");
    if (lang != null && !(lang instanceof YamlNode.Scalar l && l.type() == YamlNode.Scalar.Type.STRING && l.value() != null && handbook.config.Languages.tag(l.value()) != null)) {
      diags.add(
          Diagnostic.warning("frontmatter.value", f.span(lang), "`lang` is the language the page is written in, as a tag (`de`, `pt-BR`), found " + describe(lang) + ": the page is in the site's")
              .withHint("write its tag, as `lang: de`"));
    }
    YamlNode unlisted = f.map().get("unlisted");
    if (unlisted != null && !(unlisted instanceof YamlNode.Scalar u && u.type() == YamlNode.Scalar.Type.BOOLEAN)) {
      diags.add(Diagnostic.warning("frontmatter.value", f.span(unlisted), "`unlisted` is true or false, found " + unlisted.describe() + ": the page is listed"));
    }
    YamlNode toc = f.map().get("hide_table_of_contents");
    if (toc != null && !(toc instanceof YamlNode.Scalar sc && sc.type() == YamlNode.Scalar.Type.BOOLEAN)) {
      diags.add(
          Diagnostic.warning("frontmatter.value", f.span(toc), "`hide_table_of_contents` is true or false, found " + toc.describe() + ": the table of contents is shown")
              .withHint("write `hide_table_of_contents: true`"));
    }
    for (String key : List.of("toc_min_heading_level", "toc_max_heading_level")) {
      YamlNode level = f.map().get(key);
      if (level != null && !(level instanceof YamlNode.Scalar sc && sc.value() != null && sc.value().strip().matches("[2-6]"))) {
        diags.add(Diagnostic.warning("frontmatter.value", f.span(level), "`" + key + "` is a level of headings from 2 to 6, found " + (level instanceof YamlNode.Scalar sc ? "`" + sc.value() + "`" : level.describe()) + ": it is not read"));
      }
    }
    YamlNode min = f.map().get("toc_min_heading_level");
    YamlNode max = f.map().get("toc_max_heading_level");
    if (min instanceof YamlNode.Scalar a && max instanceof YamlNode.Scalar b && a.value() != null && b.value() != null && a.value().strip().matches("[2-6]") && b.value().strip().matches("[2-6]")
        && a.value().strip().compareTo(b.value().strip()) > 0) {
      diags.add(Diagnostic.warning("frontmatter.value", f.span(max), "`toc_max_heading_level` is below `toc_min_heading_level`: the table of contents lists the headings it would without them"));
    }
    // a page's own last change, the first of its keys there
    for (String key : handbook.content.Days.OWN_LAST_CHANGE) {
      YamlNode own = f.map();
      for (String part : key.split("\\.")) {
        if (!(own instanceof YamlNode.Mapping m)) {
          break; // (a value where a map was wanted: read as the day)
        }
        own = m.get(part);
      }
      if (own != null) {
        if (!(own instanceof YamlNode.Scalar date && date.value() != null && handbook.content.Days.written(date.value().strip()) != null)) {
          String found = own instanceof YamlNode.Scalar date && date.value() != null ? "`" + date.value().strip() + "`" : own.describe();
          diags.add(Diagnostic.warning("frontmatter.value", f.span(own), "`" + key + "` is a day (`2024-05-06`), found " + found + ": the page's last change is its history's"));
        }
        break;
      }
    }
  }

  private static String describe(YamlNode n) {
    return n instanceof YamlNode.Mapping m && m.get("exclude") != null ? "`exclude` as " + m.get("exclude").describe() : n.describe();
  }

  /** The order another tool's key gives: a whole number as it is, a fraction rounded down (named). */
  private static Integer order(YamlFields f, Diagnostics diags) {
    for (String key : ORDER_KEYS) {
      YamlNode n = f.map().get(key);
      if (n != null) {
        return wholeNumber(n, key, f.span(n), "frontmatter.value", "page", diags);
      }
    }
    return null;
  }

  /**
   * A place among siblings: a whole number as it is, a fraction rounded down (with a warning:
   * places are whole numbers here), anything else a warning and null (ordered by title).
   * {@code key} names the value in messages, {@code what} the thing placed ({@code page}).
   */
  static Integer wholeNumber(YamlNode n, String key, Span at, String code, String what, Diagnostics diags) {
    if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.INTEGER) {
      try {
        return Integer.parseInt(s.value());
      } catch (NumberFormatException e) {
        // too large: named below
      }
    }
    if (n instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.FLOAT) {
      double d;
      try {
        d = Double.parseDouble(s.value());
      } catch (NumberFormatException e) {
        d = Double.NaN;
      }
      if (Double.isFinite(d) && Math.abs(d) < Integer.MAX_VALUE) {
        int whole = (int) Math.floor(d);
        diags.add(
            Diagnostic.warning(code, at, "`" + key + ": " + s.value() + "`: " + what + "s are ordered by whole numbers here, so it is taken as " + whole)
                .withHint("give whole numbers with room between them (10, 15, 20)"));
        return whole;
      }
    }
    diags.add(Diagnostic.warning(code, at, "`" + key + "` is not a whole number, found " + n.describe() + ": the " + what + " is ordered by its title"));
    return null;
  }
}
