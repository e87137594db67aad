package io.handlekit.conformance.internal.run;

import java.nio.charset.StandardCharsets;

/**
 * Derives the seed of each check (and each stratum) from the run's seed and the check's id, so a check replays
 * the same examples whether it runs alone or within the whole suite.
 */
final class Seeds {
  private Seeds() {}

  static long of(long runSeed, String checkId) {
    long hash = 0xcbf29ce484222325L; // FNV-1a
    for (byte b : checkId.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xFF)) * 0x100000001b3L;
    }
    return mix(runSeed ^ hash);
  }

  static long of(long checkSeed, int stratum) {
    return mix(checkSeed + 0x9E3779B97F4A7C15L * (stratum + 1));
  }

  /** SplitMix64's finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
