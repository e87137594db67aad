package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  /** Java's form encoder differs from RFC 3986 only in '+' for a space and in leaving '*' literal and encoding '~'. */
  @Test
  void agreesWithAnIndependentEncoder() {
    qt().forAll(strings().betweenCodePoints(1, 0x10FFFF).ofLengthBetween(0, 40)
            .assuming(s -> UriEncodedLength.of(s) != UriEncodedLength.UNENCODABLE))
        .checkAssert(text -> {
          String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8)
              .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
          assertEquals(encoded.length(), UriEncodedLength.of(text), text);
        });
  }
}
