/**
 * The {@code POST /handles} model, its value types, the contract's facts, and the strict Jackson codec.
 */
module io.handlekit.core {
  // JsonNode appears in the API (UnknownProperties, HandleCodec)
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.handlekit.core;
  exports io.handlekit.core.json;
  exports io.handlekit.core.text;
}
