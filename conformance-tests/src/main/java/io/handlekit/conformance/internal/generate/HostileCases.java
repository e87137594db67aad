package io.handlekit.conformance.internal.generate;

import io.handlekit.conformance.HostileBody;
import io.handlekit.conformance.internal.report.Shell;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bodies far too large or too deep, made as they are sent.
 *
 * <p>Internal: public only because {@code HandleBodies} and the checks use it; not API.
 */
public final class HostileCases {
  /** The size of the large bodies: 16 MiB. */
  private static final long LARGE = 16L << 20;
  /** The nesting depth of the deep bodies. */
  private static final int DEEP = 10_000;

  private static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";
  private static final String ACTIVITY =
      "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + SCID + "\",\"templateName\":\"deathmatch\"}";

  private HostileCases() {}

  /** Bodies of at least 16 MiB. */
  public static List<HostileBody> large() {
    return List.of(
        body("16 MiB templateName", "input.too-large", List.of(
            seg("{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + SCID + "\",\"templateName\":\""),
            new SegmentStream.Segment(bytes("deathmatch"), LARGE / 10 + 1), seg("\"}}"))),
        body("16 MiB unknown property in an otherwise valid activity", "input.too-large", List.of(
            seg(ACTIVITY + ",\"padding\":\""), new SegmentStream.Segment(bytes("x"), LARGE), seg("\"}"))));
  }

  /** Bodies nested 10 000 levels deep. */
  public static List<HostileBody> deep() {
    return List.of(
        body("10000 nested arrays", "json.too-deep", List.of(
            new SegmentStream.Segment(bytes("["), DEEP), new SegmentStream.Segment(bytes("]"), DEEP))),
        body("10000 nested objects", "json.too-deep", List.of(
            new SegmentStream.Segment(bytes("{\"a\":"), DEEP), seg("1"), new SegmentStream.Segment(bytes("}"), DEEP))),
        body("10000 nested arrays in an unknown property of an otherwise valid activity", "json.too-deep", List.of(
            seg(ACTIVITY + ",\"deep\":"), new SegmentStream.Segment(bytes("["), DEEP),
            new SegmentStream.Segment(bytes("]"), DEEP), seg("}"))));
  }

  private static HostileBody body(String name, String rule, List<SegmentStream.Segment> segments) {
    return new HostileBody(name, rule, SegmentStream.length(segments), () -> new SegmentStream(segments), shell(segments));
  }

  // yes(1) repeats a line; tr drops the newlines: no temporary file, any size.
  private static String shell(List<SegmentStream.Segment> segments) {
    StringBuilder out = new StringBuilder("{ ");
    for (SegmentStream.Segment segment : segments) {
      String unit = Shell.quote(new String(segment.unit(), StandardCharsets.UTF_8));
      if (segment.times() == 1) {
        out.append("printf '%s' ").append(unit).append("; ");
      } else {
        out.append("yes ").append(unit).append(" | head -n ").append(segment.times()).append(" | tr -d '\\n'; ");
      }
    }
    return out.append("}").toString();
  }

  private static SegmentStream.Segment seg(String text) {
    return new SegmentStream.Segment(bytes(text), 1);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
