package io.handlekit.maven;

import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.logging.Log;

/**
 * The lint library's text report, written into the build log line by line: a finding at the level of its
 * severity ({@code [ERROR]}, {@code [WARNING]}, {@code [INFO]}), as the compiler's are, so that CI logs show them
 * and IDEs link their {@code file:line:col}. The level is read from the line's documented shape,
 * {@code path:line:col: severity [rule.id] message}; any other line (the summary) is information.
 */
final class LogLines extends Writer {
  // The location is the path with an optional line and column; the first severity word before "[rule.id]" is the
  // finding's (a message quoting the same words comes after it).
  private static final Pattern FINDING = Pattern.compile("^.*?(?::\\d+){0,2}: (error|warning|info) \\[[^\\]\\s]+\\] ");

  private final Log log;
  private final StringBuilder line = new StringBuilder();

  LogLines(Log log) {
    this.log = log;
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = buffer[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  private void emit() {
    String text = line.toString();
    line.setLength(0);
    Matcher finding = FINDING.matcher(text);
    String level = finding.find() ? finding.group(1) : "info";
    switch (level) {
      case "error" -> log.error(text);
      case "warning" -> log.warn(text);
      default -> log.info(text);
    }
  }

  /** Nothing is held back but a line not yet ended, which waits for its end or {@link #close()}. */
  @Override
  public void flush() {}

  @Override
  public void close() {
    if (!line.isEmpty()) {
      emit();
    }
  }
}
