package io.handlekit.core;

/**
 * The numeric limits of the POST /handles contract, each named once. The validator, the simulator, the
 * conformance suite and the benchmarks read them from here; the JSON Schema files state the same numbers, and a
 * test in this module holds the two to each other.
 */
public final class ContractLimits {
  /**
   * The most characters {@code inviteAttributes.context} may have once URI-encoded (RFC 3986 percent-encoding of
   * its UTF-8 bytes, measured by {@link UriEncodedLength}).
   */
  public static final int MAX_CONTEXT_LENGTH = 256;

  /** The most characters (Unicode code points) of {@code sessionRef.templateName} and {@code sessionRef.name}. */
  public static final int MAX_NAME_LENGTH = 100;

  /** The fewest characters of a name: it is never empty. */
  public static final int MIN_NAME_LENGTH = 1;

  /** The smallest title id. */
  public static final long MIN_TITLE_ID = 0;

  /** The largest title id, 2^32 - 1 (a title id is an unsigned 32-bit integer). */
  public static final long MAX_TITLE_ID = 0xFFFF_FFFFL;

  /** {@link #MAX_TITLE_ID} in decimal, for messages and generated bodies. */
  public static final String MAX_TITLE_ID_TEXT = "4294967295";

  /** The smallest XUID: a XUID is never 0. */
  public static final long MIN_XUID = 1;

  /** The largest XUID, 2^64 - 1, as the bits of a {@code long} (compare with {@link Long#compareUnsigned}). */
  public static final long MAX_XUID = -1L;

  /** {@link #MAX_XUID} in decimal (unsigned), for messages and generated bodies. */
  public static final String MAX_XUID_TEXT = "18446744073709551615";

  private ContractLimits() {}
}
