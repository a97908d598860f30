package handbook.build;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import handbook.cache.Keys;
import handbook.content.Fact;
import handbook.content.PageContext;
import handbook.content.Urls;
import handbook.render.Html;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The versions built in one run, oldest first with the working tree last: canonical links,
 * the facts pages compare ("what changed", the readiness trend), {@code versions.json} (which the
 * version menu reads in the browser), the versions page and the root index.
 */
final class VersionSet {
  /**
   * One built version.
   *
   * @param label its folder of the site
   * @param shown what it is called where it is shown (its label, as a rule)
   * @param banner the notice on its pages ({@code none}, {@code unreleased}, {@code unmaintained}), or null for its place's
   * @param ownPath whether a Docusaurus project's options gave its folder ({@link handbook.config.SiteConfig.Shown#ownPath})
   */
  record Version(String label, String commit, String date, Set<String> urls, List<Fact> facts, String shown, String banner, boolean ownPath) {
    Version(String label, String commit, String date, Set<String> urls, List<Fact> facts) {
      this(label, commit, date, urls, facts, label, null, false);
    }
  }

  private final List<Version> all;
  private final Version latest;
  private final Version current;

  VersionSet(List<Version> all, Version latest, Version current) {
    this(all, latest, current, null);
  }

  /** @param digests the fingerprints of facts made before, by their list ({@code serve}), or null */
  VersionSet(List<Version> all, Version latest, Version current, handbook.cache.RunMap<List<Fact>, String> digests) {
    this.all = List.copyOf(all);
    this.latest = latest;
    this.current = current;
    this.factsDigests = digests != null ? digests : new handbook.cache.RunMap<>(n -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>(n)));
  }

  Version latest() {
    return latest;
  }

  /** The canonical link of a page of any version: its latest counterpart, where one exists. */
  String canonical(String url, String root, String baseUrl) {
    if (!latest.urls().contains(url)) {
      return null;
    }
    return (baseUrl.isEmpty() ? root + "../latest/" : baseUrl.replaceAll("/+$", "") + "/latest/") + Urls.encodePath(url);
  }

  PageContext.VersionFacts facts(Version v) {
    List<String> labels = all.stream().map(Version::shown).toList();
    return new PageContext.VersionFacts(labels, all.stream().map(Version::facts).toList(), v.shown(), v == latest || v == current);
  }

  /** A fingerprint of {@link #facts} for a version, for pages that show them. */
  String factsKey(Version v) {
    return factsKeys.computeIfAbsent(v.label(), l -> {
      Keys.Builder b = new Keys.Builder().add(v.label()).add(latest.label()).add(current == null ? "" : current.label());
      for (Version x : all) {
        b.add(x.label()).add(x.shown()).add(factsDigests.computeIfAbsent(x.facts(), f -> Keys.of(f.toString())));
      }
      return b.build();
    });
  }

  /** By version label: a version's key, the same for every page of it, and the digest of its facts. */
  private final java.util.Map<String, String> factsKeys = new java.util.concurrent.ConcurrentHashMap<>();

  private final handbook.cache.RunMap<List<Fact>, String> factsDigests;

  byte[] json() {
    List<Object> list = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      Version v = all.get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", v.shown());
      m.put("path", v.label() + "/");
      if (v.banner() != null) {
        m.put("banner", v.banner());
      }
      m.put("commit", v.commit());
      m.put("date", v.date());
      m.put("latest", v == latest);
      m.put("current", v == current);
      m.put("pages", v.urls().stream().sorted().toList());
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("latest", latest.label());
    root.put("current", current == null ? null : current.label());
    root.put("versions", list);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code site/index.html}: sends readers to the latest version, with a link for when refresh is off. */
  String rootIndex(String language, String title, Map<String, String> t) {
    String to = "latest/";
    return "<!doctype html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + Html.escape(title) + "</title>\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n"
        + "<link rel=\"canonical\" href=\"" + to + "\">\n</head>\n<body>\n<main>\n<h1>" + Html.escape(title) + "</h1>\n"
        + "<p><a href=\"" + to + "\">" + Html.escape(t.getOrDefault("versions.latest", "Latest version")) + " (" + Html.escape(latest.shown()) + ")</a></p>\n"
        + "<p><a href=\"versions/\">" + Html.escape(t.getOrDefault("versions.all", "All versions")) + "</a></p>\n"
        + "</main>\n</body>\n</html>\n";
  }

  /**
   * Where a Docusaurus site had each page, by path from the site's root to the page's address
   * here: its latest version's docs at {@code docs/X/} (here {@code latest/docs/X/}), another
   * version's at {@code docs/FOLDER/X/} (here {@code FOLDER/docs/X/}: its name, or its options'
   * {@code path}, as the latest version's where they give it one), the docs being written at
   * {@code docs/next/X/}; with the docs at the site's root ({@code route} empty) only the latest
   * version's differ. Paths this site has of its own (a version, {@code latest/},
   * {@code versions/}) are left out, and the first version to claim a path keeps it. With the
   * docs at another route ({@code guides/}), the same under it.
   */
  Map<String, String> docusaurusAddresses(String route) {
    boolean atRoot = route.isEmpty();
    Map<String, String> out = new java.util.TreeMap<>();
    Set<String> own = new java.util.HashSet<>(Set.of("latest", "versions"));
    all.forEach(v -> own.add(v.label()));
    List<Version> order = new ArrayList<>();
    order.add(latest);
    if (current != null && current != latest) {
      order.add(current);
    }
    all.stream().filter(v -> v != latest && v != current).forEach(order::add);
    for (Version v : order) {
      // the latest version's docs were at the docs' root, unless the options gave it a path
      boolean atDocs = v == latest && !v.ownPath();
      for (String url : new java.util.TreeSet<>(v.urls())) {
        String old;
        if (atRoot) {
          old = atDocs && url.endsWith("/") ? url : null;
        } else if (url.startsWith(route) && url.endsWith("/")) {
          old = atDocs ? url : route + v.label() + "/" + url.substring(route.length());
        } else {
          old = null;
        }
        if (old != null && !old.isEmpty() && !own.contains(old.substring(0, old.indexOf('/')))) {
          out.putIfAbsent(old, (atDocs ? "latest" : v.label()) + "/" + url);
        }
      }
    }
    return out;
  }

  /** A page at {@code path} (from the site's root) that sends its reader to {@code target} (from the root too). */
  static String redirect(String path, String target, String language, String title) {
    String to = "../".repeat((int) path.chars().filter(c -> c == '/').count()) + Urls.encodePath(target);
    return "<!doctype html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + Html.escape(title) + "</title>\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + Html.escape(to) + "\">\n"
        + "<link rel=\"canonical\" href=\"" + Html.escape(to) + "\">\n</head>\n<body>\n"
        + "<p><a href=\"" + Html.escape(to) + "\">" + Html.escape(target) + "</a></p>\n"
        + "</body>\n</html>\n";
  }

  /** {@code site/versions/index.html}: every version with a link to its home, readable without JavaScript. */
  String versionsPage(String language, String title, Map<String, String> t, String stylesheet) {
    StringBuilder b = new StringBuilder();
    b.append("<!doctype html>\n<html lang=\"").append(language).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(t.getOrDefault("versions.all", "All versions"))).append(" · ").append(Html.escape(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(Html.escape(stylesheet)).append("\">\n</head>\n<body>\n<main id=\"main\" class=\"content\">\n<h1>")
        .append(Html.escape(t.getOrDefault("versions.all", "All versions"))).append("</h1>\n<ul class=\"version-list\">\n");
    for (int i = all.size() - 1; i >= 0; i--) {
      Version v = all.get(i);
      b.append("<li><a href=\"../").append(Html.escape(v.label())).append("/\">").append(Html.escape(v.shown())).append("</a>");
      if (v == latest) {
        b.append(" · ").append(Html.escape(t.getOrDefault("versions.latest", "Latest version")));
      } else if (v == current) {
        b.append(" · ").append(Html.escape(t.getOrDefault("versions.unreleased-label", "unreleased")));
      }
      if (!v.date().isEmpty()) {
        b.append(" <span class=\"version-date\">").append(Html.escape(v.date().substring(0, Math.min(10, v.date().length())))).append("</span>");
      }
      b.append("</li>\n");
    }
    return b.append("</ul>\n</main>\n</body>\n</html>\n").toString();
  }
}
