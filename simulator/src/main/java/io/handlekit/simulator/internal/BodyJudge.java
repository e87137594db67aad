package io.handlekit.simulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;
import io.handlekit.core.json.HandleCodec;
import io.handlekit.simulator.Fault;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what to do with a body: the validator's report, then the configured faults, each making the mistake a
 * real implementation would make (ignoring a rule, counting a length wrongly, crashing on odd input). Without
 * faults, the body is accepted exactly when the validator finds no error. Immutable and thread-safe.
 */
final class BodyJudge {
  private static final String VERSION = "/version";
  private static final String SCID = "/sessionRef/scid";
  private static final String INVITED_XUID = "/invitedXuid";
  private static final String TITLE_ID = "/inviteAttributes/titleId";
  private static final String CONTEXT = "/inviteAttributes/context";
  private static final String PLACEHOLDER_SCID = "00000000-0000-0000-0000-000000000000";

  private final SimulatorSettings settings;
  private final HandleCodec codec;

  BodyJudge(SimulatorSettings settings, HandleCodec codec) {
    this.settings = settings;
    this.codec = codec;
  }

  Verdict judge(byte[] body, ValidationReport report) {
    Optional<Rule> crash = crashTrigger(report);
    if (crash.isPresent()) {
      return new Verdict.Crash(crash.get());
    }
    if (settings.faults().isEmpty() && !report.isValid()) {
      return new Verdict.Reject(report.errors()); // the common case needs no tree
    }
    JsonNode tree;
    try {
      tree = codec.parse(body);
    } catch (RuntimeException notJson) {
      tree = null;
    }
    List<Violation> violations = report.violations();
    if (tree != null && tree.isObject()) {
      ObjectNode patched = patched((ObjectNode) tree);
      if (patched != null) {
        tree = patched;
        violations = settings.validator().validateRequest(patched).violations();
      }
    }
    List<Violation> errors = new ArrayList<>();
    for (Violation violation : withFaults(violations, tree)) {
      if (violation.severity() == Severity.ERROR) {
        errors.add(violation);
      }
    }
    if (errors.isEmpty() && (tree == null || !tree.isObject())) {
      // Only reachable when the validator was told to ignore the rules that say so.
      errors.add(error(Rule.JSON_NOT_OBJECT, "", "Expected one JSON object."));
    }
    return errors.isEmpty() ? new Verdict.Accept(tree) : new Verdict.Reject(List.copyOf(errors));
  }

  private Optional<Rule> crashTrigger(ValidationReport report) {
    if (settings.has(Fault.ERROR_500_ON_MALFORMED_JSON) && report.has(Rule.JSON_MALFORMED)) {
      return Optional.of(Rule.JSON_MALFORMED);
    }
    if (settings.has(Fault.ERROR_500_ON_LONE_SURROGATE) && report.has(Rule.STRING_LONE_SURROGATE)) {
      return Optional.of(Rule.STRING_LONE_SURROGATE);
    }
    if (settings.has(Fault.ERROR_500_ON_DEEP_NESTING) && report.has(Rule.JSON_TOO_DEEP)) {
      return Optional.of(Rule.JSON_TOO_DEEP);
    }
    return Optional.empty();
  }

  /** The body as a faulty server sees it, or null when no fault changes it. */
  private ObjectNode patched(ObjectNode body) {
    ObjectNode copy = null;
    JsonNode type = body.get(PropertyNames.TYPE);
    if (settings.has(Fault.ACCEPT_UNKNOWN_TYPE) && type != null && type.isTextual()
        && HandleType.fromWireName(type.textValue()).isEmpty()) {
      copy = body.deepCopy();
      copy.put(PropertyNames.TYPE, HandleType.ACTIVITY.wireName());
    }
    if (settings.has(Fault.ACCEPT_MISSING_SESSION_REF) && !body.has(PropertyNames.SESSION_REF)) {
      copy = copy == null ? body.deepCopy() : copy;
      ObjectNode placeholder = copy.putObject(PropertyNames.SESSION_REF);
      placeholder.put(PropertyNames.SCID, PLACEHOLDER_SCID);
      placeholder.put(PropertyNames.TEMPLATE_NAME, "default");
      placeholder.put(PropertyNames.NAME, "default");
    }
    return copy;
  }

  private List<Violation> withFaults(List<Violation> violations, JsonNode body) {
    List<Violation> result = new ArrayList<>(violations.size() + 1);
    for (Violation violation : violations) {
      if (ignoredByFault(violation, body)) {
        continue;
      }
      if (settings.has(Fault.REJECT_UNKNOWN_PROPERTIES) && violation.rule() == Rule.PROPERTY_UNKNOWN) {
        result.add(new Violation(violation.rule(), Severity.ERROR, violation.pointer(), violation.location(),
            violation.message()));
      } else {
        result.add(violation);
      }
    }
    if (body != null && body.isObject()) {
      miscountedContext(body).ifPresent(result::add);
      activityWithoutName(body).ifPresent(result::add);
    }
    return result;
  }

  private boolean ignoredByFault(Violation violation, JsonNode body) {
    String pointer = violation.pointer().orElse(null);
    Rule rule = violation.rule();
    if (settings.has(Fault.ACCEPT_ANY_VERSION) && VERSION.equals(pointer)) {
      return true;
    }
    if (settings.has(Fault.ACCEPT_NON_GUID_SCID) && rule == Rule.GUID_FORMAT && SCID.equals(pointer)) {
      return true;
    }
    if (settings.has(Fault.ACCEPT_OVERFLOWING_TITLE_ID) && rule == Rule.TITLE_ID_RANGE && TITLE_ID.equals(pointer)) {
      return true;
    }
    if (rule == Rule.XUID_FORMAT && INVITED_XUID.equals(pointer) && body != null) {
      JsonNode xuid = body.get(PropertyNames.INVITED_XUID);
      boolean empty = xuid != null && xuid.isTextual() && xuid.textValue().isEmpty();
      boolean nonNumeric = xuid != null && xuid.isTextual() && !empty;
      return (empty && settings.has(Fault.ACCEPT_EMPTY_XUID))
          || (nonNumeric && settings.has(Fault.ACCEPT_NON_NUMERIC_XUID));
    }
    return rule == Rule.CONTEXT_TOO_LONG && miscounts();
  }

  private boolean miscounts() {
    return settings.has(Fault.CONTEXT_COUNTED_RAW) || settings.has(Fault.CONTEXT_FORM_ENCODED)
        || settings.has(Fault.CONTEXT_OFF_BY_ONE);
  }

  /** The context rule as the faulty server computes it, in place of the validator's. */
  private Optional<Violation> miscountedContext(JsonNode body) {
    if (!miscounts()) {
      return Optional.empty();
    }
    JsonNode context = body.path(PropertyNames.INVITE_ATTRIBUTES).get(PropertyNames.CONTEXT);
    if (context == null || !context.isTextual()) {
      return Optional.empty();
    }
    ContextCount count = settings.has(Fault.CONTEXT_COUNTED_RAW) ? ContextCount.RAW
        : settings.has(Fault.CONTEXT_FORM_ENCODED) ? ContextCount.FORM_ENCODED : ContextCount.URI_ENCODED;
    int limit = settings.has(Fault.CONTEXT_OFF_BY_ONE) ? ContextCount.LIMIT + 1 : ContextCount.LIMIT;
    int length = count.length(context.textValue());
    if (length <= limit) {
      return Optional.empty();
    }
    return Optional.of(error(Rule.CONTEXT_TOO_LONG, CONTEXT,
        "context is " + length + " characters long; the limit is " + ContextCount.LIMIT + "."));
  }

  private Optional<Violation> activityWithoutName(JsonNode body) {
    if (!settings.has(Fault.REJECT_ACTIVITY_WITHOUT_NAME)
        || !HandleType.ACTIVITY.wireName().equals(body.path(PropertyNames.TYPE).asText(null))) {
      return Optional.empty();
    }
    JsonNode sessionRef = body.get(PropertyNames.SESSION_REF);
    if (sessionRef == null || !sessionRef.isObject() || sessionRef.has(PropertyNames.NAME)) {
      return Optional.empty();
    }
    return Optional.of(error(Rule.PROPERTY_REQUIRED, "/sessionRef", "Missing required property \"name\"."));
  }

  private static Violation error(Rule rule, String pointer, String message) {
    return new Violation(rule, Severity.ERROR, Optional.of(pointer), Optional.empty(), message);
  }
}
