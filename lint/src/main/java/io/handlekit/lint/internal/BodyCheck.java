package io.handlekit.lint.internal;

import io.handlekit.validator.ValidationReport;

/**
 * How {@code lint} checks one body: the validator's {@code validateRequest(byte[])}. A seam of its own so that tests
 * can make it fail on chosen bodies and show that a failure stays with its input.
 */
@FunctionalInterface
public interface BodyCheck {
  ValidationReport check(byte[] body);
}
