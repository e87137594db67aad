package io.handlekit.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.Rule;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener on a team's own WireMock server, whose stubs answer as the team likes. */
class HandlesContractListenerTest {
  private final HandlesContractListener contract = HandlesContractListener.create();
  private WireMockServer server;
  private URI handles;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(contract));
    server.start();
    // The team's stub: every POST gets 204, valid or not; another path gets 200.
    server.stubFor(post("/handles").willReturn(noContent()));
    server.stubFor(WireMock.get("/other").willReturn(aResponse().withStatus(200)));
    handles = URI.create(server.baseUrl() + "/handles");
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void validRequestsPass() {
    assertEquals(204, Http.post(handles, Http.ACTIVITY).status());
    assertEquals(204, Http.post(handles, Http.INVITE).status());
    contract.assertNoViolations();
    assertEquals(2, contract.exchanges().size());
    assertTrue(contract.violations().isEmpty());
  }

  @Test
  void invalidRequestsAreListedWhileTheStubAnswersAsItLikes() {
    Http.post(handles, Http.ACTIVITY);
    Http.Response answered = Http.to(handles).header("X-Xbl-Contract-Version", "103")
        .body(Http.INVITE.replace("\"3210\"", "\"abc\"")).send();
    assertEquals(204, answered.status(), "the stub, not the contract, answers");
    List<RecordedExchange> violations = contract.violations();
    assertEquals(1, violations.size());
    assertEquals(204, violations.get(0).status());
    assertTrue(violations.get(0).report().has(Rule.CONTRACT_VERSION_TOO_LOW));
    assertTrue(violations.get(0).report().has(Rule.XUID_FORMAT));
    AssertionError failure = assertThrows(AssertionError.class, contract::assertNoViolations);
    assertTrue(failure.getMessage().contains("#2 POST /handles (answered 204)"), failure.getMessage());
    assertTrue(failure.getMessage().contains("[xuid.format] \"/invitedXuid\""), failure.getMessage());
    assertTrue(failure.getMessage().contains("[contract-version.too-low]"), failure.getMessage());
  }

  @Test
  void wrongMediaTypeAndVerbAreViolationsToo() {
    Http.to(handles).header("Content-Type", "text/plain").body(Http.ACTIVITY).send();
    Http.to(handles).method("PUT").body(Http.ACTIVITY).send();
    List<RecordedExchange> violations = contract.violations();
    assertEquals(2, violations.size());
    assertTrue(violations.get(0).problems().get(0).contains("text/plain"), violations.get(0).problems().toString());
    assertTrue(violations.get(1).problems().get(0).contains("PUT"), violations.get(1).problems().toString());
    assertEquals(404, violations.get(1).status(), "no stub answers PUT");
  }

  @Test
  void otherPathsAreNotChecked() {
    Http.to(URI.create(server.baseUrl() + "/other")).method("GET").send();
    assertTrue(contract.exchanges().isEmpty());
    contract.assertNoViolations();
  }

  @Test
  void clearForgetsWhatWasSeen() {
    Http.post(handles, "{}");
    assertThrows(AssertionError.class, contract::assertNoViolations);
    contract.clear();
    contract.assertNoViolations();
  }

  @Test
  void aCustomPathAndValidatorCanBeChecked() {
    HandlesContractListener custom = HandlesContractListener.of(
        HandlesValidator.builder().ignore(Rule.GUID_FORMAT).build(), "/mpsd/handles", 10);
    WireMockServer other = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort().extensions(custom));
    other.start();
    try {
      other.stubFor(post("/mpsd/handles").willReturn(noContent()));
      URI uri = URI.create(other.baseUrl() + "/mpsd/handles");
      Http.post(uri, Http.ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid"));
      custom.assertNoViolations();
      Http.post(uri, "{}");
      assertEquals(1, custom.violations().size());
    } finally {
      other.stop();
    }
  }
}
