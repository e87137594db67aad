package io.handlekit.simulator.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** The WireMock configuration of a simulator: closed to strangers, bounded, quiet. */
public final class ServerOptions {
  /**
   * The listen backlog: connections the kernel queues before the server accepts them. The documented load is a
   * thousand concurrent clients; WireMock's default (50) made them wait for SYN retries (p99 of seconds).
   */
  public static final int ACCEPT_QUEUE = 1024;
  /** How long a connection may stay idle, between requests or within one, before it is closed. */
  public static final long IDLE_TIMEOUT_MILLIS = 30_000;

  private ServerOptions() {}

  public static WireMockConfiguration of(SimulatorSettings settings, FrontDesk desk, HandlesEndpoint endpoint) {
    return options()
        .bindAddress(settings.host())
        .port(settings.port())
        .containerThreads(settings.containerThreads())
        .jettyAcceptQueueSize(ACCEPT_QUEUE)
        .jettyIdleTimeout(IDLE_TIMEOUT_MILLIS)
        .disableRequestJournal()
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(true)
        .stubCorsEnabled(false)
        .enableBrowserProxying(false)
        // No stub may proxy anywhere, even one added through an enabled admin API: no request reaches other hosts.
        .limitProxyTargets(NetworkAddressRules.builder().deny("*").deny("0.0.0.0-255.255.255.255").build())
        .fileSource(new NoFiles())
        .mappingSource(new NoMappings())
        .extensionScanningEnabled(false)
        .notifier(new LoggingNotifier())
        .httpServerFactory(new JettyFront(desk))
        .extensions(endpoint);
  }
}
