package dev.pitkit.ghl.spec.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecBundlerTest {

  @TempDir Path dir;
  private Path root;

  @BeforeEach
  void rootDocument() throws IOException {
    root = write("openapi.yaml", """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths: {}
        components:
          responses:
            NotFound:
              description: gone
              content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}
          schemas:
            ErrorResponse: {type: object}
        """);
  }

  @Test
  void mergesEveryAppAndMakesCrossFileReferencesLocal() throws IOException {
    write("apps/contacts.yaml", app("/contacts/{contactId}", "getContact", "Contact", "Contact"));
    write("apps/users.yaml", """
        openapi: 3.0.3
        info: {title: users, version: '1'}
        paths:
          /users/{userId}:
            get:
              operationId: getUser
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: 'contacts.yaml#/components/schemas/Contact'}}}}
        """);

    JsonNode bundle = SpecBundler.bundle(root);

    assertEquals(List.of("/contacts/{contactId}", "/users/{userId}"), names(bundle.path("paths")));
    assertEquals(List.of("ErrorResponse", "Contact"), names(bundle.at("/components/schemas")));
    assertEquals("#/components/responses/NotFound",
        bundle.at("/paths/~1contacts~1{contactId}/get/responses/404/$ref").asText());
    assertEquals("#/components/schemas/Contact",
        bundle.at("/paths/~1users~1{userId}/get/responses/200/content/application~1json/schema/$ref").asText());
    assertEquals("t", bundle.at("/info/title").asText(), "the root's info, not an app's");
  }

  @Test
  void refusesAPathDefinedTwice() throws IOException {
    write("apps/a.yaml", app("/contacts/{contactId}", "getContact", "Contact", "Contact"));
    write("apps/b.yaml", app("/contacts/{contactId}", "getContact2", "Other", "Other"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecBundler.bundle(root));
    assertEquals("spec: b.yaml path /contacts/{contactId} is also in a.yaml", e.getMessage());
  }

  @Test
  void refusesAComponentNameUsedTwice() throws IOException {
    write("apps/a.yaml", app("/a", "getA", "Contact", "Contact"));
    write("apps/b.yaml", app("/b", "getB", "Contact", "Contact"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecBundler.bundle(root));
    assertTrue(e.getMessage().startsWith("spec: b.yaml component schemas/Contact is also in a.yaml"), e.getMessage());
  }

  @Test
  void refusesAReferenceToAFileThatDoesNotDefineIt() throws IOException {
    write("apps/a.yaml", app("/a", "getA", "users.yaml#/components/schemas/User", "Contact"));
    write("apps/users.yaml", app("/u", "getU", "Contact2", "Contact2"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecBundler.bundle(root));
    assertEquals("spec: a.yaml $ref 'users.yaml#/components/schemas/User' does not resolve", e.getMessage());
  }

  @Test
  void refusesALocalReferenceToAnotherFilesComponent() throws IOException {
    // resolves in the bundle, but not in the file an editor opens: name the defining file instead
    write("apps/a.yaml", app("/a", "getA", "#/components/schemas/ErrorResponse", "Contact"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecBundler.bundle(root));
    assertTrue(e.getMessage().startsWith("spec: a.yaml $ref '#/components/schemas/ErrorResponse' is not defined"
        + " in this file"), e.getMessage());
  }

  @Test
  void refusesAnythingButPathsAndComponentsInAnAppFile() throws IOException {
    write("apps/a.yaml", app("/a", "getA", "Contact", "Contact") + "tags: [{name: A}]\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SpecBundler.bundle(root));
    assertTrue(e.getMessage().startsWith("spec: a.yaml has 'tags'"), e.getMessage());
  }

  @Test
  void writesTheBundleThatReadsBackEqual() throws IOException {
    write("apps/contacts.yaml", app("/contacts/{contactId}", "getContact", "Contact", "Contact"));
    Path out = dir.resolve("target/bundle.yaml");
    SpecBundler.main(new String[] {root.toString(), out.toString()});
    assertEquals(SpecBundler.bundle(root),
        new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(out.toFile()));
  }

  /** An app file with one GET whose 200 has schema {@code ref} (a bare name means a local schema). */
  private static String app(String path, String operationId, String ref, String schemaName) {
    String target = ref.contains("#") ? ref : "#/components/schemas/" + ref;
    return """
        openapi: 3.0.3
        info: {title: app, version: '1'}
        paths:
          %s:
            get:
              operationId: %s
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '%s'}}}}
                '404': {$ref: '../openapi.yaml#/components/responses/NotFound'}
        components:
          schemas:
            %s: {type: object}
        """.formatted(path, operationId, target, schemaName);
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.properties().forEach(e -> out.add(e.getKey()));
    return out;
  }
}
