package io.handlekit.spark;

import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Profile;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How bodies are linted: what a {@link HandlesValidator} is built from, in a form small enough to ship to every
 * executor. Spark serializes this, never the validator: each executor JVM builds its own validator from it, once
 * (see {@link HandlesLint}). Equal settings build equal validators.
 *
 * @param profile the preset of severities
 * @param severities rules given another severity, by rule id
 * @param ignored rules not reported, by rule id
 * @param locale the language of messages
 * @param maxBodyBytes the largest body accepted
 * @param maxDepth the deepest nesting accepted
 * @param maxFindings the most violations listed per body
 */
public record LintSettings(Profile profile, Map<String, Severity> severities, Set<String> ignored, Locale locale,
    int maxBodyBytes, int maxDepth, int maxFindings) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Checks every value the way {@link HandlesValidator.Builder} does, so that a bad setting fails on the driver,
   * before a job starts, never in a task.
   *
   * @throws IllegalArgumentException for an unknown rule id, {@code internal.error} among the rules changed, or a
   *     limit the validator refuses
   */
  public LintSettings {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(locale, "locale");
    severities = Map.copyOf(severities);
    ignored = Set.copyOf(ignored);
    for (String id : severities.keySet()) {
      checkChangeable(id);
    }
    for (String id : ignored) {
      checkChangeable(id);
    }
    // the validator's builder owns the limits' rules; building one here keeps a single source of them
    builder(profile, severities, ignored, locale, maxBodyBytes, maxDepth, maxFindings);
  }

  /** The defaults: the strict profile, English messages, the validator's default limits. */
  public static LintSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A validator with these settings. */
  public HandlesValidator toValidator() {
    return builder(profile, severities, ignored, locale, maxBodyBytes, maxDepth, maxFindings).build();
  }

  private static HandlesValidator.Builder builder(Profile profile, Map<String, Severity> severities,
      Set<String> ignored, Locale locale, int maxBodyBytes, int maxDepth, int maxFindings) {
    HandlesValidator.Builder builder = HandlesValidator.builder().profile(profile).locale(locale)
        .maxBodyBytes(maxBodyBytes).maxDepth(maxDepth).maxFindings(maxFindings);
    severities.forEach(builder::severity);
    ignored.forEach(builder::ignore);
    return builder;
  }

  private static void checkChangeable(String id) {
    Rule rule = Rule.byId(Objects.requireNonNull(id, "rule id"))
        .orElseThrow(() -> new IllegalArgumentException("no rule has the id \"" + id + "\""));
    if (rule == Rule.INTERNAL_ERROR) {
      throw new IllegalArgumentException(Rule.INTERNAL_ERROR.id()
          + " cannot be ignored or given another severity: it means that an input was not checked at all");
    }
  }

  /** Builds {@link LintSettings}; not thread-safe. */
  public static final class Builder {
    private Profile profile = Profile.STRICT;
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private Locale locale = Locale.ENGLISH;
    private int maxBodyBytes = HandlesValidator.DEFAULT_MAX_BODY_BYTES;
    private int maxDepth = HandlesValidator.DEFAULT_MAX_DEPTH;
    private int maxFindings = HandlesValidator.DEFAULT_MAX_FINDINGS;

    private Builder() {}

    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** Gives the rule {@code ruleId} a severity other than its profile's. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      ignored.remove(ruleId);
      return this;
    }

    /** Stops reporting the rule {@code ruleId}. */
    public Builder ignore(String ruleId) {
      ignored.add(Objects.requireNonNull(ruleId, "ruleId"));
      severities.remove(ruleId);
      return this;
    }

    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    public Builder maxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    public Builder maxFindings(int maxFindings) {
      this.maxFindings = maxFindings;
      return this;
    }

    /** @throws IllegalArgumentException as {@link LintSettings#LintSettings} says */
    public LintSettings build() {
      return new LintSettings(profile, severities, ignored, locale, maxBodyBytes, maxDepth, maxFindings);
    }
  }
}
