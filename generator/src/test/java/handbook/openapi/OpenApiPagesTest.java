package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of a sane size: operations without tags grouped by path, big tags split. */
class OpenApiPagesTest {
  @TempDir Path tmp;

  @Test
  void operationsWithoutTagsAreGroupedByTheFirstSegmentOfTheirPath() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/api/shop.yaml --
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths:
              /users:
                get: {operationId: listUsers, responses: {'200': {description: ok}}}
              /users/{id}:
                get: {operationId: getUser, responses: {'200': {description: ok}}}
              /orders:
                post: {operationId: addOrder, responses: {'200': {description: ok}}}
              /{anything}:
                get: {operationId: catchAll, responses: {'200': {description: ok}}}
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String users = site.read("api/shop/users/index.html");
    assertTrue(users.contains("id=\"listUsers\"") && users.contains("id=\"getUser\""), users);
    assertFalse(users.contains("id=\"addOrder\""));
    assertTrue(site.read("api/shop/orders/index.html").contains("id=\"addOrder\""));
    assertTrue(site.read("api/shop/default/index.html").contains("id=\"catchAll\""), "a path without a plain segment");
  }

  @Test
  void aTagWithManyOperationsIsSplitIntoPagesAndLinksFindTheRightOne() throws Exception {
    StringBuilder spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: Big, version: '1'}\ntags: [{name: Things, description: All the things.}]\npaths:\n");
    for (int i = 1; i <= 150; i++) {
      spec.append("  /things/t").append(i).append(":\n    get:\n      tags: [Things]\n      operationId: thing").append(i)
          .append("\n      responses: {'200': {description: ok}}\n");
    }
    SiteFixture site =
        SiteFixture.of(
            tmp,
            "-- content/site.yaml --\ntitle: T\nlanguage: en\n-- content/api/big.yaml --\n" + spec
                + "-- content/docs/a.md --\n# A\n\n[last](api:thing150) [first](api:thing1)\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String first = site.read("api/big/things/index.html");
    assertTrue(first.contains("id=\"thing1\"") && first.contains("id=\"thing" + PageSplit.MAX_OPS + "\""));
    assertFalse(first.contains("id=\"thing" + (PageSplit.MAX_OPS + 1) + "\""));
    assertTrue(first.contains("All the things."), "the first part has the tag's description");
    String third = site.read("api/big/things/3/index.html");
    assertTrue(third.contains("id=\"thing150\""), third);
    assertTrue(third.contains("<h1>Things (3/3)</h1>"), third);
    String doc = site.read("docs/a/index.html");
    assertTrue(doc.contains("href=\"../../api/big/things/3/#thing150\""), doc);
    assertTrue(doc.contains("href=\"../../api/big/things/#thing1\""), doc);
  }

  @Test
  void manyUntaggedOperationsWithBigSchemasStayUnderOneMegabytePerPage() throws Exception {
    StringBuilder spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: Wide, version: '1'}\npaths:\n");
    for (int i = 1; i <= 242; i++) {
      spec.append("  /v1/r").append(i).append(":\n    post:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Big'}}}}\n")
          .append("      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Big'}}}}}\n");
    }
    spec.append("components:\n  schemas:\n    Big:\n      type: object\n      properties:\n");
    for (int p = 1; p <= 40; p++) {
      spec.append("        p").append(p).append(": {type: object, description: Property number ").append(p)
          .append(", properties: {a: {type: string}, b: {type: integer}, c: {type: array, items: {type: string}}}}\n");
    }
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\nlanguage: en\n-- content/api/wide.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    int pages = 0;
    try (Stream<Path> s = Files.walk(site.site().resolve("api/wide"))) {
      for (Path p : s.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
        assertTrue(Files.size(p) < 1_000_000, p + " is " + Files.size(p) + " bytes");
        pages++;
      }
    }
    assertTrue(pages > 3, "the operations are spread over pages: " + pages);
  }

  @Test
  void theMenuShowsTheCurrentTagsOperationsAndSchemasInAPrunedCollapsedGroup() throws Exception {
    StringBuilder spec =
        new StringBuilder(
            """
            openapi: 3.0.3
            info: {title: Menu, version: '1'}
            tags: [{name: Orders}, {name: Users}]
            paths:
              /orders:
                get: {tags: [Orders], operationId: listOrders, summary: List all the orders of a customer with a very long summary, responses: {'200': {description: ok}}}
                delete: {tags: [Orders], operationId: dropOrders, summary: Drop orders, deprecated: true, responses: {'200': {description: ok}}}
              /users:
                get: {tags: [Users], operationId: listUsers, summary: List users, responses: {'200': {description: ok}}}
            components:
              schemas:
            """);
    for (int i = 1; i <= 25; i++) {
      spec.append("    Alpha").append(i).append(": {type: string}\n    Beta").append(i).append(": {type: string}\n");
    }
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\nlanguage: en\n-- content/api/menu.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String orders = site.read("api/menu/orders/index.html");
    String nav = orders.substring(orders.indexOf("<nav class=\"api-nav\""), orders.indexOf("</nav>", orders.indexOf("<nav class=\"api-nav\"")));
    assertTrue(nav.contains("<a href=\"#listOrders\" title=\"List all the orders of a customer with a very long summary\"><span class=\"api-method api-method-get\">GET</span> <span class=\"api-nav-text\">List all the orders of a customer with a very long summary</span></a>"), nav);
    assertTrue(nav.contains("class=\"api-nav-deprecated\"><span class=\"api-method api-method-delete\">DELETE</span> <span class=\"api-nav-text\">Drop orders</span><span class=\"visually-hidden\"> (deprecated)</span>"), nav);
    assertTrue(nav.contains("<span class=\"api-nav-text\">Users</span>"), "the other tag is listed");
    assertFalse(nav.contains("listUsers"), "without its operations");
    assertTrue(nav.contains("<details class=\"api-nav-schemas\">"), "schemas collapsed");
    assertFalse(nav.contains("Alpha1"), "and, being many, not listed on a tag page");
    assertFalse(orders.contains("<nav class=\"sidebar\""), "the API menu takes the place of the site's menu");
    assertTrue(orders.indexOf("<nav class=\"api-nav\"") < orders.indexOf("<main"), "before the page, so nothing moves when it arrives");

    String beta = site.read("api/menu/schemas/Beta3/index.html");
    String bnav = beta.substring(beta.indexOf("<nav class=\"api-nav\""), beta.indexOf("</nav>", beta.indexOf("<nav class=\"api-nav\"")));
    assertTrue(bnav.contains("<details class=\"api-nav-schemas\" open>"), bnav);
    assertTrue(bnav.contains("<a href=\"./\" title=\"Beta3\" aria-current=\"page\">"), bnav);
    assertTrue(bnav.contains("title=\"Beta25\""), "the schemas of its letter");
    assertFalse(bnav.contains("Alpha"), "not the others");
    assertTrue(bnav.contains("<a href=\"../\">All 50 schemas</a>"), bnav);
    assertTrue(site.read("api/menu/schemas/index.html").contains("<a href=\"Alpha1/\"><code>Alpha1</code></a>"));
  }
}
