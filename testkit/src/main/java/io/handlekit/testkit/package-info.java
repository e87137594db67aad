/**
 * Generators for property tests of anything that reads or serves {@code POST /handles}, built on QuickTheories:
 * model values ({@link io.handlekit.testkit.ModelGenerators}), valid request bodies as trees across the whole valid
 * space ({@link io.handlekit.testkit.ValidTrees}, optionally fixed to one session), {@code context} values of an
 * exact URI-encoded length ({@link io.handlekit.testkit.ContextStrings}), and the catalogue of bodies that break
 * exactly one rule, each naming the rule's id and the pointer where it is reported
 * ({@link io.handlekit.testkit.BrokenRules}). {@link io.handlekit.testkit.Theories} runs a property with a seed that
 * a failure prints.
 *
 * <p>The catalogue names rules by their id string, so this module does not depend on the validator; the validator's
 * tests hold that every id is a real rule and that every rule a request body can break has a case here.
 */
@NullMarked
package io.handlekit.testkit;

import org.jspecify.annotations.NullMarked;
