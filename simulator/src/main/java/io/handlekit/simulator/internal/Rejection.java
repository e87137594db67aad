package io.handlekit.simulator.internal;

import io.handlekit.simulator.Schedule;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An operational refusal (429 throttled, 503 overloaded) on a schedule, with its own count of the requests it has
 * seen. Thread-safe.
 */
public final class Rejection {
  private final int status;
  private final Schedule schedule;
  private final long retryAfterSeconds;
  private final AtomicLong seen = new AtomicLong();

  public Rejection(int status, Schedule schedule, Duration retryAfter) {
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
    }
    this.status = status;
    this.schedule = schedule;
    // Retry-After counts whole seconds; round up so that a client never retries early.
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    this.retryAfterSeconds = seconds;
  }

  /** Counts one request and says whether this behaviour refuses it. */
  boolean refusesNext() {
    return schedule.hits(seen.incrementAndGet());
  }

  int status() {
    return status;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  Schedule schedule() {
    return schedule;
  }
}
