/**
 * Request bodies as the suite sends them. The valid bodies and the catalogue of bodies that break one rule come from
 * the testkit ({@code io.handlekit.testkit}), the one home of the project's generators, which the validator's tests
 * use too; {@code Generators} writes them as bodies and keeps the cases a server must reject. Here besides: the
 * bodies far too large or deep ({@code HostileCases}, produced as they are sent) and the drawing of values outside a
 * property ({@code Examples}).
 *
 * <p>Internal: not API, it changes without notice. {@code io.handlekit.conformance.HandleBodies} is the public face
 * of these generators.
 */
package io.handlekit.conformance.internal.generate;
