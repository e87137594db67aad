package io.handlekit.simulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.handlekit.core.json.JournalEntry;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes every exchange it observes as one line of NDJSON: add it to a simulator with
 * {@link HandlesSimulator.Builder#observer}, close it after the simulator.
 *
 * <pre>{@code
 * {"handlekitJournal":1,"time":"2026-11-27T11:52:03.123Z","method":"POST","path":"/handles","status":400,"ms":3,
 *  "rules":["guid.format"],"headers":{"Content-Type":["application/json"],"Authorization":["***"]},
 *  "bodyLength":142,"body":"{\"version\":1,…}"}
 * }</pre>
 *
 * <p>(one line in the file). The body is the request body exactly as received: a JSON string when it is UTF-8
 * ({@code "body"}), otherwise base64 ({@code "bodyBase64"}), so that {@link JournalEntry#parse(byte[])} gives back the
 * very bytes the simulator judged. Credentials are never written: the values of {@code Authorization},
 * {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie}, of any header whose name says it holds a key, token,
 * secret, password, signature or session, and of the headers named at creation are {@value #REDACTED}. Thread-safe;
 * a write that fails is counted ({@link #failures()}) and never disturbs the simulator.
 */
public final class RequestJournal implements Consumer<ObservedExchange>, Closeable {
  /** What a secret header's value is replaced with. */
  public static final String REDACTED = "***";
  /** The member that marks a line as a journal entry, and the format's version ({@link JournalEntry#MARKER}). */
  public static final String MARKER = JournalEntry.MARKER;

  private static final Set<String> ALWAYS_SECRET = Set.of("authorization", "proxy-authorization", "cookie",
      "set-cookie");
  private static final List<String> SECRET_WORDS = List.of("key", "token", "secret", "password", "passwd",
      "signature", "session", "auth", "credential");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final System.Logger LOG = System.getLogger("io.handlekit.simulator");

  private final OutputStream out;
  private final Set<String> secrets;
  private final JsonFactory factory = JSON.getFactory();
  private long failures;

  private RequestJournal(OutputStream out, Set<String> secretHeaders) {
    this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), 1 << 16);
    Set<String> all = new HashSet<>(ALWAYS_SECRET);
    secretHeaders.forEach(name -> all.add(name.toLowerCase(Locale.ROOT)));
    this.secrets = Set.copyOf(all);
  }

  /**
   * A journal appended to {@code file} (created when missing), redacting {@code secretHeaders} too.
   *
   * @throws IOException when the file cannot be opened for writing
   */
  public static RequestJournal open(Path file, String... secretHeaders) throws IOException {
    return new RequestJournal(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
        StandardOpenOption.WRITE), Set.of(secretHeaders));
  }

  /** A journal written to {@code out}, redacting {@code secretHeaders} too; closing the journal closes it. */
  public static RequestJournal to(OutputStream out, String... secretHeaders) {
    return new RequestJournal(out, Set.of(secretHeaders));
  }

  /** Writes one line for {@code exchange}, and flushes it, so that a reader following the file sees it at once. */
  @Override
  public void accept(ObservedExchange exchange) {
    byte[] line;
    try {
      line = line(exchange);
    } catch (IOException | RuntimeException bug) {
      synchronized (this) {
        failures++;
      }
      LOG.log(System.Logger.Level.ERROR, "could not write an exchange to the journal", bug);
      return;
    }
    synchronized (this) {
      try {
        out.write(line);
        out.flush();
      } catch (IOException failed) {
        if (failures++ == 0) {
          LOG.log(System.Logger.Level.ERROR, "could not write to the journal: " + failed.getMessage());
        }
      }
    }
  }

  /** How many exchanges could not be written. */
  public synchronized long failures() {
    return failures;
  }

  /** Whether the header {@code name} holds a credential, whose value the journal never writes. */
  public boolean isSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (secrets.contains(lower)) {
      return true;
    }
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

  private byte[] line(ObservedExchange exchange) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + exchange.body().length);
    try (JsonGenerator json = factory.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeNumberField(MARKER, 1);
      json.writeStringField("time", TIME.format(exchange.time()));
      json.writeStringField("method", exchange.method());
      json.writeStringField("path", exchange.path());
      json.writeNumberField("status", exchange.status());
      json.writeNumberField("ms", exchange.elapsed().toMillis());
      json.writeArrayFieldStart("rules");
      for (String id : exchange.ruleIds()) {
        json.writeString(id);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("headers");
      for (Map.Entry<String, List<String>> header : exchange.headers().entrySet()) {
        json.writeArrayFieldStart(header.getKey());
        for (String value : header.getValue()) {
          json.writeString(isSecret(header.getKey()) ? REDACTED : value);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      byte[] body = exchange.body();
      json.writeNumberField("bodyLength", body.length);
      Optional<String> text = utf8(body);
      if (text.isPresent()) {
        json.writeStringField("body", text.get());
      } else {
        json.writeStringField("bodyBase64", Base64.getEncoder().encodeToString(body));
      }
      json.writeEndObject();
    }
    bytes.write('\n');
    return bytes.toByteArray();
  }

  private static Optional<String> utf8(byte[] body) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "RequestJournal[failures=" + failures() + "]";
  }
}
