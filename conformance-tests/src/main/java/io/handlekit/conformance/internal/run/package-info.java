/**
 * Running the suite: its configuration ({@code Settings}), the checks in their order ({@code Catalogue}), the
 * three kinds of check (a QuickTheories property per stratum, a burst of concurrent invites, a judgement over the
 * whole traffic), the state of one run and of one check while it runs, the seeds, and the bridge to JUnit dynamic
 * tests.
 *
 * <p>Internal: not API, it changes without notice. {@code io.handlekit.conformance.ConformanceSuite} is the public
 * face of the runner.
 */
package io.handlekit.conformance.internal.run;
