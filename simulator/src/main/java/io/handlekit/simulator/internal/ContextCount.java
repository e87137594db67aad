package io.handlekit.simulator.internal;

import io.handlekit.core.ContractLimits;
import io.handlekit.core.UriEncodedLength;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The ways an implementation may measure {@code inviteAttributes.context} against its limit
 * ({@link ContractLimits#MAX_CONTEXT_LENGTH}): the contract's (RFC 3986 percent-encoding of the UTF-8 bytes) and the wrong ones that faults simulate.
 */
enum ContextCount {
  /** The contract: only {@code A-Z a-z 0-9 - . _ ~} stay literal, every other UTF-8 byte becomes {@code %XX}. */
  URI_ENCODED {
    @Override
    int length(String context) {
      return UriEncodedLength.of(context);
    }
  },
  /** The mistake of counting UTF-16 chars of the raw string. */
  RAW {
    @Override
    int length(String context) {
      return context.length();
    }
  },
  /** The mistake of form encoding ({@link URLEncoder}): a space becomes {@code +}, one character. */
  FORM_ENCODED {
    @Override
    int length(String context) {
      return URLEncoder.encode(context, StandardCharsets.UTF_8).length();
    }
  };

  static final int LIMIT = ContractLimits.MAX_CONTEXT_LENGTH;

  abstract int length(String context);
}
