package io.handlekit.validator;

/**
 * A preset of rule severities. A profile only lowers the rules it names; rules that say a body is
 * not the contract's at all (ids, types, versions, required properties) are errors in every profile.
 */
public enum Profile {
  /** Every rule at its default severity: the contract as the facts sheet states it. */
  STRICT,
  /**
   * For linting traffic from real clients: handle types outside the contract ({@code transfer}, {@code search})
   * become warnings, unknown properties and a {@code contextString} without {@code ///} become info.
   */
  LENIENT
}
