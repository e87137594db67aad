package io.handlekit.cli;

import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Location;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lints inputs one after the other and hands every finding to a reporter as soon as it is found. A file is read
 * up to the validator's size limit; an NDJSON log line by line, so memory stays flat whatever its size. With more
 * than one job, the lines of a log are validated in batches on that many threads (the validator is thread-safe)
 * and reported in line order; at most two batches per thread are in flight.
 */
final class LintRun {
  /** Exit codes of {@code handlekit lint}. */
  static final int VALID = 0;
  static final int INVALID = 1;
  static final int USAGE_OR_IO = 2;

  // A batch is this many lines or this many bytes, whichever comes first: large enough to amortize the hand-off
  // between threads, small enough to bound memory (a line is at most the body limit plus one byte).
  private static final int BATCH_LINES = 256;
  private static final int BATCH_BYTES = 1 << 20;

  private final HandlesValidator validator;
  private final boolean ndjson;
  private final int jobs;
  private final Reporter reporter;
  private final PrintWriter err;
  private final InputStream stdin;
  private final Tally tally = new Tally();
  private boolean ioProblem;

  LintRun(HandlesValidator validator, boolean ndjson, int jobs, Reporter reporter, PrintWriter err, InputStream stdin) {
    this.validator = validator;
    this.ndjson = ndjson;
    this.jobs = jobs;
    this.reporter = reporter;
    this.err = err;
    this.stdin = stdin;
  }

  /** Lints every input, finishes the report and returns the exit code. */
  int run(List<LintInput> inputs) throws IOException {
    ExecutorService pool = ndjson && jobs > 1 ? Executors.newFixedThreadPool(jobs, LintRun::daemon) : null;
    try {
      for (LintInput input : inputs) {
        lint(input, pool);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    Summary summary = tally.summary();
    reporter.finish(summary);
    if (ioProblem) {
      return USAGE_OR_IO; // the run did not see everything it was asked to, so its verdict is not one
    }
    return summary.errors() > 0 ? INVALID : VALID;
  }

  // Daemon threads: a pool left behind by a failure never keeps the JVM alive.
  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "handlekit-lint");
    thread.setDaemon(true);
    return thread;
  }

  private void lint(LintInput input, ExecutorService pool) throws IOException {
    InputStream in;
    try {
      in = input instanceof LintInput.File file ? Files.newInputStream(file.path()) : stdin;
    } catch (IOException e) {
      problem(input, "cannot read: " + IoErrors.describe(e));
      return;
    }
    tally.startFile();
    reporter.startFile(input);
    try {
      if (ndjson && pool != null) {
        lintLinesInParallel(input, in, pool);
      } else if (ndjson) {
        lintLines(input, in);
      } else {
        lintBody(input, in);
      }
    } catch (IOException e) {
      problem(input, "reading failed: " + IoErrors.describe(e));
    } finally {
      if (in != stdin) {
        in.close();
      }
    }
    reporter.endFile(input, tally.endFile());
  }

  private void lintBody(LintInput input, InputStream in) throws IOException {
    ValidationReport report = validator.validateRequest(in);
    tally.body(report.isValid());
    for (Violation violation : report.violations()) {
      Location location = violation.location().orElse(null);
      report(input, location == null ? new Finding(violation, 0, 0)
          : new Finding(violation, location.line(), location.column()));
    }
  }

  private void lintLines(LintInput input, InputStream in) throws IOException {
    // One byte over the limit is enough for the validator to say that a line is too large.
    NdjsonLines lines = new NdjsonLines(in, validator.maxBodyBytes() + 1);
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      ValidationReport report = validator.validateRequest(line.bytes());
      tally.body(report.isValid());
      for (Violation violation : report.violations()) {
        report(input, new Finding(violation, line.number(), columnWithin(violation, line.bytes())));
      }
    }
  }

  /** A line and what the validator found in it. */
  private record Checked(NdjsonLines.Line line, ValidationReport report) {}

  private void lintLinesInParallel(LintInput input, InputStream in, ExecutorService pool) throws IOException {
    NdjsonLines lines = new NdjsonLines(in, validator.maxBodyBytes() + 1);
    Deque<Future<List<Checked>>> pending = new ArrayDeque<>();
    List<NdjsonLines.Line> batch = new ArrayList<>(BATCH_LINES);
    long batchBytes = 0;
    for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.isBlank()) {
        continue;
      }
      batch.add(line);
      batchBytes += line.bytes().length;
      if (batch.size() == BATCH_LINES || batchBytes >= BATCH_BYTES) {
        pending.add(submit(pool, batch));
        batch = new ArrayList<>(BATCH_LINES);
        batchBytes = 0;
        if (pending.size() >= 2 * jobs) {
          reportBatch(input, pending.poll());
        }
      }
    }
    if (!batch.isEmpty()) {
      pending.add(submit(pool, batch));
    }
    while (!pending.isEmpty()) {
      reportBatch(input, pending.poll());
    }
  }

  private Future<List<Checked>> submit(ExecutorService pool, List<NdjsonLines.Line> batch) {
    return pool.submit(() -> {
      List<Checked> checked = new ArrayList<>(batch.size());
      for (NdjsonLines.Line line : batch) {
        checked.add(new Checked(line, validator.validateRequest(line.bytes())));
      }
      return checked;
    });
  }

  private void reportBatch(LintInput input, Future<List<Checked>> batch) throws IOException {
    List<Checked> checked;
    try {
      checked = batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while linting " + input.displayName());
    } catch (ExecutionException e) {
      // The validator does not throw on any input; if it ever does, that is a bug to report, not a lint result.
      throw new IllegalStateException("the validator failed: " + e.getCause(), e.getCause());
    }
    for (Checked one : checked) {
      tally.body(one.report().isValid());
      for (Violation violation : one.report().violations()) {
        report(input, new Finding(violation, one.line().number(), columnWithin(violation, one.line().bytes())));
      }
    }
  }

  /**
   * The column of a violation within its NDJSON line. The validator counts lines at a bare {@code \r} too; such a
   * line is still one body here, so the column then comes from the byte offset, counted in code points.
   */
  static int columnWithin(Violation violation, byte[] line) {
    Location location = violation.location().orElse(null);
    if (location == null) {
      return 0;
    }
    if (location.line() == 1) {
      return location.column();
    }
    long end = Math.min(location.offset(), line.length);
    int column = 1;
    for (int i = 0; i < end; i++) {
      if ((line[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  private void report(LintInput input, Finding finding) throws IOException {
    tally.violation(finding.violation().severity());
    reporter.finding(input, finding);
  }

  private void problem(LintInput input, String what) {
    ioProblem = true;
    err.println("handlekit lint: " + input.displayName() + ": " + what);
    err.flush();
  }
}
