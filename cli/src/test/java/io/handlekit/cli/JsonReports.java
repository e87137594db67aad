package io.handlekit.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Reads the reports of {@code --format json} back, for tests. */
final class JsonReports {
  // One whole document: anything after it (a second document, a stray line) is an error too.
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonReports() {}

  static JsonNode parse(String json) {
    return assertDoesNotThrow(() -> MAPPER.readTree(json), () -> "not JSON:\n" + json);
  }

  /** The violations of every file of a report, as rule, severity and pointer. */
  static List<Expected> violations(JsonNode report) {
    List<Expected> found = new ArrayList<>();
    for (JsonNode file : report.path("files")) {
      for (JsonNode violation : file.path("violations")) {
        JsonNode pointer = violation.get("pointer");
        found.add(new Expected(violation.path("rule").asText(), violation.path("severity").asText(),
            pointer == null || pointer.isNull() ? null : pointer.asText()));
      }
    }
    return found;
  }
}
