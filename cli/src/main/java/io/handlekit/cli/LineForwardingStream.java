package io.handlekit.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes in, UTF-8 text out to a writer, a line at a time (a newline byte never falls inside a UTF-8 sequence, so a
 * line always decodes whole). Lets an API that prints to a PrintStream write to a command's PrintWriter.
 */
final class LineForwardingStream extends OutputStream {
  private final PrintWriter writer;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  LineForwardingStream(PrintWriter writer) {
    this.writer = writer;
  }

  @Override
  public synchronized void write(int b) {
    line.write(b);
    if (b == '\n') {
      forward();
    }
  }

  @Override
  public synchronized void flush() {
    forward();
    writer.flush();
  }

  @Override
  public void close() {
    flush();
  }

  private void forward() {
    if (line.size() > 0) {
      writer.write(line.toString(StandardCharsets.UTF_8));
      line.reset();
    }
  }
}
