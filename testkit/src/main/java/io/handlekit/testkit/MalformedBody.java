package io.handlekit.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A body that is not one strict JSON object in UTF-8, breaking exactly one rule.
 *
 * @param ruleId the id of the rule broken, as the validator's {@code Rule.id()} names it
 * @param pointer the JSON Pointer where the rule is reported; empty when the body is not JSON at all (reported at a
 *     line and column)
 * @param bytes the bytes (not always UTF-8: some break the encoding on purpose); the receiver may keep them
 */
public record MalformedBody(String ruleId, Optional<String> pointer, byte[] bytes) {
  public MalformedBody {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MalformedBody that && ruleId.equals(that.ruleId) && pointer.equals(that.pointer)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, pointer) * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "[" + ruleId + pointer.map(p -> " at \"" + p + "\"").orElse("") + "] "
        + new String(bytes, StandardCharsets.UTF_8);
  }
}
