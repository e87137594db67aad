package io.handlekit.simulator.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The client of the README's JUnit 5 example: what a team's own {@code /handles} client looks like, built from a base
 * URL given as a {@code String}, as most clients take one.
 */
final class MyClient {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String baseUrl;

  MyClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Invites {@code xuid} to the client's session; the status the service answered. */
  int invite(String xuid) {
    String body = "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\","
        + "\"templateName\":\"deathmatch\",\"name\":\"session-49\"},\"invitedXuid\":\"" + xuid + "\","
        + "\"inviteAttributes\":{\"titleId\":\"1234567\"}}";
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/handles"))
        .header("Content-Type", "application/json")
        .header("X-Xbl-Contract-Version", "107")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
