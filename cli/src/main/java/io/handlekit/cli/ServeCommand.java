package io.handlekit.cli;

import io.handlekit.simulator.HandlesSimulator;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code handlekit serve}: runs the simulator of POST /handles until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Runs a simulator of POST /handles that follows the contract: 204 for a valid activity, 201 and an invite "
            + "handle for a valid invite, 400 for an invalid body or X-Xbl-Contract-Version header.",
        "Prints one line, 'handlekit simulator listening on URL', once it accepts requests; stops on Ctrl-C "
            + "(SIGINT) or SIGTERM."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "2:a usage error, or the server could not start (port taken, unknown host)",
        "130:stopped by Ctrl-C (SIGINT), as the JVM reports it",
        "143:stopped by SIGTERM"})
final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = HandlesSimulator.DEFAULT_HOST,
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
          + "interface).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "The port to listen on (default: 0, a free port; the printed URL names it).")
  int port;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    // The simulator announces itself on a PrintStream; this one passes its lines on to the command's output.
    PrintStream announce = new PrintStream(new LineForwardingStream(out), true, StandardCharsets.UTF_8);
    try {
      HandlesSimulator.serveUntilStopped(HandlesSimulator.builder().host(host).port(port), announce);
    } catch (IllegalStateException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("handlekit serve: " + e.getMessage());
      err.flush();
      return UsageErrorHandler.USAGE;
    } catch (Exception e) {
      // Interrupting the serving thread is a request to stop, so it ends in success. The simulator's server can
      // let the InterruptedException escape while it stops (Jetty sees the interrupt flag); that is still a stop.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        return 0;
      }
      throw e;
    }
    return 0;
  }
}
