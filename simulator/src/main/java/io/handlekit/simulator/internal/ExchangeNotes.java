package io.handlekit.simulator.internal;

import io.handlekit.validator.ValidationReport;

/**
 * Hands the endpoint's judgement of a request to the {@link FrontDesk} that reports the finished exchange. Jetty
 * runs a request's handlers on one thread, so the endpoint leaves its report here and the desk takes it when the
 * answer is written. One per simulator.
 */
final class ExchangeNotes {
  private final ThreadLocal<ValidationReport> judged = new ThreadLocal<>();

  /** The endpoint judged the current request: {@code report} is what the contract says of it. */
  void judged(ValidationReport report) {
    judged.set(report);
  }

  /** The report left by the endpoint for the current request, or null when the endpoint did not see it; cleared. */
  ValidationReport take() {
    ValidationReport report = judged.get();
    judged.remove();
    return report;
  }
}
