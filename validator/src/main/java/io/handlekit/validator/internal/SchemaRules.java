package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.handlekit.core.HandleType;
import io.handlekit.core.PropertyNames;
import io.handlekit.schema.HandleSchema;
import io.handlekit.validator.Rule;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/**
 * Runs everit with the project's schemas (loaded once) and turns each failed constraint into a violation of the
 * rule it stands for. everit decides what fails and where; the messages are the validator's own, so that
 * they can be localized.
 */
final class SchemaRules {
  private static final Pattern REQUIRED = Pattern.compile("required key \\[(.*)\\] not found", Pattern.DOTALL);

  private final Schema request;
  private final Schema inviteHandle;

  SchemaRules() {
    this.request = load(HandleSchema.HANDLE_REQUEST);
    this.inviteHandle = load(HandleSchema.INVITE_HANDLE);
  }

  private static Schema load(HandleSchema schema) {
    return SchemaLoader.builder()
        .schemaClient(url -> HandleSchema.byId(URI.create(url))
            .orElseThrow(() -> new IllegalArgumentException("schema outside handlekit: " + url))
            .open())
        .draftV7Support()
        .schemaJson(new JSONObject(schema.text()))
        .build()
        .load()
        .build();
  }

  /** Checks {@code root}, looking no deeper than {@code maxDepth} (the schemas constrain three levels). */
  void checkRequest(JsonNode root, int maxDepth, Findings findings) {
    check(request, root, maxDepth, findings);
  }

  void checkInviteHandle(JsonNode root, int maxDepth, Findings findings) {
    check(inviteHandle, root, maxDepth, findings);
  }

  private static void check(Schema schema, JsonNode root, int maxDepth, Findings findings) {
    try {
      schema.validate(OrgJsonTree.convert(root, maxDepth));
    } catch (ValidationException failure) {
      List<ValidationException> leaves = new ArrayList<>();
      collectLeaves(failure, leaves);
      for (ValidationException leaf : leaves) {
        if (!isShadowedTypeFailure(leaf, leaves)) {
          report(leaf, root, findings);
        }
      }
    }
  }

  private static void collectLeaves(ValidationException e, List<ValidationException> leaves) {
    if (e.getCausingExceptions().isEmpty()) {
      leaves.add(e);
    } else {
      e.getCausingExceptions().forEach(cause -> collectLeaves(cause, leaves));
    }
  }

  // A value allowed more than one type (PropertyNames.TITLE_ID: string or integer) fails once per type; the type failure
  // of the branch the value is not of is noise beside the real failure at the same place.
  private static boolean isShadowedTypeFailure(ValidationException leaf, List<ValidationException> leaves) {
    if (!"type".equals(leaf.getKeyword())) {
      return false;
    }
    for (ValidationException other : leaves) {
      if (other != leaf && !"type".equals(other.getKeyword())
          && other.getPointerToViolation().equals(leaf.getPointerToViolation())) {
        return true;
      }
    }
    return false;
  }

  private static void report(ValidationException leaf, JsonNode root, Findings findings) {
    String pointer = leaf.getPointerToViolation().substring(1); // everit writes "#/a/b"
    String keyword = String.valueOf(leaf.getKeyword());
    String property = lastSegment(pointer);
    JsonNode value = at(root, pointer);
    switch (keyword) {
      case "required": {
        Matcher missing = REQUIRED.matcher(leaf.getErrorMessage());
        findings.add(Rule.PROPERTY_REQUIRED, pointer, missing.matches() ? missing.group(1) : "?");
        return;
      }
      case "type":
        FieldReports.wrongType(pointer, property, value, findings);
        return;
      case "const":
      case "enum":
        if ("version".equals(property)) {
          findings.add(Rule.VERSION_VALUE, pointer, FieldReports.shown(value));
        } else if ("type".equals(property) && value.isTextual()
            && HandleType.fromWireName(value.textValue()).filter(t -> !t.isCoveredByContract()).isPresent()) {
          findings.add(Rule.TYPE_NOT_COVERED, pointer, value.textValue());
        } else if ("type".equals(property)) {
          findings.add(Rule.TYPE_VALUE, pointer, FieldReports.shown(value));
        } else {
          findings.add(Rule.SCHEMA_OTHER, pointer, leaf.getErrorMessage());
        }
        return;
      default:
        reportFieldConstraint(keyword, pointer, property, value, leaf, findings);
    }
  }

  private static void reportFieldConstraint(String keyword, String pointer, String property, JsonNode value,
      ValidationException leaf, Findings findings) {
    switch (property) {
      case PropertyNames.SCID:
      case "id":
        FieldReports.notAGuid(pointer, value.asText(), findings);
        return;
      case PropertyNames.INVITED_XUID:
      case PropertyNames.SENDER_XUID:
        FieldReports.notAXuid(pointer, value.asText(), findings);
        return;
      case PropertyNames.TITLE_ID:
        findings.add("pattern".equals(keyword) ? Rule.TITLE_ID_FORMAT : Rule.TITLE_ID_RANGE, pointer, value.asText());
        return;
      case PropertyNames.TEMPLATE_NAME:
        findings.add(Rule.TEMPLATE_NAME_LENGTH, pointer, value.asText().codePointCount(0, value.asText().length()));
        return;
      case "name":
        findings.add(Rule.SESSION_NAME_LENGTH, pointer, value.asText().codePointCount(0, value.asText().length()));
        return;
      case "expiration":
        findings.add(Rule.EXPIRATION_FORMAT, pointer, value.asText());
        return;
      default:
        findings.add(Rule.SCHEMA_OTHER, pointer, leaf.getErrorMessage());
    }
  }

  private static JsonNode at(JsonNode root, String pointer) {
    try {
      return root.at(pointer);
    } catch (IllegalArgumentException notAPointer) {
      return MissingNode.getInstance();
    }
  }

  private static String lastSegment(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
  }
}
