package io.handlekit.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Faulty implementations the simulator has no fault for: a WireMock server in front of the fault-free simulator,
 * proxying everything to it except what one stub changes.
 *
 * @param name the fault's name
 * @param description what it does
 * @param expected the checks the suite must fail on it
 * @param timeout the suite's per-request timeout for it (null: the default of the catalogue)
 * @param stubs the stubs that make the fault
 */
record StubbedFault(String name, String description, Set<String> expected, Duration timeout, Consumer<WireMockServer> stubs) {

  /** A running faulty server. */
  record Server(WireMockServer wireMock) implements AutoCloseable {
    String baseUrl() {
      return "http://127.0.0.1:" + wireMock.port();
    }

    @Override
    public void close() {
      wireMock.stop();
    }
  }

  static List<StubbedFault> all() {
    return List.of(
        new StubbedFault("METHOD_405_WITHOUT_ALLOW", "answers other methods 405 without an Allow header",
            Set.of("method.allow-post"), null, w -> {
              for (MappingBuilder m : List.of(get(urlPathEqualTo("/handles")), put(urlPathEqualTo("/handles")),
                  patch(urlPathEqualTo("/handles")), delete(urlPathEqualTo("/handles")))) {
                w.stubFor(m.atPriority(1).willReturn(aResponse().withStatus(405)));
              }
            }),
        new StubbedFault("HANG_ON_INVITE", "never answers an invite in time",
            Set.of("invite.accepted", "no-hang"), Duration.ofMillis(300), w -> w.stubFor(post(urlPathEqualTo("/handles"))
                .withRequestBody(containing("\"type\":\"invite\"")).atPriority(1)
                .willReturn(aResponse().withStatus(201).withFixedDelay(1500)))),
        new StubbedFault("RESET_ON_ACTIVITY", "closes the connection on every activity",
            Set.of("activity.accepted"), null, w -> w.stubFor(post(urlPathEqualTo("/handles"))
                .withRequestBody(containing("\"type\":\"activity\"")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))),
        new StubbedFault("ACCEPT_HUGE_BODY", "accepts a 16 MiB body",
            Set.of("large-body.rejected"), null, w -> w.stubFor(post(urlPathEqualTo("/handles"))
                .withRequestBody(containing("\"padding\"")).atPriority(1).willReturn(aResponse().withStatus(204)))),
        new StubbedFault("ACCEPT_MISSING_CONTRACT_HEADER", "accepts a request without X-Xbl-Contract-Version (checks its value when present)",
            Set.of("contract-version.rejected"), null, w -> w.stubFor(post(urlPathEqualTo("/handles"))
                .withHeader("X-Xbl-Contract-Version", absent()).atPriority(1).willReturn(aResponse().withStatus(204)))),
        new StubbedFault("UNPROCESSABLE_422", "answers invalid bodies 422 instead of 400",
            Set.of("invalid.status-400"), null, w -> w.stubFor(post(urlPathEqualTo("/handles"))
                .withRequestBody(containing("\"version\":2")).atPriority(1).willReturn(aResponse().withStatus(422)))),
        new StubbedFault("ERROR_500_ON_EMPTY_BODY", "answers an empty body with 500",
            Set.of("malformed.rejected", "no-5xx"), null, w -> w.stubFor(post(urlPathEqualTo("/handles"))
                .withHeader("Content-Length", equalTo("0")).atPriority(1).willReturn(aResponse().withStatus(500)))));
  }

  Server start(URI simulator) {
    WireMockServer wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(16).jettyAcceptors(1));
    wireMock.start();
    wireMock.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(simulator.toString())));
    stubs.accept(wireMock);
    return new Server(wireMock);
  }

  @Override
  public String toString() {
    return name;
  }
}
