package io.handlekit.lint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an NDJSON log in large blocks and splits it, on bytes, into {@link LineBatch}es of consecutive lines: a line
 * ends at {@code \n} (a {@code \r} before it is dropped; a final line needs no {@code \n}); blank lines (spaces and
 * tabs only) are counted but left out. A line is kept up to {@code maxLineBytes}, or {@code maxLongLineBytes} when it
 * starts with {@code longPrefix} (a journal entry, whose escaped body can be several times the body); the rest of a
 * longer line is skipped, which is enough for the validator to report it as too large. Working on bytes keeps
 * invalid UTF-8 for the validator to report, where a character reader would have replaced it.
 *
 * <p>Memory: the block being filled, plus the blocks of the batches not yet reported (each block is one array,
 * shared by the batches over it; a line longer than a block gets a block of its own, at most its cap).
 */
final class NdjsonBatches {
  /** The size of a block read at once; lines are split inside it without copying. */
  static final int BLOCK_BYTES = 1 << 20;
  /** The most lines in a batch: enough to amortize a hand-off between threads many times over. */
  static final int BATCH_LINES = 4096;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] longPrefix;
  private final int maxLongLineBytes;
  private final boolean skipBlank;
  private final int blockBytes;
  private byte[] block;
  private boolean blockShared; // a batch over the current block has been handed out
  private int position; // start of the line being read
  private int searched; // no \n in [position, searched)
  private int limit; // bytes read into the block
  private boolean eof;
  private boolean skipping; // discarding the rest of a line cut at its cap
  private long lineNumber;
  // A read that failed while a batch had lines: the batch is handed out first, the failure on the next call.
  private Throwable failed;

  NdjsonBatches(InputStream in, int maxLineBytes, byte[] longPrefix, int maxLongLineBytes) {
    this(in, maxLineBytes, longPrefix, maxLongLineBytes, true, BLOCK_BYTES);
  }

  /**
   * As above; with {@code skipBlank} false, blank lines are batched too, and blocks are {@code blockBytes} long (for
   * tests that rejoin the input, and that cross block boundaries with small inputs).
   */
  NdjsonBatches(InputStream in, int maxLineBytes, byte[] longPrefix, int maxLongLineBytes, boolean skipBlank,
      int blockBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.longPrefix = longPrefix.clone();
    this.maxLongLineBytes = Math.max(maxLineBytes, maxLongLineBytes);
    this.skipBlank = skipBlank;
    this.blockBytes = blockBytes;
    this.block = new byte[blockBytes];
  }

  /**
   * The next batch, or {@code null} at the end of the stream. When reading fails, the lines read before the failure
   * come first, and the failure is thrown by the call after.
   */
  LineBatch next() throws IOException {
    if (failed != null) {
      Throwable failure = failed;
      failed = null;
      if (failure instanceof IOException io) {
        throw io;
      }
      if (failure instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      throw (Error) failure;
    }
    LineBatch batch = null;
    while (true) {
      if (skipping) {
        int newline = indexOfNewline(position, limit);
        if (newline >= 0) {
          skipping = false;
          position = newline + 1;
          searched = position;
        } else {
          position = limit; // the block holds nothing to keep: read over it
          searched = limit;
          if (!read()) {
            return batch;
          }
          continue;
        }
      }
      int newline = indexOfNewline(searched, limit);
      if (newline >= 0) {
        int length = newline - position;
        if (length > maxLineBytes && length > cap(position, length)) {
          // Cut at the cap, one byte over the body limit: no \r is dropped.
          batch = add(batch, position, cap(position, length), false);
        } else {
          int end = newline > position && block[newline - 1] == '\r' ? newline - 1 : newline;
          batch = add(batch, position, end - position);
        }
        position = newline + 1;
        searched = position;
        if (batch != null && batch.size() == BATCH_LINES) {
          return batch;
        }
        continue;
      }
      searched = limit;
      int length = limit - position;
      int cap = cap(position, length);
      if (length > cap) {
        // Cut at the cap, one byte over the body limit: no \r is dropped, the rest of the line is skipped.
        batch = add(batch, position, cap, false);
        position += cap;
        skipping = true;
        return batch;
      }
      if (eof) {
        if (length > 0) {
          int end = block[limit - 1] == '\r' ? limit - 1 : limit;
          batch = add(batch, position, end - position);
          position = limit;
          searched = limit;
        }
        return batch;
      }
      if (limit == block.length) {
        if (moveToNewBlock(cap) && batch != null) {
          return batch; // the next batch starts on the new block
        }
      }
      boolean more;
      try {
        more = read();
      } catch (IOException | RuntimeException | Error e) {
        if (batch == null) {
          throw e;
        }
        failed = e;
        return batch;
      }
      if (!more) {
        continue; // at the end: the loop ends the last line
      }
    }
  }

  /** Reads more into the block; false at the end of the stream (then {@code eof} is set). */
  private boolean read() throws IOException {
    if (eof) {
      return false;
    }
    if (limit == block.length) {
      moveToNewBlock(maxLongLineBytes);
    }
    int n = in.read(block, limit, block.length - limit);
    if (n <= 0) {
      // read returns 0 only for an empty buffer; treat it, like -1, as the end
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  /**
   * Makes room for the line being read, whose cap is {@code cap}: a fresh block with the line's start copied in
   * when batches hold the current one or the line starts inside it, else the same block grown (a line longer than a
   * block). True when a fresh block was taken.
   */
  private boolean moveToNewBlock(int cap) {
    int length = limit - position;
    if (position == 0 && !blockShared) {
      // The line fills the block and no batch holds it: grow it, up to the cap (the last byte read decides a cut).
      block = Arrays.copyOf(block, (int) Math.min((long) cap + 1, Math.max(blockBytes, 2L * block.length)));
      return false;
    }
    byte[] fresh = new byte[length >= blockBytes / 2 ? (int) Math.max(length + 1, Math.min((long) cap + 1, 2L * length))
        : blockBytes];
    System.arraycopy(block, position, fresh, 0, length);
    block = fresh;
    blockShared = false;
    limit = length;
    searched = length;
    position = 0;
    return true;
  }

  private int cap(int start, int length) {
    // The cap depends on how the line starts; a line shorter than the prefix may still become one.
    int known = Math.min(length, longPrefix.length);
    if (longPrefix.length > 0 && Arrays.equals(block, start, start + known, longPrefix, 0, known)) {
      return maxLongLineBytes;
    }
    return maxLineBytes;
  }

  private LineBatch add(LineBatch batch, int start, int length) {
    return add(batch, start, length, skipBlank);
  }

  private LineBatch add(LineBatch batch, int start, int length, boolean skipIfBlank) {
    long number = ++lineNumber;
    if (skipIfBlank && isBlank(start, length)) {
      return batch;
    }
    if (batch == null) {
      batch = new LineBatch(block, blockShared ? 0 : block.length, 64);
      blockShared = true;
    }
    batch.add(start, length, number);
    return batch;
  }

  private boolean isBlank(int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (block[i] != ' ' && block[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private int indexOfNewline(int from, int to) {
    byte[] bytes = block;
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
