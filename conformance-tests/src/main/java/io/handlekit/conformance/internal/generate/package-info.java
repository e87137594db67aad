/**
 * Request bodies across the contract's space, as QuickTheories generators that shrink: valid trees and the
 * bodies written from them ({@code ValidTrees}, {@code Generators}), the small draws they are made of, contexts of
 * an exact encoded length, the catalogues of bodies that break one rule ({@code InvalidCases}), that are not strict
 * JSON in UTF-8 ({@code MalformedCases}) or that are far too large or deep ({@code HostileCases}, produced as they
 * are sent), and the drawing of values outside a property ({@code Examples}).
 *
 * <p>Internal: not API, it changes without notice. {@code io.handlekit.conformance.HandleBodies} is the public face
 * of these generators.
 */
package io.handlekit.conformance.internal.generate;
