import io.handlekit.lint.HandlesLint;
import io.handlekit.lint.LintResult;
import io.handlekit.lint.ReportFormat;
import io.handlekit.validator.HandlesValidator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The in-process half of {@code cli/bench-ndjson.sh}: on one NDJSON log, in one JVM and in turns, the MB/s of
 * <ul>
 *   <li>{@code validator}: a loop calling {@code HandlesValidator.validateRequest(byte[])} on the log's lines, already
 *       split and in memory, on one thread: what the pipeline is measured against;</li>
 *   <li>{@code lint-j1}, {@code lint-j2}: the lint library's whole run over the file ({@code ndjson}, one or two jobs,
 *       the report in FORMAT to a writer that drops it), reading included.</li>
 * </ul>
 * Each round runs all three; the best round of each is compared. Not a JMH benchmark (the unit of work is a whole
 * log of tens of megabytes, timed with {@code System.nanoTime}); run it on a machine as quiet as can be had, and read
 * the ratios rather than the absolute figures.
 *
 * <pre>java -cp cli/target/handlekit.jar cli/src/bench/NdjsonThroughput.java LOG [ROUNDS] [FORMAT]</pre>
 */
public final class NdjsonThroughput {
  private static final Writer NOWHERE = Writer.nullWriter();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** One timing: wall time, this thread's CPU time and the whole process's CPU time, in nanoseconds. */
  record Times(long wall, long threadCpu, long processCpu) {
    static Times now() {
      return new Times(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), OS.getProcessCpuTime());
    }

    Times since(Times start) {
      return new Times(wall - start.wall, threadCpu - start.threadCpu, processCpu - start.processCpu);
    }
  }

  /** MB per second of {@code nanos}. */
  static double rate(long bytes, long nanos) {
    return bytes / 1e6 / (nanos / 1e9);
  }

  public static void main(String[] args) throws IOException {
    Path log = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ReportFormat format = ReportFormat.valueOf((args.length > 2 ? args[2] : "json").toUpperCase(java.util.Locale.ROOT));
    long bytes = Files.size(log);
    List<byte[]> lines = lines(Files.readAllBytes(log));
    // The validator lint builds by default: strict profile, English.
    HandlesValidator validator = HandlesLint.builder().build().validator();
    String[] names = {"validator", "lint-j1", "lint-j2"};
    Times[] best = new Times[3];
    for (int round = 1; round <= rounds; round++) {
      Times[] times = {validatorOnly(validator, lines), lint(log, 1, format), lint(log, 2, format)};
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (int i = 0; i < 3; i++) {
        if (best[i] == null || times[i].wall() < best[i].wall()) {
          best[i] = times[i];
        }
        line.append(String.format("  %s %.1f MB/s", names[i], rate(bytes, times[i].wall())));
      }
      System.out.println(line);
    }
    for (int i = 0; i < 3; i++) {
      System.out.printf("best %-9s %6.1f MB/s wall; %6.1f MB per CPU-second of the calling thread, %6.1f of the"
          + " process (JIT and GC included)%n", names[i], rate(bytes, best[i].wall()), rate(bytes, best[i].threadCpu()),
          rate(bytes, best[i].processCpu()));
    }
    System.out.printf("ratio lint --jobs 1 / validator: %.2f wall, %.2f per CPU-second of the thread;"
        + " --jobs 2 / --jobs 1: %.2fx wall; %d processors%n",
        rate(bytes, best[1].wall()) / rate(bytes, best[0].wall()),
        rate(bytes, best[1].threadCpu()) / rate(bytes, best[0].threadCpu()),
        rate(bytes, best[2].wall()) / rate(bytes, best[1].wall()), Runtime.getRuntime().availableProcessors());
  }

  /** The non-blank lines of the log, each its own array, as lint hands them to the validator. */
  static List<byte[]> lines(byte[] log) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= log.length; i++) {
      if (i == log.length || log[i] == '\n') {
        int end = i > start && log[i - 1] == '\r' ? i - 1 : i;
        if (end > start) {
          lines.add(Arrays.copyOfRange(log, start, end));
        }
        start = i + 1;
      }
    }
    return lines;
  }

  static Times validatorOnly(HandlesValidator validator, List<byte[]> lines) {
    Times start = Times.now();
    long findings = 0;
    for (byte[] line : lines) {
      findings += validator.validateRequest(line).violations().size();
    }
    Times took = Times.now().since(start);
    if (findings < 0) {
      throw new AssertionError(); // keeps the loop's result alive
    }
    return took;
  }

  static Times lint(Path log, int jobs, ReportFormat format) throws IOException {
    Times start = Times.now();
    LintResult result = HandlesLint.builder().ndjson(true).jobs(jobs).path(log).report(format, NOWHERE).build().run();
    Times took = Times.now().since(start);
    if (!result.isComplete()) {
      throw new IllegalStateException("the run did not read the whole log: " + result);
    }
    return took;
  }
}
