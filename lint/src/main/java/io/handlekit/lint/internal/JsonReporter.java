package io.handlekit.lint.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.handlekit.lint.UnreadableInput;
import io.handlekit.validator.Rule;
import io.handlekit.validator.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * One JSON document: {@code {"files":[{"path","violations":[…],"valid"}],"unreadable":[{"path","reason"}],
 * "summary":{…,"rules":{id:count}}}}. Written as a stream, so {@code valid} follows a file's violations (it is known
 * only once they are), and the inputs that could not be read come after the files.
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
  public void finish(LintRun.Outcome outcome) throws IOException {
    Summary summary = outcome.summary();
    json.writeEndArray();
    // What was given and not read: a reader of this document alone must see that the run is not a pass.
    json.writeArrayFieldStart("unreadable");
    for (UnreadableInput unreadable : outcome.unreadable()) {
      json.writeStartObject();
      json.writeStringField("path", unreadable.input());
      json.writeStringField("reason", unreadable.reason());
      json.writeEndObject();
    }
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
    json.writeNumberField("unreadable", outcome.unreadable().size());
    json.writeNumberField("internalErrors", outcome.internalErrors());
    json.writeBooleanField("complete", outcome.unreadable().isEmpty() && outcome.internalErrors() == 0
        && outcome.failure().isEmpty());
    json.writeObjectFieldStart("rules");
    for (Map.Entry<Rule, Long> rule : summary.byRule().entrySet()) {
      json.writeNumberField(rule.getKey().id(), rule.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
