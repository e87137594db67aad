/**
 * The {@code POST /handles} conformance suite as a library: checks, runner, body generators and reports.
 */
module io.handlekit.conformance {
  // core's value types appear in the suite's API; the testkit's generators and QuickTheories, their engine, are used
  // inside, never in the API
  requires transitive io.handlekit.core;
  requires io.handlekit.testkit;
  requires quicktheories;
  requires io.handlekit.validator;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  // optional: only ConformanceSuite.dynamicTests() returns JUnit's DynamicTest, and a JUnit build brings its own
  requires static transitive org.junit.jupiter.api;
  requires static org.jspecify;

  exports io.handlekit.conformance;
}
