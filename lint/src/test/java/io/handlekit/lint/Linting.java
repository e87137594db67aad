package io.handlekit.lint;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handlekit.lint.internal.BodyCheck;
import io.handlekit.validator.HandlesValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs the library with one report captured, and reads reports back, for the tests of this module. */
final class Linting {
  static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";
  static final String VALID = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":"
      + "{\"scid\":\"" + SCID + "\",\"templateName\":\"deathmatch\"}}";
  static final String MOCK = VALID.replace(SCID, "MockScid");
  static final String TRAILING_COMMA = VALID.replace("\"deathmatch\"}", "\"deathmatch\",}");

  // One whole document: anything after it (a second document, a stray line) is an error too.
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A run's result and its report. */
  record Run(LintResult result, String out) {
    @Override
    public String toString() {
      return result + "\n--- report\n" + out;
    }
  }

  /** A finding as line, column and rule, read back from the json format. */
  record At(long line, int column, String rule) {}

  private Linting() {}

  static Run run(HandlesLint.Builder lint, ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    LintResult result = lint.report(format, out).build().run();
    return new Run(result, out.toString());
  }

  /** A builder whose checks go through {@code checks} (a test's seam). */
  static HandlesLint.Builder checkingWith(Function<HandlesValidator, BodyCheck> checks) {
    return HandlesLint.builder().checks(checks);
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  static JsonNode parse(String json) {
    return assertDoesNotThrow(() -> MAPPER.readTree(json), () -> "not JSON:\n" + json);
  }

  static List<At> findings(String jsonReport) {
    List<At> found = new ArrayList<>();
    for (JsonNode file : parse(jsonReport).path("files")) {
      for (JsonNode v : file.path("violations")) {
        found.add(new At(v.path("line").asLong(), v.path("column").asInt(), v.path("rule").asText()));
      }
    }
    return found;
  }
}
