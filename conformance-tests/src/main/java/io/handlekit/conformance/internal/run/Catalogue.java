package io.handlekit.conformance.internal.run;

import static io.handlekit.conformance.Level.INFO;
import static io.handlekit.conformance.Level.MUST;
import static io.handlekit.conformance.Level.SHOULD;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.conformance.CheckDescription;
import io.handlekit.core.ContextCharacters;
import io.handlekit.conformance.Fixture;
import io.handlekit.conformance.HostileBody;
import io.handlekit.conformance.LabelledBody;
import io.handlekit.conformance.Level;
import io.handlekit.conformance.ValidBody;
import io.handlekit.conformance.internal.generate.BodyCase;
import io.handlekit.conformance.internal.generate.Generators;
import io.handlekit.conformance.internal.generate.HostileCases;
import io.handlekit.conformance.internal.http.Answer;
import io.handlekit.conformance.internal.http.Probe;
import io.handlekit.conformance.internal.http.ProbeBody;
import io.handlekit.core.ContractHeaders;
import io.handlekit.core.ContractLimits;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The checks of the suite, in the order they run. Ids are stable: reports, selections and CI configs name them.
 *
 * <p>Internal: public only because {@code ConformanceSuite} lists the checks from it; not API.
 */
public final class Catalogue {
  private static final int MIN_VERSION = ContractHeaders.MIN_CONTRACT_VERSION;
  private static final List<Check> CHECKS = build();

  private Catalogue() {}

  public static List<Check> checks() {
    return CHECKS;
  }

  private static List<Check> build() {
    List<Check> checks = new ArrayList<>();
    // ---- activity
    checks.add(check("activity.accepted", MUST, "A valid activity body is accepted (2xx).",
        f -> one("valid activity", valid(Generators.activity(f, true))), accepted()));
    checks.add(check("activity.without-name", MUST, "An activity without sessionRef.name is accepted (2xx): MPSD fills in a GUID.",
        f -> one("activity without name", valid(Generators.activityWithoutName(f))), accepted()));
    checks.add(check("activity.empty-body", SHOULD, "A 2xx answer to an activity has no body.",
        f -> one("valid activity", valid(Generators.activity(f, false))), (p, a, r) -> a.is2xx() && a.bodyLength() > 0
            ? fail("a valid activity " + a.outcome() + " with a " + a.bodyLength() + "-byte body; expected none")
            : pass()));
    checks.add(check("activity.status-204", SHOULD, "A valid activity is answered 204 No Content.",
        f -> one("valid activity", valid(Generators.activity(f, false))), status(204)));

    // ---- invite
    checks.add(check("invite.accepted", MUST, "A valid invite body is accepted (2xx).",
        f -> one("valid invite", valid(Generators.invite(f, true))), accepted()));
    checks.add(check("invite.handle", MUST,
        "A 2xx answer to an invite is an invite handle: schema, GUID id, type, version, and the request's session, invitedXuid and titleId echoed.",
        f -> one("valid invite", valid(Generators.invite(f, true))), Catalogue::inviteHandle));
    checks.add(check("invite.content-type", MUST, "An invite handle is sent with Content-Type application/json.",
        f -> one("valid invite", valid(Generators.invite(f, false))), (p, a, r) -> {
          if (!a.is2xx()) {
            return fail(p.about() + " " + a.outcome() + "; expected 2xx and a JSON invite handle");
          }
          String type = a.mediaType().orElse("(none)");
          return type.equals(ContractHeaders.JSON_MEDIA_TYPE) ? pass()
              : fail("the invite handle came with Content-Type " + a.header("Content-Type").orElse("(none)")
                  + "; expected application/json");
        }));
    checks.add(check("invite.unique-ids", MUST, "Every invite handle of the run has an id of its own.",
        f -> one("valid invite", valid(Generators.invite(f, false))), (p, a, r) -> {
          if (!a.is2xx()) {
            return fail(p.about() + " " + a.outcome() + "; expected 2xx and a new invite handle");
          }
          if (a.bodyCut()) {
            return fail(tooLarge(a));
          }
          Optional<String> id = RunSession.handleId(a);
          if (id.isEmpty()) {
            return fail("the invite handle has no id");
          }
          return r.session().duplicateHandleId(id.get())
              ? fail("the handle id " + id.get() + " was already returned for another invite of this run") : pass();
        }));

    checks.add(new BurstCheck(new CheckDescription("invite.concurrent", MUST,
        "Valid invites sent " + BurstCheck.AT_ONCE + " at a time are each accepted (2xx) with a handle of its own: no id "
            + "repeats across the run."), f -> valid(Generators.invite(f, false))));

    // ---- bodies the contract accepts
    checks.add(check("unknown-properties.accepted", MUST,
        "A valid body with unknown extra properties (at the root, in sessionRef, in inviteAttributes; among them a known "
            + "name in another letter case, such as SessionRef) is accepted (2xx).",
        f -> List.of(
            Stratum.of("valid body with an unknown property",
                Generators.withUnknownProperty(f).map(b -> post(b, " with an unknown property"))),
            Stratum.of("known name in another case",
                Generators.withCaseVariantProperty(f).map(b -> post(b, " with an unknown property named like a known one "
                    + "in another case")))),
        accepted()));
    checks.add(check("numbers.accepted", MUST,
        "An invite with invitedXuid 1 or " + ContractLimits.MAX_XUID_TEXT + ", or titleId 0 or "
            + ContractLimits.MAX_TITLE_ID_TEXT + " (as a string or a JSON "
            + "integer), is accepted (2xx).", Catalogue::numberEdgeStrata, accepted()));
    checks.add(check("context.at-limit-accepted", MUST,
        "An invite whose context URI-encodes to exactly " + ContractLimits.MAX_CONTEXT_LENGTH
            + " characters is accepted (2xx), for each class of characters.",
        f -> contextStrata(f, ContractLimits.MAX_CONTEXT_LENGTH), accepted()));
    checks.add(check("context.over-limit-rejected", MUST,
        "An invite whose context URI-encodes to exactly " + (ContractLimits.MAX_CONTEXT_LENGTH + 1)
            + " characters is rejected (4xx), for each class of characters.",
        f -> contextStrata(f, ContractLimits.MAX_CONTEXT_LENGTH + 1), rejected(false)));

    // ---- bodies the contract rejects
    checks.add(check("invalid.rejected", MUST, "A body breaking exactly one rule of the contract is rejected (4xx).",
        f -> cases(Generators.invalid(f)), rejected(false)));
    checks.add(check("invalid.status-400", SHOULD, "A body breaking one rule of the contract is answered 400.",
        f -> cases(Generators.invalid(f)), status(400)));
    checks.add(check("malformed.rejected", MUST,
        "A body that is not one strict JSON object in UTF-8 (comments, trailing commas, duplicate keys, truncated, not JSON, "
            + "not an object, bad encoding, empty) is rejected (4xx) or the connection closed.",
        f -> cases(Generators.malformed(f)), rejected(true)));
    checks.add(check("malformed.status-400", SHOULD, "A malformed body is answered 400.",
        f -> cases(Generators.malformed(f)), status(400)));
    checks.add(check("large-body.rejected", MUST, "A body of 16 MiB or more is rejected (4xx) or the connection closed.",
        f -> hostile(HostileCases.large()), rejected(true)));
    checks.add(check("deep-body.rejected", MUST,
        "A body nested 10 000 levels deep is rejected (4xx) or the connection closed.",
        f -> hostile(HostileCases.deep()), rejected(true)));

    // ---- headers and verbs
    checks.add(check("contract-version.rejected", MUST,
        "A request whose " + ContractHeaders.CONTRACT_VERSION + " is missing, not an integer or below "
            + ContractHeaders.MIN_CONTRACT_VERSION + " is rejected (4xx).",
        Catalogue::contractVersionStrata, rejected(false)));
    checks.add(check("contract-version.accepted", MUST,
        ContractHeaders.CONTRACT_VERSION + " " + ContractHeaders.MIN_CONTRACT_VERSION + " and later ("
            + ContractHeaders.MIN_CONTRACT_VERSION + " to 108, 2000), with surrounding whitespace, under a header name in "
            + "any letter case, is accepted (2xx): real clients send 105 and 107.",
        Catalogue::contractVersionAcceptedStrata, accepted()));
    checks.add(check("content-type.rejected", MUST, "A valid body sent with a Content-Type other than application/json is rejected (4xx).",
        Catalogue::contentTypeStrata, rejected(false)));
    checks.add(check("content-type.accepted", MUST,
        "A valid body sent as application/json with a charset=utf-8 parameter, in another letter case, with whitespace, "
            + "or under a Content-Type header name in another case, is accepted (2xx): .NET's StringContent sends the "
            + "charset form.", Catalogue::contentTypeAcceptedStrata, accepted()));
    checks.add(check("content-type.status", SHOULD, "A body with another Content-Type is answered 400 or 415.",
        Catalogue::contentTypeStrata, (p, a, r) -> a.answered() && (a.status() == 400 || a.status() == 415) ? pass()
            : fail(p.about() + " " + a.outcome() + "; expected 400 or 415")));
    checks.add(check("method.rejected", MUST, "GET, PUT, PATCH and DELETE on /handles are rejected (4xx).",
        Catalogue::methodStrata, rejected(false)));
    checks.add(check("method.status-405", SHOULD, "Another method on /handles is answered 405 Method Not Allowed.",
        Catalogue::methodStrata, status(405)));
    checks.add(check("method.allow-post", SHOULD, "A 405 answer names POST in its Allow header.",
        Catalogue::methodStrata, (p, a, r) -> {
          if (!a.answered() || a.status() != 405) {
            return pass(); // method.status-405 judges the status; this check only the header of a 405
          }
          Optional<String> allow = a.header("Allow");
          boolean post = allow.isPresent() && Arrays.stream(allow.get().split(","))
              .anyMatch(m -> m.strip().equalsIgnoreCase("POST"));
          return post ? pass() : fail("the 405 answer to " + p.about() + " has Allow: " + allow.orElse("(none)")
              + "; expected it to name POST");
        }));

    // ---- what the contract leaves open: observed, never failed
    checks.add(info("open.bom", "A valid body after a UTF-8 byte order mark (RFC 8259: senders must not add one; servers may ignore it).",
        f -> Generators.activity(f, false).map(b -> {
          byte[] bom = new byte[b.body().length + 3];
          bom[0] = (byte) 0xEF;
          bom[1] = (byte) 0xBB;
          bom[2] = (byte) 0xBF;
          System.arraycopy(b.body(), 0, bom, 3, b.body().length);
          return Probe.post(bom, "a valid activity after a byte order mark", false);
        })));
    checks.add(info("open.version-decimal", "version written 1.0 (equal to 1 under JSON Schema).",
        f -> Generators.activity(f, false).map(b -> Probe.post(
            b.text().replace("\"version\":1", "\"version\":1.0").getBytes(StandardCharsets.UTF_8),
            "an activity with version 1.0", false))));
    checks.add(info("open.transfer", "A transfer handle body (real clients send it; outside this contract).",
        f -> Generators.activity(f, false).map(b -> Probe.post(otherType(b, "transfer",
            ",\"originSessionRef\":{\"scid\":\"bd6c41c3-01c3-468a-a3b5-3e0fe8133862\",\"templateName\":\"lobby\",\"name\":\"origin\"}"),
            "a transfer handle", false))));
    checks.add(info("open.search", "A search handle body (real clients send it; outside this contract).",
        f -> Generators.activity(f, false).map(b -> Probe.post(otherType(b, "search",
            ",\"searchAttributes\":{\"tags\":[\"casual\"],\"strings\":{\"mode\":\"ranked\"},\"numbers\":{\"skill\":17}}"),
            "a search handle", false))));

    // ---- over the whole run
    checks.add(new TrafficCheck(new CheckDescription("no-5xx", MUST, "No request of the run, however odd, is answered with a 5xx."),
        TrafficCheck.Kind.NO_5XX));
    checks.add(new TrafficCheck(new CheckDescription("no-hang", MUST,
        "Every request of the run is answered (or its connection closed) within the per-request timeout."),
        TrafficCheck.Kind.NO_HANG));
    return List.copyOf(checks);
  }

  // ---------------------------------------------------------------- strata

  private static List<Stratum> one(String name, Gen<Probe> probes) {
    return List.of(Stratum.of(name, probes));
  }

  private static Gen<Probe> valid(Gen<ValidBody> bodies) {
    return bodies.map(b -> post(b, ""));
  }

  private static Probe post(ValidBody body, String more) {
    return Probe.post(body.body(), "a valid " + body.type() + more, body.type().equals(HandleType.INVITE.wireName()));
  }

  private static List<Stratum> cases(List<BodyCase> cases) {
    return cases.stream().map(c -> Stratum.of(c.name(), c.bodies().map(b -> Probe.post(b.body(), describe(c, b), false))))
        .toList();
  }

  private static String describe(BodyCase c, LabelledBody body) {
    return "a body breaking " + body.ruleId() + body.pointer().map(p -> " at \"" + p + "\"").orElse("") + " (" + c.name() + ")";
  }

  private static List<Stratum> contextStrata(Fixture f, int length) {
    List<Stratum> strata = new ArrayList<>();
    for (ContextCharacters characters : ContextCharacters.values()) {
      String name = characters.name().toLowerCase(Locale.ROOT).replace('_', '-');
      strata.add(Stratum.of(name, Generators.inviteWithContext(f, Generators.context(characters, length))
          .map(b -> Probe.post(b.body(), "an invite whose context (" + name + " characters) encodes to " + length, true))));
    }
    strata.add(Stratum.of("mixed", Generators.inviteWithContext(f, Generators.mixedContext(length))
        .map(b -> Probe.post(b.body(), "an invite whose context (mixed characters) encodes to " + length, true))));
    return strata;
  }

  private static List<Stratum> hostile(List<HostileBody> bodies) {
    return bodies.stream().map(b -> new Stratum(b.name(),
        Generate.constant(new Probe("POST", List.of(), List.of(), new ProbeBody.Streamed(b), "a body of " + b.name(), false)), 1))
        .toList();
  }

  private static List<Stratum> contractVersionStrata(Fixture f) {
    Gen<ValidBody> bodies = Generators.activity(f, false);
    return List.of(
        Stratum.of("missing", bodies.map(b -> post(b, "").without(Probe.CONTRACT_VERSION)
            .about("a valid activity without X-Xbl-Contract-Version"))),
        Stratum.of("not an integer", Generate.pick(List.of("abc", "", "107.0", "1e3", "10 7", "v107", "-", "0x6B", "107a"))
            .zip(bodies, (v, b) -> post(b, "").withHeader(Probe.CONTRACT_VERSION, v)
                .about("a valid activity with X-Xbl-Contract-Version \"" + v + "\""))),
        Stratum.of("below " + MIN_VERSION, Generate.frequency(List.of(
                org.quicktheories.api.Pair.of(1, Generate.pick(List.of(String.valueOf(MIN_VERSION - 1), "0", "1", "100",
                    "0" + (MIN_VERSION - 1), "-107"))),
                org.quicktheories.api.Pair.of(1, Generate.range(0, MIN_VERSION - 1).map(v -> String.valueOf(v)))))
            .zip(bodies, (v, b) -> post(b, "").withHeader(Probe.CONTRACT_VERSION, v)
                .about("a valid activity with X-Xbl-Contract-Version " + v))));
  }

  private static List<Stratum> contractVersionAcceptedStrata(Fixture f) {
    Gen<ValidBody> bodies = Generators.activity(f, false);
    List<Stratum> strata = new ArrayList<>();
    for (List<String> values : List.of(IntStream.rangeClosed(MIN_VERSION, 108).mapToObj(String::valueOf).toList(),
        List.of("2000", "1000", "200"),
        List.of(" 107", "107 ", " 105 ", "\t106"))) {
      strata.add(Stratum.of(values.get(0).isBlank() || !values.get(0).equals(values.get(0).strip()) ? "with whitespace"
          : values.get(0), Generate.pick(values).zip(bodies, (v, b) -> post(b, "").withHeader(Probe.CONTRACT_VERSION, v)
              .about("a valid activity with X-Xbl-Contract-Version \"" + v + "\""))));
    }
    String header = ContractHeaders.CONTRACT_VERSION;
    int lastWord = header.lastIndexOf('-') + 1;
    String mixed = header.substring(0, 1).toLowerCase(Locale.ROOT) + header.substring(1, lastWord)
        + header.substring(lastWord).toLowerCase(Locale.ROOT); // x-Xbl-Contract-version
    strata.add(Stratum.of("header name in another case", Generate.pick(List.of(header.toLowerCase(Locale.ROOT),
        header.toUpperCase(Locale.ROOT), mixed)).zip(bodies, (name, b) -> post(b, "").withHeader(name, "107")
            .about("a valid activity with the header " + name + ": 107"))));
    return strata;
  }

  private static List<Stratum> contentTypeAcceptedStrata(Fixture f) {
    Gen<ValidBody> bodies = Generators.any(f, false);
    List<Stratum> strata = new ArrayList<>();
    String json = ContractHeaders.JSON_MEDIA_TYPE;
    String upper = json.toUpperCase(Locale.ROOT);
    int subtype = json.indexOf('/') + 1;
    for (List<String> types : List.of(
        List.of(json + "; charset=utf-8", json + ";charset=utf-8", json + "; charset=\"utf-8\""),
        List.of(json + "; charset=UTF-8", json + ";charset=UTF-8"),
        List.of(upper.charAt(0) + json.substring(1, subtype) + upper.substring(subtype), upper + "; CHARSET=UTF-8",
            json.substring(0, subtype) + upper.substring(subtype) + "; Charset=utf-8"),
        List.of(json + " ; charset=utf-8", json + ";  charset=utf-8", json + " "))) {
      strata.add(Stratum.of(types.get(0), Generate.pick(types).zip(bodies, (type, b) -> post(b, "")
          .withHeader(Probe.CONTENT_TYPE, type).about("a valid " + b.type() + " sent as \"" + type + "\""))));
    }
    strata.add(Stratum.of("header name in another case", Generate.pick(List.of("content-type", "CONTENT-TYPE"))
        .zip(bodies, (name, b) -> post(b, "").withHeader(name, json)
            .about("a valid " + b.type() + " with the header " + name + ": " + json))));
    return strata;
  }

  private static List<Stratum> numberEdgeStrata(Fixture f) {
    boolean ownXuids = f instanceof Fixture.Session s && !s.invitedXuids().isEmpty();
    boolean ownTitles = f instanceof Fixture.Session s && !s.titleIds().isEmpty();
    List<Stratum> strata = new ArrayList<>();
    if (!ownXuids) { // a real service's fixture names the only accounts that may be invited
      Gen<String> xuid = Generate.pick(List.of("1", ContractLimits.MAX_XUID_TEXT));
      strata.add(Stratum.of("invitedXuid at its edges", Generators.inviteWithXuid(f, xuid)
          .map(b -> post(b, " with invitedXuid at an edge"))));
    }
    if (!ownTitles) {
      Gen<Long> title = Generate.pick(List.of(ContractLimits.MIN_TITLE_ID, ContractLimits.MAX_TITLE_ID));
      strata.add(Stratum.of("titleId at its edges, as a string", Generators.inviteWithTitleId(f, title, true)
          .map(b -> post(b, " with titleId at an edge"))));
      strata.add(Stratum.of("titleId at its edges, as a JSON integer", Generators.inviteWithTitleId(f, title, false)
          .map(b -> post(b, " with a JSON integer titleId at an edge"))));
    }
    if (strata.isEmpty()) {
      strata.add(Stratum.of("valid invite", valid(Generators.invite(f, false))));
    }
    return strata;
  }

  private static List<Stratum> contentTypeStrata(Fixture f) {
    Gen<ValidBody> bodies = Generators.activity(f, false);
    List<Stratum> strata = new ArrayList<>();
    for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
        "application/octet-stream", "multipart/form-data; boundary=x")) {
      strata.add(Stratum.of(type, bodies.map(b -> post(b, "").withHeader(Probe.CONTENT_TYPE, type)
          .about("a valid activity sent as " + type))));
    }
    strata.add(Stratum.of("none", bodies.map(b -> post(b, "").without(Probe.CONTENT_TYPE)
        .about("a valid activity sent without Content-Type"))));
    return strata;
  }

  private static List<Stratum> methodStrata(Fixture f) {
    Gen<ValidBody> bodies = Generators.activity(f, false);
    List<Stratum> strata = new ArrayList<>();
    for (String method : List.of("GET", "DELETE")) {
      strata.add(new Stratum(method, Generate.constant(
          new Probe(method, List.of(), List.of(), new ProbeBody.None(), method + " /handles", false)), 1));
    }
    for (String method : List.of("PUT", "PATCH")) {
      strata.add(new Stratum(method, bodies.map(b -> new Probe(method, List.of(), List.of(), new ProbeBody.Bytes(b.body()),
          method + " /handles with a valid activity", false)), 2));
    }
    return strata;
  }

  private static byte[] otherType(ValidBody body, String type, String member) {
    String text = body.text().replace("\"type\":\"activity\"", "\"type\":\"" + type + "\"");
    return (text.substring(0, text.length() - 1) + member + "}").getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- judges

  private static PropertyCheck check(String id, Level level, String title, Function<Fixture, List<Stratum>> strata, Judge judge) {
    return new PropertyCheck(new CheckDescription(id, level, title), strata, judge);
  }

  private static PropertyCheck info(String id, String title, Function<Fixture, Gen<Probe>> probes) {
    return new PropertyCheck(new CheckDescription(id, INFO, title),
        f -> List.of(new Stratum(id, probes.apply(f), 1)), (p, a, r) -> {
          r.note(p.about() + ": " + a.summary());
          return pass();
        });
  }

  private static Optional<String> pass() {
    return Optional.empty();
  }

  private static Optional<String> fail(String message) {
    return Optional.of(message);
  }

  private static Judge accepted() {
    return (p, a, r) -> {
      r.session().validAnswered(a);
      return a.is2xx() ? pass() : fail(p.about() + " " + a.outcome() + "; expected 2xx" + hint(a));
    };
  }

  // The usual reasons a real service refuses valid bodies, which are the setup's and not the contract's.
  private static String hint(Answer a) {
    if (!a.answered()) {
      return "";
    }
    return switch (a.status()) {
      case 401, 403 -> " (is the Authorization header right? pass it with header/secretHeader)";
      case 404 -> " (does the session exist? name one with fixture(scid, templateName, sessionName))";
      default -> "";
    };
  }

  private static Judge rejected(boolean closedIsFine) {
    return (p, a, r) -> a.is4xx() || (closedIsFine && a.kind() == Answer.Kind.CLOSED) ? pass()
        : fail(p.about() + " " + a.outcome() + "; expected 4xx" + (closedIsFine ? " or a closed connection" : ""));
  }

  private static Judge status(int expected) {
    return (p, a, r) -> a.answered() && a.status() == expected ? pass()
        : fail(p.about() + " " + a.outcome() + "; expected " + expected);
  }

  private static String tooLarge(Answer answer) {
    return "the handle is larger than " + answer.body().length + " bytes (" + answer.bodyLength()
        + " bytes came); not judged";
  }

  /** What is plainly wrong with a handle, judged without the validator: not an object, version not 1, type not invite. */
  static Optional<String> plainlyBroken(byte[] body) {
    JsonNode handle;
    try {
      handle = RunSession.JSON.readTree(body);
    } catch (IOException | RuntimeException e) {
      return Optional.of("it is not JSON the suite can read (" + e.getClass().getSimpleName() + ")");
    }
    if (handle == null || !handle.isObject()) {
      return Optional.of("it is not a JSON object");
    }
    JsonNode version = handle.get(PropertyNames.VERSION);
    if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != HandleRequest.VERSION) {
      String shown = version == null ? "none" : version.toString();
      return Optional.of("its version is not the integer " + HandleRequest.VERSION + " (found " + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown) + ")");
    }
    JsonNode type = handle.get(PropertyNames.TYPE);
    if (type == null || !HandleType.INVITE.wireName().equals(type.textValue())) {
      return Optional.of("its type is not \"invite\"");
    }
    return Optional.empty();
  }

  private static Optional<String> inviteHandle(Probe probe, Answer answer, CheckRun run) {
    if (!answer.is2xx()) {
      return fail(probe.about() + " " + answer.outcome() + "; expected 2xx and an invite handle");
    }
    JsonNode request;
    try {
      request = RunSession.JSON.readTree(probe.bytes().orElseThrow());
    } catch (IOException e) {
      throw new IllegalStateException("the suite's own invite body does not parse", e);
    }
    if (answer.bodyCut()) {
      return fail(tooLarge(answer));
    }
    ValidationReport report;
    try {
      report = run.session().validator().validateInviteHandle(answer.body(), request);
    } catch (RuntimeException | StackOverflowError e) {
      // Every answer is judged: when the validator cannot, the handle is held to the plainest facts, and only a
      // handle that has them all leaves the validator's failure as the suite's own (ERROR).
      Optional<String> broken = plainlyBroken(answer.body());
      if (broken.isPresent()) {
        return fail("the invite handle breaks the contract: " + broken.get());
      }
      throw e;
    }
    if (report.isValid()) {
      return pass();
    }
    return fail("the invite handle breaks the contract: " + report.errors().stream()
        .map(Violation::toString).limit(5).collect(Collectors.joining("; ")));
  }
}
