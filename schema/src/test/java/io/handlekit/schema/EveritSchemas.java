package io.handlekit.schema;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;

/** Loads the project's schemas with everit, resolving cross-file {@code $ref}s through {@link HandleSchema#byId}. */
final class EveritSchemas {
  private EveritSchemas() {}

  static Schema load(HandleSchema schema) {
    return SchemaLoader.builder()
        .schemaClient(url -> open(URI.create(url)))
        .draftV7Support()
        .schemaJson(new JSONObject(schema.text()))
        .build()
        .load()
        .build();
  }

  private static InputStream open(URI uri) {
    return HandleSchema.byId(uri)
        .orElseThrow(() -> new IllegalArgumentException("not a handlekit schema: " + uri))
        .open();
  }

  /** The leaf violations of {@code json} against {@code schema}, as "pointer keyword" strings. */
  static List<String> violations(Schema schema, String json) {
    Object subject = new JSONTokener(json).nextValue();
    try {
      schema.validate(subject);
      return List.of();
    } catch (ValidationException e) {
      List<ValidationException> leaves = new ArrayList<>();
      collect(e, leaves);
      // A multi-type keyword ("type": ["string", "integer"]) fails once per type; the type failure of the
      // branch that does not match the value is noise beside the real failure at the same pointer.
      List<String> result = new ArrayList<>();
      for (ValidationException leaf : leaves) {
        boolean shadowed = leaf.getKeyword().equals("type") && leaves.stream().anyMatch(other ->
            other != leaf && other.getPointerToViolation().equals(leaf.getPointerToViolation())
                && !other.getKeyword().equals("type"));
        if (!shadowed) {
          result.add(leaf.getPointerToViolation() + " " + leaf.getKeyword());
        }
      }
      return result;
    }
  }

  private static void collect(ValidationException e, List<ValidationException> leaves) {
    if (e.getCausingExceptions().isEmpty()) {
      leaves.add(e);
    } else {
      e.getCausingExceptions().forEach(cause -> collect(cause, leaves));
    }
  }
}
