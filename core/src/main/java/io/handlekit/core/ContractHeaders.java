package io.handlekit.core;

/**
 * What the contract asks of a request's headers: the contract version it names and the media type of its body.
 * Header names compare case-insensitively (RFC 9110); the media type compares case-insensitively, parameters
 * allowed.
 */
public final class ContractHeaders {
  /** The header every request carries, naming the contract version the caller speaks. */
  public static final String CONTRACT_VERSION = "X-Xbl-Contract-Version";

  /** The lowest contract version the endpoint accepts; every later version is accepted too. */
  public static final int MIN_CONTRACT_VERSION = 104;

  /** The media type of a request body and of an invite handle. */
  public static final String JSON_MEDIA_TYPE = "application/json";

  private ContractHeaders() {}
}
