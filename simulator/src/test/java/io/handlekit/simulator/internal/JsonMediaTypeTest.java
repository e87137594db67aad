package io.handlekit.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonMediaTypeTest {
  @ParameterizedTest
  @ValueSource(strings = {"application/json", "APPLICATION/JSON", " application/json ", "application/json;",
      "application/json; charset=utf-8", "application/json;CHARSET=UTF-8", "application/json; charset=\"utf-8\""})
  void jsonIsJson(String contentType) {
    assertTrue(JsonMediaType.isJson(contentType));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "text/plain", "application/jsonx", "application/problem+json", "application/json; charset=utf-16",
      "application/json; charset=latin1", "application/json; q=1", "application/json; charset", "application / json"})
  void otherTypesAreNot(String contentType) {
    assertFalse(JsonMediaType.isJson(contentType));
  }

  @org.junit.jupiter.api.Test
  void noContentTypeIsNotJson() {
    assertFalse(JsonMediaType.isJson(null));
  }
}
