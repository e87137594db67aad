package io.handlekit.lint.internal;

import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.Violation;
import java.util.EnumMap;
import java.util.Map;

/** Counts files, bodies and violations as a lint run goes; one per run, used by the one thread that reports. */
final class Tally {
  private static final Rule[] RULES = Rule.values();

  private long files;
  private long invalidFiles;
  private long bodies;
  private long invalidBodies;
  private long errors;
  private long warnings;
  private long infos;
  private long skippedEntries;
  private final long[] byRule = new long[RULES.length];
  private boolean currentFileInvalid;

  void startFile() {
    files++;
    currentFileInvalid = false;
  }

  void body(boolean valid) {
    bodies++;
    if (!valid) {
      invalidBodies++;
      currentFileInvalid = true;
    }
  }

  /** {@code count} valid bodies at once: a batch with no finding costs one call. */
  void validBodies(long count) {
    bodies += count;
  }

  /** Journal entries that are not requests to {@code POST /handles}: not bodies, so neither valid nor invalid. */
  void skippedEntries(long count) {
    skippedEntries += count;
  }

  void violation(Violation violation) {
    byRule[violation.rule().ordinal()]++;
    switch (violation.severity()) {
      case ERROR -> errors++;
      case WARNING -> warnings++;
      case INFO -> infos++;
    }
  }

  long count(Severity severity) {
    return switch (severity) {
      case ERROR -> errors;
      case WARNING -> warnings;
      case INFO -> infos;
    };
  }

  /** The current file was not read or checked to its end: it is never counted valid. */
  void incomplete() {
    currentFileInvalid = true;
  }

  /** Ends the current file; true when it is valid. */
  boolean endFile() {
    if (currentFileInvalid) {
      invalidFiles++;
    }
    return !currentFileInvalid;
  }

  Summary summary() {
    Map<Rule, Long> counts = new EnumMap<>(Rule.class);
    for (int i = 0; i < byRule.length; i++) {
      if (byRule[i] > 0) {
        counts.put(RULES[i], byRule[i]);
      }
    }
    return new Summary(files, invalidFiles, bodies, invalidBodies, errors, warnings, infos, skippedEntries, counts);
  }
}
