/**
 * The lint engine behind {@link io.handlekit.lint.HandlesLint}: finding the inputs, reading NDJSON logs and the
 * simulator's journal lines, checking them on worker threads in a bounded window, and the text, JSON and SARIF
 * reporters. Not exported: nothing here is API.
 */
@NullMarked
package io.handlekit.lint.internal;

import org.jspecify.annotations.NullMarked;
