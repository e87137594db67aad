package io.handlekit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread cost of judging one valid request body, for each peer, on each input. The anchors are
 * {@code jacksonParse} (Jackson {@code readTree}, the floor), {@code everitSchemaOnly} and
 * {@code networkntSchemaOnly} (what a plain user of either schema library pays for the schema alone);
 * {@code handlekitFull} is the validator's whole work: schema and every semantic rule.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
public class ValidBodyBenchmark {
  /** The body: see {@link Bodies}. {@code -p input=invite4kKnown} also works. */
  @Param({Bodies.ACTIVITY, Bodies.INVITE, Bodies.INVITE_4K})
  public String input;

  private Peers peers;
  private byte[] body;

  @Setup(Level.Trial)
  public void setUp() {
    peers = new Peers();
    body = Bodies.load(input);
    peers.requireVerdict(body, true, input);
  }

  @Benchmark
  public Object jacksonParse() {
    return peers.jacksonParse(body);
  }

  @Benchmark
  public void jacksonStream(Blackhole bh) {
    peers.jacksonStream(body, bh);
  }

  @Benchmark
  public Object jacksonParseStrict() {
    return peers.jacksonParseStrict(body);
  }

  @Benchmark
  public Object everitSchemaOnly() {
    return peers.everitSchemaOnly(body);
  }

  @Benchmark
  public Object networkntSchemaOnly() {
    return peers.networkntSchemaOnly(body);
  }

  @Benchmark
  public Object handlekitFull() {
    return peers.handlekitFull(body);
  }
}
