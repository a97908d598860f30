package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API reference on small inline sites: links both ways, embeds, references, refusals. */
class OpenApiSiteTest {
  @TempDir Path tmp;

  static final String USERS =
      """
      openapi: 3.0.3
      info: {title: Users API, version: "1"}
      servers: [{url: https://example.no/api/v1}]
      tags: [{name: Brukere}]
      paths:
        /users/{id}:
          parameters:
            - {name: id, in: path, required: true, schema: {type: integer}}
          get:
            tags: [Brukere]
            operationId: getUser
            summary: Hent bruker
            responses:
              '200':
                description: Brukeren.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/User'}
          delete:
            tags: [Brukere]
            summary: Slett bruker
            responses:
              '204': {description: Slettet.}
      components:
        schemas:
          User:
            type: object
            properties:
              id: {type: integer}
              name: {type: string}
      """;

  static final String SITE =
      "-- content/site.yaml --\ntitle: T\nnav: [docs, api]\n"
          + "-- content/api/users.yaml --\n" + USERS
          + """
          -- content/docs/guide.md --
          ---
          title: Guide
          ---
          Se [Hent bruker](api:getUser), [med sti](api:GET%20/users/{id}), [med basesti](api:GET%20/api/v1/users/{id}),
          [uten id](api:DELETE%20/users/{id}), [skjemaet](api:schema/User) og [API-et](api:users).

          ```openapi
          operation: getUser
          ```
          """;

  @Test
  void apiLinksResolveToOperationAnchorsAndSchemaPagesAndBack() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/api/users.yaml:20:7: warning[api.no-operation-id]: `DELETE /users/{id}` has no operationId; its anchor is `#op-delete-users-id`"), r.err());
    String guide = site.read("docs/guide/index.html");
    assertTrue(guide.contains("<a href=\"../../api/users/brukere/#getUser\">Hent bruker</a>"), guide);
    assertTrue(guide.contains("<a href=\"../../api/users/brukere/#getUser\">med sti</a>"));
    assertTrue(guide.contains("<a href=\"../../api/users/brukere/#getUser\">med basesti</a>"));
    assertTrue(guide.contains("<a href=\"../../api/users/brukere/#op-delete-users-id\">uten id</a>"));
    assertTrue(guide.contains("<a href=\"../../api/users/schemas/User/\">skjemaet</a>"));
    assertTrue(guide.contains("<a href=\"../../api/users/\">API-et</a>"));
    assertTrue(guide.contains("<div class=\"api-embed\">"), "the directive embeds the operation");
    assertTrue(guide.contains("<a class=\"api-ref\" href=\"../../api/users/schemas/User/\">User</a>"), "embed links are relative to the embedding page");
    assertFalse(guide.contains("id=\"getUser\""), "an embed does not repeat the operation's anchor");
    String tag = site.read("api/users/brukere/index.html");
    assertTrue(tag.contains("<section class=\"api-op\" id=\"getUser\" data-search-kind=\"operation\""), tag);
    assertTrue(tag.contains("<p class=\"api-mentions\">Omtalt i: <a href=\"../../../docs/guide/\">Guide</a></p>"), "the operation links back to the page that mentions it");
    assertTrue(site.read("api/index.html").contains("Users API"), "the api/ tab lists the APIs");
    assertTrue(site.read("api/users/schemas/User/index.html").contains("<a href=\"../../brukere/#getUser\"><code class=\"api-path\">/users/{id}</code></a>"), "a schema page lists the operations that use it");
  }

  @Test
  void anIdSharedByTwoApisIsAnAmbiguousLinkThatListsTheCandidates() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, SITE + "-- content/api/legacy.yaml --\n" + USERS.replace("Users API", "Legacy API"));
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    String err = SiteFixture.untimed(r.err());
    assertTrue(
        err.contains(
            """
            content/docs/guide.md:4:18: error[link.api-ambiguous]: `api:getUser` is ambiguous: it matches 2 operations
             4 | Se [Hent bruker](api:getUser), [med sti](api:GET%20/users/{id}), [med basesti](api:GET%20/api/v1/users/{id}),
               |                  ^
               = hint: write one of `api:legacy:getUser`, `api:users:getUser`
            """),
        err);
    site.write(
        "-- content/docs/guide.md --\n---\ntitle: Guide\n---\n[a](api:users:getUser) [b](api:legacy:GET%20/users/{id}) [c](api:users:getUsr)\n");
    r = site.run("check");
    assertEquals(1, r.exit());
    err = SiteFixture.untimed(r.err());
    assertTrue(err.contains("content/docs/guide.md:4:62: error[link.api]: no operation with operationId `getUsr` in the API `users`"), err);
    assertTrue(err.contains("= hint: did you mean `api:users:getUser`?"), err);
    assertTrue(err.endsWith("failed: 1 error, 2 warnings in N s\n"), err);
  }

  @Test
  void aDuplicateOperationIdGetsAStableAnchorAndAWarning() throws Exception {
    String spec = USERS.replace("      summary: Slett bruker", "      operationId: getUser\n      summary: Slett bruker");
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/api/users.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("warning[api.duplicate-operation-id]: operationId `getUser` is also used by `GET /users/{id}`; `DELETE /users/{id}` gets the anchor `#op-delete-users-id`"), r.err());
    String tag = site.read("api/users/brukere/index.html");
    assertTrue(tag.contains("id=\"getUser\""));
    assertTrue(tag.contains("id=\"op-delete-users-id\""));
  }

  @Test
  void aRecursiveSchemaIsALinkToItselfAndItsExampleEnds() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            -- content/api/tree.yaml --
            openapi: 3.1.0
            info: {title: Tree, version: "1"}
            paths:
              /nodes:
                get:
                  operationId: listNodes
                  responses:
                    '200':
                      description: The tree.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Node'}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    name: {type: string}
                    children:
                      type: array
                      items: {$ref: '#/components/schemas/Node'}
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String page = site.read("api/tree/schemas/Node/index.html");
    assertTrue(page.contains("<span class=\"api-type\">liste av</span> <a class=\"api-ref\" href=\"./\">Node</a> <span class=\"api-badge api-badge-recursive\">rekursiv</span>"), page);
    String ops = site.read("api/tree/nodes/index.html");
    assertTrue(ops.contains("<a class=\"api-ref\" href=\"../schemas/Node/\">Node</a> <span class=\"api-badge api-badge-recursive\">rekursiv</span>"), ops);
    assertTrue(ops.contains("&quot;name&quot; : &quot;string&quot;,\n  &quot;children&quot; : [ ]"), "the generated example stops at the recursion: " + ops);
  }

  @Test
  void anExternalRefInsideContentIsResolved() throws Exception {
    for (String version : List.of("3.0.3", "3.1.0")) {
      SiteFixture site =
          SiteFixture.of(
              tmp.resolve(version),
              """
              -- content/site.yaml --
              title: T
              -- content/api/shop.yaml --
              openapi: %s
              info: {title: Shop, version: "1"}
              paths:
                /items:
                  get:
                    operationId: listItems
                    responses:
                      '200':
                        description: Items.
                        content:
                          application/json:
                            schema:
                              type: array
                              items: {$ref: '../shared/schemas.yaml#/Item'}
              -- content/shared/schemas.yaml --
              Item:
                type: object
                description: One item for sale.
                properties:
                  sku: {type: string, example: A-100}
              """.formatted(version));
      SiteFixture.Run r = site.run("build");
      assertEquals(0, r.exit(), r.err());
      String items = site.read("api/shop/items/index.html");
      assertTrue(items.contains("One item for sale."), items);
      assertTrue(items.contains("&quot;sku&quot; : &quot;A-100&quot;"), items);
      if (version.startsWith("3.0")) {
        // 3.0's resolver makes the referenced schema one of the spec's own, with a page
        String item = site.read("api/shop/schemas/Item/index.html");
        assertTrue(item.contains("One item for sale."), item);
      }
    }
  }

  @Test
  void openApi31AdditionalPropertiesReadAsTheyMean() throws Exception {
    // 3.1 reads `additionalProperties: true` as a boolean schema; a spec with references inside
    // itself only is not passed through the parser's resolver, which rewrote such schemas
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/api/bag.yaml --
            openapi: 3.1.0
            info: {title: Bag, version: "1"}
            paths:
              /bags:
                get:
                  operationId: listBags
                  responses:
                    '200':
                      description: Bags.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Open'}
            components:
              schemas:
                Open:
                  type: object
                  additionalProperties: true
                  properties:
                    tags: {type: object, additionalProperties: true}
                Same:
                  type: object
                  additionalProperties: true
                  properties:
                    tags: {type: object, additionalProperties: true}
                Closed:
                  type: object
                  additionalProperties: false
                  properties:
                    name: {type: string}
                Counts:
                  type: object
                  additionalProperties: {type: integer, example: 3}
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    for (String name : new String[] {"Open", "Same"}) {
      String open = site.read("api/bag/schemas/" + name + "/index.html");
      assertTrue(open.contains("Additional properties are allowed."), open);
      assertFalse(open.contains("<span class=\"api-type\">any</span>"), open);
    }
    String closed = site.read("api/bag/schemas/Closed/index.html");
    assertFalse(closed.contains("Additional properties"), closed);
    String counts = site.read("api/bag/schemas/Counts/index.html");
    assertTrue(counts.contains("Additional properties: <span class=\"api-type\">integer</span>"), counts);
    assertTrue(counts.contains("&quot;key&quot; : 3"), counts);
  }

  @Test
  void aRemoteRefOrOneOutsideContentIsRefusedAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            -- content/api/shop.yaml --
            openapi: 3.0.3
            info: {title: Shop, version: "1"}
            paths:
              /items:
                get:
                  responses:
                    '200':
                      description: Items.
                      content:
                        application/json:
                          schema: {$ref: 'https://schemas.example.com/item.yaml#/Item'}
                    '404':
                      $ref: '../../outside.yaml#/NotFound'
            """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    assertEquals(
        """
        content/api/shop.yaml:11:30: error[api.ref-remote]: `$ref` `https://schemas.example.com/item.yaml#/Item` points at a URL; the build never goes to the network
         11 |               schema: {$ref: 'https://schemas.example.com/item.yaml#/Item'}
            |                              ^
            = hint: copy the file into content/ and refer to it by a relative path
        content/api/shop.yaml:13:17: error[api.ref-outside]: `$ref` `../../outside.yaml#/NotFound` leaves the content folder
         13 |           $ref: '../../outside.yaml#/NotFound'
            |                 ^
            = hint: keep referenced files inside content/
        failed: 2 errors, 0 warnings in N s
        """,
        SiteFixture.untimed(r.err()));
  }

  @Test
  void htmlInADescriptionIsEscapedAndJavascriptLinksAreRefused() throws Exception {
    String spec =
        """
        openapi: 3.0.3
        info:
          title: Evil
          version: "1"
          description: "Hi <script>alert(1)</script> <img src=x onerror=alert(2)>"
        paths:
          /x:
            get:
              operationId: x
              description: Click [here](javascript:alert(3)).
              responses:
                '200': {description: ok}
        """;
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/api/evil.yaml --\n" + spec);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    String err = SiteFixture.untimed(r.err());
    assertTrue(err.contains("content/api/evil.yaml:10:33: error[api.unsafe-link]: `javascript:` link in a description of an OpenAPI spec"), err);
    assertTrue(err.endsWith("failed: 1 error, 0 warnings in N s\n"), err);

    site.write("-- content/api/evil.yaml --\n" + spec.replace("[here](javascript:alert(3))", "here"));
    r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String overview = site.read("api/evil/index.html");
    assertTrue(overview.contains("Hi &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;"), overview);
    assertFalse(overview.contains("<script>alert"));
    assertFalse(overview.contains("<img src=x"));
  }

  @Test
  void aSpecThatDoesNotParseFailsWithTheFileAndTheReason() throws Exception {
    SiteFixture site =
        SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/api/bad.yaml --\nopenapi: 3.0.3\ninfo: {title: Bad\npaths: {}\n");
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    String err = SiteFixture.untimed(r.err());
    assertTrue(err.startsWith("content/api/bad.yaml:3:"), err);
    assertTrue(err.contains("error[api.parse]: the spec does not parse: "), err);
  }

  @Test
  void parserMessagesOnASpecThatReadsAreWarningsAtTheirLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            "-- content/site.yaml --\ntitle: T\n-- content/api/odd.yaml --\nopenapi: 3.0.3\ninfo: {title: Odd, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: a\n");
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/api/odd.yaml:6:7: warning[api.parse]: attribute paths.'/a'(get).responses is missing"), r.err());
    assertTrue(Files.exists(site.site().resolve("api/odd/a/index.html")));
  }
}
