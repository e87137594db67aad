/**
 * A property-based conformance suite for implementations of {@code POST /handles}.
 *
 * <p>{@link io.handlekit.conformance.ConformanceSuite} runs the checks against a base URL and returns a
 * {@link io.handlekit.conformance.ConformanceResult}; {@link io.handlekit.conformance.Reports} writes it as text,
 * JUnit XML, JSON and HTML. {@link io.handlekit.conformance.HandleBodies} exposes the generators the checks use, for
 * tests of one's own.
 */
package io.handlekit.conformance;
