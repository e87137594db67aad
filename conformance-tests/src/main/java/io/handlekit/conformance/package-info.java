/**
 * A property-based conformance suite for implementations of {@code POST /handles}.
 *
 * <p>{@link io.handlekit.conformance.ConformanceSuite} runs the checks against a base URL and returns a
 * {@link io.handlekit.conformance.ConformanceResult} whose {@link io.handlekit.conformance.Verdict} is one of
 * conforms, does not conform, inconclusive (a MUST check skipped, cut short or an ERROR inside the suite: never a
 * pass) or unreachable; {@link io.handlekit.conformance.Reports} writes it as text,
 * JUnit XML, JSON and HTML. {@link io.handlekit.conformance.HandleBodies} exposes the generators the checks use, as
 * plain Java streams, for tests of one's own.
 */
@NullMarked
package io.handlekit.conformance;

import org.jspecify.annotations.NullMarked;
