package io.handlekit.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.ActivityHandleRequest;
import io.handlekit.core.Guid;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.HandleType;
import io.handlekit.core.InviteAttributes;
import io.handlekit.core.InviteHandle;
import io.handlekit.core.InviteHandleRequest;
import io.handlekit.core.PropertyNames;
import io.handlekit.core.SessionReference;
import io.handlekit.core.TitleId;
import io.handlekit.core.UnknownProperties;
import io.handlekit.core.Xuid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes the bodies of POST /handles with their exact wire names. Reading is strict
 * (see {@link StrictJson}) and dispatches on {@code type}; properties the contract does not name are kept
 * in {@link UnknownProperties} and written back after the known ones. Writing is canonical: a fixed property
 * order, ids in their canonical form, the title id as a decimal string.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class HandleCodec {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // MPSD prints expirations with 7 fractional digits (100 ns ticks).
  private static final DateTimeFormatter EXPIRATION =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  private static final Set<String> SESSION_REF = Set.copyOf(PropertyNames.IN_SESSION_REF);
  private static final Set<String> ATTRIBUTES = Set.copyOf(PropertyNames.IN_INVITE_ATTRIBUTES);
  private static final Set<String> ACTIVITY = Set.copyOf(PropertyNames.IN_ACTIVITY_REQUEST);
  private static final Set<String> INVITE = Set.copyOf(PropertyNames.IN_INVITE_REQUEST);
  private static final Set<String> HANDLE = Set.copyOf(PropertyNames.IN_INVITE_HANDLE);

  private final JsonMapper mapper;
  // For the rare body with a number that BigDecimal cannot hold (1e2147483648): decimals read as doubles.
  private final JsonMapper doubles;

  private HandleCodec(JsonMapper mapper) {
    this.mapper = mapper;
    this.doubles = mapper.rebuild().disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  }

  /** A codec that reads nesting up to {@link StrictJson#DEFAULT_MAX_DEPTH}. */
  public static HandleCodec create() {
    return new HandleCodec(StrictJson.mapper(StrictJson.DEFAULT_MAX_DEPTH));
  }

  // ---- reading

  /** Reads a request body from UTF-8 bytes. */
  public HandleRequest readRequest(byte[] utf8) {
    return requestFromTree(parse(utf8));
  }

  /** Reads a request body from text. */
  public HandleRequest readRequest(String json) {
    return requestFromTree(parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** Reads an invite handle (a response body) from UTF-8 bytes. */
  public InviteHandle readInviteHandle(byte[] utf8) {
    return inviteHandleFromTree(parse(utf8));
  }

  /** Reads an invite handle (a response body) from text. */
  public InviteHandle readInviteHandle(String json) {
    return inviteHandleFromTree(parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Parses strict JSON into a tree, with the codec's depth limit. Decimals are exact; a number whose exponent no
   * BigDecimal can hold ({@code 1e2147483648}, legal JSON) makes the whole tree read its decimals as doubles
   * instead (that number as an infinity or zero) rather than fail.
   */
  public JsonNode parse(byte[] utf8) {
    try {
      try {
        return mapper.readTree(utf8);
      } catch (NumberFormatException | ArithmeticException beyondBigDecimal) {
        return doubles.readTree(utf8);
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? -1 : at.getLineNr();
      int column = at == null ? -1 : at.getColumnNr();
      throw new HandleDecodeException(line, column, "malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Maps a parsed request body to the model. */
  public HandleRequest requestFromTree(JsonNode body) {
    ObjectNode root = object(body, "");
    requireVersion(root);
    String type = text(root, "", PropertyNames.TYPE);
    HandleType handleType = HandleType.fromWireName(type)
        .orElseThrow(() -> new HandleDecodeException("/type", "unknown handle type \"" + type + "\""));
    switch (handleType) {
      case ACTIVITY:
        return new ActivityHandleRequest(sessionRef(root, false), unknown(root, "", ACTIVITY));
      case INVITE:
        return new InviteHandleRequest(
            optional(root, "", PropertyNames.ID, Guid::parse),
            sessionRef(root, true),
            parsed(root, "", PropertyNames.INVITED_XUID, Xuid::parse),
            attributes(object(required(root, "", PropertyNames.INVITE_ATTRIBUTES), "/inviteAttributes")),
            unknown(root, "", INVITE));
      default:
        throw new HandleDecodeException("/type", "handle type \"" + type + "\" is not covered by this contract");
    }
  }

  /** Maps a parsed invite handle to the model. */
  public InviteHandle inviteHandleFromTree(JsonNode body) {
    ObjectNode root = object(body, "");
    requireVersion(root);
    if (!HandleType.INVITE.wireName().equals(text(root, "", PropertyNames.TYPE))) {
      throw new HandleDecodeException("/type", "an invite handle has type \"invite\"");
    }
    return new InviteHandle(
        parsed(root, "", PropertyNames.ID, Guid::parse),
        sessionRef(root, true),
        parsed(root, "", PropertyNames.INVITED_XUID, Xuid::parse),
        optional(root, "", PropertyNames.SENDER_XUID, Xuid::parse),
        attributes(object(required(root, "", PropertyNames.INVITE_ATTRIBUTES), "/inviteAttributes")),
        optional(root, "", PropertyNames.EXPIRATION, HandleCodec::parseExpiration),
        unknown(root, "", HANDLE));
  }

  private static Instant parseExpiration(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an RFC 3339 date-time: \"" + text + "\"", e);
    }
  }

  private static void requireVersion(ObjectNode root) {
    JsonNode version = required(root, "", PropertyNames.VERSION);
    if (!version.isIntegralNumber() || version.asLong() != HandleRequest.VERSION) {
      throw new HandleDecodeException("/version", "version must be the integer 1");
    }
  }

  private static SessionReference sessionRef(ObjectNode root, boolean nameRequired) {
    String at = "/sessionRef";
    ObjectNode ref = object(required(root, "", PropertyNames.SESSION_REF), at);
    Optional<String> name = nameRequired
        ? Optional.of(text(ref, at, PropertyNames.NAME)) : optional(ref, at, PropertyNames.NAME, s -> s);
    return new SessionReference(parsed(ref, at, PropertyNames.SCID, Guid::parse), text(ref, at, PropertyNames.TEMPLATE_NAME),
        name,
        unknown(ref, at, SESSION_REF));
  }

  private static InviteAttributes attributes(ObjectNode node) {
    String at = "/inviteAttributes";
    JsonNode titleIdNode = required(node, at, PropertyNames.TITLE_ID);
    TitleId titleId;
    try {
      titleId = titleIdNode.isIntegralNumber() && titleIdNode.canConvertToLong()
          ? new TitleId(titleIdNode.asLong())
          : TitleId.parse(textValue(titleIdNode, at + "/titleId"));
    } catch (IllegalArgumentException e) {
      throw new HandleDecodeException(at + "/titleId", e.getMessage());
    }
    return new InviteAttributes(titleId,
        optional(node, at, PropertyNames.CONTEXT, s -> s),
        optional(node, at, PropertyNames.CONTEXT_STRING, s -> s),
        optional(node, at, PropertyNames.SENDER_STRING, s -> s),
        unknown(node, at, ATTRIBUTES));
  }

  private static ObjectNode object(JsonNode node, String pointer) {
    if (!node.isObject()) {
      throw new HandleDecodeException(pointer, "expected a JSON object");
    }
    return (ObjectNode) node;
  }

  private static JsonNode required(ObjectNode object, String pointer, String name) {
    JsonNode value = object.get(name);
    if (value == null) {
      throw new HandleDecodeException(pointer, "missing required property \"" + name + "\"");
    }
    return value;
  }

  private static String text(ObjectNode object, String pointer, String name) {
    return textValue(required(object, pointer, name), pointer + "/" + name);
  }

  private static String textValue(JsonNode value, String pointer) {
    if (!value.isTextual()) {
      throw new HandleDecodeException(pointer, "expected a string");
    }
    return value.textValue();
  }

  private static <T> T parsed(ObjectNode object, String pointer, String name, Function<String, T> parse) {
    String text = text(object, pointer, name);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new HandleDecodeException(pointer + "/" + name, e.getMessage());
    }
  }

  private static <T> Optional<T> optional(ObjectNode object, String pointer, String name, Function<String, T> parse) {
    return object.has(name) ? Optional.of(parsed(object, pointer, name, parse)) : Optional.empty();
  }

  private static UnknownProperties unknown(ObjectNode object, String pointer, Set<String> known) {
    Map<String, JsonNode> unknown = new LinkedHashMap<>();
    object.fields().forEachRemaining(field -> {
      if (!known.contains(field.getKey())) {
        unknown.put(field.getKey(), field.getValue());
      }
    });
    return unknown.isEmpty() ? UnknownProperties.none() : new UnknownProperties(unknown);
  }

  // ---- writing

  /** The canonical JSON tree of {@code request}. */
  public ObjectNode toTree(HandleRequest request) {
    ObjectNode root = NODES.objectNode();
    if (request instanceof InviteHandleRequest invite) {
      invite.id().ifPresent(id -> root.put(PropertyNames.ID, id.toString()));
    }
    root.put(PropertyNames.VERSION, HandleRequest.VERSION);
    root.put(PropertyNames.TYPE, request.type().wireName());
    root.set(PropertyNames.SESSION_REF, tree(request.sessionRef()));
    if (request instanceof InviteHandleRequest invite) {
      root.put(PropertyNames.INVITED_XUID, invite.invitedXuid().toString());
      root.set(PropertyNames.INVITE_ATTRIBUTES, tree(invite.inviteAttributes()));
    }
    return withUnknown(root, request.unknownProperties());
  }

  /** The canonical JSON tree of {@code handle}. */
  public ObjectNode toTree(InviteHandle handle) {
    ObjectNode root = NODES.objectNode();
    root.put(PropertyNames.ID, handle.id().toString());
    root.put(PropertyNames.TYPE, HandleType.INVITE.wireName());
    root.put(PropertyNames.VERSION, HandleRequest.VERSION);
    root.set(PropertyNames.SESSION_REF, tree(handle.sessionRef()));
    root.put(PropertyNames.INVITED_XUID, handle.invitedXuid().toString());
    handle.senderXuid().ifPresent(sender -> root.put(PropertyNames.SENDER_XUID, sender.toString()));
    root.set(PropertyNames.INVITE_ATTRIBUTES, tree(handle.inviteAttributes()));
    handle.expiration().ifPresent(expiration -> root.put(PropertyNames.EXPIRATION, formatExpiration(expiration)));
    return withUnknown(root, handle.unknownProperties());
  }

  /** An expiration as MPSD prints it: RFC 3339 in UTC with 7 fractional digits, e.g. {@code 2014-08-28T23:15:34.8852308Z}. */
  public static String formatExpiration(Instant expiration) {
    return EXPIRATION.format(expiration);
  }

  /** {@code request} as canonical UTF-8 JSON. */
  public byte[] write(HandleRequest request) {
    return bytes(toTree(request));
  }

  /** {@code handle} as canonical UTF-8 JSON. */
  public byte[] write(InviteHandle handle) {
    return bytes(toTree(handle));
  }

  /** {@code request} as canonical JSON text. */
  public String writeString(HandleRequest request) {
    return new String(write(request), StandardCharsets.UTF_8);
  }

  /** {@code handle} as canonical JSON text. */
  public String writeString(InviteHandle handle) {
    return new String(write(handle), StandardCharsets.UTF_8);
  }

  private byte[] bytes(JsonNode tree) {
    try {
      return mapper.writeValueAsBytes(tree);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode tree(SessionReference ref) {
    ObjectNode node = NODES.objectNode();
    node.put(PropertyNames.SCID, ref.scid().toString());
    node.put(PropertyNames.TEMPLATE_NAME, ref.templateName());
    ref.name().ifPresent(name -> node.put(PropertyNames.NAME, name));
    return withUnknown(node, ref.unknownProperties());
  }

  private static ObjectNode tree(InviteAttributes attributes) {
    ObjectNode node = NODES.objectNode();
    node.put(PropertyNames.TITLE_ID, attributes.titleId().toString());
    attributes.context().ifPresent(value -> node.put(PropertyNames.CONTEXT, value));
    attributes.contextString().ifPresent(value -> node.put(PropertyNames.CONTEXT_STRING, value));
    attributes.senderString().ifPresent(value -> node.put(PropertyNames.SENDER_STRING, value));
    return withUnknown(node, attributes.unknownProperties());
  }

  private static ObjectNode withUnknown(ObjectNode node, UnknownProperties unknown) {
    unknown.values().forEach((name, value) -> {
      if (!node.has(name)) {
        node.set(name, value.deepCopy());
      }
    });
    return node;
  }

}
