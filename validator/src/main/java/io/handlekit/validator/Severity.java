package io.handlekit.validator;

import java.util.Locale;

/** How much a violation matters. Only {@link #ERROR} makes a body invalid. */
public enum Severity {
  /** The body breaks the contract: a server rejects it. */
  ERROR,
  /** The body is accepted but probably not what its author meant. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /** The lower-case name used in reports: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
