package example;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends an invite to a WireMock stub and validates the body WireMock recorded; exits 1 unless all of it works. */
public final class ValidateWhatWireMockReceived {
  public static void main(String[] args) throws Exception {
    System.out.println("jackson-databind " + jarOf(ObjectMapper.class) + ", jackson-annotations " + jarOf(JsonProperty.class));
    String invite = "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\","
        + "\"templateName\":\"deathmatch\",\"name\":\"session-49\"},\"invitedXuid\":\"3210\","
        + "\"inviteAttributes\":{\"titleId\":\"1234567\"}}";
    WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    try {
      server.stubFor(post(urlEqualTo("/handles")).willReturn(aResponse().withStatus(204)));
      HttpResponse<Void> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/handles"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(invite)).build(),
          HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() != 204) {
        fail("WireMock answered " + answer.statusCode());
      }
      byte[] received = server.getAllServeEvents().get(0).getRequest().getBody();
      ValidationReport report = HandlesValidator.create().validateRequest(received);
      if (!report.isValid()) {
        fail("the invite WireMock received is not valid: " + report.violations());
      }
      System.out.println("VALID: the invite WireMock received passes HandlesValidator");
    } finally {
      server.stop();
    }
  }

  private static String jarOf(Class<?> type) {
    String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static void fail(String why) {
    System.out.println("FAILED: " + why);
    System.exit(1);
  }
}
