package io.handlekit.conformance.internal;

import java.util.Optional;

/** Decides whether one answer satisfies a check: empty when it does, else what is wrong. */
@FunctionalInterface
interface Judge {
  Optional<String> judge(Probe probe, Answer answer, CheckRun run);
}
