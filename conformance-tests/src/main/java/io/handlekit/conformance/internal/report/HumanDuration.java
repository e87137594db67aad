package io.handlekit.conformance.internal.report;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people write them ({@code 400 ms}, {@code 10 s}, {@code 1.5 s}, {@code 5 min}), never {@code PT10S}.
 *
 * <p>Internal: public only because the builder, the HTTP client, the runner and the reports write durations;
 * not API.
 */
public final class HumanDuration {
  private HumanDuration() {}

  public static String of(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    return String.format(Locale.ROOT, "%d min %d s", ms / 60_000, (ms % 60_000) / 1000);
  }
}
