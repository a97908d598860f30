package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.List;
import java.util.Set;

/** Reads {@code site.yaml}; unknown keys are errors with a "did you mean". */
public final class SiteConfigParser {
  static final Set<String> KEYS =
      Set.of("title", "description", "language", "base_url", "version", "nav", "links", "versions");
  static final Set<String> VERSION_KEYS = Set.of("tags", "current", "on_error");
  static final Set<String> LINK_KEYS = Set.of("root", "fallback");
  static final Set<String> LANGUAGES = Set.of("nb", "en");

  private final YamlParser yaml = new YamlParser();

  /** Parses the file; problems go to {@code diags} and the defaults stand in for bad values. */
  public SiteConfig parse(SourceFile file, Diagnostics diags) {
    YamlParser.Result r = yaml.parse(file.text(), file.displayPath(), 1);
    diags.addAll(r.errors());
    SiteConfig d = SiteConfig.defaults();
    if (r.root() == null) {
      return d;
    }
    if (!(r.root() instanceof YamlNode.Mapping map)) {
      diags.add(
          Diagnostic.error(
              "config.type",
              Span.at(file.displayPath(), r.root().line(), r.root().column()),
              "site.yaml must be a map of settings, found " + r.root().describe()));
      return d;
    }
    YamlFields f = new YamlFields(map, file.displayPath(), diags, "config");
    f.rejectUnknownKeys(KEYS, "site.yaml");
    String rootLinks = null;
    String fallback = null;
    YamlFields links = f.child("links");
    if (links != null) {
      links.rejectUnknownKeys(LINK_KEYS, "`links`");
      rootLinks = links.string("root", null);
      if (rootLinks != null) {
        rootLinks = rootLinks.replaceAll("^/+|/+$", "");
      }
      fallback = links.string("fallback", null);
      if (fallback != null && !fallback.matches("https?://.+")) {
        diags.add(
            Diagnostic.error(
                "config.value",
                links.span(links.map().get("fallback")),
                "`links.fallback` must be an absolute http(s) URL, not `" + fallback + "`"));
        fallback = null;
      }
      if (fallback != null) {
        fallback = fallback.replaceAll("/+$", "");
      }
    }
    List<String> nav = f.strings("nav");
    SiteConfig.Versions versions = null;
    YamlFields v = f.child("versions");
    if (v != null) {
      v.rejectUnknownKeys(VERSION_KEYS, "`versions`");
      versions =
          new SiteConfig.Versions(
              v.string("tags", "v*"), v.string("current", "next"), v.oneOf("on_error", Set.of("fail", "skip"), "fail").equals("skip"));
    }
    return new SiteConfig(
        f.string("title", d.title()),
        f.string("description", d.description()),
        f.oneOf("language", LANGUAGES, d.language()),
        f.string("base_url", d.baseUrl()),
        f.string("version", d.version()),
        nav,
        rootLinks,
        fallback,
        versions);
  }
}
