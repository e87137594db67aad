/**
 * The {@code POST /handles} lint engine: inputs, the NDJSON pipeline and the text, JSON and SARIF reports.
 */
module io.handlekit.lint {
  // Profile, Rule and Severity of the validator appear in the lint API
  requires transitive io.handlekit.validator;
  requires io.handlekit.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports io.handlekit.lint;
}
