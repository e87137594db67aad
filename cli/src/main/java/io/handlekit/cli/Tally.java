package io.handlekit.cli;

import io.handlekit.validator.Severity;

/** Counts files, bodies and violations as a lint run goes; one per run, not shared between threads. */
final class Tally {
  private long files;
  private long invalidFiles;
  private long bodies;
  private long invalidBodies;
  private long errors;
  private long warnings;
  private long infos;
  private long skippedEntries;
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

  /** A journal entry that is not a request to {@code POST /handles}: not a body, so neither valid nor invalid. */
  void skippedEntry() {
    skippedEntries++;
  }

  void violation(Severity severity) {
    switch (severity) {
      case ERROR -> errors++;
      case WARNING -> warnings++;
      case INFO -> infos++;
    }
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
    return new Summary(files, invalidFiles, bodies, invalidBodies, errors, warnings, infos, skippedEntries);
  }
}
