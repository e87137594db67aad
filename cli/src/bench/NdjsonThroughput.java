import io.handlekit.lint.HandlesLint;
import io.handlekit.lint.LintResult;
import io.handlekit.lint.ReportFormat;
import io.handlekit.validator.HandlesValidator;
import java.io.IOException;
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

  public static void main(String[] args) throws IOException {
    Path log = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    ReportFormat format = ReportFormat.valueOf((args.length > 2 ? args[2] : "json").toUpperCase(java.util.Locale.ROOT));
    long bytes = Files.size(log);
    List<byte[]> lines = lines(Files.readAllBytes(log));
    // The validator lint builds by default: strict profile, English.
    HandlesValidator validator = HandlesLint.builder().build().validator();
    double[] best = new double[3];
    String[] names = {"validator", "lint-j1", "lint-j2"};
    for (int round = 1; round <= rounds; round++) {
      double[] mbs = {validatorOnly(validator, lines, bytes), lint(log, 1, format, bytes), lint(log, 2, format, bytes)};
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (int i = 0; i < 3; i++) {
        best[i] = Math.max(best[i], mbs[i]);
        line.append(String.format("  %s %.1f MB/s", names[i], mbs[i]));
      }
      System.out.println(line);
    }
    System.out.printf("best: validator %.1f MB/s (1 thread), lint --jobs 1 %.1f MB/s, lint --jobs 2 %.1f MB/s%n",
        best[0], best[1], best[2]);
    System.out.printf("ratio lint --jobs 1 / validator: %.2f; --jobs 2 / --jobs 1: %.2fx; %d processors%n",
        best[1] / best[0], best[2] / best[1], Runtime.getRuntime().availableProcessors());
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

  static double validatorOnly(HandlesValidator validator, List<byte[]> lines, long bytes) {
    long start = System.nanoTime();
    long findings = 0;
    for (byte[] line : lines) {
      findings += validator.validateRequest(line).violations().size();
    }
    long nanos = System.nanoTime() - start;
    if (findings < 0) {
      throw new AssertionError(); // keeps the loop's result alive
    }
    return bytes / 1e6 / (nanos / 1e9);
  }

  static double lint(Path log, int jobs, ReportFormat format, long bytes) throws IOException {
    long start = System.nanoTime();
    LintResult result = HandlesLint.builder().ndjson(true).jobs(jobs).path(log).report(format, NOWHERE).build().run();
    long nanos = System.nanoTime() - start;
    if (!result.isComplete()) {
      throw new IllegalStateException("the run did not read the whole log: " + result);
    }
    return bytes / 1e6 / (nanos / 1e9);
  }
}
