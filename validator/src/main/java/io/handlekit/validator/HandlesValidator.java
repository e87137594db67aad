package io.handlekit.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.InviteHandleRequest;
import io.handlekit.core.json.HandleCodec;
import io.handlekit.core.json.StrictJson;
import io.handlekit.validator.internal.Engine;
import io.handlekit.validator.internal.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Validates POST /handles request bodies, the {@code X-Xbl-Contract-Version} header, and invite handles against
 * the request that produced them. Build one with {@link #builder()} and share it: it is immutable and thread-safe,
 * and loads its schemas once.
 *
 * <p>No input makes it throw: malformed JSON, invalid UTF-8, huge or deeply nested bodies, numbers of any
 * magnitude each come back as a violation, in time linear in the size of the input, and a report lists at most
 * {@link Builder#maxFindings(int) maxFindings} violations (then one {@link Rule#FINDINGS_TRUNCATED} note). Should
 * the validator itself fail on an input, that comes back as an {@link Rule#INTERNAL_ERROR} violation too. Only
 * {@code null} arguments (a programming error) throw, and only the stream overload's {@link IOException}.
 *
 * <pre>{@code
 * HandlesValidator validator = HandlesValidator.builder().profile(Profile.STRICT).locale(Locale.KOREAN).build();
 * ValidationReport report = validator.validateRequest(body);
 * if (!report.isValid()) { report.errors().forEach(System.err::println); }
 * }</pre>
 */
public final class HandlesValidator {
  /** The default size limit of a body, 1 MiB; real bodies are well under 4 KiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
  /** The default nesting limit; bodies of this contract are 3 levels deep. */
  public static final int DEFAULT_MAX_DEPTH = StrictJson.DEFAULT_MAX_DEPTH;
  /** The default number of violations a report lists; a valid body has none, a real mistake a handful. */
  public static final int DEFAULT_MAX_FINDINGS = 1000;
  // The longest array a JVM allocates; a stream's body is read into one.
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private static final HandleCodec CODEC = HandleCodec.create();
  /** The languages whose messages ship, English (the default) first. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.KOREAN);

  private final Engine engine;
  private final Builder settings;

  private HandlesValidator(Builder builder) {
    this.settings = builder.copy();
    this.engine = new Engine(new Settings(settings.profile, settings.overrides, settings.locale,
        settings.maxBodyBytes, settings.maxDepth, settings.maxFindings));
  }

  /** A validator with the strict profile, English messages and the default limits. */
  public static HandlesValidator create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from this validator's configuration. */
  public Builder toBuilder() {
    return settings.copy();
  }

  /** Validates a request body given as bytes (it must be UTF-8). */
  public ValidationReport validateRequest(byte[] body) {
    return engine.request(Objects.requireNonNull(body, "body"));
  }

  /** Validates a request body given as text. */
  public ValidationReport validateRequest(String body) {
    return engine.request(Objects.requireNonNull(body, "body"));
  }

  /**
   * Validates a request body read from {@code body}, reading at most one byte past the size limit (and at most
   * {@code Integer.MAX_VALUE - 8} bytes, the largest array, whatever the limit).
   *
   * @throws IOException only when reading the stream fails; a bad body is reported, not thrown
   */
  public ValidationReport validateRequest(InputStream body) throws IOException {
    int limit = Math.min(settings.maxBodyBytes, MAX_ARRAY_LENGTH);
    byte[] bytes = body.readNBytes(limit);
    if (bytes.length == limit && body.read() >= 0) {
      return engine.tooLarge((long) limit + 1);
    }
    return engine.request(bytes);
  }

  /** Validates a request body already parsed by Jackson (no line and column can be given). */
  public ValidationReport validateRequest(JsonNode body) {
    return engine.request(Objects.requireNonNull(body, "body"));
  }

  /**
   * Validates a model object: the limits that a record does not enforce (name lengths, the context length,
   * lone surrogates, the contextString prefix, unknown properties).
   */
  public ValidationReport validateRequest(HandleRequest body) {
    Objects.requireNonNull(body, "body");
    return engine.guarded(() -> engine.request(CODEC.toTree(body)));
  }

  /** Validates the value of the {@code X-Xbl-Contract-Version} header; {@code null} when the request had none. */
  public ValidationReport validateContractVersion(@Nullable String headerValue) {
    return engine.contractVersion(headerValue);
  }

  /**
   * Validates an invite handle (the response body) against the request body that produced it ({@code null}: none,
   * so nothing is checked for being echoed).
   */
  public ValidationReport validateInviteHandle(byte[] response, @Nullable JsonNode request) {
    return engine.inviteHandle(Objects.requireNonNull(response, "response"), request);
  }

  /** Validates an invite handle (the response body) against the request that produced it ({@code null}: none). */
  public ValidationReport validateInviteHandle(byte[] response, @Nullable InviteHandleRequest request) {
    Objects.requireNonNull(response, "response");
    return engine.guarded(() -> engine.inviteHandle(response, request == null ? null : CODEC.toTree(request)));
  }

  /** Validates an already parsed invite handle against the request body that produced it ({@code null}: none). */
  public ValidationReport validateInviteHandle(JsonNode response, @Nullable JsonNode request) {
    return engine.inviteHandle(Objects.requireNonNull(response, "response"), request);
  }

  /**
   * The shipped language whose code is {@code code} ({@code "en"} or {@code "ko"}, any case, blanks around ignored);
   * empty for any other, so that a tool can refuse a typo rather than fall back to English.
   */
  public static Optional<Locale> language(String code) {
    String wanted = Objects.requireNonNull(code, "code").strip();
    return LANGUAGES.stream().filter(l -> l.getLanguage().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The codes of {@link #LANGUAGES}, for a message that lists them: {@code "en or ko"}. */
  public static String languageCodes() {
    return LANGUAGES.stream().map(Locale::getLanguage).collect(Collectors.joining(" or "));
  }

  public Locale locale() {
    return settings.locale;
  }

  public Profile profile() {
    return settings.profile;
  }

  public int maxBodyBytes() {
    return settings.maxBodyBytes;
  }

  public int maxDepth() {
    return settings.maxDepth;
  }

  public int maxFindings() {
    return settings.maxFindings;
  }

  /** The severity this validator gives {@code rule}; empty when it ignores the rule. */
  public Optional<Severity> severityOf(Rule rule) {
    return Optional.ofNullable(settings.overrides.containsKey(rule) ? settings.overrides.get(rule)
        : rule.severityIn(settings.profile));
  }

  /** Configures a {@link HandlesValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Profile profile = Profile.STRICT;
    private final Map<Rule, @Nullable Severity> overrides = new EnumMap<>(Rule.class); // null: ignored
    private Locale locale = Locale.ENGLISH;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxFindings = DEFAULT_MAX_FINDINGS;

    private Builder() {}

    /** The preset of severities; per-rule settings win over it. Default {@link Profile#STRICT}. */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /** Gives {@code rule} a severity other than its profile's. */
    public Builder severity(Rule rule, Severity severity) {
      overrides.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /**
     * Gives the rule with {@code ruleId} a severity.
     *
     * @throws IllegalArgumentException when no rule has that id
     */
    public Builder severity(String ruleId, Severity severity) {
      return severity(rule(ruleId), severity);
    }

    /** Stops reporting {@code rule}. */
    public Builder ignore(Rule rule) {
      overrides.put(Objects.requireNonNull(rule, "rule"), null);
      return this;
    }

    /**
     * Stops reporting the rule with {@code ruleId}.
     *
     * @throws IllegalArgumentException when no rule has that id
     */
    public Builder ignore(String ruleId) {
      return ignore(rule(ruleId));
    }

    private static Rule rule(String ruleId) {
      return Rule.byId(ruleId).orElseThrow(() -> new IllegalArgumentException("no rule has the id \"" + ruleId + "\""));
    }

    /** The language of messages: English (default) and Korean ship; others fall back to English. */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The largest body accepted, in bytes. Default {@value HandlesValidator#DEFAULT_MAX_BODY_BYTES}. */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** The deepest nesting accepted. Default {@value HandlesValidator#DEFAULT_MAX_DEPTH}. */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth < 3) {
        throw new IllegalArgumentException("maxDepth must be at least 3, the depth of a valid body");
      }
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * The most violations one report lists. Default {@value HandlesValidator#DEFAULT_MAX_FINDINGS}. Errors are
     * listed before warnings and notes, so a report with an error never loses it; the findings not listed are
     * counted in one {@link Rule#FINDINGS_TRUNCATED} note.
     */
    public Builder maxFindings(int maxFindings) {
      if (maxFindings < 1) {
        throw new IllegalArgumentException("maxFindings must be positive");
      }
      this.maxFindings = maxFindings;
      return this;
    }

    public HandlesValidator build() {
      return new HandlesValidator(this);
    }

    private Builder copy() {
      Builder copy = new Builder();
      copy.profile = profile;
      copy.overrides.putAll(overrides);
      copy.locale = locale;
      copy.maxBodyBytes = maxBodyBytes;
      copy.maxDepth = maxDepth;
      copy.maxFindings = maxFindings;
      return copy;
    }
  }
}
