package io.handlekit.conformance.internal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.conformance.CheckResult;
import io.handlekit.conformance.ConformanceResult;
import io.handlekit.conformance.Failure;
import io.handlekit.conformance.Header;
import io.handlekit.conformance.RecordedRequest;
import io.handlekit.conformance.RecordedResponse;
import java.util.List;
import java.util.OptionalInt;

/**
 * The result as JSON, for tools.
 *
 * <p>Internal: public only because {@code Reports} writes through it; not API.
 */
public final class JsonReport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonReport() {}

  /** The JSON; {@code exitCode}, when present, is written as {@code exitCode} beside the verdict. */
  public static String of(ConformanceResult result, OptionalInt exitCode) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("target", result.target());
    // A string: a 64-bit seed beyond 2^53 does not survive a JSON number in most tools (jq among them).
    root.put("seed", Long.toString(result.seed()));
    root.put("tries", result.tries());
    root.put("startedAt", result.startedAt().toString());
    root.put("durationMillis", result.duration().toMillis());
    root.put("requests", result.requests());
    result.unreachable().ifPresent(u -> root.put("unreachable", u));
    root.put("verdict", result.verdict().label());
    result.inconclusiveReason().ifPresent(r -> root.put("inconclusiveReason", r));
    root.put("conforms", result.conforms());
    exitCode.ifPresent(code -> root.put("exitCode", code));
    ArrayNode warnings = root.putArray("warnings");
    result.warnings().forEach(warnings::add);
    result.throttling().ifPresent(t -> root.put("throttling", t));
    ArrayNode checks = root.putArray("checks");
    for (CheckResult c : result.checks()) {
      ObjectNode check = checks.addObject();
      check.put("id", c.id());
      check.put("level", c.level().name());
      check.put("title", c.title());
      check.put("outcome", c.outcome().name());
      check.put("tries", c.tries());
      check.put("requests", c.requests());
      check.put("durationMillis", c.duration().toMillis());
      ArrayNode notes = check.putArray("notes");
      c.notes().forEach(notes::add);
      c.failure().ifPresent(f -> failure(check.putObject("failure"), f));
      c.stackTrace().ifPresent(t -> check.put("stackTrace", t));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report tree is always writable", e);
    }
  }

  private static void failure(ObjectNode out, Failure f) {
    out.put("message", f.message());
    out.put("seed", Long.toString(f.seed()));
    RecordedRequest q = f.request();
    ObjectNode request = out.putObject("request");
    request.put("method", q.method());
    request.put("url", q.url());
    headers(request.putArray("headers"), q.headers());
    request.put("body", q.body());
    request.put("bodyLength", q.bodyLength());
    if (!q.bodyNote().isEmpty()) {
      request.put("bodyNote", q.bodyNote());
    }
    request.put("curl", q.curl());
    RecordedResponse s = f.response();
    ObjectNode response = out.putObject("response");
    response.put("kind", s.kind().name());
    response.put("status", s.status());
    headers(response.putArray("headers"), s.headers());
    response.put("body", s.body());
    response.put("bodyLength", s.bodyLength());
    if (!s.error().isEmpty()) {
      response.put("error", s.error());
    }
  }

  private static void headers(ArrayNode out, List<Header> headers) {
    headers.forEach(h -> out.addObject().put("name", h.name()).put("value", h.value()));
  }
}
