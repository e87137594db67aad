package io.handlekit.lint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Severity;
import java.io.File;
import io.handlekit.lint.UnreadableInput;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * SARIF 2.1.0 with what code scanning services require: the tool with every rule, and per result the rule, a
 * level, a message and a location whose URI is relative to the working directory (the repository root in CI).
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  // The standard input has no path; this stands for it in a report.
  static final String STDIN_URI = "stdin";

  private final JsonGenerator json;
  private final Path workingDirectory;
  private String uri;

  public SarifReporter(Writer out, String version, Path workingDirectory) throws IOException {
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
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
    json.writeArrayFieldStart("rules");
    for (Rule rule : Rule.values()) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", rule.description());
      json.writeEndObject();
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(rule.defaultSeverity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("results");
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
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri);
    json.writeEndObject();
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
    json.writeEndObject();
  }

  @Override
  public void endFile(LintInput input, boolean valid) {}

  @Override
  public void finish(Summary summary, List<UnreadableInput> unreadable) throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
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
