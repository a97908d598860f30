package handbook.jbake;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites the links of a Markdown body from JBake's output URLs ({@code ../about.html},
 * {@code /img/logo.png}) to relative links between the imported source files
 * ({@code ../about.md}), which Handbook checks on every build.
 */
final class Links {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Parser PARSER = Parser.builder().build();

  /** A link that leads to nothing imported, at an offset of the body. */
  record Dangling(int offset, String url) {}

  /** The rewritten body and the links left as they were. */
  record Result(String body, List<Dangling> dangling) {}

  /**
   * @param targets JBake output paths ({@code blog/post.html}, {@code img/logo.png}, without a
   *     leading slash) and source paths, each mapped to its imported path under {@code content/}
   * @param siteHost JBake's {@code site.host}, whose absolute URLs count as site links (may be empty)
   */
  record Site(Map<String, String> targets, String siteHost) {}

  private Links() {}

  /**
   * @param base the folder of the page's JBake URL ({@code blog/} for {@code blog/post.html})
   * @param importedDir the folder of the imported page under {@code content/} ({@code docs/blog})
   */
  static Result rewrite(String body, String base, String importedDir, Site site) {
    record Edit(int start, int end, String text) {}
    List<Edit> edits = new ArrayList<>();
    List<Dangling> dangling = new ArrayList<>();
    List<BasedSequence> urls = new ArrayList<>();
    NodeVisitor visitor =
        new NodeVisitor(
            new VisitHandler<>(Link.class, l -> urls.add(l.getUrl())),
            new VisitHandler<>(Image.class, l -> urls.add(l.getUrl())),
            new VisitHandler<>(Reference.class, r -> urls.add(r.getUrl())));
    Node doc = PARSER.parse(body);
    visitor.visit(doc);
    for (BasedSequence u : urls) {
      String url = u.toString();
      if (url.isEmpty() || url.startsWith("#")) {
        continue;
      }
      String path = url;
      if (!site.siteHost().isEmpty() && url.startsWith(site.siteHost())) {
        path = "/" + url.substring(site.siteHost().length()).replaceFirst("^/+", "");
      } else if (SCHEME.matcher(url).find() || url.startsWith("//")) {
        continue;
      }
      String fragment = "";
      int hash = path.indexOf('#');
      if (hash >= 0) {
        fragment = path.substring(hash);
        path = path.substring(0, hash);
      }
      int query = path.indexOf('?');
      if (query >= 0) {
        path = path.substring(0, query);
      }
      String resolved = normalize(path.startsWith("/") ? path.substring(1) : base + path);
      String target = resolved == null ? null : lookup(site.targets(), resolved);
      if (target == null) {
        dangling.add(new Dangling(u.getStartOffset(), url));
        continue;
      }
      String rewritten = relative(importedDir, target) + fragment;
      if (!rewritten.equals(url)) {
        edits.add(new Edit(u.getStartOffset(), u.getEndOffset(), rewritten));
      }
    }
    edits.sort(Comparator.comparingInt(Edit::start).reversed());
    StringBuilder b = new StringBuilder(body);
    for (Edit e : edits) {
      b.replace(e.start(), e.end(), e.text());
    }
    dangling.sort(Comparator.comparingInt(Dangling::offset));
    return new Result(b.toString(), dangling);
  }

  private static String lookup(Map<String, String> targets, String path) {
    String t = targets.get(path);
    if (t == null) {
      t = targets.get(URLDecoder.decode(path, StandardCharsets.UTF_8));
    }
    if (t == null && (path.isEmpty() || path.endsWith("/"))) {
      t = targets.get(path + "index.html");
    }
    return t;
  }

  /** {@code a/./b/../c} as {@code a/c}; null when it climbs above the root. */
  static String normalize(String path) {
    List<String> parts = new ArrayList<>();
    String[] split = path.split("/", -1);
    for (int i = 0; i < split.length; i++) {
      String p = split[i];
      if (p.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.remove(parts.size() - 1);
      } else if (!p.equals(".") && !(p.isEmpty() && i < split.length - 1)) {
        parts.add(p);
      }
    }
    String joined = String.join("/", parts);
    return path.endsWith("/") && !joined.isEmpty() ? joined + "/" : joined;
  }

  /** The relative link from a file in folder {@code fromDir} to {@code to} (both under content/). */
  static String relative(String fromDir, String to) {
    List<String> from = fromDir.isEmpty() ? List.of() : List.of(fromDir.split("/"));
    List<String> target = List.of(to.split("/"));
    int common = 0;
    while (common < from.size() && common < target.size() - 1 && from.get(common).equals(target.get(common))) {
      common++;
    }
    StringBuilder b = new StringBuilder();
    for (int i = common; i < from.size(); i++) {
      b.append("../");
    }
    b.append(String.join("/", target.subList(common, target.size())));
    return b.toString();
  }
}
