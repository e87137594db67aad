package io.handlekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the ratio table of a JMH run from its JSON result file ({@code -rf json}): per input, each benchmark's
 * score and allocation ({@code gc.alloc.rate.norm}, present when the run had {@code -prof gc}), its ratio to
 * {@code jacksonParse}, and the targets of {@code handlekitFull} against the anchors, on every input, the error
 * path ({@link InvalidBodyBenchmark}, whose methods end in {@code Invalid}) included. Needs only a JDK and the
 * benchmarks jar:
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.handlekit.benchmarks.RatioReport [--check] benchmarks/target/jmh.json}</pre>
 *
 * <p>Average-time runs ({@code -bm avgt}, the default) are judged on the mean. Sampled runs ({@code -bm sample}) are
 * judged on the median op time: on a machine shared with other work, the load inflates the mean of the few
 * descheduled ops, not the median.
 *
 * <p>With {@code --check} it exits with status 1 when a target is missed, and also when an input has no
 * {@code handlekitFull} or lacks one of the anchors, or when no target was checked at all: a run that measured
 * less than the targets name is not a pass (the default only reports).
 */
public final class RatioReport {
  private static final String FULL = "handlekitFull";
  private static final String FLOOR = "jacksonParse";

  /** handlekitFull / anchor must be at most this. */
  private static final Map<String, Double> TARGETS = new LinkedHashMap<>();

  /** On a hostile body of about 1 MB ({@link HostileBodyBenchmark}), handlekit / Jackson for bytes and for text. */
  private static final double HOSTILE_TARGET = 50.0;

  static {
    TARGETS.put("everitSchemaOnly", 0.5);
    TARGETS.put("networkntSchemaOnly", 0.5);
    TARGETS.put(FLOOR, 1.5);
  }

  private static final String INVALID = "Invalid";

  /**
   * @param score the mean (average time) or the median op time (sampled runs): what the targets judge
   * @param best the fastest measurement iteration (average time) or op (sampled runs): a second view of the ratios
   */
  private record Score(double score, double error, String unit, double allocBytes, double best) {}

  private RatioReport() {}

  public static void main(String[] args) throws IOException {
    boolean check = false;
    Path file = null;
    for (String arg : args) {
      if (arg.equals("--check")) {
        check = true;
      } else if (file == null) {
        file = Path.of(arg);
      } else {
        usage();
      }
    }
    if (file == null) {
      usage();
    }
    int missed = report(new ObjectMapper().readTree(Files.readAllBytes(file)), file.toString(), System.out);
    if (check && missed > 0) {
      System.exit(1);
    }
  }

  private static void usage() {
    System.err.println("usage: RatioReport [--check] jmh-result.json");
    System.exit(2);
  }

  /** Prints the tables; returns how many targets were missed or not measured (at least 1 when none was checked). */
  static int report(JsonNode results, String source, PrintStream out) {
    // input -> benchmark -> score, in the order of the run
    Map<String, Map<String, Score>> byInput = new LinkedHashMap<>();
    String jvm = "";
    for (JsonNode result : results) {
      String name = result.path("benchmark").asText();
      String method = name.substring(name.lastIndexOf('.') + 1);
      String input = result.path("params").path("input").asText(method.endsWith(INVALID) ? Bodies.INVITE_INVALID : "?");
      if (method.endsWith(INVALID)) {
        // the error path is one more input, held to the same targets
        method = method.substring(0, method.length() - INVALID.length());
      }
      JsonNode primary = result.path("primaryMetric");
      double alloc = Double.NaN;
      for (Map.Entry<String, JsonNode> metric : result.path("secondaryMetrics").properties()) {
        if (metric.getKey().replaceFirst("^\\W+", "").equals("gc.alloc.rate.norm")) {
          alloc = metric.getValue().path("score").asDouble();
        }
      }
      double best = Double.NaN;
      for (JsonNode fork : primary.path("rawData")) {
        for (JsonNode iteration : fork) {
          best = Double.isNaN(best) ? iteration.asDouble() : Math.min(best, iteration.asDouble());
        }
      }
      double score = primary.path("score").asDouble();
      double error = primary.path("scoreError").asDouble();
      if ("sample".equals(result.path("mode").asText())) {
        // Sampled op times (-bm sample): judged on the median, which a loaded machine moves least (an op during which
        // the thread was descheduled is one outlier among thousands); the mean is what the load inflates.
        score = primary.path("scorePercentiles").path("50.0").asDouble(score);
        error = Double.NaN;
        best = primary.path("scorePercentiles").path("0.0").asDouble(Double.NaN);
      }
      byInput.computeIfAbsent(input, k -> new LinkedHashMap<>()).put(method, new Score(score, error,
          primary.path("scoreUnit").asText(), alloc, best));
      jvm = result.path("vmName").asText() + " " + result.path("jdkVersion").asText() + " " + result.path("vmVersion").asText();
      jvm += ", forks " + result.path("forks").asInt() + ", warm-up " + result.path("warmupIterations").asInt() + " x "
          + result.path("warmupTime").asText() + ", measurement " + result.path("measurementIterations").asInt() + " x "
          + result.path("measurementTime").asText();
    }
    out.println("JMH results: " + source);
    out.println("JVM: " + jvm);
    int missed = 0;
    int checked = 0;
    int unmeasured = 0;
    for (Map.Entry<String, Map<String, Score>> entry : byInput.entrySet()) {
      String input = entry.getKey();
      Map<String, Score> scores = entry.getValue();
      out.println();
      out.printf(Locale.ROOT, "input %s (%s bytes)%n", input, size(input));
      Score floor = scores.get(FLOOR);
      out.printf(Locale.ROOT, "  %-28s %12s %10s %12s %12s %14s %12s%n", "benchmark", "score", "± error", "best", "unit",
          "alloc B/op", "x " + FLOOR);
      for (Map.Entry<String, Score> s : scores.entrySet()) {
        Score score = s.getValue();
        out.printf(Locale.ROOT, "  %-28s %12.3f %10.3f %12.3f %12s %14s %12s%n", s.getKey(), score.score(), score.error(),
            score.best(), score.unit(),
            Double.isNaN(score.allocBytes()) ? "-" : String.format(Locale.ROOT, "%.0f", score.allocBytes()),
            floor == null ? "-" : String.format(Locale.ROOT, "%.2f", score.score() / floor.score()));
      }
      Score full = scores.get(FULL);
      if (full != null && HostileBodies.NAMES.contains(input)) {
        out.println("  linear time on a hostile body (time ratio; allocation ratio in brackets):");
        for (String[] pair : new String[][] {{FULL, FLOOR}, {FULL + "Text", FLOOR + "Text"}}) {
          Score mine = scores.get(pair[0]);
          Score anchor = scores.get(pair[1]);
          if (mine == null || anchor == null) {
            continue;
          }
          double ratio = mine.score() / anchor.score();
          boolean met = ratio <= HOSTILE_TARGET;
          missed += met ? 0 : 1;
          checked++;
          out.printf(Locale.ROOT, "    %-52s %6.2f  (alloc %s)  target <= %.0f  %s%n", pair[0] + " / " + pair[1], ratio,
              allocRatio(mine, anchor), HOSTILE_TARGET, met ? "met" : "MISSED");
        }
      } else if (full == null) {
        out.println("  no " + FULL + " for this input: its targets were not checked");
        unmeasured++;
      } else {
        out.println("  targets (time ratio of the scores; of the best and of allocation in brackets):");
        for (Map.Entry<String, Double> target : TARGETS.entrySet()) {
          Score anchor = scores.get(target.getKey());
          if (anchor == null) {
            out.printf(Locale.ROOT, "    %-52s %6s  target <= %.1f  NOT MEASURED%n", FULL + " / " + target.getKey(), "-",
                target.getValue());
            unmeasured++;
            continue;
          }
          double ratio = full.score() / anchor.score();
          boolean met = ratio <= target.getValue();
          missed += met ? 0 : 1;
          checked++;
          out.printf(Locale.ROOT, "    %-52s %6.2f  (best %.2f, alloc %s)  target <= %.1f  %s%n", FULL + " / " + target.getKey(),
              ratio, full.best() / anchor.best(), allocRatio(full, anchor), target.getValue(), met ? "met" : "MISSED");
        }
      }
      Score validInvite = byInput.getOrDefault(Bodies.INVITE, Map.of()).get(FULL);
      if (input.equals(Bodies.INVITE_INVALID) && full != null && validInvite != null) {
        out.printf(Locale.ROOT, "  error path beside the valid invite: %s / %s %.2f  (alloc %s)%n", FULL + "[" + input + "]",
            FULL + "[" + Bodies.INVITE + "]", full.score() / validInvite.score(), allocRatio(full, validInvite));
      }
    }
    out.println();
    if (checked == 0) {
      out.println("no target in these results");
    } else if (missed == 0 && unmeasured == 0) {
      out.println("all " + checked + " targets met");
    } else {
      out.println(missed + " of " + checked + " targets missed" + (unmeasured == 0 ? "" : ", " + unmeasured + " not measured"));
    }
    // a run that checked nothing, or less than the targets name, is not a pass
    return missed + unmeasured + (checked == 0 ? 1 : 0);
  }

  private static String allocRatio(Score a, Score b) {
    if (Double.isNaN(a.allocBytes()) || Double.isNaN(b.allocBytes()) || b.allocBytes() < 1) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", a.allocBytes() / b.allocBytes());
  }

  private static String size(String input) {
    if (HostileBodies.NAMES.contains(input)) {
      return Integer.toString(HostileBodies.bytes(input).length);
    }
    try {
      return Integer.toString(Bodies.load(input).length);
    } catch (RuntimeException e) {
      return "?";
    }
  }
}
