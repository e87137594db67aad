package io.handlekit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The last resort when a command fails unexpectedly: one line on standard error and exit code 2, never a stack
 * trace. Bad input does not get here (the validator reports it); this is for the environment failing.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    PrintWriter err = command.getErr();
    String message = e.getMessage();
    err.println(command.getCommandSpec().qualifiedName() + ": " + e.getClass().getSimpleName()
        + (message == null ? "" : ": " + message));
    err.flush();
    return UsageErrorHandler.USAGE;
  }
}
