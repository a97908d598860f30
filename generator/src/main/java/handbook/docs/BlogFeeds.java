package handbook.docs;

import handbook.content.Urls;
import handbook.render.Html;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A blog's feeds, as Docusaurus writes them beside the blog's page: {@code atom.xml} (Atom) and
 * {@code rss.xml} (RSS 2.0), the newest twenty posts with a day, each with its title, address,
 * day, start and authors. They name posts by their absolute addresses: a site without its
 * {@code url} has none.
 */
public final class BlogFeeds {
  private BlogFeeds() {}

  /** The site paths of a blog's feeds ({@code blog/atom.xml}); none without a blog. */
  public static java.util.Set<String> paths(handbook.content.Mount mount) {
    handbook.content.Mount.Blog blog = mount.blog();
    java.util.Set<String> out = new java.util.HashSet<>();
    if (blog != null) {
      String home = mount.pageUrl(blog.home());
      java.util.stream.Stream.of(blog.atom(), blog.rss()).filter(java.util.Objects::nonNull).forEach(f -> out.add(home + f));
    }
    return out;
  }

  /**
   * A feed of a version published in its folder ({@code 1.0/}): its addresses at the site's
   * address ({@code base}, as given to {@link #of}) moved into the folder. A version's feed is
   * made before the build knows whether the site has other versions.
   */
  public static byte[] inFolder(byte[] feed, String base, String folder) {
    String at = text(base.endsWith("/") ? base : base + "/");
    String moved = at + text(Urls.encodePath(folder));
    String xml = new String(feed, StandardCharsets.UTF_8).replace("\"" + at, "\"" + moved).replace(">" + at, ">" + moved);
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  /** As many posts as Docusaurus' feeds hold by default. */
  static final int LIMIT = 20;

  private static final DateTimeFormatter RSS_DAY = DateTimeFormatter.ofPattern("EEE, dd MMM uuuu '00:00:00 GMT'", Locale.ENGLISH);

  /** One post of a feed. */
  record Item(String title, String url, LocalDate day, String summary, List<BlogPosts.Author> authors) {}

  /**
   * The feeds' files by site path ({@code blog/atom.xml}, {@code blog/rss.xml}); none without a
   * post that has a day.
   *
   * @param posts the posts, newest first
   * @param home the blog page's URL ({@code blog/})
   * @param base the site's absolute address, ending in {@code /}
   * @param atomName the Atom feed's path under {@code home} ({@code atom.xml}), or null for none
   * @param rssName the RSS feed's, or null
   */
  static Map<String, byte[]> of(List<Item> posts, String title, String description, String home, String base, String atomName, String rssName) {
    List<Item> dated = posts.stream().filter(p -> p.day() != null).limit(LIMIT).toList();
    Map<String, byte[]> out = new LinkedHashMap<>();
    if (dated.isEmpty() || atomName == null && rssName == null) {
      return out;
    }
    String page = base + Urls.encodePath(home);
    LocalDate newest = dated.stream().map(Item::day).max(LocalDate::compareTo).orElseThrow();
    StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    atom.append("  <id>").append(text(page)).append("</id>\n");
    atom.append("  <title>").append(text(title)).append("</title>\n");
    atom.append("  <updated>").append(newest).append("T00:00:00Z</updated>\n");
    atom.append("  <link rel=\"alternate\" href=\"").append(text(page)).append("\"/>\n");
    atom.append("  <link rel=\"self\" href=\"").append(text(page + Urls.encodePath(atomName == null ? "" : atomName))).append("\"/>\n");
    if (!description.isBlank()) {
      atom.append("  <subtitle>").append(text(description)).append("</subtitle>\n");
    }
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel>\n");
    rss.append("  <title>").append(text(title)).append("</title>\n");
    rss.append("  <link>").append(text(page)).append("</link>\n");
    rss.append("  <description>").append(text(description.isBlank() ? title : description)).append("</description>\n");
    rss.append("  <lastBuildDate>").append(RSS_DAY.format(newest)).append("</lastBuildDate>\n");
    for (Item p : dated) {
      String url = base + Urls.encode(p.url());
      atom.append("  <entry>\n    <title>").append(text(p.title())).append("</title>\n    <id>").append(text(url)).append("</id>\n");
      atom.append("    <link href=\"").append(text(url)).append("\"/>\n    <updated>").append(p.day()).append("T00:00:00Z</updated>\n");
      if (!p.summary().isBlank()) {
        atom.append("    <summary>").append(text(p.summary())).append("</summary>\n");
      }
      for (BlogPosts.Author a : p.authors()) {
        atom.append("    <author><name>").append(text(a.name())).append("</name>");
        if (a.href() != null) {
          atom.append("<uri>").append(text(a.href())).append("</uri>");
        }
        atom.append("</author>\n");
      }
      atom.append("  </entry>\n");
      rss.append("  <item>\n    <title>").append(text(p.title())).append("</title>\n    <link>").append(text(url)).append("</link>\n");
      rss.append("    <guid>").append(text(url)).append("</guid>\n    <pubDate>").append(RSS_DAY.format(p.day())).append("</pubDate>\n");
      if (!p.summary().isBlank()) {
        rss.append("    <description>").append(text(p.summary())).append("</description>\n");
      }
      rss.append("  </item>\n");
    }
    atom.append("</feed>\n");
    rss.append("</channel>\n</rss>\n");
    if (atomName != null) {
      out.put(home + atomName, atom.toString().getBytes(StandardCharsets.UTF_8));
    }
    if (rssName != null) {
      out.put(home + rssName, rss.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  /** A text as XML holds it: escaped, without the control characters XML 1.0 has no place for. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF)).forEach(b::appendCodePoint);
    return Html.escape(b.toString());
  }
}
