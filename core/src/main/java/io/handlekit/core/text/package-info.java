/**
 * Text for people: {@link io.handlekit.core.text.TerminalText} makes text that came from a body or a server safe to
 * print to a terminal or a CI log. Shared by {@code handlekit lint} and the conformance suite's reports.
 * {@link io.handlekit.core.text.IoErrorText} says in words why reading or writing a file failed, for lint and the
 * command alike.
 */
package io.handlekit.core.text;
