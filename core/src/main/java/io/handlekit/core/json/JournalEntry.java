package io.handlekit.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.ContractHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One line of the simulator's request journal ({@code handlekit serve --journal}), read back: for tools that judge
 * the bodies a simulator received, such as {@code handlekit lint}. The simulator writes the lines and lint reads
 * them; the format lives here so that lint needs neither the simulator nor WireMock.
 *
 * <p>A line is one JSON object whose first member is the marker {@value #MARKER} (the format's version as its
 * value), written without spaces, then {@code time}, {@code method}, {@code path}, {@code status}, {@code ms},
 * {@code rules}, {@code headers} (name to list of values), {@code bodyLength} and the body as a string
 * ({@code body}) or, when it is not UTF-8, as base64 ({@code bodyBase64}).
 *
 * @param time the time as written, e.g. {@code 2026-11-27T11:52:03.123Z}
 * @param method the request's method
 * @param path the request's path, without the query
 * @param status the status answered
 * @param millis the milliseconds the exchange took
 * @param rules the rule ids the simulator found
 * @param headers the request headers, credentials redacted
 * @param body the request body exactly as the simulator received it (as far as it was read)
 */
public record JournalEntry(
    String time,
    String method,
    String path,
    int status,
    long millis,
    List<String> rules,
    Map<String, List<String>> headers,
    byte[] body) {

  /** The member that marks a line as a journal entry, and the format's version. */
  public static final String MARKER = "handlekitJournal";

  /** How every journal line starts: the marker member first, without spaces. */
  private static final byte[] PREFIX = ("{\"" + MARKER + "\":").getBytes(StandardCharsets.US_ASCII);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public JournalEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    rules = List.copyOf(rules);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  /** A copy of the body bytes. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Whether this is a request the contract is about: a POST to {@code /handles}, whose body is to be judged. */
  public boolean isHandlesPost() {
    return "POST".equals(method) && "/handles".equals(path);
  }

  /**
   * The request's {@code X-Xbl-Contract-Version} value as the simulator read it: the header's values joined by
   * commas, whatever the case of its name; empty when the request had none.
   */
  public Optional<String> contractVersion() {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey().equalsIgnoreCase(ContractHeaders.CONTRACT_VERSION)) {
        values.addAll(header.getValue());
      }
    }
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(",", values));
  }

  /** The bytes every journal line starts with (a copy): the marker member, as the journal writes it. */
  public static byte[] linePrefix() {
    return PREFIX.clone();
  }

  /**
   * Whether {@code line} starts like a journal entry: its first bytes alone tell, so that a plain body costs one
   * short comparison and is never parsed twice.
   */
  public static boolean startsEntry(byte[] line) {
    return line.length >= PREFIX.length && Arrays.equals(line, 0, PREFIX.length, PREFIX, 0, PREFIX.length);
  }

  /**
   * Reads one journal line; empty when it is not one (not a JSON object with the {@value #MARKER} member and the
   * fields the journal writes).
   */
  public static Optional<JournalEntry> parse(byte[] line) {
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
    List<String> rules = new ArrayList<>();
    entry.path("rules").forEach(rule -> rules.add(rule.asText()));
    Map<String, List<String>> headers = new LinkedHashMap<>();
    entry.path("headers").properties().forEach(header -> {
      List<String> values = new ArrayList<>();
      header.getValue().forEach(value -> values.add(value.asText()));
      headers.put(header.getKey(), values);
    });
    return Optional.of(new JournalEntry(entry.get("time").textValue(), entry.get("method").textValue(),
        entry.get("path").textValue(), entry.get("status").intValue(), entry.path("ms").asLong(), rules, headers,
        body.get()));
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof JournalEntry that && time.equals(that.time) && method.equals(that.method)
        && path.equals(that.path) && status == that.status && millis == that.millis && rules.equals(that.rules)
        && headers.equals(that.headers) && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, method, path, status, millis, rules, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return time + " " + method + " " + path + " " + status + " " + rules + " " + body.length + " bytes";
  }
}
