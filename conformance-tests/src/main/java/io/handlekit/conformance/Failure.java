package io.handlekit.conformance;

import java.util.Objects;

/**
 * Why a check failed, with the smallest request that shows it.
 *
 * @param message what the target did wrong
 * @param seed the run's seed: running again with it (and the same tries) replays the same requests
 * @param request the smallest failing request that shrinking found
 * @param response what the target answered to it
 */
public record Failure(String message, long seed, RecordedRequest request, RecordedResponse response) {
  public Failure {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
  }
}
