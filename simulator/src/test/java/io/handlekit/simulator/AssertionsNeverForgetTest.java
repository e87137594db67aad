package io.handlekit.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.handlekit.validator.HandlesValidator;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The assertion helpers judge every request of a test, not only the recent ones the bounded exchange log holds: an
 * offending request is kept apart, and when even those are too many, the assertion fails and says how many.
 */
class AssertionsNeverForgetTest {
  private static final String MOCK_SCID = Http.ACTIVITY.replace("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "MockScid");

  @RegisterExtension
  static HandlesSimulatorExtension sim = HandlesSimulatorExtension.create();

  @RegisterExtension
  static HandlesSimulatorExtension small = HandlesSimulatorExtension.of(HandlesSimulator.builder()
      .maxRecordedExchanges(4).maxKeptViolations(2));

  @Test
  void oneInvalidRequestBeforeFiveThousandValidOnesFailsTheAssertionAndIsNamed() {
    assertEquals(400, Http.post(sim.handlesUri(), MOCK_SCID).status());
    for (int i = 0; i < 5_000; i++) {
      assertEquals(204, Http.post(sim.handlesUri(), Http.ACTIVITY).status());
    }
    assertEquals(HandlesSimulator.DEFAULT_MAX_RECORDED_EXCHANGES, sim.exchanges().size());
    assertTrue(sim.exchanges().stream().allMatch(RecordedExchange::followsContract), "the offender scrolled out");

    AssertionError all = assertThrows(AssertionError.class, sim::assertAllRequestsValid);
    assertTrue(all.getMessage().contains("#1 POST /handles (answered 400)"), all.getMessage());
    assertTrue(all.getMessage().contains("MockScid"), all.getMessage());
    AssertionError sent = assertThrows(AssertionError.class, sim::assertRequestsSentAndValid);
    assertEquals(all.getMessage(), sent.getMessage());
    assertEquals(1, sim.simulator().violations().size());
  }

  @Test
  void offendersBeyondTheKeptOnesAreCountedAndFailTheAssertion() {
    for (int i = 0; i < 3; i++) {
      assertEquals(400, Http.post(small.handlesUri(), MOCK_SCID).status());
    }
    for (int i = 0; i < 10; i++) {
      assertEquals(204, Http.post(small.handlesUri(), Http.ACTIVITY).status());
    }
    AssertionError failure = assertThrows(AssertionError.class, small::assertAllRequestsValid);
    assertTrue(failure.getMessage().contains("#2 POST /handles"), failure.getMessage());
    assertTrue(failure.getMessage().contains("#3 POST /handles"), failure.getMessage());
    assertTrue(failure.getMessage().contains("and 1 more exchange that broke the contract or could not be checked, "
        + "not kept (at most 2 are kept)"), failure.getMessage());
  }

  @Test
  void requestsSentAfterTheRecentOnesFilledUpStillCountAsSent() {
    for (int i = 0; i < 10; i++) {
      assertEquals(204, Http.post(small.handlesUri(), Http.ACTIVITY).status());
    }
    small.assertRequestsSentAndValid();
    small.assertAllRequestsValid();
  }

  @Test
  void theListenerOfYourOwnStubsForgetsNoOffenderEither() {
    HandlesContractListener contract = HandlesContractListener.of(HandlesValidator.create(), "/handles", 4);
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
        .extensions(contract));
    server.start();
    try {
      server.stubFor(WireMock.post("/handles").willReturn(WireMock.noContent()));
      URI handles = URI.create(server.baseUrl() + "/handles");
      Http.post(handles, MOCK_SCID);
      for (int i = 0; i < 4; i++) {
        Http.post(handles, Http.ACTIVITY);
      }
      assertEquals(4, contract.exchanges().size());
      assertEquals(1, contract.violations().size());
      AssertionError failure = assertThrows(AssertionError.class, contract::assertNoViolations);
      assertTrue(failure.getMessage().contains("#1 POST /handles (answered 204)"), failure.getMessage());
      assertTrue(failure.getMessage().contains("MockScid"), failure.getMessage());
    } finally {
      server.stop();
    }
  }
}
