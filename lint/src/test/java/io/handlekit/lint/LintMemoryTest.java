package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handlekit.lint.internal.BodyCheck;
import io.handlekit.lint.internal.InFlightWindow;
import io.handlekit.lint.internal.LintRun;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Memory stays flat in the number of jobs and the size of the log: --jobs is capped, and what a parallel run holds
 * between reading and reporting is bounded by constants. Asserted on the pipeline's own bookkeeping, not on time or
 * on the process's memory.
 */
class LintMemoryTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();

  @Test
  void absurdJobsAreRefusedWithTheCap() {
    IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> HandlesLint.builder().jobs(100000));

    assertTrue(refused.getMessage().contains("between 1 and " + HandlesLint.MAX_JOBS + ", was 100000"),
        refused::getMessage);
  }

  @Test
  void theCapItselfIsAccepted() throws IOException {
    Linting.Run run = Linting.run(HandlesLint.builder().ndjson(true).jobs(HandlesLint.MAX_JOBS)
        .standardInput(Linting.stream(Linting.VALID + "\n" + Linting.MOCK + "\n")), ReportFormat.TEXT);

    assertEquals(1, run.result().errors(), run::toString);
    assertTrue(run.out().startsWith("<stdin>:2:"), run::toString);
  }

  /** What one run held at its peak, and how many bodies it reported. */
  record Peak(long bytes, long lines, int batches, long bodies) {}

  /**
   * Lints {@code log} on {@code jobs} threads with a check that holds the first line until the reader has filled
   * the window and waits for room: the run then holds as much as it ever may.
   */
  private static Peak lintHoldingTheFirstLine(byte[] log, int jobs) throws IOException {
    CountDownLatch windowFull = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    AtomicLong checked = new AtomicLong();
    BodyCheck check = body -> {
      if (first.getAndSet(false)) {
        try {
          // a guard against a hang, not a timing assertion: the test fails below if the window never filled
          windowFull.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      checked.incrementAndGet();
      return ValidationReport.valid();
    };
    StringWriter report = new StringWriter();
    AtomicReference<LintRun> seen = new AtomicReference<>();
    LintResult result = HandlesLint.builder().checks(validator -> check).ndjson(true).jobs(jobs)
        .standardInput(new ByteArrayInputStream(log)).report(ReportFormat.TEXT, report)
        .beforeRun(run -> seen.set(run.beforeWaiting(windowFull::countDown))).build().run();

    assertTrue(result.isComplete() && result.errors() == 0, report::toString);
    assertEquals(0, windowFull.getCount(), "the log is larger than the window, so the reader had to wait for room");
    InFlightWindow window = seen.get().window();
    return new Peak(window.peakBytes(), window.peakLines(), window.peakBatches(), checked.get());
  }

  /** {@code count} lines of {@code length} bytes each: a JSON object with one long string. */
  private static byte[] log(int count, int length) {
    byte[] line = new byte[length + 1];
    Arrays.fill(line, (byte) 'a');
    byte[] start = "{\"k\":\"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, line, 0, start.length);
    line[length - 2] = '"';
    line[length - 1] = '}';
    line[length] = '\n';
    byte[] log = new byte[count * line.length];
    for (int i = 0; i < count; i++) {
      System.arraycopy(line, 0, log, i * line.length, line.length);
    }
    return log;
  }

  @Test
  void theBytesInFlightAreBoundedByAConstantWhateverTheJobs() throws IOException {
    // 40 MiB of 256 KiB lines: more than the window holds, so the reader has to wait for room.
    byte[] log = log(160, 256 << 10);
    long bound = LintRun.maxInFlightBytes(VALIDATOR.maxBodyBytes() + 1);
    assertTrue(bound < log.length, "the log must be larger than the bound for the test to show anything");

    Peak eight = lintHoldingTheFirstLine(log, 8);
    Peak most = lintHoldingTheFirstLine(log, HandlesLint.MAX_JOBS);

    for (Peak peak : List.of(eight, most)) {
      assertEquals(160, peak.bodies());
      assertTrue(peak.bytes() <= bound, () -> peak + " over " + bound);
    }
    // Flat: eight times the jobs hold no more.
    assertEquals(eight.bytes(), most.bytes(), () -> eight + " " + most);
  }

  @Test
  void theLinesInFlightAreBoundedByAConstantWhateverTheJobs() throws IOException {
    // Short lines: the batch count, not the bytes, is what bounds them.
    int count = (int) LintRun.maxInFlightLines() * 2;
    byte[] log = log(count, 16);

    for (int jobs : new int[] {2, 16, HandlesLint.MAX_JOBS}) {
      Peak peak = lintHoldingTheFirstLine(log, jobs);

      assertEquals(count, peak.bodies());
      assertTrue(peak.lines() <= LintRun.maxInFlightLines(), () -> jobs + " jobs: " + peak);
      assertTrue(peak.batches() <= InFlightWindow.MAX_BATCHES, () -> jobs + " jobs: " + peak);
      assertTrue(peak.batches() <= 2 * jobs, () -> jobs + " jobs: " + peak);
    }
  }
}
