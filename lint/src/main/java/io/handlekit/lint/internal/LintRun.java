package io.handlekit.lint.internal;

import io.handlekit.core.json.JournalEntry;
import io.handlekit.core.text.IoErrorText;
import io.handlekit.lint.NdjsonColumn;
import io.handlekit.lint.UnreadableInput;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Location;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lints inputs one after the other and hands every finding to a reporter as soon as it is found. A file is read
 * up to the validator's size limit; an NDJSON log in blocks, split into batches of lines ({@link NdjsonBatches}), so
 * memory stays flat whatever its size. With one job, a batch is read, checked and reported on the calling thread;
 * with more, batches are checked on that many threads (the validator is thread-safe) while the calling thread reads
 * and writes the report, in line order; what may be in flight is bounded by an {@link InFlightWindow}, whatever the
 * number of jobs. A line without findings leaves a count, nothing else.
 *
 * <p>A line of a log that starts like an entry of the simulator's journal ({@link JournalEntry}) is read as one: a
 * request to {@code POST /handles} is judged on its {@code X-Xbl-Contract-Version} header and its body, any other
 * entry is skipped (counted, not a finding). Every other line is a body.
 *
 * <p>Each file, and each line of a log, is checked on its own: when checking one fails (an exception, or an error
 * such as a stack overflow), that input gets an {@code internal.error} finding at its place and the run goes on;
 * the run is then incomplete ({@link Outcome#internalErrors}), because it did not check everything it was given.
 * Nothing here does process work: what the outcome means for an exit code is the caller's to say.
 */
public final class LintRun {
  /**
   * What a run found: the totals, the inputs it could not read, how many inputs got an {@code internal.error}, and,
   * for a run that stopped early, what stopped it (empty otherwise).
   */
  public record Outcome(Summary summary, List<UnreadableInput> unreadable, long internalErrors, Optional<String> failure) {
    public Outcome {
      unreadable = List.copyOf(unreadable);
    }
  }

  /** The most lines in a batch of a log (a batch is also at most one block of {@link NdjsonBatches#BLOCK_BYTES}). */
  public static final int BATCH_LINES = NdjsonBatches.BATCH_LINES;

  private final HandlesValidator validator;
  private final BodyCheck check;
  private final boolean ndjson;
  private final int jobs;
  private final Reporter reporter;
  private final InputStream stdin;
  private final LintMessages messages;
  private final Tally tally = new Tally();
  private final InFlightWindow window;
  private final List<UnreadableInput> unreadable = new ArrayList<>();
  private long internalErrors;
  private LintInput open; // the input whose report is started and not ended
  // Called when the window is full and the reader is about to wait for the oldest batch; a seam for tests.
  private Runnable beforeWaiting = () -> {};

  public LintRun(HandlesValidator validator, BodyCheck check, boolean ndjson, int jobs, Reporter reporter,
      InputStream stdin) {
    this.validator = validator;
    this.check = check;
    this.ndjson = ndjson;
    this.jobs = jobs;
    this.reporter = reporter;
    this.stdin = stdin;
    this.messages = new LintMessages(validator.locale());
    this.window = new InFlightWindow(jobs);
  }

  /**
   * The bound on the bytes of blocks in flight, for lines of at most {@code maxLineBytes} (a journal line may be
   * {@link JournalLine#maxLineBytes} long). Each block is counted once, by the first batch over it.
   */
  public static long maxInFlightBytes(int maxLineBytes) {
    // No batch starts once MAX_BYTES are in flight; the last one may bring a whole block, at most a line's cap.
    return InFlightWindow.MAX_BYTES + Math.max(NdjsonBatches.BLOCK_BYTES, maxLineBytes + 1L);
  }

  /** The bound on the lines in flight. */
  public static long maxInFlightLines() {
    return (long) InFlightWindow.MAX_BATCHES * BATCH_LINES;
  }

  public LintRun beforeWaiting(Runnable hook) {
    this.beforeWaiting = hook;
    return this;
  }

  public InFlightWindow window() {
    return window;
  }

  /**
   * Lints every input and finishes the report; {@code unreadableBefore} are the inputs that were given but could not
   * be found or listed (they go into the report and the outcome).
   *
   * @throws IOException only when writing the report fails
   */
  public Outcome run(List<LintInput> inputs, List<UnreadableInput> unreadableBefore) throws IOException {
    unreadable.addAll(unreadableBefore);
    boolean anyLog = ndjson || inputs.stream().anyMatch(LintRun::isLog);
    ExecutorService pool = anyLog && jobs > 1 ? Executors.newFixedThreadPool(jobs, LintRun::daemon) : null;
    Throwable fatal = null;
    try {
      for (LintInput input : inputs) {
        lint(input, pool);
      }
    } catch (IOException e) {
      throw e; // the report cannot be written: nothing more to say on it
    } catch (Throwable e) { // the last line of defence, so that the report is still closed
      fatal = e;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (fatal != null) {
      return abort(fatal);
    }
    Outcome outcome = new Outcome(tally.summary(), unreadable, internalErrors, Optional.empty());
    reporter.finish(outcome);
    return outcome;
  }

  // A failure outside the checking of one input (out of memory while reading, say): the report closed as far as it
  // can be, so that a JSON or SARIF reader gets a whole document, and the outcome says the run stopped.
  private Outcome abort(Throwable fatal) {
    String failure = "internal error: " + fatal.getClass().getName()
        + (open == null ? "" : " while linting " + open.displayName())
        + "; the run stopped and its report is incomplete";
    try {
      if (open != null) {
        tally.incomplete();
        reporter.endFile(open, tally.endFile());
      }
    } catch (Throwable ignored) {
      // the writer itself failed midway; the outcome still says the run is incomplete
    }
    Outcome outcome = new Outcome(tally.summary(), unreadable, internalErrors, Optional.of(failure));
    try {
      reporter.finish(outcome);
    } catch (Throwable ignored) {
      // as above
    }
    return outcome;
  }

  /** Whether {@code input} is an NDJSON log given as such, whatever the run's mode. */
  public static boolean isLog(LintInput input) {
    return input instanceof LintInput.File file && file.log();
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
      problem(input, "cannot read: " + IoErrorText.describe(e));
      return;
    }
    tally.startFile();
    reporter.startFile(input);
    open = input;
    try {
      boolean lines = ndjson || isLog(input);
      if (lines && pool != null) {
        lintLogInParallel(input, in, pool);
      } else if (lines) {
        lintLog(input, in);
      } else {
        lintBody(input, in);
      }
    } catch (IOException e) {
      tally.incomplete();
      problem(input, "reading failed: " + IoErrorText.describe(e));
    } finally {
      if (in != stdin) {
        in.close();
      }
    }
    open = null;
    reporter.endFile(input, tally.endFile());
  }

  /** Checks one body; a failure of the check becomes the body's report instead of ending the run. */
  private ValidationReport checked(byte[] body) {
    try {
      return check.check(body);
    } catch (Throwable e) { // StackOverflowError and OutOfMemoryError too: they stay with this body
      return new ValidationReport(List.of(InternalErrorViolation.of(e, messages)));
    }
  }

  private void lintBody(LintInput input, InputStream in) throws IOException {
    // One byte over the limit is enough for the validator to say that the body is too large.
    ValidationReport report = checked(in.readNBytes(validator.maxBodyBytes() + 1));
    tally.body(report.isValid());
    for (Violation violation : report.violations()) {
      Location location = violation.location().orElse(null);
      report(input, location == null ? new Finding(violation, 0, 0)
          : new Finding(violation, location.line(), location.column()));
    }
  }

  private NdjsonBatches batches(InputStream in) {
    // A plain line is read up to the body limit plus one byte; a journal line may hold that body escaped.
    return new NdjsonBatches(in, validator.maxBodyBytes() + 1, JournalEntry.linePrefix(),
        JournalLine.maxLineBytes(validator.maxBodyBytes()));
  }

  /**
   * Checks one line: a plain body, or a journal entry. A failure, in the validator or in reading the entry, becomes
   * the line's report instead of ending the run.
   */
  private CheckedLine checkedLine(byte[] line) {
    if (!JournalEntry.startsEntry(line)) {
      return CheckedLine.body(checked(line));
    }
    try {
      Optional<JournalEntry> entry = JournalEntry.parse(line);
      if (entry.isEmpty()) {
        // It only starts like one (cut short, edited): judged as the body it is, up to the body limit.
        int limit = validator.maxBodyBytes() + 1;
        return CheckedLine.body(checked(line.length <= limit ? line : Arrays.copyOf(line, limit)));
      }
      if (!entry.get().isHandlesPost()) {
        return CheckedLine.SKIPPED;
      }
      ValidationReport header = validator.validateContractVersion(entry.get().contractVersion().orElse(null));
      return CheckedLine.entry(header.and(checked(entry.get().body())));
    } catch (Throwable e) { // as in checked(): it stays with this line
      return CheckedLine.body(new ValidationReport(List.of(InternalErrorViolation.of(e, messages))));
    }
  }

  /**
   * Checks every line of a batch, on whichever thread runs it: a valid line leaves nothing but a count, a line with
   * findings leaves them placed (line, column, note), so that reporting needs neither the line nor the validator.
   */
  private CheckedBatch check(LineBatch batch) {
    int valid = 0;
    int skipped = 0;
    List<CheckedBatch.Line> withFindings = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      byte[] line = batch.copy(i);
      CheckedLine checked = checkedLine(line);
      if (checked.kind() == CheckedLine.Kind.SKIPPED_ENTRY) {
        skipped++;
        continue;
      }
      List<Violation> violations = checked.report().violations();
      if (violations.isEmpty()) {
        valid++;
        continue;
      }
      long number = batch.number(i);
      List<Finding> findings = new ArrayList<>(violations.size());
      for (Violation violation : violations) {
        // The body of a journal entry is escaped inside it, so no column of the line is honest; its own is told.
        findings.add(checked.kind() == CheckedLine.Kind.JOURNAL_ENTRY
            ? new Finding(violation, number, 0, bodyPosition(violation))
            : new Finding(violation, number, columnWithin(violation, line)));
      }
      withFindings.add(new CheckedBatch.Line(checked.report().isValid(), findings));
    }
    return new CheckedBatch(valid, skipped, withFindings);
  }

  /** One job: each batch is read, checked and reported on this thread, so nothing is handed over. */
  private void lintLog(LintInput input, InputStream in) throws IOException {
    NdjsonBatches batches = batches(in);
    for (LineBatch batch = batches.next(); batch != null; batch = batches.next()) {
      reportBatch(input, check(batch));
    }
  }

  /** A batch in flight: its lines, and what checking them gives once done. */
  private record Pending(LineBatch batch, Future<CheckedBatch> checked) {}

  /**
   * Several jobs: this thread reads batches and hands them to the pool, and reports them in the order of the log as
   * they are done; what is in flight is bounded by the window, so reading waits when it is full.
   */
  private void lintLogInParallel(LintInput input, InputStream in, ExecutorService pool) throws IOException {
    NdjsonBatches batches = batches(in);
    Deque<Pending> pending = new ArrayDeque<>();
    IOException readingFailed = null;
    try {
      while (true) {
        LineBatch batch;
        try {
          batch = batches.next();
        } catch (IOException e) {
          readingFailed = e; // the lines read so far are still checked and reported below
          break;
        }
        if (batch == null) {
          break;
        }
        // Wait for room before reading on, so that neither the lines read nor the results grow with the log.
        while (!window.hasRoom()) {
          beforeWaiting.run();
          reportPending(input, pending.poll());
        }
        // Report what is already done, so that the writer keeps pace with the workers.
        while (!pending.isEmpty() && pending.peek().checked().isDone()) {
          reportPending(input, pending.poll());
        }
        window.started(batch.size(), batch.retainedBytes());
        LineBatch submitted = batch;
        pending.add(new Pending(batch, pool.submit(() -> check(submitted))));
      }
      while (!pending.isEmpty()) {
        reportPending(input, pending.poll());
      }
    } finally {
      // Writing the report failed midway: what is still in flight is dropped, so the next input starts empty.
      for (Pending left : pending) {
        left.checked().cancel(true);
        window.reported(left.batch().size(), left.batch().retainedBytes());
      }
    }
    if (readingFailed != null) {
      throw readingFailed;
    }
  }

  private void reportPending(LintInput input, Pending pending) throws IOException {
    LineBatch batch = pending.batch();
    window.reported(batch.size(), batch.retainedBytes()); // out of the deque, so out of the window whatever happens
    CheckedBatch checked;
    try {
      checked = pending.checked().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while linting " + input.displayName());
    } catch (ExecutionException e) {
      // Each line's check is isolated, so only the batch's own bookkeeping can get here (out of memory for the
      // list of findings, say): every line of the batch is then an internal error at its own place.
      Violation failure = InternalErrorViolation.of(e.getCause(), messages);
      List<CheckedBatch.Line> failed = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        failed.add(new CheckedBatch.Line(false, List.of(new Finding(failure, batch.number(i), 0))));
      }
      checked = new CheckedBatch(0, 0, failed);
    }
    reportBatch(input, checked);
  }

  private void reportBatch(LintInput input, CheckedBatch checked) throws IOException {
    tally.validBodies(checked.validBodies());
    tally.skippedEntries(checked.skippedEntries());
    for (CheckedBatch.Line line : checked.withFindings()) {
      tally.body(line.valid());
      for (Finding finding : line.findings()) {
        report(input, finding);
      }
    }
  }

  /** Where in a journal entry's body {@code violation} is, in words; empty when it has no position. */
  private String bodyPosition(Violation violation) {
    Location location = violation.location().orElse(null);
    if (location == null) {
      return "";
    }
    return messages.format("journal.body-position", location.line(), location.column());
  }

  /** The column of a violation within its NDJSON line; 0 when it has no position. */
  private static int columnWithin(Violation violation, byte[] line) {
    Location location = violation.location().orElse(null);
    return location == null ? 0 : NdjsonColumn.of(location, line);
  }

  private void report(LintInput input, Finding finding) throws IOException {
    if (finding.violation().rule() == Rule.INTERNAL_ERROR) {
      internalErrors++; // from this run's isolation, or from a validator that caught its own failure
    }
    tally.violation(finding.violation());
    reporter.finding(input, finding);
  }

  private void problem(LintInput input, String what) {
    unreadable.add(new UnreadableInput(input.displayName(), what));
  }
}
