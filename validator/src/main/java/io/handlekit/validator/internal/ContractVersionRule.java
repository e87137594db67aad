package io.handlekit.validator.internal;

import io.handlekit.core.ContractHeaders;
import io.handlekit.core.DecimalId;
import io.handlekit.validator.Rule;

/** The {@code X-Xbl-Contract-Version} header: present, an integer, {@link ContractHeaders#MIN_CONTRACT_VERSION} or later. */
final class ContractVersionRule {
  /** The lowest contract version that POST /handles serves. */
  static final int MINIMUM = ContractHeaders.MIN_CONTRACT_VERSION;

  private ContractVersionRule() {}

  static void check(String header, Findings findings) {
    if (header == null) {
      findings.add(Rule.CONTRACT_VERSION_MISSING, null);
      return;
    }
    String value = header.strip();
    if (!DecimalId.isDigits(value)) {
      findings.add(Rule.CONTRACT_VERSION_NOT_INTEGER, null, header);
      return;
    }
    // Digits beyond int range are a very late version, not an error.
    if (value.length() < 10 && Integer.parseInt(value) < MINIMUM) {
      findings.add(Rule.CONTRACT_VERSION_TOO_LOW, null, value, MINIMUM);
    }
  }
}
