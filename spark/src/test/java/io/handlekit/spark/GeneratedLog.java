package io.handlekit.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A request log built line by line from a seed: valid activity and invite bodies, and bodies that each break one
 * known rule, with blank lines, CRLF endings, non-ASCII names and invalid UTF-8 among them. Each line records the
 * rule it was built to break (null for a valid body or a blank line).
 */
public final class GeneratedLog {
  /** One line: the 1-based line number and the rule its body breaks by construction, or null. */
  public record Line(long number, String rule) {}

  private static final String[] NAMES = {"deathmatch", "로비", "lobby-😀", "capture the flag", "séance"};

  public final long seed;
  public final byte[] bytes;
  public final List<Line> lines = new ArrayList<>();

  public GeneratedLog(long seed, int count) {
    this.seed = seed;
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 1; i <= count; i++) {
      int kind = random.nextInt(24);
      String rule = null;
      byte[] line;
      switch (kind) {
        case 0 -> line = new byte[0];
        case 1 -> line = " \t ".getBytes(StandardCharsets.UTF_8);
        case 2 -> { line = text(activity(random).replaceFirst("\"scid\":\"[^\"]*\"", "\"scid\":\"MockScid\"")); rule = "guid.format"; }
        case 3 -> { line = text(invite(random).replaceFirst("\"invitedXuid\":\"[0-9]+\"", "\"invitedXuid\":\"\"")); rule = "xuid.format"; }
        case 4 -> { line = text(activity(random).replaceFirst("}}$", "},}")); rule = "json.malformed"; }
        case 5 -> { line = text(activity(random).replaceFirst("\\{", "{\"sesionRef\":1,")); rule = "property.unknown"; }
        case 6 -> { line = text(invite(random).replace("\"titleId\":", "\"contextString\":\"invite_ranked\",\"titleId\":")); rule = "context-string.prefix"; }
        case 7 -> { line = text(invite(random).replaceFirst("\"titleId\":\"([0-9]+)\"", "\"titleId\":$1")); rule = "title-id.number"; }
        case 8 -> { line = text(activity(random).replace("\"type\":\"activity\"", "\"type\":\"search\"")); rule = "type.not-covered"; }
        case 9 -> { line = text(activity(random).replace("\"version\":1", "\"version\":\"1\"")); rule = "version.value"; }
        case 10 -> { line = text(activity(random).replaceFirst("\"templateName\":\"[^\"]*\"", "\"templateName\":\"" + "a".repeat(101) + "\"")); rule = "template-name.length"; }
        case 11 -> { line = text(invite(random).replace("\"titleId\":", "\"context\":\"" + " ".repeat(86) + "\",\"titleId\":")); rule = "context.too-long"; }
        case 12 -> { line = text(invite(random).replaceFirst("\"invitedXuid\":\"[0-9]+\"", "\"invitedXuid\":\"0\"")); rule = "xuid.range"; }
        case 13 -> { line = invalidUtf8(activity(random)); rule = "input.encoding"; }
        case 14 -> { line = text(activity(random).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"a\\\\ud800b\"")); rule = "string.lone-surrogate"; }
        case 15 -> { line = text(activity(random).replaceFirst("\\{", "{\"type\":\"activity\",")); rule = "json.duplicate-key"; }
        case 16 -> { line = text("[" + activity(random) + "]"); rule = "json.not-object"; }
        case 17 -> { line = text(activity(random).replaceFirst("\"name\":\"[^\"]*\"", "\"name\":null")); rule = "value.type"; }
        case 18 -> { line = text(activity(random) + "\r"); } // a CRLF line ending
        case 19 -> { line = text("  " + invite(random)); }
        case 20 -> { // a bare \r inside the line: a new line for the validator, not for the log
          line = text(activity(random).replaceFirst("\"scid\":\"[^\"]*\"", "\"scid\":\"MockScid\"").replace(",\"type\"", ",\r\"type\""));
          rule = "guid.format";
        }
        default -> line = text(random.nextBoolean() ? activity(random) : invite(random));
      }
      lines.add(new Line(i, rule));
      out.writeBytes(line);
      if (i < count || random.nextBoolean()) { // the last line may end without a newline
        out.write('\n');
      }
    }
    bytes = out.toByteArray();
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The body with a byte that is never UTF-8 at the start of its templateName. */
  private static byte[] invalidUtf8(String body) {
    byte[] bytes = text(body);
    int at = body.indexOf("\"templateName\":\"") + "\"templateName\":\"".length();
    bytes[at] = (byte) 0xC0;
    return bytes;
  }

  private static String scid(Random random, int salt) {
    return String.format("%08x-%04x-4%03x-a%03x-%012x", random.nextInt() & 0x7fffffff, salt & 0xffff, 1, 2, 3L);
  }

  private static String activity(Random random) {
    return "{\"version\":1,\"type\":\"activity\",\"sessionRef\":{\"scid\":\"" + scid(random, 0) + "\",\"templateName\":\""
        + NAMES[random.nextInt(NAMES.length)] + "\",\"name\":\"session-" + random.nextInt(1000) + "\"}}";
  }

  private static String invite(Random random) {
    return "{\"version\":1,\"type\":\"invite\",\"sessionRef\":{\"scid\":\"" + scid(random, 1) + "\",\"templateName\":\""
        + NAMES[random.nextInt(NAMES.length)] + "\",\"name\":\"s" + random.nextInt(100) + "\"},\"invitedXuid\":\""
        + (1 + random.nextInt(Integer.MAX_VALUE)) + "\",\"inviteAttributes\":{\"titleId\":\"" + random.nextInt(1 << 30)
        + "\"}}";
  }
}
