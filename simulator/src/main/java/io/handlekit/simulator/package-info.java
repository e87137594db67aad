/**
 * A running implementation of {@code POST /handles} on embedded WireMock, for client teams and the conformance
 * suite: {@link io.handlekit.simulator.HandlesSimulator} (the server and its builder), the deliberate contract
 * faults it can inject ({@link io.handlekit.simulator.Fault}) and its operational behaviours
 * ({@link io.handlekit.simulator.Schedule}), what it records ({@link io.handlekit.simulator.RecordedExchange}),
 * a JUnit 5 extension ({@link io.handlekit.simulator.HandlesSimulatorExtension}) and a WireMock listener that
 * checks the requests sent to other people's stubs ({@link io.handlekit.simulator.HandlesContractListener}).
 */
package io.handlekit.simulator;
