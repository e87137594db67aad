/**
 * The lint of {@code POST /handles} request bodies on Apache Spark: {@link io.handlekit.spark.HandlesLint} turns a
 * dataset of bodies, or NDJSON request logs, into a dataset of findings with the same rule ids, severities, pointers,
 * positions and messages as {@code handlekit lint}.
 */
@NullMarked
package io.handlekit.spark;

import org.jspecify.annotations.NullMarked;
