package io.handlekit.simulator.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.handlekit.core.ContractHeaders;
import io.handlekit.simulator.RecordedExchange;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a WireMock request in the simulator's terms: its method, path, headers, contract report and record. */
public final class WireMockRequests {
  /** The header every request must carry. */
  public static final String CONTRACT_VERSION = ContractHeaders.CONTRACT_VERSION;

  private WireMockRequests() {}

  public static String method(Request request) {
    return request.getMethod().getName().toUpperCase(Locale.ROOT);
  }

  /** The path without the query. */
  public static String path(Request request) {
    String url = request.getUrl();
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** The header's value, its values joined by commas when sent more than once (as HTTP folds them); null when absent. */
  public static String header(Request request, String name) {
    HttpHeader header = request.header(name);
    if (header == null || !header.isPresent()) {
      return null;
    }
    return String.join(",", header.values());
  }

  public static byte[] body(Request request) {
    byte[] body = request.getBody();
    return body == null ? new byte[0] : body;
  }

  /**
   * What the contract says about the request: for a POST, the {@code X-Xbl-Contract-Version} header and the body;
   * for another method nothing (the method itself is the problem, see {@link RecordedExchange#problems()}).
   */
  public static ValidationReport contractReport(HandlesValidator validator, Request request, byte[] body) {
    if (!"POST".equals(method(request))) {
      return ValidationReport.valid();
    }
    return validator.validateContractVersion(header(request, CONTRACT_VERSION)).and(validator.validateRequest(body));
  }

  public static RecordedExchange record(Request request, byte[] body, ValidationReport report, int status) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (request.getHeaders() != null) {
      for (HttpHeader header : request.getHeaders().all()) {
        headers.put(header.key(), header.values());
      }
    }
    return new RecordedExchange(method(request), path(request), headers, body, body.length, report, status);
  }
}
