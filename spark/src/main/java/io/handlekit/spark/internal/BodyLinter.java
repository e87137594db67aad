package io.handlekit.spark.internal;

import io.handlekit.lint.NdjsonColumn;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns one body into rows of the findings schema. Each body is checked on its own: a failure of the check (a bug,
 * a stack overflow) becomes that body's {@code internal.error} finding, never a failed task, as in
 * {@code handlekit lint}.
 */
final class BodyLinter {
  private static final String BUNDLE = "io.handlekit.validator.messages";

  private final HandlesValidator validator;
  private final boolean lines;

  /**
   * @param lines whether bodies are lines of an NDJSON log, judged as {@code handlekit lint --ndjson} judges them:
   *     read up to the size limit plus one byte, blank lines (spaces and tabs only) skipped, the column counted along
   *     the line
   */
  BodyLinter(HandlesValidator validator, boolean lines) {
    this.validator = validator;
    this.lines = lines;
  }

  /**
   * Whether {@code body} is a body at all: for a log, not a blank line; in a column, every value, a null one
   * included (it is an empty body, {@code input.empty}: a row that was captured without its body is not skipped).
   */
  boolean isBody(Object body) {
    if (body == null) {
      return !lines;
    }
    if (!lines) {
      return true;
    }
    if (body instanceof byte[] bytes) {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t') {
          return true;
        }
      }
      return false;
    }
    return !((String) body).chars().allMatch(c -> c == ' ' || c == '\t');
  }

  /** Adds the findings of {@code body} (bytes or text) to {@code out}. */
  void lint(Object body, String source, long input, List<Row> out) {
    byte[] bytes = body instanceof byte[] b ? b : body == null ? new byte[0] : null;
    if (lines && bytes != null && bytes.length > validator.maxBodyBytes() + 1) {
      // as the command reads a line: one byte past the limit is enough to say that it is too large
      bytes = Arrays.copyOf(bytes, validator.maxBodyBytes() + 1);
    }
    ValidationReport report = check(bytes != null ? bytes : body);
    for (Violation violation : report.violations()) {
      Location location = violation.location().orElse(null);
      Integer line = null;
      Integer column = null;
      Long offset = null;
      if (location != null) {
        offset = location.byteOffset();
        if (lines && bytes != null) {
          line = 1;
          column = NdjsonColumn.of(location, bytes);
        } else {
          line = location.line();
          column = location.column();
        }
      }
      out.add(RowFactory.create(source, input, violation.ruleId(), violation.severity().label(),
          violation.pointer().orElse(null), line, column, offset, violation.message()));
    }
  }

  private ValidationReport check(Object body) {
    try {
      return body instanceof byte[] bytes ? validator.validateRequest(bytes) : validator.validateRequest((String) body);
    } catch (Throwable e) { // StackOverflowError and OutOfMemoryError too: they stay with this body
      return new ValidationReport(List.of(new Violation(Rule.INTERNAL_ERROR, Severity.ERROR, Optional.empty(),
          Optional.empty(), internalErrorMessage(e.getClass().getName(), validator.locale()))));
    }
  }

  private static String internalErrorMessage(String what, Locale locale) {
    // English is the base bundle: a locale without its own falls back to it, not to the JVM's default locale
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(bundle.getString(Rule.INTERNAL_ERROR.id()), locale).format(new Object[] {what});
  }
}
