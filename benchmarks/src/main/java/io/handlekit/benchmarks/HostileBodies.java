package io.handlekit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The worst shapes of body, each about 1 MB (under the validator's 1 MiB limit, so each is validated whole),
 * made in code so that their size is exact: what an attacker would send to make validation slow.
 */
final class HostileBodies {
  static final int TARGET_BYTES = 1_000_000;
  private static final String SCID = "bd6c41c3-01c3-468a-a3b5-3e0fe8133862";
  private static final String ACTIVITY = "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + SCID
      + "\",\"templateName\":\"deathmatch\",\"name\":\"session-49\"}";

  /** The shapes, by the name a benchmark's {@code input} parameter gives. */
  static final List<String> NAMES = List.of("manyKeys", "manyViolations", "longStrings", "deepLegal", "deepLongNames",
      "duplicateKeyAtEnd", "collidingKeys");

  private HostileBodies() {}

  static String text(String name) {
    return switch (name) {
      // ~95 000 unknown properties: one warning each (a did-you-mean search, a message, a place), capped at 1 000.
      case "manyKeys" -> fill(ACTIVITY, i -> ",\"k" + i + "\":0", "}");
      // ~125 000 strings holding a lone surrogate, each an error: the tree scan, the cap, placing 1 000 of them.
      case "manyViolations" -> fill(ACTIVITY + ",\"x\":[\"\\ud800\"", i -> ",\"\\ud800\"", "]}");
      // A templateName and a context of half a megabyte each: code points counted, the URI-encoded length counted.
      case "longStrings" -> "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" + SCID + "\",\"templateName\":\""
          + "é".repeat(125_000) + "\",\"name\":\"n\"},\"invitedXuid\":\"3210\",\"inviteAttributes\":{\"titleId\":\"1\","
          + "\"context\":\"" + "한 ".repeat(125_000) + "\"}}";
      // Thousands of arrays nested to the limit (the body is level 1, so 62 more levels inside "x").
      case "deepLegal" -> fill(ACTIVITY + ",\"x\":[" + nested(62), i -> "," + nested(62), "]}");
      // 60 levels under names of 8 000 characters, then lone surrogates: every pointer is ~480 000 characters.
      case "deepLongNames" -> deepLongNames();
      // ~95 000 properties, then the first one again: everything is read before the duplicate is found.
      case "duplicateKeyAtEnd" -> fill(ACTIVITY, i -> ",\"k" + i + "\":0", ",\"k0\":1}");
      // Names that collide in Jackson's text symbol table ("Ab" and "BA" hash alike): a hash flood.
      case "collidingKeys" -> fill(ACTIVITY, HostileBodies::collidingMember, "}");
      default -> throw new IllegalArgumentException("no hostile body named \"" + name + "\"; known: " + NAMES);
    };
  }

  static byte[] bytes(String name) {
    return text(name).getBytes(StandardCharsets.UTF_8);
  }

  private static String fill(String start, java.util.function.IntFunction<String> member, String end) {
    StringBuilder body = new StringBuilder(TARGET_BYTES + 100).append(start);
    for (int i = 0; body.length() + end.length() < TARGET_BYTES - 64; i++) {
      body.append(member.apply(i));
    }
    return body.append(end).toString();
  }

  private static String nested(int depth) {
    return "[".repeat(depth) + "0" + "]".repeat(depth);
  }

  private static String collidingMember(int i) {
    StringBuilder name = new StringBuilder(",\"");
    for (int bit = 0; bit < 17; bit++) {
      name.append(((i >> bit) & 1) == 0 ? "Ab" : "BA");
    }
    return name.append("\":0").toString();
  }

  private static String deepLongNames() {
    StringBuilder body = new StringBuilder(ACTIVITY);
    for (int level = 0; level < 60; level++) {
      body.append(level == 0 ? "," : "").append('"').append(Character.toString('a' + level % 26).repeat(8_000)).append("\":{");
    }
    String close = "]" + "}".repeat(60) + "}";
    body.append("\"s\":[\"\\ud800\"");
    while (body.length() + close.length() + 10 < TARGET_BYTES) {
      body.append(",\"\\ud800\"");
    }
    return body.append(close).toString();
  }
}
