package io.handlekit.simulator.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.handlekit.core.ContractHeaders;
import io.handlekit.core.HandleType;
import io.handlekit.core.json.HandleCodec;
import io.handlekit.simulator.Fault;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /handles} as a WireMock extension: the stub for every method on that path names this transformer, which
 * answers each request as the contract (and the configured faults and behaviours) say, in this order: 503 and 429
 * behaviours, 405, 413, 415, the contract header (400), the body (400), then 204 or 201. It never lets an exception
 * out, since WireMock would answer 500: a bug answers 400 with a message and is logged. Thread-safe.
 */
public final class HandlesEndpoint implements ResponseDefinitionTransformerV2 {
  /** The name the stub refers to this transformer by. */
  public static final String NAME = "handlekit-handles-endpoint";

  private static final System.Logger LOG = System.getLogger("io.handlekit.simulator");
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String JSON = ContractHeaders.JSON_MEDIA_TYPE;

  private final SimulatorSettings settings;
  private final BodyJudge judge;
  private final HandleMinter minter;
  private final HandleStore handles;
  private final ExchangeLog exchanges;
  private final ExchangeNotes notes;
  private final JsonMapper mapper = JsonMapper.builder().build();

  public HandlesEndpoint(SimulatorSettings settings, HandleStore handles, ExchangeLog exchanges, SimulatorDesk desk) {
    HandleCodec codec = HandleCodec.create();
    this.settings = settings;
    this.judge = new BodyJudge(settings, codec);
    this.minter = new HandleMinter(settings, codec);
    this.handles = handles;
    this.exchanges = exchanges;
    this.notes = desk.notes();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    byte[] body = new byte[0];
    ValidationReport report = ValidationReport.valid();
    ResponseDefinitionBuilder response;
    try {
      body = WireMockRequests.body(request);
      ValidationReport header = ValidationReport.valid();
      ValidationReport bodyReport = ValidationReport.valid();
      if ("POST".equals(WireMockRequests.method(request))) {
        header = settings.validator()
            .validateContractVersion(WireMockRequests.header(request, WireMockRequests.CONTRACT_VERSION));
        bodyReport = settings.validator().validateRequest(body);
        report = header.and(bodyReport);
      }
      response = answer(request, body, header, bodyReport);
    } catch (RuntimeException | StackOverflowError bug) {
      // The details go to the log only: an answer never carries the simulator's internals.
      LOG.log(System.Logger.Level.ERROR, "the simulator failed on a request; answering 400", bug);
      response = text(400, "The simulator could not process this request.\n");
    }
    if (!settings.latency().isZero()) {
      response.withFixedDelay((int) Math.min(Integer.MAX_VALUE, settings.latency().toMillis()));
    }
    ResponseDefinition definition = response.build();
    notes.judged(report);
    try {
      exchanges.add(WireMockRequests.record(request, body, report, definition.getStatus()));
    } catch (RuntimeException bug) {
      exchanges.lost(); // an assertion over all requests must not pass over it
      LOG.log(System.Logger.Level.ERROR, "the simulator could not record a request", bug);
    }
    return definition;
  }

  private ResponseDefinitionBuilder answer(Request request, byte[] body, ValidationReport header,
      ValidationReport bodyReport) {
    Optional<ResponseDefinitionBuilder> refused = operationalRefusal();
    if (refused.isPresent()) {
      return refused.get();
    }
    String method = WireMockRequests.method(request);
    if (!"POST".equals(method)) {
      if ("GET".equals(method) && settings.has(Fault.OK_200_ON_GET)) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody("{}");
      }
      return text(405, "Method " + method + " is not allowed on /handles; use POST.\n").withHeader("Allow", "POST");
    }
    if (tooLarge(request, body)) {
      return text(413, "The body is larger than the limit of " + settings.maxBodyBytes() + " bytes.\n");
    }
    String contentType = WireMockRequests.header(request, "Content-Type");
    if (!settings.has(Fault.ACCEPT_WRONG_CONTENT_TYPE) && !JsonMediaType.isJson(contentType)) {
      return text(415, (contentType == null ? "No Content-Type" : "Content-Type " + contentType)
          + ": the body must be application/json (UTF-8).\n");
    }
    if (!settings.has(Fault.CONTRACT_HEADER_NOT_CHECKED) && !header.isValid()) {
      List<Violation> errors = new ArrayList<>(header.errors());
      errors.addAll(bodyReport.errors());
      return text(400, ErrorText.of(errors));
    }
    Verdict verdict = judge.judge(body, bodyReport);
    if (verdict instanceof Verdict.Crash) {
      return text(500, "Internal Server Error\n");
    }
    if (verdict instanceof Verdict.Reject reject) {
      return text(400, ErrorText.of(reject.errors()));
    }
    return accepted(((Verdict.Accept) verdict).body());
  }

  private Optional<ResponseDefinitionBuilder> operationalRefusal() {
    for (Optional<Rejection> behaviour : List.of(settings.overload(), settings.throttle())) {
      if (behaviour.isPresent() && behaviour.get().refusesNext()) {
        Rejection rejection = behaviour.get();
        long seconds = rejection.retryAfterSeconds();
        ObjectNode json = mapper.createObjectNode();
        json.put("code", rejection.status());
        json.put("source", "handlekit-simulator");
        json.put("description", (rejection.status() == 429 ? "Too many requests" : "Service overloaded")
            + "; retry after " + seconds + " seconds.");
        json.put("retryAfterSeconds", seconds);
        return Optional.of(aResponse().withStatus(rejection.status())
            .withHeader("Retry-After", Long.toString(seconds))
            .withHeader("Content-Type", JSON)
            .withBody(json.toString()));
      }
    }
    return Optional.empty();
  }

  private boolean tooLarge(Request request, byte[] body) {
    if (body.length > settings.maxBodyBytes()) {
      return true;
    }
    String declared = WireMockRequests.header(request, "Content-Length");
    if (declared == null) {
      return false;
    }
    try {
      return Long.parseLong(declared.strip()) > settings.maxBodyBytes();
    } catch (NumberFormatException notANumber) {
      return false; // Jetty refuses a malformed Content-Length before we see it
    }
  }

  private ResponseDefinitionBuilder accepted(JsonNode body) {
    String type = body.path("type").asText("");
    if (HandleType.INVITE.wireName().equals(type)) {
      HandleMinter.Minted handle = minter.mint(body);
      handles.put(handle.id(), handle.expiration());
      String contentType = settings.has(Fault.HANDLE_WRONG_CONTENT_TYPE) ? TEXT : JSON;
      return aResponse().withStatus(201).withHeader("Content-Type", contentType).withBody(handle.json());
    }
    if (HandleType.ACTIVITY.wireName().equals(type) && settings.has(Fault.ACTIVITY_WITH_BODY)) {
      return aResponse().withStatus(200).withHeader("Content-Type", JSON).withBody(body.toString());
    }
    // An activity; or transfer and search, when a lenient validator lets them through: no body either way.
    return aResponse().withStatus(204);
  }

  private static ResponseDefinitionBuilder text(int status, String message) {
    return text(status, message.getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseDefinitionBuilder text(int status, byte[] message) {
    return aResponse().withStatus(status).withHeader("Content-Type", TEXT).withBody(message);
  }
}
