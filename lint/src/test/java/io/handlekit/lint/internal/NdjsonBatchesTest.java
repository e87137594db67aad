package io.handlekit.lint.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Splitting a log into batches of lines, in blocks: line breaks, caps, blank lines, and blocks of any size. */
class NdjsonBatchesTest {
  /** One line as a batch holds it: its number and its bytes. */
  record Line(long number, byte[] bytes) {}

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A stream that gives at most {@code chunk} bytes a read. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    ByteArrayInputStream whole = new ByteArrayInputStream(bytes);
    return new InputStream() {
      @Override
      public int read() {
        return whole.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return whole.read(b, off, Math.min(len, chunk));
      }
    };
  }

  private static List<Line> lines(NdjsonBatches batches) {
    List<Line> all = new ArrayList<>();
    try {
      for (LineBatch batch = batches.next(); batch != null; batch = batches.next()) {
        assertTrue(batch.size() > 0 && batch.size() <= NdjsonBatches.BATCH_LINES, "batch of " + batch.size());
        for (int i = 0; i < batch.size(); i++) {
          all.add(new Line(batch.number(i), batch.copy(i)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  /** Every line, blank ones included, with blocks of {@code block} bytes and reads of at most {@code chunk}. */
  private static List<Line> split(byte[] bytes, int max, int block, int chunk) {
    return lines(new NdjsonBatches(trickle(bytes, chunk), max, new byte[0], max, false, block));
  }

  private static List<Line> split(byte[] bytes, int max) {
    return split(bytes, max, NdjsonBatches.BLOCK_BYTES, 1 << 16);
  }

  @Test
  void splitsAtNewlinesAndDropsTheCarriageReturnOfCrlf() {
    for (int block : new int[] {NdjsonBatches.BLOCK_BYTES, 1, 2, 3, 5}) {
      List<Line> lines = split(utf8("a\r\n\nb\rc\n한\n"), 100, block, 1 << 16);

      assertEquals(4, lines.size(), "block " + block);
      assertArrayEquals(utf8("a"), lines.get(0).bytes());
      assertArrayEquals(utf8(""), lines.get(1).bytes());
      assertArrayEquals(utf8("b\rc"), lines.get(2).bytes(), "a bare CR is not a line break");
      assertArrayEquals(utf8("한"), lines.get(3).bytes());
      assertEquals(4, lines.get(3).number());
    }
  }

  @Test
  void aLineWithTheLongPrefixMayBeLongerThanAPlainOne() {
    // Read whole, and a byte at a time (the prefix then arrives in pieces); in large and in tiny blocks.
    for (int chunk : new int[] {1 << 16, 1, 3}) {
      for (int block : new int[] {NdjsonBatches.BLOCK_BYTES, 4, 7}) {
        NdjsonBatches batches = new NdjsonBatches(trickle(utf8("J:0123456789\nx0123456789\nJ:01234567890123456789\nJ\n"),
            chunk), 6, utf8("J:"), 12, true, block);
        List<Line> lines = lines(batches);

        String where = "chunk " + chunk + ", block " + block;
        assertEquals(4, lines.size(), where);
        assertArrayEquals(utf8("J:0123456789"), lines.get(0).bytes(), "within the long cap: whole; " + where);
        assertArrayEquals(utf8("x01234"), lines.get(1).bytes(), "a plain line: cut at the plain cap; " + where);
        assertArrayEquals(utf8("J:0123456789"), lines.get(2).bytes(), "beyond the long cap: cut at it; " + where);
        assertArrayEquals(utf8("J"), lines.get(3).bytes(), "shorter than the prefix; " + where);
        assertEquals(4, lines.get(3).number());
      }
    }
  }

  @Test
  void emptyInputHasNoLineAndAFinalLineNeedsNoNewline() {
    assertEquals(List.of(), split(new byte[0], 10));
    List<Line> lines = split(utf8("x\ny\r"), 10);
    assertEquals(2, lines.size());
    assertArrayEquals(utf8("y"), lines.get(1).bytes());
  }

  @Test
  void aLongLineIsCutAtTheLimitWithoutLosingTheNextOne() {
    for (int block : new int[] {NdjsonBatches.BLOCK_BYTES, 1, 3, 6}) {
      List<Line> lines = split(utf8("0123456789\r\nab\n0123\r\n012\r\n"), 4, block, 1 << 16);

      assertArrayEquals(utf8("0123"), lines.get(0).bytes(), "block " + block);
      assertArrayEquals(utf8("ab"), lines.get(1).bytes());
      assertEquals(2, lines.get(1).number());
      assertArrayEquals(utf8("0123"), lines.get(2).bytes(), "five bytes with the \\r: cut, the \\r not dropped");
      assertArrayEquals(utf8("012"), lines.get(3).bytes(), "four with the \\r: whole, the \\r dropped");
      assertEquals(4, lines.size());
    }
  }

  @Test
  void blankLinesAreCountedButNotBatched() {
    NdjsonBatches batches = new NdjsonBatches(new ByteArrayInputStream(utf8(" \t\n\n x\n\t\n{}")), 10, new byte[0], 10);
    List<Line> lines = lines(batches);

    assertEquals(2, lines.size());
    assertEquals(3, lines.get(0).number());
    assertArrayEquals(utf8(" x"), lines.get(0).bytes());
    assertEquals(5, lines.get(1).number());
  }

  @Test
  void aBatchHoldsAtMostItsLinesAndEachBlockIsCountedOnce() throws IOException {
    int count = NdjsonBatches.BATCH_LINES * 2 + 3;
    byte[] log = utf8("{}\n".repeat(count));
    NdjsonBatches batches = new NdjsonBatches(new ByteArrayInputStream(log), 10, new byte[0], 10);
    Map<byte[], Long> counted = new IdentityHashMap<>();
    long lines = 0;
    for (LineBatch batch = batches.next(); batch != null; batch = batches.next()) {
      lines += batch.size();
      if (batch.retainedBytes() > 0) {
        assertNull(counted.put(batch.data(), batch.retainedBytes()), "a block is counted by its first batch only");
        assertEquals(batch.data().length, batch.retainedBytes());
      } else {
        assertTrue(counted.containsKey(batch.data()), "a later batch over a block counted before");
      }
    }
    assertEquals(count, lines);
  }

  @Test
  void linesRejoinedAreTheInput() {
    // Long lines cross blocks and reads; bytes are drawn from a small alphabet rich in '\n'; blocks from 1 byte up.
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 300), integers().between(1, 5_000),
            integers().between(1, 70_000))
        .checkAssert((alphabet, block, stretch) -> {
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
          List<Line> lines = split(bytes, Integer.MAX_VALUE - 8, block, 1 + stretch % 9000);
          ByteArrayOutputStream rejoined = new ByteArrayOutputStream();
          for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            assertEquals(i + 1, line.number());
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
    NdjsonBatches batches = new NdjsonBatches(new ByteArrayInputStream(utf8("a")), 10, new byte[0], 10);
    batches.next();
    assertNull(batches.next());
    assertNull(batches.next());
  }
}
