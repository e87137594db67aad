/**
 * The simulator's machinery: the WireMock extension that answers {@code /handles}, the fault-aware decision, the
 * minting of invite handles, and the bounded stores. Not API: nothing here is stable; use
 * {@link io.handlekit.simulator.HandlesSimulator}.
 */
package io.handlekit.simulator.internal;
