package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Jekyll project's {@code _config.yml} says of the site, as Jekyll and its documentation
 * theme just-the-docs read it. Its pages are its Markdown files outside the folders Jekyll keeps
 * to itself ({@code _layouts/}, {@code _site/}, ...) and those it excludes; every other file is
 * published at its path.
 *
 * @param title {@code title}, or null
 * @param description {@code description}, or null
 * @param baseUrl {@code url} with {@code baseurl}, or null
 * @param language Norwegian where {@code lang} (or {@code locale}) is {@code nb}, {@code nn} or
 *     {@code no}, else English
 * @param editUrl the site's folder in the repository's editor, from just-the-docs'
 *     {@code gh_edit_repository}, {@code gh_edit_branch}, {@code gh_edit_source} and
 *     {@code gh_edit_view_mode} where {@code gh_edit_link} is true; or null
 * @param copyright just-the-docs' {@code footer_content} as text, or empty
 * @param logo just-the-docs' {@code logo}, a content path, or null
 * @param favicon just-the-docs' {@code favicon_ico}, a content path, or null
 * @param pretty whether {@code permalink} is {@code pretty} (or ends in {@code /}): pages are
 *     at {@code x/}; else at {@code x.html}, Jekyll's default, which then redirects
 * @param exclude the config's {@code exclude} as globs: a path (and what is in it, a folder), a folder ending in {@code /}, a glob
 * @param links the header's links: just-the-docs' {@code aux_links} and {@code nav_external_links}
 * @param blog the blog of {@code _posts/}: its posts at the addresses of the config's
 *     {@code permalink} (Jekyll's default {@code /:categories/:year/:month/:day/:title:output_ext}),
 *     listed on the home page, its feed {@code feed.xml} where the plugins name jekyll-feed; null
 *     without a post
 * @param collections the collections Jekyll publishes ({@code output: true}): their folders'
 *     files at the folder of their {@code permalink}
 * @param schedule the posts published by their dates: those dated after the build where
 *     {@code future} is true; dates without an offset in its {@code timezone}, else UTC
 * @param defaults the front matter its {@code defaults} give the pages of their scopes
 * @param lastUpdated whether pages show their last change: just-the-docs' {@code last_edit_timestamp}
 */
public record JekyllConfig(
    String title, String description, String baseUrl, String language, String editUrl, String copyright, String logo, String favicon, boolean pretty, List<Glob> exclude, List<SiteLink> links,
    handbook.content.Mount.Blog blog, List<handbook.content.Mount.Collection> collections, handbook.content.Mount.Schedule schedule, List<handbook.content.Mount.Default> defaults, boolean lastUpdated,
    handbook.markdown.RenderOptions.Extensions markdown) {
  /** Jekyll's config file, the first one there read. */
  public static final List<String> FILES = List.of("_config.yml", "_config.yaml");

  private static final String CODE = "config.jekyll";

  /**
   * Whether a post's URL pattern is followed: from the site's root, of names and the placeholders
   * read here ({@code :year}, {@code :title}, ...), no part {@code ..}, ending in {@code /},
   * {@code :output_ext} or {@code .html}.
   */
  private static boolean followed(String pattern) {
    return pattern.startsWith("/") && PLACEHOLDER.matcher(pattern).replaceAll("").matches("[\\w/.-]*") && !pattern.matches(".*/\\.{1,2}(?:/.*)?")
        && (pattern.endsWith("/") || pattern.endsWith(":output_ext") || pattern.endsWith(".html"));
  }

  /** A post's own {@code permalink} where it is a pattern followed ({@code /blog/:year/:title/}, as its scope's defaults may give it); else null. */
  public static String postPattern(Object permalink) {
    return permalink instanceof String p && PLACEHOLDER.matcher(p.strip()).find() && followed(p.strip()) ? p.strip() : null;
  }

  /** Jekyll's blog folder. */
  public static final String POSTS = "_posts/";

  /** A post's file as Jekyll reads one: in {@code _posts/} (or a folder of it), named by its day ({@code 2024-05-06-welcome.md}). */
  private static final java.util.regex.Pattern POST = java.util.regex.Pattern.compile("_posts/(?:[^_/][^/]*/)*\\d{4}-\\d{2}-\\d{2}-[^/]+");

  /** Whether a content path is a post of Jekyll's blog: a Markdown file of {@code _posts/} named by its day. */
  public static boolean post(String path) {
    return POST.matcher(path).matches() && handbook.content.Urls.isMarkdown(path);
  }

  /** The folders of Jekyll's own (its layouts, includes, data, ...): no collection's. */
  private static final Set<String> OWN_FOLDERS = Set.of("_layouts/", "_includes/", "_site/", "_sass/", "_data/", "_drafts/", "_plugins/", "_posts/");

  /**
   * Whether a file may be a page of a collection, read as text: a Markdown file in a folder whose
   * name starts with {@code _}, not one of Jekyll's own; the config says which are published.
   */
  public static boolean inCollectionFolder(String path) {
    int slash = path.indexOf('/');
    return path.startsWith("_") && slash > 1 && !OWN_FOLDERS.contains(path.substring(0, slash + 1)) && handbook.content.Urls.isMarkdown(path) && keptIn(path.substring(0, slash + 1), path);
  }

  /** Whether Jekyll publishes a content file: not one of its own, or a post, or a file of a collection it publishes. */
  public boolean publishes(String path) {
    return !ownFile(path) || post(path) || collections.stream().anyMatch(c -> keptIn(c.folder(), path));
  }

  /** Whether a path is in {@code folder} and, below it, in no file or folder Jekyll keeps to itself (a name with a leading {@code _}). */
  private static boolean keptIn(String folder, String path) {
    return path.startsWith(folder) && !path.startsWith("_", folder.length()) && !path.substring(folder.length()).contains("/_");
  }

  /** Whether a content path is a Markdown file of {@code _posts/}, not in a folder of it Jekyll keeps to itself ({@code _x/}): a post, or one not named as one. */
  public static boolean inPosts(String path) {
    return keptIn(POSTS, path) && handbook.content.Urls.isMarkdown(path);
  }

  /** The posts' addresses of Jekyll's permalink styles. */
  private static final java.util.Map<String, String> STYLES =
      java.util.Map.of(
          "date", "/:categories/:year/:month/:day/:title:output_ext",
          "pretty", "/:categories/:year/:month/:day/:title/",
          "ordinal", "/:categories/:year/:y_day/:title:output_ext",
          "none", "/:categories/:title:output_ext");

  /** The placeholders of a post's permalink followed here. */
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(":(?:year|short_year|month|i_month|day|i_day|y_day|title|slug|categories|output_ext)(?![a-z_])");

  /** The first config file among the content's files, or null where the content is no Jekyll project. */
  public static String file(java.util.Collection<String> files) {
    for (String name : FILES) {
      if (files.contains(name)) {
        return name;
      }
    }
    return null;
  }

  /**
   * Whether Jekyll leaves a file out of the site, whatever the config: a file or folder whose
   * name starts with {@code _} (its layouts, includes, output), and its Gemfiles and
   * {@code vendor/} (Bundler's); dot files are left out when the content is read.
   */
  public static boolean ownFile(String path) {
    for (String part : path.split("/")) {
      if (part.startsWith("_")) {
        return true;
      }
    }
    return path.equals("Gemfile") || path.equals("Gemfile.lock") || path.startsWith("vendor/") || path.endsWith(".gemspec");
  }

  /** Whether the config's {@code exclude} leaves a path out: an entry names it, a folder that holds it, or a glob that matches it. */
  public boolean excludes(String path) {
    for (Glob e : exclude) {
      if (e.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /** An entry of {@code exclude} as a glob: its stars any characters but {@code /}; it leaves out what it names and what is in it. */
  private static Glob excluded(String entry) {
    String x = entry.replaceFirst("^/+", "");
    boolean folder = x.endsWith("/");
    if (folder) {
      x = x.substring(0, x.length() - 1);
    }
    List<Glob.Part> parts = new ArrayList<>();
    x.chars().forEach(c -> parts.add(c == '*' ? Glob.STAR : new Glob.Char((char) c)));
    parts.add(folder ? Glob.INSIDE : Glob.INSIDE_OR_NOTHING);
    return Glob.of(parts);
  }

  /** Jekyll's folder of data files, whose values Liquid names as {@code site.data.x}. */
  public static final String DATA = "_data/";

  /** Whether a file is one of {@code _data/}'s read for its values: YAML or JSON. */
  public static boolean dataFile(String path) {
    return path.startsWith(DATA) && path.matches("[^/]+/(?:[A-Za-z_]\\w*/)*[A-Za-z_]\\w*\\.(?:ya?ml|json)");
  }

  /**
   * The values of {@code _data/}'s files ({@link #dataFile}) by the paths Liquid names them with:
   * {@code site.data.team.lead.name} for {@code lead: {name: ...}} in {@code _data/team.yml} (in
   * {@code _data/people/team.yml}: {@code site.data.people.team...}); a file that is not YAML is
   * an error, as in Jekyll.
   */
  public static Map<String, String> data(List<SourceFile> files, Diagnostics diags) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (SourceFile f : files) {
      String name = f.path().substring(DATA.length(), f.path().lastIndexOf('.')).replace('/', '.');
      YamlParser.Result r = f.path().endsWith(".json") ? new YamlParser().parseJson(f.text(), f.displayPath()) : new YamlParser().parse(f.text(), f.displayPath(), 1);
      diags.addAll(r.errors());
      if (r.errors().isEmpty() && r.root() != null) {
        out.putAll(TemplateVariables.of(r.root(), "site.data." + name + "."));
      }
    }
    return out;
  }

  /** The same, with more values for Liquid's expressions ({@link #data}). */
  public JekyllConfig withValues(Map<String, String> values) {
    if (values.isEmpty()) {
      return this;
    }
    Map<String, String> all = new java.util.TreeMap<>(markdown.variables());
    all.putAll(values);
    return new JekyllConfig(title, description, baseUrl, language, editUrl, copyright, logo, favicon, pretty, exclude, links, blog, collections, schedule, defaults, lastUpdated, markdown.withVariables(all));
  }

  /** Reads the config; what it cannot take is named ({@code config.jekyll}). */
  public static JekyllConfig read(SourceFile f, Set<String> files, Diagnostics diags) {
    YamlParser.Result r = new YamlParser().parse(f.text(), f.displayPath(), 1);
    diags.addAll(r.errors());
    if (!(r.root() instanceof YamlNode.Mapping map) || !r.errors().isEmpty()) {
      if (r.root() != null && r.errors().isEmpty()) {
        diags.add(Diagnostic.error("config.type", Span.at(f.displayPath(), r.root().line(), r.root().column()), f.path() + " must be a map of settings, found " + r.root().describe()));
      }
      return new JekyllConfig(null, null, null, "en", null, "", null, null, false, List.of(), List.of(), null, List.of(), new handbook.content.Mount.Schedule(false, true, java.time.ZoneOffset.UTC), List.of(), false, handbook.markdown.RenderOptions.Extensions.TYPOGRAPHY);
    }
    String file = f.displayPath();
    String url = text(map.get("url"));
    String base = text(map.get("baseurl"));
    String baseUrl = null;
    if (url != null) {
      if (url.matches("https?://[^\\s\"'<>]+")) {
        String folder = base == null ? "" : base.replaceAll("^/+|/+$", "");
        baseUrl = url.replaceAll("/+$", "") + (folder.isEmpty() ? "" : "/" + folder) + "/";
      } else {
        diags.add(warning(file, map.get("url"), "`url` is not an absolute http(s) URL: the site is built without it"));
      }
    }
    String permalink = text(map.get("permalink"));
    boolean pretty = permalink != null && (permalink.equals("pretty") || permalink.endsWith("/"));
    String postUrl = permalink == null ? STYLES.get("date") : STYLES.getOrDefault(permalink, permalink);
    if (!followed(postUrl)) {
      diags.add(warning(file, map.get("permalink"), "`permalink: " + permalink + "` is not followed: pages are at their paths (`x/`), their `.html` addresses redirecting; posts at `/:categories/:year/:month/:day/:title/`"));
      postUrl = STYLES.get(pretty ? "pretty" : "date");
    }
    if (map.get("show_drafts") instanceof YamlNode.Scalar drafts && "true".equals(drafts.value())) {
      diags.add(warning(file, drafts, "`show_drafts` is not followed: drafts (`_drafts/`) are not published"));
    }
    List<Glob> exclude = new ArrayList<>();
    if (map.get("exclude") instanceof YamlNode.Seq seq) {
      for (YamlNode item : seq.items()) {
        if (text(item) != null) {
          exclude.add(excluded(text(item)));
        }
      }
    }
    String copyright = text(map.get("footer_content"));
    if (copyright != null && copyright.contains("<a ")) {
      diags.add(warning(file, map.get("footer_content"), "the links in `footer_content` are shown as their text"));
    }
    copyright = copyright == null ? "" : org.jsoup.Jsoup.parseBodyFragment(copyright).text().strip();
    return new JekyllConfig(
        text(map.get("title")), text(map.get("description")), baseUrl, language(map, file, diags), editUrl(map, file, diags), copyright, image(map, "logo", files, file, diags),
        image(map, "favicon_ico", files, file, diags), pretty, List.copyOf(exclude), links(map, file), blog(map, postUrl, files, file, diags),
        collections(map, pretty, file, diags), schedule(map, file, diags), defaults(map, file, diags),
        map.get("last_edit_timestamp") instanceof YamlNode.Scalar shown && "true".equals(shown.value()),
        typography(map, file, diags).withVariables(TemplateVariables.of(map, "site.")));
  }

  /**
   * kramdown's typographic symbols and smart quotes, which Jekyll's default Markdown writes: none
   * where {@code markdown} names another converter (CommonMark's); kramdown's own characters
   * ({@code smart_quotes}, {@code typographic_symbols}) are named, not read.
   */
  private static handbook.markdown.RenderOptions.Extensions typography(YamlNode.Mapping map, String file, Diagnostics diags) {
    String converter = text(map.get("markdown"));
    if (converter != null && !converter.equalsIgnoreCase("kramdown")) {
      return handbook.markdown.RenderOptions.Extensions.NONE;
    }
    if (map.get("kramdown") instanceof YamlNode.Mapping kramdown) {
      for (String key : List.of("smart_quotes", "typographic_symbols")) {
        if (kramdown.entries().get(key) != null) {
          diags.add(Diagnostic.warning(CODE, kramdown.entries().get(key).keySpan(file), "kramdown's `" + key + "` is not read: its usual characters are written (“ ” ‘ ’ – — … « »)"));
        }
      }
    }
    return handbook.markdown.RenderOptions.Extensions.TYPOGRAPHY;
  }

  /**
   * The config's {@code defaults}: for each, its {@code scope} ({@code path}, {@code type}) and
   * {@code values}, which give the pages of the scope those keys under their own front matter. One
   * without {@code values}, or with a scope of another form, is named.
   */
  private static List<handbook.content.Mount.Default> defaults(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode node = map.get("defaults");
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof YamlNode.Seq defaults)) {
      diags.add(warning(file, node, "`defaults` is not a list of scopes and values: no page is given its values"));
      return List.of();
    }
    List<handbook.content.Mount.Default> out = new ArrayList<>();
    for (YamlNode item : defaults.items()) {
      YamlNode scope = item instanceof YamlNode.Mapping d ? d.get("scope") : null;
      YamlNode values = item instanceof YamlNode.Mapping d ? d.get("values") : null;
      if (!(values instanceof YamlNode.Mapping given) || scope != null && !(scope instanceof YamlNode.Mapping)) {
        diags.add(warning(file, values instanceof YamlNode.Mapping ? scope : item, "this entry of `defaults` is not followed: it takes a map `values` and a map `scope` (`path`, `type`)"));
        continue;
      }
      YamlNode.Mapping where = scope instanceof YamlNode.Mapping m ? m : null;
      String path = where != null && where.get("path") instanceof YamlNode.Scalar p && p.value() != null ? p.value().strip() : "";
      String type = where == null ? null : text(where.get("type"));
      // (Jekyll reads the path from the site's folder: a leading or trailing / says nothing more)
      out.add(new handbook.content.Mount.Default(path.replaceAll("^(?:\\./|/)+|/+$", ""), type, given.from(file)));
    }
    return List.copyOf(out);
  }

  /** The posts published by their dates: {@code future}, and {@code timezone} (a name that is no time zone named). */
  private static handbook.content.Mount.Schedule schedule(YamlNode.Mapping map, String file, Diagnostics diags) {
    String name = text(map.get("timezone"));
    java.time.ZoneId zone = handbook.content.Mount.Schedule.zone(name);
    if (name != null && zone == null) {
      diags.add(warning(file, map.get("timezone"), "`timezone: " + name + "` is no time zone: dates without an offset are in UTC"));
    }
    return new handbook.content.Mount.Schedule(map.get("future") instanceof YamlNode.Scalar future && "true".equals(future.value()), true, zone == null ? java.time.ZoneOffset.UTC : zone);
  }

  /** A collection's permalink followed here: its pages at their paths under a folder ({@code /:collection/:path/}, {@code /guides/:path:output_ext}). */
  private static final java.util.regex.Pattern COLLECTION_URL = java.util.regex.Pattern.compile("/((?:(?!\\.{1,2}/)[\\w.-]+/)*):path(/|:output_ext|\\.html)");

  /**
   * The collections Jekyll publishes ({@code output: true}): each at the folder of its
   * {@code permalink} (by default {@code /:collection/:path:output_ext}, or
   * {@code /:collection/:path/} where the site's permalinks are pretty); a permalink of another
   * form, and {@code collections_dir}, are named.
   */
  private static List<handbook.content.Mount.Collection> collections(YamlNode.Mapping map, boolean pretty, String file, Diagnostics diags) {
    List<handbook.content.Mount.Collection> out = new ArrayList<>();
    if (!(map.get("collections") instanceof YamlNode.Mapping collections)) {
      return out;
    }
    if (text(map.get("collections_dir")) != null) {
      diags.add(warning(file, map.get("collections_dir"), "`collections_dir` is not followed: collections are read from their `_` folders at the root"));
    }
    for (YamlNode.Mapping.Entry e : collections.entries().values()) {
      String name = e.key().strip();
      if (!(e.value() instanceof YamlNode.Mapping options) || !(options.get("output") instanceof YamlNode.Scalar output) || !"true".equals(output.value()) || !name.matches("[\\w.-]+") || name.equals("posts")) {
        continue;
      }
      String written = text(options.get("permalink"));
      String pattern = written == null ? pretty ? "/:collection/:path/" : "/:collection/:path:output_ext" : written;
      java.util.regex.Matcher m = COLLECTION_URL.matcher(pattern.replace(":collection", name));
      if (!m.matches()) {
        diags.add(warning(file, options.get("permalink"), "the collection `" + name + "`'s `permalink: " + written + "` is not followed: its pages are at `/" + name + "/:path/`"));
        m = COLLECTION_URL.matcher("/" + name + "/:path/");
        m.matches();
      }
      out.add(new handbook.content.Mount.Collection("_" + name + "/", m.group(1), !m.group(2).equals("/")));
    }
    return out;
  }

  /**
   * The blog, where {@code _posts/} holds a post: at the home (its posts listed there), each post
   * at {@code postUrl}; its Atom feed where the config's {@code plugins} (or the older
   * {@code gems}) name jekyll-feed, at its {@code feed.path} or {@code feed.xml}.
   */
  private static handbook.content.Mount.Blog blog(YamlNode.Mapping map, String postUrl, Set<String> files, String file, Diagnostics diags) {
    if (files.stream().noneMatch(JekyllConfig::post)) {
      return null;
    }
    String feed = null;
    for (String key : List.of("plugins", "gems")) {
      if (map.get(key) instanceof YamlNode.Seq plugins && plugins.items().stream().anyMatch(p -> "jekyll-feed".equals(text(p)))) {
        feed = "feed.xml";
      }
    }
    if (feed != null && map.get("feed") instanceof YamlNode.Mapping options && text(options.get("path")) != null) {
      String path = handbook.content.Urls.normalize(text(options.get("path")).replaceFirst("^/+", ""));
      if (path != null && path.matches("[^?#\\s]*[^/]")) {
        feed = path;
      } else {
        diags.add(warning(file, options.get("path"), "jekyll-feed's `path` names no file of the site: the feed is at `feed.xml`"));
      }
    }
    // jekyll-paginate: the home's posts in pages of `paginate`, at `paginate_path` (/page:num/)
    int perPage = 0;
    String pages = "page{page}/";
    if (map.get("paginate") instanceof YamlNode.Scalar n && n.value() != null && n.value().strip().matches("\\d{1,4}") && Integer.parseInt(n.value().strip()) > 0) {
      perPage = Integer.parseInt(n.value().strip());
      String path = text(map.get("paginate_path"));
      if (path != null) {
        String p = path.replaceFirst("^/+", "").replace(":num", "{page}");
        if (p.matches("[\\w./-]*\\{page\\}[\\w./-]*") && !p.contains("..")) {
          pages = p.replaceAll("/+$", "") + "/";
        } else {
          diags.add(warning(file, map.get("paginate_path"), "`paginate_path: " + path + "` is not followed: the home's pages are at `/page:num/`"));
        }
      }
    }
    return new handbook.content.Mount.Blog(POSTS, "", null, postUrl, null, 0, feed, null, perPage, pages);
  }

  /**
   * just-the-docs' links out of the site: {@code aux_links} (a title and its address, in a list
   * of one) at the header's end, and {@code nav_external_links} ({@code title}, {@code url}) under
   * the menu; both are the header's links here.
   */
  private static List<SiteLink> links(YamlNode.Mapping map, String file) {
    List<SiteLink> out = new ArrayList<>();
    if (map.get("aux_links") instanceof YamlNode.Mapping aux) {
      for (YamlNode.Mapping.Entry e : aux.entries().values()) {
        YamlNode value = e.value() instanceof YamlNode.Seq seq && !seq.items().isEmpty() ? seq.items().get(0) : e.value();
        if (text(value) != null && !e.key().isBlank()) {
          out.add(new SiteLink(e.key().strip(), text(value), Span.at(file, value.line(), value.column()), false));
        }
      }
    }
    if (map.get("nav_external_links") instanceof YamlNode.Seq external) {
      for (YamlNode item : external.items()) {
        if (item instanceof YamlNode.Mapping link && text(link.get("title")) != null && text(link.get("url")) != null) {
          out.add(new SiteLink(text(link.get("title")), text(link.get("url")), Span.at(file, link.get("url").line(), link.get("url").column()), false));
        }
      }
    }
    return out;
  }

  /** just-the-docs' edit links: the repository, its branch and the site's folder in it, where {@code gh_edit_link} is true. */
  private static String editUrl(YamlNode.Mapping map, String file, Diagnostics diags) {
    if (!(map.get("gh_edit_link") instanceof YamlNode.Scalar on) || !"true".equals(on.value())) {
      return null;
    }
    String repo = text(map.get("gh_edit_repository"));
    if (repo == null || !repo.matches("https?://[^\\s\"'<>]+")) {
      diags.add(warning(file, map.get("gh_edit_link"), "`gh_edit_link` without an http(s) `gh_edit_repository`: pages get no edit links"));
      return null;
    }
    String branch = text(map.get("gh_edit_branch"));
    String source = text(map.get("gh_edit_source"));
    String mode = text(map.get("gh_edit_view_mode"));
    String folder = source == null || source.replaceAll("^/+|/+$", "").isEmpty() ? "" : source.replaceAll("^/+|/+$", "") + "/";
    return repo.replaceAll("/+$", "") + "/" + ("edit".equals(mode) ? "edit" : "tree") + "/" + (branch == null ? "main" : branch) + "/" + folder;
  }

  /** The language of the site's own words: {@code lang}, else {@code locale}. */
  private static String language(YamlNode.Mapping map, String file, Diagnostics diags) {
    YamlNode node = map.get("lang") != null ? map.get("lang") : map.get("locale");
    return Languages.site(text(node), "the language", node == null ? Span.file(file) : Span.at(file, node.line(), node.column()), CODE, diags);
  }

  /** An image the config names from the site's root: a content path; one not there is named. */
  private static String image(YamlNode.Mapping map, String key, Set<String> files, String file, Diagnostics diags) {
    String written = text(map.get(key));
    if (written == null) {
      return null;
    }
    String path = handbook.content.Urls.normalize(written.replaceFirst("^/+", ""));
    if (path == null || !files.contains(path) || !SiteConfigParser.IMAGE.matcher(path).matches()) {
      diags.add(warning(file, map.get(key), "`" + key + "` names no image of the site: `" + written + "`: the theme's own is shown"));
      return null;
    }
    return path;
  }

  private static String text(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank() ? s.value().strip() : null;
  }

  private static Diagnostic warning(String file, YamlNode at, String message) {
    return Diagnostic.warning(CODE, at == null ? Span.file(file) : Span.at(file, at.line(), at.column()), message);
  }
}
