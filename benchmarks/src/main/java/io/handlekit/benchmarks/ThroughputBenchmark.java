package io.handlekit.benchmarks;

import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.ConformanceSuite;
import io.handlekit.core.ContractHeaders;
import io.handlekit.simulator.HandlesSimulator;
import io.handlekit.simulator.RecordedExchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Is the harness the bottleneck? Runs the suite against the embedded simulator, records what it sent, then sends
 * the same requests (method, Content-Type, contract version, body) with a plain {@code java.net.http} loop, and
 * prints both rates and their ratio. A measurement to run by hand, not a test, and not a JMH benchmark (a round is
 * a whole run of the suite, far longer than JMH's iterations are meant to be):
 *
 * <pre>{@code
 * ./mvnw -q -B -DskipTests -pl benchmarks -am package
 * java -cp benchmarks/target/benchmarks.jar io.handlekit.benchmarks.ThroughputBenchmark 6 2
 * }</pre>
 *
 * The large-body check is left out of both (its 16 MiB bodies measure the network, not the harness). Arguments:
 * the number of measured rounds (default 6) and the suite's parallelism (default 2; 1 sends one request at a time,
 * like the plain loop).
 */
public final class ThroughputBenchmark {
  private ThroughputBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : ConformanceSuite.DEFAULT_PARALLELISM;
    try (HandlesSimulator simulator = HandlesSimulator.builder().port(0).maxRecordedExchanges(100_000).start()) {
      List<Double> ratios = new ArrayList<>();
      List<Double> suiteRates = new ArrayList<>();
      List<Double> plainRates = new ArrayList<>();
      // Two rounds warm both sides up (JIT, connections); then each round alternates which side goes first,
      // since the machine is shared and the server warms up too.
      for (int round = -1; round <= rounds; round++) {
        long seed = 1000 + round;
        double suiteRate;
        double plainRate;
        if (round % 2 == 0) {
          List<RecordedExchange> sent = runSuite(simulator, seed, parallelism).sent();
          plainRate = plainLoop(simulator.handlesUri(), sent);
          suiteRate = runSuite(simulator, seed, parallelism).rate();
        } else {
          Run run = runSuite(simulator, seed, parallelism);
          suiteRate = run.rate();
          plainRate = plainLoop(simulator.handlesUri(), run.sent());
        }
        if (round >= 1) {
          suiteRates.add(suiteRate);
          plainRates.add(plainRate);
          ratios.add(suiteRate / plainRate);
          System.out.printf(Locale.ROOT, "round %d: suite %.0f req/s, plain loop %.0f req/s, ratio %.2f%n", round, suiteRate,
              plainRate, suiteRate / plainRate);
        }
      }
      System.out.printf(Locale.ROOT, "median: suite %.0f req/s, plain loop %.0f req/s, ratio %.2f%n", median(suiteRates),
          median(plainRates), median(ratios));
    }
  }

  private record Run(double rate, List<RecordedExchange> sent) {}

  private static Run runSuite(HandlesSimulator simulator, long seed, int parallelism) {
    simulator.clearExchanges();
    ConformanceSuite suite = ConformanceSuite.builder().baseUrl(simulator.baseUrl()).seed(seed).parallelism(parallelism)
        .skip(Set.of("large-body.rejected")).build();
    long t0 = System.nanoTime();
    ConformanceResult result = suite.run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Run(result.requests() / seconds, simulator.exchanges());
  }

  private static double plainLoop(URI handles, List<RecordedExchange> sent) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long t1 = System.nanoTime();
    for (RecordedExchange exchange : sent) {
      HttpRequest.Builder request = HttpRequest.newBuilder(handles)
          .method(exchange.method(), exchange.bodyLength() == 0 ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(exchange.body()));
      exchange.header("Content-Type").ifPresent(v -> request.header("Content-Type", v));
      exchange.header(ContractHeaders.CONTRACT_VERSION).ifPresent(v -> request.header(ContractHeaders.CONTRACT_VERSION, v));
      client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
    return sent.size() / ((System.nanoTime() - t1) / 1e9);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
