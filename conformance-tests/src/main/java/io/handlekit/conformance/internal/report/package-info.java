/**
 * How a result reads for people and tools: the console summary, JSON, JUnit XML and the HTML page, the one-line
 * progress log of a check, and the text they share (XML escaping, durations as people write them, shell quoting
 * for the {@code curl} commands).
 *
 * <p>Internal: not API, it changes without notice. {@code io.handlekit.conformance.Reports} is the public face of
 * the report writers.
 */
package io.handlekit.conformance.internal.report;
