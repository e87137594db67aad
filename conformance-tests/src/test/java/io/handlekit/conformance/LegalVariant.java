package io.handlekit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Implementations that differ from the simulator in ways the contract allows: the whole default run must say they
 * conform (SHOULD checks may fail). The other half of the catalogue's proof: the suite is strict, not trigger-happy.
 *
 * @param name the variant's name
 * @param description what it does differently
 * @param behaviour what the {@link FrontServer} in front of the simulator does
 */
record LegalVariant(String name, String description, FrontServer.Behaviour behaviour) {

  static List<LegalVariant> all() {
    return List.of(
        new LegalVariant("STATUS_200", "answers 200 where the simulator answers 201 or 204", (request, upstream) -> {
          FrontServer.Response answer = upstream.apply(request);
          return answer.status() == 201 || answer.status() == 204 ? answer.withStatus(200) : answer;
        }),
        new LegalVariant("PROBLEM_JSON_422", "answers invalid bodies 422 with an application/problem+json body",
            (request, upstream) -> {
              FrontServer.Response answer = upstream.apply(request);
              return answer.status() == 400 ? FrontServer.Response.of(422, "application/problem+json",
                  "{\"type\":\"about:blank\",\"title\":\"Unprocessable Content\",\"status\":422,\"detail\":\"invalid handle\"}")
                  : answer;
            }),
        new LegalVariant("UPPERCASE_GUIDS_AND_EXTRA_PROPERTIES",
            "writes handle ids and scids in upper case and adds properties of its own to the handle", (request, upstream) -> {
              FrontServer.Response answer = upstream.apply(request);
              if (answer.status() != 201) {
                return answer;
              }
              return answer.withBody(BodyRewrites.tree(answer.body(), handle -> {
                handle.put("id", handle.path("id").asText().toUpperCase(Locale.ROOT));
                JsonNode ref = handle.get("sessionRef");
                if (ref instanceof ObjectNode sessionRef) {
                  sessionRef.put("scid", sessionRef.path("scid").asText().toUpperCase(Locale.ROOT));
                }
                handle.putObject("serverInfo").put("region", "eu-west").put("build", 1207);
                handle.put("ownerXuid", "2814679796296491");
              }));
            }),
        throttlesSomeRequests(),
        new LegalVariant("CHUNKED_CONNECTION_CLOSE", "sends every body chunked and closes the connection after each answer",
            (request, upstream) -> upstream.apply(request).withHeader("Connection", "close").sentChunked()),
        new LegalVariant("REORDERED_HANDLE_LOWER_CASE_HEADERS",
            "writes the handle's members in reverse order and its header names in lower case", (request, upstream) -> {
              FrontServer.Response answer = upstream.apply(request);
              List<Header> lower = answer.headers().stream()
                  .map(h -> new Header(h.name().toLowerCase(Locale.ROOT), h.value())).toList();
              FrontServer.Response out = new FrontServer.Response(answer.status(), lower, answer.body(), false);
              if (answer.status() != 201) {
                return out;
              }
              return out.withBody(BodyRewrites.rewritten(answer.body(), handle -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
                handle.properties().forEach(members::add);
                handle.removeAll();
                for (int i = members.size() - 1; i >= 0; i--) {
                  handle.set(members.get(i).getKey(), members.get(i).getValue());
                }
              }));
            }));
  }

  /**
   * Throttles about a third of the requests the first time each is seen, with 429 or 503 and {@code Retry-After: 0}
   * (nothing processed); the same request sent again goes through. Deterministic: it depends on the request, not
   * on timing.
   */
  private static LegalVariant throttlesSomeRequests() {
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    return new LegalVariant("THROTTLES_SOME_REQUESTS",
        "answers a third of the requests 429 or 503 with Retry-After: 0 the first time, then processes them",
        (request, upstream) -> {
          int key = 31 * (31 * request.method().hashCode() + request.headers().toString().hashCode())
              + Arrays.hashCode(request.body());
          int bucket = Math.floorMod(key, 6);
          if (bucket < 2 && seen.add(key)) {
            return FrontServer.Response.of(bucket == 0 ? 429 : 503, "application/json", "{\"code\":\"throttled\"}")
                .withHeader("Retry-After", "0");
          }
          return upstream.apply(request);
        });
  }

  FrontServer start(URI simulator) {
    return new FrontServer(simulator, behaviour);
  }

  @Override
  public String toString() {
    return name;
  }
}
