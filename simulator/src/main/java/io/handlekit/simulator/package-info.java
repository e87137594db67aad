/**
 * A running implementation of {@code POST /handles} on embedded WireMock, for client teams and the conformance
 * suite: {@link io.handlekit.simulator.HandlesSimulator} (the server and its builder), the deliberate contract
 * faults it can inject ({@link io.handlekit.simulator.Fault}) and its operational behaviours
 * ({@link io.handlekit.simulator.Schedule}), what it records ({@link io.handlekit.simulator.RecordedExchange}),
 * what its observers see of every exchange ({@link io.handlekit.simulator.ObservedExchange}) and the NDJSON journal
 * they can write ({@link io.handlekit.simulator.RequestJournal}, read back with
 * {@link io.handlekit.core.json.JournalEntry}), a JUnit 5 extension
 * ({@link io.handlekit.simulator.HandlesSimulatorExtension}) and a WireMock listener that checks the requests sent
 * to other people's stubs ({@link io.handlekit.simulator.HandlesContractListener}).
 *
 * <p>The simulator is closed to strangers (no admin API unless asked for, no CORS, no proxying, no files) and
 * bounds every request (size, compression, body deadline, no thread held by a slow sender).
 */
@NullMarked
package io.handlekit.simulator;

import org.jspecify.annotations.NullMarked;
