package io.handlekit.simulator.internal;

import io.handlekit.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code text/plain} body of a 400: one error per line, {@code <rule id> <where> <message>}, where {@code where}
 * is the JSON Pointer in double quotes ({@code ""} is the whole body), or {@code line:column} for text that is not
 * JSON, or {@code -} for a header.
 */
final class ErrorText {
  private ErrorText() {}

  static byte[] of(List<Violation> errors) {
    StringBuilder text = new StringBuilder();
    for (Violation error : errors) {
      text.append(error.ruleId()).append(' ').append(where(error)).append(' ')
          .append(error.message().replace('\n', ' ').replace('\r', ' ')).append('\n');
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String where(Violation error) {
    if (error.pointer().isPresent()) {
      return "\"" + error.pointer().get().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
    return error.location().map(at -> at.line() + ":" + at.column()).orElse("-");
  }
}
