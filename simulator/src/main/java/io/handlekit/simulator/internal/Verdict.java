package io.handlekit.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Violation;
import java.util.List;

/** What the simulator decided about a request body, faults included. */
sealed interface Verdict {

  /** The body is refused with 400; {@code errors} say why. */
  record Reject(List<Violation> errors) implements Verdict {}

  /** A fault makes the server fail on this body with 500, as a crashing implementation would. */
  record Crash(Rule trigger) implements Verdict {}

  /** The body is accepted; {@code body} is the object as judged (a fault may have filled in what was missing). */
  record Accept(JsonNode body) implements Verdict {}
}
