package io.handlekit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code handlekit} command; the work is done by its subcommands. */
@Command(
    name = "handlekit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = SchemaCommand.class,
    usageHelpAutoWidth = true,
    description = "Contract tools for the Xbox Live Multiplayer Session Directory endpoint POST /handles.",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:a check failed (lint found an error, a MUST conformance check failed)",
        "2:a usage or I/O error, or an unreachable conformance target",
        "3:a conformance run was inconclusive (a MUST check skipped or cut short, or the suite failed internally)"})
final class HandlekitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: lint, serve, conformance or schema");
  }
}
