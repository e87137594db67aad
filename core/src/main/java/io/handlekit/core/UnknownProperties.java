package io.handlekit.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The properties of a JSON object that the contract does not name, kept in their order so that they
 * round-trip: a server ignores them, a linter warns about them, and neither loses them.
 * Values are deep copies, so an instance is immutable.
 */
public record UnknownProperties(Map<String, JsonNode> values) {
  private static final UnknownProperties NONE = new UnknownProperties(Map.of());

  public UnknownProperties {
    Objects.requireNonNull(values, "values");
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    values.forEach((name, value) -> copy.put(Objects.requireNonNull(name), value.deepCopy()));
    values = Collections.unmodifiableMap(copy);
  }

  /** No unknown properties. */
  public static UnknownProperties none() {
    return NONE;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The value of {@code name}, or {@code null}; a deep copy, since JSON trees are mutable. */
  public @Nullable JsonNode get(String name) {
    JsonNode value = values.get(name);
    return value == null ? null : value.deepCopy();
  }
}
