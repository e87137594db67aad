package io.handlekit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The error path, apart from the valid one: one invalid invite ({@link Bodies#INVITE_INVALID}, XSAPI's
 * {@code "MockScid"} as the scid). Each peer reports the failure as its user would read it: handlekit a
 * located, localized report; everit its messages; networknt its error list. {@code RatioReport} holds
 * {@code handlekitFullInvalid} to the same targets as the valid bodies, against the peers' {@code ...Invalid}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR"})
public class InvalidBodyBenchmark {
  private Peers peers;
  private byte[] body;

  @Setup(Level.Trial)
  public void setUp() {
    peers = new Peers();
    body = Bodies.load(Bodies.INVITE_INVALID);
    peers.requireVerdict(body, false, Bodies.INVITE_INVALID);
  }

  /** The floor of the error path too: Jackson reads an invalid body as fast as a valid one. */
  @Benchmark
  public Object jacksonParseInvalid() {
    return peers.jacksonParse(body);
  }

  @Benchmark
  public Object everitSchemaOnlyInvalid() {
    return peers.everitSchemaOnly(body);
  }

  @Benchmark
  public Object networkntSchemaOnlyInvalid() {
    return peers.networkntSchemaOnly(body);
  }

  @Benchmark
  public Object handlekitFullInvalid() {
    return peers.handlekitFull(body);
  }
}
