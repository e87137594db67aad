package io.handlekit.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/**
 * The JSON Schema files of the POST /handles contract, each with its stable {@code $id}.
 *
 * <p>The files are plain draft-07 JSON Schemas packaged in this jar under {@link #RESOURCE_DIRECTORY};
 * they reference one another by relative {@code $ref}, so a loader resolves them with {@link #byId(URI)}.
 */
public enum HandleSchema {
  /** Types shared by the other files: GUID, XUID, title id, session references, invite attributes. */
  DEFINITIONS("definitions.json"),
  /** The body of an activity request ({@code "type": "activity"}). */
  ACTIVITY_REQUEST("activity-request.json"),
  /** The body of an invite request ({@code "type": "invite"}). */
  INVITE_REQUEST("invite-request.json"),
  /** Any request body, dispatched on {@code type} to the activity or invite schema. */
  HANDLE_REQUEST("handle-request.json"),
  /** The invite handle returned for an invite request. */
  INVITE_HANDLE("invite-handle.json");

  /** The common prefix of every {@code $id}. */
  public static final String ID_BASE = "https://handlekit.io/schema/v1/";

  /** Where the files lie on the classpath. */
  public static final String RESOURCE_DIRECTORY = "io/handlekit/schema/v1/";

  private final String fileName;
  private final URI id;

  HandleSchema(String fileName) {
    this.fileName = fileName;
    this.id = URI.create(ID_BASE + fileName);
  }

  /** The file's name, e.g. {@code invite-request.json}. */
  public String fileName() {
    return fileName;
  }

  /** The schema's {@code $id}. */
  public URI id() {
    return id;
  }

  /** The classpath resource name, e.g. {@code io/handlekit/schema/v1/invite-request.json}. */
  public String resourceName() {
    return RESOURCE_DIRECTORY + fileName;
  }

  /** Opens the schema file; the caller closes the stream. */
  public InputStream open() {
    InputStream in = HandleSchema.class.getClassLoader().getResourceAsStream(resourceName());
    if (in == null) {
      throw new UncheckedIOException(new IOException("schema resource missing from the classpath: " + resourceName()));
    }
    return in;
  }

  /** Reads the schema file as UTF-8 text. */
  public String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The OpenAPI 3.1 document of {@code POST /handles}, as JSON text: the operation, the {@code X-Xbl-Contract-Version}
   * header and every answer, with these schema files under {@code components/schemas} (each definition of
   * {@code definitions.json} by its name, each other file by its name in camel case, e.g. {@code activityRequest}),
   * their {@code $ref}s pointed there. The request body is one alternative per {@code type}, as
   * {@code handle-request.json} dispatches them. Assembled from the files on each call, so it never disagrees with them.
   */
  public static String openApi() {
    return OpenApiAssembly.document();
  }

  /** The schema whose {@code $id} is {@code id}, ignoring any fragment; empty for any other URI. */
  public static Optional<HandleSchema> byId(URI id) {
    String withoutFragment = id.getScheme() + ":" + id.getSchemeSpecificPart();
    for (HandleSchema schema : values()) {
      if (schema.id.toString().equals(withoutFragment)) {
        return Optional.of(schema);
      }
    }
    return Optional.empty();
  }
}
