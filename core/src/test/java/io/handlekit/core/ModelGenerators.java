package io.handlekit.core;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of model values for the core's property tests. */
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
    return Generate.longRange(0, TitleId.MAX).map(TitleId::new);
  }

  /** Names of 1 to 100 code points from the whole Unicode range, surrogates excepted. */
  public static Gen<String> names() {
    Gen<String> latin = strings().basicLatinAlphabet().ofLengthBetween(1, 100);
    Gen<String> unicode = Generate.intArrays(integers().between(1, 100), Generate.oneOf(
            integers().between(0x20, 0xD7FF), integers().between(0xE000, 0x10FFFF)))
        .map(codePoints -> new String(codePoints, 0, codePoints.length));
    return latin.mix(unicode);
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
