package handbook.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import handbook.testing.SiteFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading specs: multi-file specs, 3.1 path item references, lost operations, parser messages. */
class OpenApiLoadingTest {
  @TempDir Path tmp;

  /** Laid out like Redocly's openapi-starter: one file per path, named after the path. */
  static final String STARTER =
      """
      -- content/site.yaml --
      title: T
      language: en
      -- content/api/starter/openapi.yaml --
      openapi: 3.1.0
      info: {title: Starter, version: "1.0.0"}
      tags: [{name: User}]
      paths:
        /users/{username}:
          $ref: 'paths/users_{username}.yaml'
        /echo:
          $ref: 'paths/echo file.yaml'
      -- content/api/starter/paths/users_{username}.yaml --
      parameters:
        - $ref: ../components/parameters/username.yaml
      get:
        tags: [User]
        operationId: getUserByName
        summary: Get user by user name
        responses:
          '200':
            description: Success
            content:
              application/json:
                schema:
                  $ref: ../components/schemas/User.yaml
      put:
        tags: [User]
        operationId: updateUser
        summary: Update user
        responses:
          '200': {description: Updated}
      -- content/api/starter/paths/echo file.yaml --
      post:
        tags: [User]
        operationId: echo
        summary: Echo test
        responses:
          '200': {description: Echoed}
      -- content/api/starter/components/parameters/username.yaml --
      name: username
      in: path
      required: true
      schema: {type: string}
      -- content/api/starter/components/schemas/User.yaml --
      type: object
      properties:
        username: {type: string, example: john.smith}
        email: {type: string, format: email}
      """;

  @Test
  void pathFilesNamedWithBracesAndSpacesAreReadWithTheirOperations() throws Exception {
    SiteFixture site = SiteFixture.of(tmp, STARTER);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    String tag = site.read("api/starter-openapi/user/index.html");
    assertTrue(tag.contains("id=\"getUserByName\""), tag);
    assertTrue(tag.contains("id=\"updateUser\""), tag);
    assertTrue(tag.contains("id=\"echo\""), tag);
    assertTrue(tag.contains("<code class=\"api-prop-name\">username</code>"), "the path parameter from its own file");
    assertTrue(tag.contains("&quot;username&quot; : &quot;john.smith&quot;"), "the schema of another file, for the example: " + tag);
  }

  @Test
  void webhooksAndPathsThatReferToComponentPathItemsAreRendered() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/api/hooks.yaml --
            openapi: 3.1.0
            info: {title: Hooks, version: "1"}
            paths:
              /pets:
                $ref: '#/components/pathItems/pets'
            webhooks:
              newPet:
                $ref: '#/components/pathItems/newPet'
            components:
              pathItems:
                pets:
                  get:
                    operationId: listPets
                    responses: {'200': {description: The pets.}}
                newPet:
                  post:
                    operationId: newPetHook
                    summary: A pet was added
                    responses: {'200': {description: Received.}}
            """);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(site.read("api/hooks/webhooks/index.html").contains("id=\"newPetHook\""));
    assertTrue(site.read("api/hooks/pets/index.html").contains("id=\"listPets\""));
  }

  @Test
  void operationsThatTheParserLosesAreAnErrorThatNamesThem() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            tmp,
            """
            -- content/site.yaml --
            title: T
            language: en
            -- content/api/lossy.yaml --
            openapi: 3.0.3
            info: {title: Lossy, version: "1"}
            paths:
              /a:
                get:
                  operationId: a
                  responses: {'200': {description: ok}}
                post: not an operation
              /b:
                delete: [1, 2]
            """);
    SiteFixture.Run r = site.run("check");
    assertEquals(1, r.exit());
    String err = SiteFixture.untimed(r.err());
    assertTrue(
        err.contains(
            """
            content/api/lossy.yaml:8:11: error[api.operations-lost]: the spec has 3 operations, the reference 1: `POST /a`, `DELETE /b` could not be read
            """),
        err);
  }

  @Test
  void parserMessagesThatAreWrongForOpenApi31AreNotShown() throws Exception {
    String spec =
        """
        openapi: 3.1.0
        info:
          title: New
          version: "1"
          license: {name: Apache 2.0, identifier: Apache-2.0, url: https://www.apache.org/licenses/LICENSE-2.0.html}
        paths:
          /a:
            get:
              operationId: a
        """;
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/api/new.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("warning"), r.err());
    site.write("-- content/api/new.yaml --\n" + spec.replace("3.1.0", "3.0.3"));
    r = site.run("build");
    assertTrue(r.err().contains("warning[api.parse]: attribute paths.'/a'(get).responses is missing"), "3.0 requires responses: " + r.err());
  }

  @Test
  void manyOperationsWithoutAnIdAreOneWarning() throws Exception {
    StringBuilder spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: Many, version: '1'}\npaths:\n");
    for (int i = 1; i <= 5; i++) {
      spec.append("  /p").append(i).append(":\n    get:\n      responses: {'200': {description: ok}}\n");
    }
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/api/many.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        SiteFixture.untimed(r.err()).contains(
            """
            content/api/many.yaml:6:7: warning[api.no-operation-id]: 5 operations have no operationId; first `GET /p1` here; their anchors are made from method and path (`#op-get-p1`)
             6 |       responses: {'200': {description: ok}}
               |       ^
               = hint: add `operationId:` so that links can name them
            """),
        r.err());
    assertEquals(1, r.err().split("warning\\[").length - 1, r.err());
  }

  @Test
  void manyParserWarningsOfOneKindAreOneWarning() throws Exception {
    StringBuilder spec = new StringBuilder("openapi: 3.0.3\ninfo: {title: Many, version: '1'}\npaths:\n");
    for (int i = 1; i <= 6; i++) {
      spec.append("  /p").append(i).append(":\n    get:\n      operationId: p").append(i).append("\n");
    }
    SiteFixture site = SiteFixture.of(tmp, "-- content/site.yaml --\ntitle: T\n-- content/api/many.yaml --\n" + spec);
    SiteFixture.Run r = site.run("build");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("content/api/many.yaml:6:7: warning[api.parse]: attribute paths.'/p1'(get).responses is missing; and 5 more like it"), r.err());
    assertEquals(1, r.err().split("warning\\[").length - 1, r.err());
  }
}
