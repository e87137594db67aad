package io.handlekit.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Faulty implementations made the way real ones go wrong: through their framework's defaults (lenient decoding,
 * case-insensitive names, scalar coercion, null as absent, an exact media-type or version match) or under load
 * (racy id generation, 503 without Retry-After). Each is a {@link FrontServer} in front of the fault-free simulator.
 *
 * @param name the fault's name
 * @param description what it does
 * @param category the category it stands for
 * @param expected the checks the default run must fail on it
 * @param behaviour what the front does
 */
record FrameworkFault(String name, String description, String category, Set<String> expected,
    FrontServer.Behaviour behaviour) {
  private static final List<String> KNOWN = List.of("version", "type", "sessionRef", "scid", "templateName", "name", "id",
      "invitedXuid", "inviteAttributes", "titleId", "context", "contextString", "senderString");
  private static final List<String> STRING_MEMBERS = List.of("scid", "templateName", "name", "id", "invitedXuid",
      "context", "contextString", "senderString");
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  static List<FrameworkFault> all() {
    return List.of(
        // ---- bytes
        rewrite("LENIENT_UTF8_DECODING", "decodes the body with U+FFFD for every invalid UTF-8 sequence",
            "bytes", Set.of("malformed.rejected"), BodyRewrites::replaceMalformedUtf8),
        rewrite("OVERLONG_UTF8_ACCEPTED", "reads overlong UTF-8 forms (C0 AF for /) as the characters they encode",
            "bytes", Set.of("malformed.rejected"), BodyRewrites::acceptOverlong),
        rewrite("UTF16_UTF32_SNIFFED", "detects UTF-16 and UTF-32 bodies (BOM or not) and reads them",
            "bytes", Set.of("malformed.rejected"), BodyRewrites::sniffEncoding),
        rewrite("UNESCAPED_CONTROL_CHARACTERS_ACCEPTED", "accepts raw control characters and NUL inside strings",
            "bytes", Set.of("malformed.rejected"), BodyRewrites::escapeControlsInStrings),
        // ---- names
        tree("PROPERTY_NAMES_CASE_INSENSITIVE", "binds SessionRef, VERSION... to sessionRef, version (last one wins)",
            "property names", Set.of("invalid.rejected"), root -> BodyRewrites.caseInsensitiveNames(root, KNOWN)),
        tree("TYPE_VALUE_CASE_INSENSITIVE", "reads type as a case-insensitive enum (\"Invite\" is invite)",
            "property names", Set.of("invalid.rejected"), root -> {
              JsonNode type = root.get("type");
              if (type != null && type.isTextual()) {
                root.put("type", type.textValue().strip().toLowerCase(Locale.ROOT));
              }
            }),
        // ---- coercion
        tree("STRINGS_COERCED_TO_INTEGERS", "reads version \"1\" as 1 and 1.5 as 1 (scalar coercion, truncation)",
            "type coercion", Set.of("invalid.rejected"), root -> {
              JsonNode version = root.get("version");
              if (version != null && version.isTextual()) {
                try {
                  root.put("version", (int) Double.parseDouble(version.textValue().strip()));
                } catch (NumberFormatException notNumber) {
                  // left as it is
                }
              } else if (version != null && version.isFloatingPointNumber()) {
                root.put("version", version.intValue());
              }
            }),
        tree("SCALARS_COERCED_TO_STRINGS", "reads a number or boolean in a string member as its text (7 is \"7\")",
            "type coercion", Set.of("invalid.rejected"), root -> {
              for (ObjectNode object : BodyRewrites.objects(root)) {
                BodyRewrites.scalarsToStrings(object, STRING_MEMBERS);
              }
            }),
        tree("NULL_TREATED_AS_ABSENT", "drops members whose value is null, so an optional null passes",
            "type coercion", Set.of("invalid.rejected"), root -> {
              for (ObjectNode object : BodyRewrites.objects(root)) {
                List<String> nulls = new ArrayList<>();
                object.properties().forEach(e -> {
                  if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                  }
                });
                nulls.forEach(object::remove);
              }
            }),
        tree("SINGLE_VALUE_ARRAYS_UNWRAPPED", "reads [x] in place of a scalar as x (Jackson's UNWRAP_SINGLE_VALUE_ARRAYS)",
            "type coercion", Set.of("invalid.rejected"), root -> {
              for (ObjectNode object : BodyRewrites.objects(root)) {
                for (String name : KNOWN) {
                  JsonNode value = object.get(name);
                  if (value != null && value.isArray() && value.size() == 1 && value.get(0).isValueNode()) {
                    object.set(name, value.get(0));
                  }
                }
              }
            }),
        // ---- numbers
        tree("TITLE_ID_FRACTION_TRUNCATED", "reads a fractional titleId as its integer part",
            "numbers", Set.of("invalid.rejected"), root -> {
              JsonNode title = root.path("inviteAttributes").get("titleId");
              if (title != null && title.isFloatingPointNumber()) {
                ((ObjectNode) root.get("inviteAttributes")).put("titleId", title.longValue());
              }
            }),
        tree("XUID_ZERO_ACCEPTED", "checks that invitedXuid is digits but not that it is at least 1",
            "numbers", Set.of("invalid.rejected"), root -> {
              JsonNode xuid = root.get("invitedXuid");
              if (xuid != null && xuid.isTextual() && xuid.textValue().matches("0+")) {
                root.put("invitedXuid", "1");
              }
            }),
        refuse("XUID_PARSED_AS_SIGNED_LONG", "parses invitedXuid as a signed 64-bit integer: 400 above 9223372036854775807",
            "numbers", Set.of("numbers.accepted"), request -> {
              JsonNode xuid = read(request).path("invitedXuid");
              return xuid.isTextual() && xuid.textValue().matches("[0-9]{1,25}")
                  && new BigInteger(xuid.textValue()).compareTo(LONG_MAX) > 0;
            }),
        refuse("TITLE_ID_INTEGER_REFUSED", "accepts titleId only as a string: 400 for a JSON integer",
            "numbers", Set.of("numbers.accepted"), request -> read(request).path("inviteAttributes").path("titleId").isNumber()),
        // ---- what real clients send
        new FrameworkFault("MEDIA_TYPE_EXACT_MATCH", "accepts only the exact Content-Type application/json (415 else)",
            "media type", Set.of("content-type.accepted"), (request, upstream) -> request.isPost()
                && !request.header("Content-Type").orElse("").equals("application/json")
                ? FrontServer.Response.of(415, "text/plain", "unsupported media type") : upstream.apply(request)),
        new FrameworkFault("MEDIA_TYPE_CHARSET_CASE_SENSITIVE",
            "compares the charset parameter case-sensitively: charset=UTF-8 is 415, only charset=utf-8 passes",
            "media type", Set.of("content-type.accepted"), (request, upstream) -> {
              String type = request.header("Content-Type").orElse("");
              return request.isPost() && type.contains("charset=") && !type.contains("charset=utf-8")
                  && !type.contains("charset=\"utf-8\"")
                  ? FrontServer.Response.of(415, "text/plain", "unsupported charset") : upstream.apply(request);
            }),
        new FrameworkFault("CONTRACT_VERSION_107_ONLY", "accepts only X-Xbl-Contract-Version 107, as the SDK sends it",
            "contract version", Set.of("contract-version.accepted"), (request, upstream) -> request.isPost()
                && !request.header("X-Xbl-Contract-Version").orElse("").strip().equals("107")
                ? FrontServer.Response.of(400, "text/plain", "unsupported contract version") : upstream.apply(request)),
        new FrameworkFault("CONTRACT_VERSION_UP_TO_107", "accepts X-Xbl-Contract-Version 104 to 107 only (a range, not a floor)",
            "contract version", Set.of("contract-version.accepted"), (request, upstream) -> {
              String version = request.header("X-Xbl-Contract-Version").orElse("").strip();
              boolean above = version.matches("[0-9]{1,9}") && Integer.parseInt(version) > 107;
              return request.isPost() && above ? FrontServer.Response.of(400, "text/plain", "unsupported contract version")
                  : upstream.apply(request);
            }),
        new FrameworkFault("CONTRACT_HEADER_NAME_CASE_SENSITIVE", "looks the contract header up by its exact name",
            "header names", Set.of("contract-version.accepted"), (request, upstream) -> request.isPost()
                && !request.hasHeaderNamedExactly("X-Xbl-Contract-Version")
                ? FrontServer.Response.of(400, "text/plain", "missing X-Xbl-Contract-Version") : upstream.apply(request)),
        refuse("KEY_ORDER_DEPENDENT", "needs type before sessionRef in the body (a streaming reader picking the subtype)",
            "key order", Set.of("activity.accepted"), request -> {
              List<String> names = new ArrayList<>();
              read(request).fieldNames().forEachRemaining(names::add);
              return names.contains("type") && names.contains("sessionRef")
                  && names.indexOf("type") > names.indexOf("sessionRef");
            }),
        // ---- concurrency and throttling
        racyIds(),
        overloadedUnderParallelLoad(),
        throttlesWithoutRetryAfter());
  }

  private static FrameworkFault rewrite(String name, String description, String category, Set<String> expected,
      UnaryOperator<byte[]> change) {
    return new FrameworkFault(name, description, category, expected, (request, upstream) ->
        upstream.apply(request.isPost() ? request.withBody(change.apply(request.body())) : request));
  }

  private static FrameworkFault tree(String name, String description, String category, Set<String> expected,
      java.util.function.Consumer<ObjectNode> change) {
    return rewrite(name, description, category, expected, body -> BodyRewrites.tree(body, change));
  }

  private static FrameworkFault refuse(String name, String description, String category, Set<String> expected,
      java.util.function.Predicate<FrontServer.Request> refused) {
    return new FrameworkFault(name, description, category, expected, (request, upstream) ->
        request.isPost() && refused.test(request) ? FrontServer.Response.of(400, "text/plain", "invalid request")
            : upstream.apply(request));
  }

  private static JsonNode read(FrontServer.Request request) {
    try {
      JsonNode tree = BodyRewrites.JSON.readTree(request.body());
      return tree == null ? BodyRewrites.JSON.createObjectNode() : tree;
    } catch (java.io.IOException | RuntimeException e) {
      return BodyRewrites.JSON.createObjectNode();
    }
  }

  /**
   * How long the first request of a race waits for a second one to be in flight. Generous, yet below the
   * catalogue's request timeout of 5 s: a lone request (no second one comes) is answered late, never lost.
   */
  static final Duration OVERLAP_WAIT = Duration.ofSeconds(4);

  /**
   * Mints handle ids from a counter read and written without a lock, with work in between: a race under load. The
   * work lasts until a second invite is being minted (or {@link #OVERLAP_WAIT} passes), so the two overlap however
   * slowly the machine runs; after that first race, invites pass without waiting.
   */
  private static FrameworkFault racyIds() {
    int[] counter = {0};
    CountDownLatch minting = new CountDownLatch(2);
    return new FrameworkFault("HANDLE_IDS_RACE_UNDER_CONCURRENCY",
        "mints handle ids from an unsynchronised counter: invites at the same time get the same id",
        "concurrency", Set.of("invite.concurrent"), (request, upstream) -> {
          FrontServer.Response answer = upstream.apply(request);
          if (!request.isPost() || answer.status() != 201) {
            return answer;
          }
          int read = counter[0];
          minting.countDown();
          await(minting); // the "work" between read and write that opens the race
          counter[0] = read + 1;
          String id = new UUID(0x4861_6e64_6c65_4b69L, read).toString();
          byte[] body = BodyRewrites.tree(answer.body(), handle -> handle.put("id", id));
          return answer.withBody(body);
        });
  }

  /**
   * Answers 503 to a request that comes while another is in progress. The first request stays in progress until a
   * second one has come (or {@link #OVERLAP_WAIT} passes), so parallel invites always meet it; after that, requests
   * pass without waiting and get 503 only when they do overlap.
   */
  private static FrameworkFault overloadedUnderParallelLoad() {
    AtomicInteger inFlight = new AtomicInteger();
    CountDownLatch company = new CountDownLatch(2);
    return new FrameworkFault("ERROR_503_UNDER_PARALLEL_LOAD",
        "answers 503 without Retry-After while another request is in progress", "concurrency",
        Set.of("invite.concurrent", "no-5xx"), (request, upstream) -> {
          int now = inFlight.incrementAndGet();
          try {
            if (request.isPost()) { // the suite's lone GET before the checks must not hold the door
              company.countDown();
              if (now == 1) {
                await(company);
              }
            }
            return now > 1 ? FrontServer.Response.of(503, "text/plain", "busy") : upstream.apply(request);
          } finally {
            inFlight.decrementAndGet();
          }
        });
  }

  private static FrameworkFault throttlesWithoutRetryAfter() {
    AtomicInteger count = new AtomicInteger();
    return new FrameworkFault("ERROR_503_WITHOUT_RETRY_AFTER",
        "answers every fourth request 503 without Retry-After: not a throttle the client can honour", "throttling",
        Set.of("activity.accepted", "no-5xx"), (request, upstream) -> count.incrementAndGet() % 4 == 0
            ? FrontServer.Response.of(503, "text/plain", "overloaded") : upstream.apply(request));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(OVERLAP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  FrontServer start(URI simulator) {
    return new FrontServer(simulator, behaviour);
  }

  @Override
  public String toString() {
    return name;
  }
}
