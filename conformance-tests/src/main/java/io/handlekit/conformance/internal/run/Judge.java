package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.internal.http.Answer;
import io.handlekit.conformance.internal.http.Probe;
import java.util.Optional;

/** Decides whether one answer satisfies a check: empty when it does, else what is wrong. */
@FunctionalInterface
interface Judge {
  Optional<String> judge(Probe probe, Answer answer, CheckRun run);
}
