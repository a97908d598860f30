package handbook.docs;

import handbook.content.Mount;
import handbook.diag.Diagnostics;
import handbook.source.FrontMatter;
import handbook.source.FrontMatterReader;
import handbook.source.SourceFile;
import handbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hugo's {@code cascade}: front matter a section's {@code _index.md} (or the config) gives the
 * pages under it, as Hugo gives it: a closer section's value over a farther one's, the config's
 * under all, a page's own over them; each part of a cascade limited by its {@code target} (or
 * older {@code _target}): {@code path} and {@code kind} globs, {@code lang}, {@code environment}.
 * Its {@code params} are read as front matter keys, as this reads a page's.
 */
final class HugoCascade {
  /** One part of a cascade: the folder it is given under ({@code content/docs/}; empty for the config's), its target, its values. */
  record Part(String folder, handbook.config.Glob path, handbook.config.Glob kind, YamlNode.Mapping values) {}

  private final List<Part> parts;
  private final Mount mount;

  private HugoCascade(List<Part> parts, Mount mount) {
    this.parts = parts;
    this.mount = mount;
  }

  /**
   * The cascades of a Hugo project: the config's (the mount's defaults) and those of its
   * sections' {@code _index.md} files among {@code pages}, for the build's {@code environment}.
   */
  static HugoCascade of(List<SourceFile> pages, Mount mount, String environment) {
    List<Part> parts = new ArrayList<>();
    String language = mount.languages().isEmpty() ? "en" : mount.languages().get(0);
    for (Mount.Default d : mount.defaults()) {
      parts.addAll(parts("", d.values(), language, environment));
    }
    for (SourceFile f : pages) {
      String path = mount.unsuffixed(f.path());
      // (Hugo reads keys in any case: `Cascade` too)
      if (!(path.endsWith("/_index.md") || path.equals(mount.docs() + "_index.md")) || !f.text().toLowerCase(Locale.ROOT).contains("cascade")) {
        continue;
      }
      FrontMatter split = FrontMatter.split(f.text());
      // (its own parse reports what is wrong with its front matter)
      FrontMatterReader.Read read = new FrontMatterReader().read(f, split, new Diagnostics(), "frontmatter");
      if (read.fields() == null) {
        continue;
      }
      YamlNode cascade = read.fields().map().entries().values().stream().filter(e -> e.key().equalsIgnoreCase("cascade")).map(YamlNode.Mapping.Entry::value).findFirst().orElse(null);
      if (cascade != null) {
        parts.addAll(parts(path.substring(0, path.length() - "_index.md".length()), cascade, language, environment));
      }
    }
    return new HugoCascade(List.copyOf(parts), mount);
  }

  /** The parts of one {@code cascade} (a map, or a list of them) given under {@code folder}, those for this language and environment. */
  private static List<Part> parts(String folder, YamlNode cascade, String language, String environment) {
    List<Part> out = new ArrayList<>();
    for (YamlNode part : cascade instanceof YamlNode.Seq seq ? seq.items() : List.of(cascade)) {
      if (!(part instanceof YamlNode.Mapping m)) {
        continue;
      }
      YamlNode.Mapping target = null;
      Map<String, YamlNode.Mapping.Entry> values = new LinkedHashMap<>();
      YamlNode.Mapping params = null;
      for (YamlNode.Mapping.Entry e : m.entries().values()) {
        String key = e.key().toLowerCase(Locale.ROOT);
        if ((key.equals("target") || key.equals("_target")) && e.value() instanceof YamlNode.Mapping t) {
          target = t;
        } else if (key.equals("params") && e.value() instanceof YamlNode.Mapping p) {
          params = p;
        } else {
          values.put(e.key(), e);
        }
      }
      if (params != null) {
        params.entries().forEach(values::putIfAbsent);
      }
      String path = target == null ? null : text(target, "path");
      String kind = target == null ? null : text(target, "kind");
      String lang = target == null ? null : text(target, "lang");
      String env = target == null ? null : text(target, "environment");
      if (lang != null && !Globs.of(lang).matches(language) || env != null && !Globs.of(env).matches(environment)) {
        continue;
      }
      out.add(new Part(folder, path == null ? null : Globs.of(path.toLowerCase(Locale.ROOT)), kind == null ? null : Globs.of(kind.toLowerCase(Locale.ROOT)), new YamlNode.Mapping(java.util.Collections.unmodifiableMap(values), m.line(), m.column(), m.file())));
    }
    return out;
  }

  private static String text(YamlNode.Mapping m, String key) {
    for (YamlNode.Mapping.Entry e : m.entries().values()) {
      if (e.key().equalsIgnoreCase(key) && e.value() instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
        return s.value().strip();
      }
    }
    return null;
  }

  /** Whether there is no cascade. */
  boolean isEmpty() {
    return parts.isEmpty();
  }

  /**
   * What the cascades give the page of a content path: the config's, then each section's above it
   * from the top down, a closer one's values over a farther one's; null where none does.
   */
  YamlNode.Mapping of(String contentPath) {
    String path = mount.unsuffixed(contentPath);
    String hugoPath = hugoPath(path);
    String kind = path.equals(mount.docs() + "_index.md") ? "home" : path.endsWith("/_index.md") ? "section" : "page";
    List<Part> applying = new ArrayList<>();
    for (Part p : parts) {
      boolean under = p.folder().isEmpty() || path.startsWith(p.folder()) && !path.equals(p.folder() + "_index.md");
      if (under && (p.path() == null || p.path().matches(hugoPath)) && (p.kind() == null || p.kind().matches(kind))) {
        applying.add(p);
      }
    }
    if (applying.isEmpty()) {
      return null;
    }
    // the config's first, then by depth: each later one over those before it
    applying.sort(java.util.Comparator.comparingInt(p -> p.folder().isEmpty() ? -1 : p.folder().length()));
    YamlNode.Mapping given = applying.get(0).values();
    for (Part p : applying.subList(1, applying.size())) {
      given = given.mergedWith(p.values(), true);
    }
    return given;
  }

  /** A page's path as Hugo's targets name it: {@code /docs/setup} of {@code content/docs/setup.md}, {@code /docs} of its {@code _index.md}, in lower case. */
  private String hugoPath(String path) {
    String rest = path.substring(mount.docs().length());
    rest = rest.replaceAll("(?:^|/)_?index\\.md$", "").replaceAll("\\.md$", "");
    return ("/" + rest).toLowerCase(Locale.ROOT);
  }
}
