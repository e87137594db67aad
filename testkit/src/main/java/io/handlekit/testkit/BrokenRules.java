package io.handlekit.testkit;

import static io.handlekit.core.PropertyNames.CONTEXT;
import static io.handlekit.core.PropertyNames.CONTEXT_STRING;
import static io.handlekit.core.PropertyNames.ID;
import static io.handlekit.core.PropertyNames.INVITED_XUID;
import static io.handlekit.core.PropertyNames.INVITE_ATTRIBUTES;
import static io.handlekit.core.PropertyNames.NAME;
import static io.handlekit.core.PropertyNames.SCID;
import static io.handlekit.core.PropertyNames.SENDER_STRING;
import static io.handlekit.core.PropertyNames.SESSION_REF;
import static io.handlekit.core.PropertyNames.TEMPLATE_NAME;
import static io.handlekit.core.PropertyNames.TITLE_ID;
import static io.handlekit.core.PropertyNames.TYPE;
import static io.handlekit.core.PropertyNames.VERSION;

import io.handlekit.core.ContextCharacters;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.handlekit.core.ContractLimits;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The catalogue of bodies that break exactly one rule, each labelled with the rule's id and the pointer where a
 * validator reports it: a valid generated body ({@link ValidTrees}, unknown properties included) with one change.
 * Every field of the wrong type, coerced in every direction, {@code null}, in another letter case, at every numeric
 * edge, over every length limit; the handle types outside the contract too, marked as not rejected by servers.
 *
 * <p>A rule is added here once, and the validator's tests and the conformance suite both exercise it: the
 * validator's tests fail while a rule a request body can break has no case here.
 */
public final class BrokenRules {
  private static final JsonNodeFactory N = JsonText.NODES;

  /** Changes a copy of a valid tree; returns the pointer of what it broke. */
  private interface Change {
    String apply(Tree tree, RandomnessSource rs);
  }

  private BrokenRules() {}

  /** Every case, made from bodies of {@code trees}, in a stable order. */
  public static List<BrokenRule> all(ValidTrees trees) {
    List<BrokenRule> cases = new ArrayList<>();
    Gen<Tree> any = trees.any(true);
    Gen<Tree> activity = trees.activity(true);
    Gen<Tree> invite = trees.invite(true);

    // property.required: reported at the object that lacks the property
    for (String property : List.of(VERSION, TYPE, SESSION_REF)) {
      cases.add(change("missing " + property, "property.required", any, (t, rs) -> remove(t.root(), property, "")));
    }
    cases.add(change("missing sessionRef.scid", "property.required", any, (t, rs) -> remove(t.sessionRef(), SCID, "/sessionRef")));
    cases.add(change("missing sessionRef.templateName", "property.required", any,
        (t, rs) -> remove(t.sessionRef(), TEMPLATE_NAME, "/sessionRef")));
    cases.add(change("invite without sessionRef.name", "property.required", invite,
        (t, rs) -> remove(t.sessionRef(), NAME, "/sessionRef")));
    cases.add(change("invite without invitedXuid", "property.required", invite, (t, rs) -> remove(t.root(), INVITED_XUID, "")));
    cases.add(change("invite without inviteAttributes", "property.required", invite,
        (t, rs) -> remove(t.root(), INVITE_ATTRIBUTES, "")));
    cases.add(change("invite without titleId", "property.required", invite,
        (t, rs) -> remove(t.inviteAttributes(), TITLE_ID, "/inviteAttributes")));

    // value.type: the wrong JSON type, null included
    // The validator reports any version but the integer 1 under version.value, its type included ("1", true, null).
    cases.add(set("version of another type", "version.value", any, Tree::root, VERSION, "",
        values(N.textNode("1"), N.booleanNode(true), N.nullNode(), N.arrayNode().add(1))));
    cases.add(set("sessionRef of another type", "value.type", any, Tree::root, SESSION_REF, "",
        values(N.textNode("session"), N.arrayNode(), N.nullNode(), N.numberNode(1))));
    cases.add(set("scid of another type", "value.type", any, Tree::sessionRef, SCID, "/sessionRef",
        values(N.numberNode(7), N.nullNode(), N.booleanNode(false))));
    cases.add(set("templateName of another type", "value.type", any, Tree::sessionRef, TEMPLATE_NAME, "/sessionRef",
        values(N.numberNode(7), N.nullNode(), N.arrayNode().add("deathmatch"))));
    cases.add(set("name of another type", "value.type", any, Tree::sessionRef, NAME, "/sessionRef",
        values(N.nullNode(), N.numberNode(49), N.objectNode())));
    cases.add(set("id of another type", "value.type", invite, Tree::root, ID, "",
        values(N.nullNode(), N.numberNode(47))));
    cases.add(set("invitedXuid of another type", "value.type", invite, Tree::root, INVITED_XUID, "",
        values(N.numberNode(3210), N.nullNode(), N.arrayNode().add("3210"))));
    cases.add(set("inviteAttributes of another type", "value.type", invite, Tree::root, INVITE_ATTRIBUTES, "",
        values(N.textNode("titleId=1"), N.arrayNode(), N.nullNode())));
    cases.add(set("titleId of another type", "value.type", invite, Tree::inviteAttributes, TITLE_ID, "/inviteAttributes",
        values(N.booleanNode(true), N.nullNode(), N.arrayNode().add("1234")), N.objectNode()));
    for (String attribute : List.of(CONTEXT, CONTEXT_STRING, SENDER_STRING)) {
      cases.add(set(attribute + " of another type", "value.type", invite, Tree::inviteAttributes, attribute,
          "/inviteAttributes", values(N.nullNode(), N.numberNode(5), N.booleanNode(true), N.objectNode())));
    }

    cases.add(set("version other than 1", "version.value", any, Tree::root, VERSION, "",
        values(N.numberNode(2), N.numberNode(0), N.numberNode(-1), N.numberNode(1.5), N.numberNode(105))));
    cases.add(change("activity type in another case", "type.value", activity,
        (t, rs) -> put(t.root(), TYPE, Generate.pick(List.of("Activity", "ACTIVITY", "activity ")).generate(rs), "")));
    cases.add(change("invite type in another case", "type.value", invite,
        (t, rs) -> put(t.root(), TYPE, Generate.pick(List.of("Invite", "INVITE", " invite")).generate(rs), "")));
    cases.add(change("unknown type", "type.value", any,
        (t, rs) -> put(t.root(), TYPE, Generate.pick(List.of("party", "", "handle", "activities")).generate(rs), "")));
    // Real handle types outside this contract: a validator reports them, a server may accept them.
    cases.add(new BrokenRule("type outside the contract", "type.not-covered", false, body("type.not-covered", any,
        (t, rs) -> put(t.root(), TYPE, Generate.pick(List.of("transfer", "search")).generate(rs), ""))));

    Gen<String> badGuid = badGuid();
    cases.add(change("scid not a GUID", "guid.format", any, (t, rs) -> put(t.sessionRef(), SCID, badGuid.generate(rs), "/sessionRef")));
    cases.add(change("scid MockScid", "guid.format", any, (t, rs) -> put(t.sessionRef(), SCID, "MockScid", "/sessionRef")));
    cases.add(change("id not a GUID", "guid.format", invite, (t, rs) -> put(t.root(), ID, badGuid.generate(rs), "")));

    Gen<String> tooLong = Generate.range(101, 130).flatMap(Draws::text);
    Gen<String> badName = Generate.oneOf(Generate.constant(""), tooLong);
    cases.add(change("templateName empty or over 100", "template-name.length", any,
        (t, rs) -> put(t.sessionRef(), TEMPLATE_NAME, badName.generate(rs), "/sessionRef")));
    cases.add(change("name empty or over 100", "session-name.length", any,
        (t, rs) -> put(t.sessionRef(), NAME, badName.generate(rs), "/sessionRef")));

    cases.add(change("invitedXuid empty", "xuid.format", invite, (t, rs) -> put(t.root(), INVITED_XUID, "", "")));
    Gen<String> nonDigits = Generate.pick(List.of("abc", "12a4", "-5", "+5", " 5", "5 ", "1.0", "1e3", "０１２", "0x10"));
    cases.add(change("invitedXuid not digits", "xuid.format", invite,
        (t, rs) -> put(t.root(), INVITED_XUID, nonDigits.generate(rs), "")));
    cases.add(change("invitedXuid zero", "xuid.range", invite, (t, rs) -> put(t.root(), INVITED_XUID,
        Generate.pick(List.of("0", "000", "00000000000000000000")).generate(rs), "")));
    cases.add(change("invitedXuid above 2^64-1", "xuid.range", invite, (t, rs) -> put(t.root(), INVITED_XUID,
        Generate.pick(List.of("18446744073709551616", "99999999999999999999999", HUNDRED_DIGITS)).generate(rs), "")));
    Gen<String> badTitle = Generate.pick(List.of("", "abc", "-1", "1.5", " 7", "0x10", "１２", "1e3", "+7"));
    cases.add(change("titleId not digits", "title-id.format", invite,
        (t, rs) -> put(t.inviteAttributes(), TITLE_ID, badTitle.generate(rs), "/inviteAttributes")));
    cases.add(change("titleId over uint32", "title-id.range", invite, (t, rs) -> put(t.inviteAttributes(), TITLE_ID,
        Generate.pick(List.of("4294967296", "99999999999", "18446744073709551616")).generate(rs), "/inviteAttributes")));
    cases.add(change("titleId integer over uint32", "title-id.range", invite, (t, rs) -> {
      t.inviteAttributes().put(TITLE_ID, Generate.pick(List.of(4294967296L, 99999999999L)).generate(rs));
      return "/inviteAttributes/titleId";
    }));
    cases.add(change("titleId number out of uint32 (negative, above the max, 100 digits)", "title-id.range", invite,
        (t, rs) -> {
          JsonNode edge = Generate.pick(List.<JsonNode>of(N.numberNode(-1), N.numberNode(4294967296L),
              N.numberNode(new java.math.BigInteger(HUNDRED_DIGITS)), N.numberNode(-ContractLimits.MAX_TITLE_ID))).generate(rs);
          t.inviteAttributes().set(TITLE_ID, edge);
          return "/inviteAttributes/titleId";
        }));
    cases.add(change("titleId number in exponent form above the max", "title-id.range", invite, (t, rs) -> {
      t.inviteAttributes().set(TITLE_ID, N.numberNode(new java.math.BigDecimal(
          Generate.pick(List.of("1E+10", "4.294967296E+9", "1E+100")).generate(rs))));
      return "/inviteAttributes/titleId";
    }));
    cases.add(change("titleId string at the edges (100 digits)", "title-id.range", invite,
        (t, rs) -> put(t.inviteAttributes(), TITLE_ID, HUNDRED_DIGITS, "/inviteAttributes")));

    // ---- what frameworks do by default: coerce scalars, match names in any case, treat null as absent
    cases.add(set("version as a string", "version.value", any, Tree::root, VERSION, "",
        values(N.textNode("1"), N.textNode("1.0"), N.textNode("01"), N.textNode(" 1"))));
    cases.add(set("version fractional, negative or zero", "version.value", any, Tree::root, VERSION, "",
        values(N.numberNode(1.5), N.numberNode(0.5), N.numberNode(-1), N.numberNode(-0.0), N.numberNode(0.999))));
    cases.add(set("invitedXuid as a JSON number", "value.type", invite, Tree::root, INVITED_XUID, "",
        values(N.numberNode(3210), N.numberNode(1), N.numberNode(new java.math.BigInteger(ContractLimits.MAX_XUID_TEXT)),
            N.numberNode(0), N.numberNode(-1), N.numberNode(1.5), N.numberNode(new java.math.BigInteger(HUNDRED_DIGITS)))));
    cases.add(set("titleId as a fractional number", "value.type", invite, Tree::inviteAttributes, TITLE_ID,
        "/inviteAttributes", values(N.numberNode(1.5), N.numberNode(1234567.5), N.numberNode(0.25))));
    cases.add(change("string member as a number or boolean", "value.type", invite, (t, rs) -> {
      String which = Generate.pick(List.of(TEMPLATE_NAME, NAME, SCID, CONTEXT, CONTEXT_STRING, SENDER_STRING,
          ID)).generate(rs);
      JsonNode value = Generate.pick(List.<JsonNode>of(N.numberNode(7), N.booleanNode(true), N.booleanNode(false),
          N.numberNode(1.5))).generate(rs);
      ObjectNode where = switch (which) {
        case TEMPLATE_NAME, NAME, SCID -> t.sessionRef();
        case ID -> t.root();
        default -> t.inviteAttributes();
      };
      where.set(which, value);
      return (where == t.root() ? "" : where == t.sessionRef() ? "/sessionRef" : "/inviteAttributes") + "/" + which;
    }));
    cases.add(change("null for an optional member", "value.type", any, (t, rs) -> {
      if (!t.isInvite()) {
        t.sessionRef().set(NAME, N.nullNode());
        return "/sessionRef/name";
      }
      String which = Generate.pick(List.of(CONTEXT, CONTEXT_STRING, SENDER_STRING, ID)).generate(rs);
      ObjectNode where = which.equals(ID) ? t.root() : t.inviteAttributes();
      where.set(which, N.nullNode());
      return (which.equals(ID) ? "" : "/inviteAttributes") + "/" + which;
    }));
    cases.add(change("array or object in place of a scalar", "value.type", invite, (t, rs) -> {
      String which = Generate.pick(List.of(TEMPLATE_NAME, INVITED_XUID, TITLE_ID, CONTEXT)).generate(rs);
      boolean array = Generate.booleans().generate(rs);
      ObjectNode where = which.equals(TEMPLATE_NAME) ? t.sessionRef() : which.equals(INVITED_XUID) ? t.root()
          : t.inviteAttributes();
      JsonNode old = where.get(which);
      JsonNode wrapped = array ? N.arrayNode().add(old == null ? N.textNode("x") : old.deepCopy())
          : N.objectNode().set("value", old == null ? N.textNode("x") : old.deepCopy());
      where.set(which, wrapped);
      return (where == t.root() ? "" : where == t.sessionRef() ? "/sessionRef" : "/inviteAttributes") + "/" + which;
    }));
    // A name in another case is another (unknown) property: the body lacks the real one.
    for (String[] required : new String[][] {{"", VERSION}, {"", TYPE}, {"", SESSION_REF}, {"/sessionRef", SCID},
        {"/sessionRef", TEMPLATE_NAME}, {"", INVITED_XUID}, {"", INVITE_ATTRIBUTES}, {"/inviteAttributes", TITLE_ID}}) {
      String parent = required[0];
      String property = required[1];
      boolean inviteOnly = property.equals(INVITED_XUID) || property.equals(INVITE_ATTRIBUTES) || property.equals(TITLE_ID);
      cases.add(change(property + " spelled in another case", "property.required", inviteOnly ? invite : any, (t, rs) -> {
        ObjectNode where = parent.isEmpty() ? t.root() : parent.equals("/sessionRef") ? t.sessionRef() : t.inviteAttributes();
        JsonNode value = where.remove(property);
        where.set(otherCase(property).generate(rs), value);
        return parent;
      }));
    }

    for (ContextCharacters characters : ContextCharacters.values()) {
      Gen<String> over = Generate.range(ContractLimits.MAX_CONTEXT_LENGTH + 1, 300).flatMap(n -> ContextStrings.exact(characters, n));
      cases.add(change("context over " + ContractLimits.MAX_CONTEXT_LENGTH + " encoded, " + characters.name().toLowerCase(java.util.Locale.ROOT),
          "context.too-long", invite, (t, rs) -> put(t.inviteAttributes(), CONTEXT, over.generate(rs), "/inviteAttributes")));
    }

    Gen<String> lone = Generate.pick(List.of("\ud800", "\udfff", "a\ud800b", "x\udbff"));
    for (String attribute : List.of(CONTEXT, CONTEXT_STRING, SENDER_STRING)) {
      cases.add(change("lone surrogate in " + attribute, "string.lone-surrogate", invite,
          (t, rs) -> put(t.inviteAttributes(), attribute, lone.generate(rs), "/inviteAttributes")));
    }
    cases.add(change("lone surrogate in templateName", "string.lone-surrogate", any,
        (t, rs) -> put(t.sessionRef(), TEMPLATE_NAME, lone.generate(rs), "/sessionRef")));
    return List.copyOf(cases);
  }

  /** 100 decimal digits: far beyond any integer type a server may parse into. */
  static final String HUNDRED_DIGITS = "1" + "0".repeat(99);

  /** {@code name} in another letter case: all lower, all upper, or the first letter flipped. */
  public static Gen<String> otherCase(String name) {
    List<String> forms = new ArrayList<>();
    for (String form : List.of(name.toLowerCase(java.util.Locale.ROOT), name.toUpperCase(java.util.Locale.ROOT),
        (Character.isUpperCase(name.charAt(0)) ? Character.toLowerCase(name.charAt(0)) : Character.toUpperCase(name.charAt(0)))
            + name.substring(1))) {
      if (!form.equals(name) && !forms.contains(form)) {
        forms.add(form);
      }
    }
    return Generate.pick(forms);
  }

  private static Gen<String> badGuid() {
    Gen<String> guid = Draws.guid();
    Gen<Integer> how = Generate.range(0, 7);
    return rs -> {
      String g = guid.generate(rs);
      return switch (how.generate(rs)) {
        case 0 -> "{" + g + "}";
        case 1 -> g.replace("-", "");
        case 2 -> g.substring(0, 35);
        case 3 -> "g" + g.substring(1);
        case 4 -> g + "\n";
        case 5 -> " " + g;
        case 6 -> g + "0";
        default -> "";
      };
    };
  }

  private static List<JsonNode> values(JsonNode... values) {
    return List.of(values);
  }

  private static String remove(ObjectNode object, String property, String pointer) {
    object.remove(property);
    return pointer;
  }

  private static String put(ObjectNode object, String property, String value, String parent) {
    object.put(property, value);
    return parent + "/" + property;
  }

  private static BrokenRule set(String name, String rule, Gen<Tree> base, java.util.function.Function<Tree, ObjectNode> where,
      String property, String parent, List<JsonNode> values, JsonNode... more) {
    List<JsonNode> all = new ArrayList<>(values);
    all.addAll(List.of(more));
    Gen<JsonNode> value = Generate.pick(all);
    return change(name, rule, base, (t, rs) -> {
      where.apply(t).set(property, value.generate(rs).deepCopy());
      return parent + "/" + property;
    });
  }

  private static BrokenRule change(String name, String rule, Gen<Tree> base, Change change) {
    return new BrokenRule(name, rule, true, body(rule, base, change));
  }

  /** Bodies of {@code base} changed by {@code change}, breaking {@code rule}. */
  private static Gen<BrokenBody> body(String rule, Gen<Tree> base, Change change) {
    return rs -> {
      Tree valid = base.generate(rs);
      Tree tree = valid.copy();
      String pointer = change.apply(tree, rs);
      return new BrokenBody(rule, pointer, valid.root(), JsonText.reorder(tree.root(), rs));
    };
  }
}
