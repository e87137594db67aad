package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties over generated input, over HTTP: the answer is 400 exactly when the validator finds an error, a 2xx
 * otherwise, never a 5xx; an accepted invite is answered with a handle the validator accepts for that request.
 */
class AnyInputPropertyTest {
  private static final HandlesValidator VALIDATOR = HandlesValidator.create();
  // Non-ASCII escaped, so that a generated lone surrogate travels as \ud800 and reaches the server intact.
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final List<String> FIELDS = List.of(
      "/sessionRef/scid", "/sessionRef/templateName", "/sessionRef/name", "/invitedXuid", "/inviteAttributes/titleId",
      "/inviteAttributes/context", "/inviteAttributes/contextString", "/type");

  private static HandlesSimulator sim;

  @BeforeAll
  static void start() {
    sim = HandlesSimulator.builder().maxRecordedExchanges(10).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static void answersAsTheValidatorJudges(byte[] body) {
    Http.Response response = Http.to(sim.handlesUri()).body(body).send();
    ValidationReport report = VALIDATOR.validateRequest(body);
    if (report.isValid()) {
      assertTrue(response.status() == 201 || response.status() == 204, "valid body answered " + response.status());
    } else {
      assertEquals(400, response.status(), report.toString());
      assertEquals(report.errors().size(), response.text().lines().count(), response.text());
    }
    if (response.status() == 201) {
      try {
        JsonNode request = JSON.readTree(body);
        ValidationReport handle = VALIDATOR.validateInviteHandle(response.body(), request);
        assertTrue(handle.isValid(), handle.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void anyTextIsJudgedAsTheValidatorJudgesIt() {
    qt().withExamples(150).forAll(strings().allPossible().ofLengthBetween(0, 120))
        .checkAssert(text -> answersAsTheValidatorJudges(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anyValueInAnyFieldOfAnInviteIsJudgedAsTheValidatorJudgesIt() {
    Gen<String> values = strings().allPossible().ofLengthBetween(0, 300);
    qt().withExamples(250).forAll(integers().between(0, FIELDS.size() - 1), values)
        .checkAssert((field, value) -> answersAsTheValidatorJudges(inviteWith(FIELDS.get(field), value)));
  }

  @Test
  void digitStringsAsIdsAreJudgedAsTheValidatorJudgesThem() {
    Gen<String> digits = strings().numeric().map(s -> s.replace("-", ""));
    qt().withExamples(100).forAll(integers().between(3, 4), digits)
        .checkAssert((field, value) -> answersAsTheValidatorJudges(inviteWith(FIELDS.get(field), value)));
  }

  private static byte[] inviteWith(String pointer, String value) {
    try {
      ObjectNode invite = (ObjectNode) JSON.readTree(Http.INVITE);
      int slash = pointer.lastIndexOf('/');
      ObjectNode parent = (ObjectNode) invite.at(pointer.substring(0, slash));
      parent.put(pointer.substring(slash + 1), value);
      return JSON.writeValueAsBytes(invite);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
