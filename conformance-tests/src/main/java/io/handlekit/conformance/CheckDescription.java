package io.handlekit.conformance;

import java.util.Objects;

/**
 * One check of the suite: its stable id (what {@code only}/{@code skip} and the reports name), its level and what
 * it asserts.
 */
public record CheckDescription(String id, Level level, String title) {
  public CheckDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(title, "title");
  }
}
