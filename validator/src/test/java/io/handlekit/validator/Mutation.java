package io.handlekit.validator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** One change to a valid body that breaks exactly one rule, at one pointer. */
public record Mutation(String label, Rule rule, String pointer, boolean inviteOnly, Consumer<ObjectNode> change) {

  public ObjectNode apply(ObjectNode body) {
    ObjectNode copy = body.deepCopy();
    change.accept(copy);
    return copy;
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  /** A valid body and a mutation that applies to it. */
  public record Case(ObjectNode body, Mutation mutation) {
    public ObjectNode mutated() {
      return mutation.apply(body);
    }
  }

  /** Valid bodies, each with a mutation that applies to it (no assumption to filter by, so no example is wasted). */
  public static Gen<Case> cases() {
    List<Mutation> forAnyBody = ALL.stream().filter(m -> !m.inviteOnly()).toList();
    return Generate.oneOf(
        ValidBodies.activities().zip(Generate.pick(forAnyBody), Case::new),
        ValidBodies.invites().zip(Generate.pick(ALL), Case::new));
  }

  public static final List<Mutation> ALL = List.of(
      new Mutation("version 2", Rule.VERSION_VALUE, "/version", false, b -> b.put("version", 2)),
      new Mutation("version string", Rule.VERSION_VALUE, "/version", false, b -> b.put("version", "1")),
      new Mutation("no version", Rule.PROPERTY_REQUIRED, "", false, b -> b.remove("version")),
      new Mutation("type case", Rule.TYPE_VALUE, "/type", false, b -> b.put("type", "INVITE")),
      new Mutation("type transfer", Rule.TYPE_NOT_COVERED, "/type", false, b -> b.put("type", "transfer")),
      new Mutation("no sessionRef", Rule.PROPERTY_REQUIRED, "", false, b -> b.remove("sessionRef")),
      new Mutation("sessionRef null", Rule.VALUE_TYPE, "/sessionRef", false, b -> b.putNull("sessionRef")),
      new Mutation("MockScid", Rule.GUID_FORMAT, "/sessionRef/scid", false, b -> at(b, "/sessionRef").put("scid", "MockScid")),
      new Mutation("scid number", Rule.VALUE_TYPE, "/sessionRef/scid", false, b -> at(b, "/sessionRef").put("scid", 7)),
      new Mutation("no templateName", Rule.PROPERTY_REQUIRED, "/sessionRef", false, b -> at(b, "/sessionRef").remove("templateName")),
      new Mutation("templateName too long", Rule.TEMPLATE_NAME_LENGTH, "/sessionRef/templateName", false,
          b -> at(b, "/sessionRef").put("templateName", "n".repeat(101))),
      new Mutation("name empty", Rule.SESSION_NAME_LENGTH, "/sessionRef/name", false, b -> at(b, "/sessionRef").put("name", "")),
      new Mutation("lone surrogate", Rule.STRING_LONE_SURROGATE, "/sessionRef/templateName", false,
          b -> at(b, "/sessionRef").put("templateName", "x\uDBFF")),
      new Mutation("invite without name", Rule.PROPERTY_REQUIRED, "/sessionRef", true, b -> at(b, "/sessionRef").remove("name")),
      new Mutation("empty xuid", Rule.XUID_FORMAT, "/invitedXuid", true, b -> b.put("invitedXuid", "")),
      new Mutation("xuid 0", Rule.XUID_RANGE, "/invitedXuid", true, b -> b.put("invitedXuid", "0")),
      new Mutation("xuid overflow", Rule.XUID_RANGE, "/invitedXuid", true, b -> b.put("invitedXuid", "18446744073709551616")),
      new Mutation("xuid letters", Rule.XUID_FORMAT, "/invitedXuid", true, b -> b.put("invitedXuid", "12a")),
      new Mutation("no inviteAttributes", Rule.PROPERTY_REQUIRED, "", true, b -> b.remove("inviteAttributes")),
      new Mutation("titleId overflow", Rule.TITLE_ID_RANGE, "/inviteAttributes/titleId", true,
          b -> at(b, "/inviteAttributes").put("titleId", "4294967296")),
      new Mutation("titleId letters", Rule.TITLE_ID_FORMAT, "/inviteAttributes/titleId", true,
          b -> at(b, "/inviteAttributes").put("titleId", "x1")),
      new Mutation("titleId null", Rule.VALUE_TYPE, "/inviteAttributes/titleId", true,
          b -> at(b, "/inviteAttributes").putNull("titleId")),
      new Mutation("context 257", Rule.CONTEXT_TOO_LONG, "/inviteAttributes/context", true,
          b -> at(b, "/inviteAttributes").put("context", " ".repeat(85) + "ab")),
      new Mutation("id not a GUID", Rule.GUID_FORMAT, "/id", true, b -> b.put("id", "not-a-guid")));
}
