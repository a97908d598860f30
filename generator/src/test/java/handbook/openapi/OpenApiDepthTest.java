package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import handbook.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference at Redoc's depth, on Redoc's own demo specs (see
 * src/test/resources/corpus/openapi/README.md) and small inline specs: merged schemas, variant
 * labels, code samples, vendor extensions, XML examples.
 */
class OpenApiDepthTest {
  @TempDir Path tmp;

  private SiteFixture corpus(String spec) throws Exception {
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: Corpus\nlanguage: en\n");
    Files.createDirectories(site.content().resolve("api"));
    Files.copy(OpenApiCorpusTest.CORPUS.resolve(spec), site.content().resolve("api").resolve(Path.of(spec).getFileName().toString()));
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    return site;
  }

  @Test
  void allOfIsMergedIntoOneObjectAndVariantsAreNamedByTheirDiscriminatorValues() throws Exception {
    SiteFixture site = corpus("redoc-demo/openapi.yaml");
    String cat = site.read("api/openapi/schemas/Cat/index.html");
    assertTrue(cat.contains("<code class=\"api-prop-name\">huntingSkill</code>"), "Cat's own property");
    assertTrue(cat.contains("<code class=\"api-prop-name\">photoUrls</code>"), "a property of Pet, merged in");
    assertTrue(cat.contains("<p class=\"api-merged\">Includes the properties of: <a class=\"api-ref\" href=\"../Pet/\">Pet</a></p>"), cat);
    assertFalse(cat.contains(">allOf<"), "never a type called allOf");
    assertTrue(cat.contains("&quot;petType&quot; : &quot;cat&quot;"), "the generated example uses the mapping value");
    String pet = site.read("api/openapi/schemas/Pet/index.html");
    for (String v : new String[] {"cat", "dog", "bee"}) {
      assertTrue(pet.contains("<details class=\"api-variant\">\n<summary><span class=\"api-variant-label\">" + v + "</span>"), v + ": " + pet);
    }
    assertFalse(pet.contains("<span class=\"api-type\">any</span>"));
  }

  @Test
  void codeSamplesOfTheSpecComeFirstThenCurlAndHttp() throws Exception {
    SiteFixture site = corpus("redoc-demo/openapi.yaml");
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(OpenApiCorpusTest.CORPUS.resolve("redoc-demo/openapi.yaml").toFile());
    Map<String, Integer> expected = new HashMap<>();
    for (Iterator<JsonNode> paths = root.path("paths").elements(); paths.hasNext(); ) {
      for (Iterator<JsonNode> ops = paths.next().elements(); ops.hasNext(); ) {
        JsonNode op = ops.next();
        if (op.has("operationId")) {
          expected.put(op.get("operationId").asText(), op.path("x-codeSamples").size() + 2);
        }
      }
    }
    Map<String, Integer> rendered = new HashMap<>();
    try (Stream<Path> s = Files.walk(site.site().resolve("api/openapi"))) {
      for (Path p : s.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
        for (String section : Files.readString(p).split("<section class=\"api-op")) {
          Matcher id = Pattern.compile("^[^>]*id=\"([^\"]+)\"").matcher(section);
          if (id.find()) {
            rendered.put(id.group(1), section.split("<div class=\"api-sample\"", -1).length - 1);
          }
        }
      }
    }
    rendered.keySet().retainAll(expected.keySet());
    assertEquals(expected, rendered);
    String pet = site.read("api/openapi/pet/index.html");
    int addPet = pet.indexOf("id=\"addPet\"");
    String section = pet.substring(addPet, pet.indexOf("</section>", addPet));
    assertTrue(section.indexOf("data-label=\"C#\"") < section.indexOf("data-label=\"curl\""), "the spec's samples first");
    assertTrue(section.contains("<code class=\"language-csharp\">PetStore.v1.Pet pet = new PetStore.v1.Pet();"), section);
    assertTrue(section.contains("curl -X POST &#39;https://petstore.swagger.io/v2/pet&#39;"), section);
    assertTrue(section.contains("POST /v2/pet HTTP/1.1\nHost: petstore.swagger.io\n"), section);
  }

  @Test
  void xmlMediaTypesGetXmlExamplesAndTagGroupsAreHonoured() throws Exception {
    SiteFixture site = corpus("redoc-demo/openapi.yaml");
    String pet = site.read("api/openapi/pet/index.html");
    assertTrue(pet.contains("<code class=\"language-markup\">&lt;?xml version=&quot;1.0&quot; encoding=&quot;UTF-8&quot;?&gt;\n&lt;Pet&gt;"), pet);
    String overview = site.read("api/openapi/index.html");
    assertTrue(overview.contains("<h3 class=\"api-tag-group\">General</h3>"), overview);
    assertTrue(overview.contains("<h3 class=\"api-tag-group\">User Management</h3>"));
    assertTrue(pet.contains("<p class=\"api-nav-group\">General</p>"), "the menu groups tags too");
  }

  @Test
  void openApi31RefSiblingsPatternPropertiesVariantTitlesAndWebhooks() throws Exception {
    SiteFixture site = corpus("redoc-demo/openapi-3-1.yaml");
    String tag = site.read("api/openapi-3-1/schemas/Tag/index.html");
    int id = tag.indexOf("<code class=\"api-prop-name\">id</code>");
    assertTrue(id > 0 && tag.indexOf("Tag ID", id) > 0 && tag.indexOf("Tag ID", id) < tag.indexOf("</li>", id), "the description beside the $ref: " + tag);
    String user = site.read("api/openapi-3-1/schemas/User/index.html");
    assertTrue(user.contains("<span class=\"api-variant-label\">Pettie</span>"), "a variant by its title: " + user);
    assertTrue(user.contains("<span class=\"api-variant-label\">Tag</span>"), "a variant by its schema name");
    String response = site.read("api/openapi-3-1/schemas/ApiResponse/index.html");
    assertTrue(response.contains("<code class=\"api-prop-name api-prop-pattern\">/^S_\\\\w+\\\\.[1-9]{2,4}$/</code>"), response);
    String hooks = site.read("api/openapi-3-1/webhooks/index.html");
    assertTrue(hooks.split("<section class=\"api-op", -1).length - 1 >= 2, "webhooks given by $ref to components/pathItems");
  }

  @Test
  void openApi31sInfoAndJsonSchema2020KeywordsAreShown() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/api/geo.yaml --
            openapi: 3.1.0
            info: {title: Geo, version: '1', summary: Places on a map, license: {name: Apache 2.0, identifier: Apache-2.0}}
            paths:
              /places:
                get:
                  operationId: getPlace
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Place'}
            components:
              schemas:
                Place:
                  type: object
                  properties:
                    point:
                      type: array
                      prefixItems: [{type: number, description: Latitude}, {type: number, description: Longitude}]
                      items: false
                    tags: {type: array, items: {type: string}, contains: {const: home}, minContains: 1}
                    photo: {type: string, contentMediaType: image/png, contentEncoding: base64}
                    kind: {type: string}
                    extra: {type: object, propertyNames: {pattern: '^x-'}, unevaluatedProperties: {type: integer}}
                  dependentRequired: {photo: [kind]}
                  dependentSchemas:
                    kind: {required: [point]}
                  if: {properties: {kind: {const: city}}}
                  then: {required: [tags]}
                  else: {required: [photo]}
                  not: {required: [secret]}
            """);
    SiteFixture.Run r = site.run("build", "--quiet");
    assertEquals(0, r.exit(), r.err());
    String place = site.read("api/geo/schemas/Place/index.html");
    String text = org.jsoup.Jsoup.parse(place).select("main").text();
    for (String shown :
        new String[] {
          "Items by position: number Latitude number Longitude No other items.",
          "Contains: any Constant: \"home\"",
          "matching items ≥ 1",
          "content image/png, base64",
          "property names ^x-",
          "Additional properties: integer",
          "photo requires kind",
          "With kind: any required point",
          "If: object kind any Constant: \"city\"",
          "Then: any required tags",
          "Else: any required photo",
          "Not: any required secret"
        }) {
      assertTrue(text.contains(shown), shown + "\n" + text);
    }
    assertTrue(place.contains("&quot;point&quot; : [ 0, 0 ]"), "the example has a value for each position: " + place);
    // the info's summary, and a license by its SPDX identifier
    String overview = site.read("api/geo/index.html");
    assertTrue(overview.contains("<p class=\"api-summary\">Places on a map</p>"), overview);
    assertTrue(overview.contains("<a href=\"https://spdx.org/licenses/Apache-2.0.html\">Apache 2.0</a>"), overview);
  }

  static final String INLINE =
      """
      -- content/site.yaml --
      title: T
      language: en
      -- content/api/shop.yaml --
      openapi: 3.1.0
      info:
        title: Shop
        version: "1"
        x-logo: {url: logo.svg, altText: Shop logo}
      servers:
        - url: '{scheme}://shop.example.com/{base}'
          variables:
            scheme: {default: https}
            base: {default: v2}
      security: [{key: []}]
      tags:
        - name: orders
          x-displayName: Orders and returns
          externalDocs: {url: 'https://docs.example.com/orders', description: Order guide}
      paths:
        /orders:
          post:
            tags: [orders]
            operationId: addOrder
            externalDocs: {url: 'https://docs.example.com/add'}
            parameters:
              - {name: dryRun, in: query, required: true, schema: {type: boolean}}
              - {name: page, in: query, schema: {type: integer}}
            x-code-samples:
              - lang: PHP
                source: {$ref: '../samples/add order.php'}
              - lang: Shell
                label: CLI
                source: shop orders add
            requestBody:
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Order'}
            responses:
              '200':
                description: Added.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Order'}
          get:
            tags: [orders]
            operationId: oldOrders
            deprecated: true
            summary: Old orders
            responses: {'200': {description: ok}}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Shop-Key}
        schemas:
          Base:
            type: object
            required: [id]
            properties:
              id: {type: string}
          Dated:
            allOf:
              - $ref: '#/components/schemas/Base'
              - type: object
                properties:
                  created: {type: string, format: date-time}
          Order:
            description: An order.
            allOf:
              - $ref: '#/components/schemas/Dated'
              - type: object
                properties:
                  id: {type: integer}
                  amount:
                    oneOf:
                      - {type: integer}
                      - {const: free}
                      - {type: string, title: Text amount}
      -- content/api/logo.svg --
      <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>
      -- content/samples/add order.php --
      <?php $shop->orders()->add(); ?>
      -- content/docs/a.md --
      # A

      [add](api:POST%20/v2/orders) [relative](api:POST%20/orders)
      """;

  @Test
  void nestedAllOfChainsFlattenAndConflictsAreShown() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, INLINE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String order = site.read("api/shop/schemas/Order/index.html");
    assertTrue(order.contains("<code class=\"api-prop-name\">created</code>"), "from Dated");
    assertTrue(order.contains("<code class=\"api-prop-name\">id</code>"), "from Base, two levels down");
    assertTrue(order.contains("<li>id: string (Dated) ≠ integer (inline schema)</li>"), order);
    assertTrue(order.contains("<span class=\"api-variant-label\">integer</span>"), "a variant by its type");
    assertTrue(order.contains("<span class=\"api-variant-label\">&quot;free&quot;</span>"), "a variant by its const");
    assertTrue(order.contains("<span class=\"api-variant-label\">Text amount</span>"), "a variant by its title");
  }

  @Test
  void codeSampleFilesVendorExtensionsAndGeneratedSamples() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, INLINE);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    String orders = site.read("api/shop/orders/index.html");
    assertTrue(orders.contains("<h1>Orders and returns</h1>"), "x-displayName");
    assertTrue(orders.contains("<a href=\"https://docs.example.com/orders\">Order guide</a>"), "the tag's externalDocs");
    assertTrue(orders.contains("<a href=\"https://docs.example.com/add\">https://docs.example.com/add</a>"), "the operation's externalDocs");
    assertTrue(orders.contains("<code class=\"language-php\">&lt;?php $shop-&gt;orders()-&gt;add(); ?&gt;</code>"), "the sample read from its file: " + orders);
    assertTrue(orders.contains("data-label=\"CLI\""), "a sample's label");
    assertTrue(
        orders.contains(
            "curl -X POST &#39;https://shop.example.com/v2/orders?dryRun=true&#39; \\\n  -H &#39;X-Shop-Key: YOUR_API_KEY&#39; \\\n  -H &#39;Content-Type: application/json&#39; \\\n  --data &#39;{"),
        orders);
    assertFalse(orders.contains("page="), "optional parameters are left out");
    assertTrue(orders.contains("POST /v2/orders?dryRun=true HTTP/1.1\nHost: shop.example.com\nX-Shop-Key: YOUR_API_KEY\nContent-Type: application/json\n"), orders);
    String overview = site.read("api/shop/index.html");
    assertTrue(overview.contains("<img src=\"../logo.svg\" alt=\"Shop logo\">"), "the logo in content/api/, relative to api/shop/: " + overview);
    String doc = site.read("docs/a/index.html");
    assertTrue(doc.contains("<a href=\"../../api/shop/orders/#addOrder\">add</a>"), "a base path from a server URL with variables: " + doc);
  }

  /** Arrays and objects in parameters and form bodies are written as their style says, in the samples and beside each parameter. */
  @Test
  void parametersAreWrittenAsTheirStylesSay() throws Exception {
    String spec =
        """
        openapi: 3.0.3
        info: {title: Shop, version: "1"}
        servers: [{url: "https://shop.example.com/v2"}]
        paths:
          /items/{ids}:
            post:
              operationId: findItems
              parameters:
                - {name: ids, in: path, required: true, style: label, schema: {type: array, items: {type: integer}}, example: [3, 4]}
                - {name: tag, in: query, required: true, schema: {type: array, items: {type: string}}, example: [a b, c]}
                - {name: csv, in: query, required: true, explode: false, schema: {type: array, items: {type: string}}, example: [x, y]}
                - {name: filter, in: query, required: true, style: deepObject, schema: {type: object, properties: {status: {type: string}}}, example: {status: open}}
                - {name: X-Ids, in: header, required: true, schema: {type: array, items: {type: integer}}, example: [1, 2]}
                - {name: q, in: query, schema: {type: string}}
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: {type: object, properties: {color: {type: array, items: {type: string}}, size: {type: array, items: {type: integer}}}}
                    example: {color: [red, blue], size: [1, 2]}
                    encoding: {size: {style: pipeDelimited, explode: false}}
              responses: {"200": {description: ok}}
          /uploads:
            post:
              operationId: upload
              requestBody:
                content:
                  multipart/form-data:
                    example: {tags: [red, blue], name: photo}
              responses: {"200": {description: ok}}
        """;
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: Shop\nlanguage: en\n-- content/api/shop.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String page = site.read("api/shop/items/index.html");
    assertTrue(
        page.contains(
            "curl -X POST --globoff &#39;https://shop.example.com/v2/items/.3,4?tag=a+b&amp;tag=c&amp;csv=x,y&amp;filter[status]=open&#39; \\\n  -H &#39;X-Ids: 1,2&#39; \\\n"
                + "  -H &#39;Content-Type: application/x-www-form-urlencoded&#39; \\\n  --data &#39;color=red&amp;color=blue&amp;size=1|2&#39;"),
        page);
    for (String sent : new String[] {".3,4", "tag=a+b&amp;tag=c", "csv=x,y", "filter[status]=open", "1,2"}) {
      assertTrue(page.contains("<p class=\"api-sub api-sent\">Sent as: <code>" + sent + "</code></p>"), sent + ": " + page);
    }
    assertEquals(5, page.split("api-sent", -1).length - 1, "none beside a parameter of a string");
    // a multipart body's array: a part for each item
    String uploads = site.read("api/shop/uploads/index.html");
    assertTrue(uploads.contains("-F &#39;tags=red&#39; \\\n  -F &#39;tags=blue&#39; \\\n  -F &#39;name=photo&#39;"), uploads);
  }

  /**
   * Swagger 2's collectionFormat, which swagger-parser makes a style: csv (the default) unexploded,
   * multi exploded, pipes pipe-delimited; and tsv, which it drops (OpenAPI 3 has no style for it):
   * tab-separated, also where a shared parameter says it. An array's default, which it makes text,
   * is the array.
   */
  @Test
  void swagger2CollectionFormatsAreWrittenAsTheySay() throws Exception {
    String spec =
        """
        swagger: "2.0"
        info: {title: Old, version: "1"}
        host: old.example.com
        basePath: /v1
        parameters:
          tabs: {name: tabs, in: query, required: true, type: array, collectionFormat: tsv, items: {type: string}, x-example: [a, b]}
        paths:
          /things:
            parameters:
              - {name: near, in: query, required: true, type: array, collectionFormat: tsv, items: {type: number}, x-example: [1.5, 2]}
            get:
              operationId: things
              parameters:
                - {name: ids, in: query, required: true, type: array, items: {type: integer}, x-example: [1, 2]}
                - {name: multi, in: query, required: true, type: array, collectionFormat: multi, items: {type: string}, x-example: [a, b]}
                - {name: pipes, in: query, required: true, type: array, collectionFormat: pipes, items: {type: string}, x-example: [a, b]}
                - $ref: '#/parameters/tabs'
                - {name: colours, in: query, type: array, collectionFormat: multi, items: {type: string}, default: [red, blue]}
              responses: {"200": {description: ok}}
          /others:
            parameters:
              - {name: near, in: query, required: true, type: array, collectionFormat: tsv, items: {type: number}, x-example: [1.5, 2]}
            get:
              operationId: others
              parameters:
                - {name: tabs, in: query, required: true, type: array, items: {type: string}, x-example: [a, b]}
                - {name: near, in: query, required: true, type: array, collectionFormat: pipes, items: {type: number}, x-example: [1.5, 2]}
              responses: {"200": {description: ok}}
        """;
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: Old\nlanguage: en\n-- content/api/old.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    String page = site.read("api/old/things/index.html");
    assertTrue(page.contains("curl &#39;https://old.example.com/v1/things?near=1.5%092&amp;ids=1,2&amp;multi=a&amp;multi=b&amp;pipes=a|b&amp;tabs=a%09b&#39;"), page);
    assertTrue(page.contains("<code>[&quot;red&quot;,&quot;blue&quot;]</code>"), page);
    assertTrue(page.contains("<code>colours=red&amp;colours=blue</code>"), page);
    // (a parameter of the same name elsewhere is not one of tabs, nor a path's the operation sets again)
    String others = site.read("api/old/others/index.html");
    assertTrue(others.contains("curl &#39;https://old.example.com/v1/others?tabs=a,b&amp;near=1.5|2&#39;"), others);
  }

  @Test
  void aRemoteLogoIsNotLoadedButNamed() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, INLINE.replace("x-logo: {url: logo.svg, altText: Shop logo}", "x-logo: {url: 'https://cdn.example.com/logo.png'}"));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/api/shop.yaml:5:17: warning[api.logo]: `x-logo` `https://cdn.example.com/logo.png` is on another host; the site loads nothing from other hosts, so it is not shown"), r.err());
    assertFalse(site.read("api/shop/index.html").contains("cdn.example.com"));
  }

  @Test
  void apiLinksByPathKnowProtocolRelativeServers() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, INLINE.replace("'{scheme}://shop.example.com/{base}'", "//shop.example.com/v2").replace("""
                variables:
                  scheme: {default: https}
                  base: {default: v2}
            """, ""));
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("docs/a/index.html").contains("<a href=\"../../api/shop/orders/#addOrder\">add</a>"));
  }
}
