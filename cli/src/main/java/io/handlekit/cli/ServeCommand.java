package io.handlekit.cli;

import io.handlekit.core.text.IoErrorText;
import io.handlekit.simulator.HandlesSimulator;
import io.handlekit.simulator.RequestJournal;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code handlekit serve}: runs the simulator of POST /handles until interrupted, one console line per request
 * unless {@code --quiet}, every exchange in an NDJSON journal with {@code --journal}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Runs a simulator of POST /handles that follows the contract: 204 for a valid activity, 201 and an invite "
            + "handle for a valid invite, 400 for an invalid body or X-Xbl-Contract-Version header.",
        "Prints one line, 'handlekit simulator listening on URL', once it accepts requests, then one line per "
            + "request answered (time, method, path, status, rule ids broken or -, milliseconds); stops on Ctrl-C "
            + "(SIGINT) or SIGTERM."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "2:a usage error, or the server could not start (port taken, unknown host, journal file not writable)",
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

  @Option(names = "--quiet", description = "Print no line per request (the listening line is still printed).")
  boolean quiet;

  @Option(names = "--journal", paramLabel = "FILE",
      description = "Append every exchange to FILE as one line of NDJSON: method, path, status, rule ids, headers "
          + "(credentials redacted) and the body as received. 'handlekit lint --ndjson FILE' reads it back.")
  Path journalFile;

  @Option(names = "--admin",
      description = "Turn on WireMock's admin API (/__admin) for requests from this machine without an Origin "
          + "header. It lets such a request replace the stubs, reset or stop the simulator: off by default; a "
          + "warning on standard error says what it exposes.")
  boolean admin;

  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      // Resolved here so that an unknown host is one clear line, not the server's UnresolvedAddressException.
      InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      return fail(err, "cannot listen on " + host + ": no such host");
    }
    RequestJournal journal = null;
    if (journalFile != null) {
      try {
        journal = RequestJournal.open(journalFile);
      } catch (IOException | RuntimeException e) {
        return fail(err, "cannot open the journal " + journalFile + ": " + IoErrorText.describe(e));
      }
    }
    HandlesSimulator.Builder builder = HandlesSimulator.builder().host(host).port(port).adminApi(admin);
    if (!quiet) {
      builder.observer(exchange -> {
        out.println(exchange.consoleLine()); // PrintWriter locks per call, so lines from server threads stay whole
        out.flush();
      });
    }
    if (journal != null) {
      builder.observer(journal);
    }
    try {
      return serve(builder, out, err, journal);
    } finally {
      close(journal, err);
    }
  }

  /** Starts the simulator, announces it, and waits until the JVM is asked to stop or this thread is interrupted. */
  private int serve(HandlesSimulator.Builder builder, PrintWriter out, PrintWriter err, RequestJournal journal) {
    HandlesSimulator simulator;
    try {
      simulator = builder.start();
    } catch (IllegalStateException e) {
      return fail(err, e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // On SIGINT or SIGTERM the JVM runs this hook, not the code after await(): the journal is closed after the
    // simulator, so that no exchange is lost.
    Thread hook = new Thread(() -> {
      simulator.close();
      close(journal, err);
      stopped.countDown();
    }, "handlekit-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    simulator.adminApiWarning().ifPresent(warning -> {
      err.println("handlekit serve: " + warning);
      err.flush();
    });
    out.println("handlekit simulator listening on " + simulator.baseUrl());
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException interrupted) {
      // Interrupting the serving thread is a request to stop, so it ends in success.
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run; it stops the server
      }
      simulator.close(); // with the interrupt flag clear, so that the server's stop is not cut short
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static void close(RequestJournal journal, PrintWriter err) {
    if (journal == null) {
      return;
    }
    try {
      journal.close();
    } catch (IOException e) {
      err.println("handlekit serve: the journal could not be closed: " + IoErrorText.describe(e));
      err.flush();
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("handlekit serve: " + message);
    err.flush();
    return UsageErrorHandler.USAGE;
  }
}
