package io.handlekit.testkit;

import static io.handlekit.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import io.handlekit.core.Guid;
import io.handlekit.core.UriEncodedLength;
import io.handlekit.core.Xuid;
import io.handlekit.core.json.HandleCodec;
import io.handlekit.schema.HandleSchema;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Core's properties over generated model values: they live beside the generators (core's own tests cannot depend on
 * this module, which depends on core), and hold core's value types and codec to them.
 */
class ModelPropertiesTest {
  private static final HandleCodec CODEC = HandleCodec.create();

  private static Schema schema(HandleSchema schema) {
    return SchemaLoader.builder()
        .schemaClient(url -> open(URI.create(url)))
        .draftV7Support()
        .schemaJson(new JSONObject(schema.text()))
        .build().load().build();
  }

  private static InputStream open(URI uri) {
    return HandleSchema.byId(uri).orElseThrow().open();
  }

  @Test
  void writeThenReadGivesTheSameRequest() {
    qt().forAll(ModelGenerators.requests()).checkAssert(request ->
        assertEquals(request, CODEC.readRequest(CODEC.write(request))));
  }

  @Test
  void writeThenReadGivesTheSameInviteHandle() {
    qt().forAll(ModelGenerators.inviteHandles()).checkAssert(handle ->
        assertEquals(handle, CODEC.readInviteHandle(CODEC.write(handle))));
  }

  @Test
  void writingIsCanonical() {
    qt().forAll(ModelGenerators.requests()).checkAssert(request -> {
      byte[] once = CODEC.write(request);
      assertArrayEquals(once, CODEC.write(CODEC.readRequest(once)));
    });
  }

  @Test
  void whatIsWrittenValidatesAgainstTheSchemas() {
    Schema request = schema(HandleSchema.HANDLE_REQUEST);
    Schema handle = schema(HandleSchema.INVITE_HANDLE);
    qt().forAll(ModelGenerators.requests()).checkAssert(value ->
        request.validate(new JSONObject(CODEC.writeString(value))));
    qt().forAll(ModelGenerators.inviteHandles()).checkAssert(value ->
        handle.validate(new JSONObject(CODEC.writeString(value))));
  }

  @Test
  void guidRoundTripsThroughItsText() {
    qt().forAll(ModelGenerators.guids()).checkAssert(guid -> assertEquals(guid, Guid.parse(guid.toString())));
  }

  @Test
  void xuidRoundTripsThroughItsText() {
    qt().forAll(ModelGenerators.xuids()).checkAssert(xuid -> assertEquals(xuid, Xuid.parse(xuid.toString())));
  }

  /** Java's form encoder differs from RFC 3986 only in '+' for a space and in leaving '*' literal and encoding '~'. */
  @Test
  void uriEncodedLengthAgreesWithAnIndependentEncoder() {
    // Code points outside the surrogate range, so every string is encodable: made so, not filtered.
    Gen<String> encodable = Generate.intArrays(integers().between(0, 40),
            Generate.oneOf(integers().between(1, 0xD7FF), integers().between(0xE000, 0x10FFFF)))
        .map(codePoints -> new String(codePoints, 0, codePoints.length));
    qt().forAll(encodable)
        .checkAssert(text -> {
          String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8)
              .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
          assertEquals(encoded.length(), UriEncodedLength.of(text), text);
        });
  }
}
