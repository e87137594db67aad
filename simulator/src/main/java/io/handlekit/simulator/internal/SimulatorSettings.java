package io.handlekit.simulator.internal;

import io.handlekit.core.Xuid;
import io.handlekit.simulator.Fault;
import io.handlekit.validator.HandlesValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The resolved configuration of one simulator, immutable.
 *
 * @param validator judges every request; its size limit is the simulator's
 * @param throttle answered with 429, if configured
 * @param overload answered with 503, if configured
 */
public record SimulatorSettings(
    String host,
    int port,
    Xuid callerXuid,
    Duration inviteTtl,
    HandlesValidator validator,
    Set<Fault> faults,
    Optional<Rejection> throttle,
    Optional<Rejection> overload,
    Duration latency,
    Clock clock,
    int maxStoredHandles,
    int maxRecordedExchanges,
    int containerThreads) {

  public SimulatorSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(callerXuid, "callerXuid");
    Objects.requireNonNull(inviteTtl, "inviteTtl");
    Objects.requireNonNull(validator, "validator");
    faults = Set.copyOf(faults);
    Objects.requireNonNull(throttle, "throttle");
    Objects.requireNonNull(overload, "overload");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(clock, "clock");
  }

  public boolean has(Fault fault) {
    return faults.contains(fault);
  }

  public int maxBodyBytes() {
    return validator.maxBodyBytes();
  }
}
