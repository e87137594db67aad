package io.handlekit.validator.internal;

import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The resolved configuration of a validator: a severity per rule (none when ignored), the locale's messages and the limits. */
public final class Settings {
  private final EnumMap<Rule, Severity> severities = new EnumMap<>(Rule.class);
  private final Messages messages;
  private final int maxBodyBytes;
  private final int maxDepth;
  private final int maxFindings;

  /**
   * @param overrides severities set by the caller; a {@code null} value ignores the rule
   */
  public Settings(Profile profile, Map<Rule, Severity> overrides, Locale locale, int maxBodyBytes, int maxDepth,
      int maxFindings) {
    for (Rule rule : Rule.values()) {
      severities.put(rule, overrides.containsKey(rule) ? overrides.get(rule) : rule.severityIn(profile));
    }
    this.messages = new Messages(locale);
    this.maxBodyBytes = maxBodyBytes;
    this.maxDepth = maxDepth;
    this.maxFindings = maxFindings;
  }

  /** The severity of {@code rule}, or {@code null} when it is ignored. */
  public Severity severity(Rule rule) {
    return severities.get(rule);
  }

  Messages messages() {
    return messages;
  }

  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  public int maxDepth() {
    return maxDepth;
  }

  /** The most violations one report lists; the rest are counted in one note. */
  public int maxFindings() {
    return maxFindings;
  }
}
