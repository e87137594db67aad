package io.handlekit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.handlekit.core.json.StrictJson;
import io.handlekit.schema.HandleSchema;
import io.handlekit.validator.HandlesValidator;
import io.handlekit.validator.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Everything a benchmark compares, each built once, and the operation it times: what a plain user of each
 * library writes to validate one body given as UTF-8 bytes. Immutable and thread-safe once built.
 */
final class Peers {
  /** A Jackson mapper with default settings: the floor. */
  final ObjectMapper mapper = new ObjectMapper();
  final JsonFactory factory = mapper.getFactory();
  /** The strict mapper that the validator parses with (duplicate detection, exact decimals, no trailing tokens). */
  final JsonMapper strictMapper = StrictJson.mapper(StrictJson.DEFAULT_MAX_DEPTH);
  /** {@code handle-request.json} loaded once by everit, {@code $ref}s resolved through {@link HandleSchema#byId}. */
  final Schema everit = loadEverit(HandleSchema.HANDLE_REQUEST);
  /** The same schema files loaded once by networknt, their {@code $id}s mapped to the schema jar's classpath. */
  final com.networknt.schema.Schema networknt = loadNetworknt(HandleSchema.HANDLE_REQUEST);
  /** The validator under test: default (strict) profile, English messages, default limits. */
  final HandlesValidator handlekit = HandlesValidator.create();

  static Schema loadEverit(HandleSchema schema) {
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

  static com.networknt.schema.Schema loadNetworknt(HandleSchema schema) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(
            HandleSchema.ID_BASE, "classpath:" + HandleSchema.RESOURCE_DIRECTORY)));
    return registry.getSchema(SchemaLocation.of(schema.id().toString()));
  }

  // ---- the timed operations, one per peer

  Object jacksonParse(byte[] body) {
    try {
      return mapper.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the validator's own parse costs: {@link StrictJson#mapper} {@code readTree}. */
  Object jacksonParseStrict(byte[] body) {
    try {
      return strictMapper.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every token of the body, string values decoded (Jackson skips undecoded strings lazily otherwise). */
  void jacksonStream(byte[] body, Blackhole bh) {
    try (JsonParser parser = factory.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          bh.consume(parser.getText());
        } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          bh.consume(parser.getNumberValue());
        } else {
          bh.consume(token);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** org.json parse of the text and everit's validation; on failure, the messages a user would print. */
  Object everitSchemaOnly(byte[] body) {
    JSONObject subject = new JSONObject(new String(body, StandardCharsets.UTF_8));
    try {
      everit.validate(subject);
      return subject;
    } catch (ValidationException e) {
      return e.getAllMessages();
    }
  }

  /** Jackson parse and networknt's validation; the list of errors, empty for a valid body. */
  List<Error> networkntSchemaOnly(byte[] body) {
    try {
      return networknt.validate(mapper.readTree(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The full validation: bytes checks, strict parse, schema, semantic rules, and located messages when any. */
  ValidationReport handlekitFull(byte[] body) {
    return handlekit.validateRequest(body);
  }

  // ---- what the setups assert, so that no benchmark times the wrong path by accident

  boolean everitAccepts(byte[] body) {
    try {
      everit.validate(new JSONObject(new String(body, StandardCharsets.UTF_8)));
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  boolean networkntAccepts(byte[] body) {
    return networkntSchemaOnly(body).isEmpty();
  }

  boolean handlekitAccepts(byte[] body) {
    return handlekitFull(body).isValid();
  }

  /**
   * Fails unless every peer gives {@code body} the verdict {@code valid}, so that no benchmark times the other path
   * by accident.
   */
  void requireVerdict(byte[] body, boolean valid, String input) {
    String verdict = valid ? "rejects" : "accepts";
    require(everitAccepts(body) == valid, "everit " + verdict, input);
    require(networkntAccepts(body) == valid, "networknt " + verdict, input);
    require(handlekitAccepts(body) == valid, "handlekit " + verdict, input);
  }

  private static void require(boolean condition, String what, String input) {
    if (!condition) {
      throw new IllegalStateException(what + " the body \"" + input + "\"");
    }
  }
}
