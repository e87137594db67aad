package io.handlekit.validator;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.ModelGenerators;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of bodies inside the contract, as Jackson trees, for the validator's property tests. */
public final class ValidBodies {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // One sample of each way a character is URI-encoded: unreserved (1), reserved or space (3), 2, 3 and 4 UTF-8 bytes.
  private static final List<String> CONTEXT_PIECES = List.of("a", "Z", "7", "-", "~", " ", "&", "=", "é", "한", "😀");

  private ValidBodies() {}

  public static Gen<String> guids() {
    return ModelGenerators.guids().zip(Generate.booleans(),
        (guid, upper) -> upper ? guid.toString().toUpperCase(Locale.ROOT) : guid.toString());
  }

  public static Gen<String> xuids() {
    return ModelGenerators.xuids().map(Object::toString);
  }

  /** Contexts whose encoded length is at most 256, many of them close to it. */
  public static Gen<String> contexts() {
    Gen<Integer> budgets = Generate.oneOf(integers().between(0, 256), integers().between(240, 256));
    return budgets.zip(Generate.intArrays(integers().between(0, 120), integers().between(0, CONTEXT_PIECES.size() - 1)),
        (budget, picks) -> {
          StringBuilder context = new StringBuilder();
          int length = 0;
          for (int pick : picks) {
            String piece = CONTEXT_PIECES.get(pick);
            int cost = piece.codePointAt(0) < 0x80 ? (isUnreserved(piece.charAt(0)) ? 1 : 3)
                : 3 * piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (length + cost > budget) {
              break;
            }
            context.append(piece);
            length += cost;
          }
          return context.toString();
        });
  }

  private static boolean isUnreserved(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static Gen<ObjectNode> sessionRefs(boolean named) {
    Gen<Optional<String>> names = named ? ModelGenerators.names().map(Optional::of) : ModelGenerators.names().toOptionals(30);
    return guids().zip(ModelGenerators.names(), names, (scid, template, name) -> {
      ObjectNode ref = NODES.objectNode().put("scid", scid).put("templateName", template);
      name.ifPresent(n -> ref.put("name", n));
      return ref;
    });
  }

  public static Gen<ObjectNode> activities() {
    return sessionRefs(false).map(ref -> {
      ObjectNode body = NODES.objectNode().put("version", 1).put("type", "activity");
      body.set("sessionRef", ref);
      return body;
    });
  }

  private static Gen<ObjectNode> attributes() {
    Gen<Optional<String>> plain = strings().basicLatinAlphabet().ofLengthBetween(0, 40).toOptionals(40);
    return Generate.longRange(0, 0xFFFF_FFFFL).zip(contexts().toOptionals(30), plain, plain,
        (titleId, context, contextString, sender) -> {
          ObjectNode attributes = NODES.objectNode().put("titleId", Long.toString(titleId));
          context.ifPresent(c -> attributes.put("context", c));
          contextString.ifPresent(c -> attributes.put("contextString", "///" + c));
          sender.ifPresent(s -> attributes.put("senderString", s));
          return attributes;
        });
  }

  public static Gen<ObjectNode> invites() {
    return sessionRefs(true).zip(xuids(), attributes(), guids().toOptionals(50), (ref, xuid, attributes, id) -> {
      ObjectNode body = NODES.objectNode();
      id.ifPresent(i -> body.put("id", i));
      body.put("version", 1).put("type", "invite");
      body.set("sessionRef", ref);
      body.put("invitedXuid", xuid);
      body.set("inviteAttributes", attributes);
      return body;
    });
  }

  public static Gen<ObjectNode> bodies() {
    return Generate.oneOf(activities(), invites());
  }

  static Gen<Long> seeds() {
    return longs().all();
  }
}
