package io.handlekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.json.JSONObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The module's own small JSON reader and writer, held to org.json (everit's parser) on every resource it reads. */
class JsonReaderTest {
  @ParameterizedTest
  @EnumSource(HandleSchema.class)
  void readingAndWritingKeepsEverySchemaFileAsItIs(HandleSchema schema) {
    String written = JsonWriter.write(JsonReader.read(schema.text(), schema.fileName()));
    assertTrue(new JSONObject(written).similar(new JSONObject(schema.text())), written);
    assertEquals(written, JsonWriter.write(JsonReader.read(written, "written")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,}", "{\"a\" 1}", "{\"a\":01}", "{\"a\":\"\\x\"}", "{\"a\":1} 2", "{\"a\":1,\"a\":2}",
      "{\"a\":tru}", "[1,2", "\"\u0001\""})
  void malformedTextIsAnErrorThatSaysWhere(String text) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonReader.read(text, "t.json"));
    assertTrue(e.getMessage().startsWith("t.json: expected "), e.getMessage());
    assertTrue(e.getMessage().contains(" at offset "), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4294967295", "18446744073709551615", "-1.5e3", "0", "\"\\u00e9\\n\\\"\"", "[true,false,null]"})
  void scalarsRoundTripExactly(String text) {
    assertEquals(text.replace(",", ",\n  ").replace("[", "[\n  ").replace("]", "\n]").replace("\\u00e9", "é") + "\n",
        JsonWriter.write(JsonReader.read(text, "t.json")));
  }
}
