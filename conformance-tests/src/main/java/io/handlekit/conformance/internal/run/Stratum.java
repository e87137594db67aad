package io.handlekit.conformance.internal.run;

import io.handlekit.conformance.internal.http.Probe;
import org.quicktheories.core.Gen;

/**
 * One part of a check's input space, run as a property of its own so that every part is tried in every run.
 *
 * @param name what the part is
 * @param probes the requests
 * @param maxExamples the most examples worth drawing (a constant probe needs 1); 0 for no cap
 */
record Stratum(String name, Gen<Probe> probes, int maxExamples) {
  static Stratum of(String name, Gen<Probe> probes) {
    return new Stratum(name, probes, 0);
  }
}
