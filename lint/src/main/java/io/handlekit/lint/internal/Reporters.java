package io.handlekit.lint.internal;

import java.io.IOException;
import java.util.List;

/** Several reports written from one run: each event goes to each reporter, in the order given. */
final class Reporters implements Reporter {
  private final List<Reporter> reporters;

  Reporters(List<Reporter> reporters) {
    this.reporters = List.copyOf(reporters);
  }

  @Override
  public void startFile(LintInput input) throws IOException {
    for (Reporter reporter : reporters) {
      reporter.startFile(input);
    }
  }

  @Override
  public void finding(LintInput input, Finding finding) throws IOException {
    for (Reporter reporter : reporters) {
      reporter.finding(input, finding);
    }
  }

  @Override
  public void endFile(LintInput input, boolean valid) throws IOException {
    for (Reporter reporter : reporters) {
      reporter.endFile(input, valid);
    }
  }

  @Override
  public void finish(LintRun.Outcome outcome) throws IOException {
    for (Reporter reporter : reporters) {
      reporter.finish(outcome);
    }
  }
}
