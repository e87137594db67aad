package io.handlekit.simulator.internal;

import io.handlekit.core.Xuid;
import io.handlekit.simulator.ObservedExchange;
import io.handlekit.simulator.Fault;
import io.handlekit.validator.HandlesValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The resolved configuration of one simulator, immutable.
 *
 * @param validator judges every request; its size limit is the simulator's
 * @param throttle answered with 429, if configured
 * @param overload answered with 503, if configured
 * @param maxKeptViolations how many exchanges that broke the contract are kept apart from the recent ones
 * @param bodyTimeout how long a body may take to arrive in full
 * @param adminApi whether WireMock's admin API answers (loopback peers without an Origin only)
 * @param observers told of every exchange
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
    int maxKeptViolations,
    int containerThreads,
    Duration bodyTimeout,
    boolean adminApi,
    List<Consumer<? super ObservedExchange>> observers) {

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
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    observers = List.copyOf(observers);
  }

  public boolean has(Fault fault) {
    return faults.contains(fault);
  }

  public int maxBodyBytes() {
    return validator.maxBodyBytes();
  }
}
