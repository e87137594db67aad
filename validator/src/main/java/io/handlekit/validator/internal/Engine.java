package io.handlekit.validator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.handlekit.validator.Rule;
import io.handlekit.validator.ValidationReport;
import io.handlekit.validator.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The validation pipeline behind {@code HandlesValidator}: decode (recording where each value starts), check the
 * shape (fast path, everit when it fails), check the semantic rules, and only then, for inputs with violations, place
 * them in the text from the recorded positions. A body given as bytes is first read by {@link RequestScan}, one pass
 * without a tree; only what that reading gives up on, or whose shape is wrong, is decoded into a tree.
 * Immutable and thread-safe. Not API: use {@code io.handlekit.validator.HandlesValidator}.
 *
 * <p>Every entry point returns a report: should a check itself fail on some input (a defect), the report says so
 * with an {@code internal.error} violation instead of the failure escaping to the caller.
 */
public final class Engine {
  private static final Comparator<Violation> BY_POSITION = Comparator.comparingLong(
      v -> v.location().isPresent() ? v.location().get().byteOffset() : Long.MAX_VALUE);

  private final Settings settings;
  private final InputDecoder decoder;
  private final SchemaRules schemas;

  public Engine(Settings settings) {
    this.settings = settings;
    this.decoder = new InputDecoder(settings.maxBodyBytes(), settings.maxDepth());
    this.schemas = new SchemaRules();
  }

  /** Runs {@code validation}; a failure inside it becomes a report with one {@code internal.error} violation. */
  public ValidationReport guarded(Supplier<ValidationReport> validation) {
    try {
      return validation.get();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError failure) {
      // The promise is a report for every input; a tree handed over can be as large as the caller's heap.
      Findings findings = new Findings(settings);
      findings.add(Rule.INTERNAL_ERROR, null, null, Rule.INTERNAL_ERROR.id(), failure.getClass().getName());
      return new ValidationReport(findings.violations());
    }
  }

  public ValidationReport request(byte[] body) {
    return guarded(() -> {
      ValidationReport scanned = scanned(body);
      return scanned != null ? scanned : exactRequest(body);
    });
  }

  /**
   * The hot path: the report of a body that {@link RequestScan} reads in one pass and whose shape is right but for
   * the grammar of its ids (the rules then read only what the scan keeps); {@code null} for any other body.
   */
  private ValidationReport scanned(byte[] body) {
    RequestScan.Reading reading = RequestScan.read(body, settings.maxBodyBytes(), settings.maxDepth());
    if (reading == null) {
      return null;
    }
    JsonNode tree = reading.tree();
    ContractShape.Shape shape = ContractShape.shapeOf(tree);
    if (shape == ContractShape.Shape.BROKEN) {
      return null; // the schema says why, on the whole tree
    }
    boolean conforms = shape == ContractShape.Shape.CONFORMS;
    Findings findings = new Findings(settings, false); // the semantic rules alone: no finding twice
    SemanticRules.checkRequest(tree, conforms, findings);
    if (findings.isEmpty()) {
      return ValidationReport.valid();
    }
    return sorted(findings.violations(pointer -> reading.positions().locate(tree, pointer)));
  }

  /** A body as bytes, read the exact way: a tree of all of it, the schema when its shape is wrong, every rule. */
  ValidationReport exactRequest(byte[] body) {
    return guarded(() -> {
      Findings findings = new Findings(settings);
      InputDecoder.Text text = decoder.checkBytes(body, findings);
      ValuePositions positions = new ValuePositions();
      JsonNode tree = text == null ? null : decoder.parse(text, positions, findings);
      if (tree != null) {
        // Without a backslash the bytes hold no \\u escape, so no lone surrogate; the parser already bounded the depth.
        checkRequestTree(tree, text.hasEscapes(), findings);
      }
      if (findings.isEmpty()) {
        return ValidationReport.valid();
      }
      List<Violation> violations = tree == null ? findings.violations()
          : positions.place(findings.violations(), tree, new Columns.Cursor(text.bytes(), null, text.start()));
      return sorted(violations);
    });
  }

  public ValidationReport request(String body) {
    return guarded(() -> {
      Findings findings = new Findings(settings);
      ValuePositions positions = new ValuePositions();
      JsonNode tree = decoder.parse(body, positions, findings);
      if (tree != null) {
        checkRequestTree(tree, true, findings);
      }
      if (findings.isEmpty()) {
        return ValidationReport.valid();
      }
      int start = !body.isEmpty() && body.charAt(0) == '\uFEFF' ? 1 : 0;
      return sorted(tree == null ? findings.violations()
          : positions.place(findings.violations(), tree, new Columns.Cursor(null, body, start)));
    });
  }

  public ValidationReport request(JsonNode tree) {
    return guarded(() -> {
      Findings findings = new Findings(settings);
      checkRequestTree(tree, true, findings);
      return findings.isEmpty() ? ValidationReport.valid() : new ValidationReport(findings.violations());
    });
  }

  /** The report of a body known to be larger than {@code atLeast} - 1 bytes, without reading it further. */
  public ValidationReport tooLarge(long atLeast) {
    Findings findings = new Findings(settings);
    findings.add(Rule.INPUT_TOO_LARGE, null, atLeast, (long) settings.maxBodyBytes());
    return new ValidationReport(findings.violations());
  }

  /**
   * @param scan walk the whole tree for lone surrogates and depth; only text without a backslash, already bounded
   *     by the parser, may skip it
   */
  private void checkRequestTree(JsonNode tree, boolean scan, Findings findings) {
    if (!tree.isObject()) {
      findings.add(Rule.JSON_NOT_OBJECT, "", FieldReports.jsonType(tree));
      return;
    }
    if (scan && !TreeScan.scan(tree, settings.maxDepth(), settings.maxBodyBytes(), findings)) {
      return;
    }
    ContractShape.Shape shape = ContractShape.shapeOf(tree);
    // everit only says why a shape is wrong; where only ids break their grammar, the semantic rules say it alike
    if (shape == ContractShape.Shape.BROKEN) {
      schemas.checkRequest(tree, settings.maxDepth(), findings);
    }
    SemanticRules.checkRequest(tree, shape == ContractShape.Shape.CONFORMS, findings);
  }

  public ValidationReport inviteHandle(byte[] response, JsonNode request) {
    return guarded(() -> {
      Findings findings = new Findings(settings);
      InputDecoder.Text text = decoder.checkBytes(response, findings);
      ValuePositions positions = new ValuePositions();
      JsonNode tree = text == null ? null : decoder.parse(text, positions, findings);
      if (tree != null) {
        checkInviteHandleTree(tree, request, findings);
      }
      if (findings.isEmpty()) {
        return ValidationReport.valid();
      }
      return sorted(tree == null ? findings.violations()
          : positions.place(findings.violations(), tree, new Columns.Cursor(text.bytes(), null, text.start())));
    });
  }

  public ValidationReport inviteHandle(JsonNode response, JsonNode request) {
    return guarded(() -> {
      Findings findings = new Findings(settings);
      checkInviteHandleTree(response, request, findings);
      return findings.isEmpty() ? ValidationReport.valid() : new ValidationReport(findings.violations());
    });
  }

  private void checkInviteHandleTree(JsonNode tree, JsonNode request, Findings findings) {
    if (!tree.isObject()) {
      findings.add(Rule.JSON_NOT_OBJECT, "", FieldReports.jsonType(tree));
      return;
    }
    if (!TreeScan.scan(tree, settings.maxDepth(), settings.maxBodyBytes(), findings)) {
      return;
    }
    schemas.checkInviteHandle(tree, settings.maxDepth(), findings);
    ResponseRules.check(tree, request, findings);
  }

  public ValidationReport contractVersion(String header) {
    return guarded(() -> {
      Findings findings = new Findings(settings);
      ContractVersionRule.check(header, findings);
      return findings.isEmpty() ? ValidationReport.valid() : new ValidationReport(findings.violations());
    });
  }

  private static ValidationReport sorted(List<Violation> violations) {
    if (violations.size() < 2) {
      return new ValidationReport(violations);
    }
    List<Violation> sorted = new ArrayList<>(violations);
    sorted.sort(BY_POSITION);
    return new ValidationReport(sorted);
  }
}
