package io.handlekit.conformance;

/** How much a check matters. Only a failed {@link #MUST} check makes a run fail. */
public enum Level {
  /** The contract requires it: a failure is a contract violation. */
  MUST,
  /** The contract prefers it (a precise status code, a header): a failure is worth fixing, not blocking. */
  SHOULD,
  /** The contract leaves it open: the suite records what the target did and never fails it. */
  INFO
}
