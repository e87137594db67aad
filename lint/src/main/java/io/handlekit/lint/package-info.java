/**
 * The {@code POST /handles} lint engine as a library: it finds the inputs (files, directories, include/exclude globs
 * under a base directory, the standard input, NDJSON request logs and the simulator's journal), checks every body
 * with a {@link io.handlekit.validator.HandlesValidator}, streams the findings to one or more reports (text, JSON,
 * SARIF 2.1.0) and returns a {@link io.handlekit.lint.LintResult} with the counts.
 *
 * <p>{@link io.handlekit.lint.HandlesLint} is the entry point; a run does no process work (no exit code, no console):
 * the command line and the Maven goal decide what a result means for their process.
 */
@NullMarked
package io.handlekit.lint;

import org.jspecify.annotations.NullMarked;
