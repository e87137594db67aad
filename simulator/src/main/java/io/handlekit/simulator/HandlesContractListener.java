package io.handlekit.simulator;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.handlekit.simulator.internal.ExchangeLog;
import io.handlekit.simulator.internal.WireMockRequests;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import java.util.List;
import java.util.Objects;

/**
 * Checks the requests that a WireMock server of your own receives on {@code /handles} against the contract, while
 * your stubs answer as they like: add it to the server's extensions, run your client, then
 * {@link #assertNoViolations()}.
 *
 * <pre>{@code
 * HandlesContractListener contract = HandlesContractListener.create();
 * WireMockServer server = new WireMockServer(options().dynamicPort().extensions(contract));
 * server.start();
 * server.stubFor(post("/handles").willReturn(noContent()));
 * ... run the client against server.baseUrl() ...
 * contract.assertNoViolations();
 * }</pre>
 *
 * <p>It keeps the last {@value #DEFAULT_CAPACITY} exchanges (by default) and, apart from them, up to
 * {@value #DEFAULT_KEPT_VIOLATIONS} that broke the contract, so that {@link #assertNoViolations()} sees every one;
 * beyond that it counts them and the assertion fails. Thread-safe.
 */
public final class HandlesContractListener implements ServeEventListener {
  /** How many exchanges are kept by default. */
  public static final int DEFAULT_CAPACITY = 1_000;
  /** How many exchanges that broke the contract are kept apart from the recent ones. */
  public static final int DEFAULT_KEPT_VIOLATIONS = ExchangeLog.DEFAULT_KEPT_CAPACITY;

  private final HandlesValidator validator;
  private final String path;
  private final ExchangeLog exchanges;

  private HandlesContractListener(HandlesValidator validator, String path, int capacity) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.path = Objects.requireNonNull(path, "path");
    this.exchanges = new ExchangeLog(capacity);
  }

  /** A listener that checks {@code /handles} with the strict validator. */
  public static HandlesContractListener create() {
    return new HandlesContractListener(HandlesValidator.create(), "/handles", DEFAULT_CAPACITY);
  }

  /**
   * A listener that checks the requests to {@code path} (compared exactly, without the query) with
   * {@code validator}, keeping the last {@code capacity} of them.
   */
  public static HandlesContractListener of(HandlesValidator validator, String path, int capacity) {
    return new HandlesContractListener(validator, path, capacity);
  }

  @Override
  public String getName() {
    return "handlekit-contract-listener";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  // Before the response is sent, so that a test that has its response sees the exchange recorded.
  @Override
  public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
    try {
      Request request = serveEvent.getRequest();
      if (!path.equals(WireMockRequests.path(request))) {
        return;
      }
      byte[] body = WireMockRequests.body(request);
      ValidationReport report = WireMockRequests.contractReport(validator, request, body);
      LoggedResponse response = serveEvent.getResponse();
      int status = response != null ? response.getStatus()
          : serveEvent.getResponseDefinition() != null ? serveEvent.getResponseDefinition().getStatus() : 0;
      exchanges.add(WireMockRequests.record(request, body, report, status));
    } catch (RuntimeException | StackOverflowError bug) {
      exchanges.lost(); // the assertion must not pass over a request it could not check
      // A listener must never break the server it listens to.
      System.getLogger("io.handlekit.simulator").log(System.Logger.Level.ERROR, "could not check a request", bug);
    }
  }

  /** The requests to the path seen so far, oldest first. */
  public List<RecordedExchange> exchanges() {
    return exchanges.snapshot();
  }

  /**
   * The requests that broke the contract, oldest first: every one, up to {@value #DEFAULT_KEPT_VIOLATIONS}, also
   * those no longer among the recent {@link #exchanges()} (compacted: bodies cut at 1 KiB, at most 16 errors each).
   */
  public List<RecordedExchange> violations() {
    return exchanges.offending().stream().map(ExchangeLog.Numbered::exchange).toList();
  }

  /** Forgets the exchanges seen so far. */
  public void clear() {
    exchanges.clear();
  }

  /**
   * Fails, listing every request that broke the contract and its problems, or saying how many such requests were
   * not kept (or could not be checked).
   *
   * @throws AssertionError when some request to the path broke the contract
   */
  public void assertNoViolations() {
    String failures = ExchangeProblems.describe(exchanges);
    if (!failures.isEmpty()) {
      throw new AssertionError("requests to " + path + " broke the contract:\n" + failures);
    }
  }
}
