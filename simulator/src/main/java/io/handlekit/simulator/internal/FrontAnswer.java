package io.handlekit.simulator.internal;

/**
 * An answer the HTTP front gives itself, without passing the request on: a one-line {@code text/plain} body.
 *
 * @param close whether the connection is closed after the answer (the rest of the body is not read)
 */
public record FrontAnswer(int status, String text, boolean close) {}
