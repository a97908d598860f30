package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.cache.Keys;
import handbook.content.ContentKind;
import handbook.content.Fact;
import handbook.content.GeneratedPage;
import handbook.content.LinkScheme;
import handbook.content.LoadInput;
import handbook.content.Loaded;
import handbook.content.PageContext;
import handbook.content.PageInfo;
import handbook.content.SiteSettings;
import handbook.diag.Diagnostic;
import handbook.diag.DiagnosticPrinter;
import handbook.diag.Diagnostics;
import handbook.markdown.Slugs;
import handbook.source.SourceFile;
import handbook.testing.SiteFixture;
import handbook.yaml.YamlFields;
import handbook.yaml.YamlNode;
import handbook.yaml.YamlParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A content kind the generator does not know, added the way a plug-in is: one class (and its
 * template and strings), handed to {@link Build} with the standard kinds. It gets its own
 * {@code site.yaml} section, link scheme, search kind label and change facts without a change to
 * the pipeline, the config parser, the scanner, search or the changes page.
 */
class GlossaryKindTest {
  @TempDir Path tmp;

  /** {@code glossary:} in site.yaml. */
  record GlossarySettings(String title) {}

  /** A glossary: {@code content/glossary.yaml} with {@code terms: [{term, definition}]}. */
  static final class GlossaryKind implements ContentKind<GlossarySettings> {
    @Override
    public String name() {
      return "glossary";
    }

    @Override
    public boolean claims(String path) {
      return path.equals("glossary.yaml");
    }

    @Override
    public GlossarySettings settings(YamlFields section, SiteSettings site, Diagnostics diags) {
      if (section == null) {
        return new GlossarySettings("Ordliste");
      }
      section.rejectUnknownKeys(Set.of("title"), "`glossary`");
      return new GlossarySettings(section.string("title", "Ordliste"));
    }

    @Override
    public List<String> factGroups() {
      return List.of("glossary");
    }

    @Override
    public Loaded load(LoadInput in, GlossarySettings settings) {
      Loaded.Builder out = Loaded.builder();
      for (SourceFile f : in.sources()) {
        YamlParser.Result r = new YamlParser().parse(f.text(), f.displayPath(), 1);
        in.diagnostics().addAll(r.errors());
        if (!(r.root() instanceof YamlNode.Mapping m) || !(m.get("terms") instanceof YamlNode.Seq terms)) {
          continue;
        }
        List<Term> list = new ArrayList<>();
        for (YamlNode t : terms.items()) {
          if (t instanceof YamlNode.Mapping tm) {
            String term = ((YamlNode.Scalar) tm.get("term")).value();
            String definition = ((YamlNode.Scalar) tm.get("definition")).value();
            list.add(new Term(Slugs.slugify(term), term, definition));
          }
        }
        GlossaryPage page = new GlossaryPage(settings.title(), list, Keys.of(f.text()));
        out.page(page);
        Set<String> ids = list.stream().map(Term::id).collect(Collectors.toSet());
        out.scheme("term", (rest, span) -> ids.contains(rest)
            ? LinkScheme.Target.of(GlossaryPage.URL + "#" + rest, rest)
            : LinkScheme.Target.error(Diagnostic.error("link.term", span, "no term `" + rest + "` in the glossary")));
        list.forEach(t -> out.fact(Fact.simple("glossary", t.id(), t.term(), GlossaryPage.URL + "#" + t.id(), Keys.of(t.definition()))));
      }
      return out.build();
    }
  }

  public record Term(String id, String term, String definition) {}

  /** The view the template sees. */
  public record GlossaryView(List<Term> terms) {}

  static final class GlossaryPage extends GeneratedPage {
    static final String URL = "glossary/";
    private final List<Term> terms;
    private final String fingerprint;

    GlossaryPage(String title, List<Term> terms, String fingerprint) {
      super(PageInfo.generated(URL, title, "", null, true, "glossary"), "glossary");
      this.terms = List.copyOf(terms);
      this.fingerprint = fingerprint;
    }

    @Override
    public Set<String> anchors() {
      return terms.stream().map(Term::id).collect(Collectors.toSet());
    }

    @Override
    public Object body(PageContext ctx) {
      return new GlossaryView(terms);
    }

    @Override
    public String fingerprint() {
      return fingerprint;
    }
  }

  static final String TEMPLATE =
      """
      <#import "layout.ftlh" as layout>
      <@layout.page; part>
      <#if part == "main">
      <h1>${page.title}</h1>
      <dl class="glossary">
      <#list page.body.terms as t><dt id="${t.id}" data-search-kind="glossary-term" data-search-title="${t.term}">${t.term}</dt><dd>${t.definition}</dd>
      </#list>
      </dl>
      </#if>
      </@layout.page>
      """;

  static final String SITE =
      """
      -- content/site.yaml --
      title: T
      glossary:
        title: Begreper
      -- content/glossary.yaml --
      terms:
        - {term: Idempotent, definition: Trygt å kjøre flere ganger.}
        - {term: RPO, definition: Hvor mye data som kan gå tapt.}
      -- content/docs/index.md --
      ---
      title: Dokumentasjon
      ---
      En jobb bør være [idempotent](term:idempotent).
      """;

  private SiteFixture site() throws Exception {
    SiteFixture f = SiteFixture.of(tmp, SITE);
    IncrementalBuildTest.copy(SiteFixture.TEMPLATES, tmp.resolve("templates"));
    Files.writeString(tmp.resolve("templates/glossary.ftlh"), TEMPLATE, StandardCharsets.UTF_8);
    return f;
  }

  private BuildResult build(SiteFixture f) {
    List<ContentKind<?>> kinds = new ArrayList<>(SiteKinds.standard());
    kinds.add(new GlossaryKind());
    return new Build(() -> kinds, Progress.NONE).run(new BuildOptions(f.content(), f.site(), tmp.resolve("templates"), true, null));
  }

  @Test
  void aNewKindBringsItsSettingsPagesLinksSearchLabelsAndFacts() throws Exception {
    SiteFixture f = site();
    BuildResult r = build(f);
    assertTrue(r.ok(), r.diagnostics().toString());
    String glossary = f.read("glossary/index.html");
    assertTrue(glossary.contains("<h1>Begreper</h1>"), "its own site.yaml section");
    assertTrue(glossary.contains("<dt id=\"idempotent\" data-search-kind=\"glossary-term\""), glossary);
    assertTrue(f.read("docs/index.html").contains("<a href=\"../glossary/#idempotent\">idempotent</a>"), "its link scheme");
    String index = f.read("search-index.json");
    assertTrue(index.contains("\"glossary-term\":\"Ordliste-term\""), "its label for search results: " + index.substring(0, Math.min(400, index.length())));
    assertTrue(index.contains("\"u\":\"glossary/#rpo\""), "its documents are searched");
  }

  @Test
  void itsSectionAndLinksAreCheckedLikeAnyOther() throws Exception {
    SiteFixture f = site();
    Files.writeString(f.content().resolve("site.yaml"), "title: T\nglossary:\n  titel: Begreper\n", StandardCharsets.UTF_8);
    Files.writeString(f.content().resolve("docs/index.md"), "---\ntitle: D\n---\nSe [x](term:idempotens).\n", StandardCharsets.UTF_8);
    BuildResult r = build(f);
    assertFalse(r.ok());
    DiagnosticPrinter p = new DiagnosticPrinter(r.sources()::get);
    String printed = r.diagnostics().stream().map(p::format).collect(Collectors.joining());
    assertTrue(printed.contains("content/site.yaml:3:3: error[config.unknown-key]: unknown key `titel` in `glossary`"), printed);
    assertTrue(printed.contains("= hint: did you mean `title`?"), printed);
  }

  @Test
  void itsFactsAppearOnTheChangesPageInItsOwnGroup() {
    ChangesPage page = new ChangesPage(Map.of("changes.group.glossary", "Ordliste"), List.of("docs", "glossary"));
    List<ChangesPage.Group> groups =
        page.diff(
            List.of(Fact.simple("glossary", "rpo", "RPO", "glossary/#rpo", "a")),
            List.of(Fact.simple("glossary", "rpo", "RPO", "glossary/#rpo", "b"), Fact.simple("glossary", "rto", "RTO", "glossary/#rto", "c")),
            "../",
            "v1.0");
    assertEquals(1, groups.size());
    assertEquals("Ordliste", groups.get(0).title());
    assertEquals(List.of("RTO"), groups.get(0).added().stream().map(ChangesPage.Change::title).toList());
    assertEquals(List.of("RPO"), groups.get(0).changed().stream().map(ChangesPage.Change::title).toList());
  }
}
