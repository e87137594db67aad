package io.handlekit.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The catalogue's bytes-level half ({@link BrokenRules} is the other): bodies that are not one strict JSON object in
 * UTF-8, each breaking exactly one rule. The contract's decisions say 400 for each but a byte order mark, which a
 * server may ignore. Most are made from a generated valid body's text, so a server that parses leniently is caught
 * on realistic input.
 */
public final class MalformedBodies {
  /** The seed document's activity sample, verbatim: a comment inside a line and a trailing comma. */
  static final String SEED_ACTIVITY = """
      {
        "version": 1,
        "type": "activity",
        "sessionRef": {
          "scid": "bd6c41c3-01c3-468a-a3b5-3e0fe8133862",
          "templateName": "deathmatch",
          // The session name is optional in a POST; if not specified, MPSD fills in a GUID.//
          "name": "session-49"
        },
      }
      """;

  /** The seed document's invite sample, verbatim: comments, an unbalanced quote, placeholders, a trailing comma. */
  static final String SEED_INVITE = """
      {
        // Common handle fields
        "id: "47ca0049-a5ba-4bc1-aa22-fcf834ce4c13",
        "version": 1,
        "type": "invite",
        "sessionRef": {
          "scid": "bd6c41c3-01c3-468a-a3b5-3e0fe8133862",
          "templateName": "deathmatch",
          "name": "session-49"
         },
         "inviteAttributes": {
           "titleId" : {titleId}, // The title being invited to, in decimal uint32. This value is used to find the title name and/or image.
           "context" : {context}, // The title defined context token. Must be 256 characters or less when URI-encoded.
           "contextString" : {contextstring}, // The string name of a custom invite string to display in the invite notification.
           "senderString" : {sender} // The string name of the sender when the sender is a service.
         },
         "invitedXuid": "3210",
      }
      """;

  private static final String MALFORMED = "json.malformed";

  private MalformedBodies() {}

  /** Every case, made from bodies of {@code trees}, in a stable order. */
  public static List<MalformedCase> all(ValidTrees trees) {
    Gen<Tree> valid = trees.any(false);
    List<MalformedCase> cases = new ArrayList<>();
    cases.add(constant("seed activity sample", MALFORMED, SEED_ACTIVITY));
    cases.add(constant("seed invite sample", MALFORMED, SEED_INVITE));
    cases.add(text("trailing comma", MALFORMED, valid, (t, rs) -> t.substring(0, t.length() - 1) + ",}"));
    cases.add(text("line comment", MALFORMED, valid, (t, rs) -> "{// a comment\n" + t.substring(1)));
    cases.add(text("block comment", MALFORMED, valid, (t, rs) -> "{/* a comment */" + t.substring(1)));
    cases.add(text("single-quoted name", MALFORMED, valid, (t, rs) -> t.replace("\"version\"", "'version'")));
    cases.add(text("unquoted name", MALFORMED, valid, (t, rs) -> t.replace("\"version\"", "version")));
    cases.add(text("leading zero", MALFORMED, valid, (t, rs) -> t.replace("\"version\":1", "\"version\":01")));
    cases.add(text("NaN", MALFORMED, valid, (t, rs) -> t.replace("\"version\":1", "\"version\":NaN")));
    cases.add(text("two values", MALFORMED, valid, (t, rs) -> t + t));
    cases.add(truncated(valid));
    cases.add(constant("not JSON", MALFORMED, "version=1&type=activity"));
    cases.add(constant("XML", MALFORMED, "<handle><version>1</version><type>activity</type></handle>"));
    cases.add(new MalformedCase("duplicate key", "json.duplicate-key", true, rs -> {
      Tree tree = valid.generate(rs);
      String text = JsonText.write(JsonText.reorder(tree.root(), rs));
      String twice = "{\"type\":\"" + tree.type() + "\"," + text.substring(1);
      return new MalformedBody("json.duplicate-key", Optional.of("/type"), twice.getBytes(StandardCharsets.UTF_8));
    }));
    cases.add(constant("empty body", "input.empty", ""));
    cases.add(new MalformedCase("not an object", "json.not-object", true, Generate.pick(List.of("[]", "\"activity\"", "null", "1", "true",
            "[{\"version\":1,\"type\":\"activity\"}]"))
        .map(t -> new MalformedBody("json.not-object", Optional.of(""), t.getBytes(StandardCharsets.UTF_8)))));
    // Invalid UTF-8 inside an otherwise perfect body, one class of broken sequence each, in a string value or in a
    // key: a decoder that replaces bytes with U+FFFD (most frameworks' default) hides every one of them.
    String[][] classes = {
        {"stray continuation byte", "80", "BF", "80BF"},
        {"overlong encoding", "C0AF", "C181", "E080AF", "F08080AF"},
        {"surrogate code point", "EDA080", "EDBFBF", "EDA0BDEDB880"},
        {"truncated sequence", "E282", "F09F98", "C3"},
        {"byte FF or FE", "FF", "FE", "FFFE"},
        {"code point above U+10FFFF", "F4908080", "F888808080"}};
    for (String[] c : classes) {
      List<byte[]> sequences = new ArrayList<>();
      for (int i = 1; i < c.length; i++) {
        sequences.add(java.util.HexFormat.of().parseHex(c[i]));
      }
      Gen<byte[]> sequence = Generate.pick(sequences);
      Gen<Boolean> inKey = Generate.booleans();
      cases.add(new MalformedCase("invalid UTF-8: " + c[0], "input.encoding", true, rs -> {
        byte[] text = JsonText.bytes(JsonText.reorder(valid.generate(rs).root(), rs));
        // In the key or the value of an extra member: once a lenient decoder has replaced the bytes with U+FFFD,
        // the body is valid, so only a server that refuses the bytes themselves passes.
        byte[] member = (inKey.generate(rs) ? "\"comment@\":\"note\"," : "\"comment\":\"no@te\",")
            .getBytes(StandardCharsets.UTF_8);
        int at = indexOf(member, (byte) '@');
        byte[] bad = sequence.generate(rs);
        byte[] withBad = new byte[member.length - 1 + bad.length];
        System.arraycopy(member, 0, withBad, 0, at);
        System.arraycopy(bad, 0, withBad, at, bad.length);
        System.arraycopy(member, at + 1, withBad, at + bad.length, member.length - at - 1);
        return new MalformedBody("input.encoding", Optional.empty(), insertAfter(text, "{", withBad));
      }));
    }
    // Other encodings, with and without a byte order mark: JSON bodies are UTF-8 only, even where a parser sniffs.
    for (String family : List.of("UTF-16", "UTF-32")) {
      Gen<String> charset = Generate.pick(List.of(family + "BE", family + "LE"));
      Gen<Boolean> bom = Generate.booleans();
      cases.add(new MalformedCase(family + ", with or without a byte order mark", "input.encoding", true, rs -> {
        String text = (bom.generate(rs) ? "\uFEFF" : "") + JsonText.write(JsonText.reorder(valid.generate(rs).root(), rs));
        return new MalformedBody("input.encoding", Optional.empty(), text.getBytes(java.nio.charset.Charset.forName(
            charset.generate(rs))));
      }));
    }
    // Raw control characters inside a string (JSON requires them escaped), NUL on its own because C code stops there.
    cases.add(new MalformedCase("raw NUL in a string", MALFORMED, true, rs -> {
      byte[] text = JsonText.bytes(JsonText.reorder(valid.generate(rs).root(), rs));
      return new MalformedBody(MALFORMED, Optional.empty(), insertAfter(text, "\"type\":\"", new byte[] {0}));
    }));
    Gen<Integer> control = Generate.pick(List.of(0x01, 0x08, 0x09, 0x0A, 0x0D, 0x1B, 0x1F));
    cases.add(new MalformedCase("raw control character in a string", MALFORMED, true, rs -> {
      byte[] text = JsonText.bytes(JsonText.reorder(valid.generate(rs).root(), rs));
      return new MalformedBody(MALFORMED, Optional.empty(),
          insertAfter(text, "\"templateName\":\"", new byte[] {(byte) (int) control.generate(rs)}));
    }));
    // A valid body after a UTF-8 byte order mark: RFC 8259 says senders must not add one, a server may ignore it.
    cases.add(new MalformedCase("byte order mark", "input.bom", false, rs -> {
      byte[] text = JsonText.bytes(JsonText.reorder(valid.generate(rs).root(), rs));
      byte[] out = new byte[text.length + 3];
      out[0] = (byte) 0xEF;
      out[1] = (byte) 0xBB;
      out[2] = (byte) 0xBF;
      System.arraycopy(text, 0, out, 3, text.length);
      return new MalformedBody("input.bom", Optional.empty(), out);
    }));
    return List.copyOf(cases);
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** {@code text} with {@code inserted} right after the first occurrence of {@code marker}. */
  static byte[] insertAfter(byte[] text, String marker, byte[] inserted) {
    String asText = new String(text, StandardCharsets.UTF_8);
    int at = asText.indexOf(marker);
    if (at < 0) {
      throw new IllegalStateException("a generated body always holds " + marker + ": " + asText);
    }
    int offset = asText.substring(0, at).getBytes(StandardCharsets.UTF_8).length
        + marker.getBytes(StandardCharsets.UTF_8).length;
    byte[] out = new byte[text.length + inserted.length];
    System.arraycopy(text, 0, out, 0, offset);
    System.arraycopy(inserted, 0, out, offset, inserted.length);
    System.arraycopy(text, offset, out, offset + inserted.length, text.length - offset);
    return out;
  }

  private static MalformedCase constant(String name, String rule, String text) {
    Optional<String> pointer = Optional.empty();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return new MalformedCase(name, rule, true, Generate.constant(() -> new MalformedBody(rule, pointer, bytes.clone())));
  }

  private static MalformedCase text(String name, String rule, Gen<Tree> valid, BiFunction<String, RandomnessSource, String> change) {
    return new MalformedCase(name, rule, true, rs -> {
      String text = JsonText.write(JsonText.reorder(valid.generate(rs).root(), rs));
      return new MalformedBody(rule, Optional.empty(), change.apply(text, rs).getBytes(StandardCharsets.UTF_8));
    });
  }

  private static MalformedCase truncated(Gen<Tree> valid) {
    Gen<Integer> fraction = Generate.range(1, 999);
    return new MalformedCase("truncated", MALFORMED, true, rs -> {
      byte[] text = JsonText.bytes(JsonText.reorder(valid.generate(rs).root(), rs));
      int cut = Math.max(1, (int) ((long) text.length * fraction.generate(rs) / 1000));
      // Cut between characters, never inside one: a cut UTF-8 sequence is an encoding error, another rule.
      while (cut > 1 && (text[cut] & 0xC0) == 0x80) {
        cut--;
      }
      return new MalformedBody(MALFORMED, Optional.empty(), Arrays.copyOf(text, cut));
    });
  }
}
