package io.handlekit.conformance;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A generated request body that the contract accepts.
 *
 * @param type {@code activity} or {@code invite}
 * @param body the UTF-8 JSON text
 */
public record ValidBody(String type, byte[] body) {
  public ValidBody {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(body, "body");
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidBody that && type.equals(that.type) && java.util.Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + java.util.Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return type + " " + text();
  }
}
