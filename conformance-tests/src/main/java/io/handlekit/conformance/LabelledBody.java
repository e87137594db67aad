package io.handlekit.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated request body that breaks exactly one rule of the contract.
 *
 * @param ruleId the id of the rule broken, as {@code io.handlekit.validator.Rule#id()} names it
 * @param pointer the JSON Pointer of the offending value (a missing property: the object lacking it); empty when
 *     the body is not JSON at all
 * @param body the bytes to send (not always UTF-8: some break the encoding on purpose)
 */
public record LabelledBody(String ruleId, Optional<String> pointer, byte[] body) {
  public LabelledBody {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(body, "body");
  }

  /** The body as text, undecodable bytes replaced. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LabelledBody that && ruleId.equals(that.ruleId) && pointer.equals(that.pointer)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, pointer) * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "[" + ruleId + pointer.map(p -> " at \"" + p + "\"").orElse("") + "] " + text();
  }
}
