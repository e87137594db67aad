package io.handlekit.lint.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte-level line splitter behind --ndjson. */
class NdjsonLinesTest {
  private static List<NdjsonLines.Line> split(byte[] bytes, int max) {
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(bytes), max);
    List<NdjsonLines.Line> all = new ArrayList<>();
    try {
      for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        all.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void splitsAtNewlinesAndDropsTheCarriageReturnOfCrlf() {
    List<NdjsonLines.Line> lines = split(utf8("a\r\n\nb\rc\n한\n"), 100);

    assertEquals(4, lines.size());
    assertArrayEquals(utf8("a"), lines.get(0).bytes());
    assertArrayEquals(utf8(""), lines.get(1).bytes());
    assertArrayEquals(utf8("b\rc"), lines.get(2).bytes(), "a bare CR is not a line break");
    assertArrayEquals(utf8("한"), lines.get(3).bytes());
    assertEquals(4, lines.get(3).number());
    assertEquals(8, lines.get(3).offset());
  }

  /** Lines with a longer cap for those starting with {@code J:}, read from a stream that gives {@code chunk} bytes a read. */
  private static List<NdjsonLines.Line> splitWithPrefix(byte[] bytes, int max, int longMax, int chunk) {
    ByteArrayInputStream whole = new ByteArrayInputStream(bytes);
    java.io.InputStream trickle = new java.io.InputStream() {
      @Override
      public int read() {
        return whole.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return whole.read(b, off, Math.min(len, chunk));
      }
    };
    NdjsonLines lines = new NdjsonLines(trickle, max, utf8("J:"), longMax);
    List<NdjsonLines.Line> all = new ArrayList<>();
    try {
      for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
        all.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  @Test
  void aLineWithTheLongPrefixMayBeLongerThanAPlainOne() {
    // Read whole, and a byte at a time (the prefix then arrives in pieces).
    for (int chunk : new int[] {1 << 16, 1, 3}) {
      List<NdjsonLines.Line> lines = splitWithPrefix(utf8("J:0123456789\nx0123456789\nJ:01234567890123456789\nJ\n"),
          6, 12, chunk);

      assertEquals(4, lines.size(), "chunk " + chunk);
      assertArrayEquals(utf8("J:0123456789"), lines.get(0).bytes(), "within the long cap: whole");
      assertArrayEquals(utf8("x01234"), lines.get(1).bytes(), "a plain line: cut at the plain cap");
      assertArrayEquals(utf8("J:0123456789"), lines.get(2).bytes(), "beyond the long cap: cut at it");
      assertArrayEquals(utf8("J"), lines.get(3).bytes(), "shorter than the prefix");
      assertEquals(4, lines.get(3).number());
    }
  }

  @Test
  void emptyInputHasNoLineAndAFinalLineNeedsNoNewline() {
    assertEquals(List.of(), split(new byte[0], 10));
    List<NdjsonLines.Line> lines = split(utf8("x\ny"), 10);
    assertEquals(2, lines.size());
    assertArrayEquals(utf8("y"), lines.get(1).bytes());
  }

  @Test
  void aLongLineIsCutAtTheLimitWithoutLosingTheNextOne() {
    List<NdjsonLines.Line> lines = split(utf8("0123456789\r\nab\n"), 4);

    assertArrayEquals(utf8("0123"), lines.get(0).bytes());
    assertArrayEquals(utf8("ab"), lines.get(1).bytes());
    assertEquals(2, lines.get(1).number());
    assertEquals(12, lines.get(1).offset());
  }

  @Test
  void blankMeansOnlySpacesAndTabs() {
    List<NdjsonLines.Line> lines = split(utf8(" \t\n\n x\n"), 10);

    assertEquals(List.of(true, true, false), lines.stream().map(NdjsonLines.Line::isBlank).toList());
  }

  @Test
  void linesRejoinedAreTheInput() {
    // Long lines cross the 64 KiB read buffer; bytes are drawn from a small alphabet rich in '\n'.
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 300), integers().between(1, 70_000))
        .checkAssert((alphabet, stretch) -> {
          ByteArrayOutputStream input = new ByteArrayOutputStream();
          for (int symbol : alphabet) {
            switch (symbol) {
              case 0 -> input.write('\n');
              case 1 -> input.writeBytes(new byte[symbol * stretch % 1000 + 1]);
              case 2 -> input.writeBytes("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
              case 3 -> input.writeBytes(new byte[stretch]);
              default -> input.write(0xED);
            }
          }
          byte[] bytes = input.toByteArray();
          List<NdjsonLines.Line> lines = split(bytes, Integer.MAX_VALUE - 8);
          ByteArrayOutputStream rejoined = new ByteArrayOutputStream();
          for (int i = 0; i < lines.size(); i++) {
            NdjsonLines.Line line = lines.get(i);
            assertEquals(i + 1, line.number());
            assertEquals(rejoined.size(), line.offset());
            rejoined.writeBytes(line.bytes());
            if (rejoined.size() < bytes.length) {
              rejoined.write('\n');
            }
          }
          assertArrayEquals(bytes, rejoined.toByteArray());
        });
  }

  @Test
  void theEndIsSticky() throws IOException {
    NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(utf8("a")), 10);
    lines.next();
    assertNull(lines.next());
    assertNull(lines.next());
  }
}
