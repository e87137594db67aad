package io.handlekit.lint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.handlekit.lint.UnreadableInput;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it (Microsoft's SARIF Multitool, rule kinds {@code Gh;Sarif}, finds no
 * error): the tool with its information URI and every rule with a short and full description, help as text and
 * Markdown (with the example that breaks it) and a help URI into the README's rule table, all in the run's locale;
 * the run's column kind (code points, as the validator counts columns); per result the rule, a level, a message, a
 * location whose URI is relative to the base directory (the repository root in CI) and a fingerprint that stays
 * the same across runs; and the inputs that could not be read as tool execution notifications of the one
 * invocation.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  // The standard input has no path; this stands for it in a report.
  static final String STDIN_URI = "stdin";
  /** The name of handlekit's fingerprint in {@code partialFingerprints}; the version changes if its recipe does. */
  static final String FINGERPRINT = "handlekitFinding/v1";

  private final JsonGenerator json;
  private final Path workingDirectory;
  private final boolean ndjson;
  private final MessageDigest sha256;
  private String uri = STDIN_URI;
  private boolean log; // whether the current input is read as an NDJSON log

  public SarifReporter(Writer out, String version, Path workingDirectory, Locale locale, boolean ndjson)
      throws IOException {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.ndjson = ndjson;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    RuleHelp help = new RuleHelp(locale);
    this.json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "handlekit");
    json.writeStringField("version", version);
    json.writeStringField("informationUri", RuleHelp.INFORMATION_URI);
    json.writeArrayFieldStart("rules");
    for (Rule rule : Rule.values()) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeStringField("name", name(rule));
      text("shortDescription", help.shortDescription(rule));
      text("fullDescription", help.fullDescription(rule));
      json.writeObjectFieldStart("help");
      json.writeStringField("text", help.helpText(rule));
      json.writeStringField("markdown", help.helpMarkdown(rule));
      json.writeEndObject();
      json.writeStringField("helpUri", RuleHelp.helpUri(rule));
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.defaultSeverity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeStringField("language", help.language());
    // SARIF 2.1.0 3.14.27: a run with results has a column kind; the validator counts columns in code points.
    json.writeStringField("columnKind", "unicodeCodePoints");
    json.writeArrayFieldStart("results");
  }

  private void text(String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** A rule's name as SARIF wants one: an identifier in Pascal case, {@code guid.format} as {@code GuidFormat}. */
  static String name(Rule rule) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : rule.id().toCharArray()) {
      if (c == '.' || c == '-') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** SARIF's name for a severity: {@code info} is {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  @Override
  public void startFile(LintInput input) {
    uri = input instanceof LintInput.File file ? uri(file.path()) : STDIN_URI;
    log = ndjson || LintRun.isLog(input);
  }

  @Override
  public void finding(LintInput input, Finding finding) throws IOException {
    Rule rule = finding.violation().rule();
    json.writeStartObject();
    json.writeStringField("ruleId", rule.id());
    json.writeNumberField("ruleIndex", rule.ordinal());
    json.writeStringField("level", level(finding.violation().severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", finding.messageWithPointer());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    writeArtifact(uri);
    // Code scanning wants a line for every result; a body without one (empty, too large) points at line 1.
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", finding.hasLine() ? finding.line() : 1);
    if (finding.hasColumn()) {
      json.writeNumberField("startColumn", finding.column());
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, fingerprint(rule, finding));
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeArtifact(String artifactUri) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", artifactUri);
    json.writeEndObject();
  }

  /**
   * The same finding gets the same fingerprint in every run, and findings elsewhere do not move it: the rule, the
   * file, and where in the body (its JSON Pointer, or its line and column when it has none, as malformed JSON
   * has); in a log, also the line, since each line is a body of its own. Not the message (its locale, wording and
   * the tool's version may change).
   */
  String fingerprint(Rule rule, Finding finding) {
    String pointer = finding.violation().pointer().orElse(null);
    StringBuilder key = new StringBuilder(rule.id()).append('\0').append(uri).append('\0');
    if (log) {
      key.append(finding.line()).append('\0');
    }
    if (pointer != null) {
      key.append('/').append(pointer);
    } else {
      key.append(finding.line()).append(':').append(finding.column());
    }
    byte[] hash = sha256.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder(32);
    for (int i = 0; i < 16; i++) {
      hex.append(Character.forDigit((hash[i] >> 4) & 0xF, 16)).append(Character.forDigit(hash[i] & 0xF, 16));
    }
    return hex.toString();
  }

  @Override
  public void endFile(LintInput input, boolean valid) {}

  @Override
  public void finish(LintRun.Outcome outcome) throws IOException {
    json.writeEndArray();
    // The one invocation: unsuccessful when an input was not read or not checked, each unreadable input a
    // notification of its own, so that a viewer of this file alone sees what the run did not look at.
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", outcome.unreadable().isEmpty() && outcome.internalErrors() == 0
        && outcome.failure().isEmpty());
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (UnreadableInput unreadable : outcome.unreadable()) {
      json.writeStartObject();
      json.writeStringField("level", "error");
      json.writeObjectFieldStart("message");
      json.writeStringField("text", unreadable.toString());
      json.writeEndObject();
      String artifact = artifactUri(unreadable.input());
      if (artifact != null) {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        writeArtifact(artifact);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    if (outcome.failure().isPresent()) {
      json.writeStartObject();
      json.writeStringField("level", "error");
      json.writeObjectFieldStart("message");
      json.writeStringField("text", outcome.failure().get());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  /** The URI of an unreadable input that names a path; null for an include pattern, which names no one file. */
  private @Nullable String artifactUri(String input) {
    if (input.equals(LintInput.STDIN_NAME)) {
      return STDIN_URI;
    }
    if (input.indexOf('*') >= 0 || input.indexOf('?') >= 0) {
      return null;
    }
    try {
      return uri(Path.of(input));
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The path relative to the working directory, with forward slashes, percent-encoded as a URI reference. */
  String uri(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path relative;
    try {
      relative = workingDirectory.relativize(absolute);
    } catch (IllegalArgumentException e) {
      return absolute.toUri().toString(); // another drive: no relative form exists
    }
    String[] segments = relative.toString().split(File.separatorChar == '\\' ? "\\\\" : File.separator);
    StringBuilder uri = new StringBuilder();
    for (String segment : segments) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      encodeSegment(segment, uri);
    }
    return uri.toString();
  }

  // RFC 3986 path characters stay; ':' is encoded too, so that a first segment never reads as a scheme.
  private static void encodeSegment(String segment, StringBuilder out) {
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
  }
}
