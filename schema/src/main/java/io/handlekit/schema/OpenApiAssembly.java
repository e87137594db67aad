package io.handlekit.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the OpenAPI 3.1 document of {@code POST /handles} from two sources and nothing else: the skeleton resource,
 * which holds the operation, the header and the answers but no rule of a body, and the schema files, copied into
 * {@code components/schemas} with their {@code $ref}s pointed there. So a rule lives in exactly one file.
 *
 * <p>The request body's alternatives are read from {@code handle-request.json} (one {@code if}/{@code then} per
 * {@code type}) and its examples from each branch's file; the invite handle's from {@code invite-handle.json}.
 */
final class OpenApiAssembly {
  static final String SKELETON = "openapi-skeleton.json";
  private static final String COMPONENTS = "#/components/schemas/";
  private static final String DEFINITIONS_FRAGMENT = "/definitions/";
  /** What may stand beside a {@code $ref}: annotations only, which draft-07 ignores and 2020-12 keeps, to no effect. */
  private static final Set<String> REF_SIBLINGS = Set.of("$ref", "description", "title", "examples", "$comment");

  private OpenApiAssembly() {}

  static String document() {
    Map<String, Object> document = object(JsonReader.read(skeleton(), SKELETON), SKELETON);
    Map<String, Object> schemas = member(member(document, "components"), "schemas");
    if (!schemas.isEmpty()) {
      throw new IllegalStateException(SKELETON + ": components/schemas is filled from the schema files, keep it empty");
    }
    for (HandleSchema file : HandleSchema.values()) {
      Map<String, Object> schema = parse(file);
      if (file == HandleSchema.DEFINITIONS) {
        for (Map.Entry<String, Object> definition : member(schema, "definitions").entrySet()) {
          add(schemas, definition.getKey(), rewrite(definition.getValue(), file));
        }
      } else {
        schema.remove("$schema");
        schema.remove("$id");
        add(schemas, componentName(file), rewrite(schema, file));
      }
    }
    Map<String, Object> post = member(member(member(document, "paths"), "/handles"), "post");
    // the skeleton names the one media type of each (core's agreement test holds it to the contract's)
    requestBodies(onlyMember(member(member(post, "requestBody"), "content")));
    Map<String, Object> created = onlyMember(member(member(member(post, "responses"), "201"), "content"));
    created.put("schema", ref(HandleSchema.INVITE_HANDLE));
    created.put("example", firstExample(parse(HandleSchema.INVITE_HANDLE), HandleSchema.INVITE_HANDLE));
    return JsonWriter.write(document);
  }

  /** One alternative per {@code type}, as handle-request.json dispatches them, with each file's first example. */
  private static void requestBodies(Map<String, Object> json) {
    List<Object> alternatives = new ArrayList<>();
    Map<String, Object> mapping = new LinkedHashMap<>();
    Map<String, Object> examples = new LinkedHashMap<>();
    HandleSchema union = HandleSchema.HANDLE_REQUEST;
    String property = null;
    for (Object branch : list(parse(union).get("allOf"), union)) {
      Map<String, Object> condition = object(branch, union.fileName());
      Map<String, Object> properties = member(member(condition, "if"), "properties");
      if (properties.size() != 1 || (property != null && !properties.containsKey(property))) {
        throw new IllegalStateException(union.fileName() + ": each branch must test the same one property");
      }
      property = properties.keySet().iterator().next();
      String type = string(member(properties, property).get("const"), union);
      HandleSchema target = target(string(member(condition, "then").get("$ref"), union), union);
      Map<String, Object> ref = ref(target);
      alternatives.add(ref);
      mapping.put(type, ref.get("$ref"));
      Map<String, Object> example = new LinkedHashMap<>();
      example.put("summary", string(parse(target).get("title"), target));
      example.put("value", firstExample(parse(target), target));
      examples.put(type, example);
    }
    Map<String, Object> discriminator = new LinkedHashMap<>();
    discriminator.put("propertyName", property);
    discriminator.put("mapping", mapping);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("oneOf", alternatives);
    schema.put("discriminator", discriminator);
    json.put("schema", schema);
    json.put("examples", examples);
  }

  /** {@code value} with every {@code $ref} of {@code file} pointed into {@code components/schemas}. */
  private static Object rewrite(Object value, HandleSchema file) {
    if (value instanceof List<?> elements) {
      List<Object> out = new ArrayList<>();
      for (Object element : elements) {
        out.add(rewrite(element, file));
      }
      return out;
    }
    if (!(value instanceof Map<?, ?> members)) {
      return value;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> member : members.entrySet()) {
      String name = (String) member.getKey();
      out.put(name, name.equals("$ref") ? component(string(member.getValue(), file), file) : rewrite(member.getValue(), file));
    }
    if (out.containsKey("$ref") && !REF_SIBLINGS.containsAll(out.keySet())) {
      throw new IllegalStateException(file.fileName() + ": a $ref with constraints beside it (" + out.keySet()
          + ") means different things in draft-07 and OpenAPI 3.1; move them into the referenced definition");
    }
    return out;
  }

  /** The components reference that {@code ref}, written in {@code file}, means. */
  private static String component(String ref, HandleSchema file) {
    int hash = ref.indexOf('#');
    String path = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    HandleSchema target = path.isEmpty() ? file : target(path, file);
    if (fragment.isEmpty() && target != HandleSchema.DEFINITIONS) {
      return COMPONENTS + componentName(target);
    }
    if (target == HandleSchema.DEFINITIONS && fragment.startsWith(DEFINITIONS_FRAGMENT)
        && fragment.indexOf('/', DEFINITIONS_FRAGMENT.length()) < 0) {
      return COMPONENTS + fragment.substring(DEFINITIONS_FRAGMENT.length());
    }
    throw new IllegalStateException(file.fileName() + ": a $ref the OpenAPI document cannot follow: " + ref);
  }

  private static HandleSchema target(String path, HandleSchema from) {
    return HandleSchema.byId(from.id().resolve(URI.create(path)))
        .orElseThrow(() -> new IllegalStateException(from.fileName() + ": $ref to an unknown file: " + path));
  }

  private static Map<String, Object> ref(HandleSchema file) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", COMPONENTS + componentName(file));
    return ref;
  }

  /** The file's name as a component: {@code activity-request.json} is {@code activityRequest}. */
  static String componentName(HandleSchema file) {
    String base = file.fileName().substring(0, file.fileName().length() - ".json".length());
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : base.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  private static void add(Map<String, Object> schemas, String name, Object schema) {
    if (schemas.put(name, schema) != null) {
      throw new IllegalStateException("two schemas would be components/schemas/" + name);
    }
  }

  private static Object firstExample(Map<String, Object> schema, HandleSchema file) {
    List<Object> examples = list(schema.get("examples"), file);
    if (examples.isEmpty()) {
      throw new IllegalStateException(file.fileName() + ": no example");
    }
    return examples.get(0);
  }

  private static Map<String, Object> parse(HandleSchema file) {
    return object(JsonReader.read(file.text(), file.fileName()), file.fileName());
  }

  private static String skeleton() {
    try (InputStream in = OpenApiAssembly.class.getResourceAsStream(SKELETON)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource missing: " + SKELETON));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> onlyMember(Map<String, Object> object) {
    if (object.size() != 1) {
      throw new IllegalStateException(SKELETON + ": expected one media type, found " + object.keySet());
    }
    Map.Entry<String, Object> only = object.entrySet().iterator().next();
    return object(only.getValue(), only.getKey());
  }

  private static Map<String, Object> member(Map<String, Object> object, String name) {
    return object(object.get(name), name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String where) {
    if (!(value instanceof Map)) {
      throw new IllegalStateException("expected an object at " + where);
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value, HandleSchema file) {
    if (!(value instanceof List)) {
      throw new IllegalStateException(file.fileName() + ": expected an array");
    }
    return (List<Object>) value;
  }

  private static String string(Object value, HandleSchema file) {
    if (!(value instanceof String string)) {
      throw new IllegalStateException(file.fileName() + ": expected a string");
    }
    return string;
  }
}
