/**
 * The {@code handlekit} command: {@code lint} checks POST /handles request bodies (files, directories, standard
 * input, NDJSON request logs) and reports in text, JSON or SARIF; {@code serve} runs the simulator of the {@code simulator} module;
 * {@code conformance} runs the conformance suite against a server.
 * {@link io.handlekit.cli.Main} is the only public type; the commands are wired in {@code Main.commandLine}.
 */
package io.handlekit.cli;
