package io.handlekit.lint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.handlekit.validator.Violation;
import io.handlekit.lint.UnreadableInput;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * One JSON document: {@code {"files":[{"path","violations":[…],"valid"}],"summary":{…}}}. Written as a stream, so
 * {@code valid} follows a file's violations (it is known only once they are).
 */
public final class JsonReporter implements Reporter {
  private final JsonGenerator json;

  public JsonReporter(Writer out) throws IOException {
    this.json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeArrayFieldStart("files");
  }

  @Override
  public void startFile(LintInput input) throws IOException {
    json.writeStartObject();
    json.writeStringField("path", input.displayName());
    json.writeArrayFieldStart("violations");
  }

  @Override
  public void finding(LintInput input, Finding finding) throws IOException {
    Violation violation = finding.violation();
    json.writeStartObject();
    json.writeStringField("rule", violation.ruleId());
    json.writeStringField("severity", violation.severity().label());
    json.writeStringField("pointer", violation.pointer().orElse(null));
    if (finding.hasLine()) {
      json.writeNumberField("line", finding.line());
    } else {
      json.writeNullField("line");
    }
    if (finding.hasColumn()) {
      json.writeNumberField("column", finding.column());
    } else {
      json.writeNullField("column");
    }
    json.writeStringField("message", finding.message());
    json.writeEndObject();
  }

  @Override
  public void endFile(LintInput input, boolean valid) throws IOException {
    json.writeEndArray();
    json.writeBooleanField("valid", valid);
    json.writeEndObject();
  }

  @Override
  public void finish(Summary summary, List<UnreadableInput> unreadable) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", summary.files());
    json.writeNumberField("valid", summary.validFiles());
    json.writeNumberField("invalid", summary.invalidFiles());
    json.writeNumberField("bodies", summary.bodies());
    json.writeNumberField("invalidBodies", summary.invalidBodies());
    json.writeNumberField("errors", summary.errors());
    json.writeNumberField("warnings", summary.warnings());
    json.writeNumberField("infos", summary.infos());
    json.writeNumberField("skippedEntries", summary.skippedEntries());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
