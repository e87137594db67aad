package io.handlekit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The request bodies the benchmarks validate, as UTF-8 bytes read from this module's resources
 * ({@code io/handlekit/benchmarks/*.json}), so that every run measures the same bytes. Each is one line of
 * compact JSON and a newline, as clients send them (sizes below include the newline).
 */
public final class Bodies {
  /** A typical activity body, as XSAPI sends it (141 bytes). */
  public static final String ACTIVITY = "activity";
  /** A typical invite body, the facts sheet's invite (318 bytes). */
  public static final String INVITE = "invite";
  /**
   * A 4 KB invite (4028 bytes): names at the 100-character limit, a context of 250 unreserved characters (the limit is 256),
   * a long senderString with Korean text, an id, and three unknown top-level properties of realistic size
   * (a correlation id, client information, a trace with a small history array). Valid, with three
   * {@code property.unknown} warnings in the strict profile.
   */
  public static final String INVITE_4K = "invite4k";
  /** A 4 KB invite (4171 bytes) with only the contract's properties (the 4 KB body's size is in senderString instead). */
  public static final String INVITE_4K_KNOWN = "invite4kKnown";
  /** The typical invite with XSAPI's test-fixture scid {@code "MockScid"}: one error, a GUID pattern failure. */
  public static final String INVITE_INVALID = "inviteInvalid";

  private static final Map<String, String> FILES = Map.of(
      ACTIVITY, "activity.json",
      INVITE, "invite.json",
      INVITE_4K, "invite-4k.json",
      INVITE_4K_KNOWN, "invite-4k-known.json",
      INVITE_INVALID, "invite-invalid.json");

  private Bodies() {}

  /** The bytes of the body named {@code name}, one of the constants of this class. */
  public static byte[] load(String name) {
    String file = FILES.get(name);
    if (file == null) {
      throw new IllegalArgumentException("no body named \"" + name + "\"; known: " + FILES.keySet());
    }
    try (InputStream in = Bodies.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("body resource missing from the classpath: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
