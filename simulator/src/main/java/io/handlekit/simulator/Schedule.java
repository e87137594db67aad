package io.handlekit.simulator;

/**
 * Which requests an operational behaviour (throttling, overload) hits, counting the requests to {@code /handles}
 * from 1 as the simulator receives them. Each behaviour keeps its own count.
 */
public sealed interface Schedule {

  /** Every {@code n}th request: with {@code n = 3}, requests 3, 6, 9 and so on. */
  static Schedule everyNth(int n) {
    return new EveryNth(n);
  }

  /** The first {@code n} requests, then none. */
  static Schedule firstN(int n) {
    return new FirstN(n);
  }

  /** Whether the request numbered {@code sequence} (from 1) is hit. */
  boolean hits(long sequence);

  /** Hits every {@code n}th request. */
  record EveryNth(int n) implements Schedule {
    public EveryNth {
      if (n < 1) {
        throw new IllegalArgumentException("n must be at least 1, was " + n);
      }
    }

    @Override
    public boolean hits(long sequence) {
      return sequence % n == 0;
    }
  }

  /** Hits the first {@code n} requests. */
  record FirstN(int n) implements Schedule {
    public FirstN {
      if (n < 0) {
        throw new IllegalArgumentException("n must not be negative, was " + n);
      }
    }

    @Override
    public boolean hits(long sequence) {
      return sequence <= n;
    }
  }
}
