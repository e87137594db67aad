package io.handlekit.schema;

/**
 * A JSON number kept as written, so that a bound such as {@code 4294967295} is copied into the OpenAPI document
 * exactly, never through a {@code double}.
 */
record JsonNumber(String literal) {}
