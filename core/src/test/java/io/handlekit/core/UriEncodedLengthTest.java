package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UriEncodedLengthTest {

  @Test
  void eachCharacterClassCountsItsEncodedBytes() {
    assertEquals(4, UriEncodedLength.of("aZ9~"));
    assertEquals(3, UriEncodedLength.of(" "));
    assertEquals(6, UriEncodedLength.of("é"));
    assertEquals(9, UriEncodedLength.of("한"));
    assertEquals(12, UriEncodedLength.of("😀"));
    assertEquals(UriEncodedLength.UNENCODABLE, UriEncodedLength.of("a\uD800"));
    assertEquals(UriEncodedLength.UNENCODABLE, UriEncodedLength.of("\uDC00a"));
  }
}
