package handbook.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  @Test
  void theTrimmedPagesNameTheThreeLargestFirstThenTheOthersInUrlOrder() {
    record P(String url, long size) {}
    List<P> inUrlOrder = List.of(new P("a/", 5), new P("b/", 9), new P("c/", 1), new P("d/", 9), new P("e/", 7), new P("f/", 2));
    assertEquals(List.of("b/", "d/", "e/", "a/", "c/", "f/"), SearchIndex.largestFirst(inUrlOrder, P::size, P::url));
    assertEquals(List.of("x/", "w/"), SearchIndex.largestFirst(List.of(new P("w/", 1), new P("x/", 2)), P::size, P::url));
    assertEquals(List.of(), SearchIndex.largestFirst(List.<P>of(), P::size, P::url));
  }

  @Test
  void aPagesMergedDocumentHasEachDistinctWordOnceInTheOrderFirstSeen() {
    java.util.Random r = new java.util.Random(7);
    String letters = "ab  c";
    for (int i = 0; i < 20_000; i++) {
      List<SearchDoc> sections = new ArrayList<>();
      java.util.Set<String> words = new java.util.LinkedHashSet<>();
      java.util.Set<String> keys = new java.util.LinkedHashSet<>();
      for (int s = 0, n = r.nextInt(3) + 1; s < n; s++) {
        String title = random(r, letters);
        String text = random(r, letters);
        String keywords = r.nextBoolean() ? "" : random(r, letters);
        sections.add(new SearchDoc("doc", title, "Side", "", "docs/a/" + (s == 0 ? "" : "#s" + s), keywords, text, ""));
        words.addAll(List.of(title.split(" ")));
        words.addAll(List.of(text.split(" ")));
        if (!keywords.isEmpty()) {
          keys.addAll(List.of(keywords.split(" ")));
        }
      }
      SearchDoc merged = SearchIndex.byPage(sections).get(0);
      assertEquals(String.join(" ", words), merged.text(), sections.toString());
      assertEquals(String.join(" ", keys), merged.keywords(), sections.toString());
    }
  }

  private static String random(java.util.Random r, String letters) {
    StringBuilder b = new StringBuilder();
    for (int k = 0, n = r.nextInt(7); k < n; k++) {
      b.append(letters.charAt(r.nextInt(letters.length())));
    }
    return b.toString();
  }

  @Test
  void sectionsAreExtractedWithKindsKeywordsAndAnchors() {
    String html =
        "<main><article><h1>Backup</h1><p>Intro om pg_dump.</p>"
            + "<h2 id=\"gjenoppretting\">Gjenoppretting <a class=\"heading-anchor\" href=\"#gjenoppretting\">#</a></h2><p>Kjør pg_restore.</p>"
            + "<nav>hoppes over</nav><section id=\"getUser\" data-search-kind=\"operation\" data-search-title=\"Hent bruker\" data-search-keywords=\"getUser GET /users/{id}\"><p>Svar 503.</p></section>"
            + "</article></main>";
    List<SearchDoc> docs = SectionExtractor.extract(html, "docs/backup/", "Backup", "Drift", "doc");
    assertEquals(3, docs.size());
    assertEquals("docs/backup/", docs.get(0).url());
    assertEquals("Gjenoppretting", docs.get(1).title());
    assertEquals("Gjenoppretting Kjør pg_restore.", docs.get(1).snippet(), "no anchor sign in the text");
    assertEquals("operation", docs.get(2).kind());
    assertEquals("getUser GET /users/{id} get User", docs.get(2).keywords());
    assertTrue(docs.stream().noneMatch(d -> d.text().contains("hoppes")), "nav is not indexed");
  }

  @Test
  void aLargeIndexIsMergedByPageAndTrimmedToItsBudget() {
    List<SearchDoc> docs = new ArrayList<>();
    for (int p = 0; p < 6000; p++) {
      for (int s = 0; s < 6; s++) {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 100; w++) {
          words.append("ord").append(p % 97).append('x').append(w).append(' ');
        }
        docs.add(new SearchDoc("doc", "Seksjon " + s, "Side " + p, "Docs", "docs/p" + p + "/" + (s == 0 ? "" : "#s" + s), "", words.toString().strip(), "Et utdrag av seksjonen med noen ord i."));
      }
    }
    byte[] json = SearchIndex.json(docs);
    assertTrue(json.length <= SearchIndex.BUDGET * 1.1, "size " + json.length);
    String text = new String(json, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"u\":\"docs/p5999/\""));
    assertTrue(!text.contains("#s1"), "sections merged into their pages");
  }

  @Test
  void oneHugePageLosesWordsAndEveryOtherPageKeepsAllOfThem() {
    List<SearchDoc> docs = new ArrayList<>();
    for (int p = 0; p < 200; p++) {
      docs.add(new SearchDoc("doc", "Side " + p, "Side " + p, "Docs", "docs/p" + p + "/", "", "vanlig ord" + p + " og litt mer tekst", "Utdrag."));
    }
    StringBuilder huge = new StringBuilder();
    for (int w = 0; huge.length() < 6_000_000; w++) {
      huge.append("stor").append(w).append(' ');
    }
    docs.add(new SearchDoc("doc", "Stor", "Stor", "Docs", "docs/stor/", "", huge.toString().strip(), "Utdrag."));
    SearchIndex.Result r = SearchIndex.index(docs);
    assertTrue(r.json().length <= SearchIndex.BUDGET, "size " + r.json().length);
    assertEquals(List.of("docs/stor/"), r.trimmed());
    String text = new String(r.json(), StandardCharsets.UTF_8);
    for (int p = 0; p < 200; p++) {
      assertTrue(text.contains("\"x\":\"vanlig ord" + p + " og litt mer tekst\""), "page " + p + " keeps every word");
    }
    assertTrue(text.contains("stor0 stor1 stor2"), "the huge page keeps its first words");
  }

  @Test
  void theMemoryOfServeForgetsThePagesARunDidNotHaveAndWritesWhatAFreshOneWould() {
    // long snippets: every page gets one document, which the memory keeps with its JSON
    String snippet = "Et langt utdrag. ".repeat(25);
    java.util.function.BiFunction<Integer, String, List<SearchDoc>> page = (p, extra) -> {
      List<SearchDoc> docs = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        StringBuilder words = new StringBuilder(extra);
        for (int w = 0; w < 100 + p % 50; w++) {
          words.append(" ord").append(p % 89).append('x').append(w);
        }
        docs.add(new SearchDoc("doc", "Seksjon " + s, "Side " + p, "Docs", "docs/p" + p + "/" + (s == 0 ? "" : "#s" + s), "", words.toString().strip(), snippet));
      }
      return docs;
    };
    List<List<SearchDoc>> pages = new ArrayList<>();
    for (int p = 0; p < 6000; p++) {
      pages.add(page.apply(p, ""));
    }
    SearchIndex.Memory memory = new SearchIndex.Memory(true);
    SearchIndex.index(pages, memory, Map.of(), null);
    memory.endRun();
    int held = memory.held();
    assertEquals(4 * 6000, held, "each page's size, URL, merged document and JSON");
    // the same pages again: all kept
    SearchIndex.index(pages, memory, Map.of(), null);
    memory.endRun();
    assertEquals(held, memory.held());
    // page 17 edited (new lists), page 18 removed
    for (int edit = 1; edit <= 3; edit++) {
      pages.set(17, page.apply(17, "endret" + edit));
      List<List<SearchDoc>> now = new ArrayList<>(pages);
      now.remove(18);
      byte[] json = SearchIndex.index(now, memory, Map.of(), null).json();
      memory.endRun();
      assertEquals(held - 4, memory.held(), "edit " + edit + ": the old lists of page 17 and page 18 are forgotten");
      assertArrayEquals(SearchIndex.index(now, new SearchIndex.Memory(), Map.of(), null).json(), json, "edit " + edit);
      assertTrue(new String(json, StandardCharsets.UTF_8).contains("endret" + edit));
    }
  }

  @Test
  void theDocumentsWrittenInPartsAreTheFileOneWriterMakes() throws Exception {
    // more documents than one part holds, with pages that span parts, characters JSON escapes
    // and documents with and without keywords
    List<SearchDoc> docs = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      String url = String.format("docs/p%03d/", p);
      for (int s = 0; s < 1 + p % 4; s++) {
        docs.add(new SearchDoc(p % 3 == 0 ? "doc" : "api", "Del \"" + s + "\" <æ>", "Side " + p, "Docs › B\\" + (p % 5), url + (s == 0 ? "" : "#d" + s), s % 2 == 0 ? "" : "nøkkel" + p, "tekst\n" + p + " \u0001 " + s, "Utdrag " + p));
      }
    }
    java.util.Collections.shuffle(docs, new java.util.Random(3));
    byte[] json = SearchIndex.index(docs).json();
    // the same file from one generator over the documents in URL order
    List<SearchDoc> sorted = new ArrayList<>(docs);
    sorted.sort(java.util.Comparator.comparing(SearchDoc::url).thenComparing(SearchDoc::title));
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    Map<String, Integer> pages = new java.util.LinkedHashMap<>();
    List<Object> docList = new ArrayList<>();
    for (SearchDoc d : sorted) {
      pages.putIfAbsent(d.page() + "\u0000" + d.crumbs(), pages.size());
      Map<String, Object> o = new java.util.LinkedHashMap<>();
      o.put("id", docList.size());
      o.put("g", pages.get(d.page() + "\u0000" + d.crumbs()));
      o.put("k", d.kind());
      o.put("t", d.title());
      o.put("u", d.url());
      if (!d.keywords().isEmpty()) {
        o.put("w", d.keywords());
      }
      o.put("x", d.text());
      o.put("s", d.snippet());
      docList.add(o);
    }
    Map<String, Object> file = new java.util.LinkedHashMap<>();
    file.put("version", 2);
    file.put("kinds", Map.of());
    file.put("pages", pages.keySet().stream().map(k -> List.of(k.substring(0, k.indexOf('\u0000')), k.substring(k.indexOf('\u0000') + 1))).toList());
    file.put("docs", docList);
    assertTrue(docList.size() > 600);
    assertEquals(mapper.writeValueAsString(file), new String(json, StandardCharsets.UTF_8));
  }

  @Test
  void anIndexMadeWithTheDocumentsJsonAMemoryKeptIsTheFileANewIndexMakes() {
    // serve's memory keeps each document's JSON but its id and page: the next index copies it
    List<List<SearchDoc>> pages = new ArrayList<>();
    for (int p = 0; p < 400; p++) {
      List<SearchDoc> page = new ArrayList<>();
      for (int s = 0; s < 1 + p % 3; s++) {
        page.add(new SearchDoc("doc", "Del " + s + " \"æ\"", "Side " + p, "Docs › " + (p % 4), String.format("docs/p%03d/", p) + (s == 0 ? "" : "#d" + s), s == 1 ? "nøkkel" + p : "", "tekst " + p + " " + s, "Utdrag " + p));
      }
      pages.add(page);
    }
    SearchIndex.Memory kept = new SearchIndex.Memory(true);
    byte[] first = SearchIndex.index(pages, kept, Map.of(), Map.of()).json();
    assertArrayEquals(SearchIndex.index(pages, new SearchIndex.Memory(), Map.of(), Map.of()).json(), first);
    kept.endRun();
    // the same pages again, then with one page's title and one section changed, a page removed
    // (the ids and pages of the documents after them move) and a page added
    assertArrayEquals(first, SearchIndex.index(pages, kept, Map.of(), Map.of()).json());
    kept.endRun();
    List<List<SearchDoc>> edited = new ArrayList<>(pages);
    SearchDoc d = pages.get(7).get(1);
    edited.set(7, List.of(pages.get(7).get(0), new SearchDoc(d.kind(), "Ny del", "Ny side", d.crumbs(), d.url(), d.keywords(), "ny tekst", d.snippet())));
    edited.remove(3);
    edited.add(List.of(new SearchDoc("doc", "Ny", "Ny", "Docs", "docs/a/", "", "ny", "Ny.")));
    byte[] again = SearchIndex.index(edited, kept, Map.of(), Map.of()).json();
    assertArrayEquals(SearchIndex.index(edited, new SearchIndex.Memory(), Map.of(), Map.of()).json(), again);
    assertFalse(java.util.Arrays.equals(first, again));
    String text = new String(again, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"id\":0,\"g\":0,\"k\":\"doc\",\"t\":\"Ny\""), text.substring(0, 400));
  }

  @Test
  void theIndexesOfABuildsVersionsShareTheirDocumentsAndAreTheFilesNewIndexesMake() {
    // small pages kept whole, large ones merged and cut to one length: what a version shares
    // with the one before (the same lists) is cut and written once, and cut again where the
    // length moves the cut to another word
    java.util.function.BiFunction<Integer, Integer, List<SearchDoc>> page = (p, words) -> {
      List<SearchDoc> docs = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
          text.append(" ord").append(p).append('x').append(w).append(s);
        }
        docs.add(new SearchDoc("doc", "Del " + s, "Side " + p, "Docs", String.format("docs/p%03d/", p) + (s == 0 ? "" : "#d" + s), "", text.toString().strip(), "Utdrag " + p));
      }
      return docs;
    };
    List<List<SearchDoc>> first = new ArrayList<>();
    for (int p = 0; p < 320; p++) {
      first.add(page.apply(p, p % 16 == 0 ? 1500 + p : 4));
    }
    long budget = 200_000;
    List<List<SearchDoc>> second = new ArrayList<>(first);
    second.set(5, page.apply(5, 6));
    second.set(32, page.apply(32, 3000));
    List<List<SearchDoc>> third = new ArrayList<>(second);
    for (int p = 320; p < 420; p++) {
      third.add(page.apply(p, 8));
    }
    SearchIndex.Memory memory = new SearchIndex.Memory();
    memory.keepJson();
    String cut = null;
    for (List<List<SearchDoc>> version : List.of(first, second, first, third, second)) {
      SearchIndex.Result r = SearchIndex.index(version, memory, Map.of(), null, budget);
      SearchIndex.Result fresh = SearchIndex.index(version, new SearchIndex.Memory(), Map.of(), null, budget);
      assertArrayEquals(fresh.json(), r.json());
      assertEquals(fresh.trimmed(), r.trimmed());
      assertTrue(r.trimmed().size() >= 15 && r.trimmed().size() <= 30, r.trimmed().toString());
      assertTrue(r.json().length <= budget, "size " + r.json().length);
      String text = new String(r.json(), StandardCharsets.UTF_8);
      assertTrue(text.contains("\"x\":\"ord7x00 ord7x10 ord7x20 ord7x30\""), "a small page keeps its sections: " + text.substring(0, 300));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"u\":\"docs/p048/\",\"x\":\"([^\"]*)\"").matcher(text);
      assertTrue(m.find(), "a large page is one document");
      cut = cut == null ? m.group(1) : cut;
      // the third version's many new pages leave the large ones less room
      assertEquals(version == third, m.group(1).length() < cut.length(), m.group(1).length() + " against " + cut.length());
      memory.endRun();
    }
  }

  @Test
  void pagesThatJustHaveRoomForTwoHundredCharactersAreCutAndOnesThatHaveNotGetOneDocumentEach() {
    // a hundred pages of one size: each one's share of the budget is the common size, and
    // what a page's one document takes besides its text is 48 + 3 + 8 + 10 + 179 = 248 bytes
    List<List<SearchDoc>> pages = new ArrayList<>();
    for (int p = 0; p < 100; p++) {
      StringBuilder words = new StringBuilder();
      for (int w = 0; w < 250; w++) {
        words.append(String.format(" o%03dx%03d", p, w));
      }
      String url = String.format("docs/p%03d/", p);
      String title = String.format("Side %03d", p);
      pages.add(List.of(
          new SearchDoc("doc", title, title, "Docs", url, "", words.toString().strip(), ""),
          new SearchDoc("doc", "Del", title, "Docs", url + "#del", "", words.toString().strip(), "u".repeat(179))));
    }
    // a share of 448 (90 % of the budget over a hundred pages) leaves 200 characters: cut there
    String fits = new String(SearchIndex.index(pages, new SearchIndex.Memory(), Map.of(), null, 49_778).json(), StandardCharsets.UTF_8);
    assertTrue(fits.startsWith("{\"version\":2,"), fits.substring(0, 100));
    // (the page's title and its first 21 words: 197 characters, one more word would be 206)
    StringBuilder cut = new StringBuilder("Side 042");
    for (int w = 0; w < 21; w++) {
      cut.append(String.format(" o042x%03d", w));
    }
    assertTrue(fits.contains("\"u\":\"docs/p042/\",\"x\":\"" + cut + "\","), fits.substring(fits.indexOf("docs/p042/\",") - 60, fits.indexOf("docs/p042/\",") + 400));
    // a share of 416 leaves 168: every page gets one document, cut to one length
    String merged = new String(SearchIndex.index(pages, new SearchIndex.Memory(), Map.of(), null, 46_223).json(), StandardCharsets.UTF_8);
    assertTrue(merged.startsWith("{\"version\":3,"), merged.substring(0, 100));
  }

  @Test
  void theIndexIsInUrlOrderWhateverTheOrderOfThePagesGiven() {
    java.util.function.Function<String, List<SearchDoc>> page = url -> List.of(new SearchDoc("doc", "Side " + url, "Side " + url, "Docs", url, "", "ord " + url, "Utdrag."));
    List<SearchDoc> a = page.apply("docs/a/");
    List<SearchDoc> b = page.apply("docs/b/");
    List<SearchDoc> c = page.apply("docs/c/");
    SearchIndex.Memory memory = new SearchIndex.Memory();
    List<List<List<SearchDoc>>> runs = List.of(
        List.of(a, b, c), List.of(a, b, c), List.of(a, page.apply("docs/z/"), c), List.of(a, c, b), List.of(c, a, b), List.of(c, a, b), List.of(a, b, c), List.of(b, c));
    // a document per section, and (over a budget too small for every section) one per page
    for (long budget : new long[] {SearchIndex.BUDGET, 120}) {
      for (List<List<SearchDoc>> pages : runs) {
        byte[] json = SearchIndex.index(pages, memory, Map.of(), null, budget).json();
        memory.endRun();
        List<List<SearchDoc>> sorted = new ArrayList<>(pages);
        sorted.sort(java.util.Comparator.comparing(p -> p.get(0).url()));
        assertArrayEquals(SearchIndex.index(sorted, new SearchIndex.Memory(), Map.of(), null, budget).json(), json, "pages " + pages.stream().map(p -> p.get(0).url()).toList());
        String text = new String(json, StandardCharsets.UTF_8);
        List<String> order = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(?:id|u)\":\"(docs/./)\"").matcher(text);
        while (m.find()) {
          order.add(m.group(1));
        }
        assertEquals(order.stream().sorted().toList(), order, text);
        assertEquals(pages.size(), order.size(), text);
        assertEquals(budget == 120, text.startsWith("{\"version\":3,"), text);
      }
    }
  }

  @Test
  void whatTheLastBuildMadeOfAPageIsUsedForDocumentsOfTheSameEstimate() {
    // long snippets: no page can shrink to its share by its text alone, so every page gets one document
    String snippet = "Et langt utdrag. ".repeat(25);
    List<List<SearchDoc>> pages = new ArrayList<>();
    for (int p = 0; p < 6000; p++) {
      List<SearchDoc> page = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 100 + p % 50; w++) {
          words.append("ord").append(p % 89).append('x').append(w).append(' ');
        }
        page.add(new SearchDoc("doc", "Seksjon " + s, "Side " + p, "Docs", "docs/p" + p + "/" + (s == 0 ? "" : "#s" + s), "", words.toString().strip(), snippet));
      }
      pages.add(page);
    }
    SearchIndex.Result first = SearchIndex.index(pages, new SearchIndex.Memory(), Map.of(), Map.of());
    assertEquals(6000, first.merged().size(), "one document per page");
    assertFalse(first.trimmed().isEmpty());

    // the next build: lists of the same documents, and what the last build made of each page
    List<List<SearchDoc>> again = new ArrayList<>();
    Map<List<SearchDoc>, SearchIndex.Merged> known = new IdentityHashMap<>();
    for (List<SearchDoc> page : pages) {
      List<SearchDoc> copy = new ArrayList<>(page);
      again.add(copy);
      known.put(copy, first.merged().get(page));
    }
    SearchIndex.Result second = SearchIndex.index(again, new SearchIndex.Memory(), Map.of(), known);
    assertArrayEquals(first.json(), second.json());
    assertEquals(first.trimmed(), second.trimmed());

    // deferred documents: not made at all while what the last build made of their page serves
    java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    List<List<SearchDoc>> deferred = new ArrayList<>();
    for (List<SearchDoc> page : pages) {
      deferred.add(new SearchIndex.Deferred(() -> {
        made.incrementAndGet();
        return page;
      }, first.merged().get(page), "doc"));
    }
    SearchIndex.Result third = SearchIndex.index(deferred, new SearchIndex.Memory(), Map.of(), Map.of());
    assertArrayEquals(first.json(), third.json());
    assertEquals(first.trimmed(), third.trimmed());
    // (but for the first page the index tries to shrink alone before it merges every page)
    assertTrue(made.get() <= 1, made.get() + " pages' documents were made");
    // a site under the budget needs every document: they are made
    List<List<SearchDoc>> small = new ArrayList<>();
    for (List<SearchDoc> page : pages.subList(0, 100)) {
      small.add(new SearchIndex.Deferred(() -> {
        made.incrementAndGet();
        return page;
      }, first.merged().get(page), "doc"));
    }
    assertArrayEquals(SearchIndex.index(pages.subList(0, 100), new SearchIndex.Memory(), Map.of(), Map.of()).json(), SearchIndex.index(small, new SearchIndex.Memory(), Map.of(), Map.of()).json());
    assertTrue(made.get() >= 100);

    // it is taken as it is (the page is not merged again) ...
    SearchIndex.Merged m = known.get(again.get(7));
    known.put(again.get(7), new SearchIndex.Merged(m.url(), m.estimate(), m.textLength(), m.size(), m.cap(), "{\"id\":\"kjent\"}".getBytes(StandardCharsets.UTF_8)));
    String text = new String(SearchIndex.index(again, new SearchIndex.Memory(), Map.of(), known).json(), StandardCharsets.UTF_8);
    assertTrue(text.contains("{\"id\":\"kjent\"}"));
    // ... but not for documents of another estimate: those are merged again
    List<SearchDoc> edited = new ArrayList<>(again.get(7));
    SearchDoc d = edited.get(0);
    edited.set(0, new SearchDoc(d.kind(), d.title(), d.page(), d.crumbs(), d.url(), d.keywords(), "nytt " + d.text(), d.snippet()));
    known.put(edited, known.get(again.get(7)));
    again.set(7, edited);
    byte[] json = SearchIndex.index(again, new SearchIndex.Memory(), Map.of(), known).json();
    assertFalse(new String(json, StandardCharsets.UTF_8).contains("kjent"));
    assertArrayEquals(SearchIndex.index(again, new SearchIndex.Memory(), Map.of(), Map.of()).json(), json);
  }

  @Test
  void aTextMergedOnlyToItsFirstWordsIsTheStartOfTheWholeMerge() {
    java.util.Random r = new java.util.Random(60);
    for (int round = 0; round < 3000; round++) {
      List<SearchDoc> sections = randomPage(r, "docs/a/");
      int limit = r.nextInt(80);
      String whole = SearchIndex.byPage(sections).get(0).text();
      SearchDoc first = SearchIndex.byPage(sections, limit).get(0);
      String text = first.text();
      String where = "limit " + limit + " of " + sections;
      assertTrue(whole.startsWith(text), where);
      if (!text.equals(whole)) {
        // cut after a whole word, past the limit, with five words at least
        assertTrue(text.length() > limit && whole.charAt(text.length()) == ' ', where);
        assertTrue(text.split(" ", -1).length >= 5, where);
      }
      // all else is the whole merge's
      assertEquals(SearchIndex.byPage(sections).get(0).keywords(), first.keywords(), where);
    }
  }

  @Test
  void aBuildThatKeepsNothingOfItsIndexMergesOnlyTheFirstWordsItWritesAndMakesTheSameIndex() {
    // sites of pages of random words over budgets that leave each page a few characters to
    // many: the index of a build without a cache (no known pages) against the whole merge's
    java.util.Random r = new java.util.Random(61);
    int shortened = 0;
    int whole = 0;
    int largestCut = 0;
    for (int round = 0; round < 150; round++) {
      List<List<SearchDoc>> pages = new ArrayList<>();
      int n = 20 + r.nextInt(200);
      // now and then a site of pages with long snippets and few words, and some large pages: the
      // large ones get more than twice the average room
      boolean skewed = round % 3 == 0;
      for (int p = 0; p < n; p++) {
        String url = String.format("docs/p%03d/", p);
        List<SearchDoc> page = skewed && r.nextInt(6) > 0
            ? List.of(new SearchDoc("doc", "Side", "Side " + url, "Docs", url, "", randomText(r, r.nextInt(3)), "u".repeat(300)))
            : randomPage(r, url);
        if (round % 5 == 1) {
          // pages whose first words are long: four are kept whatever the cut
          String opening = "langt".repeat(14) + p + "a " + "langt".repeat(14) + p + "b " + "langt".repeat(14) + p + "c ";
          SearchDoc d = page.get(0);
          page = new ArrayList<>(page);
          page.set(0, new SearchDoc(d.kind(), "", d.page(), d.crumbs(), d.url(), d.keywords(), opening + d.text(), d.snippet()));
        }
        if (r.nextInt(8) == 0) {
          // a large page among small ones
          page = new ArrayList<>(page);
          page.add(new SearchDoc("doc", "Stor", page.get(0).page(), "Docs", page.get(0).url() + "#stor", "", randomText(r, 400 + r.nextInt(2000)), ""));
        }
        pages.add(page);
      }
      java.util.Collections.shuffle(pages, r);
      long budget = (long) n * (skewed ? 400 + r.nextInt(80) : 150 + r.nextInt(r.nextBoolean() ? 150 : 1500));
      SearchIndex.Memory memory = new SearchIndex.Memory();
      SearchIndex.Result first = SearchIndex.index(pages, memory, Map.of(), null, budget);
      SearchIndex.Result all = SearchIndex.index(pages, new SearchIndex.Memory(), Map.of(), Map.of(), budget);
      String where = "round " + round + ", " + n + " pages, budget " + budget;
      assertEquals(new String(all.json(), StandardCharsets.UTF_8), new String(first.json(), StandardCharsets.UTF_8), where);
      assertEquals(List.copyOf(all.trimmed()), List.copyOf(first.trimmed()), where);
      if (new String(first.json(), StandardCharsets.UTF_8).startsWith("{\"version\":2,") && !first.trimmed().isEmpty()) {
        // only the largest pages merged and cut
        largestCut++;
      }
      if (new String(first.json(), StandardCharsets.UTF_8).startsWith("{\"version\":3,")) {
        // it holds each page's size alone where it merged the first words (else the merged
        // documents and their JSON too)
        if (memory.held() < 2 * n) {
          shortened++;
        } else {
          whole++;
        }
      }
    }
    // every way was taken: every page merged short where the cut is short, merged whole where
    // some page's text is cut later, and only the largest pages merged (short) and cut
    assertTrue(shortened > 20, shortened + " merged short");
    assertTrue(whole > 5, whole + " merged whole");
    assertTrue(largestCut > 5, largestCut + " with only the largest pages cut");
  }

  /** One to four sections of random words, some repeated across them, some spaces doubled or trailing. */
  private static List<SearchDoc> randomPage(java.util.Random r, String url) {
    List<SearchDoc> sections = new ArrayList<>();
    for (int s = 0, n = r.nextInt(4) + 1; s < n; s++) {
      String keywords = r.nextInt(3) == 0 ? randomText(r, r.nextInt(4)) : "";
      sections.add(new SearchDoc("doc", randomText(r, r.nextInt(3)), "Side " + url, "Docs", url + (s == 0 ? "" : "#s" + s), keywords, randomText(r, r.nextInt(60)), r.nextBoolean() ? "" : "Utdrag"));
    }
    return sections;
  }

  private static String randomText(java.util.Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0 || r.nextInt(20) == 0) {
        b.append(r.nextInt(15) == 0 ? "  " : " ");
      }
      // a few common words, many rare ones, now and then a long one
      b.append(r.nextInt(3) == 0 ? "ord" + r.nextInt(5) : r.nextInt(30) == 0 ? "langt".repeat(1 + r.nextInt(12)) : "o" + r.nextInt(400));
    }
    if (r.nextInt(10) == 0) {
      b.append("  ");
    }
    return b.toString();
  }
}
