package io.handlekit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.handlekit.schema.HandleSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is assembled in the schema module, which cannot see core; its skeleton names the header, its
 * minimum and the media type in its own text. They must be core's.
 */
class OpenApiAgreesWithContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theHeaderIsTheContractVersionWithItsMinimum() throws Exception {
    JsonNode document = JSON.readTree(HandleSchema.openApi());
    JsonNode header = document.at("/components/parameters/contractVersion");
    assertEquals(ContractHeaders.CONTRACT_VERSION, header.get("name").asText());
    assertEquals("header", header.get("in").asText());
    assertTrue(header.get("required").asBoolean());
    assertEquals("integer", header.at("/schema/type").asText());
    assertEquals(ContractHeaders.MIN_CONTRACT_VERSION, header.at("/schema/minimum").intValue());
    assertTrue(header.get("description").asText().contains(ContractHeaders.MIN_CONTRACT_VERSION + " or later"));
    assertEquals("#/components/parameters/contractVersion", document.at("/paths/~1handles/post/parameters/0/$ref").asText());
  }

  @Test
  void requestsAndInviteHandlesAreJson() throws Exception {
    JsonNode post = JSON.readTree(HandleSchema.openApi()).at("/paths/~1handles/post");
    List<String> media = new ArrayList<>();
    post.at("/requestBody/content").fieldNames().forEachRemaining(media::add);
    post.at("/responses/201/content").fieldNames().forEachRemaining(media::add);
    assertEquals(List.of(ContractHeaders.JSON_MEDIA_TYPE, ContractHeaders.JSON_MEDIA_TYPE), media);
  }

  @Test
  void theHandleTypesAreCoresOwn() throws Exception {
    JsonNode mapping = JSON.readTree(HandleSchema.openApi()).at("/paths/~1handles/post/requestBody/content")
        .get(ContractHeaders.JSON_MEDIA_TYPE).at("/schema/discriminator/mapping");
    List<String> types = new ArrayList<>();
    mapping.fieldNames().forEachRemaining(types::add);
    List<String> covered = new ArrayList<>();
    for (HandleType type : HandleType.values()) {
      if (type.isCoveredByContract()) {
        covered.add(type.wireName());
      }
    }
    assertEquals(covered, types);
  }
}
