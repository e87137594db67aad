package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handlekit.schema.HandleSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema files state the contract's numbers and names in their own syntax; core's constants state them
 * for the code. Neither may drift from the other.
 */
class SchemaAgreesWithContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void namesHaveTheSameLengthLimits() throws IOException {
    JsonNode definitions = read(HandleSchema.DEFINITIONS).get("definitions");
    for (String name : List.of("templateName", "sessionName")) {
      assertEquals(ContractLimits.MIN_NAME_LENGTH, definitions.get(name).get("minLength").intValue(), name);
      assertEquals(ContractLimits.MAX_NAME_LENGTH, definitions.get(name).get("maxLength").intValue(), name);
    }
  }

  @Test
  void titleIdHasTheSameRange() throws IOException {
    JsonNode titleId = read(HandleSchema.DEFINITIONS).get("definitions").get("titleId");
    assertEquals(ContractLimits.MIN_TITLE_ID, titleId.get("minimum").longValue());
    assertEquals(ContractLimits.MAX_TITLE_ID, titleId.get("maximum").longValue());
    assertEquals(ContractLimits.MAX_TITLE_ID_TEXT, titleId.get("maximum").asText());
    assertTrue(titleId.get("description").asText().contains("0 to " + ContractLimits.MAX_TITLE_ID_TEXT));
  }

  @Test
  void decimalTextsSpellTheLimits() {
    assertEquals(ContractLimits.MAX_TITLE_ID_TEXT, Long.toString(ContractLimits.MAX_TITLE_ID));
    assertEquals(ContractLimits.MAX_XUID_TEXT, Long.toUnsignedString(ContractLimits.MAX_XUID));
    assertEquals(ContractLimits.MIN_XUID, Xuid.parse("1").value());
  }

  @Test
  void limitsTheSchemaCanOnlyDescribeAreDescribedWithCoresNumbers() throws IOException {
    // The XUID range and the URI-encoded context length are checked by the validator; the schema says them in prose.
    JsonNode definitions = read(HandleSchema.DEFINITIONS);
    String overview = definitions.get("description").asText();
    assertTrue(overview.contains("1 to " + ContractLimits.MAX_XUID_TEXT), overview);
    assertTrue(overview.contains("0 to " + ContractLimits.MAX_TITLE_ID_TEXT), overview);
    assertTrue(overview.contains("at most " + ContractLimits.MAX_CONTEXT_LENGTH + " characters"), overview);
    String xuid = definitions.get("definitions").get("xuid").get("description").asText();
    assertTrue(xuid.contains("1 to " + ContractLimits.MAX_XUID_TEXT), xuid);
    String context = definitions.get("definitions").get("inviteAttributes").get("properties").get("context")
        .get("description").asText();
    assertTrue(context.contains("must be " + ContractLimits.MAX_CONTEXT_LENGTH + " characters or fewer"), context);
    String invite = read(HandleSchema.INVITE_REQUEST).get("description").asText();
    assertTrue(invite.contains("1 to " + ContractLimits.MAX_XUID_TEXT), invite);
    assertTrue(invite.contains("at most " + ContractLimits.MAX_TITLE_ID_TEXT), invite);
    assertTrue(invite.contains("at most " + ContractLimits.MAX_CONTEXT_LENGTH + " characters"), invite);
  }

  @Test
  void versionIsTheSame() throws IOException {
    assertEquals(HandleRequest.VERSION, read(HandleSchema.DEFINITIONS).get("definitions").get("version").get("const").intValue());
  }

  @Test
  void typeNamesAreTheCoveredHandleTypes() throws IOException {
    List<String> covered = Arrays.stream(HandleType.values()).filter(HandleType::isCoveredByContract)
        .map(HandleType::wireName).toList();
    List<String> listed = new ArrayList<>();
    read(HandleSchema.HANDLE_REQUEST).get("properties").get("type").get("enum").forEach(t -> listed.add(t.asText()));
    assertEquals(covered, listed);
    assertEquals(HandleType.ACTIVITY.wireName(), constOfType(HandleSchema.ACTIVITY_REQUEST));
    assertEquals(HandleType.INVITE.wireName(), constOfType(HandleSchema.INVITE_REQUEST));
    assertEquals(HandleType.INVITE.wireName(), constOfType(HandleSchema.INVITE_HANDLE));
  }

  @Test
  void everyObjectKnowsTheSamePropertyNames() throws IOException {
    assertEquals(Set.copyOf(PropertyNames.IN_ACTIVITY_REQUEST), names(read(HandleSchema.ACTIVITY_REQUEST)));
    assertEquals(Set.copyOf(PropertyNames.IN_INVITE_REQUEST), names(read(HandleSchema.INVITE_REQUEST)));
    assertEquals(Set.copyOf(PropertyNames.IN_INVITE_HANDLE), names(read(HandleSchema.INVITE_HANDLE)));
    JsonNode definitions = read(HandleSchema.DEFINITIONS).get("definitions");
    assertEquals(Set.copyOf(PropertyNames.IN_SESSION_REF), names(definitions.get("sessionReference")));
    assertEquals(Set.copyOf(PropertyNames.IN_SESSION_REF), names(definitions.get("namedSessionReference")));
    assertEquals(Set.copyOf(PropertyNames.IN_INVITE_ATTRIBUTES), names(definitions.get("inviteAttributes")));
  }

  @Test
  void guidPatternAndGuidAgree() throws IOException {
    Pattern pattern = Pattern.compile(read(HandleSchema.DEFINITIONS).get("definitions").get("guid").get("pattern").asText());
    for (String text : List.of("bd6c41c3-01c3-468a-a3b5-3e0fe8133862", "BD6C41C3-01C3-468A-A3B5-3E0FE8133862", "MockScid",
        "{bd6c41c3-01c3-468a-a3b5-3e0fe8133862}", "bd6c41c301c3468aa3b53e0fe8133862", "bd6c41c3-01c3-468a-a3b5-3e0fe813386g",
        "bd6c41c3-01c3-468a-a3b5-3e0fe813386", "")) {
      assertEquals(Guid.isValid(text), pattern.matcher(text).find(), text);
    }
  }

  private static String constOfType(HandleSchema schema) throws IOException {
    return read(schema).get("properties").get("type").get("const").asText();
  }

  private static Set<String> names(JsonNode objectSchema) {
    Set<String> names = new LinkedHashSet<>();
    objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode read(HandleSchema schema) throws IOException {
    return JSON.readTree(schema.text());
  }
}
