package io.handlekit.validator;

import io.handlekit.core.ContractHeaders;
import io.handlekit.core.ContractLimits;
import io.handlekit.core.HandleRequest;
import java.util.Optional;

/**
 * Every rule the validator checks, in one place, with its stable id and default severity.
 * The id is what reports print and what configuration names; it never changes meaning.
 */
public enum Rule {
  // ---- the input as text
  INPUT_EMPTY("input.empty", Severity.ERROR, null, "The body is empty."),
  INPUT_TOO_LARGE("input.too-large", Severity.ERROR, null, "The body is larger than the size limit (1 MiB by default), or a tree handed over holds more values than such a body can."),
  INPUT_ENCODING("input.encoding", Severity.ERROR, null, "The body is not UTF-8 (invalid bytes, or UTF-16/UTF-32)."),
  INPUT_BOM("input.bom", Severity.ERROR, null, "The body starts with a byte order mark (RFC 8259 8.1: senders must not add one)."),
  JSON_MALFORMED("json.malformed", Severity.ERROR, null, "The body is not strict JSON: comments, trailing commas, unbalanced quotes, placeholders."),
  JSON_DUPLICATE_KEY("json.duplicate-key", Severity.ERROR, null, "An object names the same property twice."),
  JSON_TOO_DEEP("json.too-deep", Severity.ERROR, null, "The body nests deeper than the depth limit (64 by default)."),
  JSON_NOT_OBJECT("json.not-object", Severity.ERROR, null, "The body is JSON but not an object (an array, a string, a number, null)."),
  STRING_LONE_SURROGATE("string.lone-surrogate", Severity.ERROR, null, "A string holds an unpaired UTF-16 surrogate (such as \\ud800) and cannot be encoded as UTF-8."),

  // ---- what the schemas express
  PROPERTY_REQUIRED("property.required", Severity.ERROR, null, "A required property is missing (reported at the object that lacks it)."),
  VALUE_TYPE("value.type", Severity.ERROR, null, "A value has the wrong JSON type; null is never allowed, optional properties included."),
  VERSION_VALUE("version.value", Severity.ERROR, null, "version is not the integer " + HandleRequest.VERSION + "."),
  TYPE_VALUE("type.value", Severity.ERROR, null, "type is not \"activity\" or \"invite\" (case-sensitive)."),
  GUID_FORMAT("guid.format", Severity.ERROR, null, "scid or id is not a GUID (8-4-4-4-12 hex digits, no braces); XSAPI's \"MockScid\" among them."),
  TEMPLATE_NAME_LENGTH("template-name.length", Severity.ERROR, null, "sessionRef.templateName is empty or longer than "
      + ContractLimits.MAX_NAME_LENGTH + " characters (code points)."),
  SESSION_NAME_LENGTH("session-name.length", Severity.ERROR, null, "sessionRef.name is empty or longer than "
      + ContractLimits.MAX_NAME_LENGTH + " characters (code points)."),
  XUID_FORMAT("xuid.format", Severity.ERROR, null, "A XUID is not a string of decimal digits (\"\" among them)."),
  TITLE_ID_FORMAT("title-id.format", Severity.ERROR, null, "inviteAttributes.titleId is neither a string of decimal digits nor an integer."),
  EXPIRATION_FORMAT("expiration.format", Severity.ERROR, null, "A handle's expiration is not an RFC 3339 date-time."),
  SCHEMA_OTHER("schema.other", Severity.ERROR, null, "Any other schema constraint (a catch-all that the tests keep unused)."),

  // ---- what the schemas cannot express
  TYPE_NOT_COVERED("type.not-covered", Severity.ERROR, Severity.WARNING, "The handle type is \"transfer\" or \"search\": real, but not covered by this contract."),
  XUID_RANGE("xuid.range", Severity.ERROR, null, "A XUID is 0 or larger than " + ContractLimits.MAX_XUID_TEXT + "."),
  TITLE_ID_RANGE("title-id.range", Severity.ERROR, null, "inviteAttributes.titleId is larger than "
      + ContractLimits.MAX_TITLE_ID_TEXT + " (or negative)."),
  TITLE_ID_NUMBER("title-id.number", Severity.INFO, null, "inviteAttributes.titleId is a JSON number; the canonical form, as XSAPI sends it, is a string."),
  CONTEXT_TOO_LONG("context.too-long", Severity.ERROR, null, "inviteAttributes.context is longer than "
      + ContractLimits.MAX_CONTEXT_LENGTH + " characters once URI-encoded (RFC 3986, UTF-8)."),
  CONTEXT_STRING_PREFIX("context-string.prefix", Severity.WARNING, Severity.INFO, "inviteAttributes.contextString does not start with \"///\", as the SDK documents."),
  PROPERTY_UNKNOWN("property.unknown", Severity.WARNING, Severity.INFO, "A property the contract does not name; servers ignore it, so it is often a typo (sessionref for sessionRef)."),

  // ---- the X-Xbl-Contract-Version header
  CONTRACT_VERSION_MISSING("contract-version.missing", Severity.ERROR, null,
      "The " + ContractHeaders.CONTRACT_VERSION + " header is missing."),
  CONTRACT_VERSION_NOT_INTEGER("contract-version.not-integer", Severity.ERROR, null,
      "The " + ContractHeaders.CONTRACT_VERSION + " header is not an integer."),
  CONTRACT_VERSION_TOO_LOW("contract-version.too-low", Severity.ERROR, null,
      "The " + ContractHeaders.CONTRACT_VERSION + " header is below " + ContractHeaders.MIN_CONTRACT_VERSION + "."),

  // ---- the invite handle answering an invite
  RESPONSE_ECHO_SESSION_REF("response.echo.session-ref", Severity.ERROR, null, "The handle's sessionRef is not the request's (scid compared case-insensitively)."),
  RESPONSE_ECHO_INVITED_XUID("response.echo.invited-xuid", Severity.ERROR, null, "The handle's invitedXuid is not the request's."),
  RESPONSE_ECHO_TITLE_ID("response.echo.title-id", Severity.ERROR, null, "The handle's inviteAttributes.titleId is not the request's."),

  // ---- about the report itself
  FINDINGS_TRUNCATED("findings.truncated", Severity.INFO, null, "The body has more findings than the report keeps; the rest are not listed."),
  INTERNAL_ERROR("internal.error", Severity.ERROR, null, "The tool failed on this input; nothing about the input was verified. Please report it.");

  private final String id;
  private final Severity defaultSeverity;
  private final Severity lenientSeverity;
  private final String description;

  Rule(String id, Severity defaultSeverity, Severity lenientSeverity, String description) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.lenientSeverity = lenientSeverity == null ? defaultSeverity : lenientSeverity;
    this.description = description;
  }

  /** The stable id, e.g. {@code context.too-long}. */
  public String id() {
    return id;
  }

  /** The severity in the {@link Profile#STRICT} profile. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** The severity that {@code profile} gives this rule. */
  public Severity severityIn(Profile profile) {
    return profile == Profile.LENIENT ? lenientSeverity : defaultSeverity;
  }

  /** What the rule checks, in English (reports use the localized message instead). */
  public String description() {
    return description;
  }

  /** The rule with {@code id}. */
  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
