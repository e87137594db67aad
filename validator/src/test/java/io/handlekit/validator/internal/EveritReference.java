package io.handlekit.validator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.schema.HandleSchema;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Plain everit on the project's schemas, loaded here: the reference that the validator's fast path and its reports
 * are held to, by the property tests and the fuzz tests alike. The org.json value it judges is either read by
 * org.json itself ({@link #requestFaults}) or converted from the validator's tree by {@code OrgJsonTree}, which
 * carries the project's decision that an integral number such as {@code 1.0} is the integer it equals; whether a
 * text is one JSON object at all is held to plain Jackson by the fuzz tests.
 */
final class EveritReference {
  static final Schema REQUEST = load(HandleSchema.HANDLE_REQUEST);
  static final Schema INVITE_HANDLE = load(HandleSchema.INVITE_HANDLE);
  /** Rules that no schema expresses; everit cannot see them. */
  static final Set<Rule> SEMANTIC = EnumSet.of(Rule.XUID_RANGE, Rule.TITLE_ID_RANGE, Rule.CONTEXT_TOO_LONG,
      Rule.STRING_LONE_SURROGATE, Rule.TYPE_NOT_COVERED, Rule.GUID_FORMAT, Rule.XUID_FORMAT,
      Rule.RESPONSE_ECHO_SESSION_REF, Rule.RESPONSE_ECHO_INVITED_XUID, Rule.RESPONSE_ECHO_TITLE_ID);
  /** Rules about the text or the tree as a whole, which everit is never shown. */
  static final Set<Rule> TEXT = EnumSet.of(Rule.INPUT_EMPTY, Rule.INPUT_TOO_LARGE, Rule.INPUT_ENCODING, Rule.INPUT_BOM,
      Rule.JSON_MALFORMED, Rule.JSON_DUPLICATE_KEY, Rule.JSON_TOO_DEEP, Rule.JSON_NOT_OBJECT, Rule.STRING_LONE_SURROGATE);

  private EveritReference() {}

  private static Schema load(HandleSchema schema) {
    return SchemaLoader.builder()
        .schemaClient(url -> HandleSchema.byId(URI.create(url)).orElseThrow().open())
        .draftV7Support()
        .schemaJson(new JSONObject(schema.text()))
        .build().load().build();
  }

  /** The pointers where everit faults {@code text}, read by org.json itself. */
  static List<String> requestFaults(String text) {
    return faults(REQUEST, new JSONTokener(text).nextValue());
  }

  /** The pointers where everit faults an org.json value. */
  static List<String> faults(Schema schema, Object json) {
    try {
      schema.validate(json);
      return List.of();
    } catch (ValidationException e) {
      List<String> pointers = new ArrayList<>();
      collect(e, pointers);
      return pointers;
    }
  }

  private static void collect(ValidationException e, List<String> pointers) {
    if (e.getCausingExceptions().isEmpty()) {
      pointers.add(e.getPointerToViolation().substring(1));
    } else {
      e.getCausingExceptions().forEach(cause -> collect(cause, pointers));
    }
  }

  /**
   * The report agrees with everit's {@code faults}: every place everit faults is an error of the report, no
   * schema failure is left unnamed, and where everit finds nothing, the report's errors are all rules that
   * everit cannot see. A report cut short by its findings cap is held to its verdict only.
   */
  static void assertAgrees(List<String> faults, ValidationReport report, String label) {
    assertTrue(!report.has(Rule.SCHEMA_OTHER), "every schema failure maps to a named rule: " + report);
    assertTrue(!report.has(Rule.INTERNAL_ERROR), "the validator failed: " + label + ": " + report);
    if (!faults.isEmpty()) {
      assertTrue(!report.isValid(), "everit faults " + faults + " but the report is valid: " + label);
    }
    if (report.has(Rule.FINDINGS_TRUNCATED)) {
      return;
    }
    Set<String> reported = new TreeSet<>();
    for (Violation error : report.errors()) {
      reported.add(error.pointer().orElse("?"));
    }
    for (String pointer : faults) {
      assertTrue(reported.contains(pointer), pointer + " not reported for " + label + ": " + report);
    }
    if (faults.isEmpty()) {
      for (Violation error : report.errors()) {
        assertTrue(SEMANTIC.contains(error.rule()) || TEXT.contains(error.rule()), error + " where everit found nothing: " + label);
      }
    }
  }

  /**
   * The fast path is never more lenient than everit on the same tree, and where it is stricter (ids re-checked
   * without the trailing newline that a schema pattern lets through), the validator's report is not valid either.
   */
  static void assertFastPathAgrees(JsonNode tree, int maxDepth, ValidationReport report, String label) {
    List<String> faults = faults(REQUEST, OrgJsonTree.convert(tree, maxDepth));
    if (ContractShape.isRequest(tree)) {
      assertEquals(List.of(), faults, "the fast path conforms where everit faults: " + label);
    } else if (faults.isEmpty()) {
      assertTrue(!report.isValid(), "the fast path refused what everit and the report accept: " + label);
    }
  }

  /** The first characters of an input, to name it in a failure message. */
  static String label(String input) {
    return input.length() <= 300 ? input : input.substring(0, 300) + "… (" + input.length() + " characters)";
  }
}
