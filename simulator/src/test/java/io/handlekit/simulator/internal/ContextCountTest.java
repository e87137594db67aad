package io.handlekit.simulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContextCountTest {
  @Test
  void theContractCountsPercentEncodedUtf8Bytes() {
    assertEquals(256, ContextCount.URI_ENCODED.length("a".repeat(256)));
    assertEquals(3, ContextCount.URI_ENCODED.length(" "));
    assertEquals(6, ContextCount.URI_ENCODED.length("é"));
    assertEquals(9, ContextCount.URI_ENCODED.length("한"));
    assertEquals(12, ContextCount.URI_ENCODED.length("😀"));
    assertEquals(4, ContextCount.URI_ENCODED.length("-._~"));
    assertEquals(3, ContextCount.URI_ENCODED.length("*"));
  }

  // Drops what UTF-8 cannot encode (lone surrogates), keeping every other code point, astral ones included.
  private static String encodable(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  @Test
  void theWrongCountsUndercount() {
    assertEquals(1, ContextCount.FORM_ENCODED.length(" "));
    assertEquals(1, ContextCount.RAW.length("é"));
    assertEquals(2, ContextCount.RAW.length("😀"));
  }

  @Test
  void theContractCountAgreesWithAFixedUpFormEncoder() {
    // URLEncoder differs from RFC 3986 unreserved-only encoding in exactly three places; undone, the lengths agree.
    qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 60).map(ContextCountTest::encodable))
        .checkAssert(s -> assertEquals(
            URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~")
                .length(),
            ContextCount.URI_ENCODED.length(s)));
  }
}
