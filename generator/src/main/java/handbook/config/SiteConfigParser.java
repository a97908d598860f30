package handbook.config;

import handbook.diag.Diagnostic;
import handbook.diag.Diagnostics;
import handbook.diag.Severity;
import handbook.diag.Span;
import handbook.source.SourceFile;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code site.yaml}; unknown keys are errors with a "did you mean". */
public final class SiteConfigParser {
  static final Set<String> KEYS =
      Set.of("title", "description", "language", "base_url", "version", "nav", "links", "versions", "runbooks");
  static final Set<String> VERSION_KEYS = Set.of("tags", "current", "on_error");
  static final Set<String> LINK_KEYS = Set.of("root", "fallback");
  static final Set<String> LANGUAGES = Set.of("nb", "en");
  static final Set<String> RUNBOOK_KEYS = Set.of("review_interval", "missing_section", "sections");
  static final Set<String> MISSING_SECTION = Set.of("error", "warning");

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
    String language = f.oneOf("language", LANGUAGES, d.language());
    return new SiteConfig(
        f.string("title", d.title()),
        f.string("description", d.description()),
        language,
        f.string("base_url", d.baseUrl()),
        f.string("version", d.version()),
        nav,
        rootLinks,
        fallback,
        versions,
        runbooks(f.child("runbooks"), language, diags));
  }

  /** The {@code runbooks:} map; section names not given take the defaults of the language. */
  private static RunbookSettings runbooks(YamlFields r, String language, Diagnostics diags) {
    RunbookSettings d = RunbookSettings.defaults(language);
    if (r == null) {
      return d;
    }
    r.rejectUnknownKeys(RUNBOOK_KEYS, "`runbooks`");
    int interval = r.integer("review_interval", d.reviewInterval());
    if (interval < 1) {
      diags.add(
          Diagnostic.error(
              "config.value", r.span(r.map().get("review_interval")), "`runbooks.review_interval` must be at least 1 (days), not `" + interval + "`"));
      interval = d.reviewInterval();
    }
    String missing = r.oneOf("missing_section", MISSING_SECTION, "error");
    Map<String, String> sections = new LinkedHashMap<>(d.sections());
    YamlFields s = r.child("sections");
    if (s != null) {
      s.rejectUnknownKeys(RunbookSettings.KEYS, "`runbooks.sections`");
      for (String key : RunbookSettings.KEYS) {
        String name = s.string(key, null);
        if (name == null) {
          continue;
        }
        name = name.strip().replaceFirst("^#+\\s*", "");
        if (name.isEmpty()) {
          diags.add(Diagnostic.error("config.value", s.span(s.map().get(key)), "`runbooks.sections." + key + "` must name a heading"));
          continue;
        }
        sections.put(key, name);
      }
      Map<String, String> seen = new HashMap<>();
      for (Map.Entry<String, String> e : sections.entrySet()) {
        String other = seen.putIfAbsent(e.getValue().toLowerCase(Locale.ROOT), e.getKey());
        if (other != null) {
          String given = s.has(e.getKey()) ? e.getKey() : other;
          diags.add(
              Diagnostic.error(
                  "config.value",
                  s.span(s.map().get(given)),
                  "runbook sections `" + other + "` and `" + e.getKey() + "` both have the heading `" + e.getValue() + "`"));
        }
      }
    }
    return new RunbookSettings(interval, missing.equals("warning") ? Severity.WARNING : Severity.ERROR, sections);
  }
}
