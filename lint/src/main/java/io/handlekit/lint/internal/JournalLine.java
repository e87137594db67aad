package io.handlekit.lint.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.ContractHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A line of the simulator's request journal ({@code handlekit serve --journal}) among the lines of an NDJSON log.
 * It is told from a plain body by its first bytes alone, so that plain lines cost one short comparison and are
 * never parsed twice.
 *
 * <p>The line format is the simulator's ({@code simulator/README.md}), read here with Jackson so that lint does not
 * depend on the simulator (nor on WireMock): one JSON object whose first member is the marker
 * {@value #MARKER}, then {@code time}, {@code method}, {@code path}, {@code status}, {@code headers} (name to list
 * of values) and the body as a string ({@code body}) or, when it is not UTF-8, as base64 ({@code bodyBase64}).
 */
final class JournalLine {
  /** The member that marks a journal line, with the format's version as its value. */
  static final String MARKER = "handlekitJournal";

  /** How every journal line starts: the journal writes its marker member first, without spaces. */
  static final byte[] PREFIX = ("{\"" + MARKER + "\":").getBytes(StandardCharsets.US_ASCII);

  /** Room for an entry's other members and its headers (the server caps a request's head well below this). */
  static final int HEADROOM_BYTES = 64 << 10;

  /** The name of the header the contract requires, as the simulator judges it. */
  static final String CONTRACT_VERSION = ContractHeaders.CONTRACT_VERSION;

  private JournalLine() {}

  /** Whether {@code line} starts like a journal entry. */
  static boolean startsEntry(byte[] line) {
    return line.length >= PREFIX.length && Arrays.equals(line, 0, PREFIX.length, PREFIX, 0, PREFIX.length);
  }

  /**
   * The longest journal line for a body of at most {@code maxBodyBytes} (plus the one byte over that the simulator
   * reads of a larger body): JSON escaping writes a control character as a six-byte escape, base64 (for a
   * body that is not UTF-8) four for three, so six times the body, plus the headroom.
   */
  static int maxLineBytes(int maxBodyBytes) {
    long bytes = 6L * (maxBodyBytes + 1L) + HEADROOM_BYTES;
    return (int) Math.min(bytes, Integer.MAX_VALUE - 16);
  }

  /** What lint needs of one journal entry: the request's method, path, headers and body. */
  record Entry(String method, String path, Map<String, List<String>> headers, byte[] body) {
    /** Whether this is a request the contract is about: a POST to {@code /handles}, whose body is to be judged. */
    boolean isHandlesPost() {
      return "POST".equals(method) && "/handles".equals(path);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Reads one journal line; empty when it is not one (not a JSON object with the marker member and the fields the
   * journal writes).
   */
  static Optional<Entry> parse(byte[] line) {
    JsonNode entry;
    try {
      entry = JSON.readTree(line);
    } catch (IOException | RuntimeException notJson) {
      return Optional.empty();
    }
    if (entry == null || !entry.isObject() || !entry.path(MARKER).isInt()
        || !entry.path("time").isTextual() || !entry.path("method").isTextual() || !entry.path("path").isTextual()
        || !entry.path("status").isInt()) {
      return Optional.empty();
    }
    Optional<byte[]> body = body(entry);
    if (body.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    entry.path("headers").properties().forEach(header -> {
      List<String> values = new ArrayList<>();
      header.getValue().forEach(value -> values.add(value.asText()));
      headers.put(header.getKey(), values);
    });
    return Optional.of(new Entry(entry.get("method").textValue(), entry.get("path").textValue(), headers, body.get()));
  }

  private static Optional<byte[]> body(JsonNode entry) {
    JsonNode text = entry.get("body");
    if (text != null && text.isTextual()) {
      return Optional.of(text.textValue().getBytes(StandardCharsets.UTF_8));
    }
    JsonNode base64 = entry.get("bodyBase64");
    if (base64 != null && base64.isTextual()) {
      try {
        return Optional.of(Base64.getDecoder().decode(base64.textValue()));
      } catch (IllegalArgumentException notBase64) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The entry's {@code X-Xbl-Contract-Version} value, as the simulator read it: the header's values joined by commas
   * whatever the case of its name; {@code null} when the request had none.
   */
  static @Nullable String contractVersion(Entry entry) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : entry.headers().entrySet()) {
      if (header.getKey().equalsIgnoreCase(CONTRACT_VERSION)) {
        values.addAll(header.getValue());
      }
    }
    return values.isEmpty() ? null : String.join(",", values);
  }
}
