package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.CheckDescription;
import io.handlekit.conformance.CheckResult;

/**
 * One check of the suite.
 *
 * <p>Internal: public only because {@code ConformanceSuite} lists the checks; not API.
 */
public sealed interface Check permits PropertyCheck, TrafficCheck, BurstCheck {
  CheckDescription description();

  /** Runs the check within {@code session}; never throws for anything the target does. */
  CheckResult run(RunSession session);

  default String id() {
    return description().id();
  }
}
