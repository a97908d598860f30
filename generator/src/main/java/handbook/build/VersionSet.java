package handbook.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import handbook.content.PageContext;
import handbook.render.Banner;
import handbook.render.VersionLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions built in one run, oldest first with the working tree last: the version switcher
 * of each page (same page where it exists, else that version's home), banners, canonical links,
 * {@code versions.json} and the root index.
 */
final class VersionSet {
  private final List<Prepared> all;
  private final Prepared latest;
  private final Prepared current;

  VersionSet(List<Prepared> all, Prepared latest, Prepared current) {
    this.all = List.copyOf(all);
    this.latest = latest;
    this.current = current;
  }

  /** The href from a page of version {@code p} (at root {@code root}) to {@code url} in version {@code v}. */
  private static String href(String root, Prepared v, String url) {
    return root + "../" + v.label + "/" + url;
  }

  List<VersionLink> switcher(Prepared p, String url, String root) {
    List<VersionLink> out = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      Prepared v = all.get(i);
      boolean same = v.urls.contains(url);
      out.add(new VersionLink(v.label, href(root, v, same ? url : ""), v == p, v == latest, same));
    }
    return out;
  }

  Banner banner(Prepared p, String url, String root) {
    if (p == latest) {
      return null;
    }
    String target = href(root, latest, latest.urls.contains(url) ? url : "");
    return new Banner(p == current ? "unreleased" : "old", p.label, latest.label, target);
  }

  /** The canonical link of a page: its latest counterpart, where one exists. */
  String canonical(Prepared p, String url, String root, String baseUrl) {
    if (p == current || !latest.urls.contains(url)) {
      return null;
    }
    return baseUrl.isEmpty() ? root + "../latest/" + url : baseUrl.replaceAll("/+$", "") + "/latest/" + url;
  }

  /** What every page of version {@code p} depends on in the other versions: labels, roles, pages. */
  String hash(Prepared p) {
    StringBuilder b = new StringBuilder(p.label).append('\n').append(latest.label).append('\n').append(current.label).append('\n');
    for (Prepared v : all) {
      b.append(v.label).append(':');
      v.urls.stream().sorted().forEach(u -> b.append(u).append(','));
      b.append('\n');
    }
    return handbook.content.Hashes.of(b.toString());
  }

  PageContext.VersionFacts facts(Prepared p) {
    List<String> labels = all.stream().map(v -> v.label).toList();
    return new PageContext.VersionFacts(labels, all.stream().map(v -> v.facts).toList(), p.label, p == latest || p == current);
  }

  byte[] json() {
    List<Object> list = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      Prepared v = all.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", v.label);
      m.put("path", v.label + "/");
      m.put("commit", v.commit);
      m.put("date", v.date);
      m.put("latest", v == latest);
      m.put("current", v == current);
      m.put("pages", v.urls.stream().sorted().toList());
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("latest", latest.label);
    root.put("current", current.label);
    root.put("versions", list);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code site/index.html}: sends readers to the latest version, with a link for when refresh is off. */
  String rootIndex(Map<String, String> t) {
    String to = "latest/";
    return "<!doctype html>\n<html lang=\"" + current.config.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + esc(current.config.title()) + "</title>\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n"
        + "<link rel=\"canonical\" href=\"" + to + "\">\n</head>\n<body>\n<main>\n<h1>" + esc(current.config.title()) + "</h1>\n"
        + "<p><a href=\"" + to + "\">" + esc(t.getOrDefault("versions.latest", "Latest version")) + " (" + esc(latest.label) + ")</a></p>\n"
        + "</main>\n</body>\n</html>\n";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
