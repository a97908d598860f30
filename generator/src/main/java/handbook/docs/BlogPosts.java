package handbook.docs;

import handbook.content.Days;
import handbook.content.GeneratedPage;
import handbook.content.Mount;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.Urls;
import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.markdown.SearchSection;
import handbook.source.SourceFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Docusaurus project's blog: each post's URL, day and authors as Docusaurus gives them, and
 * the blog's page, its posts newest first. A post is published at {@code blog/2021/08/26/welcome/}
 * for {@code blog/2021-08-26-welcome.md} (or {@code blog/2021-08-26-welcome/index.md}), at
 * {@code blog/<slug>/} for its front matter's {@code slug}, else at {@code blog/<name>/}; its day
 * is its front matter's {@code date}, else its name's; its authors are named in its front matter
 * ({@code authors}: keys of {@code blog/authors.yml}, or objects of {@code name} and {@code url};
 * the older {@code author} and {@code author_url}).
 */
public final class BlogPosts {
  private BlogPosts() {}

  /** A day as front matter writes it, alone or at a time's start: {@code 2021-08-26}. */
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** A name that starts with a day: {@code 2021-08-26-welcome}, {@code 2021/08/26/welcome}. */
  private static final Pattern DATED = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})[-/](.+)");

  /** An author of a post: a name, and where the name links (an http(s) address), or null. */
  public record Author(String name, String href) {}

  /** What a post's page shows under its title: its day ({@code 2021-08-26} and as shown), or none, its authors, and its reading time in minutes (or null). */
  public record Byline(String day, String shown, List<Author> authors, Integer minutes) {}

  /** The post's name in the blog: its file's, or its folder's for an index, without the extension. */
  static String name(String path, Mount.Blog blog) {
    String rel = Urls.stem(path.substring(blog.folder().length()));
    return rel.endsWith("/index") ? rel.substring(0, rel.length() - "/index".length()) : rel;
  }

  /**
   * The post's day: its front matter's {@code date} (a day, or a time that starts with one; MkDocs
   * Material's {@code created} of a map of them), else its name's; null for none.
   */
  public static LocalDate day(String path, Mount.Blog blog, Object date) {
    if (date instanceof Map<?, ?> dates) {
      date = dates.get("created");
    }
    if (date != null) {
      Matcher d = DAY.matcher(String.valueOf(date).strip());
      if (d.lookingAt()) {
        LocalDate day = of(d.group(1), d.group(2), d.group(3));
        if (day != null) {
          return day;
        }
      }
    }
    // (in a folder of the blog's too, as Docusaurus and Jekyll read a post's day)
    String name = name(path, blog);
    Matcher m = DATED.matcher(name);
    if (!m.matches()) {
      m = DATED.matcher(name.substring(name.lastIndexOf('/') + 1));
    }
    return m.matches() ? of(m.group(1), m.group(2), m.group(3)) : null;
  }

  private static LocalDate of(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The post's URL under the blog's ({@code base}): Docusaurus' by its {@code slug}, else its
   * name's day and the rest of it, else its name; MkDocs Material's by its {@code post_url_format}
   * ({@link Mount.Blog#postUrl}).
   */
  static String url(String path, Mount.Blog blog, Map<String, Object> extra, String title, String base) {
    Object slug = extra.get("slug");
    if (blog.postUrl() != null) {
      return material(path, blog, extra, title, base);
    }
    if (slug instanceof String s && !s.isBlank()) {
      String u = DocusaurusUrl.page(base + s.strip().replaceAll("^/+", ""));
      if (u != null) {
        return u;
      }
    }
    String name = name(path, blog);
    Matcher m = DATED.matcher(name);
    String url = m.matches() && of(m.group(1), m.group(2), m.group(3)) != null ? base + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/" + m.group(4) : base + name;
    String u = DocusaurusUrl.page(url);
    return u == null ? base + Urls.ofSource(path.substring(blog.folder().length())) : u;
  }

  /** MkDocs Material's URL of a post: its format's {@code {date}}, {@code {slug}} (its title's, or its own), {@code {file}} and {@code {categories}} filled in. */
  private static String material(String path, Mount.Blog blog, Map<String, Object> extra, String title, String base) {
    LocalDate day = day(path, blog, extra.get("date"));
    String slug = extra.get("slug") instanceof String s && !s.isBlank() ? s.strip() : slugify(title);
    String file = Urls.stem(path.substring(path.lastIndexOf('/') + 1));
    String category = extra.get("categories") instanceof List<?> l && !l.isEmpty() ? slugify(String.valueOf(l.get(0))) : "";
    String url =
        blog.postUrl()
            .replace("{date}", day == null ? "" : java.time.format.DateTimeFormatter.ofPattern(blog.dateUrl().replace("yyyy", "uuuu"), java.util.Locale.ROOT).format(day))
            .replace("{slug}", slug)
            .replace("{file}", file)
            .replace("{categories}", category);
    String u = DocusaurusUrl.page(base + url.replaceAll("/{2,}", "/").replaceAll("^/+", ""));
    return u == null ? base + slugify(file) + "/" : u;
  }

  /**
   * Jekyll's URL of a post: a permalink pattern (the config's, {@link Mount.Blog#postUrl}, or the
   * post's own) with the post's day,
   * its name after the day ({@code :title}, or its front matter's {@code slug}) and its
   * categories (its front matter's {@code categories} or {@code category}, in lower case) filled
   * in; {@code x.html} ({@code :output_ext}) is published at {@code x/}.
   */
  static String jekyll(String path, Mount.Blog blog, Map<String, Object> extra, String pattern) {
    LocalDate day = day(path, blog, extra.get("date"));
    String name = name(path, blog);
    Matcher m = DATED.matcher(name.substring(name.lastIndexOf('/') + 1));
    // (a slug or category of more than one name, or of dots, is no name: left out)
    String title = extra.get("slug") instanceof String s && ONE_NAME.matcher(s.strip()).matches() ? s.strip() : m.matches() ? m.group(4) : name;
    List<String> categories = new ArrayList<>();
    for (String c : words(extra.get("categories") != null ? extra.get("categories") : extra.get("category"))) {
      if (ONE_NAME.matcher(c).matches() && !categories.contains(c.toLowerCase(java.util.Locale.ROOT))) {
        categories.add(c.toLowerCase(java.util.Locale.ROOT));
      }
    }
    String url =
        pattern
            .replace(":categories", String.join("/", categories).replaceAll("\\s+", "-"))
            .replace(":short_year", day == null ? "" : String.format("%02d", day.getYear() % 100))
            .replace(":year", day == null ? "" : String.valueOf(day.getYear()))
            .replace(":i_month", day == null ? "" : String.valueOf(day.getMonthValue()))
            .replace(":month", day == null ? "" : String.format("%02d", day.getMonthValue()))
            .replace(":i_day", day == null ? "" : String.valueOf(day.getDayOfMonth()))
            .replace(":y_day", day == null ? "" : String.format("%03d", day.getDayOfYear()))
            .replace(":day", day == null ? "" : String.format("%02d", day.getDayOfMonth()))
            .replace(":title", title)
            .replace(":slug", slugify(title))
            .replace(":output_ext", ".html")
            .replaceAll("/{2,}", "/")
            .replaceFirst("^/+", "");
    String u = DocusaurusUrl.page(url.endsWith(".html") ? url.substring(0, url.length() - ".html".length()) : url);
    return u == null ? Urls.ofSource(path) : u;
  }

  /** A name that is one folder's: no slashes, not dots alone. */
  private static final Pattern ONE_NAME = Pattern.compile("[^/\\\\]*[^./\\\\][^/\\\\]*");

  /** Jekyll's address of a post published at {@code url} by {@code pattern}: {@code x.html} where the pattern ends so; else null. */
  static String jekyllAddress(String url, String pattern) {
    return !url.isEmpty() && (pattern.endsWith(":output_ext") || pattern.endsWith(".html")) ? url.substring(0, url.length() - 1) + ".html" : null;
  }

  /** A front matter's list of words: a list, or a text of words separated by spaces (Jekyll's {@code categories: jekyll update}). */
  private static List<String> words(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> l) {
      l.forEach(v -> {
        if (v != null && !String.valueOf(v).isBlank()) {
          out.add(String.valueOf(v).strip());
        }
      });
    } else if (value instanceof String s) {
      for (String w : s.strip().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** A title as Python-Markdown's {@code toc.slugify} makes it: ASCII, lower case, words joined by hyphens. */
  static String slugify(String title) {
    String ascii = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
    return ascii.replaceAll("[^\\w\\s-]", "").strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[-\\s]+", "-");
  }

  /**
   * The post's authors: those of its front matter, by their keys in {@code authors.yml} or as
   * written; a key the file has not is named, and shown as written.
   */
  static List<Author> authors(Map<String, Object> extra, Map<String, Author> known, String knownFile, SourceFile file, Diagnostics diags) {
    List<Author> out = new ArrayList<>();
    Object written = extra.get("authors");
    List<?> items = written instanceof List<?> l ? l : written == null ? List.of() : List.of(written);
    for (Object item : items) {
      if (item instanceof String key && !key.isBlank()) {
        Author a = known.get(key.strip());
        if (a == null) {
          diags.add(
              Diagnostic.warning("frontmatter.value", DocsKind.valueAt(file, "authors"), "the author `" + key.strip() + "` is not in `" + knownFile + "`: shown by the key")
                  .withHint("add `" + key.strip() + ": {name: ..., url: ...}` to " + knownFile + ", or write the author as `{name: ..., url: ...}`"));
          a = new Author(key.strip(), null);
        }
        out.add(a);
      } else if (item instanceof Map<?, ?> m) {
        Author a = author(m);
        if (a == null && m.get("key") instanceof String key) {
          a = known.get(key.strip());
        }
        if (a != null) {
          out.add(a);
        }
      }
    }
    if (out.isEmpty() && extra.get("author") instanceof String name && !name.isBlank()) {
      out.add(new Author(name.strip(), web(extra.get("author_url"))));
    }
    return List.copyOf(out);
  }

  /** An author written out: its {@code name}, and its {@code url} where that is an http(s) address; null without a name. */
  private static Author author(Map<?, ?> m) {
    return m.get("name") instanceof String name && !name.isBlank() ? new Author(name.strip(), web(m.get("url"))) : null;
  }

  private static String web(Object url) {
    return url instanceof String u && u.strip().matches("https?://[^\\s\"'<>]+") ? u.strip() : null;
  }

  /** The authors of {@code authors.yml} by their keys (a file that is not a map of them is named). */
  static Map<String, Author> known(SourceFile file, Diagnostics diags) {
    if (file == null) {
      return Map.of();
    }
    handbook.yaml.YamlParser.Result r = new handbook.yaml.YamlParser().parse(file.text(), file.displayPath(), 1);
    handbook.yaml.YamlNode root = r.root();
    if (root instanceof handbook.yaml.YamlNode.Mapping top && top.get("authors") instanceof handbook.yaml.YamlNode.Mapping inner) {
      // MkDocs Material's .authors.yml: its authors under `authors`
      root = inner;
    }
    if (!r.ok() || !(root instanceof handbook.yaml.YamlNode.Mapping map)) {
      diags.add(Diagnostic.warning("frontmatter.value", handbook.diag.Span.file(file.displayPath()), "the blog's authors are not read: the file is not a map of authors by their keys"));
      return Map.of();
    }
    Map<String, Author> out = new java.util.HashMap<>();
    map.entries().forEach((key, e) -> {
      if (e.value().toPlain() instanceof Map<?, ?> m && author(m) != null) {
        out.put(key, author(m));
      }
    });
    return out;
  }

  /** The byline of a post: its day in the site's language, its authors, its reading time ({@code minutes}, or null). */
  static Byline byline(LocalDate day, List<Author> authors, String language, Integer minutes) {
    return new Byline(day == null ? null : day.toString(), day == null ? null : Days.shown(language, day), authors, minutes);
  }

  /** A post's reading time: its words (outside its front matter) at {@code perMinute}, rounded up, a minute at least; null where none is shown. */
  static Integer minutes(SourceFile file, int perMinute) {
    if (perMinute <= 0) {
      return null;
    }
    String body = handbook.source.FrontMatter.split(file.text()).body();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length(); i++) {
      boolean space = Character.isWhitespace(body.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return Math.max(1, (words + perMinute - 1) / perMinute);
  }

  /** A post's place on the blog's page and in its menu: newest first (posts without a day last); a pinned post (MkDocs Material's {@code pin}) before the others. */
  static Integer place(LocalDate day, boolean pinned) {
    int pin = pinned ? -10_000_000 : 0;
    if (day == null) {
      return pinned ? Integer.valueOf(pin) : null;
    }
    return pin - (int) day.toEpochDay();
  }

  /** A post's tags: its {@code tags} and its {@code categories} (MkDocs Material's list, Jekyll's list or words), each once. */
  static List<String> tags(List<String> tags, Map<String, Object> extra) {
    List<String> categories = words(extra.get("categories"));
    if (categories.isEmpty()) {
      return tags;
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(tags);
    all.addAll(categories);
    return List.copyOf(all);
  }

  /**
   * Where a post's summary ends, as Docusaurus marks it ({@code <!-- truncate -->}, or
   * {@code {/* truncate *\/}} in MDX) or MkDocs Material ({@code <!-- more -->}).
   */
  private static final Pattern TRUNCATE = Pattern.compile("(?m)^[ \\t]*(?:<!--\\s*(?:truncate|more)\\s*-->|\\{/\\*\\s*truncate\\s*\\*/\\})[ \\t]*$");

  /**
   * The start of a post for the blog's page: its text up to its truncate mark where it has one,
   * else its text before its first heading; at most about 200 characters, up to the end of a
   * sentence or a word.
   */
  static String excerpt(SourceFile file, String title, handbook.markdown.RenderedMarkdown body, handbook.markdown.MarkdownEngine engine) {
    List<SearchSection> sections = body.sections();
    Matcher mark = TRUNCATE.matcher(file.text());
    if (mark.find()) {
      handbook.source.FrontMatter split = handbook.source.FrontMatter.split(file.text().substring(0, mark.start()));
      sections = engine.compile(split.body(), file.displayPath(), split.bodyFirstLine(), handbook.markdown.RenderOptions.DEFAULT, d -> {}).sections();
    }
    String text = sections.isEmpty() ? "" : sections.get(0).text().strip();
    if (title != null && !title.isEmpty() && text.startsWith(title)) {
      // its title, where its text starts with its heading (an H1 of its own)
      text = text.substring(title.length()).strip();
    }
    if (text.length() <= 200) {
      return text;
    }
    int end = text.lastIndexOf(". ", 200);
    if (end >= 80) {
      return text.substring(0, end + 1);
    }
    int space = text.lastIndexOf(' ', 200);
    return text.substring(0, space > 0 ? space : 200) + " …";
  }

  /** One post on the blog's page. */
  public record Entry(String title, String href, Byline byline, String description) {}

  /** The links from a page of the blog to its newer and older pages (null where there is none). */
  public record Paging(String newer, String older) {}

  /** The view of the blog's page: its posts, newest first, and the links to its other pages (or null). */
  public record Listing(List<Entry> posts, Paging paging) {}

  /** The blog's page at its folder's URL: its posts newest first, each with its byline and description. */
  static final class Page extends GeneratedPage {
    private final List<Entry> posts;
    private final Paging paging;

    /**
     * @param posts each post's page and byline, in the menu's order (newest first)
     * @param paging the links to the blog's other pages, or null
     */
    Page(PageInfo info, List<Entry> posts, Paging paging) {
      super(info, "blog");
      this.posts = List.copyOf(posts);
      this.paging = paging;
    }

    @Override
    public Object body(PageContext ctx) {
      return new Listing(posts, paging);
    }

    @Override
    public String madeFor(String contentName) {
      return "the blog's page";
    }

    /** Searched by its title alone: its list repeats what the posts are searched by. */
    @Override
    public List<SearchSection> searchSections() {
      return List.of();
    }

    @Override
    public String fingerprint() {
      return "blog|" + posts + "|" + paging;
    }
  }
}
