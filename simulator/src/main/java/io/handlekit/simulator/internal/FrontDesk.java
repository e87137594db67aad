package io.handlekit.simulator.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * The one seam between the HTTP server and the simulator. {@link JettyFront}, the only class that knows WireMock's
 * shaded Jetty, asks it what to do with each request and tells it how each one ended; everything on this side of
 * the seam is plain Java and WireMock's public API.
 */
public interface FrontDesk {
  /** The answer to give before reading the body (a refusal), or empty to read the body and pass the request on. */
  Optional<FrontAnswer> screen(RequestHead head);

  /** The most body bytes passed on; one more and the request is answered {@link #tooLarge()}. */
  int maxBodyBytes();

  /** How long the whole body may take to arrive, from the end of the head. */
  Duration bodyTimeout();

  /** The answer to a body found larger than {@link #maxBodyBytes()} while reading it. */
  FrontAnswer tooLarge();

  /** The answer to a body that did not arrive in full within {@link #bodyTimeout()}, or stopped short. */
  FrontAnswer bodyIncomplete(long received);

  /**
   * One exchange is over: the answer was written (or the connection given up). Called once per request, on any
   * thread, never throwing.
   *
   * @param body the body bytes read (at most {@link #maxBodyBytes()} + 1)
   */
  void answered(RequestHead head, byte[] body, int status, long elapsedNanos);
}
