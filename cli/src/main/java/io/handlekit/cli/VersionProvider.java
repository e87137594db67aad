package io.handlekit.cli;

import io.handlekit.lint.HandlesLint;
import picocli.CommandLine.IVersionProvider;

/** The version that {@code --version} prints: the build's, as the lint library (and its SARIF reports) names it. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"handlekit " + HandlesLint.version()};
  }
}
