package io.handlekit.conformance.internal.http;

/** Spaces requests to at most {@code perSecond}; thread-safe, so concurrent users share the one rate. */
final class Pacer {
  private final long intervalNanos;
  private long next;

  Pacer(double perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    this.next = System.nanoTime();
  }

  /** Waits for this caller's slot. */
  void await() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long slot;
    synchronized (this) {
      long now = System.nanoTime();
      slot = Math.max(now, next);
      next = slot + intervalNanos;
    }
    long wait = slot - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
