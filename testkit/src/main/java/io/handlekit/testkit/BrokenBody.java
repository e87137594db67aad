package io.handlekit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * A request body that breaks exactly one rule, and the valid body it was made from.
 *
 * @param ruleId the id of the rule broken, as the validator's {@code Rule.id()} names it
 * @param pointer the JSON Pointer where the rule is reported: the offending value, or for a missing property the
 *     object that lacks it ({@code ""} is the root)
 * @param valid the valid body before the change (its members in the built order)
 * @param broken the body with the change, members in a generated order; a generator hands out trees of their own
 */
public record BrokenBody(String ruleId, String pointer, ObjectNode valid, JsonNode broken) {

  /** {@link #broken()} as compact UTF-8 JSON, lone surrogates escaped (see {@link JsonText}). */
  public byte[] bytes() {
    return JsonText.bytes(broken);
  }

  /** {@link #broken()} as JSON text. */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "[" + ruleId + " at \"" + pointer + "\"] " + text();
  }
}
