package io.handlekit.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.handlekit.core.ActivityHandleRequest;
import io.handlekit.core.ContractLimits;
import io.handlekit.core.Guid;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.InviteAttributes;
import io.handlekit.core.InviteHandle;
import io.handlekit.core.InviteHandleRequest;
import io.handlekit.core.SessionReference;
import io.handlekit.core.TitleId;
import io.handlekit.core.UnknownProperties;
import io.handlekit.core.Xuid;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of core's model values: the ids over their whole ranges, names, and whole requests and invite handles.
 * The body generators ({@link ValidTrees}) draw their ids and names from here too, so both cover the same space.
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  public static Gen<Guid> guids() {
    return longs().all().zip(longs().all(), (msb, lsb) -> new Guid(new UUID(msb, lsb)));
  }

  /** Every XUID bit pattern but 0, made directly: negative longs are the upper half of the unsigned range. */
  public static Gen<Xuid> xuids() {
    return Generate.oneOf(longs().between(1, Long.MAX_VALUE), longs().between(Long.MIN_VALUE, -1)).map(Xuid::new);
  }

  public static Gen<TitleId> titleIds() {
    return Generate.longRange(ContractLimits.MIN_TITLE_ID, ContractLimits.MAX_TITLE_ID).map(TitleId::new);
  }

  /**
   * Names of 1 to 100 code points, the bounds often: mixed scripts or one script (100 emoji is a valid name), the
   * whole Unicode range (surrogates excepted) among them.
   */
  public static Gen<String> names() {
    return Draws.name();
  }

  public static Gen<UnknownProperties> unknownProperties() {
    Gen<JsonNode> values = Generate.oneOf(
        strings().basicLatinAlphabet().ofLengthBetween(0, 8).map(s -> (JsonNode) JsonNodeFactory.instance.textNode(s)),
        integers().all().map(i -> (JsonNode) JsonNodeFactory.instance.numberNode(i)),
        Generate.booleans().map(b -> (JsonNode) JsonNodeFactory.instance.booleanNode(b)));
    Gen<List<String>> names = Generate.pick(List.of(List.<String>of(), List.of("x-trace"), List.of("comment", "sessionref")));
    return names.zip(values, (keys, value) -> {
      Map<String, JsonNode> map = new LinkedHashMap<>();
      keys.forEach(key -> map.put(key, value));
      return new UnknownProperties(map);
    });
  }

  public static Gen<SessionReference> sessionReferences(boolean named) {
    Gen<Optional<String>> name = named ? names().map(Optional::of) : names().toOptionals(30);
    return guids().zip(names(), name, unknownProperties(), SessionReference::new);
  }

  public static Gen<InviteAttributes> inviteAttributes() {
    Gen<Optional<String>> optionalText = names().toOptionals(40);
    return titleIds().zip(optionalText, optionalText, optionalText, unknownProperties(), InviteAttributes::new);
  }

  public static Gen<ActivityHandleRequest> activities() {
    return sessionReferences(false).zip(unknownProperties(), ActivityHandleRequest::new);
  }

  public static Gen<InviteHandleRequest> invites() {
    return guids().toOptionals(50).zip(sessionReferences(true), xuids(), inviteAttributes(), unknownProperties(),
        InviteHandleRequest::new);
  }

  public static Gen<HandleRequest> requests() {
    return Generate.oneOf(activities().map(a -> (HandleRequest) a), invites().map(i -> (HandleRequest) i));
  }

  public static Gen<InviteHandle> inviteHandles() {
    Gen<Optional<Instant>> expirations = longs().between(0, 253_402_300_799L)
        .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond).toOptionals(20);
    return invites().zip(xuids().toOptionals(30), expirations, (invite, sender, expiration) -> new InviteHandle(
        Guid.random(), invite.sessionRef(), invite.invitedXuid(), sender, invite.inviteAttributes(), expiration,
        invite.unknownProperties()));
  }
}
