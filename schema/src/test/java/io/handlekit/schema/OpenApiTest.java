package io.handlekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

class OpenApiTest {
  private static final String COMPONENTS = "#/components/schemas/";

  @Test
  void aGenericOpenApiParserReadsTheDocumentWithoutASingleMessage() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(HandleSchema.openApi(), null, options);
    assertEquals(List.of(), result.getMessages());
    OpenAPI api = result.getOpenAPI();
    assertNotNull(api);
    assertEquals("3.1.0", api.getOpenapi());

    PathItem handles = api.getPaths().get("/handles");
    Operation post = handles.getPost();
    assertEquals(Set.of("201", "204", "400", "413", "415", "429", "503"), post.getResponses().keySet());
    assertEquals(Set.of("Retry-After"), post.getResponses().get("429").getHeaders().keySet());
    assertEquals(Set.of("Retry-After"), post.getResponses().get("503").getHeaders().keySet());
    for (Operation other : List.of(handles.getGet(), handles.getPut(), handles.getPatch(), handles.getDelete())) {
      assertEquals(Set.of("405"), other.getResponses().keySet());
      assertEquals(Set.of("Allow"), resolve(api, other.getResponses().get("405").get$ref()).keySet());
    }
    assertEquals(null, handles.getHead());

    Parameter header = api.getComponents().getParameters().get("contractVersion");
    assertEquals("header", header.getIn());
    assertTrue(header.getRequired());

    MediaType body = post.getRequestBody().getContent().get("application/json");
    Schema<?> byType = body.getSchema();
    assertEquals(2, byType.getOneOf().size());
    assertEquals(Map.of("activity", COMPONENTS + "activityRequest", "invite", COMPONENTS + "inviteRequest"),
        byType.getDiscriminator().getMapping());
    assertEquals(Set.of("activity", "invite"), body.getExamples().keySet());
    assertEquals(COMPONENTS + "inviteHandle",
        post.getResponses().get("201").getContent().get("application/json").getSchema().get$ref());
    assertEquals(null, post.getResponses().get("204").getContent());
  }

  private static Map<String, ?> resolve(OpenAPI api, String responseRef) {
    return api.getComponents().getResponses().get(responseRef.substring(responseRef.lastIndexOf('/') + 1)).getHeaders();
  }

  /**
   * No rule is written twice, and none is lost: every value of every schema file (but {@code $schema}, {@code $id}
   * and the {@code $ref}s, which point elsewhere now) is in its component, at the same place, and nothing else is.
   */
  @Test
  void everyComponentIsItsSchemaFileValueForValue() {
    JSONObject schemas = document().getJSONObject("components").getJSONObject("schemas");
    List<String> components = new ArrayList<>();
    for (HandleSchema file : HandleSchema.values()) {
      JSONObject original = new JSONObject(file.text());
      if (file == HandleSchema.DEFINITIONS) {
        JSONObject definitions = original.getJSONObject("definitions");
        for (String name : definitions.keySet()) {
          assertEquals(leaves(definitions.get(name)), leaves(schemas.get(name)), name);
          components.add(name);
        }
      } else {
        original.remove("$schema");
        original.remove("$id");
        String name = OpenApiAssembly.componentName(file);
        assertEquals(leaves(original), leaves(schemas.get(name)), name);
        components.add(name);
      }
    }
    assertEquals(Set.copyOf(components), schemas.keySet());
    assertEquals(components.size(), schemas.keySet().size());
  }

  /** Each {@code $ref} of a file points at the component holding what it pointed at in the file. */
  @Test
  void everyReferenceLeadsToTheComponentOfItsTarget() {
    JSONObject schemas = document().getJSONObject("components").getJSONObject("schemas");
    Map<String, String> fileRefs = refs(new JSONObject(HandleSchema.INVITE_REQUEST.text()), "");
    Map<String, String> componentRefs = refs(schemas.getJSONObject("inviteRequest"), "");
    assertEquals(fileRefs.keySet(), componentRefs.keySet());
    assertEquals("definitions.json#/definitions/namedSessionReference", fileRefs.get("/properties/sessionRef"));
    assertEquals(COMPONENTS + "namedSessionReference", componentRefs.get("/properties/sessionRef"));
    assertEquals(COMPONENTS + "guid", refs(schemas.getJSONObject("sessionReference"), "").get("/properties/scid"));
    assertEquals(COMPONENTS + "activityRequest", refs(schemas.getJSONObject("handleRequest"), "").get("/allOf/0/then"));
    // and nothing in the whole document points outside it
    for (String ref : refs(document(), "").values()) {
      assertTrue(ref.startsWith("#/components/"), ref);
    }
  }

  @Test
  void theExamplesAreTheSchemaFilesOwn() {
    JSONObject post = document().getJSONObject("paths").getJSONObject("/handles").getJSONObject("post");
    JSONObject examples = post.getJSONObject("requestBody").getJSONObject("content")
        .getJSONObject("application/json").getJSONObject("examples");
    assertTrue(examples.getJSONObject("activity").get("value").toString().equals(
        new JSONObject(HandleSchema.ACTIVITY_REQUEST.text()).getJSONArray("examples").get(0).toString()));
    assertTrue(examples.getJSONObject("invite").getJSONObject("value").similar(
        new JSONObject(HandleSchema.INVITE_REQUEST.text()).getJSONArray("examples").get(0)));
    JSONObject handle = post.getJSONObject("responses").getJSONObject("201").getJSONObject("content")
        .getJSONObject("application/json").getJSONObject("example");
    assertTrue(handle.similar(new JSONObject(HandleSchema.INVITE_HANDLE.text()).getJSONArray("examples").get(0)));
  }

  @Test
  void theDocumentIsTheSameOnEveryCall() {
    assertEquals(HandleSchema.openApi(), HandleSchema.openApi());
    assertFalse(HandleSchema.openApi().contains("\"$schema\""));
    assertFalse(HandleSchema.openApi().contains("\"definitions\""));
  }

  private static JSONObject document() {
    return new JSONObject(HandleSchema.openApi());
  }

  /** Every scalar under {@code value} by its JSON Pointer, {@code $ref}s left out. */
  private static Map<String, String> leaves(Object value) {
    Map<String, String> leaves = new TreeMap<>();
    collect(value, "", leaves, false);
    return leaves;
  }

  private static Map<String, String> refs(Object value, String pointer) {
    Map<String, String> refs = new TreeMap<>();
    collect(value, pointer, refs, true);
    return refs;
  }

  private static void collect(Object value, String pointer, Map<String, String> into, boolean onlyRefs) {
    if (value instanceof JSONObject object) {
      for (String name : object.keySet()) {
        Object member = object.get(name);
        if (name.equals("$ref")) {
          if (onlyRefs) {
            into.put(pointer, (String) member);
          }
          continue;
        }
        collect(member, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), into, onlyRefs);
      }
    } else if (value instanceof JSONArray array) {
      for (int i = 0; i < array.length(); i++) {
        collect(array.get(i), pointer + "/" + i, into, onlyRefs);
      }
    } else if (!onlyRefs) {
      into.put(pointer, value.getClass().getSimpleName() + ":" + value);
    }
  }
}
