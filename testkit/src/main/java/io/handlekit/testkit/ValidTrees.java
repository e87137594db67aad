package io.handlekit.testkit;

import static io.handlekit.core.PropertyNames.CONTEXT;
import static io.handlekit.core.PropertyNames.CONTEXT_STRING;
import static io.handlekit.core.PropertyNames.ID;
import static io.handlekit.core.PropertyNames.INVITED_XUID;
import static io.handlekit.core.PropertyNames.INVITE_ATTRIBUTES;
import static io.handlekit.core.PropertyNames.IN_INVITE_ATTRIBUTES;
import static io.handlekit.core.PropertyNames.IN_INVITE_HANDLE;
import static io.handlekit.core.PropertyNames.IN_INVITE_REQUEST;
import static io.handlekit.core.PropertyNames.IN_SESSION_REF;
import static io.handlekit.core.PropertyNames.NAME;
import static io.handlekit.core.PropertyNames.SCID;
import static io.handlekit.core.PropertyNames.SENDER_STRING;
import static io.handlekit.core.PropertyNames.SESSION_REF;
import static io.handlekit.core.PropertyNames.TEMPLATE_NAME;
import static io.handlekit.core.PropertyNames.TITLE_ID;
import static io.handlekit.core.PropertyNames.TYPE;
import static io.handlekit.core.PropertyNames.VERSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.HandleRequest;
import io.handlekit.core.HandleType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.jspecify.annotations.Nullable;

/**
 * Valid request bodies across the contract's valid space: optional fields present or absent, names from many
 * scripts up to 100 code points, contexts up to the encoded-length limit, titleId as string or integer (valid, with
 * an informational note), {@code contextString} with or without the SDK's prefix (a warning), GUIDs in any letter
 * case and, when asked, unknown extra properties (warnings). A body from here has no error; it may have findings of
 * lower severity.
 *
 * <p>{@link #anySession()} roams the whole space of sessions; {@link #of(FixedSession)} names one session exactly.
 */
public final class ValidTrees {
  /** Every property name the contract or its neighbours use: extra properties never take one of these. */
  static final Set<String> KNOWN = Stream.of(IN_INVITE_REQUEST, IN_INVITE_HANDLE, IN_SESSION_REF, IN_INVITE_ATTRIBUTES,
      List.of("originSessionRef", "searchAttributes")).flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

  private static final Gen<Boolean> PRESENT = Generate.booleans();
  private static final Gen<Integer> EXTRA_COUNT = Generate.frequency(List.of(
      Pair.of(4, Generate.constant(0)), Pair.of(2, Generate.constant(1)), Pair.of(1, Generate.range(2, 3))));
  private static final Gen<String> EXTRA_NAME = Generate.frequency(List.of(
      Pair.of(2, Generate.pick(List.of("extra", "clientVersion", "correlationId", "_meta", "futureField",
          "ünïcode", "😀", "x y", ""))),
      Pair.of(2, Draws.alnum(1, 12).map(s -> "x" + s))));
  private static final Gen<JsonNode> EXTRA_VALUE = Generate.frequency(List.of(
      Pair.of(3, Draws.alnum(0, 10).map(JsonText.NODES::textNode)),
      Pair.of(1, Generate.range(-1000, 1000).map(JsonText.NODES::numberNode)),
      Pair.of(1, Generate.booleans().map(JsonText.NODES::booleanNode)),
      Pair.of(1, Generate.constant(() -> JsonText.object().put("nested", 1))),
      Pair.of(1, Generate.constant(() -> JsonText.NODES.arrayNode().add(1).add("two")))));

  private final @Nullable FixedSession session;

  private ValidTrees(@Nullable FixedSession session) {
    this.session = session;
  }

  /** Bodies naming generated sessions: random scids and names of 1 to 100 code points from many scripts. */
  public static ValidTrees anySession() {
    return new ValidTrees(null);
  }

  /** Bodies naming {@code session}. */
  public static ValidTrees of(FixedSession session) {
    return new ValidTrees(session);
  }

  /** A valid activity body; {@code extras} adds unknown properties at every level (sometimes none). */
  public Gen<Tree> activity(boolean extras) {
    Gen<ObjectNode> sessionRef = sessionRef(false);
    return rs -> {
      ObjectNode root = JsonText.object();
      root.put(VERSION, HandleRequest.VERSION);
      root.put(TYPE, HandleType.ACTIVITY.wireName());
      root.set(SESSION_REF, sessionRef.generate(rs));
      if (extras) {
        addExtras(root, rs);
        addExtras((ObjectNode) root.get(SESSION_REF), rs);
      }
      return new Tree(HandleType.ACTIVITY.wireName(), root);
    };
  }

  /** A valid activity body without {@code sessionRef.name}. */
  public Gen<Tree> activityWithoutName() {
    Gen<Tree> activity = activity(false);
    return rs -> {
      Tree tree = activity.generate(rs);
      tree.sessionRef().remove(NAME);
      return tree;
    };
  }

  /** A valid invite body. */
  public Gen<Tree> invite(boolean extras) {
    Gen<ObjectNode> sessionRef = sessionRef(true);
    Gen<String> id = Draws.guid();
    Gen<String> xuid = Draws.xuid();
    Gen<Long> titleId = Draws.titleId();
    if (session != null && !session.invitedXuids().isEmpty()) {
      xuid = Generate.pick(session.invitedXuids());
    }
    if (session != null && !session.titleIds().isEmpty()) {
      titleId = Generate.pick(session.titleIds().stream().map(Long::parseLong).toList());
    }
    Gen<ObjectNode> attributes = inviteAttributes(titleId);
    Gen<String> xuids = xuid;
    return rs -> {
      ObjectNode root = JsonText.object();
      if (PRESENT.generate(rs) && PRESENT.generate(rs)) {
        root.put(ID, id.generate(rs));
      }
      root.put(VERSION, HandleRequest.VERSION);
      root.put(TYPE, HandleType.INVITE.wireName());
      root.set(SESSION_REF, sessionRef.generate(rs));
      root.put(INVITED_XUID, xuids.generate(rs));
      root.set(INVITE_ATTRIBUTES, attributes.generate(rs));
      if (extras) {
        addExtras(root, rs);
        addExtras((ObjectNode) root.get(SESSION_REF), rs);
        addExtras((ObjectNode) root.get(INVITE_ATTRIBUTES), rs);
      }
      return new Tree(HandleType.INVITE.wireName(), root);
    };
  }

  /** Either kind. */
  public Gen<Tree> any(boolean extras) {
    return Generate.oneOf(activity(extras), invite(extras));
  }

  /** A valid body that surely carries at least one unknown property, somewhere. */
  public Gen<Tree> withUnknownProperty() {
    Gen<Tree> base = any(true);
    Gen<Integer> where = Generate.range(0, 2);
    return rs -> {
      Tree tree = base.generate(rs);
      int at = where.generate(rs);
      ObjectNode target = at == 1 ? tree.sessionRef() : at == 2 && tree.isInvite() ? tree.inviteAttributes() : tree.root();
      addExtra(target, rs);
      return tree;
    };
  }

  private Gen<ObjectNode> sessionRef(boolean nameRequired) {
    Gen<String> scid;
    Gen<String> template;
    Gen<String> name;
    if (session != null) {
      scid = Draws.caseOf(session.scid());
      template = Generate.constant(session.templateName());
      name = Generate.constant(session.sessionName());
    } else {
      scid = Draws.guid();
      template = Draws.name();
      name = Draws.name();
    }
    return rs -> {
      ObjectNode ref = JsonText.object();
      ref.put(SCID, scid.generate(rs));
      ref.put(TEMPLATE_NAME, template.generate(rs));
      // An activity may leave the name out ("MPSD fills in a GUID"); it mostly carries one.
      if (nameRequired || PRESENT.generate(rs) || PRESENT.generate(rs)) {
        ref.put(NAME, name.generate(rs));
      }
      return ref;
    };
  }

  private static Gen<ObjectNode> inviteAttributes(Gen<Long> titleId) {
    Gen<Boolean> titleAsNumber = Generate.frequency(List.of(
        Pair.of(5, Generate.constant(false)), Pair.of(1, Generate.constant(true))));
    Gen<String> context = ContextStrings.valid();
    Gen<String> contextString = Generate.frequency(List.of(
        Pair.of(4, Draws.alnum(0, 20).map(s -> "///" + s)), Pair.of(1, Draws.alnum(1, 20))));
    Gen<String> sender = Generate.range(0, 40).flatMap(Draws::text);
    return rs -> {
      ObjectNode attributes = JsonText.object();
      long title = titleId.generate(rs);
      if (titleAsNumber.generate(rs)) {
        attributes.put(TITLE_ID, title); // valid, with an informational note: XSAPI sends a string
      } else {
        attributes.put(TITLE_ID, Long.toString(title));
      }
      if (PRESENT.generate(rs)) {
        attributes.put(CONTEXT, context.generate(rs));
      }
      if (PRESENT.generate(rs)) {
        attributes.put(CONTEXT_STRING, contextString.generate(rs));
      }
      if (PRESENT.generate(rs)) {
        attributes.put(SENDER_STRING, sender.generate(rs));
      }
      return attributes;
    };
  }

  private static void addExtras(ObjectNode target, RandomnessSource rs) {
    int count = EXTRA_COUNT.generate(rs);
    for (int i = 0; i < count; i++) {
      addExtra(target, rs);
    }
  }

  private static void addExtra(ObjectNode target, RandomnessSource rs) {
    String name = EXTRA_NAME.generate(rs);
    while (KNOWN.contains(name) || target.has(name)) {
      name = name + "_";
    }
    target.set(name, EXTRA_VALUE.generate(rs));
  }
}
