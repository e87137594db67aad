package io.handlekit.simulator.internal;

import com.github.tomakehurst.wiremock.common.Notifier;

/** Sends WireMock's own messages to {@link System.Logger}, quietly: a simulator should not chatter on the console. */
public final class LoggingNotifier implements Notifier {
  private static final System.Logger LOG = System.getLogger("io.handlekit.simulator.wiremock");

  @Override
  public void info(String message) {
    LOG.log(System.Logger.Level.DEBUG, message);
  }

  @Override
  public void error(String message) {
    LOG.log(System.Logger.Level.DEBUG, message);
  }

  @Override
  public void error(String message, Throwable cause) {
    LOG.log(System.Logger.Level.WARNING, message, cause);
  }
}
