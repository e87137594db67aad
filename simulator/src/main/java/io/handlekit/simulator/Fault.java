package io.handlekit.simulator;

import io.handlekit.core.ContractHeaders;
import io.handlekit.core.ContractLimits;

/**
 * One deliberate break of the contract each, for testing clients against a misbehaving server and for the
 * conformance suite's catalogue of faulty implementations. A fault changes only the behaviour it names; everything
 * else still follows the contract. Faults that judge bodies do it honestly: they run the real validator and then
 * make the mistake a real implementation would make (drop a rule, count a length wrongly), rather than matching
 * the conformance suite's inputs.
 */
public enum Fault {
  /** Accepts any {@code version} value ("2", {@code "1"}, {@code true}): the {@code /version} violations are dropped. */
  ACCEPT_ANY_VERSION("accepts a body whose version is not the integer 1"),
  /** Accepts a {@code type} outside the enum ({@code "party"}, {@code "Activity"}) and treats it as an activity. */
  ACCEPT_UNKNOWN_TYPE("treats an unknown type (\"party\", \"Activity\") as an activity: 204"),
  /** Accepts a body without {@code sessionRef}, judging it as if a placeholder session had been sent. */
  ACCEPT_MISSING_SESSION_REF("accepts a body without sessionRef (a placeholder session is assumed)"),
  /** Accepts an {@code scid} that is not a GUID ({@code "MockScid"}). */
  ACCEPT_NON_GUID_SCID("accepts an scid that is not a GUID (\"MockScid\")"),
  /** Counts {@code context} in UTF-16 chars instead of its URI-encoded length. */
  CONTEXT_COUNTED_RAW("counts context in raw characters, not URI-encoded: 100 spaces or 100 'é' pass"),
  /** Counts {@code context} form-encoded ({@code URLEncoder}: a space is {@code +}, one character instead of three). */
  CONTEXT_FORM_ENCODED("counts context form-encoded: a space counts 1 ('+') instead of 3 ('%20')"),
  /** Accepts a {@code context} whose URI-encoded length is exactly 257. */
  CONTEXT_OFF_BY_ONE("accepts a context whose URI-encoded length is " + (ContractLimits.MAX_CONTEXT_LENGTH + 1)
      + " (limit checked with > " + (ContractLimits.MAX_CONTEXT_LENGTH + 1) + ")"),
  /** Accepts a {@code titleId} above 4294967295 (a uint32 overflow). */
  ACCEPT_OVERFLOWING_TITLE_ID("accepts a titleId above " + ContractLimits.MAX_TITLE_ID_TEXT),
  /** Accepts an {@code invitedXuid} that is not decimal digits ({@code "abc"}); the empty string is still rejected. */
  ACCEPT_NON_NUMERIC_XUID("accepts a non-numeric invitedXuid (\"abc\"); \"\" is still rejected"),
  /** Accepts an empty {@code invitedXuid} ({@code ""}); other non-numeric values are still rejected. */
  ACCEPT_EMPTY_XUID("accepts an empty invitedXuid (\"\")"),
  /** Answers 500 instead of 400 to a body that is not strict JSON (a trailing comma, a comment). */
  ERROR_500_ON_MALFORMED_JSON("answers 500 to malformed JSON"),
  /** Creates invite handles without an {@code id}. */
  HANDLE_WITHOUT_ID("the invite handle has no id"),
  /** Creates invite handles whose {@code invitedXuid} is not the request's. */
  HANDLE_WRONG_ECHO("the invite handle's invitedXuid is not the request's (off by one)"),
  /** Creates invite handles whose {@code id} is a GUID in braces, not the contract's form. */
  HANDLE_NON_GUID_ID("the invite handle's id is a GUID in braces ({...})"),
  /** Gives every invite handle the same {@code id}. */
  HANDLE_DUPLICATE_IDS("every invite handle has the same id"),
  /** Serves invite handles as {@code text/plain}. */
  HANDLE_WRONG_CONTENT_TYPE("the invite handle is served as text/plain"),
  /** Does not check {@code X-Xbl-Contract-Version} at all: missing, non-integer and low values pass. */
  CONTRACT_HEADER_NOT_CHECKED("ignores " + ContractHeaders.CONTRACT_VERSION + ": missing, non-integer or < "
      + ContractHeaders.MIN_CONTRACT_VERSION + " pass"),
  /** Rejects an otherwise valid body because it has a property the contract does not name. */
  REJECT_UNKNOWN_PROPERTIES("answers 400 to a valid body with an unknown property"),
  /** Rejects an activity whose {@code sessionRef} has no {@code name} (optional for activities). */
  REJECT_ACTIVITY_WITHOUT_NAME("answers 400 to an activity whose sessionRef has no name"),
  /** Answers 500 to a string holding a lone surrogate ({@code "\ud800"}). */
  ERROR_500_ON_LONE_SURROGATE("answers 500 to a string holding a lone surrogate"),
  /** Answers 500 to a body nested deeper than the depth limit. */
  ERROR_500_ON_DEEP_NESTING("answers 500 to a deeply nested body"),
  /** Answers {@code GET /handles} with 200 instead of 405. */
  OK_200_ON_GET("answers GET with 200 instead of 405"),
  /** Accepts any Content-Type (or none) instead of answering 415. */
  ACCEPT_WRONG_CONTENT_TYPE("accepts a Content-Type other than application/json"),
  /** Answers a valid activity with 200 and a JSON body instead of 204 without one (a SHOULD-level fault). */
  ACTIVITY_WITH_BODY("answers a valid activity with 200 and a body instead of 204");

  private final String description;

  Fault(String description) {
    this.description = description;
  }

  /** What the fault does, in one line. */
  public String description() {
    return description;
  }
}
