package io.handlekit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/**
 * The validator on the worst bodies of about 1 MB ({@link HostileBodies}) against Jackson's {@code readTree} of
 * the same bytes (and of the same text, for the String overload): the validator must stay linear, within about
 * 50 times Jackson's parse whatever the shape. {@code RatioReport} prints the ratio per shape.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dslf4j.internal.verbosity=ERROR"})
public class HostileBodyBenchmark {
  @Param({"manyKeys", "manyViolations", "longStrings", "deepLegal", "deepLongNames", "duplicateKeyAtEnd", "collidingKeys"})
  public String input;

  private Peers peers;
  private byte[] body;
  private String text;

  @Setup(Level.Trial)
  public void setUp() {
    peers = new Peers();
    text = HostileBodies.text(input);
    body = text.getBytes(StandardCharsets.UTF_8);
    // Each shape must be validated whole: under the size limit, never an internal error, the same verdict either way.
    if (body.length > peers.handlekit.maxBodyBytes()) {
      throw new IllegalStateException(input + " is over the size limit: " + body.length);
    }
    var fromBytes = peers.handlekit.validateRequest(body);
    var fromText = peers.handlekit.validateRequest(text);
    if (fromBytes.has(io.handlekit.validator.Rule.INTERNAL_ERROR) || fromBytes.isValid() != fromText.isValid()) {
      throw new IllegalStateException(input + ": " + fromBytes.violations().size() + " violations, verdicts differ or failed");
    }
  }

  @Benchmark
  public Object jacksonParse() {
    return peers.jacksonParse(body);
  }

  @Benchmark
  public Object handlekitFull() {
    return peers.handlekitFull(body);
  }

  @Benchmark
  public Object jacksonParseText() {
    try {
      return peers.mapper.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Object handlekitFullText() {
    return peers.handlekit.validateRequest(text);
  }
}
