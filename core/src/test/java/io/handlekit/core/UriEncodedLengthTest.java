package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static io.handlekit.core.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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
    // Code points outside the surrogate range, so every string is encodable: made so, not filtered.
    Gen<String> encodable = Generate.intArrays(integers().between(0, 40),
            Generate.oneOf(integers().between(1, 0xD7FF), integers().between(0xE000, 0x10FFFF)))
        .map(codePoints -> new String(codePoints, 0, codePoints.length));
    qt().forAll(encodable)
        .checkAssert(text -> {
          String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8)
              .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
          assertEquals(encoded.length(), UriEncodedLength.of(text), text);
        });
  }
}
