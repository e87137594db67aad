package io.handlekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HandleSchemaTest {

  private static Schema metaSchema() throws IOException {
    try (InputStream in = HandleSchemaTest.class.getResourceAsStream("/draft-07-schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(text)).build().load().build();
    }
  }

  @ParameterizedTest
  @EnumSource(HandleSchema.class)
  void everySchemaIsValidDraft07(HandleSchema schema) throws IOException {
    assertEquals(List.of(), EveritSchemas.violations(metaSchema(), schema.text()));
  }

  @ParameterizedTest
  @EnumSource(HandleSchema.class)
  void everySchemaDeclaresItsIdAndDraft(HandleSchema schema) {
    JSONObject json = new JSONObject(schema.text());
    assertEquals(schema.id().toString(), json.getString("$id"));
    assertEquals("http://json-schema.org/draft-07/schema#", json.getString("$schema"));
    assertFalse(json.getString("description").isBlank());
  }

  @ParameterizedTest
  @EnumSource(value = HandleSchema.class, names = "DEFINITIONS", mode = EnumSource.Mode.EXCLUDE)
  void everyExampleValidatesAgainstItsSchema(HandleSchema schema) {
    JSONArray examples = new JSONObject(schema.text()).getJSONArray("examples");
    assertTrue(examples.length() > 0);
    Schema loaded = EveritSchemas.load(schema);
    for (Object example : examples) {
      assertEquals(List.of(), EveritSchemas.violations(loaded, example.toString()), example.toString());
    }
  }

  @Test
  void everyPropertyHasADescription() {
    for (HandleSchema schema : HandleSchema.values()) {
      assertDescribed(schema.fileName(), new JSONObject(schema.text()));
    }
  }

  private static void assertDescribed(String where, JSONObject schema) {
    if (schema.has("properties")) {
      JSONObject properties = schema.getJSONObject("properties");
      for (String name : properties.keySet()) {
        JSONObject property = properties.getJSONObject(name);
        boolean described = property.has("description") || property.has("$ref");
        assertTrue(described, where + ": property " + name + " has no description");
      }
    }
    if (schema.has("definitions")) {
      JSONObject definitions = schema.getJSONObject("definitions");
      for (String name : definitions.keySet()) {
        JSONObject definition = definitions.getJSONObject(name);
        assertTrue(definition.has("description"), where + ": definition " + name + " has no description");
        assertDescribed(where + "#/definitions/" + name, definition);
      }
    }
  }

  @Test
  void idsResolveToTheirFiles() {
    for (HandleSchema schema : HandleSchema.values()) {
      assertEquals(schema, HandleSchema.byId(URI.create(schema.id() + "#/definitions/x")).orElseThrow());
    }
    assertTrue(HandleSchema.byId(URI.create("https://example.com/other.json")).isEmpty());
  }
}
