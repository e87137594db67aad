package io.handlekit.simulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.Guid;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.HandleType;
import io.handlekit.core.InviteHandle;
import io.handlekit.core.InviteHandleRequest;
import io.handlekit.core.PropertyNames;
import io.handlekit.core.Xuid;
import io.handlekit.core.json.HandleCodec;
import io.handlekit.simulator.Fault;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Creates the invite handle that answers an accepted invite: a fresh GUID, the request's session, invited user and
 * attributes, the configured caller as sender, and an expiration one TTL from now; then applies the handle faults.
 * Immutable and thread-safe.
 */
final class HandleMinter {
  /** The id that {@link Fault#HANDLE_DUPLICATE_IDS} gives every handle. */
  static final String DUPLICATE_ID = "d0d0d0d0-0000-4000-8000-000000000001";

  private final SimulatorSettings settings;
  private final HandleCodec codec;
  private final JsonMapper mapper = JsonMapper.builder().build();

  HandleMinter(SimulatorSettings settings, HandleCodec codec) {
    this.settings = settings;
    this.codec = codec;
  }

  /** A handle: its id as stored, its expiration, and the JSON bytes to send. */
  record Minted(String id, Instant expiration, byte[] json) {}

  Minted mint(JsonNode request) {
    Instant expiration = settings.clock().instant().plus(settings.inviteTtl());
    ObjectNode handle = fromModel(request, expiration);
    if (handle == null) {
      handle = echoed(request, expiration);
    }
    String id = handle.path(PropertyNames.ID).asText();
    withFaults(handle);
    try {
      return new Minted(id, expiration, mapper.writeValueAsBytes(handle));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode fromModel(JsonNode request, Instant expiration) {
    HandleRequest model;
    try {
      model = codec.requestFromTree(request);
    } catch (RuntimeException notTheModel) {
      return null; // a fault let through what the model cannot hold
    }
    if (!(model instanceof InviteHandleRequest invite)) {
      return null;
    }
    return codec.toTree(InviteHandle.answering(invite, settings.callerXuid(), expiration));
  }

  // What a faulty server that accepted a body the model cannot hold sends back: the request's parts, as they came.
  private ObjectNode echoed(JsonNode request, Instant expiration) {
    ObjectNode handle = mapper.createObjectNode();
    handle.put(PropertyNames.ID, Guid.random().toString());
    handle.put(PropertyNames.TYPE, HandleType.INVITE.wireName());
    handle.put(PropertyNames.VERSION, HandleRequest.VERSION);
    copy(request, handle, PropertyNames.SESSION_REF);
    copy(request, handle, PropertyNames.INVITED_XUID);
    handle.put(PropertyNames.SENDER_XUID, settings.callerXuid().toString());
    copy(request, handle, PropertyNames.INVITE_ATTRIBUTES);
    handle.put(PropertyNames.EXPIRATION, HandleCodec.formatExpiration(expiration));
    return handle;
  }

  private static void copy(JsonNode from, ObjectNode to, String name) {
    JsonNode value = from.get(name);
    if (value != null) {
      to.set(name, value.deepCopy());
    }
  }

  private void withFaults(ObjectNode handle) {
    if (settings.has(Fault.HANDLE_DUPLICATE_IDS)) {
      handle.put(PropertyNames.ID, DUPLICATE_ID);
    }
    if (settings.has(Fault.HANDLE_NON_GUID_ID)) {
      handle.put(PropertyNames.ID, "{" + handle.path(PropertyNames.ID).asText() + "}");
    }
    if (settings.has(Fault.HANDLE_WITHOUT_ID)) {
      handle.remove(PropertyNames.ID);
    }
    if (settings.has(Fault.HANDLE_WRONG_ECHO)) {
      handle.put(PropertyNames.INVITED_XUID, otherXuid(handle.path(PropertyNames.INVITED_XUID).asText()));
    }
  }

  private static String otherXuid(String xuid) {
    if (!Xuid.isValid(xuid)) {
      return "1";
    }
    long next = Xuid.parse(xuid).value() + 1;
    return new Xuid(next == 0 ? 1 : next).toString();
  }
}
