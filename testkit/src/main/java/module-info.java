/**
 * The one family of {@code POST /handles} body generators and the one catalogue of bodies that break exactly one
 * rule, for property tests: the validator's tests and the conformance suite both draw from here.
 */
module io.handlekit.testkit {
  // The API is for test authors: it speaks QuickTheories' Gen, core's model and Jackson's trees (through core).
  requires transitive io.handlekit.core;
  requires transitive quicktheories;
  requires static org.jspecify;

  exports io.handlekit.testkit;
}
