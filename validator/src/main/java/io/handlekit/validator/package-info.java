/**
 * The reusable validator of POST /handles. Entry point: {@link io.handlekit.validator.HandlesValidator}, built
 * once and shared. A {@link io.handlekit.validator.ValidationReport} lists {@link io.handlekit.validator.Violation}s,
 * each with a {@link io.handlekit.validator.Rule} (stable id), a {@link io.handlekit.validator.Severity}, a JSON
 * Pointer, a line and column when the input was text, and a message in English or Korean.
 * {@link io.handlekit.validator.Profile} presets severities; the builder changes or ignores any rule. No input
 * makes it throw; its time is linear in the input, and a report lists a bounded number of violations.
 */
@NullMarked
package io.handlekit.validator;

import org.jspecify.annotations.NullMarked;
