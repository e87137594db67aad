/**
 * The simulator's machinery: the WireMock extension that answers {@code /handles}, the fault-aware decision, the
 * minting of invite handles, the bounded stores, and the HTTP front. {@link io.handlekit.simulator.internal.JettyFront}
 * is the one class that reaches into WireMock's shaded Jetty; it asks a
 * {@link io.handlekit.simulator.internal.FrontDesk} (plain Java) what to answer. Not API: nothing here is stable;
 * use {@link io.handlekit.simulator.HandlesSimulator}.
 */
package io.handlekit.simulator.internal;
