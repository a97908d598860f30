package handbook.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.Browser;
import handbook.testing.SiteFixture;
import handbook.testing.SiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One page of every kind of the real handbook at five widths, light and dark, as a reader's
 * browser shows it under {@code default-src 'self'}: the page does not scroll sideways, no header
 * tab is clipped on a wide screen, no element sticks out of its container, a page without a
 * sidebar starts at the top of the layout however short it is, nothing moves after the
 * first paint (layout shifts sum to at most 0.05), and the console is clean. Served by nginx with
 * {@code deploy/nginx.conf} when it is installed, so the headers are the ones readers get. A
 * screenshot of each is kept under {@code target/screenshots/layout/} for review (not compared).
 */
class LayoutBrowserTest {
  static final int[] WIDTHS = {1920, 1280, 1024, 768, 390};
  static final double MAX_SHIFT = 0.05;

  @TempDir static Path tmp;
  static SiteServer server;
  static Browser browser;
  static final Path SHOTS = Path.of("target/screenshots/layout");

  /** Links of the header and the footer, as a site has them (a repository, a page, columns of the footer). */
  static final String LINKS =
      """
      header_links:
        - {title: Kildekode, url: "https://git.example.org/mindframe/handbook"}
        - {title: Sikkerhetskopi, url: docs/drift/backup-og-gjenoppretting.md}
      footer_links:
        - title: Drift
          links:
            - {title: Runbooks, url: runbooks/}
            - {title: Sjekkliste, url: checklist/}
        - title: Fellesskap
          links:
            - {title: Kildekode, url: "https://git.example.org/mindframe/handbook"}
      """;

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path site = tmp.resolve("site");
    // with gzip copies: through nginx (when installed) the browser gets them, as readers do
    SiteFixture.buildHandbook(site, "gzip: true\n" + LINKS);
    browser = Browser.start();
    server = SiteServer.of(site);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    Browser.close(browser, server);
  }

  /**
   * Problems of the page as shown: sideways scroll, clipped tabs (at 1024 px and wider),
   * elements wider than a container that does not scroll or clip them.
   */
  static final String MEASURE =
      """
      const wide = arguments[0];
      const out = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth + 1) out.push('page scrolls sideways: ' + doc.scrollWidth + ' > ' + doc.clientWidth);
      const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
      const tabs = document.querySelector('.tabs');
      if (wide && tabs) {
        const box = tabs.getBoundingClientRect();
        for (const a of tabs.querySelectorAll('a')) {
          const r = a.getBoundingClientRect();
          if (r.right > box.right + 1 || r.left < box.left - 1 || r.right > doc.clientWidth || a.scrollWidth > a.clientWidth + 1) out.push('header tab clipped: ' + a.textContent.trim());
        }
      }
      const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
      const clips = s => s.overflowX !== 'visible';
      for (const e of document.body.querySelectorAll('*')) {
        const s = getComputedStyle(e);
        if (s.position === 'absolute' || s.position === 'fixed' || !visible(e)) continue;
        let p = e.parentElement;
        while (p && getComputedStyle(p).display === 'contents') p = p.parentElement;
        if (!p || p === document.body) continue;
        const ps = getComputedStyle(p);
        if (clips(ps) || ps.display === 'inline') continue;
        let inScroller = false;
        for (let a = p; a && a !== document.body; a = a.parentElement) { if (clips(getComputedStyle(a))) { inScroller = true; break; } }
        if (inScroller) continue;
        const r = e.getBoundingClientRect(), pr = p.getBoundingClientRect();
        if (r.right > pr.right + 1 || r.left < pr.left - 1) {
          out.push('wider than its container: ' + name(e) + ' (' + Math.round(r.left) + '..' + Math.round(r.right) + ') in ' + name(p) + ' (' + Math.round(pr.left) + '..' + Math.round(pr.right) + ')');
        }
      }
      // a page without a sidebar starts at the top of the layout, however short it is
      const layout = document.querySelector('.layout'), main = layout && layout.querySelector(':scope > main');
      if (main && !layout.querySelector(':scope > .sidebar, :scope > .api-nav')) {
        const gap = main.getBoundingClientRect().top - layout.getBoundingClientRect().top;
        if (gap > 1) out.push('the content starts ' + Math.round(gap) + ' px below the top of the layout');
      }
      return out.slice(0, 12);
      """;

  /**
   * Long names where they are hard to fit: sections with long titles (header tabs), a page
   * and a heading made of one long word (sidebar, table of contents), an API whose parameters have
   * long names, types and enums, and a schema with a long name (API menu).
   */
  static final String LONG_NAMES =
      """
      -- content/site.yaml --
      title: Et håndbokprosjekt med et ganske langt navn
      -- content/docs/index.md --
      # Dokumentasjon for plattformen, tjenestene og verktøyene
      Start.
      -- content/docs/a.md --
      ---
      title: Infrastrukturkonfigurasjonsadministrasjonsretningslinjedokumentasjon
      ---
      ## Kubernetesklyngeovervåkingsvarslingskonfigurasjonsinnstillinger
      Tekst.
      ## Kort
      Tekst.
      -- content/checklist.yaml --
      title: Produksjonsklarhet-sjekkliste for hele plattformen
      categories:
        - id: drift
          title: Drift
          items:
            - {id: backup, title: Backup, status: done}
      -- content/api/vendor.yaml --
      openapi: 3.0.3
      info: {title: Leverandør-API, version: "1.0"}
      servers: [{url: "https://api.vendor.example/v1"}]
      tags: [{name: Konfigurasjon}]
      paths:
        /organizations/{organizationIdentifier}/configurationProfiles/{configurationProfileIdentifier}:
          get:
            operationId: getConfigurationProfileForOrganization
            summary: Hent en konfigurasjonsprofil
            tags: [Konfigurasjon]
            parameters:
              - {name: organizationIdentifier, in: path, required: true, description: "Organisasjonens identifikator, for eksempel urn:vendor:organization:00000000-0000-0000-0000-000000000000.", schema: {type: string, format: uuid}}
              - {name: configurationProfileIdentifier, in: path, required: true, schema: {type: string, pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$"}}
              - {name: X-Vendor-Request-Correlation-Identifier, in: header, schema: {type: string}}
              - {name: includeInheritedConfigurationValues, in: query, schema: {type: array, items: {type: string, enum: [ORGANIZATION_DEFAULTS, ENVIRONMENT_OVERRIDES, DEPLOYMENT_SPECIFIC_OVERRIDES]}}}
            responses:
              "200":
                description: Profilen.
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/OrganizationConfigurationProfileWithInheritedValues"}
      components:
        schemas:
          OrganizationConfigurationProfileWithInheritedValues:
            type: object
            properties:
              configurationProfileIdentifier: {type: string}
      """;

  /** Where the one table of contents of a page is shown, and what it holds. */
  static final String TOC =
      """
      const shown = e => !!e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0;
      const inline = document.querySelector('.toc-inline');
      const aside = document.querySelector('aside.toc');
      const main = document.querySelector('main').getBoundingClientRect();
      const hrefs = e => e ? [...e.querySelectorAll('a')].map(a => a.getAttribute('href')).join(' ') : '';
      return [shown(inline), shown(aside), aside ? aside.getBoundingClientRect().left >= main.right : false,
              hrefs(inline) === hrefs(aside), hrefs(inline).length > 0, Math.round(main.width)];
      """;

  @org.junit.jupiter.api.Test
  void theTableOfContentsIsWrittenOnceAndShownBesideTheTextOnWideScreens() throws Exception {
    String page = server.url("docs/drift/backup-og-gjenoppretting/");
    browser.viewport(1400, 900);
    browser.open(page);
    browser.settle();
    List<?> wide = (List<?>) browser.driver().executeScript(TOC);
    assertEquals(List.of(false, true, true, true, true), wide.subList(0, 5), "with JavaScript: the list in the right-hand column " + wide);
    assertEquals(0.0, browser.layoutShiftSum(), 0.0001, "the column was kept for it: " + browser.layoutShifts());

    browser.viewport(800, 900);
    browser.open(page);
    browser.settle();
    List<?> narrow = (List<?>) browser.driver().executeScript(TOC);
    assertEquals(List.of(true, false), narrow.subList(0, 2), "narrow: the collapsible list in the article " + narrow);

    browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
    try {
      browser.viewport(1400, 900);
      browser.open(page); // waits for the load; settle() needs the page's own timers, which are off
      List<?> off = (List<?>) browser.driver().executeScript(TOC);
      assertEquals(List.of(true, false), off.subList(0, 2), "without JavaScript: the list in the article " + off);
      long withoutColumn = ((Number) off.get(5)).longValue();
      long withColumn = ((Number) wide.get(5)).longValue();
      assertTrue(withoutColumn > withColumn + 100, "without JavaScript the text takes the column: " + withoutColumn + " vs " + withColumn);
    } finally {
      browser.driver().executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
    }
  }

  @org.junit.jupiter.api.Test
  void longNamesWrapAndParameterTablesFitAt1280() throws Exception {
    SiteFixture f = SiteFixture.of(tmp.resolve("long"), LONG_NAMES);
    SiteFixture.Run r = f.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    List<String> failures = new ArrayList<>();
    try (SiteServer longSite = SiteServer.of(f.site())) {
      for (String page : List.of("docs/a/", "checklist/", "api/vendor/konfigurasjon/", "api/vendor/schemas/OrganizationConfigurationProfileWithInheritedValues/")) {
        for (int width : new int[] {1280, 1024, 390}) {
          browser.viewport(width, 900);
          browser.media("", "light");
          browser.open(longSite.url(page));
          browser.settle();
          @SuppressWarnings("unchecked")
          List<String> found = (List<String>) browser.driver().executeScript(MEASURE, width >= 1024);
          found.forEach(x -> failures.add(page + " at " + width + " px: " + x));
          if (width == 1280) {
            Object tables = browser.driver().executeScript(
                "return [...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.scrollWidth + ' > ' + w.clientWidth)");
            if (!((List<?>) tables).isEmpty()) {
              failures.add(page + ": a table scrolls sideways at 1280 px: " + tables);
            }
          }
          Files.write(SHOTS.resolve("long-" + page.replaceAll("[^a-zA-Z0-9]+", "-") + width + ".png"), browser.screenshot());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @org.junit.jupiter.api.Test
  void anApiTagsFirstOperationFollowsItsDescriptionAndTheCourseStartIsOneBox() throws Exception {
    browser.viewport(1280, 900);
    browser.media("", "light");
    browser.open(server.url("api/mindframe/brukere/"));
    browser.settle();
    Number gap = (Number) browser.driver().executeScript(
        "return document.querySelector('.api-op-title').getBoundingClientRect().top"
            + " - document.querySelector('.doc-body.api-desc').getBoundingClientRect().bottom");
    // the operation's own rule and spacing (4 rem), no second rule and band above its title
    assertEquals(true, gap.doubleValue() <= 72, "gap between the tag's description and its first operation: " + gap);
    browser.open(server.url("course/"));
    browser.settle();
    Object inner = browser.driver().executeScript(
        "const p = getComputedStyle(document.querySelector('.course-start .course-progress'));"
            + "return p.backgroundColor + ' ' + p.borderTopWidth");
    assertEquals("rgba(0, 0, 0, 0) 0px", inner, "no box of its own in the start box");
  }

  /** What a printed page must not show, and what it must: where links go, code within the page. */
  static final String MEASURE_PRINT =
      """
      const out = [];
      const shown = e => e && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0;
      for (const sel of ['.site-header .tabs', '.site-search', 'nav.sidebar', '.api-nav', 'aside.toc', '.toc-inline', 'nav.pager', '.skip-link', '.code-bar']) {
        for (const e of document.querySelectorAll(sel)) if (shown(e)) out.push('printed: ' + sel);
      }
      const links = [...document.querySelectorAll('main article a[href]')].filter(a => !a.getAttribute('href').startsWith('#') && !a.classList.contains('heading-anchor') && shown(a));
      if (!links.length) out.push('no link to check');
      for (const a of links.slice(0, 20)) {
        const after = getComputedStyle(a, '::after').content;
        if (!after.includes(a.getAttribute('href'))) out.push('link target not printed: ' + a.getAttribute('href') + ' (' + after + ')');
      }
      const main = document.querySelector('main').getBoundingClientRect();
      const pres = [...document.querySelectorAll('main pre')];
      if (!pres.length) out.push('no code to check');
      for (const pre of pres) {
        const r = pre.getBoundingClientRect();
        if (pre.scrollWidth > pre.clientWidth + 1 || r.right > main.right + 1) out.push('code cut at the page edge: ' + pre.textContent.slice(0, 40));
      }
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth + 1) {
        const wide = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > doc.clientWidth + 1).map(e => e.tagName.toLowerCase() + '.' + e.className).slice(0, 5);
        out.push('page wider than the paper: ' + doc.scrollWidth + ' ' + wide);
      }
      return out;
      """;

  @ParameterizedTest
  @ValueSource(strings = {"docs/drift/backup-og-gjenoppretting/", "runbooks/database-utilgjengelig/", "course/02-drift/print/"})
  void printsWithoutNavigationWithLinkTargetsAndWholeCode(String page) throws Exception {
    // about the printable width of A4 with the stylesheet's margins, at 96 dpi
    browser.viewport(680, 1000);
    browser.media("print", "light");
    try {
      browser.open(server.url(page));
      browser.settle();
      @SuppressWarnings("unchecked")
      List<String> found = (List<String>) browser.driver().executeScript(MEASURE_PRINT);
      Files.write(SHOTS.resolve("print-" + page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".png"), browser.screenshot());
      assertEquals(List.of(), found, "/" + page + " printed");
      assertEquals(List.of(), browser.problems(0));
    } finally {
      browser.media("", "light");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "docs/", "docs/drift/backup-og-gjenoppretting/", "docs/utvikling/lokalt-oppsett/", "checklist/", "search.html?q=backup", "finnes-ikke/",
      "course/", "course/02-drift/", "course/02-drift/04-gjenoppretting/", "course/04-sikkerhet/print/",
      "api/", "api/mindframe/", "api/mindframe/brukere/", "api/mindframe/schemas/", "api/mindframe/schemas/User/",
      "runbooks/", "runbooks/database-utilgjengelig/"})
  void pageFitsEveryWidthWithoutShiftingOrErrors(String page) throws Exception {
    List<String> failures = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      for (int width : WIDTHS) {
        String at = width + " px " + scheme;
        browser.viewport(width, width < 600 ? 844 : 900);
        browser.media("", scheme);
        browser.open(server.url(page));
        browser.settle();
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.driver().executeScript(MEASURE, width >= 1024);
        found.forEach(f -> failures.add(at + ": " + f));
        double shift = browser.layoutShiftSum();
        if (shift > MAX_SHIFT) {
          failures.add(at + ": layout shifts " + String.format(Locale.ROOT, "%.3f", shift) + " " + browser.layoutShifts());
        }
        // settle() waited for the load and two frames: the violations of the load are reported
        List<String> problems = new ArrayList<>(browser.problems(0));
        // the missing page's own 404 status is what a 404 page is for
        problems.removeIf(p -> page.equals("finnes-ikke/") && p.contains(page + " - Failed to load resource: the server responded with a status of 404"));
        problems.forEach(p -> failures.add(at + ": " + p));
        String file = (page.isEmpty() ? "home" : page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")) + "-" + width + "-" + scheme + ".png";
        Files.write(SHOTS.resolve(file), browser.screenshot());
      }
    }
    assertEquals(List.of(), failures, "/" + page);
  }
}
