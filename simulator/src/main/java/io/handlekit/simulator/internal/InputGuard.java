package io.handlekit.simulator.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.jakarta.servlet.http.HttpServletResponseWrapper;
import wiremock.org.eclipse.jetty.server.Request;
import wiremock.org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Stands in front of WireMock against the requests that WireMock itself would answer with 500 before any extension
 * sees them. It refuses a query string with a malformed percent-escape (WireMock decodes it eagerly) and a
 * compressed body (WireMock inflates a body that claims gzip, and fails when it is not): the contract knows
 * neither, and a server must answer 4xx. And it hides a form media type from WireMock's eager form decoding (which
 * fails on a {@code %} not followed by two hex digits, common in JSON), so that the endpoint sees the body and the
 * Content-Type header as sent and answers 415 itself. It also drops the {@code Matched-Stub-*} headers WireMock adds.
 */
final class InputGuard extends HandlerWrapper {
  private static final String FORM = "application/x-www-form-urlencoded";

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, wiremock.jakarta.servlet.ServletException {
    String problem = problem(request);
    if (problem == null) {
      super.handle(target, baseRequest, withoutFormDecoding(request), withoutStubIds(response));
      return;
    }
    baseRequest.setHandled(true);
    response.setStatus(problem.startsWith("Content-Encoding") ? 415 : 400);
    response.setContentType("text/plain; charset=utf-8");
    byte[] body = (problem + "\n").getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  // WireMock decides to decode a form by HttpServletRequest.getContentType() alone; headers stay as sent.
  private static HttpServletRequest withoutFormDecoding(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).contains(FORM)) {
      return request;
    }
    return new HttpServletRequestWrapper(request) {
      @Override
      public String getContentType() {
        return "application/octet-stream";
      }
    };
  }

  // WireMock names the stub that answered; the service being simulated sends no such header.
  private static HttpServletResponse withoutStubIds(HttpServletResponse response) {
    return new HttpServletResponseWrapper(response) {
      @Override
      public void addHeader(String name, String value) {
        if (!isStubHeader(name)) {
          super.addHeader(name, value);
        }
      }

      @Override
      public void setHeader(String name, String value) {
        if (!isStubHeader(name)) {
          super.setHeader(name, value);
        }
      }
    };
  }

  private static boolean isStubHeader(String name) {
    return name.regionMatches(true, 0, "Matched-Stub-", 0, "Matched-Stub-".length());
  }

  private static String problem(HttpServletRequest request) {
    String encoding = request.getHeader("Content-Encoding");
    if (encoding != null && !encoding.strip().equalsIgnoreCase("identity")) {
      return "Content-Encoding " + encoding + " is not supported: send the body uncompressed.";
    }
    String query = request.getQueryString();
    if (query != null) {
      try {
        URLDecoder.decode(query, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return "The query string is not well percent-encoded: " + malformed.getMessage();
      }
    }
    return null;
  }
}
