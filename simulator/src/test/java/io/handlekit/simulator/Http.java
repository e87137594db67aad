package io.handlekit.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A small real HTTP client for the tests: HTTP/1.1 to loopback, bounded by timeouts. */
final class Http {
  static final String ACTIVITY = """
      {"version":1,"type":"activity","sessionRef":{"scid":"bd6c41c3-01c3-468a-a3b5-3e0fe8133862",\
      "templateName":"deathmatch","name":"session-49"}}""";
  static final String INVITE = """
      {"version":1,"type":"invite","sessionRef":{"scid":"bd6c41c3-01c3-468a-a3b5-3e0fe8133862",\
      "templateName":"deathmatch","name":"session-49"},"invitedXuid":"3210",\
      "inviteAttributes":{"titleId":"1234567","context":"lobby=7&mode=ranked",\
      "contextString":"///invite_ranked","senderString":"Matchmaking"}}""";

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  private Http() {}

  record Response(int status, Map<String, java.util.List<String>> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    Optional<String> header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst();
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }
  }

  /** A request builder with the contract's headers preset; headers set to null are left out. */
  static final class Call {
    private final URI uri;
    private String method = "POST";
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];

    private Call(URI uri) {
      this.uri = uri;
      headers.put("Content-Type", "application/json");
      headers.put("X-Xbl-Contract-Version", "107");
    }

    Call method(String method) {
      this.method = method;
      return this;
    }

    Call header(String name, String value) {
      if (value == null) {
        headers.remove(name);
      } else {
        headers.put(name, value);
      }
      return this;
    }

    Call body(String body) {
      return body(body.getBytes(StandardCharsets.UTF_8));
    }

    Call body(byte[] body) {
      this.body = body.clone();
      return this;
    }

    Response send() {
      return send(Duration.ofSeconds(30));
    }

    /** Sends the request; an answer slower than {@code timeout} fails the test. */
    Response send(Duration timeout) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
          .method(method, body.length == 0 && !method.equals("POST")
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(request::header);
      try {
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response.headers().map(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static Call to(URI uri) {
    return new Call(uri);
  }

  static Response post(URI uri, String body) {
    return to(uri).body(body).send();
  }

  static HttpClient client() {
    return CLIENT;
  }
}
