package handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.diag.DiagnosticPrinter;
import handbook.output.StagedSite;
import handbook.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental equals clean: a scripted series of edits, and after each one a build with the
 * cache folder, a warm build as {@code serve} runs it, and a clean build of the same content must
 * give the same diagnostics and byte-identical sites. The incremental builds must also have
 * reused pages, or the comparison would prove nothing.
 */
class IncrementalBuildTest {
  @TempDir Path tmp;

  static final Instant DAY = Instant.parse("2026-11-20T12:00:00Z");

  static final String SITE =
      """
      -- content/site.yaml --
      title: Testhåndbok
      nav: [docs, api, runbooks, course, checklist]
      -- content/index.md --
      ---
      title: Forside
      ---
      Se [drift](docs/drift/index.md) og [backup](docs/drift/backup.md#gjenoppretting).
      -- content/docs/drift/index.md --
      ---
      title: Drift
      ---
      Alt om drift. Se [deploy](deploy.md) og [API-et](api:getUser).
      -- content/docs/drift/deploy.md --
      ---
      title: Deploy
      weight: 1
      ---
      ## Steg

      Deploy slik, og ta [backup](backup.md#gjenoppretting) først.
      -- content/docs/drift/backup.md --
      ---
      title: Backup
      weight: 2
      ---
      ## Daglig backup

      Kjøres hver natt.

      ## Gjenoppretting

      Slik gjenoppretter du.

      ```checklist
      category: backup
      ```
      -- content/docs/arkitektur/oversikt.md --
      ---
      title: Oversikt
      ---
      Det store bildet. Se [deploy](../drift/deploy.md#steg).
      -- content/checklist.yaml --
      title: Sjekkliste
      categories:
        - id: backup
          title: Backup
          items:
            - {id: daily-backups, title: Daglig backup, status: todo, links: [docs/drift/backup.md]}
            - {id: restore-test, title: Gjenopprettingstest, status: done}
      -- content/api/users.yaml --
      openapi: 3.0.3
      info: {title: Brukere, version: "1"}
      paths:
        /users/{id}:
          get:
            operationId: getUser
            tags: [Brukere]
            summary: Hent en bruker
            parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
            responses:
              "200": {description: Brukeren, content: {application/json: {schema: {$ref: "#/components/schemas/User"}}}}
          delete:
            operationId: deleteUser
            tags: [Brukere]
            summary: Slett en bruker
            parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
            responses: {"204": {description: Slettet}}
      components:
        schemas:
          User: {type: object, properties: {id: {type: integer}, name: {type: string}}}
      -- content/runbooks/disk.md --
      ---
      title: Full disk
      severity: høy
      services: [db]
      symptoms: [disken er full]
      alerts: [DiskFull]
      owner: Drift
      last_reviewed: 2026-11-01
      ---
      ## Symptomer
      Disken er full.
      ## Konsekvens
      Skriving feiler.
      ## Diagnose
      Se `df -h`.
      ## Tiltak
      1. Rydd opp, se [backup](../docs/drift/backup.md).
      ## Verifisering
      `df -h` viser plass.
      ## Eskalering
      Ring drift.
      -- content/course/index.md --
      ---
      title: Kurset
      audience: Nye i drift.
      ---
      Velkommen.
      -- content/course/01-grunnlag/index.md --
      ---
      number: 1
      title: Grunnlag
      duration: 30 min
      outcomes: [Hvordan det henger sammen]
      outcome: Du kan drifte.
      ---
      Innledning.
      -- content/course/01-grunnlag/01-start.md --
      ---
      title: Start
      duration: 30 min
      ---
      ## Første steg

      Les [deploy](../../docs/drift/deploy.md).
      """;

  /** One step of the script: what it does, and the edit. */
  record Step(String name, Consumer<SiteFixture> edit) {}

  static void write(SiteFixture f, String path, String text) {
    try {
      Path p = f.root().resolve(path);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void replace(SiteFixture f, String path, String from, String to) {
    try {
      Path p = f.root().resolve(path);
      String s = Files.readString(p, StandardCharsets.UTF_8);
      assertTrue(s.contains(from), path + " holds " + from);
      Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void delete(SiteFixture f, String path) {
    try {
      Files.delete(f.root().resolve(path));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void move(SiteFixture f, String from, String to) {
    try {
      Files.createDirectories(f.root().resolve(to).getParent());
      Files.move(f.root().resolve(from), f.root().resolve(to));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<Step> script() {
    List<Step> s = new ArrayList<>();
    s.add(new Step("body edited", f -> replace(f, "content/docs/drift/deploy.md", "Deploy slik", "Deploy alltid slik")));
    s.add(new Step("title changed", f -> replace(f, "content/docs/drift/backup.md", "title: Backup", "title: Sikkerhetskopi")));
    s.add(new Step("page added", f -> write(f, "content/docs/drift/logging.md", "---\ntitle: Logging\n---\n## Logger\n\nSe [deploy](deploy.md#steg).\n")));
    s.add(new Step("page deleted", f -> delete(f, "content/docs/arkitektur/oversikt.md")));
    s.add(new Step("page renamed", f -> move(f, "content/docs/drift/logging.md", "content/docs/drift/logger.md")));
    s.add(new Step("anchor removed (links to it fail)", f -> replace(f, "content/docs/drift/deploy.md", "## Steg", "## Fremgangsmåte")));
    s.add(new Step("anchor restored", f -> replace(f, "content/docs/drift/deploy.md", "## Fremgangsmåte", "## Steg")));
    s.add(new Step("template edited", f -> replace(f, "templates/doc.ftlh", "<article class=\"doc\">", "<article class=\"doc edited\">")));
    s.add(new Step("layout edited", f -> replace(f, "templates/layout.ftlh", "<meta name=\"color-scheme\" content=\"light dark\">", "<meta name=\"color-scheme\" content=\"light\">")));
    s.add(new Step("stylesheet edited", f -> replace(f, "templates/assets/handbook.css", " * Handbook theme.\n", " * Handbook theme.\n */\n.edited { color: red; }\n/*\n")));
    s.add(new Step("site.yaml edited", f -> replace(f, "content/site.yaml", "title: Testhåndbok", "title: Håndboka")));
    s.add(new Step("site.yaml edited: a stylesheet of the site's own (extra_css)", f -> {
      write(f, "content/css/egen.css", ".egen { color: teal; }\n");
      replace(f, "content/site.yaml", "title: Håndboka\n", "title: Håndboka\nextra_css: [css/egen.css]\n");
    }));
    s.add(new Step("the site's own stylesheet changed", f -> replace(f, "content/css/egen.css", "teal", "navy")));
    s.add(new Step("checklist status changed", f -> replace(f, "content/checklist.yaml", "status: todo", "status: in-progress")));
    s.add(new Step("an operation removed from the spec", f -> {
      try {
        Path spec = f.root().resolve("content/api/users.yaml");
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        int from = text.indexOf("    delete:");
        int to = text.indexOf("components:");
        assertTrue(from > 0 && to > from, text);
        Files.writeString(spec, text.substring(0, from) + text.substring(to), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
    s.add(new Step("a lesson added", f -> {
      replace(f, "content/course/01-grunnlag/index.md", "duration: 30 min", "duration: 45 min");
      write(f, "content/course/01-grunnlag/02-videre.md", "---\ntitle: Videre\nduration: 15 min\n---\nMer om [start](01-start.md#første-steg).\n");
    }));
    s.add(new Step("runbook edited", f -> replace(f, "content/runbooks/disk.md", "severity: høy", "severity: kritisk")));
    s.add(new Step("markers of other tools in a runbook and a lesson", f -> {
      replace(f, "content/runbooks/disk.md", "Ring drift.", "Ring drift.\n\n{{< note >}}");
      replace(f, "content/course/01-grunnlag/01-start.md", "Les [deploy]", "{% include x.md %}\n\nLes [deploy]");
    }));
    s.add(new Step("a file included", f -> {
      write(f, "content/includes/merk.md", "Husk [deploy](deploy.md#steg) først.\n");
      replace(f, "content/docs/drift/backup.md", "Kjøres hver natt.", "Kjøres hver natt.\n\n--8<-- \"includes/merk.md\"");
    }));
    s.add(new Step("an included file edited", f -> replace(f, "content/includes/merk.md", "først", "aller først")));
    s.add(new Step("a link in an included file broken", f -> replace(f, "content/includes/merk.md", "#steg", "#mangler")));
    s.add(new Step("an included file deleted", f -> delete(f, "content/includes/merk.md")));
    s.add(new Step("the site's first tag (its tag pages made: every page edited), and a page with MkDocs Material's tags listing added", f -> {
      replace(f, "content/docs/drift/deploy.md", "weight: 1\n", "weight: 1\ntags: [drift]\n");
      write(f, "content/docs/merker.md", "---\ntitle: Merker\n---\nAlle merkene:\n\n<!-- material/tags -->\n");
    }));
    s.add(new Step("another page tagged (the listing shows it)", f -> replace(f, "content/docs/drift/backup.md", "weight: 2\n", "weight: 2\ntags: [drift, backup]\n")));
    s.add(new Step("a link to a tag's heading in the listing", f -> replace(f, "content/docs/drift/deploy.md", "Deploy alltid slik", "Deploy alltid slik (se [backup-merket](../merker.md#tag:backup))")));
    s.add(new Step("the tag taken off its page (edited: its heading is gone, the link to it fails)", f -> replace(f, "content/docs/drift/backup.md", "tags: [drift, backup]\n", "tags: [drift]\n")));
    s.add(new Step("the tag back on its page (edited: the link resolves again)", f -> replace(f, "content/docs/drift/backup.md", "tags: [drift]\n", "tags: [drift, backup]\n")));
    s.add(new Step("a tagged page's title changed (its tags' pages and the listing show it)", f -> replace(f, "content/docs/drift/backup.md", "title: Sikkerhetskopi\n", "title: Sikkerhetskopiering\n")));
    s.add(new Step("an untagged page's body changed (the tags as they were)", f -> replace(f, "content/docs/drift/index.md", "Alt om drift.", "Alt om driften.")));
    s.add(new Step("the tagged page's title back", f -> replace(f, "content/docs/drift/backup.md", "title: Sikkerhetskopiering\n", "title: Sikkerhetskopi\n")));
    s.add(new Step("a formula written (KaTeX published)", f -> replace(f, "content/docs/drift/deploy.md", "Deploy alltid slik", "Deploy alltid slik, $n^2$ ganger")));
    s.add(new Step("a page without formulas changed (the one with a formula reused: KaTeX stays)", f -> replace(f, "content/docs/drift/backup.md", "Kjøres hver natt.", "Kjøres hver eneste natt.")));
    s.add(new Step("the site's one formula removed (KaTeX not published)", f -> replace(f, "content/docs/drift/deploy.md", ", $n^2$ ganger", "")));
    s.add(new Step("a diagram drawn (Mermaid published)", f -> replace(f, "content/docs/drift/deploy.md", "Deploy alltid slik", "```mermaid\ngraph TD\n  A --> B\n```\n\nDeploy alltid slik")));
    s.add(new Step("a page without diagrams changed (the one with a diagram reused: Mermaid stays)", f -> replace(f, "content/docs/drift/backup.md", "Kjøres hver eneste natt.", "Kjøres hver natt.")));
    s.add(new Step("the site's one diagram removed (Mermaid not published)", f -> replace(f, "content/docs/drift/deploy.md", "```mermaid\ngraph TD\n  A --> B\n```\n\n", "")));
    s.add(new Step("a folder's _category_ file added", f -> write(f, "content/docs/drift/_category_.yml", "label: Driftsrutiner\nposition: 1\ncollapsed: true\n")));
    s.add(new Step("a _category_ file edited", f -> replace(f, "content/docs/drift/_category_.yml", "Driftsrutiner", "Drift og vedlikehold")));
    s.add(new Step("a _category_ file in JSON", f -> write(f, "content/docs/arkitektur/_category_.json", "{\"label\": \"Arkitekturen\", \"link\": {\"description\": \"Om arkitekturen.\"}}\n")));
    s.add(new Step("a _category_ file deleted", f -> delete(f, "content/docs/drift/_category_.yml")));
    s.add(new Step("a .pages file added", f -> write(f, "content/docs/drift/.pages", "title: Drift (pages)\nnav:\n  - deploy.md\n  - ...\n")));
    s.add(new Step("a .pages file's nav edited", f -> replace(f, "content/docs/drift/.pages", "  - deploy.md\n  - ...\n", "  - ...\n  - Utrulling: deploy.md\n")));
    s.add(new Step("a .pages file deleted", f -> delete(f, "content/docs/drift/.pages")));
    s.add(
        new Step(
            "an mkdocs.yml added (the site's settings edited)",
            f -> {
              write(f, "content/includes/forkortelser.md", "*[natt]: mellom 01 og 05\n");
              write(
                  f,
                  "content/mkdocs.yml",
                  "site_description: Fra MkDocs.\nrepo_url: https://github.com/example/handbok\nnav:\n  - Drift:\n    - Sikkerhetskopi: drift/backup.md\n    - drift/deploy.md\n  - Borte: borte.md\n"
                      + "markdown_extensions:\n  - pymdownx.snippets:\n      auto_append: [includes/forkortelser.md]\n");
            }));
    s.add(new Step("mkdocs.yml's nav edited", f -> replace(f, "content/mkdocs.yml", "    - Sikkerhetskopi: drift/backup.md\n    - drift/deploy.md\n", "    - drift/deploy.md\n    - Kopier: drift/backup.md\n")));
    s.add(new Step("site.yaml moved away (the MkDocs project alone: its docs folder read, not the other kinds' folders)", f -> move(f, "content/site.yaml", "site.yaml.kept")));
    s.add(new Step("site.yaml back (a Handbook project again)", f -> move(f, "site.yaml.kept", "content/site.yaml")));
    s.add(new Step("mkdocs.yml's theme edited: Material without tabs (the whole menu in the sidebar)", f -> replace(f, "content/mkdocs.yml", "auto_append: [includes/forkortelser.md]\n", "auto_append: [includes/forkortelser.md]\ntheme:\n  name: material\n")));
    s.add(new Step("mkdocs.yml's theme edited: Material's tabs turned on (the sections as tabs again)", f -> replace(f, "content/mkdocs.yml", "  name: material\n", "  name: material\n  features: [navigation.tabs]\n")));
    s.add(new Step("the docs moved to documentation/, mkdocs.yml's docs_dir edited", f -> {
      move(f, "content/docs", "content/documentation");
      replace(f, "content/mkdocs.yml", "nav:\n", "docs_dir: documentation\nnav:\n");
    }));
    s.add(new Step("a page of the docs_dir changed", f -> replace(f, "content/documentation/drift/deploy.md", "Deploy alltid slik", "Deploy nesten alltid slik")));
    s.add(new Step("a page added to the docs_dir, and a docs/ folder that is not read", f -> {
      write(f, "content/documentation/drift/ny.md", "# Ny side\n\nSe [deploy](deploy.md).\n");
      write(f, "content/docs/drift/ny.md", "# Ikke lest\n");
    }));
    s.add(new Step("mkdocs.yml's docs_dir edited away (the docs in docs/ again)", f -> {
      delete(f, "content/docs/drift/ny.md");
      delete(f, "content/docs/drift");
      delete(f, "content/docs");
      move(f, "content/documentation", "content/docs");
      replace(f, "content/mkdocs.yml", "docs_dir: documentation\n", "");
    }));
    s.add(new Step("a file appended to every page edited", f -> replace(f, "content/includes/forkortelser.md", "mellom 01 og 05", "klokka 02")));
    s.add(new Step("mkdocs.yml deleted (the site's settings edited)", f -> delete(f, "content/mkdocs.yml")));
    s.add(
        new Step(
            "a docusaurus.config.js and its sidebars added (the site's settings edited)",
            f -> {
              write(f, "content/docusaurus.config.js", "module.exports = {\n  title: 'Fra Docusaurus',\n};\n");
              write(f, "content/sidebars.js", "module.exports = {\n  docs: [\n    {type: 'category', label: 'Drift (sidebars)', items: ['drift/backup', 'drift/deploy']},\n    {type: 'autogenerated', dirName: '.'},\n  ],\n};\n");
            }));
    s.add(new Step("the sidebars' order edited", f -> replace(f, "content/sidebars.js", "['drift/backup', 'drift/deploy']", "['drift/deploy', 'drift/backup', 'drift/borte']")));
    s.add(new Step("a category's doc link added (edited: the folder's page is that doc)", f -> {
      write(f, "content/docs/ny/_category_.json", "{\"link\": {\"type\": \"doc\", \"id\": \"ny/start\"}}\n");
      write(f, "content/docs/ny/start.md", "# Start her\n");
      write(f, "content/docs/ny/mer.md", "# Mer\n");
      write(f, "content/docs/drift/_category_.json", "{\"link\": {\"type\": \"doc\", \"id\": \"drift/deploy\"}}\n");
    }));
    s.add(new Step("the category's doc link removed (edited: a made page again)", f -> {
      delete(f, "content/docs/ny/_category_.json");
      delete(f, "content/docs/drift/_category_.json");
    }));
    s.add(new Step("the sidebars deleted (edited: the menu follows the folders)", f -> delete(f, "content/sidebars.js")));
    s.add(new Step("docusaurus.config.js deleted (the site's settings edited)", f -> delete(f, "content/docusaurus.config.js")));
    s.add(
        new Step(
            "a hugo.toml beside a content/ folder added (the site's settings edited: a Hugo project, its content/ the site)",
            f -> {
              write(f, "content/hugo.toml", "title = \"Fra Hugo\"\ndefaultContentLanguage = \"nb\"\n[params]\ndescription = \"Om Hugo.\"\n");
              write(f, "content/content/_index.md", "---\ntitle: Hjem\n---\nSe [oppsett]({{< ref \"docs/Oppsett.md\" >}}).\n");
              write(f, "content/content/docs/Oppsett.md", "---\ntitle: Oppsett\nslug: sett-opp\n---\n{{< alert title=\"Merk\" >}}\nSe [bildet](/bilde.png).\n{{< /alert >}}\n");
              write(f, "content/content/docs/Drift.md", "---\ntitle: Drift\n---\nTil [oppsett](/docs/sett-opp/).\n");
              write(f, "content/static/bilde.png", "png");
            }));
    s.add(new Step("a Hugo page's slug edited (the page that links to its address fails)", f -> replace(f, "content/content/docs/Oppsett.md", "slug: sett-opp", "slug: oppsett")));
    s.add(new Step("the link to it mended, and a weight that orders the menu", f -> {
      replace(f, "content/content/docs/Drift.md", "/docs/sett-opp/", "/docs/oppsett/");
      replace(f, "content/content/docs/Drift.md", "title: Drift\n", "title: Drift\nweight: 1\n");
    }));
    s.add(new Step("a Hugo page of a category added (the site's first tag: every page edited; the category's address redirects)", f -> write(f, "content/content/docs/Kategori.md", "---\ntitle: Kategori\ncategories: [Drift]\n---\nSe [drift](/categories/drift/).\n")));
    s.add(new Step("its category changed (the link to the old category's address fails)", f -> replace(f, "content/content/docs/Kategori.md", "[Drift]", "[Ops]")));
    s.add(new Step("the link to the category mended", f -> replace(f, "content/content/docs/Kategori.md", "/categories/drift/", "/categories/ops/")));
    s.add(new Step("a section's cascade added: a description for its pages (edited: they are unchanged)", f -> write(f, "content/content/docs/_index.md", "---\ntitle: Dokumentasjon\ncascade:\n  description: Fra seksjonen.\n---\n")));
    s.add(new Step("the section's cascade edited (its pages unchanged)", f -> replace(f, "content/content/docs/_index.md", "Fra seksjonen.", "Fra seksjonen, igjen.")));
    s.add(new Step("a Hugo page put in the main menu (edited: every page's header)", f -> replace(f, "content/content/docs/Drift.md", "title: Drift\n", "title: Drift\nmenu: main\n")));
    s.add(new Step("the link to the category taken out", f -> replace(f, "content/content/docs/Kategori.md", "Se [drift](/categories/ops/).", "Se drift.")));
    s.add(new Step("hugo.toml's taxonomies edited: tags only (the page's category, unchanged, is no tag now)", f -> replace(f, "content/hugo.toml", "[params]", "[taxonomies]\n  tag = 'tags'\n[params]")));
    s.add(new Step("hugo.toml's taxonomies edited back to Hugo's own, and the link back", f -> {
      replace(f, "content/hugo.toml", "[taxonomies]\n  tag = 'tags'\n", "");
      replace(f, "content/content/docs/Kategori.md", "Se drift.", "Se [drift](/categories/ops/).");
    }));
    s.add(new Step("the home page's title taken away (the site's title is its)", f -> replace(f, "content/content/_index.md", "---\ntitle: Hjem\n---\n", "")));
    s.add(new Step("site.yaml's title edited (the untitled home's title is it)", f -> replace(f, "content/site.yaml", "title: Håndboka\n", "title: Håndboka 2\n")));
    s.add(new Step("hugo.toml edited (the site's settings)", f -> replace(f, "content/hugo.toml", "Fra Hugo", "Fra Hugo igjen")));
    s.add(new Step("hugo.toml's permalinks edited: a pattern for the docs section (its pages move; the link follows)", f -> {
      replace(f, "content/hugo.toml", "[params]", "[permalinks]\n  docs = '/d/:year/:slug/'\n[params]");
      replace(f, "content/content/docs/Drift.md", "/docs/oppsett/", "/d/1/oppsett/");
    }));
    s.add(new Step("a page's date set (its address by the pattern moves: the link to the old one fails)", f -> replace(f, "content/content/docs/Oppsett.md", "slug: oppsett\n", "slug: oppsett\ndate: 2024-05-01\n")));
    s.add(new Step("hugo.toml's frontmatter edited: dates from file names only (the page's date, unchanged, is not read: its address is the link's again)", f -> replace(f, "content/hugo.toml", "[permalinks]", "[frontmatter]\n  date = [':filename']\n[permalinks]")));
    s.add(new Step("hugo.toml's permalinks edited: the pattern taken away, and the date; the link mended", f -> {
      replace(f, "content/hugo.toml", "[frontmatter]\n  date = [':filename']\n", "");
      replace(f, "content/hugo.toml", "[permalinks]\n  docs = '/d/:year/:slug/'\n", "");
      replace(f, "content/content/docs/Oppsett.md", "date: 2024-05-01\n", "");
      replace(f, "content/content/docs/Drift.md", "/d/1/oppsett/", "/docs/oppsett/");
    }));
    s.add(new Step("a static file deleted (the link to it fails)", f -> delete(f, "content/static/bilde.png")));
    s.add(new Step("hugo.toml deleted (the site's settings edited: a Handbook project again)", f -> delete(f, "content/hugo.toml")));
    s.add(new Step("nothing changed", f -> {}));
    return s;
  }

  record Outcome(int exit, String diagnostics, Map<String, byte[]> files, int rendered, int reused) {}

  private Outcome build(Path content, Path templates, Path out, Path cache, WarmState warm) {
    BuildOptions o = new BuildOptions(content, out, templates, true, DAY, null, cache, Set.of());
    BuildResult r = new Build(Build::standardKinds, Progress.NONE).run(o, warm);
    DiagnosticPrinter p = new DiagnosticPrinter(r.sources()::get);
    String printed = r.diagnostics().stream().map(p::format).collect(Collectors.joining());
    try {
      return new Outcome(r.ok() ? 0 : 1, printed, SiteFixture.snapshot(out), r.rendered(), r.reused());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyEditBuildsIncrementallyExactlyAsACleanBuild() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), SITE);
    Path templates = site.root().resolve("templates");
    copy(SiteFixture.TEMPLATES, templates);
    Path cache = tmp.resolve("cache");
    Path cached = tmp.resolve("site-cached");
    Path served = tmp.resolve("site-served");
    WarmState warm = new WarmState();

    Outcome first = build(site.content(), templates, cached, cache, null);
    assertEquals(0, first.exit(), first.diagnostics());
    assertEquals(0, build(site.content(), templates, served, null, warm).exit());
    int pages = first.rendered();
    assertTrue(pages > 15, "pages: " + pages);

    int step = 0;
    for (Step s : script()) {
      step++;
      Path clean = tmp.resolve("site-clean-" + step);
      Outcome[] o = afterEach(s, site, templates, clean, cache, cached, served, warm);
      Outcome expected = o[0];
      Outcome incremental = o[1];
      if (s.name().startsWith("markers of other tools")) {
        assertTrue(expected.diagnostics().contains("content/runbooks/disk.md:23:1: warning[markdown.marker]"), expected.diagnostics());
        assertTrue(expected.diagnostics().contains("content/course/01-grunnlag/01-start.md:7:1: warning[markdown.marker]"), expected.diagnostics());
      }
      if (s.name().startsWith("a page added to the docs_dir")) {
        // (an MkDocs project's docs are at the site's root)
        assertTrue(new String(expected.files().get("drift/ny/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("<title>Ny side"), s.name());
        assertTrue(new String(expected.files().get("drift/deploy/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("Deploy nesten alltid slik"), s.name());
      }
      if (s.name().startsWith("the site's own stylesheet changed")) {
        assertTrue(new String(expected.files().get("docs/drift/deploy/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("<link rel=\"stylesheet\" href=\"../../../css/egen.css\">"));
        assertEquals(".egen { color: navy; }\n", new String(incremental.files().get("css/egen.css"), java.nio.charset.StandardCharsets.UTF_8));
      }
      if (s.name().startsWith("a formula written") || s.name().startsWith("the site's one formula removed") || s.name().startsWith("a page without formulas changed")) {
        boolean katex = !s.name().startsWith("the site's one formula removed");
        assertEquals(katex, expected.files().keySet().stream().anyMatch(p -> p.startsWith("assets/vendor/katex/fonts/")), s.name());
        assertEquals(katex, new String(expected.files().get("docs/drift/deploy/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("class=\"arithmatex\""), s.name());
      }
      if (s.name().startsWith("a diagram drawn") || s.name().startsWith("the site's one diagram removed") || s.name().startsWith("a page without diagrams changed")) {
        boolean mermaid = !s.name().startsWith("the site's one diagram removed");
        assertEquals(mermaid, expected.files().keySet().stream().anyMatch(p -> p.startsWith("assets/vendor/mermaid/mermaid.")), s.name());
        assertEquals(mermaid, new String(expected.files().get("docs/drift/deploy/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("class=\"language-mermaid\""), s.name());
        assertFalse(expected.files().keySet().stream().anyMatch(p -> p.startsWith("assets/vendor/katex/")), "KaTeX stays out: " + s.name());
      }
      if (s.name().startsWith("a hugo.toml beside")) {
        assertEquals(0, expected.exit(), expected.diagnostics());
        String page = new String(expected.files().get("docs/sett-opp/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("<div class=\"admonition note\" role=\"note\"><p class=\"admonition-title\">Merk</p>") && page.contains("href=\"../../bilde.png\""), page);
      }
      if (s.name().startsWith("hugo.toml's permalinks edited: a pattern")) {
        assertEquals(0, expected.exit(), expected.diagnostics());
        assertTrue(new String(expected.files().get("d/1/drift/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("href=\"../oppsett/\""), s.name());
      }
      if (s.name().startsWith("a page's date set")) {
        assertEquals(1, expected.exit(), s.name());
        assertTrue(expected.diagnostics().contains("content/content/docs/Drift.md:6:15: error[link."), expected.diagnostics());
      }
      if (s.name().startsWith("hugo.toml's frontmatter edited")) {
        assertEquals(0, expected.exit(), expected.diagnostics());
        assertTrue(expected.files().containsKey("d/1/oppsett/index.html"), s.name());
      }
      if (s.name().startsWith("a Hugo page of a category added") || s.name().startsWith("the link to the category mended")) {
        String term = s.name().startsWith("a Hugo") ? "drift" : "ops";
        assertEquals(0, expected.exit(), expected.diagnostics());
        assertTrue(expected.files().containsKey("tags/" + term + "/index.html") && expected.files().containsKey("categories/" + term + "/index.html"), s.name());
      }
      if (s.name().startsWith("a section's cascade added") || s.name().startsWith("the section's cascade edited")) {
        assertEquals(0, expected.exit(), expected.diagnostics());
        String drift = new String(expected.files().get("docs/drift/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(drift.contains("<meta name=\"description\" content=\"Fra seksjonen" + (s.name().contains("edited") && !s.name().contains("added") ? ", igjen." : ".") + "\">"), drift);
      }
      if (s.name().startsWith("a Hugo page put in the main menu")) {
        String home = new String(expected.files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(home.contains("<a href=\"docs/drift/\">Drift</a>") && home.contains("header-links"), home);
      }
      if (s.name().startsWith("the link to the category taken out") || s.name().startsWith("hugo.toml's taxonomies")) {
        boolean back = !s.name().contains("tags only");
        assertEquals(0, expected.exit(), expected.diagnostics());
        assertEquals(back, expected.files().containsKey("tags/ops/index.html") && expected.files().containsKey("categories/ops/index.html"), s.name());
      }
      if (s.name().startsWith("the home page's title taken away")) {
        assertFalse(expected.diagnostics().contains("content/content/_index.md: warning[page.no-title]"), "a Hugo home is named by the site: " + expected.diagnostics());
        assertTrue(new String(expected.files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("<h1>Håndboka</h1>"));
      }
      if (s.name().startsWith("site.yaml's title edited")) {
        String home = new String(expected.files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(home.contains("<title>Håndboka 2</title>"), home);
      }
      if (s.name().startsWith("its category changed")) {
        assertEquals(1, expected.exit(), s.name());
        assertTrue(expected.diagnostics().contains("content/content/docs/Kategori.md:5:12: error[link.unresolved]: no page or file `/categories/drift/`"), expected.diagnostics());
      }
      if (s.name().startsWith("a Hugo page's slug edited") || s.name().startsWith("a static file deleted")) {
        assertEquals(1, expected.exit(), s.name());
        assertTrue(expected.diagnostics().contains(s.name().startsWith("a static") ? "content/content/docs/Oppsett.md:6:13: error[link." : "content/content/docs/Drift.md:4:15: error[link."), expected.diagnostics());
      }
      if (s.name().startsWith("the tag taken off its page")) {
        assertEquals(1, expected.exit());
        assertTrue(expected.diagnostics().contains("error[link.anchor]: no heading `#tag:backup` on `docs/merker.md`"), expected.diagnostics());
      }
      if (s.name().startsWith("a link to a tag's heading") || s.name().startsWith("the tag back on its page")) {
        assertEquals(0, expected.exit(), expected.diagnostics());
      }
      if (s.name().startsWith("another page tagged")) {
        String listing = new String(expected.files().get("docs/merker/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(listing.contains("<h2 id=\"tag:backup\">backup</h2>") && listing.contains("<a href=\"../drift/backup/\">Sikkerhetskopi</a>"), listing);
      }
      if (s.name().startsWith("site.yaml moved away") || s.name().startsWith("site.yaml back")) {
        boolean alone = s.name().startsWith("site.yaml moved away");
        assertEquals(alone, !expected.files().containsKey("runbooks/disk/index.html"), s.name());
        assertEquals(alone, expected.diagnostics().contains("warning[config.mkdocs]"), expected.diagnostics());
      }
      if (s.name().startsWith("mkdocs.yml's theme edited")) {
        boolean tabs = s.name().contains("tabs turned on");
        String page = new String(expected.files().get("drift/backup/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(tabs, page.contains("<nav class=\"tabs\""), s.name());
      }
      if (s.name().startsWith("a docusaurus.config.js") || s.name().startsWith("the sidebars' order")) {
        String page = new String(expected.files().get("docs/drift/index.html"), java.nio.charset.StandardCharsets.UTF_8);
        boolean backupFirst = s.name().startsWith("a docusaurus.config.js");
        assertEquals(backupFirst, page.indexOf(">Sikkerhetskopi<") < page.indexOf(">Deploy<"), page);
        assertTrue(page.contains(">Drift (sidebars)<"), page);
        assertEquals(!backupFirst, expected.diagnostics().contains("content/sidebars.js:3:"), expected.diagnostics());
      }
      if (s.name().startsWith("a category's doc link added")) {
        assertTrue(new String(expected.files().get("docs/ny/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("<title>Start her"), "the linked doc is the folder's page");
        assertTrue(expected.diagnostics().contains("content/docs/drift/_category_.json:1:32: warning[docs.category]: the folder's index is its page"), expected.diagnostics());
      }
      if (s.name().equals("a file appended to every page edited")) {
        assertTrue(new String(expected.files().get("drift/backup/index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("<abbr title=\"klokka 02\">natt</abbr>"));
      }
      if (s.name().equals("nothing changed")) {
        assertTrue(incremental.diagnostics().contains("warning[markdown.marker]"), "the cache keeps the warnings of the bodies it holds");
        assertEquals(0, incremental.rendered(), "nothing is rendered when nothing changed");
      }
      if (s.name().equals("body edited")) {
        assertTrue(incremental.rendered() <= 3, "a body edit renders the page and not the site: " + incremental.rendered());
      }
      StagedSite.deleteTree(clean);
    }
  }

  /**
   * Makes a step's edit, then builds cleanly, with the cache and warm (told the files that
   * changed, as serve's watcher would); the two later builds must give the clean one's exit,
   * diagnostics and files, and reuse something unless the step's name says it edited everything.
   *
   * @return the clean, the cached and the warm build
   */
  private Outcome[] afterEach(Step s, SiteFixture site, Path templates, Path clean, Path cache, Path cached, Path served, WarmState warm) throws IOException {
    Map<String, byte[]> before = SiteFixture.snapshot(site.root());
    s.edit().accept(site);
    // what serve's file watcher would report: the files that differ
    Map<String, byte[]> after = SiteFixture.snapshot(site.root());
    Set<Path> changed = new java.util.HashSet<>();
    for (String f : new java.util.TreeSet<>(java.util.stream.Stream.concat(before.keySet().stream(), after.keySet().stream()).toList())) {
      if (!java.util.Arrays.equals(before.get(f), after.get(f))) {
        changed.add(site.root().resolve(f));
      }
    }
    warm.changed(changed);
    Outcome expected = build(site.content(), templates, clean, null, null);
    Outcome incremental = build(site.content(), templates, cached, cache, null);
    Outcome warmRun = build(site.content(), templates, served, null, warm);
    for (Outcome o : List.of(incremental, warmRun)) {
      String which = (o == incremental ? "build --cache" : "serve") + " after: " + s.name();
      assertEquals(expected.exit(), o.exit(), which);
      assertEquals(expected.diagnostics(), o.diagnostics(), which);
      if (expected.exit() == 0) {
        assertSameFiles(expected.files(), o.files(), which);
      }
    }
    if (expected.exit() == 0 && !s.name().contains("edited")) {
      assertTrue(incremental.reused() > 0, "the cache was used after: " + s.name());
      assertTrue(warmRun.reused() > 0, "the warm state was used after: " + s.name());
    }
    return new Outcome[] {expected, incremental, warmRun};
  }

  /** A Jekyll project: its pages placed by their parents, a title and a permalink changed. */
  static final String JEKYLL =
      """
      -- content/_config.yml --
      title: Fra Jekyll
      exclude: [docs/utkast/]
      -- content/index.md --
      ---
      title: Hjem
      ---
      Se [roten](docs/jekyll/).
      -- content/docs/jekyll/index.md --
      ---
      title: Jekyll-rot
      nav_order: 1
      ---
      Se [barnet]({% link docs/jekyll/barn.md %}).
      -- content/docs/jekyll/barn.md --
      ---
      title: Barn
      parent: Jekyll-rot
      ---
      Til [roten](index.html).

      {% include merk.md %}
      -- content/_includes/merk.md --
      Merk deg dette.
      -- content/docs/utkast/ikke.md --
      # Ikke med

      En [brutt](mangler.md) lenke.
      -- content/assets/bilde.png --
      png
      """;

  /** What a test checks of the clean build after each step of a {@link #series}. */
  interface Check {
    void after(int step, Step s, Outcome expected) throws Exception;
  }

  /**
   * Runs the steps on a project, after each one a clean build, {@code build --cache} and
   * {@code serve}'s next run (both must equal the clean build), and checks the clean build.
   */
  private void series(String project, List<Step> steps, Check check) throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), project);
    Path templates = SiteFixture.TEMPLATES;
    Path cache = tmp.resolve("cache");
    Path cached = tmp.resolve("site-cached");
    Path served = tmp.resolve("site-served");
    WarmState warm = new WarmState();
    assertEquals(0, build(site.content(), templates, cached, cache, null).exit());
    assertEquals(0, build(site.content(), templates, served, null, warm).exit());
    int step = 0;
    for (Step s : steps) {
      step++;
      Path clean = tmp.resolve("clean-" + step);
      check.after(step, s, afterEach(s, site, templates, clean, cache, cached, served, warm)[0]);
      StagedSite.deleteTree(clean);
    }
  }

  @Test
  void anUntitledHomeTakesTheSitesNewTitle() throws Exception {
    String project = "-- content/site.yaml --\ntitle: Én\n-- content/index.md --\nSe [a](docs/a.md).\n-- content/docs/a.md --\n# A\n";
    List<Step> steps = List.of(new Step("site.yaml's title edited", f -> replace(f, "content/site.yaml", "Én", "To")), new Step("nothing changed", f -> {}));
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), expected.diagnostics());
      String a = new String(expected.files().get("docs/a/index.html"), StandardCharsets.UTF_8);
      assertTrue(a.contains("<a href=\"../../\">To</a>") && !a.contains(">Én<"), a);
    });
  }

  @Test
  void anMkDocsNavsGroupsBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    String project =
        """
        -- content/mkdocs.yml --
        site_name: Groups
        theme: material
        nav:
          - Home: index.md
          - Getting started:
              - install.md
              - Quick start: quickstart.md
          - Reference:
              - ref/cli.md
              - config.md
          - Guide: guide/
        -- content/docs/index.md --
        # Home
        -- content/docs/install.md --
        # Install
        -- content/docs/quickstart.md --
        # Quick
        -- content/docs/config.md --
        # Config
        -- content/docs/ref/cli.md --
        # CLI
        -- content/docs/guide/a.md --
        # A
        """;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a page's title in another group edited (shown on every page: groups are open)", f -> replace(f, "content/docs/install.md", "# Install", "# Installing")));
    steps.add(new Step("the nav edited: a group retitled", f -> replace(f, "content/mkdocs.yml", "  - Reference:", "  - Reference docs:")));
    steps.add(new Step("the nav edited: a page moved to the other group", f -> {
      replace(f, "content/mkdocs.yml", "      - config.md\n", "");
      replace(f, "content/mkdocs.yml", "      - Quick start: quickstart.md\n", "      - Quick start: quickstart.md\n      - config.md\n");
    }));
    steps.add(new Step("the nav edited: a group emptied (its page out of the menu, the group gone)", f -> replace(f, "content/mkdocs.yml", "  - Reference docs:\n      - ref/cli.md\n", "")));
    steps.add(new Step("nothing changed", f -> {}));
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), expected.diagnostics());
      org.jsoup.nodes.Document guide = org.jsoup.Jsoup.parse(new String(expected.files().get("guide/a/index.html"), StandardCharsets.UTF_8));
      List<String> groups = guide.select("nav.sidebar li.nav-group > span").eachText();
      // (a section of one folder's pages is that folder's: Reference, once its page of the root is gone)
      assertEquals(step >= 3 ? List.of("Getting started") : List.of("Getting started", step >= 2 ? "Reference docs" : "Reference"), groups, s.name());
      assertEquals(step == 3, guide.select("nav.sidebar li.nav-section > a").eachText().contains("Reference docs"), s.name());
      List<String> started = guide.select("nav.sidebar li.nav-group:has(> span:contains(Getting started)) a").eachText();
      assertEquals(step >= 3 ? List.of("Installing", "Quick start", "Config") : List.of("Installing", "Quick start"), started, s.name());
      assertEquals(step < 3, guide.select("nav.sidebar a").eachText().contains("CLI"), s.name());
    });
  }

  @Test
  void aJekyllProjectBuildsIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a parent's title changed (the menu on every page edited; its child's parent names no page)", f -> replace(f, "content/docs/jekyll/index.md", "title: Jekyll-rot", "title: Jekyll-roten")));
    steps.add(new Step("the child's parent mended (the menu edited)", f -> replace(f, "content/docs/jekyll/barn.md", "parent: Jekyll-rot\n", "parent: Jekyll-roten\n")));
    steps.add(new Step("a permalink given (the menu edited)", f -> replace(f, "content/docs/jekyll/barn.md", "parent: Jekyll-roten\n", "parent: Jekyll-roten\npermalink: /barnet/\n")));
    steps.add(new Step("the config edited: pretty permalinks (no old addresses)", f -> replace(f, "content/_config.yml", "title: Fra Jekyll\n", "title: Fra Jekyll\npermalink: pretty\n")));
    steps.add(new Step("the config's defaults edited: a description for every page (the pages unchanged)", f -> replace(f, "content/_config.yml", "title: Fra Jekyll\n", "title: Fra Jekyll\ndefaults:\n  - values: {description: Fra standarden.}\n")));
    steps.add(new Step("an included file edited (the page that includes it is read again)", f -> replace(f, "content/_includes/merk.md", "Merk deg dette.", "Merk deg dette nå.")));
    steps.add(new Step("nothing changed", f -> {}));
    series(JEKYLL, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), expected.diagnostics());
      String child = new String(expected.files().get(step >= 3 ? "barnet/index.html" : "docs/jekyll/barn/index.html"), StandardCharsets.UTF_8);
      assertEquals(step != 1, child.contains("<li class=\"nav-section open\"><a href=\"") && child.contains("\">Jekyll-roten</a>"), s.name() + ": " + child);
      assertEquals(step == 1, expected.diagnostics().contains("content/docs/jekyll/barn.md:3:9: warning[frontmatter.parent]: `parent: Jekyll-rot` names no page's title"), expected.diagnostics());
      assertEquals(step < 3, expected.files().containsKey("docs/jekyll/barn.html"), "Jekyll's old address, until a permalink: " + s.name());
      assertFalse(expected.files().containsKey("docs/utkast/ikke/index.html"), "excluded");
      assertTrue(child.contains(step >= 6 ? "Merk deg dette nå." : "Merk deg dette."), child);
      assertEquals(step >= 5, child.contains("<meta name=\"description\" content=\"Fra standarden.\">"), s.name());
    });
  }

  @Test
  void aGitHubWikiBuildsIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("the sidebar reordered (the menu on every page edited)", f -> replace(f, "content/_Sidebar.md", "* [[Setup]]\n* [[Usage]]\n", "* [[Usage]]\n* [[Setup]]\n")));
    steps.add(new Step("a page moved into a folder (its address the same)", f -> move(f, "content/Setup.md", "content/guides/Setup.md")));
    steps.add(new Step("a page added that a link names (the link mended, the menu on every page edited)", f -> write(f, "content/Extra.md", "## More\n")));
    steps.add(new Step("the footer edited (every page's footer line)", f -> replace(f, "content/_Footer.md", "2026", "2027")));
    steps.add(new Step("the linked page's heading changed (the link's anchor broken, a warning)", f -> replace(f, "content/Extra.md", "## More", "## Most")));
    steps.add(new Step("nothing changed", f -> {}));
    String wiki =
        """
        -- content/Home.md --
        See [[Setup]], [[usage]] and [[Extra#more]].
        -- content/Setup.md --
        # Set up
        -- content/Usage.md --
        Use it.
        -- content/_Sidebar.md --
        * [[Setup]]
        * [[Usage]]
        -- content/_Footer.md --
        © 2026 Us
        -- content/site.yaml --
        links: {on_broken: warning}
        """;
    series(wiki, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), expected.diagnostics());
      String usage = new String(expected.files().get("Usage/index.html"), StandardCharsets.UTF_8);
      // (the pages the sidebar does not link after those it does)
      assertEquals(step >= 3 ? List.of("Usage", "Setup", "Extra") : List.of("Usage", "Setup"), org.jsoup.Jsoup.parse(usage).select("nav.sidebar li > a").eachText(), s.name());
      assertTrue(expected.files().containsKey("Setup/index.html"), s.name());
      assertEquals(step >= 4 ? "© 2027 Us" : "© 2026 Us", org.jsoup.Jsoup.parse(usage).select("p.copyright").text(), s.name());
      String home = new String(expected.files().get("index.html"), StandardCharsets.UTF_8);
      assertEquals(step >= 3, home.contains("<a href=\"Extra/#more\">Extra#more</a>"), s.name() + ": " + home);
      assertEquals(step < 3 || step >= 5, expected.diagnostics().contains("content/Home.md:1:"), s.name() + ": " + expected.diagnostics());
    });
  }

  @Test
  void aVitePressProjectBuildsIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("the sidebar reordered and retitled (the menu on every page edited)", f -> replace(f, "content/docs/.vitepress/config.mts", "{ text: 'Setup', link: '/guide/setup' }, { text: 'Usage', link: '/guide/usage' }", "{ text: 'Use it', link: '/guide/usage' }, { text: 'Setup', link: '/guide/setup' }")));
    steps.add(new Step("the site's title edited (every page's header)", f -> replace(f, "content/docs/.vitepress/config.mts", "title: 'Widgets'", "title: 'Gadgets'")));
    steps.add(new Step("a public file removed (the link to it broken)", f -> delete(f, "content/docs/public/a.txt")));
    steps.add(new Step("the public file back, a page added the sidebar names", f -> {
      write(f, "content/docs/public/a.txt", "a\n");
      write(f, "content/docs/guide/extra.md", "# Extra\n");
      replace(f, "content/docs/.vitepress/config.mts", "{ text: 'Setup', link: '/guide/setup' }", "{ text: 'Setup', link: '/guide/setup' }, { text: 'Extra', link: '/guide/extra' }");
    }));
    steps.add(new Step("an included part and a shown file's code edited (the page that includes them is read again)", f -> {
      replace(f, "content/docs/guide/parts/note.md", "Part one.", "Part two.");
      replace(f, "content/docs/snippets/run.sh", "echo one", "echo two");
    }));
    steps.add(new Step("nothing changed", f -> {}));
    String project =
        """
        -- content/docs/guide/parts/note.md --
        Part one.
        -- content/docs/snippets/run.sh --
        echo one
        -- content/docs/.vitepress/config.mts --
        import { defineConfig } from 'vitepress'
        export default defineConfig({
          title: 'Widgets',
          themeConfig: {
            sidebar: [{ text: 'Guide', items: [{ text: 'Setup', link: '/guide/setup' }, { text: 'Usage', link: '/guide/usage' }] }]
          }
        })
        -- content/docs/index.md --
        # Home

        See [setup](/guide/setup) and [the file](/a.txt).
        -- content/docs/guide/setup.md --
        # Setup
        -- content/docs/guide/usage.md --
        # Usage

        <!--@include: ./parts/note.md-->

        <<< @/snippets/run.sh
        -- content/docs/public/a.txt --
        a
        -- content/site.yaml --
        links: {on_broken: warning}
        """;
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), expected.diagnostics());
      org.jsoup.nodes.Document usage = org.jsoup.Jsoup.parse(new String(expected.files().get("guide/usage/index.html"), StandardCharsets.UTF_8));
      List<String> menu = usage.select("nav.sidebar li li > a").eachText();
      assertEquals(step >= 4 ? List.of("Use it", "Setup", "Extra") : List.of("Use it", "Setup"), menu, s.name());
      assertEquals(step >= 2 ? "Gadgets" : "Widgets", usage.selectFirst(".site-name").text(), s.name());
      assertEquals(step == 3, expected.diagnostics().contains("content/docs/index.md:3:"), s.name() + ": " + expected.diagnostics());
      assertEquals(step != 3, expected.files().containsKey("a.txt"), s.name());
      assertEquals(step >= 5 ? "Part two." : "Part one.", usage.selectFirst(".doc-body > p").text(), s.name());
      assertEquals(step >= 5 ? "echo two" : "echo one", usage.selectFirst(".doc-body pre code").text(), s.name());
    });
  }

  /** A Docusaurus project with two released versions of its docs (versions.json, versioned_docs/, versioned_sidebars/). */
  static final String DOCUSAURUS_VERSIONS =
      """
      -- content/docusaurus.config.js --
      export default {title: 'Widgets', presets: [['classic', {docs: {editUrl: 'https://example.org/edit/'}}]]};
      -- content/sidebars.js --
      export default {docs: ['intro', 'guide']};
      -- content/docs/intro.md --
      # Intro

      See [the guide](guide.md#use).
      -- content/docs/guide.md --
      # Guide

      ## Use
      -- content/versions.json --
      ["2.0", "1.0"]
      -- content/versioned_docs/version-2.0/intro.md --
      # Intro 2.0

      See [the guide](guide.md#use).
      -- content/versioned_docs/version-2.0/guide.md --
      # Guide

      ## Use
      -- content/versioned_sidebars/version-2.0-sidebars.json --
      {"docs": ["guide", "intro"]}
      -- content/versioned_docs/version-1.0/intro.md --
      # Intro 1.0
      """;

  @Test
  void docusaurusVersionsBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a released version's page edited", f -> replace(f, "content/versioned_docs/version-2.0/intro.md", "# Intro 2.0", "# Intro 2.0.1")));
    steps.add(new Step("a released version's sidebars edited", f -> replace(f, "content/versioned_sidebars/version-2.0-sidebars.json", "[\"guide\", \"intro\"]", "[\"intro\", \"guide\"]")));
    steps.add(new Step("an anchor removed from a released version (its link fails there only)", f -> replace(f, "content/versioned_docs/version-2.0/guide.md", "## Use", "## Bruk")));
    steps.add(new Step("the anchor restored", f -> replace(f, "content/versioned_docs/version-2.0/guide.md", "## Bruk", "## Use")));
    steps.add(new Step("a version added (versions.json edited)", f -> {
      write(f, "content/versioned_docs/version-3.0/intro.md", "# Intro 3.0\n");
      replace(f, "content/versions.json", "[\"2.0\"", "[\"3.0\", \"2.0\"");
    }));
    steps.add(new Step("a released version's page deleted (its links to it fail)", f -> delete(f, "content/versioned_docs/version-2.0/guide.md")));
    steps.add(new Step("the page back, as the working tree's", f -> write(f, "content/versioned_docs/version-2.0/guide.md", "# Guide\n\n## Use\n")));
    steps.add(new Step("nothing changed", f -> {}));
    steps.add(new Step("versions labelled and moved (the docs' versions option)", f -> replace(f, "content/docusaurus.config.js", "{docs: {", "{docs: {versions: {'2.0': {label: 'Two', path: 'two'}}, ")));
    steps.add(new Step("the docs being written left out (includeCurrentVersion)", f -> replace(f, "content/docusaurus.config.js", "{docs: {", "{docs: {includeCurrentVersion: false, ")));
    steps.add(new Step("versioning off (every page edited: the site is of one version)", f -> replace(f, "content/docusaurus.config.js", "{docs: {", "{docs: {disableVersioning: true, ")));
    steps.add(new Step("versioning on again, one version (every page edited: the site was of one version)", f -> replace(f, "content/docusaurus.config.js", "disableVersioning: true, includeCurrentVersion: false, ", "onlyIncludeVersions: ['1.0'], ")));
    series(DOCUSAURUS_VERSIONS, steps, (step, s, expected) -> {
      assertEquals(step == 3 || step == 6 ? 1 : 0, expected.exit(), s.name() + ": " + expected.diagnostics());
      // (the steps of the docs' options: where each version is)
      if (step >= 9) {
        Map<String, byte[]> files = expected.files();
        assertEquals(step <= 10, files.containsKey("two/docs/intro/index.html"), s.name());
        assertEquals(step == 9, files.containsKey("next/docs/intro/index.html"), s.name());
        assertEquals(step == 11, files.containsKey("docs/intro/index.html") && !files.containsKey("latest/docs/intro/index.html"), s.name());
        assertEquals(step == 12, files.containsKey("1.0/docs/intro/index.html") && !files.containsKey("3.0/docs/intro/index.html"), s.name());
        return;
      }
      if (expected.exit() == 0) {
        String intro = new String(expected.files().get("2.0/docs/intro/index.html"), StandardCharsets.UTF_8);
        assertTrue(intro.contains("Intro 2.0.1"), intro);
        assertEquals(step >= 5, expected.files().containsKey("3.0/docs/intro/index.html"), s.name());
        assertTrue(intro.contains("https://example.org/edit/versioned_docs/version-2.0/intro.md"), intro);
      } else {
        assertTrue(expected.diagnostics().contains("content/versioned_docs/version-2.0/intro.md:3:17: error["), expected.diagnostics());
      }
    });
  }

  @Test
  void aPagerLinkByDocIdFollowsItsPageAsACleanBuildDoes() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("the named page's pager label changed (the naming page's pager only)", f -> replace(f, "content/docs/extra.md", "pagination_label: Ekstra", "pagination_label: Mer")));
    steps.add(new Step("its label left out (its title names it)", f -> replace(f, "content/docs/extra.md", "pagination_label: Mer\n", "")));
    steps.add(new Step("its title changed", f -> replace(f, "content/docs/extra.md", "# Extra", "# Extra pages")));
    steps.add(new Step("the id changed to another page", f -> replace(f, "content/docs/intro.md", "pagination_next: extra", "pagination_next: guides/setup")));
    steps.add(new Step("that page renamed (the id names none: the menu's next page)", f -> move(f, "content/docs/guides/setup.md", "content/docs/guides/install.md")));
    steps.add(new Step("the page back", f -> move(f, "content/docs/guides/install.md", "content/docs/guides/setup.md")));
    String project =
        """
        -- content/docusaurus.config.js --
        export default {title: 'W'};
        -- content/docs/intro.md --
        ---
        sidebar_position: 1
        pagination_next: extra
        ---
        # Intro
        -- content/docs/extra.md --
        ---
        sidebar_position: 2
        pagination_label: Ekstra
        ---
        # Extra
        -- content/docs/guides/setup.md --
        ---
        sidebar_label: Set up
        ---
        # Setup
        """;
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), expected.diagnostics());
      org.jsoup.nodes.Document intro = org.jsoup.Jsoup.parse(new String(expected.files().get("docs/intro/index.html"), StandardCharsets.UTF_8));
      org.jsoup.nodes.Element next = intro.selectFirst("nav.pager a[rel=next]");
      String[] texts = {null, "Mer", "Extra", "Extra pages", "Set up", "Extra pages", "Set up"};
      assertEquals(texts[step], next.selectFirst(".pager-title").text(), s.name());
      assertEquals(step == 4 || step == 6 ? "../guides/setup/" : step == 5 ? "../extra/" : "../extra/", next.attr("href"), s.name());
      assertEquals(step == 5, expected.diagnostics().contains("content/docs/intro.md:3:18: warning[frontmatter.value]: `pagination_next` names the doc id `guides/setup`, and no page in `docs/` has it"), s.name() + ": " + expected.diagnostics());
    });
  }

  /** A Docusaurus project with a blog: its posts, their authors, a doc that links to one. */
  static final String DOCUSAURUS_BLOG =
      """
      -- content/docusaurus.config.js --
      export default {title: 'Widgets', url: 'https://widgets.example.org', themeConfig: {navbar: {items: [{to: '/blog', label: 'Blog'}]}}};
      -- content/docs/intro.md --
      # Intro

      Read [the news](/blog/2024/01/02/news).
      -- content/blog/authors.yml --
      kari: {name: Kari, url: "https://kari.example.org"}
      -- content/blog/2024-01-02-news.md --
      ---
      title: News
      authors: kari
      ---
      First.
      -- content/blog/2023-12-01-old.md --
      ---
      title: Old
      ---
      Older.
      """;

  @Test
  void aDocusaurusBlogBuildsIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a post's title changed (the blog's page and its menu edited)", f -> replace(f, "content/blog/2023-12-01-old.md", "title: Old", "title: Older")));
    steps.add(new Step("a post's day moved before the other's (the order edited)", f -> replace(f, "content/blog/2023-12-01-old.md", "title: Older", "title: Older\ndate: 2024-02-01")));
    steps.add(new Step("the authors' file edited (the post's byline)", f -> replace(f, "content/blog/authors.yml", "name: Kari", "name: Kari N.")));
    steps.add(new Step("a post added", f -> write(f, "content/blog/2024-03-01-more.md", "---\ntitle: More\n---\nMore.\n")));
    steps.add(new Step("the linked post renamed (the doc's link fails)", f -> {
      delete(f, "content/blog/2024-01-02-news.md");
      write(f, "content/blog/2024-01-03-news.md", "---\ntitle: News\nauthors: kari\n---\nFirst.\n");
    }));
    steps.add(new Step("the link mended", f -> replace(f, "content/docs/intro.md", "2024/01/02/news", "2024/01/03/news")));
    steps.add(new Step("a post's first words edited (its start on the blog's page and in the feeds)", f -> replace(f, "content/blog/2024-01-03-news.md", "First.", "First words.")));
    steps.add(new Step("the blog's routeBasePath edited (the blog moves: the doc's link to its old address fails)", f -> {
      replace(f, "content/docusaurus.config.js", "url: 'https://widgets.example.org',", "url: 'https://widgets.example.org', presets: [['classic', {blog: {routeBasePath: 'news'}}]],");
      replace(f, "content/docusaurus.config.js", "to: '/blog'", "to: '/news'");
    }));
    steps.add(new Step("the link mended (the first build to pass since the config was edited)", f -> replace(f, "content/docs/intro.md", "/blog/2024/01/03/news", "/news/2024/01/03/news")));
    steps.add(new Step("the docs' routeBasePath edited (the docs move)", f -> replace(f, "content/docusaurus.config.js", "{blog: {routeBasePath: 'news'}}", "{docs: {routeBasePath: 'guides'}, blog: {routeBasePath: 'news'}}")));
    steps.add(new Step("the blog's path edited, its posts and authors moved there", f -> {
      replace(f, "content/docusaurus.config.js", "blog: {routeBasePath: 'news'}", "blog: {routeBasePath: 'news', path: 'nytt'}");
      for (String file : List.of("authors.yml", "2023-12-01-old.md", "2024-03-01-more.md", "2024-01-03-news.md")) {
        move(f, "content/blog/" + file, "content/nytt/" + file);
      }
    }));
    steps.add(new Step("a post in the blog's new folder edited", f -> replace(f, "content/nytt/2024-03-01-more.md", "More.", "Even more.")));
    steps.add(new Step("a Markdown file in a folder that is not the blog's (not read)", f -> write(f, "content/annen/2024-05-01-x.md", "# X\n")));
    steps.add(new Step("the blog's path edited to that folder (its file the one post; no file comes or goes)", f -> {
      replace(f, "content/docusaurus.config.js", "path: 'nytt'", "path: 'annen'");
      replace(f, "content/docs/intro.md", "/news/2024/01/03/news", "/news/2024/05/01/x");
    }));
    steps.add(new Step("docs: false set in the config (edited: the docs are not published)", f -> replace(f, "content/docusaurus.config.js", "{docs: {routeBasePath: 'guides'}, blog:", "{docs: false, blog:")));
    steps.add(new Step("nothing changed", f -> {}));
    series(DOCUSAURUS_BLOG, steps, (step, s, expected) -> {
      assertEquals(step == 5 || step == 8 ? 1 : 0, expected.exit(), s.name() + ": " + expected.diagnostics());
      String home = step >= 9 ? "news/" : "blog/";
      if (step >= 14) {
        assertTrue(expected.files().containsKey("news/2024/05/01/x/index.html") && !expected.files().containsKey("news/2024/03/01/more/index.html"), s.name());
        assertEquals(step >= 15, expected.files().keySet().stream().noneMatch(f -> f.startsWith("guides/")), s.name());
        return;
      }
      if (expected.exit() == 0) {
        assertEquals(step < 8, expected.files().keySet().stream().anyMatch(f -> f.startsWith("blog/")), s.name());
        assertEquals(step >= 10, expected.files().containsKey("guides/intro/index.html") && !expected.files().containsKey("docs/intro/index.html"), s.name());
        String blog = new String(expected.files().get(home + "index.html"), StandardCharsets.UTF_8);
        assertTrue(blog.contains(step >= 3 ? ">Kari N.</a>" : ">Kari</a>"), blog);
        assertEquals(step >= 2, blog.indexOf(">Older<") >= 0 && blog.indexOf(">Older<") < blog.indexOf(">News<"), s.name() + ": " + blog);
        assertEquals(step >= 4, expected.files().containsKey(home + "2024/03/01/more/index.html"), s.name());
        assertEquals(step >= 7, blog.contains("First words."), s.name());
        assertEquals(step >= 12, blog.contains("Even more."), s.name());
        String atom = new String(expected.files().get(home + "atom.xml"), StandardCharsets.UTF_8);
        assertTrue(atom.contains(step >= 1 ? "<title>Older</title>" : "<title>Old</title>"), atom);
      }
    });
  }

  /** A Docusaurus project in two languages: the default at the root, French in {@code fr/} from its translations. */
  static final String DOCUSAURUS_LOCALES =
      """
      -- content/docusaurus.config.js --
      export default {
        title: 'Plants',
        url: 'https://plants.example',
        i18n: {defaultLocale: 'en', locales: ['en', 'fr']},
        presets: [['classic', {docs: {sidebarPath: './sidebars.js'}, blog: false}]],
        themeConfig: {navbar: {items: [{type: 'doc', docId: 'intro', label: 'Docs'}]}},
      };
      -- content/sidebars.js --
      export default {docs: ['intro', {type: 'category', label: 'Guide', items: ['guide/water', 'guide/light']}]};
      -- content/docs/intro.md --
      ---
      title: Introduction
      ---
      Welcome. See [watering](guide/water.md#amounts).
      -- content/docs/guide/water.md --
      ---
      title: Watering
      ---
      ## Amounts
      -- content/docs/guide/light.md --
      ---
      title: Light
      ---
      Bright light.
      -- content/i18n/fr/docusaurus-plugin-content-docs/current/intro.md --
      ---
      title: Introduction FR
      ---
      Voir [l'arrosage](guide/water.md#quantites).
      -- content/i18n/fr/docusaurus-plugin-content-docs/current/guide/water.md --
      ---
      title: Arrosage
      ---
      ## Quantités {#quantites}
      -- content/i18n/fr/docusaurus-theme-classic/navbar.json --
      {"item.label.Docs": {"message": "Documentation"}}
      """;

  @Test
  void docusaurusTranslationsBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    String fr = "content/i18n/fr/docusaurus-plugin-content-docs/current/";
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a translated page's title changed (its sidebar and links in French)", f -> replace(f, fr + "guide/water.md", "title: Arrosage", "title: L'arrosage")));
    steps.add(new Step("a page not translated edited (in both languages)", f -> replace(f, "content/docs/guide/light.md", "Bright light.", "Bright sun.")));
    steps.add(new Step("a translation added", f -> write(f, fr + "guide/light.md", "---\ntitle: Lumière\n---\nLumière vive.\n")));
    steps.add(new Step("an anchor of a translation removed (the French link fails)", f -> replace(f, fr + "guide/water.md", "{#quantites}", "{#combien}")));
    steps.add(new Step("the anchor restored", f -> replace(f, fr + "guide/water.md", "{#combien}", "{#quantites}")));
    steps.add(new Step("a translation deleted (the page is the project's again)", f -> delete(f, fr + "guide/light.md")));
    steps.add(new Step("the navbar's words edited", f -> replace(f, "content/i18n/fr/docusaurus-theme-classic/navbar.json", "Documentation", "Docs FR")));
    steps.add(new Step("the sidebars' words written", f -> write(f, "content/i18n/fr/docusaurus-plugin-content-docs/current.json", "{\"sidebar.docs.category.Guide\": {\"message\": \"Guide FR\"}}")));
    steps.add(new Step("the theme's words written", f -> write(f, "content/i18n/fr/code.json", "{\"theme.docs.paginator.next\": {\"message\": \"Suivant\"}}")));
    steps.add(new Step("a language added (every page's menu edited)", f -> replace(f, "content/docusaurus.config.js", "locales: ['en', 'fr']", "locales: ['en', 'fr', 'de']")));
    steps.add(new Step("a language's label given (every page's menu edited)", f -> replace(f, "content/docusaurus.config.js", "locales: ['en', 'fr', 'de']}", "locales: ['en', 'fr', 'de'], localeConfigs: {de: {label: 'Deutsch (DE)'}}}")));
    steps.add(new Step("a page added in the default language (in every language)", f -> write(f, "content/docs/guide/soil.md", "---\ntitle: Soil\n---\nLoam.\n")));
    steps.add(new Step("nothing changed", f -> {}));
    steps.add(new Step("one language again (every page edited: no menu)", f -> replace(f, "content/docusaurus.config.js", "locales: ['en', 'fr', 'de']", "locales: ['en']")));
    series(DOCUSAURUS_LOCALES, steps, (step, s, expected) -> {
      assertEquals(step == 4 ? 1 : 0, expected.exit(), s.name() + ": " + expected.diagnostics());
      if (expected.exit() != 0) {
        assertTrue(expected.diagnostics().contains("content/i18n/fr/docusaurus-plugin-content-docs/current/intro.md:4:19: error[link.anchor]"), expected.diagnostics());
        return;
      }
      Map<String, byte[]> files = expected.files();
      assertEquals(step < 14, files.containsKey("fr/docs/intro/index.html"), s.name());
      assertEquals(step >= 10 && step < 14, files.containsKey("de/docs/intro/index.html"), s.name());
      assertEquals(step >= 12, files.containsKey("docs/guide/soil/index.html"), s.name());
      if (step < 14) {
        String light = new String(files.get("fr/docs/guide/light/index.html"), StandardCharsets.UTF_8);
        boolean translated = step >= 3 && step < 6;
        assertEquals(translated, light.contains("Lumière vive."), s.name());
        assertEquals(step >= 2 && !translated, light.contains("Bright sun."), s.name());
        String intro = new String(files.get("fr/docs/intro/index.html"), StandardCharsets.UTF_8);
        String water = new String(files.get("fr/docs/guide/water/index.html"), StandardCharsets.UTF_8);
        assertTrue(water.contains("<title>L&#39;arrosage · Plants</title>"), water);
        assertEquals(step >= 7, intro.contains(">Docs FR<"), s.name());
        assertEquals(step >= 8, intro.contains("Guide FR"), s.name());
        assertEquals(step >= 9, intro.contains("Suivant"), s.name());
        assertEquals(step >= 11, intro.contains("Deutsch (DE)"), s.name());
      }
    });
  }

  /** A Hugo project in two languages: Norwegian at the root, English in {@code en/} from the pages its file names say are its. */
  static final String HUGO_LANGUAGES =
      """
      -- content/hugo.yaml --
      title: Drift
      defaultContentLanguage: nb
      languages:
        nb:
          weight: 1
        en:
          weight: 2
          title: Operations
      -- content/content/_index.md --
      ---
      title: Hjem
      ---
      Se [oppsett](docs/oppsett.md).
      -- content/content/_index.en.md --
      ---
      title: Home
      ---
      See [setup](docs/oppsett.md#steps).
      -- content/content/docs/oppsett.md --
      ---
      title: Oppsett
      ---
      ## Steg
      -- content/content/docs/oppsett.en.md --
      ---
      title: Setup
      ---
      ## Steps
      -- content/content/docs/bare-norsk.md --
      ---
      title: Bare norsk
      ---
      """;

  @Test
  void hugoLanguagesBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a translation's title changed", f -> replace(f, "content/content/docs/oppsett.en.md", "title: Setup", "title: Set-up")));
    steps.add(new Step("a translation added (the menu of the page leads to it)", f -> write(f, "content/content/docs/bare-norsk.en.md", "---\ntitle: Norwegian only\n---\n")));
    steps.add(new Step("an anchor of a translation removed (its language's link fails)", f -> replace(f, "content/content/docs/oppsett.en.md", "## Steps", "## Stages")));
    steps.add(new Step("the anchor restored", f -> replace(f, "content/content/docs/oppsett.en.md", "## Stages", "## Steps")));
    steps.add(new Step("the translation deleted", f -> delete(f, "content/content/docs/bare-norsk.en.md")));
    steps.add(new Step("a language's name given (every page's menu edited)", f -> replace(f, "content/hugo.yaml", "    title: Operations", "    title: Operations\n    languageName: English (UK)")));
    steps.add(new Step("a language added (every page's menu edited)", f -> replace(f, "content/hugo.yaml", "  en:\n", "  de:\n    weight: 3\n  en:\n")));
    steps.add(new Step("nothing changed", f -> {}));
    steps.add(new Step("the languages taken out but one, with the English pages (every page edited)", f -> {
      replace(f, "content/hugo.yaml", "  de:\n    weight: 3\n  en:\n    weight: 2\n    title: Operations\n    languageName: English (UK)\n", "");
      delete(f, "content/content/_index.en.md");
      delete(f, "content/content/docs/oppsett.en.md");
    }));
    series(HUGO_LANGUAGES, steps, (step, s, expected) -> {
      assertEquals(step == 3 ? 1 : 0, expected.exit(), s.name() + ": " + expected.diagnostics());
      if (step == 3) {
        assertTrue(expected.diagnostics().contains("en:content/content/_index.en.md:4:"), expected.diagnostics());
        return;
      }
      Map<String, byte[]> files = expected.files();
      assertEquals(step < 9, files.containsKey("en/docs/oppsett/index.html"), s.name());
      assertEquals(step >= 7 && step < 9, files.containsKey("de/index.html"), s.name());
      assertEquals(step == 2 || step == 4, files.containsKey("en/docs/bare-norsk/index.html"), s.name());
      String page = new String(files.get("docs/bare-norsk/index.html"), StandardCharsets.UTF_8);
      assertEquals(step < 9, page.contains("language-switcher"), s.name());
      assertEquals(step == 2 || step == 4, page.contains("href=\"../../en/docs/bare-norsk/\""), s.name());
      assertEquals(step >= 6 && step < 9, page.contains("English (UK)"), s.name());
    });
  }

  /** An MkDocs project in two languages by the i18n plugin: each page's translation named by its suffix. */
  static final String MKDOCS_I18N =
      """
      -- content/mkdocs.yml --
      site_name: Plants
      nav:
        - Home: index.md
        - Guide:
          - guide/water.md
          - guide/light.md
      plugins:
        - i18n:
            languages:
              - locale: en
                default: true
              - locale: fr
                name: Français
                nav_translations:
                  Guide: Guide FR
      -- content/docs/index.md --
      # Home

      See [water](guide/water.md#amounts).
      -- content/docs/index.fr.md --
      # Accueil

      Voir [l'arrosage](guide/water.md#quantites).
      -- content/docs/guide/water.md --
      # Watering

      ## Amounts
      -- content/docs/guide/water.fr.md --
      # Arrosage

      ## Quantités {#quantites}
      -- content/docs/guide/light.md --
      # Light
      """;

  @Test
  void mkdocsTranslationsBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a translation's text changed", f -> replace(f, "content/docs/guide/water.fr.md", "# Arrosage", "# L'arrosage")));
    steps.add(new Step("a translation added", f -> write(f, "content/docs/guide/light.fr.md", "# Lumière\n")));
    steps.add(new Step("an anchor of a translation removed (its language's link fails)", f -> replace(f, "content/docs/guide/water.fr.md", "{#quantites}", "{#combien}")));
    steps.add(new Step("the anchor restored", f -> replace(f, "content/docs/guide/water.fr.md", "{#combien}", "{#quantites}")));
    steps.add(new Step("the translation deleted (the default language's page again)", f -> delete(f, "content/docs/guide/light.fr.md")));
    steps.add(new Step("the nav's titles in the language edited", f -> replace(f, "content/mkdocs.yml", "Guide: Guide FR", "Guide: Le guide")));
    steps.add(new Step("a page without a translation edited (in both languages)", f -> replace(f, "content/docs/guide/light.md", "# Light", "# Light and shade")));
    steps.add(new Step("the default language's pages alone in the other (edited: fallback_to_default false)", f -> replace(f, "content/mkdocs.yml", "      languages:", "      fallback_to_default: false\n      languages:")));
    steps.add(new Step("nothing changed", f -> {}));
    // each language's tags are its own, and kept by serve while its pages give the same
    steps.add(new Step("a translation tagged (its language's page of the tag lists it)", f -> replace(f, "content/docs/guide/water.fr.md", "# L'arrosage", "---\ntags: [eau]\n---\n# L'arrosage")));
    steps.add(new Step("the tagged translation's title changed (its tag's page shows the new one)", f -> replace(f, "content/docs/guide/water.fr.md", "# L'arrosage", "# Arroser")));
    steps.add(new Step("nothing changed, again", f -> {}));
    series(MKDOCS_I18N, steps, (step, s, expected) -> {
      assertEquals(step == 3 ? 1 : 0, expected.exit(), s.name() + ": " + expected.diagnostics());
      if (step == 3) {
        assertTrue(expected.diagnostics().contains("content/docs/index.fr.md:3:19: error[link.anchor]"), expected.diagnostics());
        return;
      }
      Map<String, byte[]> files = expected.files();
      assertEquals(step >= 10, files.containsKey("fr/tags/eau/index.html"), s.name());
      assertFalse(files.containsKey("tags/eau/index.html"), s.name());
      if (step >= 10) {
        String tag = new String(files.get("fr/tags/eau/index.html"), StandardCharsets.UTF_8);
        assertEquals(step == 10, tag.contains("L&#39;arrosage") || tag.contains("L'arrosage"), s.name());
        assertEquals(step >= 11, tag.contains("Arroser"), s.name());
      }
      assertFalse(files.keySet().stream().anyMatch(f -> f.contains(".fr")), s.name());
      assertEquals(step < 8, files.containsKey("fr/guide/light/index.html"), s.name());
      if (step < 8) {
        String light = new String(files.get("fr/guide/light/index.html"), StandardCharsets.UTF_8);
        assertEquals(step == 2 || step == 4, light.contains("Lumière"), s.name());
        assertEquals(step >= 7, light.contains("Light and shade"), s.name());
        assertEquals(step >= 6, light.contains("Le guide"), s.name());
      }
    });
  }

  /** A Starlight project in two languages: English at the root, French in {@code fr/} from its folder of pages. */
  static final String STARLIGHT_I18N =
      """
      -- content/astro.config.mjs --
      import starlight from '@astrojs/starlight';
      export default defineConfig({
        integrations: [
          starlight({
            title: { en: 'Plants', fr: 'Plantes' },
            locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français' } },
            sidebar: [{ label: 'Guide', translations: { fr: 'Guide FR' }, autogenerate: { directory: 'guide' } }],
          }),
        ],
      });
      -- content/src/content/docs/index.md --
      ---
      title: Home
      ---
      See [water](/guide/water/#amounts).
      -- content/src/content/docs/fr/index.md --
      ---
      title: Accueil
      ---
      Voir [l'arrosage](/fr/guide/water/#quantités).
      -- content/src/content/docs/guide/water.md --
      ---
      title: Watering
      ---
      ## Amounts
      -- content/src/content/docs/fr/guide/water.md --
      ---
      title: Arrosage
      ---
      ## Quantités
      -- content/src/content/docs/guide/light.md --
      ---
      title: Light
      ---
      Light.
      """;

  @Test
  void starlightLanguagesBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a translation's title changed (its language's sidebar)", f -> replace(f, "content/src/content/docs/fr/guide/water.md", "title: Arrosage", "title: L'arrosage")));
    steps.add(new Step("a translation added", f -> write(f, "content/src/content/docs/fr/guide/light.md", "---\ntitle: Lumière\n---\nLumière.\n")));
    steps.add(new Step("an anchor of a translation removed (its language's link fails)", f -> replace(f, "content/src/content/docs/fr/guide/water.md", "## Quantités", "## Combien")));
    steps.add(new Step("the anchor restored", f -> replace(f, "content/src/content/docs/fr/guide/water.md", "## Combien", "## Quantités")));
    steps.add(new Step("the translation deleted (the default language's page again)", f -> delete(f, "content/src/content/docs/fr/guide/light.md")));
    steps.add(new Step("the sidebar's label in the language edited", f -> replace(f, "content/astro.config.mjs", "Guide FR", "Le guide")));
    steps.add(new Step("a page without a translation edited (in both languages)", f -> replace(f, "content/src/content/docs/guide/light.md", "Light.", "Light and shade.")));
    steps.add(new Step("a language added (every page edited: the language menu)", f -> {
      replace(f, "content/astro.config.mjs", "fr: { label: 'Français' } }", "fr: { label: 'Français' }, de: { label: 'Deutsch' } }");
      write(f, "content/src/content/docs/de/index.md", "---\ntitle: Startseite\n---\nHallo.\n");
    }));
    steps.add(new Step("nothing changed", f -> {}));
    series(STARLIGHT_I18N, steps, (step, s, expected) -> {
      assertEquals(step == 3 ? 1 : 0, expected.exit(), s.name() + ": " + expected.diagnostics());
      if (step == 3) {
        assertTrue(expected.diagnostics().contains("content/src/content/docs/fr/index.md:4:19: error[link.anchor]"), expected.diagnostics());
        return;
      }
      Map<String, byte[]> files = expected.files();
      assertFalse(files.keySet().stream().anyMatch(f -> f.startsWith("fr/fr/") || f.startsWith("de/fr/")), s.name());
      String light = new String(files.get("fr/guide/light/index.html"), StandardCharsets.UTF_8);
      assertEquals(step == 2 || step == 4, light.contains("Lumière"), s.name());
      assertEquals(step >= 7, light.contains("Light and shade"), s.name());
      assertEquals(step >= 6, light.contains("Le guide"), s.name());
      assertEquals(step >= 8, files.containsKey("de/index.html"), s.name());
    });
  }

  /** A VitePress project in two languages: English at the root, French in {@code fr/} with its own sidebar. */
  static final String VITEPRESS_I18N =
      """
      -- content/docs/.vitepress/config.mts --
      export default defineConfig({
        title: 'Plants',
        locales: {
          root: { label: 'English', lang: 'en' },
          fr: { label: 'Français', lang: 'fr', themeConfig: { sidebar: [{ text: 'Guide FR', items: [{ text: 'Arrosage', link: '/fr/guide/water' }, { text: 'Lumière', link: '/fr/guide/light' }] }] } },
        },
        themeConfig: { sidebar: [{ text: 'Guide', items: [{ text: 'Watering', link: '/guide/water' }, { text: 'Light', link: '/guide/light' }] }] },
      })
      -- content/docs/index.md --
      # Home

      See [water](/guide/water#amounts).
      -- content/docs/fr/index.md --
      # Accueil

      Voir [l'arrosage](/fr/guide/water#quantités) et [light](/guide/light).
      -- content/docs/guide/water.md --
      # Watering

      ## Amounts
      -- content/docs/fr/guide/water.md --
      # Arrosage

      ## Quantités
      -- content/docs/guide/light.md --
      # Light

      Light.
      """;

  @Test
  void vitePressLanguagesBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a translation's heading changed", f -> replace(f, "content/docs/fr/guide/water.md", "# Arrosage", "# L'arrosage")));
    steps.add(new Step("a translation added", f -> write(f, "content/docs/fr/guide/light.md", "# Lumière\n\nLumière.\n")));
    steps.add(new Step("an anchor of a translation removed (its language's link fails)", f -> replace(f, "content/docs/fr/guide/water.md", "## Quantités", "## Combien")));
    steps.add(new Step("the anchor restored", f -> replace(f, "content/docs/fr/guide/water.md", "## Combien", "## Quantités")));
    steps.add(new Step("the translation deleted (the default language's page again)", f -> delete(f, "content/docs/fr/guide/light.md")));
    steps.add(new Step("the language's sidebar edited", f -> replace(f, "content/docs/.vitepress/config.mts", "Guide FR", "Le guide")));
    steps.add(new Step("a page without a translation edited (in both languages)", f -> replace(f, "content/docs/guide/light.md", "Light.", "Light and shade.")));
    steps.add(new Step("a language added (every page edited: the language menu)", f -> {
      replace(f, "content/docs/.vitepress/config.mts", "  },\n  themeConfig", "    de: { label: 'Deutsch', lang: 'de' },\n  },\n  themeConfig");
      write(f, "content/docs/de/index.md", "# Startseite\n");
    }));
    steps.add(new Step("nothing changed", f -> {}));
    series(VITEPRESS_I18N, steps, (step, s, expected) -> {
      assertEquals(step == 3 ? 1 : 0, expected.exit(), s.name() + ": " + expected.diagnostics());
      if (step == 3) {
        assertTrue(expected.diagnostics().contains("content/docs/fr/index.md:3:19: error[link.anchor]"), expected.diagnostics());
        return;
      }
      Map<String, byte[]> files = expected.files();
      assertFalse(files.keySet().stream().anyMatch(f -> f.startsWith("fr/fr/") || f.startsWith("de/fr/")), s.name());
      String light = new String(files.get("fr/guide/light/index.html"), StandardCharsets.UTF_8);
      assertEquals(step == 2 || step == 4, light.contains("Lumière."), s.name());
      assertEquals(step >= 7, light.contains("Light and shade"), s.name());
      assertEquals(step >= 6, light.contains("Le guide"), s.name());
      assertEquals(step >= 8, files.containsKey("de/index.html"), s.name());
    });
  }

  @Test
  void theFeedsOfABlogComeToEveryPagesHead() throws Exception {
    String project =
        """
        -- content/docusaurus.config.js --
        export default {title: 'Widgets', url: 'https://widgets.example.org'};
        -- content/docs/intro.md --
        # Intro
        -- content/blog/news.md --
        ---
        title: News
        ---
        First.
        """;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a day given to the only post (the feeds come: every page's head edited)", f -> replace(f, "content/blog/news.md", "title: News", "title: News\ndate: 2024-01-02")));
    steps.add(new Step("the day taken away (the feeds go: every page's head edited)", f -> replace(f, "content/blog/news.md", "\ndate: 2024-01-02", "")));
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), expected.diagnostics());
      String intro = new String(expected.files().get("docs/intro/index.html"), StandardCharsets.UTF_8);
      assertEquals(step == 1, intro.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../blog/atom.xml\">"), s.name());
      assertEquals(step == 1, expected.files().containsKey("blog/atom.xml"), s.name());
    });
  }

  @Test
  void aBlogsPagesBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    String project =
        """
        -- content/docusaurus.config.js --
        export default {title: 'Widgets', presets: [['classic', {docs: {}, blog: {postsPerPage: 2}}]]};
        -- content/docs/intro.md --
        # Intro
        -- content/blog/2024-01-01-one.md --
        # One
        -- content/blog/2024-01-02-two.md --
        # Two
        -- content/blog/2024-01-03-three.md --
        # Three
        """;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a post added (every page of the blog edited: each post one page older)", f -> write(f, "content/blog/2024-01-04-four.md", "# Four\n")));
    steps.add(new Step("an older post added (a third page; the second lists what it did, and links to it)", f -> write(f, "content/blog/2023-12-31-zero.md", "# Zero\n")));
    steps.add(new Step("a post of the second page retitled", f -> replace(f, "content/blog/2024-01-01-one.md", "# One", "# First")));
    steps.add(new Step("the older post deleted (the third page goes)", f -> delete(f, "content/blog/2023-12-31-zero.md")));
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), s.name() + ": " + expected.diagnostics());
      assertEquals(step == 2 || step == 3, expected.files().containsKey("blog/page/3/index.html"), s.name());
      String second = new String(expected.files().get("blog/page/2/index.html"), StandardCharsets.UTF_8);
      assertTrue(second.contains(step >= 3 ? ">First</a>" : ">One</a>"), s.name() + ": " + second);
      assertEquals(step == 2 || step == 3, second.contains("rel=\"next\" href=\"../3/\""), s.name());
    });
  }

  @Test
  void anMkDocsMaterialBlogBuildsIncrementallyExactlyAsACleanBuild() throws Exception {
    String project =
        """
        -- content/mkdocs.yml --
        site_name: Widgets
        theme: {name: material}
        plugins: [blog]
        -- content/docs/index.md --
        # Widgets

        Read [the news](blog/posts/news.md).
        -- content/docs/blog/index.md --
        # Blog
        -- content/docs/blog/.authors.yml --
        authors:
          kari: {name: Kari}
        -- content/docs/blog/posts/news.md --
        ---
        date: 2024-01-02
        authors: [kari]
        ---
        # News

        First.
        -- content/docs/blog/posts/old.md --
        ---
        date: 2023-12-01
        ---
        # Old
        """;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a post's title changed (its address, the slug of its title, and the link to it)", f -> replace(f, "content/docs/blog/posts/news.md", "# News", "# Big news")));
    steps.add(new Step("the authors' file edited (the post's byline)", f -> replace(f, "content/docs/blog/.authors.yml", "name: Kari", "name: Kari N.")));
    steps.add(new Step("the older post pinned (the order edited)", f -> replace(f, "content/docs/blog/posts/old.md", "date: 2023-12-01", "date: 2023-12-01\npin: true")));
    steps.add(new Step("nothing changed", f -> {}));
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), s.name() + ": " + expected.diagnostics());
      String blog = new String(expected.files().get("blog/index.html"), StandardCharsets.UTF_8);
      assertTrue(blog.contains(step >= 2 ? "Kari N." : "Kari"), blog);
      assertEquals(step >= 3, blog.indexOf(">Old<") < blog.indexOf(">Big news<"), s.name());
      assertTrue(expected.files().containsKey("blog/2024/01/02/big-news/index.html"), s.name());
    });
  }

  @Test
  void aJekyllBlogAndCollectionBuildIncrementallyExactlyAsACleanBuild() throws Exception {
    String project =
        """
        -- content/_config.yml --
        title: Widgets
        url: https://widgets.example.org
        plugins: [jekyll-feed]
        -- content/index.markdown --
        ---
        layout: home
        ---
        Read [the news]({% post_url 2024-01-02-news %}).
        -- content/_posts/2024-01-02-news.markdown --
        ---
        title: News
        categories: release
        ---
        First.
        -- content/_posts/2023-12-01-old.md --
        ---
        title: Old
        ---
        -- content/_docs/setup.md --
        # Setup
        """;
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("a post's categories changed (its address, and the link to it)", f -> replace(f, "content/_posts/2024-01-02-news.markdown", "categories: release", "categories: release big")));
    steps.add(new Step("a post added (the home's list, the feed)", f -> write(f, "content/_posts/2024-02-01-more.md", "---\ntitle: More\n---\nMore.\n")));
    steps.add(new Step("the config's permalink edited (every post's address)", f -> replace(f, "content/_config.yml", "title: Widgets\n", "title: Widgets\npermalink: /blog/:title/\n")));
    steps.add(new Step("the feed's plugin taken away (the feed goes, every page's head edited)", f -> replace(f, "content/_config.yml", "plugins: [jekyll-feed]\n", "")));
    steps.add(new Step("a post renamed to another day (its place on the home's list)", f -> move(f, "content/_posts/2023-12-01-old.md", "content/_posts/2024-03-01-old.md")));
    steps.add(new Step("the config's collections edited (_docs/ published)", f -> replace(f, "content/_config.yml", "title: Widgets\n", "title: Widgets\ncollections:\n  docs: {output: true}\n")));
    steps.add(new Step("a collection's page retitled (every page's menu edited)", f -> replace(f, "content/_docs/setup.md", "# Setup", "# Set-up")));
    steps.add(new Step("nothing changed", f -> {}));
    series(project, steps, (step, s, expected) -> {
      assertEquals(0, expected.exit(), s.name() + ": " + expected.diagnostics());
      String home = new String(expected.files().get("index.html"), StandardCharsets.UTF_8);
      String news = step == 0 ? "release/2024/01/02/news/" : step < 3 ? "release/big/2024/01/02/news/" : "blog/news/";
      assertTrue(expected.files().containsKey(news + "index.html"), s.name());
      assertTrue(home.contains("<a href=\"" + news + "\">the news</a>"), s.name() + ": " + home);
      assertEquals(step >= 2, home.contains(">More</a>"), s.name());
      assertEquals(step <= 3, expected.files().containsKey("feed.xml"), s.name());
      assertEquals(step == 2 || step == 3, step <= 3 && new String(expected.files().get("feed.xml"), StandardCharsets.UTF_8).contains("<title>More</title>"), s.name());
      assertEquals(step <= 3, home.contains("application/atom+xml"), s.name());
      assertEquals(step >= 5, home.indexOf(">Old</a>") < home.indexOf(">More</a>"), s.name());
      assertEquals(step >= 6, expected.files().containsKey("docs/setup/index.html"), s.name());
      assertEquals(step >= 7, home.contains(">Set-up</a>"), s.name());
    });
  }

  @Test
  void aCacheWrittenByOneProcessIsUsedByTheNext() throws Exception {
    // what keys are made of must not depend on anything a JVM picks anew (hash order of sets and maps)
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), SITE);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(java, "-cp", System.getProperty("java.class.path"), "handbook.cli.Main", "build", "--content", site.content().toString(),
            "--templates", SiteFixture.TEMPLATES.toString(), "--out", site.site().toString(), "--cache", tmp.resolve("cache").toString());
    String first = run(cmd);
    assertTrue(first.startsWith("built "), first);
    String second = run(cmd);
    assertTrue(second.matches("(?s)built \\d+ pages, 0 warnings, 0 errors in [0-9.]+ s; 0 rendered, \\d+ unchanged.*"), second);
  }

  @Test
  void aCacheOfAnotherContentFolderNamesTheFolderBuilt() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("p"), "-- content/site.yaml --\ntitle: T\n-- content/docs/x.md --\nNo title here.\n");
    Path cache = tmp.resolve("cache");
    Path first = Files.move(site.content(), tmp.resolve("p/handbok"));
    Outcome a = build(first, SiteFixture.TEMPLATES, tmp.resolve("out-a"), cache, null);
    assertTrue(a.diagnostics().contains("handbok/docs/x.md: warning[page.no-title]"), a.diagnostics());
    // the same files in a folder of another name, built with the same cache: its messages name it
    Path second = Files.move(first, tmp.resolve("p/docs-site"));
    Outcome b = build(second, SiteFixture.TEMPLATES, tmp.resolve("out-b"), cache, null);
    assertTrue(b.diagnostics().contains("docs-site/docs/x.md: warning[page.no-title]") && !b.diagnostics().contains("handbok"), b.diagnostics());
  }

  private static String run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  @Test
  void serveRefusesALinkThatLeavesTheContentFolderAsABuildDoes() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), SITE);
    Files.writeString(tmp.resolve("secret.md"), "# Hemmelig\n");
    Files.createSymbolicLink(site.content().resolve("docs/secret.md"), tmp.resolve("secret.md"));
    BuildOptions o = new BuildOptions(site.content(), tmp.resolve("served"), SiteFixture.TEMPLATES, true, DAY, null, null, Set.of());
    Build build = new Build(Build::standardKinds, Progress.NONE);
    java.util.function.Function<BuildResult, List<String>> outside =
        r -> r.diagnostics().stream().filter(d -> d.isError() && d.code().equals("source.outside")).map(d -> d.span().file()).toList();
    BuildResult clean = build.run(o, null);
    assertEquals(List.of("content/docs/secret.md"), outside.apply(clean));
    WarmState warm = new WarmState();
    assertEquals(outside.apply(clean), outside.apply(build.run(o, warm)), "serve's first build");
    Path page = site.content().resolve("docs/drift/deploy.md");
    write(site, "content/docs/drift/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\nEndret.\n");
    warm.changed(List.of(page));
    assertEquals(outside.apply(clean), outside.apply(build.run(o, warm)), "after an edit");
  }

  @Test
  void aQuietRunStoppedAtAnyPointLeavesTheNextRunAsACleanBuild() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), SITE);
    Path served = tmp.resolve("served");
    Build build = new Build(Build::standardKinds, Progress.NONE);
    BuildOptions o = new BuildOptions(site.content(), served, SiteFixture.TEMPLATES, true, DAY, null, null, Set.of());
    Path page = site.content().resolve("docs/drift/deploy.md");
    int stopped = 0;
    for (int at = 1; at < 100; at++) {
      WarmState warm = new WarmState();
      assertTrue(build.run(o, warm).ok());
      // serve's quiet run of the unchanged site, asked to stop at its at-th point
      int[] asked = {0};
      int stopAt = at;
      try {
        build.run(o, warm, () -> ++asked[0] == stopAt);
        assertTrue(asked[0] < at, "a run asked to stop ends at once");
      } catch (Build.Stopped e) {
        assertEquals(at, asked[0]);
        stopped++;
      }
      if (asked[0] < at) {
        break; // it ended before that point: every point was tried
      }
      write(site, "content/docs/drift/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\n## Steg\n\nEndret " + at + ", ta [backup](backup.md#gjenoppretting) først.\n");
      warm.changed(List.of(page));
      Outcome edited = build(site.content(), SiteFixture.TEMPLATES, served, null, warm);
      Outcome clean = build(site.content(), SiteFixture.TEMPLATES, tmp.resolve("clean-" + at), null, null);
      String which = "an edit after a run stopped at point " + at;
      assertEquals(clean.diagnostics(), edited.diagnostics(), which);
      assertSameFiles(clean.files(), edited.files(), which);
      assertTrue(edited.rendered() <= 3 && edited.reused() > 0, which + ": rendered " + edited.rendered());
    }
    assertTrue(stopped >= 4, "points a quiet run stops at: " + stopped);
  }

  @Test
  void aLongLivedWarmStateHoldsOneSitesWorth() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), SITE);
    Path out = tmp.resolve("served");
    WarmState warm = new WarmState();
    Build build = new Build(Build::standardKinds, Progress.NONE);
    BuildOptions o = new BuildOptions(site.content(), out, SiteFixture.TEMPLATES, true, DAY, null, null, Set.of());
    assertTrue(build.run(o, warm).ok());
    Path page = site.content().resolve("docs/drift/deploy.md");
    int afterTen = 0;
    for (int i = 1; i <= 200; i++) {
      // every edit makes new text, a new parse result, new search documents: the old ones must go
      write(site, "content/docs/drift/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\n## Steg\n\nVersjon " + i + ".\n");
      warm.changed(List.of(page));
      BuildResult r = build.run(o, warm);
      assertTrue(r.ok(), r.diagnostics().toString());
      assertEquals(1, r.rendered(), "edit " + i + " renders the edited page alone");
      if (i == 10) {
        afterTen = warm.held();
      }
    }
    assertTrue(afterTen > 50, "held: " + afterTen);
    assertEquals(afterTen, warm.held(), "the state holds as much after 200 edits as after 10");
    // a run of what did not change (serve's quiet runs) takes every version's search index from
    // the last run: what the index knows of each page is kept all the same, for the next edit
    int search = warm.search.held();
    warm.changed(List.of());
    assertTrue(build.run(o, warm).ok());
    assertEquals(search, warm.search.held(), "the search index's memory after an unchanged run");
    assertEquals(afterTen, warm.held());
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String which) {
    SiteFixture.assertSameFiles(withoutMarker(expected), withoutMarker(actual), which);
  }

  private static Map<String, byte[]> withoutMarker(Map<String, byte[]> files) {
    Map<String, byte[]> m = new TreeMap<>(files);
    m.remove(handbook.output.OutputGuard.MARKER);
    return m;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path d = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(d);
        } else {
          Files.copy(p, d);
        }
      }
    }
  }

  /**
   * serve's runs find an unchanged file's page as the same object (the docs kind keeps it with
   * the file's parse): its links are not resolved again. An edited file's page is a new one.
   */
  @Test
  void anUnchangedPageIsTheSameObjectFromRunToRun() throws Exception {
    SiteFixture site = SiteFixture.of(tmp.resolve("project"), SITE);
    Path templates = site.root().resolve("templates");
    copy(SiteFixture.TEMPLATES, templates);
    Path served = tmp.resolve("site-served");
    WarmState warm = new WarmState();
    assertEquals(0, build(site.content(), templates, served, null, warm).exit());
    assertEquals(0, build(site.content(), templates, served, null, warm).exit());
    int kept = warm.language("").links.reused.get();
    assertTrue(kept >= 3, "pages found as they were: " + kept);
    assertEquals(0, build(site.content(), templates, served, null, warm).exit());
    assertEquals(kept, warm.language("").links.reused.get(), "every page again");
    Path deploy = site.content().resolve("docs/drift/deploy.md");
    replace(site, "content/docs/drift/deploy.md", "Deploy slik", "Deploy alltid slik");
    warm.changed(Set.of(deploy));
    assertEquals(0, build(site.content(), templates, served, null, warm).exit());
    assertEquals(kept - 1, warm.language("").links.reused.get(), "all but the edited page");
  }

  @Test
  void aBrokenLinkWarningStaysWhileOtherPagesAreEdited() throws Exception {
    SiteFixture f =
        SiteFixture.of(
            tmp.resolve("warn"),
            """
            -- content/site.yaml --
            title: T
            links:
              on_broken: warning
            -- content/docs/index.md --
            ---
            title: Start
            ---
            Se [borte](borte.md).
            -- content/docs/b.md --
            ---
            title: B
            ---
            Tekst.
            """);
    WarmState warm = new WarmState();
    Path out = tmp.resolve("warn-site");
    Outcome first = build(f.content(), SiteFixture.TEMPLATES, out, null, warm);
    assertEquals(0, first.exit(), first.diagnostics());
    assertTrue(first.diagnostics().contains("borte.md"), first.diagnostics());
    write(f, "content/docs/b.md", "---\ntitle: B\n---\nAnnen tekst.\n");
    warm.changed(null);
    Outcome second = build(f.content(), SiteFixture.TEMPLATES, out, null, warm);
    assertEquals(first.diagnostics(), second.diagnostics(), "the same warnings after an edit elsewhere");
  }

  @Test
  void aSearchIndexOverItsBudgetIsTheSameFromTheCacheAsFromAClean() throws Exception {
    // every page gets one document, its words cut to fit: what the last build made of an
    // unchanged page is taken from the cache, its documents not even made
    StringBuilder txtar = new StringBuilder("-- content/site.yaml --\ntitle: T\nsearch:\n  max_size: 24 KB\n");
    txtar.append("-- content/docs/index.md --\n# Start\n\nHjem.\n");
    for (int i = 0; i < 80; i++) {
      txtar.append("-- content/docs/side-").append(i).append(".md --\n# Side ").append(i).append("\n\n");
      for (int k = 0; k < 6; k++) {
        txtar.append("## Del ").append(k).append("\n\n");
        for (int w = 0; w < 40; w++) {
          txtar.append("ord").append(i).append('x').append(k).append('y').append(w).append(' ');
        }
        txtar.append("\n\n");
      }
    }
    SiteFixture f = SiteFixture.of(tmp.resolve("budget"), txtar.toString());
    Path cache = tmp.resolve("budget-cache");
    Path cached = tmp.resolve("budget-cached");
    Outcome first = build(f.content(), SiteFixture.TEMPLATES, cached, cache, null);
    assertEquals(0, first.exit(), first.diagnostics());
    assertTrue(first.diagnostics().contains("over its 24 KB budget"), first.diagnostics());
    String index = new String(first.files().get("search-index.json"), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(index.length() <= 24 * 1024, "within the budget: " + index.length());
    assertEquals(-1, index.indexOf("#del-0"), "one document per page, no section of its own");
    for (String edit : List.of("content/docs/side-3.md", "content/docs/side-17.md")) {
      replace(f, edit, "## Del 2", "## Del 2\n\nNye ord her.");
      Outcome clean = build(f.content(), SiteFixture.TEMPLATES, tmp.resolve("budget-clean"), null, null);
      Outcome incremental = build(f.content(), SiteFixture.TEMPLATES, cached, cache, null);
      assertEquals(clean.diagnostics(), incremental.diagnostics(), edit);
      assertSameFiles(clean.files(), incremental.files(), "build --cache after an edit of " + edit);
      assertTrue(incremental.reused() >= 80, "the other pages were reused: " + incremental.reused());
      StagedSite.deleteTree(tmp.resolve("budget-clean"));
    }
  }
}
