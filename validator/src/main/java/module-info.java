/**
 * The {@code POST /handles} validator: {@link io.handlekit.validator.HandlesValidator} and its report.
 */
module io.handlekit.validator {
  // core's model types and Jackson's JsonNode appear in the validator's API
  requires transitive io.handlekit.core;
  requires transitive com.fasterxml.jackson.databind;
  requires io.handlekit.schema;
  // used inside only: the schema rules run on everit, which reads org.json trees
  requires everit.json.schema;
  requires org.json;
  requires static org.jspecify;

  exports io.handlekit.validator;
}
