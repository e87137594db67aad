package io.handlekit.lint.internal;

import io.handlekit.lint.ReportFormat;
import io.handlekit.lint.UnreadableInput;
import io.handlekit.validator.HandlesValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the API's {@code HandlesLint} runs: expands the inputs, opens one reporter per report and runs a
 * {@link LintRun}. The seams (how a body is checked, how a directory is listed, a hook while the reader waits, a look
 * at the run before it starts) are here, not in the API, for the tests.
 */
public final class LintEngine {
  /** One report of the run: its format and where it goes (flushed, never closed, here). */
  public record Report(ReportFormat format, Writer out) {}

  /** The inputs as given: paths and the standard input in order, then globs under a base directory. */
  public record Inputs(List<LintInput> given, Path baseDirectory, List<Glob> includes, List<Glob> excludes,
      InputStream stdin) {
    public Inputs {
      given = List.copyOf(given);
      includes = List.copyOf(includes);
      excludes = List.copyOf(excludes);
    }
  }

  private final HandlesValidator validator;
  private final BodyCheck check;
  private final PathArguments.DirectoryOpener directories;
  private final Consumer<LintRun> beforeRun;

  public LintEngine(HandlesValidator validator, BodyCheck check, PathArguments.DirectoryOpener directories,
      Consumer<LintRun> beforeRun) {
    this.validator = validator;
    this.check = check;
    this.directories = directories;
    this.beforeRun = beforeRun;
  }

  /**
   * Lints {@code inputs} into {@code reports}.
   *
   * @throws IOException only when writing a report fails
   */
  public LintRun.Outcome run(Inputs inputs, boolean ndjson, boolean recursive, int jobs, List<Report> reports)
      throws IOException {
    PathArguments paths = new PathArguments(directories);
    PathArguments.Expanded given = paths.expand(inputs.given(), ndjson ? ".ndjson" : ".json", recursive);
    List<LintInput> all = new ArrayList<>(given.inputs());
    List<UnreadableInput> unreadable = new ArrayList<>(given.unreadable());
    if (!inputs.includes().isEmpty()) {
      PathArguments.Expanded globbed = paths.glob(inputs.baseDirectory(), inputs.includes(), inputs.excludes());
      all.addAll(globbed.inputs());
      unreadable.addAll(globbed.unreadable());
    }
    List<Reporter> reporters = new ArrayList<>();
    for (Report report : reports) {
      reporters.add(switch (report.format()) {
        case TEXT -> new TextReporter(report.out(), ndjson || all.stream().anyMatch(LintRun::isLog));
        case JSON -> new JsonReporter(report.out());
        case SARIF -> new SarifReporter(report.out(), ToolVersion.get(), inputs.baseDirectory(), validator.locale(),
            ndjson);
      });
    }
    Reporter reporter = reporters.size() == 1 ? reporters.get(0) : new Reporters(reporters);
    LintRun run = new LintRun(validator, check, ndjson, jobs, reporter, inputs.stdin());
    beforeRun.accept(run);
    return run.run(all, unreadable);
  }
}
